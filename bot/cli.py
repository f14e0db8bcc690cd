"""The command line: `python -m bot COMMAND`. Its commands and JSON are a public contract.

    reload  [--sources DIR] [--db PATH] [--json]   rebuild the knowledge base
    extract FILE [--json]                          the claims of one source file
    ask     QUESTION|- [--json] [--db PATH]        one answer (or one per stdin line with -)
    chat    [--db PATH]                            console chat on the same engine
    run                                            the Telegram bot (long polling)
    check   [--json] [--db PATH]                   article figures against the daily series
    chart   METRIC [total] [PERIOD] -o FILE.png    draw the series with article claims marked
    update  [--json]                               download the daily series from SERIES_URL
    export  [--metric --from --to --claimant] -o FILE.csv|.json   claims as a table
    explore [--host 127.0.0.1] [--port 8001]       browse the knowledge base in Datasette

With no command: the Telegram bot when a token is set, else the console chat.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.console import run_ask, run_chat
from bot.explore import explorer_ready, serve
from bot.export import ExportError, file_format, select_claims, write_file
from bot.fresh.series_update import run_from_command_line
from bot.settings import Settings, open_store
from bot.telegram.app import run_bot
from knowledge import (
    ChartError,
    ReloadError,
    ReloadReport,
    SourceError,
    check_claims,
    extract_claims,
    format_check,
    load_source,
    parse_chart_request,
    rebuild,
    render_chart,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of `python -m bot`."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=getattr(logging, settings.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request URL, and the URL holds the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    command = args.command or ("run" if settings.telegram_bot_token else "chat")
    handler = _COMMANDS[command]
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Answers questions about military losses from claims published in the news.",
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("reload", help="rebuild the knowledge base from the sources folder")
    p.add_argument("--sources", type=Path, help="sources folder (default: SOURCES_DIR)")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("extract", help="print the claims found in one source file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print a JSON array of claims")

    p = sub.add_parser("ask", help="answer one question (or one per line of stdin with '-')")
    p.add_argument("question", help="the question, or '-' to read one per line from stdin")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")

    p = sub.add_parser("chat", help="chat with the bot in this terminal")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")

    sub.add_parser("run", help="run the Telegram bot")

    p = sub.add_parser("check", help="check article figures against the daily series")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")

    p = sub.add_parser("chart", help="draw a metric from the daily series to a PNG file")
    p.add_argument(
        "request",
        nargs="+",
        metavar="METRIC [total] [PERIOD]",
        help="the words of Telegram's /chart: e.g. tanks November 2024, personnel total 2023,"
        " drones last 30 days, tanks 2024-01-01..2024-03-31 (no period: the last 90 days)",
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="PNG file to write")
    p.add_argument(
        "--cumulative", action="store_true", help="draw the running total (same as 'total')"
    )
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")

    p = sub.add_parser("update", help="download, check and install the daily series, then reload")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p = sub.add_parser("export", help="write stored claims to a CSV or JSON file")
    p.add_argument("--metric", help="e.g. personnel, tanks, drones (default: every metric)")
    p.add_argument("--from", dest="start", type=_iso_date, help="YYYY-MM-DD: periods from")
    p.add_argument("--to", dest="end", type=_iso_date, help="YYYY-MM-DD: periods up to")
    p.add_argument("--claimant", help="part of a claimant's name, e.g. 'General Staff'")
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or FILE.json")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")

    p = sub.add_parser("explore", help="browse the knowledge base in Datasette (read-only)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port to listen on (8001)")
    p.add_argument("--db", type=Path, help="knowledge base file (default: KNOWLEDGE_DB)")
    return parser


def _iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD argument as a date, or argparse's clear error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-11-30") from None


def print_report(report: ReloadReport, out: object = None) -> None:
    """A reload summary for people: counts, then each rejected file with its reason."""
    stream = out or sys.stdout
    if report.ok:
        print(
            f"Loaded {report.sources} sources: {report.claims} claims from articles"
            + (f", {report.series_claims} from data series" if report.series_claims else "")
            + f" ({report.seconds:.2f} s) into {report.db_path}",
            file=stream,  # type: ignore[arg-type]
        )
    else:
        print(f"Reload failed: {report.error}. The previous knowledge base is kept.", file=stream)  # type: ignore[arg-type]
    for item in report.rejected:
        print(f"  rejected {item.path}: {item.reason}", file=stream)  # type: ignore[arg-type]
    for item in report.warnings:
        print(f"  warning  {item.path}: {item.reason}", file=stream)  # type: ignore[arg-type]


def _reload(args: argparse.Namespace, settings: Settings) -> int:
    try:
        report = rebuild(
            args.sources or settings.sources_dir,
            args.db or settings.knowledge_db,
            max_file_bytes=settings.max_source_bytes,
            max_claims_per_source=settings.max_claims_per_source,
            wait=True,
        )
    except ReloadError as exc:
        report = exc.report
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print_report(report, sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    try:
        source = load_source(args.file, max_bytes=settings.max_source_bytes)
        claims = extract_claims(source)
    except SourceError as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False))
        return 0
    for warning in source.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not claims:
        print("No loss figures found.")
    for claim in claims:
        period = claim.period_kind.value
        if claim.period_start or claim.period_end:
            period += f" {claim.period_start or '…'}..{claim.period_end or '…'}"
        print(
            f"{claim.metric.value:>17} {claim.qualifier.value:>11} {claim.value:>9,}"
            + (f"-{claim.value_max:,}" if claim.value_max else "")
            + f"  {claim.subject.value}  {period}  per {claim.claimant}"
        )
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    return run_ask(args.question, as_json=args.json, store=open_store(settings, args.db))


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    return run_chat(open_store(settings, getattr(args, "db", None)), settings)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    return run_bot(settings)


def _check(args: argparse.Namespace, settings: Settings) -> int:
    report = check_claims(open_store(settings, args.db))
    print(report.model_dump_json(indent=2) if args.json else format_check(report))
    return 0


def _chart(args: argparse.Namespace, settings: Settings) -> int:
    # The same words as after /chart in Telegram, read by the same function.
    request = parse_chart_request(" ".join(args.request))
    try:
        png = render_chart(
            open_store(settings, args.db),
            request.metric,
            request.period,
            cumulative=request.cumulative or args.cumulative,
        )
    except ChartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        args.output.write_bytes(png)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {args.output} ({len(png):,} bytes)")
    return 0


def _update(args: argparse.Namespace, settings: Settings) -> int:
    return run_from_command_line(settings, as_json=args.json)


def _export(args: argparse.Namespace, settings: Settings) -> int:
    filters = {
        "metric": args.metric,
        "from": args.start.isoformat() if args.start else None,
        "to": args.end.isoformat() if args.end else None,
        "claimant": args.claimant,
    }
    try:
        file_format(args.output)
        claims = select_claims(
            open_store(settings, args.db),
            metric=args.metric,
            start=args.start,
            end=args.end,
            claimant=args.claimant,
        )
        size = write_file(claims, args.output, {k: v for k, v in filters.items() if v})
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {len(claims):,} claims to {args.output} ({size:,} bytes)")
    return 0


def _explore(args: argparse.Namespace, settings: Settings) -> int:
    db = Path(args.db or settings.knowledge_db)
    if not explorer_ready(db):
        # No file yet, or one built before the explorer's views existed: build it now.
        try:
            report = rebuild(
                settings.sources_dir,
                db,
                max_file_bytes=settings.max_source_bytes,
                max_claims_per_source=settings.max_claims_per_source,
                wait=True,
            )
        except ReloadError as exc:
            print_report(exc.report, sys.stderr)
            return 1
        print_report(report)
    return serve(db, host=args.host, port=args.port)


_COMMANDS = {
    "reload": _reload,
    "extract": _extract,
    "ask": _ask,
    "chat": _chat,
    "run": _run,
    "check": _check,
    "chart": _chart,
    "update": _update,
    "export": _export,
    "explore": _explore,
}
