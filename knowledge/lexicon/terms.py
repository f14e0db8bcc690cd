"""Words for things: what counts as which metric, and its label.

Shared by the extractor (reading articles) and the question parser (reading questions),
so that both sides of the product agree on what "armoured vehicles" means.
"""

from __future__ import annotations

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

# Phrases that only articles use, read by the extractor alone (a question about "tanks and
# armoured vehicles" asks about two metrics; an article's total of both is one figure). Combined
# counts go to the wider metric; counts across kinds of equipment are `other`.
ARTICLE_TERMS: dict[Metric, tuple[str, ...]] = {
    Metric.armored_vehicles: (
        # the Russian MoD's combined category: every blind round (1st, holdout, 4th, 8th) reads
        # it as armoured vehicles, the wider of the two kinds it counts
        "tanks and other armoured combat vehicles", "tanks and other armored combat vehicles",
        "tanks and armoured vehicles", "tanks and armored vehicles",
        "tanks and other armoured vehicles", "tanks and other armored vehicles",
        "tanks and infantry fighting vehicles", "tanks and armoured fighting vehicles",
        "tanks and armored fighting vehicles",
        # Soviet-era type names a post counts by ("two of our BMPs were burned")
        "bmps", "btrs", "bmds",  # not "BMP-2": a model line's name is its part
        "bmp/btr", "bmp/btrs", "bmps/btrs",  # a unit's tally line ("BMP/BTR — 5")
        # Western-supplied armour by its model ("Ukraine lost 6 of its Bradleys")
        "bradleys", "bradley fighting vehicles", "marders", "strykers", "m113s", "cv90s",
        # two kinds in one count, as trackers print them ("96 IFVs/APCs")
        "ifvs/apcs", "apcs/ifvs", "ifv/apc", "apc/ifv", "afvs/apcs", "bmps/ifvs",
    ),
    # a border unit's or a brigade's tally counts its mortars among the artillery
    Metric.artillery: ("mortars", "mortar", "mortar systems"),
    # aircraft, helicopters, launchers and drones by their model or role ("two Su-34 bombers",
    # "three Ka-52s", "six HIMARS launchers", "41 Shaheds")
    Metric.aircraft: ("bombers", "bomber", "fighter jets", "su-34s", "su-25s", "su-35s", "su-24s"),
    Metric.helicopters: (
        "ka-52s", "ka-52 helicopters", "mi-8s", "mi-24s", "mi-28s", "mi-35s", "attack helicopters",
    ),
    Metric.mlrs: ("himars launchers", "himars systems", "grad launchers"),
    Metric.drones: ("shaheds", "shahed drones", "shahed-type drones", "gerans", "geran drones"),
    Metric.vehicles: (
        "units of special military vehicles", "special military vehicles", "pickup trucks",
        "pickups", "fuel trucks", "military trucks",
        # the light transport drone crews hunt ("61 motorcycles and light vehicles")
        "motorcycles and light vehicles", "motorcycles", "motorbikes", "light vehicles",
    ),
    Metric.special_equipment: (
        "electronic warfare stations", "electronic warfare systems", "ew stations",
        "ew systems", "radar stations",
    ),
    # Western-supplied tanks by their model ("61 German-made Leopard 2s")
    Metric.tanks: (
        "leopard 2s", "leopard 2 tanks", "leopards", "challenger 2s", "challengers",
        "abrams tanks", "m1 abrams",
    ),
    Metric.other: (
        "equipment", "pieces of equipment", "units of equipment", "vehicles and weapons systems",
        "vehicles and weapon systems", "weapons systems", "items of equipment",
        "pieces of heavy weaponry", "heavy weaponry", "pieces of weaponry", "weaponry",
        # a count of every kind of vehicle, tanks among them
        "vehicles of all types", "vehicles of all kinds", "vehicles of every type",
        "vehicles of every kind",
    ),
    # each side's words for the other's soldiers, and soldiers' own words for themselves
    Metric.personnel: (
        # the dead counted by what is left of them ("1,120 fresh graves of Russian soldiers")
        "graves", "fresh graves", "new graves", "obituaries", "death notices", "funerals",
        "burials",
        "named military deaths", "names", "nationalists", "orcs", "occupiers",
        "taken prisoner", "taken captive",  # a unit's tally line ("taken prisoner: 9")
        "saboteurs",  # a border governor's word for the other side's raiders
        "invaders", "guys", "defenders", "militants", "nazis", "neo-nazis", "volunteers",
    ),
}  # fmt: skip

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
