"""The second-round holdout Ukrainian and Russian set (tests/fixtures/blind/holdout:
questions_uk.yaml, questions_ru.yaml, articles_uk/, articles_ru/, expected_uk_ru.yaml), written
blind after the first round had been tuned against, scored by the first-round harness
tests/test_blind_uk_ru.py with SUITE = "holdout": the same checks, its own known-failure list
(holdout/known_failures_uk_ru.yaml). It measures whether the reader's rules generalise to
questions and articles nobody tuned them on.

    .venv/bin/python tests/test_holdout_uk_ru.py [--write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_uk_ru")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
