"""The twelfth-round English articles (tests/fixtures/blind/round12: articles_en/, expected.yaml,
sides.yaml), written blind while the eleventh round's failures were being fixed, scored by the
first-round harness tests/test_blind_articles.py with SUITE = "twelfth round": the same checks,
its own known-failure list (round12/known_failures_articles_en.yaml).

    .venv/bin/python tests/test_round12_articles.py [--write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_articles", "twelfth round")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
