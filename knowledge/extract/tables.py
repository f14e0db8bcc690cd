"""Figures in structure (issue 13): Markdown pipe tables (HTML tables arrive as these, see
ingest/articles.py), bullet and numbered lists, "label: number" tallies and key-figure boxes.

Each table cell or list item becomes a claim only when all of these are established:
- the metric: its column header, its row label or item label (or, for a breakdown by status
  such as "Destroyed: 2,531", the heading that names what was lost);
- the period: a period in its row or column header or label ("January", "2024", "As of"
  dates in a date column), else one in the caption, heading or introducing sentence ("in
  2025", "between 6 August 2024 and 12 March 2025", "as of 1 May 2025"), else the article's
  day for a running tally ("(+N)" increments, or "total", "tally", "so far" around it);
  a month without a year takes the year the caption names;
- the side: a side named in its header or label ("Russia", "Ukrainian casualties"), else the
  loser the caption, heading or introducing sentence names ("Russian losses", "Ukrainian
  forces have lost", "losses of the enemy" with its claimant). Never the claimant's enemy by
  default: a cell whose side nothing names is not stored;
- the claimant: a claimant column ("Estimate by", "Source"), else a claimant named in the
  caption, heading or introducing sentence, else the prose rule for that place.
"(+N)" is the day's figure of a running total, as the General Staff's lists are read.
Totals rows over periods or places and percentage, ratio or change columns are not figures;
a status breakdown ("Destroyed", "Damaged") gives parts (part_of) and its "Total" the figure.
A table's claim quotes its header row and its own row; a list item's its own line.

The prose extractor lends its vocabulary and attribution rules (`Lent`); this module reads
only the structure.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from knowledge.dates import Period, find_periods
from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.claimants import claimant_side
from knowledge.models import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    SourceRef,
    Stat,
    Subject,
)


@dataclass(frozen=True)
class Lent:
    """What the prose extractor lends: its vocabulary and its attribution rules."""

    metric: Callable[[str], tuple[Metric, str] | None]  # the metric a label names
    claimants: Callable[[str], list[str]]  # claimants named in a text, in order
    claimant_at: Callable[[int], str]  # the prose rule's claimant for a text offset
    loser: Callable[[str, str], Subject | None]  # the loser a text names, for a claimant
    kind: Callable[[str], PersonnelKind]  # killed, wounded, casualties words
    stat: Callable[[str], Stat | None]  # "per day", "average daily"
    scope: Callable[[str], str | None]  # a place or operation
    unnamed: Callable[[str], str]  # a text without the claimant names in it


# One cheap scan: articles without a table row, a list item, a "label: number" line or a
# CSV/TSV row of short cells skip everything below.
_MAY_HOLD = re.compile(
    r"^[^\S\n]*(?:\||[-•*·▪‣◦–—][^\S\n]|\d{1,2}[.)][^\S\n])|"
    r"^[^\S\n]{2,}(?:[a-z]+[^\S\n]+){0,2}\d[^\n(]{1,80}\(|"  # an infobox's indented count
    r"^[^\S\n]*[A-Za-z][^\n:|]{1,60}:[^\S\n]*(?:[a-z~]+[^\S\n]+){0,2}\d|"
    r"^\"?[A-Za-z][^,;\t\n\d]{0,30}(?:[,;\t][^\S\n]*\"?[A-Za-z][^,;\t\n\d]{0,30}){1,11}\n"
    r"[^,;\t\n]{1,20}[,;\t][^\S\n]*\"?\d",
    re.MULTILINE,
)
_NUM = r"\d{1,3}(?:[,\u2009\u202f\u00a0 ]\d{3})+|\d+"
_QUALIFIER = (
    r"(?P<q>about|approximately|approx\.|around|roughly|some|over|more\s+than|at\s+least|"
    r"almost|nearly|up\s+to|~|>|<|fewer\s+than|less\s+than)"
)
# A value as a cell or an item gives it: "about 1,093,000 (+1,010)", "790,000–900,000".
_VALUE = (
    rf"(?:{_QUALIFIER}\s*)?(?P<num>{_NUM})(?:\s*(?:–|—|-|to)\s*(?P<max>{_NUM}))?"
    rf"(?:\s*\(\s*\+\s*(?P<inc>{_NUM})[^)]{{0,30}}\))?"
)
_UNIT_WORDS = r"(?:people|persons|servicemen|units|pcs\.?|pieces)"
_CELL = re.compile(rf"^\s*{_VALUE}\s*(?:{_UNIT_WORDS})?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-•*·▪‣◦–—]|\d{1,2}[.)])\s+")
# The period words a value may carry after it ("Personnel: 1,310 on the day", "Drones: 2,010
# over the past day", "Tanks: 9 today"): read as the item's own period label.
_WHEN = (
    r"(?:(?:on|in|for|over)\s+the\s+(?:past\s+|last\s+)?(?:day|24\s+hours)|"
    r"in\s+(?:a|one)\s+(?:single\s+)?day|today|so\s+far|in\s+total|to\s+date)"
)
# "Tanks: 11,299 (+3)", "personnel — about 1,093,000 (+1,010) people;"
_LABEL_FIRST = re.compile(
    rf"^(?P<label>[A-Za-z][^:|]{{1,80}}?)\s*(?::|\s[–—-]\s|\s=\s)\s*{_VALUE}\s*"
    rf"(?P<tail>{_UNIT_WORDS}|\([^)\d]{{1,40}}\))?\s*"
    rf"(?:(?P<when>{_WHEN})(?:,[^\d\n]{{0,80}}?)?)?\s*[;.,]?\s*$",  # "on the day, a record"
    re.IGNORECASE,
)
# "662 aircraft", "more than 4,100 tanks"
# An infobox's line adds whose claim and as of when in brackets, perhaps a footnote mark:
# "1,456,610 personnel (Ukrainian claim, 8 Aug 2026)[1]".
_NUMBER_FIRST = re.compile(
    rf"^{_VALUE}\s+(?P<label>[A-Za-z][A-Za-z ,/'()-]{{1,70}}?)\s*"
    r"(?:\((?P<note>[^()\n]{1,60})\))?\s*(?:\[\w{1,3}\])*\s*[;.,]?\s*$",
    re.IGNORECASE,
)
# The day a note names ("8 Aug 2026", "May 14, 2026"), as a date column's cell is read.
_NOTE_DATE = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b"
)
_QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.approximate, "approximately": Qualifier.approximate,
    "approx.": Qualifier.approximate, "around": Qualifier.approximate,
    "roughly": Qualifier.approximate, "some": Qualifier.approximate, "~": Qualifier.approximate,
    "over": Qualifier.more_than, "more than": Qualifier.more_than, ">": Qualifier.more_than,
    "at least": Qualifier.at_least, "almost": Qualifier.nearly, "nearly": Qualifier.nearly,
    "up to": Qualifier.less_than, "<": Qualifier.less_than, "fewer than": Qualifier.less_than,
    "less than": Qualifier.less_than,
}  # fmt: skip

# Words that make a header, label or caption count something other than losses.
_NOT_LOSSES = re.compile(
    r"\b(?:returned|exchang\w*|swap\w*|freed|released|handed\s+over|repatriat\w*|recruit\w*|"
    r"contracts?|sign-?ups?|mobili[sz]\w*|budget|spending|spent|bonus\w*|roubles?|rubles?|"
    r"hryvnias?|dollars|euros?|salar\w*|pay|cost|price|produc\w*|deliver\w*|supplied|"
    r"stocks?|inventory|deployed|population|refugees?|civilians?|children|share|ratio|"
    r"percent|per\s+cent|change|growth|difference|vs\.?|rank|sorties|attacks|clashes|"
    r"launched|fired)\b|[%$€£₽₴]",
    re.IGNORECASE,
)
_LOSS = re.compile(r"\b(?:los[st]|losses|casualt\w+|killed|dead|destroyed|wounded|toll)\b", re.I)
_TOTAL_LABEL = re.compile(r"^\s*(?:\**)(?:total|totals|all(?:\s+types)?|overall|sum|grand\s+total)"
                          r"\b", re.IGNORECASE)  # fmt: skip
_STATUS = re.compile(r"\b(?P<status>destroyed|damaged|abandoned|captured)\b", re.IGNORECASE)
_CLAIMANT_HEADER = re.compile(
    r"^\s*(?:source|sources|estimate(?:d)?\s+by|claimed\s+by|claimant|according\s+to|who|by|"
    r"reported\s+by|figure\s+from|estimates?)\s*$",
    re.IGNORECASE,
)
_DATE_HEADER = re.compile(r"^\s*(?:as\s+of|date|dated|as\s+at|on|published|when)\s*$", re.I)
_DAY_HEADER = re.compile(r"\b(?:past|last|previous)\s+(?:day|24\s+hours)\b|\bdaily\b|"
                         r"^\s*(?:(?:on|in|for)\s+the|in\s+(?:a|one)(?:\s+single)?)\s+day\s*$|"
                         r"^\s*today\s*$|^\s*"
                         r"(?:change|increase|new|\+)\s*$", re.I)  # fmt: skip
# A running total's label, also one a writer qualifies ("Season total", "career total since
# 24.02.2022", "so far", "in total").
_TOTAL_HEADER = re.compile(
    r"^\s*(?:(?:season|career|running|war|overall|cumulative)\s+)?(?:total|to\s+date|"
    r"cumulative|since\b.*|overall|so\s+far|in\s+total)(?:\s+since\b.*)?\s*$",
    re.I,
)
# A tally said to run to a day: the article's day unless a day is named.
_TALLY = re.compile(
    r"\b(?:total|tally|so\s+far|to\s+date|since\s+the\s+(?:start|beginning)|in\s+all|"
    r"overall|running\s+count|count|as\s+of)\b",
    re.IGNORECASE,
)
# A header naming who claims, not who lost: "Russia says", "per Kyiv" ("per day" is a rate).
_CLAIMANT_WORDS = re.compile(
    r"\b(?:says?|said|claims?|claimed|according|per(?!\s+(?:day|week|month|year|cent|square|km))|"
    r"estimates?|figures?|count|version|data)\b",
    re.IGNORECASE,
)
_UA = r"(?:Ukrainian|Ukrainians|Ukraine's|Ukraine|Kyiv's|Kyiv|AFU)"
_RU = r"(?:Russian|Russians|Russia's|Russia|Moscow's|Moscow)"
_SIDE_WORDS: tuple[tuple[re.Pattern[str], Subject], ...] = (
    (re.compile(rf"\b{_UA}\b"), Subject.ukraine),
    (re.compile(rf"\b{_RU}\b"), Subject.russia),
    (re.compile(r"\b(?:North\s+Korean?s?|DPRK)\b"), Subject.other),
)
_LOSS_NOUNS = (
    r"(?:losses|loss|casualties|dead|killed|personnel|troops?|soldiers|servicemen|forces|army|"
    r"military|equipment|armou?r|tanks?|vehicles|artillery|aircraft|helicopters|drones|ships)"
)
# A side right before what was lost, in a heading: "Russian tanks lost", "Ukrainian equipment".
_SIDE_BEFORE_NOUN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b{_UA}\s+(?:[\w-]+\s+){{0,2}}?{_LOSS_NOUNS}\b"), "ukraine"),
    (re.compile(rf"\b{_RU}\s+(?:[\w-]+\s+){{0,2}}?{_LOSS_NOUNS}\b"), "russia"),
    (re.compile(rf"\b(?:losses|casualties|dead)\s+(?:of|among|for)\s+(?:the\s+)?{_UA}"),
     "ukraine"),
    (re.compile(rf"\b(?:losses|casualties|dead)\s+(?:of|among|for)\s+(?:the\s+)?{_RU}"),
     "russia"),
    # a heading that is a side and its total: "**Russia: 21,870 pieces of equipment lost**",
    # "Ukraine — 2,950 items" (not "Russia: 500 Ukrainian troops killed", a claim by Russia)
    (re.compile(rf"(?m)^[*_\s]*{_UA}\s*(?::|[–—-])\s*(?:about\s+|some\s+|over\s+)?\d"
                r"(?![^\n]*\b(?:Russia|Moscow|Ukrain|Kyiv))"), "ukraine"),
    (re.compile(rf"(?m)^[*_\s]*{_RU}\s*(?::|[–—-])\s*(?:about\s+|some\s+|over\s+)?\d"
                r"(?![^\n]*\b(?:Russia|Moscow|Ukrain|Kyiv))"), "russia"),
    (re.compile(r"\b(?:losses\s+of\s+the\s+enemy|enemy(?:'s)?\s+(?:combat\s+)?"
                r"(?:losses|casualties|dead)|the\s+enemy\s+(?:has\s+)?lost)\b", re.I), "enemy"),
)  # fmt: skip
# A label that is only a side ("Russia", "Ukrainian forces"): the loser, not a claimant.
_BARE_SIDE = re.compile(rf"^\s*(?:{_UA}|{_RU})(?:\s+(?:forces|army|troops|side|military))?\s*$")
_BETWEEN = re.compile(r"\b(?:between|from)\b", re.I)
_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MAX_CONTEXT_LINE = 400
_MAX_LINE = 300


@dataclass
class _Context:
    """What the lines before a block (and a table's caption) establish for all its cells."""

    text: str
    claimant: str
    side: Subject | None
    periods: list[Period]
    vetoed: bool
    tally: bool
    scope: str | None
    published: dt.date | None
    source: SourceRef


@dataclass
class _Cell:
    """One figure with the labels that may establish its fields (row label, column header;
    or an item's label)."""

    match: re.Match[str]
    labels: list[str]
    line: int
    quote: str
    claimant: str | None = None
    dates: list[str] = field(default_factory=list)  # a date column's cell ("2 May 2025")
    breakdown: bool = False  # the block lists parts (destroyed, damaged, regions...)
    part: str | None = None  # a row label that names a part (a region, a unit)


def structured_claims(
    source: Source, lend: Callable[[], Lent]
) -> tuple[list[tuple[Claim, int]], set[int]]:
    """The claims of the article's tables and lists, each with its line number, and the line
    numbers of the blocks read or refused as not about losses (for the other readers to
    skip). `lend` gives the prose extractor's rules, asked for only when a block may be there."""
    text = source.text
    if not _MAY_HOLD.search(text):
        return [], set()  # most articles: one scan
    lent = lend()
    lines = _lines(text)
    found: list[tuple[Claim, int]] = []
    taken: set[int] = set()
    before: tuple[int, _Context] | None = None  # the last block's end and context
    for kind, block in _blocks(lines):
        if kind in ("table", "csv"):
            caption, cells = _table_cells(lines, block, lent, kind == "csv")
        else:
            caption, cells = "", _list_cells(lines, block)
        context = _context(source, lines, block, caption, lent, kind == "csv")
        _sibling_period(context, block, before)
        before = (block[-1], context)
        claims = [(c, cell.line) for cell in cells for c in _cell_claims(cell, context, lent)]
        refused = context.vetoed or any(_NOT_LOSSES.search(x) for c in cells for x in c.labels)
        if claims or refused:  # else the older list reader and prose may read it
            taken.update(block)
        found.extend(claims)
    return found, taken


# A heading that is a side and its total (the two rows of `_SIDE_BEFORE_NOUN` that say so).
_SIDE_TOTAL_HEADING = re.compile(rf"(?m)^[*_\s]*(?:{_UA}|{_RU})\s*(?::|[–—-])\s*\S*\d")
_SIBLING_GAP = 12


def _sibling_period(
    context: _Context, block: list[int], before: tuple[int, _Context] | None
) -> None:
    """A section under a side's heading ("**Ukraine: 8,540 pieces of equipment lost**") that
    names no period of its own, right after another one that does, counts to the same day:
    the "as of" before the first section holds for both sides' lists."""
    if (
        before is None
        or context.periods
        or block[0] - before[0] > _SIBLING_GAP
        or not _SIDE_TOTAL_HEADING.search(context.text)
        or not _SIDE_TOTAL_HEADING.search(before[1].text)
    ):
        return
    context.periods = before[1].periods


def _lines(text: str) -> dict[int, tuple[int, str]]:
    """Non-blank lines by number: (offset, line)."""
    out: dict[int, tuple[int, str]] = {}
    number, scanned = 0, 0
    for match in re.finditer(r"^[^\S\n]*+\S[^\n]*", text, re.MULTILINE):
        number += text.count("\n", scanned, match.start())
        scanned = match.start()
        out[number] = (match.start(), match[0])
    return out


def _item(line: str) -> re.Match[str] | None:
    """A list item's label and value ("- Tanks: 11,299 (+3)", "- 662 aircraft"), or None."""
    items = _items(line)
    return items[0] if items else None


def _items(line: str) -> list[re.Match[str]]:
    """A list item's label and value, and those of the label/value segments that follow it on
    its line ("- Personnel: 1,310 on the day. Season total: 1,414,820."); [] for no item."""
    if len(line) > _MAX_LINE:
        return []
    bullet = _BULLET.match(line)
    body = line[bullet.end() :] if bullet else line.strip()
    found = _LABEL_FIRST.match(body)
    if found is None and (bullet is not None or line.startswith("  ")):
        found = _NUMBER_FIRST.match(body)
        if found is not None and bullet is None and not found["note"]:
            found = None  # an indented line is an infobox's only with its note
    if found is not None or ":" not in body:
        return [found] if found is not None else []
    segments = _SEGMENT_BREAK.split(_BRACKETED_VALUE.sub("\n\\1", body))
    first = _LABEL_FIRST.match(segments[0])
    if first is None:
        return []
    return [first, *(m for part in segments[1:] if (m := _LABEL_FIRST.match(part.strip())))]


# A value line that goes on after its value: a bracketed "label: value" ("1,470 (career total:
# 1,447,620)") read as one more segment, and a second sentence ("... on the day. Season total:
# 1,414,820.").
_BRACKETED_VALUE = re.compile(
    r"\s*\(([A-Za-z][^():]{0,50}:\s*[~≈]?\s*\d[\d,\u2009\u202f\u00a0 ]*)\)"
)
_SEGMENT_BREAK = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])|\n")


