"""What kind of number a figure is, and what it is limited to (issue 13): averages, places and
operations, and breakdowns. The extractor reads these rows; one place for the vocabulary."""

from __future__ import annotations

# (words right after the figure's term, stat): "1,500 troops a day" is a daily average.
STAT_AFTER: tuple[tuple[str, str], ...] = (
    (r"(?:a|per|each)\s+day|daily", "daily_average"),
    (r"(?:a|per|each)\s+month|monthly", "monthly_average"),
    (r"(?:per|a|for\s+each)\s+(?:square\s+(?:kilometre|kilometer|mile)|km2|km²|sq\s+km)", "rate"),
)
# Places and operations a figure can be limited to: (pattern, stored scope).
SCOPES: tuple[tuple[str, str], ...] = (
    (r"Bakhmut|Artemovsk", "Bakhmut"),
    (r"Avdiivka|Avdeyevka", "Avdiivka"),
    (r"Vuhledar|Ugledar", "Vuhledar"),
    (r"Krynky", "Krynky"),
    (r"Pokrovsk", "Pokrovsk"),
    (r"Velyka\s+Novosilka", "Velyka Novosilka"),
    (r"Kupyansk|Kupiansk", "Kupyansk"),
    (r"Robotyne", "Robotyne"),
    (r"Kursk(?:\s+(?:region|oblast|operation|incursion|offensive))?", "Kursk operation"),
)
# How a scope is introduced before the place ("in", "near", "the battle for").
SCOPE_BEFORE = r"(?:in|near|around|at|for|of|over|during)\s+(?:the\s+)?(?:battle\s+(?:for|of)\s+)?"
# "the Donetsk direction", "the Avdeyevka direction": a direction is a scope too.
DIRECTION = r"(?:in|on)\s+the\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+direction"

# Breakdowns: words right after the figure that make it a part of a total. (pattern, part_of)
PARTS: tuple[tuple[str, str], ...] = (
    (r"generals?", "generals"),
    (r"(?:senior\s+)?officers?", "officers"),
    (r"colonels?", "colonels"),
    (r"(?:former\s+)?(?:prisoners|convicts|inmates)\b(?!\s+of\s+war)", "former prisoners"),
    (r"mobili[sz]ed", "mobilised"),
    (r"(?:foreign\s+)?mercenaries", "foreign fighters"),
)
