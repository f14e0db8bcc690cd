"""The held-out thirteenth-round Ukrainian and Russian set (tests/fixtures/blind/round13h:
questions_uk.yaml, questions_ru.yaml, articles_uk/, articles_ru/, expected_uk_ru.yaml), written
blind during wave 14 and held out from its fixers (scored before and after the wave; tuned
against since), scored by the first-round harness tests/test_blind_uk_ru.py with SUITE =
"held-out thirteenth round": the same checks, its own known-failure list
(round13h/known_failures_uk_ru.yaml).

    .venv/bin/python tests/test_round13h_uk_ru.py [--write-known]
"""

from __future__ import annotations

import sys
from typing import Any

from blind_scoring import holdout_harness

_HARNESS: dict[str, Any] = holdout_harness("test_blind_uk_ru", "held-out thirteenth round")
globals().update(_HARNESS)

if __name__ == "__main__":
    sys.exit(_HARNESS["main"](sys.argv[1:]))