def _blocks(lines: dict[int, tuple[int, str]]) -> Iterator[tuple[str, list[int]]]:
    """Runs of table rows ("table"), CSV/TSV blocks ("csv") and of list items ("list"; a
    blank line may separate items; bare "label: number" lines only two or more together)."""
    numbers = sorted(lines)
    index = 0
    while index < len(numbers):
        first = numbers[index]
        line = lines[first][1]
        csv_block = _csv_block(lines, numbers, index)
        if csv_block:
            yield "csv", csv_block
            index += len(csv_block)
            continue
        is_table = line.lstrip().startswith("|")
        if not is_table and _item(line) is None:
            index += 1
            continue
        block = [first]
        index += 1
        while index < len(numbers):
            number, next_line = numbers[index], lines[numbers[index]][1]
            if is_table and not (number == block[-1] + 1 and next_line.lstrip().startswith("|")):
                break
            if not is_table and not (number - block[-1] <= 2 and _item(next_line)):
                break
            block.append(number)
            index += 1
        if is_table or len(block) >= 2 or _BULLET.match(line) or _noted(line):
            yield ("table" if is_table else "list"), block


def _noted(line: str) -> bool:
    """Whether a line is an infobox's count with its note ("12,251 tanks (Ukrainian claim)")."""
    item = _item(line)
    return item is not None and bool(item.groupdict().get("note"))


