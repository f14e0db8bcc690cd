"""How readers write about losses in chats, forums and comment threads (English; the
Ukrainian and Russian words are in `knowledge.lexicon.cyrillic_rows`): shorthand for the sides,
informal words for the kinds of loss, verbs for destroying, and the kinds of equipment and
parts of the troops that no figure counts apart. Read by the question parser only: articles
are read with `knowledge.lexicon.terms`.
"""

from __future__ import annotations

from knowledge.models import Metric

# Shorthand and slang for a side, rewritten to the plain word before a question is read, so
# that every side rule sees "ukrainian" for "UA" and "russians" for "russkies".
# word -> what it is read as.
SIDE_SHORTHAND: dict[str, str] = {
    # Ukraine: country codes, the armed forces' initials in English, Ukrainian and Russian
    "ua": "ukrainian", "ukr": "ukrainian", "ukrs": "ukrainians", "ukro": "ukrainian",
    "zsu": "ukrainian forces", "afu": "ukrainian forces", "uaf": "ukrainian forces",
    "vsu": "ukrainian forces", "ukies": "ukrainians",
    # Russia: codes, and readers' words for its soldiers
    "ru": "russian", "rus": "russian", "rf": "russian", "ruaf": "russian forces",
    "ruzzia": "russia", "ruzzian": "russian", "ruzzians": "russians", "russkies": "russians",
    "ruskies": "russians", "russkis": "russians", "rashists": "russians", "rashist": "russian",
    "ruscists": "russians", "ruscist": "russian", "ruzzists": "russians",
    "kacaps": "russians", "katsaps": "russians", "moskals": "russians", "vatniks": "russians",
    "vatnyks": "russians", "ivans": "russians",
}  # fmt: skip

# Chat shorthand for days and spans, rewritten the same way, so the date grammar reads
# "yday" as "yesterday" (not "yr": in a chat it is as often "your").
TIME_SHORTHAND: dict[str, str] = {
    "yday": "yesterday", "ydays": "yesterday's", "yday's": "yesterday's", "ystdy": "yesterday",
    "ystrdy": "yesterday", "yest": "yesterday", "yesterdy": "yesterday", "yesteday": "yesterday",
    "2day": "today", "tdy": "today", "tday": "today", "2days": "today's",
    "mnth": "month", "mnths": "months", "mth": "month", "mths": "months", "wks": "weeks",
    "wk": "week", "yrs": "years", "qtr": "quarter", "qtrs": "quarters",
    # a follow-up's shift as typed on a phone: "prev month?", "nxt wk", "the day b4"
    "prev": "previous", "nxt": "next", "b4": "before", "bfr": "before",
}  # fmt: skip

# Informal words for each kind of loss, on top of the articles' vocabulary.
METRIC_SLANG: dict[Metric, tuple[str, ...]] = {
    Metric.helicopters: ("helis", "heli", "helos", "helo", "copters", "rotary-wing",
                         "rotary wing", "rotorcraft", "attack helicopters",
                         "helicopter gunships"),
    Metric.artillery: ("arty", "tubes", "big guns", "artillery guns", "cannons", "cannon",
                       "self-propelled guns", "spgs", "towed guns"),
    Metric.aircraft: ("fast jets", "fixed wing", "fixed-wing", "fighter jets", "fighters jets",
                      "combat aircraft", "military aircraft"),
    Metric.drones: ("quadcopters", "unmanned aircraft", "recon drones"),
    Metric.special_equipment: ("special equipment", "units of special equipment",
                               "special equipment units", "special gear",
                               "specialised equipment", "specialized equipment"),
    Metric.armored_vehicles: ("armour", "armor", "tin cans", "apcs and ifvs"),
    Metric.tanks: ("mbts", "mbt"),
    Metric.submarines: ("subs",),
    # a kind of ship or gun named with another kind's word: "missile boats" are ships,
    # "anti-aircraft guns" air defence, never cruise missiles or artillery as well
    Metric.ships: ("missile boats", "missile boat", "missile ships", "missile ship",
                   "missile cruiser", "missile cruisers", "landing ships", "landing ship",
                   "patrol boats", "patrol boat", "corvettes", "corvette", "frigates",
                   "frigate", "cruisers", "cruiser", "minesweepers", "tugboats"),
    Metric.air_defense: ("anti-aircraft guns", "anti-aircraft gun", "anti aircraft guns",
                         "aa guns", "anti-air guns", "flak guns", "flak",
                         "anti-aircraft systems", "anti-aircraft warfare systems"),
}  # fmt: skip

# Soldiers' code words and plain words for the dead and the wounded ("cargo 200" is a coffin,
# "300s" the wounded): personnel, of that kind of loss. Not "fallen" or "hurt": "have losses
# fallen?" is a comparison, not a question about the dead.
KILLED_SLANG: tuple[str, ...] = (
    "cargo 200", "gruz 200", "gruz-200", "cargo-200", "200s", "two hundreds", "kias",
    "killed outright", "perished",
)  # fmt: skip
WOUNDED_SLANG: tuple[str, ...] = (
    "cargo 300", "gruz 300", "gruz-300", "cargo-300", "300s", "three hundreds", "maimed",
    "wias",
)  # fmt: skip

