"""Words for things: what counts as which metric, and who is who among claimants.

Shared by the extractor (reading articles) and the question parser (reading questions),
so that both sides of the product agree on what "armoured vehicles" or "the Kremlin" mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.models import Metric

# Phrases naming each metric, lower case, singular and plural where they differ.
# Longer phrases are tried first by the users of this table, so "armored fighting vehicles"
# wins over "vehicles".
METRIC_TERMS: dict[Metric, tuple[str, ...]] = {
    Metric.personnel: (
        "personnel",
        "troops",
        "troop",
        "soldiers",
        "soldier",
        "servicemen",
        "serviceman",
        "service members",
        "military personnel",
        "men",
        "fighters",
        "casualties",
        "casualty",
        "killed",
        "dead",
        "deaths",
        "death toll",
        "lives",
        "wounded",
        "injured",
        "human casualties",
        "manpower",
        "mercenaries",
        "ukrainians",
        "russians",
        "military dead",
        "kia",
        "wia",
        "killed in action",
        "wounded in action",
        "pows",
        "prisoners of war",
        "prisoners",
        "losses",
    ),
    Metric.tanks: ("tanks", "tank", "main battle tanks", "main battle tank"),
    Metric.armored_vehicles: (
        "armored fighting vehicles",
        "armoured fighting vehicles",
        "armored fighting vehicle",
        "armoured fighting vehicle",
        "armored vehicles",
        "armoured vehicles",
        "armored vehicle",
        "armoured vehicle",
        "armored personnel carriers",
        "armoured personnel carriers",
        "armored personnel carrier",
        "armoured personnel carrier",
        "apcs",
        "apc",
        "ifvs",
        "ifv",
        "infantry fighting vehicles",
        "afvs",
        "afv",
        "armored combat vehicles",
        "armoured combat vehicles",
    ),
    Metric.artillery: (
        "artillery systems",
        "artillery system",
        "artillery pieces",
        "artillery piece",
        "artillery",
        "guns",
        "howitzers",
        "howitzer",
        "field artillery",
    ),
    Metric.mlrs: (
        "multiple rocket launchers",
        "multiple rocket launcher",
        "multiple launch rocket systems",
        "multiple-launch rocket systems",
        "multiple launch rocket system",
        "rocket launchers",
        "mlrs",
        "mlrss",
        "mrls",
        "mrl",
    ),
    Metric.air_defense: (
        "air defense systems",
        "air defence systems",
        "air defense system",
        "air defence system",
        "air defense",
        "air defence",
        "anti-aircraft systems",
        "anti-aircraft warfare systems",
        "anti-aircraft",
        "air-defense systems",
        "air-defence systems",
        "sam systems",
        "surface-to-air missile systems",
        "surface-to-air missile system",
    ),
    Metric.aircraft: (
        "fighter-bombers",
        "fighter-bomber",
        "attack aircraft",
        "aircraft",
        "airplanes",
        "aeroplanes",
        "planes",
        "plane",
        "jets",
        "fighter jets",
        "warplanes",
        "fixed-wing aircraft",
        "airplane",
    ),
    Metric.helicopters: ("helicopters", "helicopter", "choppers", "helos"),
    Metric.drones: (
        "drones",
        "drone",
        "uavs",
        "uav",
        "unmanned aerial vehicles",
        "unmanned aerial vehicle",
        "operational-tactical level uavs",
        "operational-tactical uavs",
    ),
    Metric.ships: ("warships", "warship", "ships", "ship", "boats", "vessels", "naval vessels"),
    Metric.submarines: ("submarines", "submarine"),
    Metric.vehicles: (
        "vehicles and fuel tanks",
        "vehicles and fuel tankers",
        "motor vehicles",
        "military vehicles",
        "vehicles",
        "vehicle",
        "trucks",
        "cars",
        "cisterns",
        "fuel tanks",
        "military auto",
        "special military motor vehicles",
        "motor vehicles and fuel tanks",
    ),
    Metric.cruise_missiles: ("cruise missiles", "cruise missile", "missiles"),
    Metric.special_equipment: ("special equipment", "units of special equipment"),
}

METRIC_LABELS: dict[Metric, str] = {
    Metric.personnel: "personnel",
    Metric.tanks: "tanks",
    Metric.armored_vehicles: "armoured vehicles",
    Metric.artillery: "artillery systems",
    Metric.mlrs: "multiple rocket launchers",
    Metric.air_defense: "air defence systems",
    Metric.aircraft: "aircraft",
    Metric.helicopters: "helicopters",
    Metric.drones: "drones",
    Metric.ships: "ships and boats",
    Metric.submarines: "submarines",
    Metric.vehicles: "vehicles and fuel tanks",
    Metric.cruise_missiles: "cruise missiles",
    Metric.special_equipment: "special equipment",
    Metric.other: "other equipment",
}


@dataclass(frozen=True)
class Claimant:
    """A party that publishes figures. `side` lets "per Ukraine" match all Ukrainian bodies."""

    name: str
    side: str  # "ukraine", "russia", "uk", "us", "independent"
    aliases: tuple[str, ...]


# Canonical claimant names, in the form stored on claims. Aliases are lower case.
CLAIMANTS: tuple[Claimant, ...] = (
    Claimant(
        "Ukraine's General Staff",
        "ukraine",
        (
            "general staff of the armed forces of ukraine",
            "ukraine's general staff",
            "ukrainian general staff",
            "general staff of ukraine",
            "the general staff",
            "general staff",
            "zsu",
        ),
    ),
    Claimant(
        "Ukraine's Ministry of Defence",
        "ukraine",
        (
            "ukraine's ministry of defense",
            "ukraine's ministry of defence",
            "ministry of defense of ukraine",
            "ministry of defence of ukraine",
            "ukrainian ministry of defense",
            "ukrainian ministry of defence",
            "ukraine's defense ministry",
            "ukraine's defence ministry",
            "ukrainian defense ministry",
            "ukrainian defence ministry",
        ),
    ),
    Claimant(
        "Ukraine's armed forces",
        "ukraine",
        (
            "armed forces of ukraine",
            "ukraine's air force",
            "ukraine's navy",
            "ukrainian navy",
            "navy spokesman",
            "pletenchuk",
            "ukrainian air force",
            "the air force",
            "air force of ukraine",
            "ukraine's armed forces",
            "ukrainian armed forces",
            "ukraine's military",
            "ukrainian military",
            "kyiv's military",
            "kyiv's forces",
        ),
    ),
    Claimant(
        "Ukraine's military intelligence (HUR)",
        "ukraine",
        (
            "defence intelligence of ukraine",
            "defense intelligence of ukraine",
            "ukraine's defence intelligence",
            "ukraine's defense intelligence",
            "ukrainian military intelligence",
            "ukraine's military intelligence",
            "military intelligence of ukraine",
            "hur",
            "gur",
            "budanov",
            "yusov",
        ),
    ),
    Claimant(
        "Ukrainian officials",
        "ukraine",
        (
            "ukrainian officials",
            "ukrainian authorities",
            "kyiv",
            "kiev",
            "ukraine",
            "zelensky",
            "zelenskyy",
            "ukrainian president",
            "ukrainian government",
        ),
    ),
    Claimant(
        "the Kremlin",
        "russia",
        ("the kremlin", "kremlin", "peskov", "putin", "kremlin spokesperson", "moscow"),
    ),
    Claimant(
        "Russia's Ministry of Defence",
        "russia",
        (
            "russian ministry of defense",
            "russian ministry of defence",
            "ministry of defense of the russian federation",
            "russia's defense ministry",
            "russia's defence ministry",
            "russian defense ministry",
            "russian defence ministry",
            "russia's ministry of defence",
            "russia's ministry of defense",
            "shoigu",
            "belousov",
            "gerasimov",
            "the russian mod",
            "russian mod",
            "russia's mod",
            "russian defense minister",
            "russian defence minister",
            "russian military",
            "russian officials",
            "russia",
        ),
    ),
    Claimant(
        "UK Ministry of Defence",
        "uk",
        (
            "uk ministry of defence",
            "uk ministry of defense",
            "british ministry of defence",
            "britain's defence ministry",
            "britain's ministry of defence",
            "british defence ministry",
            "uk defence ministry",
            "uk mod",
            "british intelligence",
            "uk defence intelligence",
            "britain",
            "uk",
            "london",
        ),
    ),
    Claimant(
        "the Pentagon",
        "us",
        (
            "the pentagon",
            "pentagon",
            "us department of defense",
            "u.s. department of defense",
            "us officials",
            "u.s. officials",
            "american officials",
            "washington",
        ),
    ),
    Claimant(
        "US intelligence",
        "us",
        (
            "us intelligence",
            "u.s. intelligence",
            "american intelligence",
            "the cia",
            "cia",
            "us intelligence assessment",
            "u.s. intelligence assessment",
        ),
    ),
    Claimant(
        "the Institute for the Study of War",
        "independent",
        ("institute for the study of war", "isw"),
    ),
    Claimant(
        "Oryx",
        "independent",
        ("oryx", "oryxspioenkop"),
    ),
    Claimant(
        "media reports",
        "independent",
        (
            "american press",
            "the american press",
            "disputed reports",
            "denied reports",
            "dismissed reports",
            "us media",
            "u.s. media",
            "western media",
            "media reports",
            "press reports",
            "the new york times",
            "new york times",
            "the wall street journal",
            "wall street journal",
            "the economist",
        ),
    ),
    Claimant(
        "Mediazona",
        "independent",
        ("mediazona", "meduza", "bbc russian"),
    ),
)

# Names that are only a claimant when something is attributed to them ("Kyiv said",
# "according to Moscow"); elsewhere they are places or actors ("Russia lost 12 tanks").
ATTRIBUTION_ONLY_ALIASES = frozenset(
    {
        "ukraine", "kyiv", "kiev", "russia", "moscow", "putin", "britain", "uk", "london",
        "washington", "zelensky", "zelenskyy", "ukrainian president", "ukrainian government",
        "russian military", "russian officials",
    }
)  # fmt: skip

# Used when an article gives a figure without saying whose it is.
UNATTRIBUTED = "unattributed (the outlet does not say)"

CLAIMANT_BY_NAME: dict[str, Claimant] = {c.name: c for c in CLAIMANTS}


def claimant_side(name: str) -> str | None:
    """The side a stored claimant name belongs to, or None when it is not one we know."""
    known = CLAIMANT_BY_NAME.get(name)
    return known.side if known else None
