"""Rendering for Telegram: escaping, sources as links, and splitting long HTML into messages.

Every piece `split_html`/`split_message` produce is checked with the Bot API stand-in's HTML
parser, which follows Telegram's rules (supported tags only, balanced, `<>&` escaped).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram import render
from bot.telegram.render import answer_blocks, split_html, split_message, units
from knowledge.models import Answer, Claim, Metric, PeriodKind, Qualifier, SourceRef
from tests.support.botapi import ApiError, parse_html


def plain(html: str) -> str:
    return parse_html(html)[0]


def claim(**overrides: object) -> Claim:
    fields: dict[str, object] = {
        "metric": Metric.tanks,
        "value": 42,
        "qualifier": Qualifier.exact,
        "claimant": "Ukraine's General Staff",
        "period_kind": PeriodKind.range,
        "period_start": dt.date(2024, 2, 3),
        "period_end": dt.date(2024, 2, 9),
        "quote": "Russia also lost 42 tanks",
        "source": SourceRef(
            id="a1",
            title="Russia lost <over> 4,500 troops & 42 tanks",
            publisher="News & Co",
            url='https://example.org/a?x=1&y="2"',
            published=dt.date(2024, 2, 9),
        ),
    }
    fields.update(overrides)
    return Claim.model_validate(fields)


# -- escaping and links ------------------------------------------------------------------------


def test_source_link_escapes_the_url_and_the_name() -> None:
    html = render.source_line(claim().source)
    assert html.startswith(
        '<a href="https://example.org/a?x=1&amp;y=&quot;2&quot;">News &amp; Co</a>'
    )
    text, entities = parse_html(html)
    assert text == "News & Co, “Russia lost <over> 4,500 troops & 42 tanks”, 9 Feb 2024"
    assert entities[0]["type"] == "text_link"
    assert entities[0]["url"] == 'https://example.org/a?x=1&y="2"'


@pytest.mark.parametrize("url", [None, "", "javascript:alert(1)", "ftp://x/y", "not a url"])
def test_no_link_without_a_web_url(url: str | None) -> None:
    ref = SourceRef(id="a1", publisher="Reuters", url=url)
    assert render.source_link(ref) == "Reuters"


def test_outlet_falls_back_to_the_site_then_the_title() -> None:
    assert render.outlet(SourceRef(id="x", url="https://www.kyivindependent.com/a")) == (
        "kyivindependent.com"
    )
    assert render.outlet(SourceRef(id="x", title="Some title")) == "Some title"
    assert render.outlet(SourceRef(id="x")) == "x"


def test_answer_blocks_escape_everything_and_set_the_caveat_apart() -> None:
    result = Answer(
        question="<b>tanks</b> & <script>",
        answered=True,
        text="Ukraine's General Staff says 42 <tanks> & more",
        caveat="A claim by one side <unverified>",
        claims=[claim(), claim(value=43)],
    )
    html = "\n\n".join(answer_blocks(result))
    text, entities = parse_html(html)
    assert "42 <tanks> & more" in text
    assert "\n\n⚠️ A claim by one side <unverified>" in text
    assert text.count("News & Co") == 1  # one line per source, not per claim
    assert "<script>" not in html  # the question is not echoed when there is an answer
    assert {e["type"] for e in entities} <= {"bold", "italic", "text_link"}


def test_the_caveat_is_shown_once_apart_from_the_body() -> None:
    caveat = "This figure is claimed by X and has not been independently verified."
    for body in ("", "Russian tank losses: 42."):  # with and without Answer.body
        result = Answer(
            question="q",
            answered=True,
            text=f"Russian tank losses: 42.\n\n{caveat}",
            body=body,
            caveat=caveat,
        )
        text = plain("\n\n".join(answer_blocks(result)))
        assert text == f"Russian tank losses: 42.\n\n⚠️ {caveat}"


def test_unanswered_echoes_the_question_escaped() -> None:
    result = Answer(question="q", answered=False, text="No figure.", suggestions=["<i>try</i>"])
    html = "\n\n".join(answer_blocks(result, question='<b>"&"</b> <script>'))
    text, _ = parse_html(html)
    assert '❓ <b>"&"</b> <script>' in text
    assert "• <i>try</i>" in text


def test_claim_block_has_figure_claimant_period_quote_and_source() -> None:
    text = plain(render.claim_block(claim(qualifier=Qualifier.more_than, value=4540)))
    assert "more than 4,540 tanks (Russia), 3 Feb 2024 – 9 Feb 2024" in text
    assert "according to Ukraine's General Staff" in text
    assert "Russia also lost 42 tanks" in text
    assert "Source: News & Co" in text


def test_reload_summary_lists_rejected_files() -> None:
    from knowledge.models import RejectedFile, ReloadReport

    report = ReloadReport(
        ok=False,
        db_path="kb.db",
        sources_dir="s",
        error="no usable source with any figure in <dir>",
        rejected=[RejectedFile(path="a&b.pdf", reason="unsupported file type '.pdf'")],
    )
    text = plain("\n\n".join(render.reload_blocks(report)))
    assert "Reload failed: no usable source with any figure in <dir>." in text
    assert "previous knowledge base is still being used" in text
    assert "a&b.pdf: unsupported file type '.pdf'" in text


# -- splitting ---------------------------------------------------------------------------------


def test_short_text_is_one_message() -> None:
    assert split_message(["<b>a</b>", "b"]) == ["<b>a</b>\n\nb"]


def test_blocks_are_packed_whole() -> None:
    blocks = [f"<b>{n}</b> " + "x" * 90 for n in range(100)]
    messages = split_message(blocks, limit=1000)
    assert all(units(m) <= 1000 for m in messages)
    joined = "\n\n".join(messages)
    assert joined == "\n\n".join(blocks)  # nothing cut, nothing lost, same order
    for message in messages:
        parse_html(message)


def test_cut_prefers_paragraphs_then_lines() -> None:
    paragraph = "\n".join(["line " + "y" * 50] * 5)
    html = "\n\n".join([paragraph] * 20)
    pieces = split_html(html, limit=1000)
    assert all(units(p) <= 1000 for p in pieces)
    # Every cut falls between paragraphs: nothing lost, no paragraph broken.
    assert all(p.startswith("line ") and p.endswith("y" * 50) for p in pieces)
    assert "\n\n".join(pieces) == html
    # A paragraph longer than the limit is cut between its lines.
    pieces = split_html("\n".join(["line " + "z" * 50] * 40), limit=500)
    assert all(p.startswith("line ") and p.endswith("z" * 50) for p in pieces)


def test_tags_open_at_a_cut_are_closed_and_reopened() -> None:
    html = '<b>bold <a href="https://e.org/?a=1&amp;b=2">' + "link words " * 300 + "</a></b> tail"
    pieces = split_html(html, limit=500)
    assert len(pieces) > 5
    for piece in pieces:
        assert units(piece) <= 500
        parse_html(piece)
    assert pieces[1].startswith('<b><a href="https://e.org/?a=1&amp;b=2">')
    assert pieces[0].endswith("</a></b>")
    words = " ".join(plain(p) for p in pieces).split()
    assert words == plain(html).split()


def test_entities_and_long_words_are_never_cut_inside() -> None:
    html = "&amp;&lt;&gt;" * 400 + " " + "w" * 3000 + " <i>" + "é&quot;" * 500 + "</i>"
    pieces = split_html(html, limit=256)
    for piece in pieces:
        assert units(piece) <= 256
        parse_html(piece)
    assert "".join(plain(p) for p in pieces).replace(" ", "") == plain(html).replace(" ", "")


def test_one_message_keeps_the_caveat_and_cuts_the_rest() -> None:
    blocks = ["❓ <i>q</i>", "<b>" + "word " * 2000 + "</b>", "Sources: x", "⚠️ <i>caveat</i>"]
    message = render.one_message(blocks)
    assert units(message) <= 4096
    text = plain(message)
    assert text.startswith("❓ q\n\nword word")
    assert text.endswith("…\n\n⚠️ caveat")
    assert render.one_message(["a", "b"]) == "a\n\nb"


def test_utf16_counts_emoji_as_two() -> None:
    html = "😀" * 3000
    pieces = split_html(html, limit=4096)
    assert all(units(p) <= 4096 for p in pieces)
    assert "".join(pieces) == html


def test_the_stand_in_refuses_what_telegram_refuses() -> None:
    for bad in ("<b>x", "x</b>", "<script>x</script>", "a & b", "a < b", "<b><i>x</b></i>"):
        with pytest.raises(ApiError):
            parse_html(bad)


_blocks = st.lists(
    st.one_of(
        st.text(min_size=1, max_size=300).map(render.text),
        st.text(min_size=1, max_size=200).map(lambda t: f"<b>{render.text(t)}</b>"),
        st.text(min_size=1, max_size=200).map(
            lambda t: f'<i>{render.text(t)} <a href="{render.attr(t)}">{render.text(t)}</a></i>'
        ),
        st.text(min_size=1, max_size=300).map(
            lambda t: f"<blockquote>{render.text(t)}\n{render.text(t)}</blockquote>"
        ),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(blocks=_blocks, limit=st.integers(min_value=120, max_value=1200))
def test_every_piece_is_valid_html_within_the_limit(blocks: list[str], limit: int) -> None:
    blocks = [b for b in blocks if plain(b).strip()]
    if not blocks:
        return
    messages = split_message(blocks, limit=limit)
    for message in messages:
        assert units(message) <= limit
        parse_html(message)
    # The words survive, in order (cuts fall only on whitespace or inside very long words).
    before = "".join(plain("\n\n".join(blocks)).split())
    after = "".join("".join(plain(m) for m in messages).split())
    assert after == before


def test_a_link_longer_than_the_container_keeps_its_words() -> None:
    # Found by the property test above: the tags to reopen after a cut did not fit in 120.
    long = "0" * 88
    html = f'<i>{long} <a href="{long}">{long}</a></i>'
    pieces = split_html(html, limit=120)
    assert all(units(p) <= 120 for p in pieces)
    for piece in pieces:
        parse_html(piece)
    assert "".join(p.replace(" ", "") for p in pieces).count(long) == 2
