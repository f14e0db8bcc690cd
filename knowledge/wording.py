"""Every phrase of an answer, in one place: the English table here, the Ukrainian and Russian
rows in `wording_locale` (issue 15). Answering code says `say("key", ...)` and formats numbers
and dates with `number`, `day_text`, ...; the language is the one set by `in_language` around
the answering (English by default), so no answering function takes a language argument and a
phrase written here without uk/ru rows is caught by the table test, not shipped in English."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from knowledge import wording_locale as loc
from knowledge.lexicon.calendar import month_end
from knowledge.models import (
    WAR_START,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    UnreadSpan,
)

# -- the answer's language ---------------------------------------------------------------------

_LANGUAGE: ContextVar[str] = ContextVar("answer_language", default="en")
# Languages whose rows exist; any other code answers in English.
LANGUAGES: tuple[str, ...] = ("en", *loc.PHRASES)


@contextmanager
def in_language(lang: str | None) -> Iterator[str]:
    """Phrases, numbers and dates said inside this block are in `lang` (English when None or
    a language without rows)."""
    token = _LANGUAGE.set(lang if lang in LANGUAGES else "en")
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def language() -> str:
    """The language phrases are said in right now."""
    return _LANGUAGE.get()


# Every English phrase of an answer: key -> template. Each key has a row with the same blanks
# in wording_locale.PHRASES["uk"] and ["ru"] (tests/test_wording_tables.py checks it).
PHRASES: dict[str, str] = {
    # periods
    "period.since_invasion": "since the start of the full-scale invasion",
    "period.since_invasion_to": "since the start of the full-scale invasion ({war_start}) to {day}",
    "period.total": "in total",
    "period.total_as_of": "in total as of {day}",
    "period.unstated": "for an unstated period",
    "period.up_to": "up to {day}",
    "period.not_stated_up_to": "(period not stated; reported up to {day})",
    "period.on": "on {day}",
    "period.in": "in {span}",
    "period.from_to": "from {first} to {last}",
    "period.since": "since {day}",
    "card.cumulative": "since the start of the war, as of {day}",
    "card.war_total": "war total",
    "card.not_stated": "period not stated",
    # lists
    "join.and": "{items} and {last}",
    "join.or": "{items} or {last}",
    "join.versus": "{first} vs {second}",
    # words of a question that could not be used (issue 12, requirement 1)
    "unread.place": "my figures are not broken down by place",
    "unread.unit": "my figures are not broken down by military unit",
    "unread.model": "my figures are not broken down by equipment model",
    "unread.rate": "my figures are counts, not rates",
    "unread.money": "my figures count what was lost, not what it cost",
    "unread.measure": "my figures count the things lost, not their weight or size",
    "unread.subset": "my figures count all troops together, not one part of them",
    "unread.period": "I could not read it as a period, so no figure here is for it",
    "unread.number": "I could not tell what that number stands for",
    "unread.name": "I do not know that name, and no figure here is broken down by it",
    "unread.script": "I could not read words in that script",
    "quote.word": "'{text}'",
    "unread.unknown": "I do not know that word, so no figure here is read with it",
    "unread.loss_kind": "my figures do not separate that kind of loss",
    "unread.evidence": (
        "my figures are the claimants' own counts, not the part confirmed by photos, "
        "geolocation or satellite imagery"
    ),
    "unread.category": "my figures do not count that kind of equipment apart",
    "unread.own_side": (
        'I cannot tell whose side "our" is: say whether you mean Russian or Ukrainian losses'
    ),
    "unread.statistic": "I do not compute that statistic; my figures are totals for periods",
    "unread.side": "my figures are one side's losses at a time, never both together",
    "unread.other": "I could not read it",
    "unread.could_not_use": "I could not use {words}: {reason}.",
    "unread.duration": "I could not tell which {words} you mean, so no figure here is for them.",
    "unread.source": (
        "I did not choose figures by {words}: each figure below names who claims it and "
        "where it was published."
    ),
    # how a written date was read (knowledge/dates.py spells these in English itself, being
    # below this module; `date_note` says them again in the answer's language)
    "date.day_first": "I read {raw} as {day} (day first, then month).",
    "date.weekday": "{day} was a {actual}, not a {said}; I read the date, {day}.",
    "date.report_day": (
        "A report dated {first} covers the fighting of the day before: I read it as {day}."
    ),
    "date.iso_week": (
        "I read week {week} of {year} as ISO week {week} (weeks run Monday to Sunday; week 1 "
        "holds the year's first Thursday): {first} to {last}."
    ),
    # knowledge/dates.py's other notes, most specific first (wave 9: said in uk/ru answers)
    "date.feast_both": (
        "I read {name} {year} as Western {name}, {days} (Orthodox {name} was {other}: for it, "
        "write 'orthodox {words}')."
    ),
    "date.feast_orthodox": "I read Orthodox {name} {year} as {days}.",
    "date.feast_western": "I read {name} {year} as Western {name}, {days}.",
    "date.as_you_said": "I read {raw} as {day} ({order}, as you said).",
    "date.iso_weeks": (
        "I read weeks {lo} to {hi} of {year} as ISO weeks (Monday to Sunday; week 1 holds the "
        "year's first Thursday): {first} to {last}."
    ),
    "date.week_of": (
        "I read the week of {day} as the Monday to Sunday week that holds it: {days}."
    ),
    "date.weekend": "I read the weekend as its Saturday and Sunday: {days}.",
    "date.tens": (
        "Ten-day parts of a month are read as days 1-10, 11-20 and 21 to the month's end: {days}."
    ),
    "date.halves": "Halves of a month are read as days 1-15 and 16 to the month's end.",
    "date.war_day": "I read day {n} of the war as {day} (24 February 2022 is day 1).",
    "date.war_days": ("I read days {a} to {b} of the war as {days} (24 February 2022 is day 1)."),
    "date.anniversary": "I read the {ordinal} anniversary of the invasion as {day}.",
    "date.latest_year": (
        "I read '{raw}' as {day}, the latest year in which it fell on a {actual}."
    ),
    "date.one_day": "I read '{raw}' as one day: {day}.",
    "date.running_total": "I read '{raw}' as the running total to {day}, that stretch's end.",
    "date.read_as": "I read '{raw}' as {days}.",
    "date.period_as": "I read the period as {days}.",
    "date.until_start": "I read 'until {raw}' as up to its start: the total as of {day}.",
    # knowledge/dates.py `_season_note`, one per season word it reads
    "date.season_spring": "Seasons are meteorological: spring is March to May.",
    "date.season_summer": "Seasons are meteorological: summer is June to August.",
    "date.season_autumn": "Seasons are meteorological: autumn is September to November.",
    "date.season_fall": "Seasons are meteorological: fall is September to November.",
    "date.season_winter": "Seasons are meteorological: winter is December to February.",
    "instead.none": "So I have no figure that answers the question as asked.",
    "instead.ask": (
        "So I have no figure that answers the question as asked. Without those words, "
        "ask: \u201c{question}\u201d"
    ),
    "coverage": (
        "My daily figures end on {day} (the report of that date, covering the fighting of "
        "{fighting}); I have nothing after it."
    ),
    # whose losses, of what
    "side.russia": "Russian",
    "side.ukraine": "Ukrainian",
    "losses": "{side} {noun} losses",
    "kind.killed": "personnel (killed)",
    "kind.wounded": "personnel (wounded)",
    "kind.captured": "personnel (captured, prisoners of war)",
    "only.wounded": "wounded",
    "only.captured": "captured",
    "qualifier.approximate": "about {value}",
    "qualifier.more_than": "more than {value}",
    # An upper bound: "up to N" (the Russian MoD's daily "up to") and "fewer than N" alike;
    # "up to" is true of both, "fewer than" misstates the first.
    "qualifier.less_than": "up to {value}",
    "qualifier.nearly": "nearly {value}",
    "qualifier.at_least": "at least {value}",
    "figure.range": "{low} to {high}",
    # the lines of an answer
    "heading.plain": "{losses} {asked}:",
    "heading.latest": "{losses}, the latest figure I have:",
    "heading.partial": "I have no figure for {losses} {asked} as a whole; these answer it in part:",
    "partial.exact": "{what}:",
    "partial.day_off": (
        "I have no figure dated exactly as asked for {what}; this one is a day off, as a "
        "morning report covers the previous day's fighting:"
    ),
    "partial.inside": "I have no figure for {what} as a whole; these answer it in part:",
    "partial.stated_within": (
        "I have no figure for {what} as a whole; these were stated during that period:"
    ),
    "heading.record": "{high} {span} {losses} {asked} among the {among} I have:",
    "record.highest": "Highest",
    "record.lowest": "Lowest",
    "record.highest_n": "The {count} highest",
    "record.lowest_n": "The {count} lowest",
    "record.span_day": "single-day",
    "record.span_week": "weekly",
    "record.span_month": "monthly",
    "record.among_day": "daily figures",
    "record.among_week": "weekly figures",
    "record.among_month": "monthly figures",
    "heading.kind_fallback": (
        "I have no figure counting only the dead among {side} personnel losses {asked}. What I "
        "have counts killed and wounded together, so it is not a count of the dead:"
    ),
    "nofig.others_apart": "What others claim instead (not {who}; {names}):",
    "heading.breakdown": "{losses} {asked}, {by}, as published (I do not add them up):",
    "heading.record_day": "Highest single-day {losses} {asked} among the daily figures I have:",
    "heading.record_month": "Highest monthly {losses} {asked} among the monthly figures I have:",
    "by.day": "day by day",
    "by.week": "week by week",
    "by.month": "month by month",
    "by.year": "year by year",
    "line.claim": "- {figure} {period}, according to {who} ({source}).",
    "line.unattributed": (
        "- {figure} {period}, according to {outlet}, which does not say whose figure it is "
        "({source})."
    ),
    "line.computed": "- {figure} {period}, computed from {who}'s daily figures ({source}). {how}",
    "line.also": "Also reported by: {others}.",
    "line.date_uncertain": "(date uncertain: the article has no publication date)",
    "who.unnamed": "an unnamed source (the outlet does not say whose figure it is)",
    "source.unknown": "the source",
    "source.tally": "daily tally",
    "months_have": "I have figures for {have} of those {months} months.",
    "disagree.same_figure": (
        "These disagree: {source} gives the same figure, {figure}, for {first} and for "
        "{second}, so which day it belongs to is uncertain."
    ),
    "disagree.period": "These figures for the same period disagree: {parts}.",
    "disagree.by": "They differ by {difference}.",
    "tally.matches": "The figure computed from the daily tally matches the published one.",
    "tally.agrees": "The figure computed from the daily tally agrees with the published one.",
    "tally.day_off": (
        "The published figure ({published}) agrees with the daily tally counted by report "
        "date: {how} By day of fighting the tally gives {tally}; the two differ only in the "
        "day convention, not in substance."
    ),
    "tally.differ": (
        "The figure computed from the daily tally ({tally}) and the published one "
        "({published}) differ by {difference}, under either day convention."
    ),
    "note.record_itself": "The article itself describes this figure as a high or a record.",
    "note.highest_daily": (
        "This is the highest of the daily figures I have, not necessarily the record."
    ),
    "note.highest_monthly": (
        "This is the highest of the monthly figures I have, not necessarily the record."
    ),
    "note.highest_newest_daily": (
        "This is the highest of the newest daily figures, not necessarily the record."
    ),
    "note.highest_newest_monthly": (
        "This is the highest of the newest monthly figures, not necessarily the record."
    ),
    "note.other_body_one": (
        "I have no such figure from {claimant} itself; {names} is another official source on "
        "the same side."
    ),
    "note.other_body_many": (
        "I have no such figure from {claimant} itself; {names} are another official source on "
        "the same side."
    ),
    "note.cited_not_own": (
        "This is not {claimant}'s own figure: {claimant} cites it from {names} (the article "
        "may say whether {claimant} accepts it)."
    ),
    "note.nearest_total": "I have no total for {day} itself; this is the nearest earlier one.",
    "note.close_period": "This period is close to, not exactly, the one you asked about.",
    "note.kind_fallback": (
        "You asked about deaths: I have no death toll that fits, and the figure above counts "
        "killed and wounded together, so it is not a count of the dead."
    ),
    "note.ukraine_personnel": (
        'Ukraine\'s "personnel" losses figure counts killed and wounded together; it is not a '
        "death toll."
    ),
    "note.casualties": "A casualties figure counts killed and wounded together.",
    "note.killed": "A death toll counts only the dead, not the wounded.",
    "note.no_year": "You did not give a year, so I assumed {year}.",
    "note.whole_series": (
        "No period named: I read the whole daily series, from {first} to its last report, "
        "of {last}."
    ),
    "note.assumed_year": (
        "You did not give a year, so I assumed {year}: the most recent {asked} I have figures for."
    ),
    "note.other_years": "I also have figures for {asked} {years}.",
    # how a figure was computed from the daily tally
    "derive.war_start": "0 at the start of the invasion on {day}",
    "derive.reported": "{value} reported on {day}",
    "derive.series_ends": "the series ends with the report of {day}",
    "derive.tallied_from": (
        "this category is tallied only from the report of {day} ({value} then), so the figure "
        "counts from there"
    ),
    "derive.nearest": (
        "there is no report dated {wanted}; the nearest earlier one, of {used}, is used"
    ),
    "derive.for_fighting": "for the fighting of {span}",
    "derive.in_reports": "in the reports of {span}",
    "derive.reported_on": "reported on {day}",
    "derive.difference": "{value} {what}: {later} minus {earlier}",
    "derive.listed": "{amount} listed for {day}",
    "derive.less_correction": (
        "= {raw}, less a correction of {parts} (a reclassification in the tally, not losses "
        "of that day)"
    ),
    "derive.report_covers": "That report covers the fighting of {day}.",
    "derive.each_morning": "Each morning report covers the previous day's fighting.",
    "derive.report_added": "The report dated {day} itself added {value}.",
    "derive.in_report": "(in the report of {day})",
    "derive.spans_corrections": (
        "The period spans corrections of the tally ({listed}): reclassifications that the "
        "cumulative figures include."
    ),
    "derive.went_down": "The tally went down: a revision by the claimant, not a count of losses.",
    "derive.note": "Note: {notes}.",
    "derive.record_day": (
        "The highest daily figure for the fighting of {span}: {value} for {day}: {later} minus "
        "{earlier}."
    ),
    "derive.skipped": (
        "{count} {days} skipped: reports before {day} were rounded early-war estimates whose "
        "jumps are not a day's losses, and a report that absorbed a listed correction (a "
        "reclassification in the tally) does not count as a day's losses."
    ),
    "derive.ranked_day": (
        "Number {rank} of the days of fighting of {span}, {order}: {value} for {day}: {later} "
        "minus {earlier}."
    ),
    "derive.ranked_highest": "highest first",
    "derive.ranked_lowest": "lowest first",
    "derive.record_day_lowest": (
        "The lowest daily figure for the fighting of {span}: {value} for {day}: {later} minus "
        "{earlier}."
    ),
    "derive.record_unit": (
        "It is the highest of the {count} {units} of fighting between {first} and {last} in "
        "the series."
    ),
    "derive.record_unit_lowest": (
        "It is the lowest of the {count} {units} of fighting between {first} and {last} in "
        "the series."
    ),
    "units.full_months": "full months",
    "units.full_weeks": "full Monday-to-Sunday weeks",
    "units.full_quarters": "full calendar quarters",
    "units.full_years": "full calendar years",
    # averages
    "unit.hour": "hour",
    "unit.hours": "hours",
    "unit.day": "day",
    "unit.days": "days",
    "unit.week": "week",
    "unit.weeks": "weeks",
    "unit.month": "month",
    "unit.months": "months",
    "average.derivation": (
        "{value} a {unit} on average: {how} {total} ÷ {count} {units} ({span}) = {value}, "
        "rounded to a whole number."
    ),
    "average.label": "average per {unit}",
    "median.label": "median day",
    "threshold.heading": "{losses}, {span}: days past a threshold in {who}'s daily figures:",
    "threshold.run": (
        "{count} days in a row {words}, the longest run ({span}), {reading}, of {days} days."
    ),
    "threshold.count": "{count} days {words} ({span}), {reading}, of {days} days.",
    "threshold.run_label": "longest run of days {words}",
    "threshold.count_label": "days {words}",
    "threshold.by_reported": "counted by report date",
    "threshold.by_fighting": "counted by day of fighting",
    "threshold.by_both": "counted by report date and by day of fighting alike",
    "threshold.none": "{count} days {words}: none of the {days} days, {reading}.",
    "threshold.highest": "The highest day: {value}, the fighting of {day}. {sentence}",
    "threshold.lowest": "The lowest day: {value}, the fighting of {day}. {sentence}",
    "threshold.highest_label": "highest day",
    "threshold.lowest_label": "lowest day",
    "threshold.caveat": (
        "Counted from daily figures claimed by {who}; none has been independently verified. "
        "Each morning report covers the previous day's fighting."
    ),
    "median.derivation": (
        "{value}: the median of the {count} daily figures of {span} (the middle one when they "
        "are sorted; corrections listed in the tally taken out), lowest {low}, highest {high}."
    ),
    "median.heading": "Median day of {losses}, {span}, computed from {who}'s daily figures:",
    "median.mean": "{mean} a day on average: the period's figure divided by its days",
    "median.gap": "The mean day ({mean}) is {gap} {way} the median ({median}).",
    "median.above": "above",
    "median.below": "below",
    "average.heading": "Average {losses} per {unit}, {span}, computed from {who}'s daily figures:",
    "check.what_if": (
        "I answer from what the sources claim, not from suppositions, so I give no figure for that."
    ),
    "check.none": "I have no figure of {written} for that; the figures I have are below.",
    "check.elsewhere": "{written} is in my sources as {owner}'s figure of {what} ({source}).",
    "check.is": "The figure you quote, {written}, is the figure {who} gives{how}.",
    "check.agrees": "The figure you quote, {written}, agrees with the figure {who} gives{how}.",
    "check.not_theirs": "That figure comes from {owner}, not from {asked}.",
    "check.their_side": "the side you name",
    "check.their_side.ukraine": "Ukraine, the side you name",
    "check.their_side.russia": "Russia, the side you name",
    "check.the_tally": "the daily tally",
    "check.tally_neither": (
        "{written} matches neither reading of {who}'s daily tally: {readings}."
    ),
    "check.tally_not": "{written} does not match {who}'s daily tally: {readings}.",
    "check.reading.fought": "{value} for the fighting of {days}",
    "check.reading.report": "{value} in the report dated {days}",
    # a period's figure by report date comes from the reports of all its days, not one report
    "check.reading.reports": "{value} in the reports dated {days}",
    "check.reading.published": "{value} ({days})",
    "check.above.yes": "Yes: by the figures {who} gives, it passed {written}: {readings}.",
    "check.above.no": "No: by the figures {who} gives, it did not pass {written}: {readings}.",
    "check.above.split": (
        "It depends on how the days are counted: by the figures {who} gives, {readings}; {written} "
        "lies between them."
    ),
    "check.below.yes": "Yes: by the figures {who} gives, it stayed under {written}: {readings}.",
    "check.below.no": (
        "No: by the figures {who} gives, it did not stay under {written}: {readings}."
    ),
    "check.below.split": (
        "It depends on how the days are counted: by the figures {who} gives, {readings}; {written} "
        "lies between them."
    ),
    "check.how.day_off": (
        ", counted by report date: a morning report covers the previous day's fighting, so "
        "it differs from the count by day of fighting only in the day convention, not in "
        "substance"
    ),
    "check.how.inside": ", for part of the period",
    "check.how.stated_within": ", stated during the period",
    "check.how.contains": ", for a longer period that contains it",
    "check.report_dated": (
        "- {value} in the reports dated {days} (each covers the previous day's fighting), "
        "computed from {who}'s daily figures. {derivation}"
    ),
    # agreement with the daily tally (names of readings are `bot check`'s, in English)
    "agree.reading.since": "fighting after the start date, to the report of the end date",
    "agree.reading.corrected": "{convention}, with the correction",
    "agree.words.fighting": "counted by day of fighting",
    "agree.words.reported": "counted by report date",
    "agree.words.fighting_corrected": "counted by day of fighting, with the listed correction",
    "agree.words.reported_corrected": "counted by report date, with the listed correction",
    "agree.words.cumulative": "as a running total reported that morning",
    "agree.words.since": (
        "read as the fighting after the start date up to the report of the end date"
    ),
    "agree.words.other": "read as {convention}",
    "agree.none.undated_day": "a day's figure without a date",
    "agree.none.open_range": "a {kind} without both of its bounds",
    "agree.none.no_period": "no period stated",
    "agree.none.not_covered": "the series does not cover that period",
    "agree.none.undated_total": "a running total without a date",
    "agree.none.no_report": "no report in the series for {day}",
    "agree.reported_on": "{value} reported on {day} ({quote})",
    "compose.article_of": " of {day}",
    "compose.stated_within": (
        'The article{published} dates {figure} only as "{words}": it was stated some time '
        "between {first} and {last}, which overlaps {asked}. It is a running total since the "
        "start of the invasion, not the losses of {asked} alone."
    ),
    "compose.agree_same": "they are the same",
    "compose.agree_within": "it lies within what the published one allows",
    "compose.agrees_fighting": (
        "The published figure ({figure}) agrees with the daily tally {how_read}: {why}."
    ),
    "compose.agrees_reported": (
        "The published figure ({figure}) agrees with the daily tally {how_read}: {derivation} "
        "By day of fighting the tally gives {tally}; the two differ only in how the reports are "
        "dated, not in substance."
    ),
    # comparisons of two periods
    "compare.against": "{first} against {second}",
    "compare.no_figure_line": "- {period}: no figure in my sources.",
    "compare.figure_line": "- {period}: {value}, according to {who} ({source}).",
    "compare.covers_only": " It covers only {span} of the asked {period}.",
    "compare.losses_of": "{noun} losses",
    "compare.how.day": "the day before",
    "compare.how.week": "the week before",
    "compare.how.month": "the month before",
    "compare.how.quarter": "the quarter before",
    "compare.how.season": "the season before",
    "compare.how.half": "the half before",
    "compare.how.year": "the year before",
    "compare.how.period": "the period before",
    "compare.how.same_length": "the period of the same length before",
    "compare.how.year_on": "the same period a year on",
    "compare.missing": (
        "{label}, {first} against {second}{against}: I have no figure{who} for {missing} in my "
        "sources, so I cannot compare them."
    ),
    "compare.from": " from {who}",
    "compare.what_i_have": " What I have:",
    "compare.per_day": (
        "The periods differ in length; per day: {a} ÷ {a_days} = {a_rate} against {b} ÷ "
        "{b_days} = {b_rate}."
    ),
    "compare.other_claimants": (
        "The two figures come from different claimants ({first}; {second}): not like for like."
    ),
    "compare.word.higher": "higher",
    "compare.word.lower": "lower",
    "compare.word.same": "the same",
    "compare.cut": (
        "{label}: {verdict} per day in {first} than in {second}{against}: {a_total} ÷ {a_days} "
        "days = {a} a day against {b_total} ÷ {b_days} days = {b} a day, {diff} a day{pct}. My "
        "figures do not cover all of one period, so the totals are not compared."
    ),
    "compare.same": "{label}: the same in {first} as in {second}{against}: {a} each.",
    "compare.quoted_agrees": "The change you quote, {quoted}, agrees with these figures: {got}.",
    "compare.quoted_differs": (
        "The change you quote, {quoted}, is not what these figures give: {got}."
    ),
    "compare.higher": (
        "{label}: higher in {first} than in {second}{against}: {a} − {b} = {diff}{pct}."
    ),
    "compare.lower": (
        "{label}: lower in {first} than in {second}{against}: {a} − {b} = {diff}{pct}."
    ),
    "compare.yes": "Yes. {block}",
    "compare.no": "No. {block}",
    "compare.nothing": "Nothing was compared: one figure or both are missing from my sources.",
    "compare.caveat": (
        "Figures claimed by {who}; none has been independently verified, and the difference is "
        "computed here, not claimed by anyone."
    ),
    "compare.each_morning": " Each morning report covers the previous day's fighting.",
    # questions about the sources
    "src.side.ukraine": (
        "{name} is on Ukraine's side: a party to the war, so its figures are one side's claims."
    ),
    "src.sides.ukraine": (
        "{name} are on Ukraine's side: a party to the war, so their figures are one side's claims."
    ),
    "src.side.russia": (
        "{name} is on Russia's side: a party to the war, so its figures are one side's claims."
    ),
    "src.sides.russia": (
        "{name} are on Russia's side: a party to the war, so their figures are one side's claims."
    ),
    "src.side.uk": "{name} is the British government: not a party to the war.",
    "src.sides.uk": "{name} are the British government: not a party to the war.",
    "src.side.us": "{name} is the US government: not a party to the war.",
    "src.sides.us": "{name} are the US government: not a party to the war.",
    "src.side.independent": "{name} is independent: not a government, and not a party to the war.",
    "src.sides.independent": (
        "{name} are independent: not a government, and not a party to the war."
    ),
    "src.press.ukraine": (
        "{name} is Ukrainian state press, on Ukraine's side: a party to the war, so its "
        "figures are one side's claims."
    ),
    "src.press.russia": (
        "{name} is Russian state press, on Russia's side: a party to the war, so its figures "
        "are one side's claims."
    ),
    "src.press.uk": "{name} is uk state press, the British government: not a party to the war.",
    "src.press.us": "{name} is us state press, the US government: not a party to the war.",
    "src.press.independent": (
        "{name} is independent state press, independent: not a government, and not a party to "
        "the war."
    ),
    "src.official.ukraine": (
        "Official Ukrainian figures come from a party to the war: they are one side's claims."
    ),
    "src.official.russia": (
        "Official Russian figures come from a party to the war: they are one side's claims."
    ),
    "src.itself.ukraine": "I have no figures from {who} itself; other official Ukrainian figures:",
    "src.itself.russia": "I have no figures from {who} itself; other official Russian figures:",
    "src.not_verified": (
        "Every figure here is a claim by the party named; none is independently verified."
    ),
    "src.which_figure": (
        "I do not know which figure you mean: quote it (“where is the 45,720 from?”) or ask "
        "right after an answer. Where my figures come from:"
    ),
    "src.outlet_role": (
        "an outlet reports figures; the claimant named with each figure stands behind it"
    ),
    "src.no_last": "My last answer quoted no source. Ask a question about losses first.",
    "src.last_from": "The last answer comes from:",
    "src.last_report": "Its last report gives:",
    "breakdown.month": "Month by month:",
    "breakdown.week": "Week by week (Monday to Sunday):",
    "src.first_report": "They start with the report of {day} (the fighting of {fighting}).",
    "src.newest": (
        "My newest article is from {newest} ({newest_name}), the oldest from {oldest} "
        "({oldest_name})."
    ),
    "src.empty": "My knowledge base is empty: no article and no daily series is loaded.",
    "src.with_such": " with such figures",
    "src.no_source": "I have no source{what} in my knowledge base.",
    "src.holdings": "I have {articles} from {outlets} and {series}{what}:",
    "src.listed": "- {source}{title} (figures claimed by {who})",
    "src.more": "…and {count} more (/sources lists them all).",
    "src.note": "Note: {role}. {not_verified}",
    "src.reports_from_to": ", reports from {first} to {last}",
    "src.no_such_from": "I have no such figure from {outlet}.",
    "src.corrections": (
        "Yes: {who}'s daily tally lists {count} corrections, each absorbed by one report's "
        "running total. The biggest:"
    ),
    "src.correction_line": "- {amount} {what}, listed for {listed} (in the report of {report})",
    "src.corrections_note": (
        "A correction is a reclassification in the tally, not losses of a day: my daily and "
        "record figures say when a period spans one."
    ),
    "src.no_corrections": "The daily tally I have lists no corrections.",
    "src.method.days": (
        "The daily figures are {who}'s running totals, one morning report a day, and each "
        "morning report covers the previous day's fighting. So the losses of a day, a week or a "
        "month can be read two ways: by day of fighting, or by report date (what the reports "
        "dated in that period added). When the two differ I give both, each labelled."
    ),
    "src.method.about": (
        '"About" is the source\'s own word: the daily reports give the personnel figure as an '
        "approximate count, not an exact one, and I keep that word with every figure it is on."
    ),
    "src.method.no_series": "I have no daily series loaded, only figures quoted in articles.",
    "src.method.units": (
        "Every figure I have is a count of people or of pieces of equipment, as the sources "
        "give it: none is in tonnes, in military units such as battalions, or in money."
    ),
    "src.no_claimant_in": (
        "No figure from {who} in what {outlet} reports here. What {outlet} reports from others "
        "(not {who}'s):"
    ),
    "src.what_reports": "What {outlet} reports ({articles}):",
    "src.no_such_from_in": "I have no such figure from {outlet} {period}. Its other figures:",
    "src.no_article_from": "I have no article from {outlet} in my knowledge base.",
    "src.cite_one": "{outlets} cites {outlet}:",
    "src.cite_many": "{outlets} cite {outlet}:",
    "src.outlets_held": "The outlets I have are {outlets}.",
    "src.none_gives": "None of my sources gives the figure {value}.",
    "src.is_in": "{value} is in {sources}:",
    "src.tally_same": "The daily tally gives the same figure for that period:",
    "src.what_they_say": "{not_verified} What my sources themselves say about their figures:",
    "src.none_qualifies": "{not_verified} None of my sources qualifies its figures further.",
    "src.news_outlet": "{name} is a news outlet: {role}.",
    "src.theirs": "Figures of theirs that I have (from {outlets}):",
    "src.no_figures_from": "I have no figures from {who}.",
    "src.daily_are": "The daily figures are {who}'s ({source}).",
    "src.articles_quote": "Articles quote figures from:",
    "src.quoted_in": "- {who} (in {outlets})",
    "src.no_such_source": "I have no source with such figures.",
    "src.sources_say": "What the sources themselves say about these figures:",
    "src.second_hand_one": "{outlet} reports it second-hand: it is the claim of {who}.",
    "src.second_hand_many": "{outlet} reports them second-hand: they are the claims of {who}.",
    "noun.articles": "article|articles",
    "noun.outlets": "outlet|outlets",
    "noun.series": "daily series|daily series",
    "noun.sources": "source|sources",
    "record.of_war": "the war",
    "record.of_war_to": "the war up to {day}",
    "record.of_year": "{year}",
    "record.highest_label": "highest day of {words}",
    "record.reported_that_day": "reported that day",
    "record.fighting_that_day": "fighting of that day",
    "record.where": "in {who}'s daily figures ({label})",
    "record.according": "according to {who} ({source}).",
    "record.day_reported": "- The report dated {day}: {value}, {cited} {derivation}",
    "record.day_fought": "- The fighting of {day}: {value}, {cited} {derivation}",
    "record.highest_line": (
        "- Highest day of {words}: {value} for the fighting of {fought}, {cited} {sentence}"
    ),
    "record.day_rounded": (
        "- The report dated {report} jumped by {raw}, which is not a day's losses: reports "
        "before {rounded} were rounded early-war estimates."
    ),
    "record.caveat": (
        "Figures claimed by {who}; none has been independently verified. The comparison with "
        "the highest day is computed here, not claimed by anyone."
    ),
    "record.yes_fought": (
        "Yes: the fighting of {day}, {value}, is the highest day of {words} {where}."
    ),
    "record.yes_reported": (
        "Yes, counted by report date: the report dated {day} added {value} (the fighting of "
        "{fought}), the highest day of {words} {where}."
    ),
    "record.no": (
        "No: the highest day of {words} {where} is {fought}, with {value}; {day} has these:"
    ),
    "average.covered": (
        "You asked about {asked} ({days} {days_noun}); my figures cover {used} ({have} "
        "{have_noun}), so the average is over those days only."
    ),
    "average.under_one_an_hour": (
        "Fewer than one a hour on average ({total} over {hours} hours), so here it is per day:"
    ),
    "average.caveat": (
        "An average of figures claimed by {who}; none has been independently verified. Each "
        "morning report covers the previous day's fighting."
    ),
    # the caveat: the product's promise
    "caveat.one": "This figure is claimed by {who} and has not been independently verified.",
    "caveat.many": "These figures are claimed by {who}; none has been independently verified.",
    "caveat.wrote": '{source} wrote: "{quote}"',
    "caveat.tally": (
        "Figures computed from the daily tally are differences of cumulative figures that "
        "Ukraine's General Staff publishes; they are its claims too."
    ),
    # no figure
    "nofig.no_metric": "I have no figures on {losses}. I have {side} figures for: {names}.",
    "nofig.no_side": "I have no figures on {side} losses at all.",
    "nofig.no_claimant": "No {side} {noun} figure from {who} in my sources.",
    "nofig.from_none": "No figure from {who} on this in my sources.",
    "nofig.no_claimant_newest": (
        "I found no {side} {noun} figures from {who} among the newest ones."
    ),
    "nofig.others_one": "{others} does report them.",
    "nofig.others_many": "{others} do report them.",
    "nofig.other_sources": "other sources",
    "nofig.period": "I have no figure for {losses} {asked}.",
    "nofig.period_from": "I have no figure for {losses} {asked} from {who}.",
    "nofig.only_kind": (
        "I have no figure counting only the {kind} among {side} personnel losses {asked}."
    ),
    "nofig.only_kind_from": (
        "I have no figure counting only the {kind} among {side} personnel losses {asked} "
        "from {who}."
    ),
    "nofig.pointers": "I have {noun} figures for {periods}.",
    "nofig.pointers_from": "From {who}, I have {noun} figures for {periods}.",
    "nofig.that": "I have no figure for that.",
    "nofig.metrics": "I have no figures {asked} for {names}.",
    "pointer.total_as_of": "the total as of {day}",
    "suggest.total": "{losses} in total",
    "suggest.total_as_of": "{losses} in total as of {day}",
    "suggest.period": "{losses} {period}",
    "claimant.or_other_ukraine": "{claimant} (or any other Ukrainian official source)",
    "claimant.or_other_russia": "{claimant} (or any other Russian official source)",
    # The bodies named, so that the first line says whose figure is missing.
    "official.ukraine": "Ukrainian official sources (the General Staff, the Ministry of Defence)",
    "official.russia": "Russian official sources (the Kremlin, the Russian Ministry of Defence)",
    "official.either": "official sources of either side (Ukrainian or Russian officials)",
    "compare.index": "As an index ({base} = 100): {index}.",
    # not a question about losses
    "chat.hello": "Hello!",
    "chat.empty": "Please ask a question.",
    "chat.cannot": "Sorry, I cannot answer that: {reason}",
    "chat.thanks": "You're welcome!",
    "chat.languages": "I read questions in English, Ukrainian and Russian only.",
    "chat.off_topic": "Sorry, I can only answer questions about military losses.",
    "chat.intro": (
        "I answer questions about military losses in the Russia–Ukraine war from claims "
        "published in the news, always saying who claims a figure and where it was reported. "
        "I have figures on Russian {have}."
    ),
    "chat.nothing_yet": "nothing yet",
    "chat.examples": "For example: {examples}.",
    "example.month": "Russian losses in November 2024",
    "example.tanks": "How many tanks has Russia lost in total?",
    "example.kremlin": "What does the Kremlin say about its losses?",
    # how a question or a follow-up was read (issue 15)
    "read.as": "I read the question as: {what}.",
    "read.followup": "I read this as: {what}",
    "read.beside": "{first} beside {second}",
    # "is that a record?" after a figure (wave 7)
    "share.of_total": "{part} is {share} of the running total of {whole} by {day}.",
    "record.is_yes": "Yes: {value} is the highest {unit} figure I have for these losses.",
    "record.is_no": (
        "No: the highest {unit} figure I have is {record}; the last figure was {value}."
    ),
    "record.is_unit.day": "single-day",
    "record.is_unit.week": "weekly",
    "record.is_unit.month": "monthly",
    "record.is_unit.year": "yearly",
    "read.not_found": "I found no such claim in my sources.",
    # Ukrainian or Russian typed in Latin letters, read in Cyrillic ones (wave 6)
    "read.latin": "I read your Latin letters as: «{text}».",
    "read.layout": "Your keyboard seems set to English letters; I read them as: «{text}».",
    "read.unread": (
        "I could not read: {words}. So I give no figure: it could be about something other "
        "than what you asked."
    ),
    "sources.none": "My last answer quoted no source. Ask a question about losses first.",
    "sources.from": "The last answer comes from:",
    # the chat's frame around an answer (Telegram and the console)
    "ui.source": "Source",
    "ui.sources": "Sources",
    "ui.try": "You could try:",
    "ui.caveat_short": "Claims, not verified facts: see /about.",
    "ui.cut": "(Your question was cut to its first {count} characters.)",
    "ui.wrong_answer": "Wrong answer?",
    "ui.how_to_ask": "How to ask me",
    # /start and /help (Telegram HTML: the caller escapes the values)
    "help.intro": (
        "I answer questions about military losses in the Russia–Ukraine war <b>from claims "
        "published in the news</b>. Every figure comes with who claims it, where it was "
        "published and for which period. A claim is not a verified fact."
    ),
    "help.known": "I know <b>{claims}</b> {claims_word} from <b>{articles}</b> {articles_word}",
    # a noun's forms by count, as CLDR's plural categories (English: one|other; Ukrainian
    # and Russian: one|few|many): "1 article", "2 articles"; "1 статті", "5 статей"
    "noun.claims_known": "claim|claims",
    "noun.articles_from": "article|articles",
    "noun.days_skipped": "day|days",
    "noun.days": "day|days",
    "help.published": "(published {first} to {last})",
    "help.series": "and <b>{claims}</b> daily figures from {series} data series",
    "help.cover": "The figures cover {first} to {last}.",
    "help.available": "Figures available for: {metrics}.",
    "help.none_yet": "none yet",
    "help.try": "Try asking:",
    "help.how": (
        "In a private chat, just write your question. In a group, use "
        "<code>/ask your question</code>, mention me, or reply to one of my messages. "
        "In any chat you can also type <code>{mention}your question</code>.\n"
        "/sources lists what I have read; /export sends the claims behind my last answer "
        "as a spreadsheet (CSV)."
    ),
    "help.subscribe": (
        "/subscribe sends a digest of the figures every morning at {hour}:00 ({tz} time)."
    ),
    "help.no_series": "There is no daily series loaded.",
    "help.example_tanks": "How many Russian tanks were destroyed in February 2024?",
    "help.example_day": "Russian personnel losses on December 3, 2024",
    "help.example_total": "How many soldiers did Russia lose in total according to Ukraine?",
    "lang.usage": (
        "Usage: /lang en, /lang uk, /lang ru, or /lang auto (the question's own language). "
        "I read questions in English, Ukrainian and Russian only."
    ),
    # one claim on its own (a card: the digest, an added article, an inline result)
    "card.line": "{figure} {what} ({side}), {period} — according to {who}",
    "card.undated": "The article had no date, so the period is uncertain.",
    "card.source": "Source: {source}",
    "country.russia": "Russia",
    "country.ukraine": "Ukraine",
    "country.other": "Other",
    # the daily digest
    "digest.title": "Daily digest, {day}",
    "digest.no_report": "No report of {day} is loaded yet.",
    "digest.kept": "The previous figures are kept.",
    "digest.no_articles": "No articles were added since the last digest.",
    "digest.articles": "Articles added since the last digest: {count}",
    "digest.latest_shown": "(the latest {count} shown)",
    "digest.more": "… and {count} more from {title}.",
    "digest.caveat": (
        "Figures from articles are claims by the side or body named with each; none has been "
        "independently verified."
    ),
    # /about: the full caveat that each answer's one line points to
    "about.title": "About these figures",
    "about.claims": (
        "Every figure I give is a claim: somebody (a government, an army, an intelligence "
        "service, a researcher) said it, and a news outlet or a daily tally published it. I say "
        "who claims it, where it was published and for which period."
    ),
    "about.unverified": (
        "None of these figures is independently verified. Each side has reasons to overstate "
        "the other's losses and understate its own; estimates by outside governments and "
        "researchers differ by method and by what they count (killed, wounded, missing)."
    ),
    "about.computed": (
        "Figures I compute (a month from a daily tally, a difference, an average) are "
        "arithmetic on those claims and are only as good as they are. When sources disagree, "
        "I show each."
    ),
    "about.never": (
        "I never give a number that is not in a stored claim. /sources lists what I have read."
    ),
    "event.jump_up": (
        "The report dated {day} raised {who}'s running total of {what} by {raw}: {current}, "
        "against {previous} in the report of {before}."
    ),
    "event.jump_down": (
        "The report dated {day} lowered {who}'s running total of {what} by {raw}: {current}, "
        "against {previous} in the report of {before}. A running total that goes down is a "
        "correction of the tally, not negative losses."
    ),
    "event.correction": (
        "That report absorbs a correction of {amount} listed for {listed} (a reclassification "
        "in the tally, not losses of a day)."
    ),
    "event.net": (
        "Without the correction the report added {net}, the losses it claims for the fighting "
        "of {fought}."
    ),
    "event.down_unlisted": (
        "No correction is listed for that report: the tally itself was revised down."
    ),
    "event.no_correction": (
        "No correction is listed for that report: the change is what it claims for the fighting "
        "of {fought}."
    ),
    "event.rounded": (
        "Reports before {day} were rounded early-war estimates: their jumps are not a day's losses."
    ),
    "event.quoted_is_raw": (
        "{written} is what that report changed the total by, correction included."
    ),
    "event.quoted_is_correction": "{written} is the listed correction, not a day's losses.",
    "event.quoted_is_net": "{written} is what that report added without the correction.",
    "event.quoted_not": "{written} is not what that report changed the total by.",
    "event.arithmetic": (
        "{current} reported on {day} minus {previous} reported on {before} = {raw}."
    ),
    "event.jump_label": "change of the running total in one report",
    "event.correction_label": "correction listed for {listed}",
    "event.cited": "Claimed by {who} ({source}).",
    "event.total_found": (
        "{value} is {who}'s running total of {what} in the report dated {day}, the first "
        "report to give it."
    ),
    "event.caveat": (
        "Figures claimed by {who}; none has been independently verified. Differences are "
        "computed here from its running totals, not claimed by anyone."
    ),
    "event.passed": (
        "{who}'s running total of {what} first reached {value} in the report dated {day}: {total}."
    ),
    "event.before": "The report before it, of {day}, gave {total}.",
    "event.within": "So yes: it passed {value} within {period}.",
    "event.total_by": "The running total in the report of {day}: {total}.",
    "event.not_within": "So no: it did not pass {value} within {period}.",
    "event.interval": "From {low} to {high}: {days} days between those two reports.",
    "event.interval_yes": "So yes: that is {way} {days} days.",
    "event.interval_no": "So no: that is not {way} {days} days.",
    "event.passed_with_correction": (
        "That report absorbs a listed correction of {amount} (a reclassification in the tally)."
    ),
    "event.not_yet": (
        "{who}'s running total of {what} had not reached {value} by its last report, of {day}: "
        "{total}."
    ),
    "event.first_day": (
        "The first day of fighting with {value} or more {what} according to {who}: {fought}, "
        "{figure} (in the report of {report})."
    ),
    "event.skipped": (
        "{count} earlier jump(s) of that size skipped: reports before {day} were rounded "
        "early-war estimates, and a report absorbing a listed correction is not a day's losses."
    ),
    "event.first_day_label": "first day with {value} or more",
    "event.no_day": (
        "No run of {days} day(s) in {span} changed the running total of {what} by {value}."
    ),
    "event.highest_day": (
        "The highest of that period: {figure} for the fighting of {fought} (in the reports of "
        "{report})."
    ),
    "event.day_found": (
        "Yes, {value} {what} is in the tally: the reports of {report} (the fighting of {fought}) "
        "added it: {arithmetic}"
    ),
    "event.hit_artefact": (
        "That jump is not a day's losses: it absorbs a listed correction or falls before {day}, "
        "when the reports were rounded estimates."
    ),
}

LANG_USAGE = PHRASES["lang.usage"]  # /lang's usage in English (chats get theirs from `say`)


def say(key: str, **values: object) -> str:
    """The phrase `key` in the current language with its blanks filled (the English row
    when a language lacks one: the table test fails on that, the reader is not left without
    an answer)."""
    lang = _LANGUAGE.get()
    template = loc.PHRASES[lang].get(key) if lang != "en" else None
    return tidy((template or PHRASES[key]).format(**values))


_DOUBLE_DOT = re.compile(r"(\b(?:р|г|рр|гг|ст|тис)\.)\.")
_A_HOUR = re.compile(r"\b([Aa]) (?=hours?\b)")  # "a {unit}" filled with "hour"


def tidy(text: str) -> str:
    """One full stop after a date's "р."/"г." closing a sentence ("2024 р.." reads as a typo);
    "an hour", never "a hour", where a template's "a {unit}" is filled with "hour"."""
    return _A_HOUR.sub(r"\1n ", _DOUBLE_DOT.sub(r"\1", text))