def _split_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


# A CSV or TSV block: a header row of short words, then rows of as many cells, each row with a
# number in a cell of its own ("month, personnel, tanks" / "2026-03, 31960, 119").
_CSV_SEPARATORS = ("\t", ";", ",")
_CSV_HEADER_CELL = re.compile(r"^[A-Za-z][\w.'()/%-]*(?: [\w.'()/%-]+){0,3}$")  # 1-4 words
_CSV_NUMBER_CELL = re.compile(rf"^(?:{_NUM})$")
_CSV_HEADER_LINE = re.compile(
    r"^\s*\"?[A-Za-z][^,;\t\d|]{0,40}(?:[,;\t]\s*\"?[A-Za-z][^,;\t\d|]{0,40}){1,11}\s*$"
)
_FENCE = re.compile(r"^\s*(?:```|~~~)")


def _csv_separator(header_line: str) -> str:
    """The separator a CSV/TSV block's header row uses (tab, then semicolon, then comma)."""
    return next(sep for sep in _CSV_SEPARATORS if sep in header_line)


def _csv_split(line: str, separator: str) -> list[str]:
    """A CSV row's cells (quotes removed, so "1,204" is one cell)."""
    return [c.strip() for c in next(csv.reader([line.strip()], delimiter=separator))]


def _csv_block(lines: dict[int, tuple[int, str]], numbers: list[int], index: int) -> list[int]:
    """The CSV/TSV block that starts at numbers[index] (its header row and data rows, two or
    more, one a line), or [] when no such block starts there."""
    header_line = lines[numbers[index]][1]
    if len(header_line) > _MAX_LINE or not _CSV_HEADER_LINE.match(header_line):
        return []  # one anchored match: nearly every line fails at once
    separator = _csv_separator(header_line)
    header = _csv_split(header_line, separator)
    if len(header) < 2 or not all(_CSV_HEADER_CELL.match(c) for c in header):
        return []
    block = [numbers[index]]
    for number in numbers[index + 1 :]:
        if number != block[-1] + 1 or len(lines[number][1]) > _MAX_LINE:
            break
        cells = _csv_split(lines[number][1], separator)
        numbered = any(map(_CSV_NUMBER_CELL.match, cells[1:]))
        if _BULLET.match(lines[number][1]) or len(cells) != len(header) or not numbered:
            break
        block.append(number)
    return block if len(block) >= 3 else []


