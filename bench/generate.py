"""Synthetic but realistic knowledge bases and article files for the benchmark.

Two kinds of material, both deterministic for a given seed:

* the daily General Staff tally (`seeds/ua-general-staff-daily/`), loaded as the product loads
  it (`knowledge.ingest.series.load_series`, or a plain reading of the JSON while that is not
  written),
  which gives one cumulative claim per date and metric, and the real daily numbers that the
  generated articles quote;
* generated news articles: front matter and text whose sentences are written here, as
  templates in the style of wire reports (daily and cumulative General Staff figures, British
  and American estimates, Ukrainian losses claimed by Moscow, monthly totals, "more than" /
  "about" / "at least", ranges), mixed with sentences full of numbers that are not losses.

Every generated sentence knows the claims it states, so the same generator gives `Claim`
objects directly (for knowledge bases of up to a million claims, written with `build_store`)
and article files (for the extractor and `rebuild`). Outlets are fictional (`.example` URLs);
no real article is copied.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from knowledge import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)

ROOT = Path(__file__).resolve().parent.parent
SERIES_DIRS = (
    ROOT / "seeds" / "ua-general-staff-daily",
    Path("/work/shared/data/ua-general-staff-daily"),
)
GS = "Ukraine's General Staff"

# Tally fields, by the name used here; "vehicles" sums military auto + fuel tank before May 2022.
TALLY_FIELDS: dict[str, str] = {
    "personnel": "personnel",
    "tanks": "tank",
    "armored_vehicles": "APC",
    "artillery": "field artillery",
    "mlrs": "MRL",
    "air_defense": "anti-aircraft warfare",
    "aircraft": "aircraft",
    "helicopters": "helicopter",
    "drones": "drone",
    "ships": "naval ship",
    "submarines": "submarines",
    "cruise_missiles": "cruise missiles",
    "special_equipment": "special equipment",
    "vehicles": "vehicles and fuel tanks",
    "captured": "POW",
}
TALLY_METRIC: dict[str, Metric] = {
    name: Metric(name) for name in TALLY_FIELDS if name not in {"captured"}
} | {"captured": Metric.personnel}

# How articles name things (several words per metric, as outlets vary).
WORDS: dict[str, tuple[str, ...]] = {
    "personnel": ("troops", "soldiers", "servicemen", "personnel"),
    "tanks": ("tanks",),
    "armored_vehicles": ("armoured vehicles", "armored fighting vehicles", "APCs"),
    "artillery": ("artillery systems", "artillery pieces"),
    "mlrs": ("multiple rocket launchers", "MLRS"),
    "air_defense": ("air defence systems", "air defense systems"),
    "aircraft": ("aircraft", "warplanes"),
    "helicopters": ("helicopters",),
    "drones": ("drones", "UAVs"),
    "ships": ("warships and boats", "ships"),
    "submarines": ("submarines",),
    "cruise_missiles": ("cruise missiles",),
    "special_equipment": ("units of special equipment",),
    "vehicles": ("vehicles and fuel tanks", "military vehicles"),
}
EQUIPMENT = tuple(k for k in WORDS if k != "personnel")
COMMON_EQUIPMENT = ("tanks", "armored_vehicles", "artillery", "drones", "vehicles", "mlrs")

_PLACE_A = (
    "Lviv", "Dnipro", "Odesa", "Kharkiv", "Baltic", "Northern", "Eastern", "Danube", "Carpathian",
    "Continental", "Atlantic", "Coastal", "Capital", "Evening", "Morning", "Frontline", "Steppe",
    "Central", "Western", "Harbour",
)  # fmt: skip
_PLACE_B = ("Herald", "Courier", "Wire", "Post", "Review", "Dispatch", "Ledger", "Observer")
OUTLETS: tuple[str, ...] = tuple(f"The {a} {b}" for a in _PLACE_A for b in _PLACE_B)[:120]
TOWNS = (
    "Pokrovsk", "Kupiansk", "Huliaipole", "Siversk", "Kostiantynivka", "Lyman", "Vovchansk",
    "Zaporizhzhia", "Kherson", "Sumy", "Bakhmut", "Avdiivka", "Chasiv Yar", "Toretsk",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# -- the tally ------------------------------------------------------------------------------------


def find_series_dir() -> Path:
    for path in SERIES_DIRS:
        if (path / "russia_losses_personnel.json").is_file():
            return path
    raise FileNotFoundError("the daily series (ua-general-staff-daily) is not in seeds/")


@dataclass
class Tally:
    """The daily cumulative figures, by our metric names, to quote real numbers from."""

    dates: list[dt.date]
    cumulative: dict[str, dict[dt.date, int]]
    index: dict[dt.date, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {d: i for i, d in enumerate(self.dates)}

    def total(self, name: str, date: dt.date) -> int | None:
        return self.cumulative.get(name, {}).get(date)

    def daily(self, name: str, report: dt.date) -> int | None:
        """What the report of `report` added (None when either report lacks the field)."""
        i = self.index.get(report)
        if not i:
            return None
        now, before = self.total(name, report), self.total(name, self.dates[i - 1])
        if now is None or before is None:
            return None
        return max(now - before, 0)

    def between(self, name: str, first: dt.date, last: dt.date) -> int | None:
        """Losses of the fighting days first..last: report(last + 1) - report(first)."""
        a, b = self.total(name, first), self.total(name, last + dt.timedelta(days=1))
        if a is None or b is None:
            return None
        return max(b - a, 0)


def load_tally(series_dir: Path | None = None) -> Tally:
    folder = series_dir or find_series_dir()
    rows: dict[dt.date, dict[str, object]] = {}
    for name in ("russia_losses_personnel.json", "russia_losses_equipment.json"):
        for record in json.loads((folder / name).read_text(encoding="utf-8")):
            date = dt.date.fromisoformat(str(record["date"])[:10])
            rows.setdefault(date, {}).update(record)
    dates = sorted(rows)
    cumulative: dict[str, dict[dt.date, int]] = {}
    for date in dates:
        row = rows[date]
        for ours, theirs in TALLY_FIELDS.items():
            value = row.get(theirs)
            if ours == "vehicles" and value is None and "military auto" in row:
                value = int(row["military auto"]) + int(row.get("fuel tank") or 0)  # type: ignore[call-overload]
            if isinstance(value, int | float) and not isinstance(value, bool):
                cumulative.setdefault(ours, {})[date] = int(value)
    return Tally(dates, cumulative)


def series_source(series_dir: Path | None = None) -> tuple[Source, list[Claim], str]:
    """The tally as the product stores it: `load_series` when written, else read here.

    Returns the source, its claims and which path made them ("knowledge.ingest.series" or "bench").
    """
    folder = series_dir or find_series_dir()
    try:
        from knowledge import load_series

        source, claims = load_series(folder)
        if claims:
            return source, claims, "knowledge.ingest.series.load_series"
    except NotImplementedError:
        pass
    tally = load_tally(folder)
    ref = SourceRef(
        id="ua-general-staff-daily",
        title="Daily tally of Russian losses claimed by Ukraine's General Staff",
        publisher=GS,
        published=tally.dates[-1],
        kind=SourceKind.series,
    )
    source = Source(**ref.model_dump(), text="Daily tally", path=str(folder))
    claims = []
    for name, points in tally.cumulative.items():
        for date, value in points.items():
            claims.append(
                Claim(
                    metric=TALLY_METRIC[name],
                    value=value,
                    subject=Subject.russia,
                    claimant=GS,
                    period_kind=PeriodKind.cumulative,
                    period_start=WAR_START,
                    period_end=date,
                    personnel_kind=(
                        PersonnelKind.captured
                        if name == "captured"
                        else PersonnelKind.casualties
                        if name == "personnel"
                        else None
                    ),
                    quote=f"{date.isoformat()}: {TALLY_FIELDS[name]} {value:,}",
                    label=TALLY_FIELDS[name],
                    source=ref,
                )
            )
    return source, claims, "bench (reading the JSON; knowledge.ingest.series not written yet)"


def latest_claims(claims: list[Claim], limit: int) -> list[Claim]:
    """The series cut to its most recent dates, about `limit` claims (whole dates only)."""
    by_date: dict[dt.date, list[Claim]] = {}
    for claim in claims:
        by_date.setdefault(claim.period_end or WAR_START, []).append(claim)
    kept: list[Claim] = []
    for date in sorted(by_date, reverse=True):
        if kept and len(kept) + len(by_date[date]) > limit:
            break
        kept.extend(by_date[date])
    return kept


# -- articles -------------------------------------------------------------------------------------


@dataclass
class Sentence:
    text: str
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Article:
    source: Source
    claims: list[Claim]

    def file_text(self) -> str:
        s = self.source
        meta = [
            "---",
            f"title: {json.dumps(s.title, ensure_ascii=False)}",
            f"publisher: {json.dumps(s.publisher, ensure_ascii=False)}",
            f"url: {s.url}",
            f"published: {s.published.isoformat() if s.published else ''}",
            "---",
        ]
        return "\n".join(meta) + "\n" + s.text


def _n(value: int) -> str:
    return f"{value:,}"


SINGULAR = {
    "troops": "soldier",
    "soldiers": "soldier",
    "servicemen": "serviceman",
    "tanks": "tank",
    "armoured vehicles": "armoured vehicle",
    "armored fighting vehicles": "armored fighting vehicle",
    "APCs": "APC",
    "artillery systems": "artillery system",
    "artillery pieces": "artillery piece",
    "multiple rocket launchers": "multiple rocket launcher",
    "air defence systems": "air defence system",
    "air defense systems": "air defense system",
    "warplanes": "warplane",
    "helicopters": "helicopter",
    "drones": "drone",
    "UAVs": "UAV",
    "ships": "ship",
    "warships and boats": "warship",
    "submarines": "submarine",
    "cruise missiles": "cruise missile",
    "units of special equipment": "unit of special equipment",
    "military vehicles": "military vehicle",
    "vehicles and fuel tanks": "vehicle",
}


def _counted(value: int, word: str) -> str:
    """`12 tanks`, `1 tank`."""
    return f"{_n(value)} {SINGULAR.get(word, word) if value == 1 else word}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _previous_month(date: dt.date, back: int = 1) -> tuple[int, int]:
    month = date.year * 12 + date.month - 1 - back
    return month // 12, month % 12 + 1


class ArticleWriter:
    """Writes article number `n` (deterministically) from the tally's numbers."""

    def __init__(self, tally: Tally, seed: int = 7) -> None:
        self.tally = tally
        self.seed = seed
        # Reports with a previous month fully covered (monthly totals need it).
        self.report_dates = [d for d in tally.dates if d >= dt.date(2022, 4, 2)]
        self.last = tally.dates[-1]
        self.templates: list[tuple[int, Callable[[_Ctx], Sentence | None]]] = [
            (5, _gs_daily),
            (3, _gs_cumulative),
            (3, _gs_equipment_day),
            (2, _air_overnight),
            (3, _monthly),
            (2, _uk_estimate),
            (3, _moscow_claims),
            (1, _range_estimate),
            (1, _independent),
            (1, _air_and_sea_total),
            (1, _captured),
            (2, _weekly),
        ]
        self._weights = [w for w, _ in self.templates]

    def article(self, n: int, *, with_text: bool = True) -> Article:
        rng = random.Random(self.seed * 1_000_003 + n)
        date = rng.choice(self.report_dates)
        outlet = rng.choice(OUTLETS)
        ref = SourceRef(
            id=f"bench-{n:07d}",
            title="",
            publisher=outlet,
            url=f"https://{outlet.lower().removeprefix('the ').replace(' ', '-')}.example/"
            f"{date:%Y/%m/%d}/losses-{n}",
            published=date,
            kind=SourceKind.article,
        )
        ctx = _Ctx(rng, self.tally, date, ref)
        wanted = rng.randint(2, 4)
        sentences: list[Sentence] = []
        seen: set[tuple[object, ...]] = set()
        tries = 0
        while len(sentences) < wanted and tries < 20:
            tries += 1
            template = rng.choices(self.templates, weights=self._weights)[0][1]
            made = template(ctx)
            if made is None or not made.claims:
                continue
            keys = {_claim_key(c) for c in made.claims}
            if keys & seen:
                continue  # the same figure twice in one article: draw another sentence
            seen |= keys
            sentences.append(made)
        # Lead with a personnel figure when there is one, as reports do.
        sentences.sort(key=lambda s: s.claims[0].metric != Metric.personnel)
        claims = [c for s in sentences for c in s.claims]
        title = _title(ctx, sentences)
        ref.title = title
        text = ""
        if with_text:
            body = [sentences[0].text] if sentences else []
            rest: list[str] = [s.text for s in sentences[1:]]
            rest += _distractors(ctx, rng.randint(2, 5))
            rng.shuffle(rest)
            # One or two sentences a paragraph, as news sites lay them out.
            while rest:
                take = rng.choice((1, 1, 2))
                body.append(" ".join(rest[:take]))
                rest = rest[take:]
            if rng.random() < 0.3:
                body.insert(1, rng.choice(("Advertisement", "Read more", "Related coverage")))
            text = title + "\n" + "\n".join(body) + "\n"
        source = Source(**ref.model_dump(), text=text or title)
        return Article(source, claims)

    def articles(self, count: int, start: int = 0, *, with_text: bool = True) -> Iterator[Article]:
        for n in range(start, start + count):
            yield self.article(n, with_text=with_text)