_DATE_NOTES = (
    "date.day_first", "date.weekday", "date.report_day", "date.iso_week", "date.season_spring",
    "date.season_summer", "date.season_autumn", "date.season_fall", "date.season_winter",
    "date.feast_both", "date.feast_orthodox", "date.feast_western", "date.as_you_said",
    "date.iso_weeks", "date.week_of", "date.weekend", "date.tens", "date.halves",
    "date.war_day", "date.war_days", "date.anniversary", "date.latest_year", "date.one_day",
    "date.running_total", "date.read_as", "date.period_as", "date.until_start",
)  # fmt: skip
# Blanks holding English days or spans ("3 April 2023 to 9 April 2023"), said again per locale.
_SPAN_BLANKS = frozenset({"days", "other"})
# Blanks holding an English word of the note's own (a feast's name, "day first").
_WORD_BLANKS = frozenset({"name", "order", "words"})
_ENGLISH_DAY = (
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d{4}"
)
_ENGLISH_SPAN = re.compile(rf"({_ENGLISH_DAY})(?: to ({_ENGLISH_DAY}))?")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DAY_BLANKS = frozenset({"day", "first", "last"})
_WEEKDAY_BLANKS = frozenset({"actual", "said"})


def _template_re(template: str) -> re.Pattern[str]:
    """An English template as a pattern that reads its blanks back."""
    seen: set[str] = set()
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(parts) + "$")