_SEPARATOR = re.compile(r"^:?-{2,}:?$")


def _table_cells(
    lines: dict[int, tuple[int, str]], block: list[int], lent: Lent, csv_block: bool = False
) -> tuple[str, list[_Cell]]:
    """A table's caption rows (as trafilatura renders <caption>) and its figures, each with
    its row label and column header."""
    if csv_block:
        separator = _csv_separator(lines[block[0]][1])
        rows = [(n, _csv_split(lines[n][1], separator)) for n in block]
    else:
        rows = [(n, _split_row(lines[n][1])) for n in block]
    rows = [(n, cells) for n, cells in rows if not all(_SEPARATOR.match(c) for c in cells if c)]
    caption: list[str] = []
    while rows and rows[0][1][0] and not any(rows[0][1][1:]) and len(rows) > 2:
        caption.append(rows.pop(0)[1][0])
    if len(rows) < 2:
        return " ".join(caption), []
    (head_line, raw_header), body = rows[0], rows[1:]
    header, column_claimants = zip(*(_header_claimant(h, lent) for h in raw_header), strict=True)
    header = _borrow_metrics(list(header), lent)
    roles = [_column_role(h) for h in header]
    kinds = [_row_kind(cells[0], lent) if roles[0] == "data" else "" for _, cells in body]
    breakdown = _is_breakdown(kinds)
    cells_out: list[_Cell] = []
    for (number, cells), row_kind in zip(body, kinds, strict=True):
        claimant = _row_claimant(cells, roles, lent)
        if claimant == "":
            continue  # a claimant column that names nobody we know
        dates = [c for c, role in zip(cells, roles, strict=False) if role == "date" and c]
        label = cells[0] if roles[0] == "data" else ""
        quote = f"{lines[head_line][1].strip()}\n{lines[number][1].strip()}"
        for column in range(1, min(len(cells), len(header))):
            value = _CELL.match(cells[column]) if roles[column] == "data" else None
            if value is not None:
                cells_out.append(
                    _Cell(value, [label, header[column]], number, quote,
                          claimant or column_claimants[column], dates, breakdown,
                          label if row_kind == "part" else None)
                )  # fmt: skip
    return " ".join(caption), cells_out


