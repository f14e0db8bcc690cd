"""What kind of number a figure is, and what it is limited to (issue 13): averages, places and
operations, and breakdowns. The extractor reads these rows; one place for the vocabulary."""

from __future__ import annotations

# (words right after the figure's term, stat): "1,500 troops a day" is a daily average. Not
# "in a day" or "on one day": those are one day's total. The words may follow a short tail of
# the figure's phrase ("1,500 people killed or injured every single day").
_NOT_IN = r"(?<!\bin\s)(?<!\bon\s)(?<!\bover\s)(?<!\bwithin\s)"
STAT_AFTER: tuple[tuple[str, str], ...] = (
    (rf"{_NOT_IN}\b(?:a|per|each|every)\s+(?:single\s+)?day|\bdaily\s+average", "daily_average"),
    (rf"{_NOT_IN}\b(?:a|per|each|every)\s+(?:single\s+)?month|\bmonthly\s+average",
     "monthly_average"),
    (r"\b(?:per|a|for\s+(?:each|every))\s+(?:square\s+(?:kilometre|kilometer|mile)|km2|km²|"
     r"sq\.?\s+km)", "rate"),
)  # fmt: skip
# (words before the figure, in its clause, stat): "average daily casualties reached 1,523".
STAT_BEFORE: tuple[tuple[str, str], ...] = (
    (r"\baverage\s+daily\b|\bdaily\s+average\b", "daily_average"),
    (r"\baverage\s+monthly\b|\bmonthly\s+average\b", "monthly_average"),
)
# How far after the figure's term those words may be, and what ends the search (another
# figure, another clause).
STAT_TAIL = r"[^,;:.\d]{0,40}"

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
    (
        r"Kursk(?:\s+(?:region|oblast|Oblast|area|operation|incursion|offensive))?",
        "Kursk operation",
    ),
)
# Parts of the front, scopes only right next to a figure ("lost 395 troops in the south").
REGIONS: tuple[tuple[str, str], ...] = (
    (r"south(?:ern\s+front)?\b(?![\s-]+(?:of|bank|east|west))", "southern front"),
)
# A region right next to a figure ("in the Sumy region eliminated 146", "lost 212 servicemen
# in the Kharkiv region"): the figure is limited to it, stored as "<Name> region". Not "over
# the Bryansk region" (where drones were downed) nor a region further on in the clause.
REGION_NAMED = (
    r"\b(?i:in|near)\s+(?:the\s+|Russia's\s+|Ukraine's\s+)?"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:region|[Oo]blast)\b"
)
# How a scope is introduced before the place ("in", "near", "the battle for", "the offensive
# on", "defending", "near the village of", "in Russia's Kursk region").
SCOPE_BEFORE = (
    r"(?i:in|near|around|at|for|of|over|during|on|defending|defen[cs]e\s+of|holding)\s+"
    r"(?:the\s+)?(?i:(?:battle|fight|fighting|offensive|assault|push)\s+(?:for|of|on|near|around)\s+)?"
    r"(?i:(?:village|town|city)\s+of\s+)?(?:Russia's\s+|Ukraine's\s+)?"
)
# "in the area", "in the operation", "near the town": a place named in a sentence before.
SCOPE_ANAPHORA = (
    r"\b(?:in|near|around|during|for)\s+the\s+(?:operation|area|town|city|village|battle|"
    r"fighting|bridgehead|offensive|incursion)\b"
)
# How many sentences back a place named for "in the area" may be.
SCOPE_LOOKBACK = 3
# "the Donetsk direction", "the Avdeyevka direction": a direction is a scope too.
DIRECTION = r"(?:in|on)\s+the\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+direction"
# A Russian battlegroup's zone in the MoD's daily bulletin: a part of the whole front's total.
BATTLEGROUP = (
    r"\bBattlegroups?\s+([A-Z][a-z]+)\b|\bthe\s+(Tsentr|Zapad|Yug|Vostok|Sever|Dnepr)\s+"
    r"(?:zone|group|grouping)\b"
)

# Breakdowns of people: words right after the figure that make it a part of a total, and
# that name people by themselves ("5,000 officers" counts personnel). (pattern, part_of)
PARTS: tuple[tuple[str, str], ...] = (
    (r"generals?", "generals"),
    (r"(?:lieutenant\s+)?colonels?(?:\s+and\s+colonels)?", "colonels"),
    (r"(?:senior\s+|junior\s+|commissioned\s+)?officers?", "officers"),
    (
        r"(?:brigade|battalion|regiment|company|unit)(?:\s+and\s+(?:brigade|battalion|regiment|"
        r"company))?\s+commanders",
        "commanders",
    ),
    (r"(?:former\s+)?(?:prisoners|convicts|inmates)\b(?!\s+of\s+war)", "former prisoners"),
    (r"mobili[sz]ed(?:\s+(?:men|soldiers|troops|servicemen|reservists))?", "mobilised"),
    (r"foreign\s+(?:fighters|mercenaries|volunteers)|mercenaries", "foreign fighters"),
    (r"(?:contract\s+)?volunteers|contract\s+soldiers", "volunteers"),
    (r"of\s+(?:its|their|his|her)\s+(?:citizens|nationals)", "citizens"),
)
# Damage statuses of equipment ("2,561 were destroyed, 165 damaged"): the status is the part.
# For people "captured" is a kind of loss, not a part, so these apply to equipment only.
# "214 destroyed or abandoned vehicles" joins two statuses: a whole, no part.
STATUS_PART = (
    r"^\s*(?:were\s+|had\s+been\s+)?(?P<status>destroyed|damaged|abandoned|captured)\b"
    r"(?!\s+(?:or|and)\s+(?:destroyed|damaged|abandoned|captured)\b)"
)

# An open-source count's status line (Oryx's layout): "Tanks (4,212, of which destroyed: 3,011,
# damaged: 161, abandoned: 413, captured: 627)", "- T-90M (148, of which ...)", "Russia - 22,964,
# of which: destroyed: 17,702, ...". The name is a kind of equipment, a model or a side; each
# "status: N" after "of which" is a part of the line's total.
STATUS_LINE = (
    r"^\s*(?:[-•*·▪‣◦]\s*)?(?P<name>[A-Za-z0-9][\w ./'&-]{0,50}?)\s*(?:\(\s*|[-–—:]\s*)"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*,?\s*of\s+which\s*:?\s*(?P<rest>.*)$"
)
STATUS_ITEM = (
    r"\b(?P<status>destroyed|damaged|abandoned|captured)\s*:\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
)
# A model's name ("T-90M", "BMP-2", "2S19", "Su-34"): its family is the letters before the
# number (lexicon/places.py MODEL_FAMILIES).
MODEL_NAME = r"^(?P<family>2S|[A-Za-z]{1,3})-?\d[\w./-]*$"