_NOTE_RES = {key: _template_re(PHRASES[key]) for key in _DATE_NOTES}


def date_note(note: str) -> str:
    """A date note of knowledge/dates.py (English) said in the current language; as it is
    when it is not one of the notes the table knows."""
    if _LANGUAGE.get() == "en":
        return note
    for key, pattern in _NOTE_RES.items():
        found = pattern.match(note)
        if found is None:
            continue
        values = _note_values(found.groupdict())
        said = say(key, **values) if values is not None else note
        # a blank the tables could not say leaves English words: then the note as written
        return note if values is None or _still_english(said) else said
    return note


def _note_values(values: dict[str, str]) -> dict[str, str] | None:
    """A date note's blanks said in the current language (None when one cannot be)."""
    try:
        for name in _DAY_BLANKS & values.keys():
            values[name] = day_text(dt.datetime.strptime(values[name], "%d %B %Y").date())
        for name in _WEEKDAY_BLANKS & values.keys():
            values[name] = weekday_name(values[name])
    except (ValueError, KeyError):
        return None
    for name in _SPAN_BLANKS & values.keys():
        values[name] = _ENGLISH_SPAN.sub(_span_said, values[name])
    words = loc.NOTE_WORDS[_LANGUAGE.get()]
    for name in _WORD_BLANKS & values.keys():
        values[name] = words.get(values[name], values[name])
    if _LATIN_LETTER.search(values.get("raw", "")):  # the English reading of the asker's words
        values["raw"] = words["it"]
    if "ordinal" in values:  # "3rd": the number alone, the phrase says which it is
        values["ordinal"] = values["ordinal"].rstrip("stndrh")
    return values


