"""The thirteenth-round Ukrainian and Russian set (tests/fixtures/blind/round13: questions_uk.yaml,
questions_ru.yaml, articles_uk/, articles_ru/, expected_uk_ru.yaml), written blind while the
twelfth round's failures were being fixed, scored by the first-round harness
tests/test_blind_uk_ru.py
with SUITE = "thirteenth round": the same checks, its own known-failure list
(round13/known_failures_uk_ru.yaml).

    .venv/bin/python tests/test_round13_uk_ru.py [--write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_uk_ru", "thirteenth round")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
