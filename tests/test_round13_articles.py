"""The thirteenth-round English articles (tests/fixtures/blind/round13: articles_en/, expected.yaml,
sides.yaml), written blind while the twelfth round's failures were being fixed, scored by the
first-round harness tests/test_blind_articles.py with SUITE = "thirteenth round": the same checks,
its own known-failure list (round13/known_failures_articles_en.yaml).

    .venv/bin/python tests/test_round13_articles.py [--write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_articles", "thirteenth round")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