def _span_said(m: re.Match[str]) -> str:
    """An English day or span of days of a note in the current language."""
    first = dt.datetime.strptime(m[1], "%d %B %Y").date()
    last = dt.datetime.strptime(m[2], "%d %B %Y").date() if m[2] else first
    return span_text(first, last)


def _still_english(said: str) -> bool:
    """Whether a translated note still has English words."""
    return bool(_LATIN_LETTER.search(said.replace("ISO", "")))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_name(english: str) -> str:
    """`Friday` in the current language (`п'ятниця`)."""
    lang = _LANGUAGE.get()
    if lang == "en":
        return english
    monday = dt.date(2024, 1, 1)
    return loc.weekday(monday + dt.timedelta(days=_WEEKDAYS.index(english.lower())), lang)


def counted(count: int, key: str) -> str:
    """The form of noun `key` that goes with `count` in the current language (CLDR plural
    rules through babel): `counted(5, "noun.articles_from")` is "articles" ("статей")."""
    forms = say(key).split("|")
    category = loc.plural_category(count, _LANGUAGE.get())
    order = ("one", "other") if len(forms) == 2 else ("one", "few", "many")
    return forms[order.index(category)] if category in order else forms[-1]


def capital(text: str) -> str:
    """`text` with its first letter capitalised (a phrase opening a sentence)."""
    return text[:1].upper() + text[1:]


