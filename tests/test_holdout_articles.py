"""The second-round holdout articles (tests/fixtures/blind/holdout/articles_en, expected.yaml,
sides.yaml), written blind after the first round had been tuned against, scored by the
first-round harness tests/test_blind_articles.py with SUITE = "holdout": the same checks, its own
known-failure list (holdout/known_failures_articles_en.yaml). It measures whether the
extractor's rules generalise to articles nobody tuned them on.

    .venv/bin/python tests/test_holdout_articles.py [--check | --write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_articles")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
