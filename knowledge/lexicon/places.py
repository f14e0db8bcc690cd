"""Names a question may carry that the figures are never broken down by: places of the war,
equipment models, military units and people. The question reader reports them as unread
(issue 12, requirement 1) instead of answering with a national, all-model or all-unit figure.

Rows, lower case, English spellings as written in news coverage (with the common Russian-based
transliterations); words in Cyrillic are caught by their capital letter instead.
"""

from __future__ import annotations

from knowledge.models import Metric, Subject


def _word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(text.split())


PLACES: frozenset[str] = _word_set(
    """
    avdiivka avdeevka bakhmut artemovsk soledar vuhledar ugledar pokrovsk myrnohrad toretsk
    kurakhove marinka maryinka robotyne krynky kherson kharkiv kharkov kupiansk kupyansk lyman
    siversk sievierodonetsk severodonetsk lysychansk izium izyum kramatorsk sloviansk slovyansk
    donetsk luhansk lugansk donbas donbass zaporizhzhia zaporizhia zaporozhye mariupol melitopol
    berdiansk chernihiv sumy odesa odessa mykolaiv nikolaev dnipro crimea sevastopol kerch
    belgorod kursk bryansk pskov novorossiysk vovchansk hostomel bucha irpin chornobaivka
    kreminna svatove bilohorivka huliaipole orikhiv tokmak kakhovka enerhodar sudzha selydove
    ocheretyne novomykhailivka kostiantynivka druzhkivka horlivka makiivka stepnohirsk
    kupiansk-vuzlovyi terny torske klishchiivka andriivka yahidne
    """
) | frozenset(
    {
        "chasiv yar",
        "snake island",
        "velyka novosilka",
        "nova kakhovka",
        "black sea",
        "sea of azov",
        "azov sea",
        "kinburn spit",
        "dnipro river",
    }
)

# Where an asker says they are ("I'm in Dnipro", "writing from Kharkiv", "я з Харкова"): whose
# "our guys" they mean. Cities and regions far from doubt only; stems match inflected forms.
ASKER_PLACES: tuple[tuple[str, Subject], ...] = (
    (r"kyiv|kiev|lviv|kharkiv|kharkov|dnipro|odesa|odessa|zaporizhzhia|zaporozhye|mykolaiv|"
     r"kherson|poltava|vinnytsia|chernihiv|sumy|ivano-frankivsk|ternopil|lutsk|rivne|uzhhorod|"
     r"kramatorsk|sloviansk|ukraine|києв|київ|львов|львів|харков|харків|дніпр|днепр|одес|"
     r"запоріж|запорож|миколаїв|херсон|полтав|вінниц|чернігів|сум|україн|украин",
     Subject.ukraine),
    (r"moscow|st\.?\s+petersburg|saint\s+petersburg|petersburg|yekaterinburg|novosibirsk|kazan|"
     r"rostov|krasnodar|voronezh|samara|ufa|chelyabinsk|omsk|perm|russia|москв|петербург|питер|"
     r"екатеринбург|новосибирск|казан|ростов|краснодар|воронеж|самар|росси|росі",
     Subject.russia),
)  # fmt: skip


# Endings of Ukrainian and Russian place names as transliterated in English ("Staromlynivka",
# "Tsukuryne", "Selydove", "Krasnohorivka"): a word after "in" or "near" ending so is read as a
# place even when the list above lacks it. Distinctive endings only (no English word ends so).
TOPONYM_ENDINGS = (
    r"ivka|yivka|ivske|ivsk|ovsk|evsk|ynivka|ove|ovo|evo|yne|ino|ytsia|ychi|hrad|horod|pil|"
    r"opol|ivtsi|ivske|ianske|ianka|ynka|yanka|ivne|ydove|urivka|ohorivka|ovka|evka"
)

# Words that make the word before them a place ("the Lyman front", "the Pokrovsk axis").
PLACE_WORDS: frozenset[str] = frozenset(
    {"oblast", "region", "bridgehead", "axis", "sector", "direction", "salient", "town",
     "city", "village", "river", "front line", "frontline", "front"}
)  # fmt: skip
# Words before a place word that do not name a place ("the whole front", "the front line").
NOT_PLACES: frozenset[str] = frozenset(
    {"whole", "entire", "full", "same", "this", "that", "which", "what", "each", "every",
     "one", "any", "the", "a", "on", "at", "in", "of", "all", "other", "new", "far", "home"}
)  # fmt: skip

# Equipment model families ("T-90", "Su-34", "BMP-2"): the kind of loss they are, so that
# the question is still read as tanks or aircraft while the model itself is reported.
MODEL_FAMILIES: dict[str, Metric] = {
    "t": Metric.tanks,
    "su": Metric.aircraft,
    "mig": Metric.aircraft,
    "tu": Metric.aircraft,
    "il": Metric.aircraft,
    "an": Metric.aircraft,
    "a": Metric.aircraft,
    "ka": Metric.helicopters,
    "mi": Metric.helicopters,
    "bmp": Metric.armored_vehicles,
    "btr": Metric.armored_vehicles,
    "bmd": Metric.armored_vehicles,
    "bm": Metric.mlrs,
    "tos": Metric.mlrs,
    "s": Metric.air_defense,
    "kh": Metric.cruise_missiles,
    "2s": Metric.artillery,
    "f": Metric.aircraft,
    "ah": Metric.helicopters,
    "uh": Metric.helicopters,
    "bmpt": Metric.armored_vehicles,
    "mt-lb": Metric.armored_vehicles,
    # as Ukrainian and Russian askers type them ("т-72", "су-34", "мі-8", "с-400")
    "т": Metric.tanks, "су": Metric.aircraft, "ту": Metric.aircraft, "іл": Metric.aircraft,
    "ил": Metric.aircraft, "ан": Metric.aircraft, "ка": Metric.helicopters,
    "мі": Metric.helicopters, "ми": Metric.helicopters, "бмп": Metric.armored_vehicles,
    "бтр": Metric.armored_vehicles, "бмд": Metric.armored_vehicles, "тос": Metric.mlrs,
    "с": Metric.air_defense,
}  # fmt: skip