def join(items: Sequence[str], *, word: str = "join.and") -> str:
    """`a`, `a and b`, `a, b and c` (or with "or") in the current language."""
    if len(items) <= 1:
        return "".join(items)
    return say(word, items=", ".join(items[:-1]), last=items[-1])


def side_word(subject: str) -> str:
    """`Russian`, `Ukrainian` (in Ukrainian and Russian: "втрати росії", "потери Украины")."""
    return say("side.ukraine" if subject == "ukraine" else "side.russia")


def metric_noun(metric: Metric) -> str:
    """The metric as it stands in "Russian tank losses": `tank` (Ukrainian: "танки")."""
    lang = _LANGUAGE.get()
    return METRIC_NOUNS[metric][0] if lang == "en" else loc.METRIC_NAMES[lang][metric]


def metric_label(metric: Metric, english: str) -> str:
    """A metric's name in a list ("tanks", "artillery systems"); `english` is the lexicon's."""
    lang = _LANGUAGE.get()
    return english if lang == "en" else loc.METRIC_NAMES[lang][metric]


def losses(
    subject: str, metric: Metric, kind: PersonnelKind | None = None, *, label: str | None = None
) -> str:
    """`Russian tank losses`, `Ukrainian personnel (killed) losses` (`label`: another name
    for the metric, in the current language)."""
    noun = say(f"kind.{kind.value}") if kind in KIND_KEYS else label or metric_noun(metric)
    return say("losses", side=side_word(subject), noun=noun)