def _claim_key(claim: Claim) -> tuple[object, ...]:
    return (claim.metric, claim.subject, claim.period_kind, claim.period_start, claim.period_end)


@dataclass
class _Ctx:
    rng: random.Random
    tally: Tally
    date: dt.date  # the article's publication date, a report date of the tally
    ref: SourceRef

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.date.weekday()]

    @property
    def fought(self) -> dt.date:
        return self.date - dt.timedelta(days=1)

    def word(self, name: str) -> str:
        return self.rng.choice(WORDS[name])

    def claim(
        self,
        name: str,
        value: int,
        quote: str,
        *,
        claimant: str = GS,
        kind: PeriodKind = PeriodKind.day,
        start: dt.date | None = None,
        end: dt.date | None = None,
        qualifier: Qualifier = Qualifier.exact,
        subject: Subject = Subject.russia,
        value_max: int | None = None,
        personnel_kind: PersonnelKind | None = None,
        label: str | None = None,
    ) -> Claim:
        if kind == PeriodKind.day:
            start = end = start or self.fought
        elif kind == PeriodKind.cumulative:
            start, end = WAR_START, end or self.date
        metric = TALLY_METRIC[name]
        if metric == Metric.personnel and personnel_kind is None:
            personnel_kind = PersonnelKind.casualties
        return Claim(
            metric=metric,
            value=value,
            value_max=value_max,
            qualifier=qualifier,
            subject=subject,
            claimant=claimant,
            period_kind=kind,
            period_start=start,
            period_end=end,
            personnel_kind=personnel_kind,
            quote=quote,
            label=label,
            source=self.ref,
        )

    def present(self, names: tuple[str, ...], k: int, how: str = "daily") -> list[tuple[str, int]]:
        """Up to `k` of `names` with a positive figure on this date, in a random order."""
        pool = list(names)
        self.rng.shuffle(pool)
        found = []
        for name in pool:
            value = (
                self.tally.daily(name, self.date)
                if how == "daily"
                else self.tally.total(name, self.date)
            )
            if value:
                found.append((name, value))
            if len(found) == k:
                break
        return found


