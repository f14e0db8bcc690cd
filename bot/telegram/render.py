"""Telegram HTML for answers, lists and reports, and splitting it into messages.

Everything here returns HTML for `parse_mode=HTML`. Every value that comes from outside the
code (questions, article titles, outlets, URLs, quotes, file names, reasons) goes through
`html.escape`, so a question like ``<script>`` is shown, never parsed.

Telegram refuses a message longer than 4096 characters, so long output is built as a list of
*blocks*, each valid HTML on its own, and `split_message` packs whole blocks into messages.
A single block that is too long by itself is cut by `split_html`, which cuts only between
tags and entities (preferring paragraph, then line, then word boundaries) and closes the tags
still open at the cut, reopening them at the start of the next message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape, unescape
from urllib.parse import urlsplit

from knowledge import (
    METRIC_LABELS,
    Answer,
    Claim,
    Metric,
    ReloadReport,
    SourceKind,
    SourceRef,
    claim_period,
    claimant_text,
    counted,
    day_short,
    day_text,
    in_language,
    metric_label,
    number,
    outlet_text,
    qualified,
    say,
)

MESSAGE_LIMIT = 4096
# Inline results and captions are smaller containers than a message.
CAPTION_LIMIT = 1024
CAVEAT_MARK = "⚠️"
_TAG = re.compile(r"<[^<>]*>")

USAGE_CHART = (
    "Ask for a chart like this: <code>/chart tanks November 2024</code> "
    "(or <code>/chart personnel 2024</code>, <code>/chart drones last 30 days</code>, "
    "<code>/chart tanks total 2023</code> for the running total)."
)
USAGE_ASK = "Ask me like this: <code>/ask How many tanks did Russia lose in 2024?</code>"
REFUSAL = "Sorry, this command is only for the bot's admins."
APOLOGY = "Sorry, something went wrong while answering that. Please try again later."
SLOW_DOWN = "You are asking faster than I can answer here. Please wait a minute."
UNKNOWN_COMMAND = "I don't know that command. See /help."
# /about (Telegram and console): the full caveat that each answer's one line points to.
ABOUT_PARAGRAPHS = tuple(
    say(key) for key in ("about.claims", "about.unverified", "about.computed", "about.never")
)
CAVEAT_SHORT = say("ui.caveat_short")  # in English; answers say it in their own language
NEW_CONTEXT = "Started afresh: your next question is read on its own."
BUTTON_EXPIRED = "That button has expired. Please ask again."
FEEDBACK_THANKS = (
    "Thank you. The question and the answer are noted for the bot's admins; reply to this "
    "message to add a note (what is wrong, a better source)."
)
NOTE_THANKS = "Thank you: your note is added to the report."
USAGE_EXPORT = (
    "Ask me something first, then send /export for the claims behind my answer as a CSV file, "
    "or give the question after it: <code>/export tanks lost in November 2024</code>."
)

EXAMPLE_QUESTIONS = tuple(
    say(k) for k in ("help.example_tanks", "help.example_day", "help.example_total")
)


def text(value: object) -> str:
    """Plain text made safe for Telegram HTML."""
    return escape(str(value), quote=False)


def plain(html: str) -> str:
    """Telegram HTML as plain text: tags dropped, entities read (for a resend without HTML)."""
    return unescape(_TAG.sub("", html))


def attr(value: object) -> str:
    """A value made safe inside a double-quoted HTML attribute."""
    return escape(str(value), quote=True)


def fmt_date(day: dt.date | None) -> str:
    """`9 Feb 2024`, or an empty string."""
    return day_short(day)


def metric_name(metric: Metric | str) -> str:
    """`armoured vehicles` for Metric.armored_vehicles (plain text, current language)."""
    try:
        return metric_label(Metric(metric), METRIC_LABELS[Metric(metric)])
    except (ValueError, KeyError):
        return str(metric).replace("_", " ")


def _is_web_url(url: str | None) -> bool:
    """Whether `url` is an http(s) address worth linking."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def outlet(ref: SourceRef) -> str:
    """The outlet's name as plain text (publisher, else the site, else the source id)."""
    if ref.publisher:
        return outlet_text(ref.publisher)
    if _is_web_url(ref.url):
        host = urlsplit(ref.url or "").netloc
        return host.removeprefix("www.")
    return ref.title or ref.id