# Verbs for destroying or killing, present and past, as readers write them: the one who does
# it is not the one whose losses are asked ("how many russians did UA take out").
DESTROY_NOW: tuple[str, ...] = (
    "destroy", "destroys", "kill", "kills", "eliminate", "eliminates", "liquidate",
    "liquidates", "shoot down", "shoots down", "down", "neutralise", "neutralize",
    "neutralises", "neutralizes", "hit", "hits", "strike", "strikes", "take out", "takes out",
    "knock out", "knocks out", "wreck", "wrecks", "smoke", "smokes", "burn", "burns",
    "take down", "takes down", "wipe out", "wipes out", "whack", "whacks", "zero", "bag",
    "bags", "sink", "sinks",
)  # fmt: skip
DESTROYED: tuple[str, ...] = (
    "destroyed", "killed", "eliminated", "liquidated", "shot down", "downed", "neutralised",
    "neutralized", "hit", "struck", "taken out", "took out", "knocked out", "wrecked", "smoked",
    "burned", "burnt", "taken down", "took down", "wiped out", "whacked", "zeroed", "bagged",
    "sunk", "sank",
)  # fmt: skip

# Parts of the troops no source breaks out, as news and readers name them (answering with
# all personnel would be a wrong number, not a partial one). Regex rows.
TROOP_PARTS: tuple[str, ...] = (
    r"generals?(?!\s+staff)", r"officers?", r"colonels?", r"commanders?", r"pilots?",
    r"conscripts?", r"mobili[sz]ed", r"mobiks?", r"mobilized\s+men", r"deserters?",
    r"desertions?", r"missing(?:\s+in\s+action)?", r"mia", r"wagner(?:\s+fighters)?",
    r"wagnerites", r"mercenar(?:y|ies)", r"convicts?", r"zeks?", r"prisoners?\s+recruited",
    r"storm[- ]?z", r"north\s+koreans?", r"chechens?", r"kadyrovites", r"kadyrovts[iy]",
    r"akhmat(?:\s+fighters)?", r"paratroopers?", r"vdv", r"marines", r"naval\s+infantry",
    r"special\s+forces", r"spetsnaz", r"irrecoverable(?:\s+losses)?",
    r"contract\s+soldiers", r"kontraktniki", r"reservists?", r"snipers?", r"medics?",
    r"volunteers", r"foreign\s+legion", r"rosgvardi[ay]", r"national\s+guard(?:smen)?",
    r"territorial\s+defen[cs]e",
    # crews named by what they crew ("tank crews", "helicopter pilots", "drone operators"):
    # people, never the equipment word inside the name
    r"(?:(?:tank|helicopter|drone|uav|artillery|air\s+force|naval|navy|aviation|fighter|"
    r"bomber|mlrs|air\s+defen[cs]e|sam)\s+)?(?:pilots?|crews?|crewmen|gunners?|operators?)",
    r"naval\s+infantry(?:men)?", r"marine\s+infantry", r"(?:navy\s+)?sailors",
    # the infantry alone, not the infantry fighting vehicles the tally counts
    r"infantry(?:men)?(?!\s+(?:fighting|mobility|carriers?))", r"foot\s+soldiers",
    r"airborne(?:\s+(?:troops|forces|units|soldiers|assault\s+troops))?",
    r"motori[sz]ed\s+rifles?(?:\s+(?:troops|units|brigades?|divisions?))?",
    r"motor\s+rifles?(?:\s+(?:troops|units|brigades?|divisions?))?", r"border\s+guards?",
    r"fsb\s+(?:officers|troops|units|men)", r"police(?:men|\s+officers)?",
)  # fmt: skip

# Kinds of equipment that no stored figure counts apart (the General Staff's tally has no
# row for them, or folds them into a wider one): read, they would be answered with a
# figure that does not fit. Regex rows.
CATEGORIES_NOT_COUNTED: tuple[str, ...] = (
    # the attacks as a whole ("hit by FPV strikes"): the kind of weapon is what no row counts
    r"fpvs?(?:\s+(?:strikes?|attacks?|hits?|kills?))?",
    r"ballistic(?!\s+missile\s+(?:systems?|launchers?))", r"radars?",
    r"(?:naval|sea|maritime)\s+drones?", r"unmanned\s+surface\s+vessels?", r"usvs?",
    r"kamikaze\s+boats?", r"drone\s+boats?",
    r"satellites?(?!\s+(?:imagery|images?|photos?|pictures?))", r"bridges?", r"trains?",
    r"locomotives?", r"fuel\s+depots?",
    r"ammo\s+depots?", r"ammunition\s+depots?", r"ew(?:\s+(?:systems?|stations?|units?))?",
    r"electronic\s+warfare(?:\s+(?:systems?|stations?|units?))?",
)  # fmt: skip

# Kinds of equipment the General Staff's tally counts apart under `other`, as readers name
# them: regex row -> the label of the series that counts them. Only that series answers
# (ground robots are counted from May 2026 only; before that there is no figure, and the
# rest of `other` is never theirs).
COUNTED_CATEGORIES: dict[str, str] = {
    r"(?:ground|land)\s+(?:robot(?:ic)?s?|drones?)(?:\s+(?:systems?|complexes|vehicles?|"
    r"platforms?))?": "ground robotic systems",
    r"robotic\s+(?:combat\s+)?(?:systems?|complexes|platforms?|vehicles?)":
        "ground robotic systems",
    r"(?:combat\s+)?robots?": "ground robotic systems",
    r"ugvs?|ugv's": "ground robotic systems",
    r"unmanned\s+ground\s+(?:vehicles?|systems?)": "ground robotic systems",
    r"(?:mobile\s+)?srbm\s+(?:systems?|launchers?)|(?:mobile\s+)?short[- ]range\s+ballistic"
    r"\s+missile\s+(?:systems?|launchers?)": "mobile SRBM system",
}  # fmt: skip