def _borrow_metrics(header: list[str], lent: Lent) -> tuple[str, ...]:
    """Headers with a column that only names a statistic ("Per day, on average", "Daily
    average") followed by the header on its left, whose metric it averages."""
    for column in range(2, len(header)):
        stat = lent.stat(header[column])
        if stat not in (None, Stat.total) and lent.metric(header[column]) is None:
            if lent.metric(header[column - 1]) is not None:
                header[column] = f"{header[column]} ({header[column - 1]})"
    return tuple(header)


def _header_claimant(header: str, lent: Lent) -> tuple[str, str | None]:
    """A header without the claimant its brackets name ("Russia (per Kyiv)", "Ukrainian
    losses (Moscow's figures)"), and that claimant."""
    bracket = _BRACKET.search(header)
    names = lent.claimants(bracket[1]) if bracket else []
    if bracket is None or not names:
        return header, None
    return (header[: bracket.start()] + header[bracket.end() :]).strip(), names[0]


_BRACKET = re.compile(r"\(([^()]{2,60})\)")


def _row_kind(label: str, lent: Lent) -> str:
    """What a row label names: "total", "status", "metric", "claimant", "side", "period",
    "part" (a region, a unit: a breakdown) or "" (nothing)."""
    if not label:
        return ""
    if _TOTAL_LABEL.match(label):
        return "total"
    if _STATUS.search(label):
        return "status"
    if lent.metric(label) is not None:
        return "metric"
    if _BARE_SIDE.match(label):
        return "side"
    if lent.claimants(label):
        return "claimant"
    if _label_side([label], lent) is not None:
        return "side"
    if _DAY_HEADER.search(label) or _TOTAL_HEADER.match(label) or _names_period(label):
        return "period"
    return "part"


def _names_period(label: str) -> bool:
    text = label if _PREPOSITION.search(label) else f"in {label}"
    return bool(find_periods(text, None))


_PREPOSITION = re.compile(r"\b(?:in|on|since|as\s+of|during|over)\b", re.IGNORECASE)


def _is_breakdown(kinds: list[str]) -> bool:
    """Whether the rows are parts of one figure (statuses, regions, units), so that their
    "Total" row is that figure; over periods, sides or metrics a total row is a sum."""
    parts = [k for k in kinds if k not in ("", "total")]
    return len(parts) >= 2 and all(k in ("status", "part") for k in parts)


def _column_role(header: str) -> str:
    """What a column holds: "claimant", "date", "other" (percentages, ratios, changes) or
    "data"."""
    if _CLAIMANT_HEADER.match(header):
        return "claimant"
    if _DATE_HEADER.match(header):
        return "date"
    return "other" if _NOT_LOSSES.search(header) else "data"


def _row_claimant(cells: list[str], roles: list[str], lent: Lent) -> str | None:
    """The claimant a row's claimant column names; "" when it names none we know; None
    without such a column."""
    texts = [c for c, role in zip(cells, roles, strict=False) if role == "claimant"]
    if not texts:
        return None
    names = lent.claimants(" ".join(texts))
    return names[0] if names else ""


def _list_cells(lines: dict[int, tuple[int, str]], block: list[int]) -> list[_Cell]:
    """A list's items as figures, each labelled by its own words."""
    items = [(n, _items(lines[n][1])) for n in block]
    breakdown = sum(1 for _, ms in items if ms and _STATUS.search(ms[0]["label"])) >= 2
    return [
        _Cell(
            m,
            _item_labels(ms, at),
            n,
            lines[n][1].strip(),
            breakdown=breakdown,
            dates=_note_dates(ms, at),
        )
        for n, ms in items
        for at, m in enumerate(ms)
    ]