KIND_KEYS = frozenset({PersonnelKind.killed, PersonnelKind.wounded, PersonnelKind.captured})


def claimant_text(name: str) -> str:
    """A stored claimant's name in running text: "the UK Ministry of Defence" in English,
    the name a Ukrainian or Russian newsroom uses in those languages (as stored without one)."""
    lang = _LANGUAGE.get()
    if lang != "en":
        return loc.claimant(name, lang)
    return f"the {name}" if name.startswith(("UK ", "US ", "U.S. ")) else name


def claimant_name(name: str) -> str:
    """A stored claimant's name as a label ("figures claimed by UK Ministry of Defence"): bare
    in English, the name a Ukrainian or Russian newsroom uses in those languages."""
    lang = _LANGUAGE.get()
    return name if lang == "en" else loc.claimant(name, lang)


def outlet_text(name: str) -> str:
    """An outlet's name in the current language where it has one (else as published)."""
    lang = _LANGUAGE.get()
    return name if lang == "en" else loc.outlet(name, lang)


def qualified(value: int, qualifier: Qualifier | None, value_max: int | None = None) -> str:
    """`about 45,720`, `1,000 to 1,200` in the current language."""
    text = number(value)
    if value_max is not None and value_max != value:
        text = say("figure.range", low=text, high=number(value_max))
    if (
        qualifier is None
        or qualifier.value == "exact"
        or f"qualifier.{qualifier.value}" not in PHRASES
    ):
        return text
    return say(f"qualifier.{qualifier.value}", value=text)


