"""The second-round holdout Ukrainian and Russian set (tests/fixtures/blind/holdout:
questions_uk.yaml, questions_ru.yaml, articles_uk/, articles_ru/, expected_uk_ru.yaml), written
blind after the first round had been tuned against, scored by the first-round harness
tests/test_blind_uk_ru.py with SUITE = "holdout": the same checks, its own known-failure list
(holdout/known_failures_uk_ru.yaml). It measures whether the reader's rules generalise to
questions and articles nobody tuned them on.

    .venv/bin/python tests/test_holdout_uk_ru.py [--write-known]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

_HARNESS: dict[str, Any] = runpy.run_path(
    str(Path(__file__).with_name("test_blind_uk_ru.py")),
    init_globals={"SUITE": "holdout"},
    run_name="tests.blind_uk_ru_holdout",
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