def _item_labels(items: list[re.Match[str]], at: int) -> list[str]:
    """The labels of a line's `at`-th segment: its own label and period words, after the
    line's first label for a later segment ("Season total" is a total of "Personnel")."""
    m = items[at]
    own = [m["label"], *([m["when"]] if m.groupdict().get("when") else [])]
    if m.groupdict().get("note"):  # who claims it; its day goes to the cell's dates
        note = _NOTE_DATE.sub(" ", m["note"]).strip(" ,;")
        side = _SIDE_CLAIM.search(note)
        # the note attributes ("(Zelensky, 16 Feb 2025)" names a speaker, not a place)
        own.append("according to " + (_SIDE_CLAIMANT[side[1][:3].lower()] if side else note))
    return own if at == 0 else [items[0]["label"], *own]


# A note that names a side's claim, not its body ("Ukrainian claim", "Russia's figure"): that
# side's official count of the enemy's losses, its daily reporter's.
_SIDE_CLAIM = re.compile(
    r"\b(Ukrain\w*|Kyiv'?s?|Russia\w*|Moscow'?s?)\s+(?:official\s+)?(?:claims?|figures?|estimates?)\b",
    re.IGNORECASE,
)
_SIDE_CLAIMANT = {
    "ukr": "Ukraine's General Staff", "kyi": "Ukraine's General Staff",
    "rus": "Russia's Ministry of Defence", "mos": "Russia's Ministry of Defence",
}  # fmt: skip


def _note_dates(items: list[re.Match[str]], at: int) -> list[str]:
    """The day an infobox line's note names ("(Ukrainian claim, 8 Aug 2026)"), if any."""
    note = items[at].groupdict().get("note") or ""
    return _NOTE_DATE.findall(note)[-1:]


def _intro(lines: dict[int, tuple[int, str]], first: int) -> str:
    """The heading or sentence right before a block, and a heading (or a paragraph's
    introducing sentence: "Figures as of October 27:") right before that heading."""
    texts: list[str] = []
    at = first
    for position in (0, 1):
        numbers = [
            n
            for n in range(at - 1, max(-1, at - 3 - (position == 0)), -1)
            if n in lines and not _FENCE.match(lines[n][1])  # a code fence around a CSV block
        ]
        if not numbers:
            break
        at = numbers[0]
        line = lines[at][1].strip()
        if line.startswith("|") or _item(line) is not None:
            break
        whole = len(line) <= _MAX_CONTEXT_LINE  # a long paragraph: its end introduces
        line = line[-_MAX_CONTEXT_LINE:]
        heading = whole and (bool(_HEADING.match(line)) or not line.endswith(_ENDS))
        if not heading:  # a paragraph: its last sentence introduces the block
            line = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.rstrip("."))[-1]
            if position == 1 and not _INTRODUCES.search(line):
                break
        texts.insert(0, _HEADING.sub("", line))
    return "\n".join(texts)


def _paragraph_before(lines: dict[int, tuple[int, str]], first: int) -> str:
    """The paragraph right before a block (past a code fence), its lines joined."""
    at = first - 1
    while at in lines and _FENCE.match(lines[at][1]):
        at -= 1
    while at >= 0 and at not in lines:
        at -= 1
    texts: list[str] = []
    while at in lines and not _FENCE.match(lines[at][1]) and len(texts) < _MAX_PARAGRAPH:
        texts.insert(0, lines[at][1].strip())
        at -= 1
    return _HEADING.sub("", " ".join(texts))[-_MAX_CONTEXT_LINE * 2 :]


_MAX_PARAGRAPH = 8
_ENDS = (".", "!", "?", '"')
# A paragraph's last sentence that introduces what follows a heading below it.
_INTRODUCES = re.compile(r":\s*$|\b(?:as\s+of|as\s+at|as\s+follows|following|below)\b", re.I)


def _context(
    source: Source,
    lines: dict[int, tuple[int, str]],
    block: list[int],
    caption: str,
    lent: Lent,
    csv_block: bool = False,
) -> _Context:
    """What the heading, introducing sentence and caption of a block establish (of a CSV
    block: the whole paragraph before it, which says where the file's numbers come from)."""
    intro = _paragraph_before(lines, block[0]) if csv_block else _intro(lines, block[0])
    text = "\n".join(t for t in (intro, caption) if t)
    names = lent.claimants(text)
    claimant = names[-1] if names else lent.claimant_at(lines[block[0]][0])
    side = _context_side(text, claimant, lent)
    scope = lent.scope(text)
    if side is None:  # the article's title and lede may name whose losses it tabulates
        side, lede_claimant, lede = _lede_side(source, lines, lent)
        claimant = claimant if names or side is None else lede_claimant
        # a place the sentence before names is no table's scope when it names no loser
        scope = scope if side is None else lent.scope(lede)
    if side is None and csv_block and names and _LOSS.search(text):
        # a data file computed from one claimant's loss reports: the prose rule, its enemy's
        side = enemy_of(claimant)
    return _Context(
        text=text,
        claimant=claimant,
        side=side,
        periods=[p for p in find_periods(text, source.published) if p.strong],
        vetoed=bool(_NOT_LOSSES.search(text)) and not _LOSS.search(text),
        tally=bool(_TALLY.search(text)),
        scope=scope,
        published=source.published,
        source=source.ref(),
    )


def _context_side(text: str, claimant: str, lent: Lent) -> Subject | None:
    """The one loser the heading and introducing sentence name, or None (none, or both)."""
    found = set().union(*(clause_losers(line, claimant, lent) for line in text.splitlines()))
    return found.pop() if len(found) == 1 else None