METRIC_NOUNS: dict[Metric, tuple[str, str]] = {
    # (adjective form for "Russian tank losses", plural for "tank figures")
    Metric.personnel: ("personnel", "personnel"),
    Metric.tanks: ("tank", "tank"),
    Metric.armored_vehicles: ("armoured vehicle", "armoured vehicle"),
    Metric.artillery: ("artillery", "artillery"),
    Metric.mlrs: ("multiple rocket launcher", "multiple rocket launcher"),
    Metric.air_defense: ("air defence", "air defence"),
    Metric.aircraft: ("aircraft", "aircraft"),
    Metric.helicopters: ("helicopter", "helicopter"),
    Metric.drones: ("drone", "drone"),
    Metric.ships: ("ship and boat", "ship and boat"),
    Metric.submarines: ("submarine", "submarine"),
    Metric.vehicles: ("vehicle and fuel tank", "vehicle and fuel tank"),
    Metric.cruise_missiles: ("cruise missile", "cruise missile"),
    Metric.special_equipment: ("special equipment", "special equipment"),
    Metric.other: ("other equipment", "other equipment"),
}

# "about ", "more than ": the English words before a qualified figure (public, for clients).
QUALIFIER_WORDS: dict[Qualifier, str] = {
    q: PHRASES[f"qualifier.{q.value}"].replace("{value}", "")
    for q in Qualifier
    if f"qualifier.{q.value}" in PHRASES
}