def source_link(ref: SourceRef) -> str:
    """The outlet as a link when the article's URL is known, else as plain text."""
    name = text(outlet(ref))
    if _is_web_url(ref.url):
        return f'<a href="{attr(ref.url)}">{name}</a>'
    return name


def source_line(ref: SourceRef) -> str:
    """One source: outlet (linked), “title”, date."""
    parts = [source_link(ref)]
    if ref.title and ref.title != outlet(ref):
        parts.append(f"“{text(_title(ref))}”")
    if ref.published:
        parts.append(text(fmt_date(ref.published)))
    return ", ".join(parts)


def _unique_sources(claims: Iterable[Claim]) -> list[SourceRef]:
    """The claims' sources, each once, in the order first cited."""
    seen: dict[str, SourceRef] = {}
    for claim in claims:
        seen.setdefault(claim.source.id, claim.source)
    return list(seen.values())


def figure(claim: Claim) -> str:
    """`more than 4,540` or `20,000–40,000` (plain text, current language)."""
    if claim.value_max is not None and claim.value_max != claim.value:
        return f"{number(claim.value)}–{number(claim.value_max)}"
    return qualified(claim.value, claim.qualifier)


def period(claim: Claim) -> str:
    """The period a claim covers, in words (plain text)."""
    return claim_period(claim.period_kind, claim.period_start, claim.period_end)


def claim_block(claim: Claim) -> str:
    """One claim on its own: the figure, who claims it, the period, the quote and the source."""
    what = metric_name(claim.metric)
    side = say(f"country.{claim.subject.value}")
    line = say(
        "card.line",
        figure="\x00",
        what=text(what),
        side=text(side),
        period=text(period(claim)),
        who=text(claimant_text(claim.claimant)),
    )
    lines = [line.replace("\x00", f"<b>{text(figure(claim))}</b>")]
    if claim.date_uncertain:
        lines.append(f"<i>{text(say('card.undated'))}</i>")
    if claim.derivation:
        lines.append(f"<i>{text(claim.derivation)}</i>")
    if claim.quote:
        lines.append(f"<blockquote>{text(shorten(claim.quote, 600))}</blockquote>")
    lines.append(say("card.source", source=source_line(claim.source)))
    return "\n".join(lines)


def caveat_block(caveat: str) -> str:
    """The caveat, marked and in italics."""
    return f"{CAVEAT_MARK} <i>{text(caveat)}</i>"


def _body(answer: Answer) -> str:
    """The answer's text without its closing caveat paragraph (shown apart, once)."""
    body = answer.text.strip()
    caveat = (answer.caveat or "").strip()
    if caveat:
        if answer.body.strip():
            return answer.body.strip()
        if body.endswith(caveat):
            return body[: -len(caveat)].strip()
    return body


def is_lookup(answer: Answer) -> bool:
    """Whether the message asked for a figure (not a greeting, "help", or off topic)."""
    return getattr(answer.query, "intent", "losses") in {"losses", None}


def answer_blocks(
    answer: Answer,
    *,
    question: str | None = None,
    echo_question: bool = False,
    cut_to: int | None = None,
    buttons: bool = False,
) -> list[str]:
    """An answer as message blocks: the question when echoed, the text, sources, the caveat.
    With `buttons`, suggestions go as buttons under the message, not as text.

    The question is echoed when there is no figure (so the asker sees what was understood)
    and when asked (`echo_question`, for inline results, which arrive without the question).
    Labels are in the answer's language.
    """
    with in_language(answer.language):
        return _answer_blocks(answer, question, echo_question, cut_to, buttons)


def _cut_note(cut_to: int) -> str:
    """The italic line saying the question was cut."""
    return f"<i>{text(say('ui.cut', count=cut_to))}</i>"


def _answer_blocks(
    answer: Answer,
    question: str | None,
    echo_question: bool,
    cut_to: int | None,
    buttons: bool,
) -> list[str]:
    """`answer_blocks` in the current language."""
    blocks: list[str] = []
    shown_question = question if question is not None else answer.question
    if shown_question and (echo_question or (not answer.answered and is_lookup(answer))):
        blocks.append(f"❓ <i>{text(shown_question)}</i>")
    if cut_to is not None:
        blocks.append(_cut_note(cut_to))
    blocks.append(text(_body(answer)))
    sources = _unique_sources(answer.claims)
    if sources:
        title = say("ui.source" if len(sources) == 1 else "ui.sources")
        lines = [f"<b>{title}:</b>"] + [f"• {source_line(ref)}" for ref in sources]
        blocks.append("\n".join(lines))
    if answer.suggestions and not buttons:
        lines = [f"<b>{text(say('ui.try'))}</b>"] + [f"• {text(s)}" for s in answer.suggestions]
        blocks.append("\n".join(lines))
    if answer.caveat:
        blocks.append(caveat_block(answer.caveat))
    return blocks