def _lede_side(
    source: Source, lines: dict[int, tuple[int, str]], lent: Lent
) -> tuple[Subject | None, str, str]:
    """The side and claimant of an article whose title and lede (its first paragraph) name
    exactly one loser and claimants of one side only ("How Kyiv's monthly tally of Russian
    losses is put together" / "Ukraine's General Staff publishes what it says Russia has
    lost"): that side, the first claimant named and the lede. (None, "", "") when they name
    both sides, none, or claimants of both sides."""
    lede = next((line for _, line in lines.values() if _LEDE.match(line)), "")
    texts = [t for t in (source.title or "", lede) if t]
    names = [name for t in texts for name in lent.claimants(t)]
    if len({claimant_side(name) for name in names}) != 1:
        return None, "", ""
    losers: set[Subject] = set()
    for text in texts:
        for clause in _CLAUSE.split(text):
            losers |= clause_losers(clause, names[0], lent)
    return (losers.pop(), names[0], "\n".join(texts)) if len(losers) == 1 else (None, "", "")


# A lede: a line of prose (not a table row, list item or heading), long enough to say something.
_LEDE = re.compile(r"^\s*[\"“'‘(]?[A-Z][^|\n]{60,}$")
_CLAUSE = re.compile(r"[.;:!?]\s+|,\s+(?:while|but|whereas|and)\s+")


def clause_losers(clause: str, claimant: str, lent: Lent) -> set[Subject]:
    """The losers one clause of a title or lede names."""
    found: set[Subject] = set()
    side = lent.loser(clause, claimant)
    if side is not None:
        found.add(side)
    for pattern, marker in _SIDE_BEFORE_NOUN:
        if pattern.search(clause):
            named = enemy_of(claimant) if marker == "enemy" else Subject(marker)
            if named is not None:
                found.add(named)
    return found


def enemy_of(claimant: str) -> Subject | None:
    side = claimant_side(claimant)
    return {"russia": Subject.ukraine, "ukraine": Subject.russia}.get(side or "")


# Who did it, in a label: "captured by Ukraine", "destroyed by Russian forces" name the taker.
_AGENT = re.compile(
    r"\b(?:captured|seized|taken|destroyed|damaged|hit|downed|shot\s+down)\s+by\s+(?:the\s+)?"
    r"[\w'’]+(?:\s+(?:forces|troops|army|units|military))?",
    re.IGNORECASE,
)


def _label_side(labels: list[str], lent: Lent) -> Subject | bool | None:
    """The side a header or label names as the loser (claimants' names, such as "Ukraine's
    General Staff", name no loser); False when they name both."""
    found = {
        side
        for label in (
            x if _BARE_SIDE.match(x) else lent.unnamed(_AGENT.sub(" ", x)) for x in labels
        )
        if label and not _CLAIMANT_WORDS.search(label)
        for pattern, side in _SIDE_WORDS
        if pattern.search(label)
    }
    if len(found) > 1:
        return False
    return found.pop() if found else None


def _label_metric(labels: list[str], lent: Lent) -> tuple[Metric, str] | bool | None:
    """The metric the labels name (a strong term over "losses"); False when they disagree."""
    found = [m for m in (lent.metric(label) for label in labels if label) if m is not None]
    strong = [m for m in found if m[1].lower() not in _WEAK] or found
    if len({m[0] for m in strong}) > 1:
        return False
    return strong[0] if strong else None


_WEAK = frozenset({"losses", "men", "lives", "toll"})
_What = tuple[tuple[Metric, str], Subject, str, re.Match[str] | None]


def _what(cell: _Cell, labels: list[str], ctx: _Context, lent: Lent) -> _What | None:
    """Metric, side, claimant and status of a cell, or None when the metric or the side is
    not established. A label that is a status, a total or a claimant ("- UK Defence
    Intelligence: 950,000") takes the metric its heading names."""
    status = next((found for label in labels if (found := _STATUS.search(label))), None)
    named = next(
        (
            n[0]
            for x in labels
            if not _BARE_SIDE.match(x) and (n := lent.claimants(_AGENT.sub(" ", x)))
        ),
        None,
    )
    metric = _label_metric([lent.unnamed(label) for label in labels], lent)
    if metric is None and (status or named or any(map(_TOTAL_LABEL.match, labels))):
        metric = lent.metric(ctx.text)
        if metric is not None and metric[1].lower() in _WEAK:
            metric = None  # "losses": of men or of machines?
    side = _label_side(labels, lent)
    if side is None:
        side = ctx.side
    claimant = cell.claimant or named or ctx.claimant
    if side is None and len(labels) > 1 and _DAILY_REPORTER.search(claimant):
        side = enemy_of(claimant)  # "Personnel: 1,310 on the day": its report's own line
    if not isinstance(metric, tuple) or not isinstance(side, Subject):
        return None
    return metric, side, claimant, status


# Bodies whose daily report lists the enemy's losses line by line: an item of theirs that
# names its period ("on the day", "season total") is a line of that report.
_DAILY_REPORTER = re.compile(r"\bGeneral\s+Staff\b|\bMinistry\s+of\s+Defen[cs]e\b|\bMoD\b")