def day_text(date: dt.date) -> str:
    """`3 December 2024` (`3 грудня 2024 р.`, `3 декабря 2024 г.`)."""
    lang = _LANGUAGE.get()
    return f"{date.day} {date:%B} {date.year}" if lang == "en" else loc.day(date, lang)


def day_short(date: dt.date | None) -> str:
    """`9 Feb 2024`, or an empty string (the compact form of claim cards)."""
    if not date:
        return ""
    lang = _LANGUAGE.get()
    return f"{date.day} {date:%b %Y}" if lang == "en" else loc.day_short(date, lang)


def day_month(date: dt.date) -> str:
    """`3 December` (no year)."""
    lang = _LANGUAGE.get()
    return f"{date.day} {date:%B}" if lang == "en" else loc.day_month(date, lang)


def month_name(date: dt.date) -> str:
    """`November`."""
    lang = _LANGUAGE.get()
    return f"{date:%B}" if lang == "en" else loc.month_name(date, lang)


def claim_period(kind: PeriodKind, start: dt.date | None, end: dt.date | None) -> str:
    """The period a claim covers, compactly: `9 Feb 2024`, `3 Feb 2024 – 9 Feb 2024`,
    `since the start of the war, as of 9 Feb 2024`."""
    if kind == PeriodKind.cumulative:
        return say("card.cumulative", day=day_short(end)) if end else say("card.war_total")
    if start and end and start != end:
        return f"{day_short(start)} – {day_short(end)}"
    if end:
        return day_short(end)
    return say("card.not_stated")


def month_text(date: dt.date) -> str:
    """`November 2024`."""
    lang = _LANGUAGE.get()
    return f"{date:%B} {date.year}" if lang == "en" else loc.month_year(date, lang)


def year_text(year: int) -> str:
    """`2024` (`2024 рік`)."""
    lang = _LANGUAGE.get()
    return str(year) if lang == "en" else loc.year(year, lang)


def number(value: int) -> str:
    """`12,345` (`12 345` in Ukrainian and Russian)."""
    lang = _LANGUAGE.get()
    return f"{value:,}" if lang == "en" else loc.number(value, lang)


def decimal(value: float) -> str:
    """`4.29`, `30` (`4,29` in Ukrainian and Russian): a count of units, two decimals at most."""
    if value == int(value):  # a whole count with the language's separators ("1,626")
        return number(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if _LANGUAGE.get() == "en" else text.replace(".", ",")


def percent(share: float) -> str:
    """`+8.9%` (`+8,9 %` in Ukrainian and Russian): a signed share with one decimal."""
    text = f"{share:+.1%}"
    return text if _LANGUAGE.get() == "en" else text.replace(".", ",").replace("%", "\xa0%")


def signed(value: int) -> str:
    """`+1,650` or `-20`."""
    return ("+" if value >= 0 else "-") + number(abs(value))


def _whole_month(first: dt.date, last: dt.date) -> bool:
    return first.day == 1 and last == month_end(first.year, first.month)


def _whole_year(first: dt.date, last: dt.date) -> bool:
    return first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31)


def span_text(start: dt.date, end: dt.date) -> str:
    """A period in words: a day, a month, a year, or `1 September – 30 November 2024`."""
    if start == end:
        return day_text(start)
    if _whole_month(start, end):
        return month_text(start)
    if _whole_year(start, end):
        return year_text(start.year)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{day_text(end)}"
        return f"{day_month(start)} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def _span_long(first: dt.date, last: dt.date) -> str:
    """`span_text` as a phrase in a sentence: "on 3 May 2024", "from 3 to 9 February 2024"."""
    if first == last:
        return say("period.on", day=day_text(first))
    if _whole_month(first, last) or _whole_year(first, last):
        return say("period.in", span=span_text(first, last))
    if first.year == last.year and first.month == last.month:
        return say("period.from_to", first=str(first.day), last=day_text(last))
    if first.year == last.year:
        return say("period.from_to", first=day_month(first), last=day_text(last))
    return say("period.from_to", first=day_text(first), last=day_text(last))


def period_words(
    kind: PeriodKind, start: dt.date | None, end: dt.date | None, *, short: bool = False
) -> str:
    """A period in words: "on 8 December 2023", "in November 2024", "from 3 to 9 February
    2024", "since the start of the full-scale invasion (24 February 2022) to 9 February 2024".
    `short` gives the forms used in lists ("3–9 February 2024", "in total as of ...")."""
    if kind == PeriodKind.cumulative or (start == WAR_START and end and end > start):
        if end is None:
            return say("period.total") if short else say("period.since_invasion")
        if start is None or start <= WAR_START:
            if short:
                return say("period.total_as_of", day=day_text(end))
            return say("period.since_invasion_to", war_start=day_text(WAR_START), day=day_text(end))
    if start is None and end is None:
        return say("period.unstated")
    if kind == PeriodKind.unspecified and (start is None or start == end):
        when = day_text(end or start)  # type: ignore[arg-type]
        return say("period.up_to", day=when) if short else say("period.not_stated_up_to", day=when)
    first = start or end
    last = end or start
    assert first is not None and last is not None
    return span_text(first, last) if short else _span_long(first, last)


# Why words of a question could not be used, by the kind of words they are (issue 12,
# requirement 1): "I could not use 'Avdiivka': my figures are not broken down by place".
UNREAD_REASONS: dict[str, str] = {
    key.removeprefix("unread."): text
    for key, text in PHRASES.items()
    if key.startswith("unread.") and "{" not in text and key != "unread.other"
}


def _quoted(texts: list[str]) -> str:
    """'a', 'b' or 'c'."""
    return join([say("quote.word", text=t) for t in texts], word="join.or")


def unread_lead(spans: Sequence[UnreadSpan]) -> str:
    """The first line of an answer whose question had words that could change the answer and
    were not used; empty when there were none."""
    by_reason: dict[str, list[str]] = {}
    for span in spans:
        if span.constrains and span.text not in by_reason.get(span.kind, []):
            by_reason.setdefault(span.kind, []).append(span.text)
    sentences = [
        say(
            "unread.could_not_use",
            words=_quoted(texts),
            reason=say(f"unread.{kind}" if kind in UNREAD_REASONS else "unread.other"),
        )
        for kind, texts in by_reason.items()
    ]
    sentences += [
        say("unread.duration", words=span.text) for span in spans if span.kind == "duration"
    ]
    sources = [span.text for span in spans if span.kind == "source"]
    if sources:
        sentences.append(say("unread.source", words=_quoted(sources)))
    return " ".join(sentences)


def instead(question: str) -> str:
    """What to ask instead of a question with words that could not be used."""
    return say("instead.ask", question=question) if question else say("instead.none")


def coverage_line(last_report: dt.date) -> str:
    """Where the daily figures end (issue 12, requirement 8), for answers and /help."""
    return say(
        "coverage",
        day=day_text(last_report),
        fighting=day_text(last_report - dt.timedelta(days=1)),
    )