# -- short replies -----------------------------------------------------------------------------

# Figure lines shown before the rest goes under "details" (a breakdown shows them all).
VISIBLE_FIGURES = 4
DETAILS_CHARS = 3000
_SERIES_SHORT = "daily tally"
# A question asking for a breakdown shows every figure line.
_BREAKDOWN = re.compile(
    r"\b(?:breakdown|broken\s+down|by\s+(?:month|day|week|year)|each\s+(?:month|day|week|year)"
    r"|every\s+(?:month|day|week|year)|month\s+by\s+month|day\s+by\s+day)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Short:
    """An answer cut for a phone: what shows, and the details (arithmetic, conventions, full
    caveat, source titles and links) that go in an expandable blockquote or indented under."""

    shown: list[str]
    details: list[str]
    sources: list[SourceRef]


def asks_breakdown(question: str) -> bool:
    """Whether the question asks for figures broken down (then every line shows)."""
    return bool(_BREAKDOWN.search(question))


def long_citation(ref: SourceRef) -> str:
    """The source as the answer text cites it in brackets (name or title, date, URL)."""
    parts = [
        outlet_text(
            (ref.title or ref.publisher or _SERIES_SHORT)
            if ref.kind == SourceKind.series
            else (ref.publisher or ref.title or ref.id)
        )
    ]
    if ref.published:
        parts.append(day_text(ref.published))
    if ref.url:
        parts.append(ref.url)
    return ", ".join(parts)


def _title(ref: SourceRef) -> str:
    """A source's title: a series' in the current language, an article's as published."""
    if ref.kind == SourceKind.series:
        return outlet_text(ref.title or "")
    return ref.title or ""


def short_name(ref: SourceRef) -> str:
    """The source's short name: the outlet, or "daily tally" for a series."""
    return outlet_text(_SERIES_SHORT) if ref.kind == SourceKind.series else outlet(ref)


def shorten_answer(answer: Answer) -> Short:
    """The answer's first paragraph with figure lines cut after their source; the arithmetic
    after each, the other paragraphs and the caveat go to the details."""
    sources = _unique_sources(answer.claims)
    paragraphs = [p for p in _body(answer).split("\n\n") if p.strip()]
    shown: list[str] = []
    details: list[str] = []
    figures = 0
    breakdown = asks_breakdown(answer.question)
    for line in paragraphs[0].splitlines() if paragraphs else []:
        head, tail = _split_line(line, sources)
        is_figure = line.startswith("- ")
        figures += is_figure
        if is_figure and figures > VISIBLE_FIGURES and not breakdown:
            details.append(line)
            continue
        shown.append(head)
        if tail:
            details.append(tail)
    details += paragraphs[1:]
    if answer.caveat:
        details.append(answer.caveat)
    return Short(shown, details, sources)


def _split_line(line: str, sources: Sequence[SourceRef]) -> tuple[str, str]:
    """A figure line cut after its cited source's closing bracket: (figure, arithmetic)."""
    for ref in sources:
        cited = f"({long_citation(ref)})"
        at = line.find(cited)
        if at >= 0:
            end = at + len(cited)
            rest = line[end:].lstrip()
            head = line[:end] + ("." if rest.startswith(".") else "")
            return head, rest.removeprefix(".").strip()
    return line, ""


def _cite_html(html: str, sources: Sequence[SourceRef]) -> str:
    """Each cited source replaced by its short name (linked) and short date, the first time;
    by the short name alone after."""
    for ref in sources:
        cited = text(f"({long_citation(ref)})")
        if cited not in html:
            continue
        when = f", {text(fmt_date(ref.published))}" if ref.published else ""
        name = text(short_name(ref))
        if _is_web_url(ref.url):
            name = f'<a href="{attr(ref.url)}">{name}</a>'
        first, _, rest = html.partition(cited)
        html = f"{first}({name}{when}){rest.replace(cited, f'({text(short_name(ref))})')}"
    return html


def short_blocks(answer: Answer, *, cut_to: int | None = None) -> list[str]:
    """A looked-up answer for Telegram: the answer first, each source named once with its
    link, details in an expandable blockquote, and a one-line caveat pointing to /about."""
    with in_language(answer.language):
        return _short_blocks(answer, cut_to)


def _short_blocks(answer: Answer, cut_to: int | None) -> list[str]:
    """`short_blocks` in the current language."""
    if not answer.claims:
        return answer_blocks(answer, cut_to=cut_to, buttons=True)
    short = shorten_answer(answer)
    blocks: list[str] = []
    if cut_to is not None:
        blocks.append(_cut_note(cut_to))
    blocks.append(_cite_html(text("\n".join(short.shown)), short.sources))
    details = [_cite_html(text(d), short.sources) for d in short.details]
    details += [f"• {source_line(ref)}" for ref in short.sources]
    inner = _fit("\n\n".join(details), DETAILS_CHARS)
    blocks.append(f"<blockquote expandable>{inner}</blockquote>")
    blocks.append(f"{CAVEAT_MARK} <i>{text(say('ui.caveat_short'))}</i>")
    return blocks


def reply_blocks(answer: Answer, *, question: str, cut_to: int | None = None) -> list[str]:
    """A chat reply: short when it has figures, the full answer otherwise (a refusal says
    what was understood and what there is instead); suggestions go as buttons. A message
    with several questions gets each answer in order, each under its question in bold."""
    if not answer.more_answers:
        return _one_reply(answer, question=question, cut_to=cut_to)
    blocks: list[str] = []
    for n, part in enumerate((answer, *answer.more_answers)):
        blocks.append(f"<b>» {text(part.question)}</b>")
        blocks += _one_reply(part, question=part.question, cut_to=cut_to if n == 0 else None)
    return blocks


def _one_reply(answer: Answer, *, question: str, cut_to: int | None) -> list[str]:
    """The reply to one question (see `reply_blocks`)."""
    if answer.claims:
        return short_blocks(answer, cut_to=cut_to)
    return answer_blocks(answer, question=question, cut_to=cut_to, buttons=True)


def _fit(html: str, limit: int) -> str:
    """HTML text cut to `limit` characters at a line end (tags do not span lines here)."""
    if len(html) <= limit:
        return html
    cut = html[:limit].rsplit("\n", 1)[0]
    return cut + "\n…"


def short_text(answer: Answer) -> str:
    """A looked-up answer for the console: the answer first, details indented under."""
    with in_language(answer.language):
        return _short_text(answer)


def _short_text(answer: Answer) -> str:
    """`short_text` in the current language."""
    if not answer.claims:
        return answer.text.rstrip()
    short = shorten_answer(answer)
    shown = plain(_cite_html(text("\n".join(short.shown)), short.sources))
    details = [plain(_cite_html(text(d), short.sources)) for d in short.details]
    details += [f"{short_name(r)}: {_title(r)} {r.url or ''}".rstrip() for r in short.sources]
    indented = "\n".join("    " + line for d in details for line in d.splitlines() if line)
    return f"{shown}\n{indented}\n{say('ui.caveat_short')}"


# -- lists and reports -------------------------------------------------------------------------


@dataclass(frozen=True)
class KnowledgeSummary:
    """What the knowledge base holds, for /start and /help."""

    articles: int
    article_claims: int
    series: int
    series_claims: int
    first_published: dt.date | None
    last_published: dt.date | None
    earliest: dt.date | None  # the earliest day any claim is about
    latest: dt.date | None
    metrics: Sequence[str]
    coverage: str | None = None  # where the daily figures end, in words


def help_blocks(summary: KnowledgeSummary, *, bot_username: str | None = None) -> list[str]:
    """/start and /help: what the bot is, what it knows, how to ask (in the current language;
    `summary` is built in it too, so its dates and metric names match)."""
    known = say(
        "help.known",
        claims=number(summary.article_claims),
        claims_word=counted(summary.article_claims, "noun.claims_known"),
        articles=number(summary.articles),
        articles_word=counted(summary.articles, "noun.articles_from"),
    )
    if summary.first_published and summary.last_published:
        first, last = fmt_date(summary.first_published), fmt_date(summary.last_published)
        known += " " + say("help.published", first=text(first), last=text(last))
    if summary.series:
        series = number(summary.series_claims)
        known += " " + say("help.series", claims=series, series=summary.series)
    known += "."
    if summary.earliest and summary.latest:
        first, last = fmt_date(summary.earliest), fmt_date(summary.latest)
        known += "\n" + say("help.cover", first=text(first), last=text(last))
    if summary.coverage:
        known += f"\n{text(summary.coverage)}"
    metrics = ", ".join(text(m) for m in summary.metrics) or say("help.none_yet")
    mention = f"@{text(bot_username)} " if bot_username else "@bot "
    examples = [say(k) for k in ("help.example_tanks", "help.example_day", "help.example_total")]
    return [
        say("help.intro"),
        f"{known}\n{say('help.available', metrics=metrics)}",
        f"<b>{say('help.try')}</b>\n" + "\n".join(f"• {text(q)}" for q in examples),
        say("help.how", mention=mention),
    ]


def sources_blocks(refs: Sequence[SourceRef]) -> list[str]:
    """/sources: one line per source (outlet, title, date), newest first."""
    if not refs:
        return ["No sources are loaded."]
    head = f"<b>{len(refs):,} source{'s' if len(refs) != 1 else ''} loaded:</b>"
    return [head] + [f"• {source_line(ref)}" for ref in refs]


def sources_caption(refs: Sequence[SourceRef], limit: int = CAPTION_LIMIT) -> str:
    """/sources when the list needs more than one message: the count and the newest few,
    within a caption's limit; the whole list goes with it as a file."""
    head = (
        f"<b>{len(refs):,} sources loaded.</b> The full list is in the attached file; the newest:"
    )
    caption = head
    for ref in refs:
        longer = f"{caption}\n• {source_line(ref)}"
        if units(plain(longer)) > limit:
            break
        caption = longer
    return caption


def sources_listing(refs: Sequence[SourceRef]) -> str:
    """Every source as a line of plain text (date, outlet, title, address), newest first."""
    lines = [f"{len(refs):,} sources, newest first", ""]
    for ref in refs:
        fields = [fmt_date(ref.published) if ref.published else "no date", outlet(ref)]
        if ref.title and ref.title != outlet(ref):
            fields.append(ref.title)
        if _is_web_url(ref.url):
            fields.append(ref.url or "")
        lines.append(" | ".join(" ".join(f.split()) for f in fields))
    return "\n".join(lines) + "\n"


def chart_file_name(metric: str, period: str, cumulative: bool) -> str:
    """`tanks-november-2024.png`: what a chart is called when saved (letters, digits and
    dashes only, so no path or odd character reaches the file name)."""
    words = [metric, period or "last 90 days", "total" if cumulative else ""]
    slug = re.sub(r"[\W_]+", "-", " ".join(words).lower()).strip("-")[:80].strip("-")
    return f"{slug or 'chart'}.png"


def reload_blocks(report: ReloadReport) -> list[str]:
    """/reload: the summary of a rebuild, or why it failed and that the old KB stays."""
    if report.ok:
        extra = f" and {report.series_claims:,} from data series" if report.series_claims else ""
        blocks = [
            f"✅ Reloaded: <b>{report.sources:,}</b> sources, <b>{report.claims:,}</b> claims "
            f"from articles{extra} ({report.seconds:.2f} s)."
        ]
    else:
        blocks = [
            f"❌ Reload failed: {text(report.error or 'unknown error')}.\n"
            "The previous knowledge base is still being used."
        ]
    if report.rejected:
        lines = [f"<b>Rejected files ({len(report.rejected)}):</b>"]
        lines += [f"• <code>{text(r.path)}</code>: {text(r.reason)}" for r in report.rejected]
        blocks.append("\n".join(lines))
    if report.warnings:
        lines = [f"<b>Warnings ({len(report.warnings)}):</b>"]
        lines += [f"• <code>{text(w.path)}</code>: {text(w.reason)}" for w in report.warnings]
        blocks.append("\n".join(lines))
    return blocks


def _since(started_at: dt.datetime | None) -> str:
    """How far back a list goes: since the start (kept in memory) or as kept on disk."""
    return f" since the bot started ({started_at:%Y-%m-%d %H:%M} UTC)" if started_at else ""


def unanswered_blocks(
    items: Sequence[tuple[dt.datetime, str]], started_at: dt.datetime | None = None
) -> list[str]:
    """/unanswered: the latest questions that found no figure, newest first."""
    if not items:
        return [f"No unanswered questions{_since(started_at)}."]
    lines = [f"<b>Latest {len(items)} questions without a figure</b> (newest first):"]
    for when, question in items:
        lines.append(f"• <code>{when:%Y-%m-%d %H:%M}</code> {text(shorten(question, 300))}")
    return lines


@dataclass(frozen=True)
class ReportLine:
    """One wrong-answer report as /feedback lists it; `number` when the state database has it."""

    when: dt.datetime
    question: str
    answer: str
    note: str | None
    number: int | None = None


def feedback_blocks(
    items: Sequence[ReportLine], started_at: dt.datetime | None = None
) -> list[str]:
    """/feedback and /reports: the latest answers reported as wrong (question, answer, note),
    newest first, with their report numbers when they are kept on disk."""
    if not items:
        return [f"No answers reported as wrong{_since(started_at)}."]
    lines = [f"<b>Latest {len(items)} answers reported as wrong</b> (newest first):"]
    for item in items:
        number = f"#{item.number} " if item.number is not None else ""
        asked = f" {text(shorten(item.question, 200))}" if item.question else ""
        said = f"\n   answer: {text(shorten(item.answer, 300))}" if item.answer else ""
        noted = f"\n   Note: <i>{text(shorten(item.note, 300))}</i>" if item.note else ""
        lines.append(f"• {number}<code>{item.when:%Y-%m-%d %H:%M}</code>{asked}{said}{noted}")
    return lines


def mention(user_id: int, name: str) -> str:
    """A user named with a link to them (Telegram notifies and targets them)."""
    return f'<a href="tg://user?id={int(user_id)}">{text(name)}</a>'


_ABOUT_KEYS = ("about.claims", "about.unverified", "about.computed", "about.never")


def about_blocks(language: str = "en") -> list[str]:
    """/about: the full caveat behind every answer's one line, in the chat's language."""
    with in_language(language):
        return [f"<b>{text(say('about.title'))}</b>", *(text(say(k)) for k in _ABOUT_KEYS)]


def shorten(value: str, limit: int) -> str:
    """One line of at most `limit` characters, with an ellipsis if cut."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


# -- splitting ---------------------------------------------------------------------------------


def units(value: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), never less than the characters."""
    return len(value.encode("utf-16-le")) // 2


def split_message(
    blocks: Sequence[str] | str, limit: int = MESSAGE_LIMIT, separator: str = "\n\n"
) -> list[str]:
    """Pack blocks (each valid HTML) into as few messages as fit, without cutting a block.

    Blocks are joined with `separator`; a block longer than `limit` on its own is cut with
    `split_html`. Every message returned is valid HTML on its own and at most `limit` long.
    """
    if isinstance(blocks, str):
        blocks = [blocks]
    messages: list[str] = []
    current = ""
    for block in blocks:
        block = block.strip("\n")
        if not block:
            continue
        if current and units(current) + units(separator) + units(block) <= limit:
            current += separator + block
            continue
        if current:
            messages.append(current)
            current = ""
        if units(block) <= limit:
            current = block
        else:
            pieces = split_html(block, limit)
            messages.extend(pieces[:-1])
            current = pieces[-1]
    if current:
        messages.append(current)
    return messages


def one_message(blocks: Sequence[str], limit: int = MESSAGE_LIMIT) -> str:
    """Blocks as a single message (inline results can't be split): the last block (the
    caveat) is always kept; earlier blocks are kept whole while they fit, then cut short."""
    messages = split_message(blocks, limit)
    if len(messages) <= 1:
        return messages[0] if messages else ""
    last = blocks[-1]
    room = limit - units(last) - 2 * units("\n\n") - units("…")
    kept: list[str] = []
    for block in blocks[:-1]:
        cost = units(block) + (units("\n\n") if kept else 0)
        if cost <= room:
            kept.append(block)
            room -= cost
            continue
        if room > 200:
            kept.append(split_html(block, room - units("\n\n"))[0] + "…")
        break
    return "\n\n".join([*kept, last])


_TOKEN = re.compile(r"<[^<>]*>|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);|\n\n|\n| +|[^<&\n ]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
# Break priorities: after a blank line, after a line break, after a space.
_BREAKS = {"\n\n": 3, "\n": 2}


@dataclass(frozen=True)
class _Atom:
    """A piece of HTML that is never cut: a tag, an entity, a word or a space."""

    raw: str
    tag: str | None = None  # tag name for tags
    closing: bool = False

    @property
    def is_space(self) -> bool:
        """Whether the atom is only whitespace."""
        return self.tag is None and not self.raw.strip()


def _atoms(html: str, longest: int) -> list[_Atom]:
    """The HTML as atoms; words longer than `longest` cut into several."""
    atoms: list[_Atom] = []
    for match in _TOKEN.finditer(html):
        raw = match.group(0)
        if raw.startswith("<") and raw.endswith(">") and len(raw) > 2:
            name = _TAG_NAME.match(raw)
            atoms.append(
                _Atom(raw, tag=name.group(1).lower() if name else "", closing=raw[1:2] == "/")
            )
        elif units(raw) > longest:
            # A "word" longer than a message can hold: cut it, at character boundaries.
            step = max(1, longest // 2)
            atoms.extend(_Atom(raw[i : i + step]) for i in range(0, len(raw), step))
        else:
            atoms.append(_Atom(raw))
    return atoms


def _apply(stack: list[_Atom], atom: _Atom) -> list[_Atom]:
    """The stack of open tags after `atom`."""
    if atom.tag is None:
        return stack
    if atom.closing:
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].tag == atom.tag:
                return stack[:i] + stack[i + 1 :]
        return stack
    return [*stack, atom]


def _closing(stack: Sequence[_Atom]) -> str:
    """The closing tags for what is open, innermost first."""
    return "".join(f"</{a.tag}>" for a in reversed(stack))


def split_html(html: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut one piece of HTML into pieces of at most `limit`, each valid HTML on its own.

    Cuts fall between tags and entities, never inside one; the cut prefers a blank line,
    then a line break, then a space, as long as it keeps at least half a message.
    Tags open at a cut are closed there and reopened at the start of the next piece.
    When the tags to reopen alone would not fit (a link with a very long address in a small
    container), the piece is split as plain text instead: the formatting goes, the words stay.
    """
    if units(html) <= limit:
        return [html]
    if limit < 64:
        raise ValueError("limit too small to split HTML")
    try:
        return _split_tagged(html, limit)
    except _TagsTooLong:
        return _split_tagged(_TAG.sub("", html), limit)


class _TagsTooLong(ValueError):
    """The tags open at a cut are longer than a piece may be."""


def _split_tagged(html: str, limit: int) -> list[str]:
    """`split_html`'s cutting, tags reopened after each cut."""
    atoms = _atoms(html, limit // 4)
    pieces: list[str] = []
    stack: list[_Atom] = []
    i, n = 0, len(atoms)
    while i < n:
        while i < n and atoms[i].is_space:
            i += 1
        if i >= n:
            break
        reopen = "".join(a.raw for a in stack)
        used = units(reopen)
        st = list(stack)
        best: dict[int, tuple[int, list[_Atom], int]] = {}
        j = i
        while j < n:
            atom = atoms[j]
            new_st = _apply(st, atom)
            new_used = used + units(atom.raw)
            if new_used + units(_closing(new_st)) > limit:
                break
            used, st, j = new_used, new_st, j + 1
            priority = _BREAKS.get(atom.raw, 1 if atom.is_space else 0)
            if priority:
                best[priority] = (j, list(st), used)
        if j >= n:
            cut, cut_stack = n, st
        else:
            choice = None
            for priority in (3, 2, 1):
                if priority in best and best[priority][2] >= limit // 2:
                    choice = best[priority]
                    break
            if choice is None and best:
                choice = max(best.values(), key=lambda b: b[2])
            if choice is None or choice[0] <= i:
                choice = (j, st, used)
            cut, cut_stack = choice[0], choice[1]
            if cut <= i:
                raise _TagsTooLong("cannot split: tags alone exceed the limit")
        body_atoms = atoms[i:cut]
        while body_atoms and body_atoms[-1].is_space:
            body_atoms.pop()
        body = "".join(a.raw for a in body_atoms)
        piece = reopen + body + _closing(cut_stack)
        if _has_text(body):
            pieces.append(piece)
        stack, i = cut_stack, cut
    return pieces


def _has_text(html: str) -> bool:
    """Whether the HTML shows any text."""
    return bool(_TAG.sub("", html).strip())