# Equipment models readers name without digits, as the kind of loss they are ("leopards lost
# by ukraine" is about tanks, but no figure counts Leopards apart). Singular, lower case;
# a plural "s" is read too.
MODEL_NAMES: dict[str, Metric] = {
    "leopard": Metric.tanks, "abrams": Metric.tanks, "challenger": Metric.tanks,
    "armata": Metric.tanks, "bradley": Metric.armored_vehicles,
    "marder": Metric.armored_vehicles, "stryker": Metric.armored_vehicles,
    "cv90": Metric.armored_vehicles, "mrap": Metric.armored_vehicles,
    "maxxpro": Metric.armored_vehicles, "kozak": Metric.armored_vehicles,
    "himars": Metric.mlrs, "tornado": Metric.mlrs, "uragan": Metric.mlrs, "smerch": Metric.mlrs,
    "grad": Metric.mlrs, "vampire": Metric.mlrs,
    "caesar": Metric.artillery, "krab": Metric.artillery, "archer": Metric.artillery,
    "bohdana": Metric.artillery, "msta": Metric.artillery, "akatsiya": Metric.artillery,
    "gvozdika": Metric.artillery, "giatsint": Metric.artillery, "malva": Metric.artillery,
    "pzh": Metric.artillery, "patriot": Metric.air_defense, "nasams": Metric.air_defense,
    "iris-t": Metric.air_defense, "gepard": Metric.air_defense, "buk": Metric.air_defense,
    "pantsir": Metric.air_defense, "tor": Metric.air_defense, "osa": Metric.air_defense,
    "strela": Metric.air_defense, "lancet": Metric.drones, "orlan": Metric.drones,
    "bayraktar": Metric.drones, "geran": Metric.drones, "zala": Metric.drones,
    "mohajer": Metric.drones, "alligator": Metric.helicopters, "hind": Metric.helicopters,
    "flanker": Metric.aircraft, "frogfoot": Metric.aircraft, "fullback": Metric.aircraft,
    "beriev": Metric.aircraft, "kinzhal": Metric.cruise_missiles,
    "kalibr": Metric.cruise_missiles, "iskander": Metric.cruise_missiles,
}  # fmt: skip

# The same models as Ukrainian and Russian askers type them, by stem (an inflected "Градів",
# "Градов", "Ураганами"): read only on a word already reported as a model.
CYRILLIC_MODEL_STEMS: dict[str, Metric] = {
    "град": Metric.mlrs, "ураган": Metric.mlrs, "смерч": Metric.mlrs, "торнадо": Metric.mlrs,
    "хаймарс": Metric.mlrs, "піон": Metric.artillery, "пион": Metric.artillery,
    "гвоздик": Metric.artillery, "акаці": Metric.artillery, "акаци": Metric.artillery,
    "мст": Metric.artillery, "леопард": Metric.tanks, "абрамс": Metric.tanks,
    "бредлі": Metric.armored_vehicles, "брэдли": Metric.armored_vehicles,
    "бук": Metric.air_defense, "панцир": Metric.air_defense, "патріот": Metric.air_defense,
    "пэтриот": Metric.air_defense, "ланцет": Metric.drones, "орлан": Metric.drones,
    "шахед": Metric.drones, "герань": Metric.drones, "калібр": Metric.cruise_missiles,
    "калибр": Metric.cruise_missiles, "іскандер": Metric.cruise_missiles,
    "искандер": Metric.cruise_missiles,
}  # fmt: skip

# Military formations: the last word of "155th marine brigade", "20th Guards Motor Rifle
# Division".
UNIT_WORDS: frozenset[str] = frozenset(
    {"division", "divisions", "brigade", "brigades", "regiment", "regiments", "battalion",
     "battalions", "corps", "platoon", "platoons", "detachment", "detachments", "squadron",
     "btg", "btgs", "bde", "bdes", "battalion tactical group", "battalion tactical groups"}
)  # fmt: skip

# Fleets and flotillas by name: a formation (its losses are no sea's nor all ships'), read
# whole before "black sea" is taken for a place.
NAMED_FLEETS: frozenset[str] = frozenset(
    {"black sea fleet", "baltic fleet", "northern fleet", "pacific fleet", "caspian flotilla",
     "azov flotilla", "black sea flotilla"}
)  # fmt: skip

# People whose own losses or commands no figure is broken down by.
PEOPLE: frozenset[str] = frozenset(
    {"gerasimov", "surovikin", "prigozhin", "syrskyi", "syrsky", "zaluzhnyi", "zaluzhny",
     "kadyrov", "dvornikov", "lapin", "teplinsky", "mordvichev"}
)  # fmt: skip
