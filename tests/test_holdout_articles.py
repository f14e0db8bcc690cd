"""The second-round holdout articles (tests/fixtures/blind/holdout/articles_en, expected.yaml,
sides.yaml), written blind after the first round had been tuned against, scored by the
first-round harness tests/test_blind_articles.py with SUITE = "holdout": the same checks, its own
known-failure list (holdout/known_failures_articles_en.yaml). It measures whether the
extractor's rules generalise to articles nobody tuned them on.

    .venv/bin/python tests/test_holdout_articles.py [--check | --write-known]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

_HARNESS: dict[str, Any] = runpy.run_path(
    str(Path(__file__).with_name("test_blind_articles.py")),
    init_globals={"SUITE": "holdout"},
    run_name="tests.blind_articles_holdout",
)
globals().update(
    {
        name: value
        for name, value in _HARNESS.items()
        if not name.startswith("__") and name not in _HARNESS["SCORING_SELF_TESTS"]
    }
)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