def _listing(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _gs_daily(c: _Ctx) -> Sentence | None:
    p = c.tally.daily("personnel", c.date)
    if not p:
        return None
    extra = c.present(COMMON_EQUIPMENT, c.rng.randint(0, 2))
    things = [_counted(v, c.word(k)) for k, v in extra]
    troops = c.word("personnel")
    text = c.rng.choice(
        (
            f"Russia lost {_listing([_counted(p, troops), *things])}"
            f" over the past day, Ukraine's General Staff said on {c.weekday}.",
            f"Ukraine's General Staff said on {c.weekday} that Russian forces had lost "
            f"{_n(p)} {troops} in the previous 24 hours"
            + (f", along with {_listing(things)}." if things else "."),
            f"According to the General Staff in Kyiv, {_n(p)} Russian {troops} were killed "
            "or wounded in the past day"
            + (f"; it also reported {_listing(things)} destroyed." if things else "."),
        )
    )
    claims = [c.claim("personnel", p, text)] + [c.claim(k, v, text) for k, v in extra]
    return Sentence(text, claims)


def _gs_cumulative(c: _Ctx) -> Sentence | None:
    p = c.tally.total("personnel", c.date)
    if not p:
        return None
    extra = c.present(EQUIPMENT, c.rng.randint(1, 3), how="total")
    things = [_counted(v, c.word(k)) for k, v in extra]
    about = c.rng.random() < 0.6
    text = c.rng.choice(
        (
            f"In total, Russia has lost {'about ' if about else ''}{_n(p)} "
            f"{c.word('personnel')} since the full-scale invasion began, according to Kyiv's "
            f"figures, including {_listing(things)}.",
            f"The General Staff puts Russia's total losses since February 24, 2022 at "
            f"{'about ' if about else ''}{_n(p)} {c.word('personnel')}, "
            f"{_listing(things)}.",
        )
    )
    q = Qualifier.approximate if about else Qualifier.exact
    claims = [c.claim("personnel", p, text, kind=PeriodKind.cumulative, qualifier=q)]
    claims += [c.claim(k, v, text, kind=PeriodKind.cumulative) for k, v in extra]
    return Sentence(text, claims)


def _gs_equipment_day(c: _Ctx) -> Sentence | None:
    extra = c.present(EQUIPMENT, c.rng.randint(2, 4))
    if len(extra) < 2:
        return None
    things = [_counted(v, c.word(k)) for k, v in extra]
    text = c.rng.choice(
        (
            f"The General Staff also listed {_listing(things)} destroyed over the past day.",
            f"Over the same 24 hours, Ukrainian forces destroyed {_listing(things)}, "
            "the military said.",
        )
    )
    return Sentence(text, [c.claim(k, v, text) for k, v in extra])


def _air_overnight(c: _Ctx) -> Sentence | None:
    d = c.tally.daily("drones", c.date)
    m = c.tally.daily("cruise_missiles", c.date)
    if not d:
        return None
    claimant = "Ukraine's armed forces"
    if m:
        text = (
            f"Kyiv's forces shot down {_n(d)} drones and {_n(m)} cruise missiles overnight, "
            f"the military said on {c.weekday}."
        )
        claims = [
            c.claim("drones", d, text, claimant=claimant),
            c.claim("cruise_missiles", m, text, claimant=claimant),
        ]
    else:
        text = f"Air defences brought down {_n(d)} Russian drones overnight, the air force said."
        claims = [c.claim("drones", d, text, claimant=claimant)]
    return Sentence(text, claims)


def _monthly(c: _Ctx) -> Sentence | None:
    y1, m1 = _previous_month(c.date)
    y0, m0 = _previous_month(c.date, 2)
    first1, last1 = _month_bounds(y1, m1)
    first0, last0 = _month_bounds(y0, m0)
    this = c.tally.between("personnel", first1, last1)
    before = c.tally.between("personnel", first0, last0)
    name1, name0 = calendar.month_name[m1], calendar.month_name[m0]
    if this and before and c.rng.random() < 0.6:
        trend = "up from" if this > before else "down from"
        text = (
            f"Russia lost {_n(this)} {c.word('personnel')} in {name1}, Ukraine's General Staff "
            f"said, {trend} {_n(before)} in {name0}."
        )
        return Sentence(
            text,
            [
                c.claim("personnel", this, text, kind=PeriodKind.month, start=first1, end=last1),
                c.claim("personnel", before, text, kind=PeriodKind.month, start=first0, end=last0),
            ],
        )
    extra = [
        (k, v) for k in ("tanks", "artillery", "drones") if (v := c.tally.between(k, first1, last1))
    ][: c.rng.randint(1, 3)]
    if not extra:
        return None
    things = [f"{_n(v)} Russian {c.word(k)}" for k, v in extra]
    text = f"In {name1} {y1} alone, Ukraine said it had destroyed {_listing(things)}."
    return Sentence(
        text,
        [
            c.claim(
                k,
                v,
                text,
                claimant="Ukrainian officials",
                kind=PeriodKind.month,
                start=first1,
                end=last1,
            )
            for k, v in extra
        ],
    )


def _uk_estimate(c: _Ctx) -> Sentence | None:
    total = c.tally.total("personnel", c.date)
    if not total:
        return None
    claimant = "UK Ministry of Defence"
    if c.rng.random() < 0.6:
        x = int(round(total * c.rng.uniform(0.82, 0.97), -3))
        text = c.rng.choice(
            (
                f"Britain's defence ministry estimated that Russia has suffered more than "
                f"{_n(x)} casualties since the start of the invasion.",
                f"UK Defence Intelligence said Russian casualties, killed and wounded, had "
                f"passed {_n(x)} since February 2022.",
            )
        )
        claim = c.claim(
            "personnel",
            x,
            text,
            claimant=claimant,
            kind=PeriodKind.cumulative,
            qualifier=Qualifier.more_than,
        )
        return Sentence(text, [claim])
    y, m = _previous_month(c.date)
    first, last = _month_bounds(y, m)
    month_total = c.tally.between("personnel", first, last)
    if not month_total:
        return None
    x = int(round(month_total * c.rng.uniform(0.85, 1.0), -2))
    text = (
        f"British defence intelligence assessed Russian casualties in {calendar.month_name[m]} "
        f"at about {_n(x)}, among the highest monthly totals of the war."
    )
    claim = c.claim(
        "personnel",
        x,
        text,
        claimant=claimant,
        kind=PeriodKind.month,
        start=first,
        end=last,
        qualifier=Qualifier.approximate,
    )
    return Sentence(text, [claim])


def _ukraine_daily_rate(c: _Ctx) -> float:
    """A made-up level for Ukrainian losses as Moscow claims them (it grows over the war)."""
    elapsed = (c.date - WAR_START).days / 1600
    return (300 + 1200 * min(elapsed, 1.0)) * c.rng.uniform(0.7, 1.3)


def _moscow_claims(c: _Ctx) -> Sentence | None:
    rate = _ukraine_daily_rate(c)
    claimant = c.rng.choice(
        ("Russia's Ministry of Defence", "Russia's Ministry of Defence", "the Kremlin")
    )
    who = "Russia's defence ministry" if claimant != "the Kremlin" else "The Kremlin"
    form = c.rng.randint(0, 3)
    ua = Subject.ukraine
    if form == 0:
        u = int(round(rate, -1))
        text = (
            f"{who} claimed on {c.weekday} that Ukraine had lost up to {_n(u)} "
            "servicemen over the past day; Kyiv does not publish its own losses."
        )
        claim = c.claim("personnel", u, text, claimant=claimant, subject=ua)
        return Sentence(text, [claim])
    if form == 1:
        u = int(round(rate * 7, -2))
        t = c.rng.randint(5, 40)
        av = c.rng.randint(10, 80)
        start, end = c.date - dt.timedelta(days=7), c.fought
        text = (
            f"{'Moscow' if who == 'The Kremlin' else who} said Ukrainian forces had lost more "
            f"than {_n(u)} troops, {t} tanks and {av} armoured vehicles in the past week."
        )
        week = {"kind": PeriodKind.week, "start": start, "end": end}
        return Sentence(
            text,
            [
                c.claim(
                    "personnel",
                    u,
                    text,
                    claimant=claimant,
                    subject=ua,
                    qualifier=Qualifier.more_than,
                    **week,  # type: ignore[arg-type]
                ),
                c.claim("tanks", t, text, claimant=claimant, subject=ua, **week),  # type: ignore[arg-type]
                c.claim("armored_vehicles", av, text, claimant=claimant, subject=ua, **week),  # type: ignore[arg-type]
            ],
        )
    if form == 2:
        y, m = _previous_month(c.date)
        first, last = _month_bounds(y, m)
        u = int(round(rate * last.day, -3))
        town = c.rng.choice(TOWNS)
        text = (
            f"{who} said Ukraine had lost nearly {_n(u)} troops in {calendar.month_name[m]}, "
            f"many of them around {town}."
        )
        claim = c.claim(
            "personnel",
            u,
            text,
            claimant=claimant,
            subject=ua,
            kind=PeriodKind.month,
            start=first,
            end=last,
            qualifier=Qualifier.nearly,
        )
        return Sentence(text, [claim])
    u = int(round(rate * (c.date - WAR_START).days * 0.5, -3))
    text = (
        f"{who} said Ukraine had lost more than {_n(u)} troops since the start of what Moscow "
        "calls its special military operation."
    )
    claim = c.claim(
        "personnel",
        u,
        text,
        claimant=claimant,
        subject=ua,
        kind=PeriodKind.cumulative,
        qualifier=Qualifier.more_than,
    )
    return Sentence(text, [claim])


def _range_estimate(c: _Ctx) -> Sentence | None:
    total = c.tally.total("personnel", c.date)
    if not total:
        return None
    if c.rng.random() < 0.5:
        lo = int(round(total * c.rng.uniform(0.5, 0.7), -3))
        hi = int(round(lo * c.rng.uniform(1.2, 1.4), -3))
        text = (
            f"The Pentagon put Russian casualties at between {_n(lo)} and {_n(hi)}, a figure "
            "that includes the wounded."
        )
        claim = c.claim(
            "personnel",
            lo,
            text,
            claimant="the Pentagon",
            kind=PeriodKind.cumulative,
            qualifier=Qualifier.range,
            value_max=hi,
        )
        return Sentence(text, [claim])
    y, m = _previous_month(c.date)
    first, last = _month_bounds(y, m)
    month_total = c.tally.between("personnel", first, last)
    if not month_total:
        return None
    lo = int(round(month_total * 0.8, -3))
    hi = int(round(month_total * 1.1, -3))
    if lo <= 0 or hi <= lo:
        return None
    text = (
        f"The Institute for the Study of War estimated that Russia lost between {_n(lo)} and "
        f"{_n(hi)} soldiers in {calendar.month_name[m]} {y}."
    )
    claim = c.claim(
        "personnel",
        lo,
        text,
        claimant="the Institute for the Study of War",
        kind=PeriodKind.month,
        start=first,
        end=last,
        qualifier=Qualifier.range,
        value_max=hi,
    )
    return Sentence(text, [claim])


def _independent(c: _Ctx) -> Sentence | None:
    if c.rng.random() < 0.5:
        total = c.tally.total("personnel", c.date)
        if not total:
            return None
        k = int(round(total * c.rng.uniform(0.11, 0.15), -2))
        text = (
            f"Mediazona said it had confirmed the names of at least {_n(k)} Russian soldiers "
            "killed in the war."
        )
        claim = c.claim(
            "personnel",
            k,
            text,
            claimant="Mediazona",
            kind=PeriodKind.cumulative,
            qualifier=Qualifier.at_least,
            personnel_kind=PersonnelKind.killed,
        )
        return Sentence(text, [claim])
    tanks = c.tally.total("tanks", c.date)
    if not tanks:
        return None
    t = int(tanks * c.rng.uniform(0.3, 0.4))
    text = (
        f"Oryx, which counts only losses documented with photos or video, lists {_n(t)} Russian "
        "tanks as destroyed, damaged, abandoned or captured."
    )
    claim = c.claim("tanks", t, text, claimant="Oryx", kind=PeriodKind.cumulative)
    return Sentence(text, [claim])


def _air_and_sea_total(c: _Ctx) -> Sentence | None:
    found = c.present(("aircraft", "helicopters", "ships", "submarines"), 2, how="total")
    if not found:
        return None
    things = [_counted(v, c.word(k)) for k, v in found]
    text = f"Ukraine says it has destroyed {_listing(things)} since the war began."
    claims = [
        c.claim(k, v, text, claimant="Ukrainian officials", kind=PeriodKind.cumulative)
        for k, v in found
    ]
    return Sentence(text, claims)


def _captured(c: _Ctx) -> Sentence | None:
    pow_ = c.tally.total("captured", c.date)
    if not pow_:
        return None
    text = f"Kyiv says more than {_n(pow_)} Russian soldiers have been taken prisoner."
    claim = c.claim(
        "captured",
        pow_,
        text,
        claimant="Ukrainian officials",
        kind=PeriodKind.cumulative,
        qualifier=Qualifier.more_than,
        personnel_kind=PersonnelKind.captured,
    )
    return Sentence(text, [claim])


def _weekly(c: _Ctx) -> Sentence | None:
    end = c.fought
    start = end - dt.timedelta(days=6)
    found = [
        (k, v)
        for k in c.rng.sample(("personnel", "tanks", "artillery", "drones", "vehicles"), 2)
        if (v := c.tally.between(k, start, end))
    ]
    if not found:
        return None
    things = [_counted(v, c.word(k)) for k, v in found]
    text = f"In the past week alone, Russia lost {_listing(things)}, according to Kyiv."
    claims = [
        c.claim(k, v, text, kind=PeriodKind.week, start=start, end=end, claimant=GS)
        for k, v in found
    ]
    return Sentence(text, claims)


def _distractors(c: _Ctx, k: int) -> list[str]:
    """`k` different sentences with numbers that are not losses (some look like them)."""
    r = c.rng
    town = r.choice(TOWNS)
    options = (
        f"Air raid alerts sounded in {r.randint(3, 20)} regions overnight.",
        f"The front line stretches for more than {_n(r.randint(900, 1200))} kilometres.",
        f"Officials said {_n(r.randint(200, 5000))} people had been evacuated from {town} since "
        "the start of the month.",
        f"The new aid package is worth ${r.randint(1, 9)}.{r.randint(1, 9)} billion and includes "
        f"{r.randint(2, 12)} air defence systems.",
        f"{town} has been without power for {r.randint(2, 30)} days.",
        f"Talks in Istanbul lasted {r.randint(2, 9)} hours without a breakthrough.",
        f"The brigade said it had repelled {r.randint(5, 60)} assaults near {town} on {c.weekday}.",
        f"Temperatures dropped to minus {r.randint(5, 25)} degrees in the east.",
        f"{r.randint(2, 40)} civilians were injured in the shelling of {town}, the regional "
        "governor said.",
        f"Germany pledged {r.randint(10, 100)} more tanks to Ukraine, to be delivered by "
        f"{c.date.year + 1}.",
        f"A prisoner exchange brought {r.randint(50, 400)} Ukrainian soldiers home.",
        f"It was the {_ordinal((c.date - WAR_START).days + 1)} day of the full-scale war.",
        f"Russia fired {r.randint(20, 300)} glide bombs at the Kharkiv region last week, the "
        "governor said.",
        "Neither side's figures can be independently verified.",
        "Moscow does not publish figures for its own losses.",
    )
    return r.sample(options, k)


_SHORT_NAMES = {
    GS: "Kyiv",
    "Ukraine's armed forces": "Kyiv",
    "Ukrainian officials": "Kyiv",
    "UK Ministry of Defence": "UK",
    "the Pentagon": "Pentagon",
    "the Institute for the Study of War": "ISW",
}


def _title(c: _Ctx, sentences: list[Sentence]) -> str:
    r = c.rng
    first = sentences[0].claims[0] if sentences and sentences[0].claims else None
    if first is not None and first.metric == Metric.personnel and first.subject == Subject.russia:
        who = _SHORT_NAMES.get(first.claimant, first.claimant)
        if first.period_kind == PeriodKind.cumulative:
            return f"Russian losses pass {_n(first.value)}, {who} says"
        if first.period_kind == PeriodKind.day:
            return f"Russia loses {_n(first.value)} troops in a day, {who} says"
        return f"Ukraine war: {_n(first.value)} Russian casualties reported by {who}"
    return r.choice(
        (
            f"Ukraine war latest: losses reported on {c.date:%B} {c.date.day}",
            f"Day {(c.date - WAR_START).days + 1} of the war: what both sides say",
            f"{c.ref.publisher} briefing: the front line on {c.weekday}",
        )
    )


# -- knowledge bases ------------------------------------------------------------------------------


@dataclass
class Composition:
    claims: int
    series_claims: int
    article_claims: int
    articles: int
    series_by: str


def knowledge_base(
    target: int, seed: int = 7, series_dir: Path | None = None
) -> tuple[list[tuple[Source, list[Claim]]], Composition]:
    """About `target` claims: the tally (cut to its latest dates when it alone is too big,
    at most half the claims) and generated articles for the rest."""
    source, series, series_by = series_source(series_dir)
    series = latest_claims(series, min(len(series), target // 2))
    tally = load_tally(series_dir)
    writer = ArticleWriter(tally, seed)
    loaded: list[tuple[Source, list[Claim]]] = [(source, series)]
    total = len(series)
    n = 0
    while total < target:
        art = writer.article(n, with_text=False)
        n += 1
        room = target - total
        claims = art.claims[:room]
        loaded.append((art.source, claims))
        total += len(claims)
    return loaded, Composition(total, len(series), total - len(series), n, series_by)


def write_articles(folder: Path, count: int, seed: int = 11, start: int = 0) -> int:
    """`count` article files in `folder`; returns the number of claims they state."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(load_tally(), seed)
    stated = 0
    for art in writer.articles(count, start):
        suffix = ".md" if art.source.id.endswith(("3", "7")) else ".txt"
        (folder / f"{art.source.id}{suffix}").write_text(art.file_text(), encoding="utf-8")
        stated += len(art.claims)
    return stated