def _cell_claims(cell: _Cell, ctx: _Context, lent: Lent) -> Iterator[Claim]:
    """The claim of one cell or item (and of its "(+N)"), when every field is established."""
    labels = [label for label in cell.labels if label]
    if ctx.vetoed or any(_NOT_LOSSES.search(label) for label in labels):
        return
    if _TOTAL_LABEL.match(cell.labels[0]) and not cell.breakdown:
        return  # a sum over the rows: periods, sides, metrics
    what = _what(cell, labels, ctx, lent)
    if what is None:
        return
    metric, side, claimant, status = what
    period = _period(cell, labels, ctx)
    if period is None:
        return
    kind, start, end = period
    m = cell.match
    value = _count(m["num"])
    if value is None:
        return
    part = (
        status["status"].lower() if status is not None and metric[0] != Metric.personnel else None
    )
    place = lent.scope(cell.part) if cell.part else None
    part = part or (cell.part if not place else None)
    personnel = (
        _personnel_kind(labels, ctx, lent, bool(m["inc"]))
        if metric[0] == Metric.personnel
        else None
    )
    common = {
        "metric": metric[0], "subject": side, "claimant": claimant,
        "quote": cell.quote, "label": metric[1], "source": ctx.source, "personnel_kind": personnel,
        "scope": place or ctx.scope, "part_of": part,
        "stat": next((stat for label in labels if (stat := lent.stat(label))), Stat.total),
        "date_uncertain": ctx.published is None and not cell.dates,
    }  # fmt: skip
    qualifier = _QUALIFIERS.get(re.sub(r"\s+", " ", (m["q"] or "").lower()), Qualifier.exact)
    high = _count(m["max"]) if m["max"] else None
    if high is not None and high > value:
        qualifier = Qualifier.range
    else:
        high = None
    yield _claim(common, value=value, value_max=high, qualifier=qualifier, period_kind=kind,
                 period_start=start, period_end=end)  # fmt: skip
    increase = _count(m["inc"]) if m["inc"] else None
    if increase is not None and kind == PeriodKind.cumulative:
        yield _claim(common, value=increase, period_kind=PeriodKind.day, period_start=end,
                     period_end=end)  # fmt: skip


def _claim(common: dict[str, object], **fields: object) -> Claim:
    """A claim of the cell's common fields and its own."""
    return Claim.model_validate({**common, **fields})


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    digits = re.sub(r"[^\d]", "", raw)
    return int(digits) if digits and len(digits) <= 9 else None


def _personnel_kind(labels: list[str], ctx: _Context, lent: Lent, daily: bool) -> PersonnelKind:
    """Killed, wounded or both, as the labels say, else the heading; a General Staff list's
    personnel (with its "(+N)") are killed and wounded."""
    for text in (*labels, ctx.text):
        kind = lent.kind(text)
        if kind != PersonnelKind.unspecified:
            return kind
    return PersonnelKind.casualties if daily else PersonnelKind.unspecified


_Span = tuple[PeriodKind, dt.date | None, dt.date | None]


def _period(cell: _Cell, labels: list[str], ctx: _Context) -> _Span | None:
    """The cell's period: its labels', its date column's, the context's, or the article's day
    for a running tally; None when nothing establishes it."""
    as_of = _as_of(ctx)
    for label in labels:
        found = _label_period(label, ctx)
        if found is not None:
            kind, _start, end = found
            if kind == PeriodKind.cumulative:
                return kind, WAR_START, as_of or end
            return found
    for date in cell.dates:
        days = [p for p in find_periods(f"as of {date}", ctx.published) if p.end is not None]
        if days:
            return PeriodKind.cumulative, WAR_START, days[-1].end
    span = _context_period(ctx)
    if span is not None:
        return span
    if ctx.tally or cell.match["inc"]:
        return PeriodKind.cumulative, WAR_START, as_of or ctx.published
    return None


def _label_period(label: str, ctx: _Context) -> _Span | None:
    """A period a header or label names ("January", "2024", "Past day", "since the
    invasion"), with the caption's year for a month without one."""
    iso = _ISO_MONTH.match(label)
    if iso is not None:  # "2026-03", "2026/03": a CSV's month column
        year, month = int(iso["y"]), int(iso["m"])
        return PeriodKind.month, dt.date(year, month, 1), month_end(year, month)
    if _DAY_HEADER.search(label):
        day = _as_of(ctx) or ctx.published
        return PeriodKind.day, day, day
    if _TOTAL_HEADER.match(label):
        return PeriodKind.cumulative, WAR_START, _as_of(ctx) or ctx.published
    text = label if _PREPOSITION.search(label) else f"in {label}"
    if not re.search(r"\b(?:19|20)\d\d\b", label):
        years = [p for p in ctx.periods if p.kind == PeriodKind.year and p.start]
        if years and re.fullmatch(r"(?:in\s+)?[A-Za-z.]+", text):
            text = f"{text} {years[0].start.year}"  # type: ignore[union-attr]
    periods = [p for p in find_periods(text, ctx.published) if p.strong]
    if not periods:
        return None
    period = periods[0]
    return period.kind, period.start, period.end


_ISO_MONTH = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)[-/.](?P<m>0[1-9]|1[0-2])\s*$")


def _as_of(ctx: _Context) -> dt.date | None:
    """The day the context says a tally runs to ("as of 1 May 2025", "from 24.02.22 to
    06.12.24", "on Sunday"): the latest such day named."""
    ends = [
        p.end
        for p in ctx.periods
        if p.kind in (PeriodKind.cumulative, PeriodKind.day) and p.end is not None
    ]
    return max(ends) if ends else None


def _context_period(ctx: _Context) -> _Span | None:
    """The period the heading or caption gives all cells: "between D1 and D2" as a range
    (from the war's start: a running total), else its first period (a day, or a running
    total, as the tally's "as of")."""
    periods = [p for p in ctx.periods if not p.same_as_previous]
    if not periods:
        return None
    days = [p for p in periods if p.kind == PeriodKind.day]
    if len(days) == 2 and _BETWEEN.search(ctx.text) and days[0].start != WAR_START:
        return PeriodKind.range, days[0].start, days[1].end
    period = periods[0]
    if period.kind in (PeriodKind.day, PeriodKind.cumulative):
        return PeriodKind.cumulative, WAR_START, _as_of(ctx)
    return period.kind, period.start, period.end
