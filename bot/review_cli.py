"""`discuss opinions`: the moderators' commands for reviewing what readers said."""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import shutil
import time
from datetime import datetime
from pathlib import Path

import click
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from bot import config, importing, review, store

# Each prompt's newest answers shown in the HTML report; the counts and charts cover them all.
REPORT_SAMPLE = 100


def _width() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def _database_errors(command):
    """A bad URL or a database that doesn't answer is one line, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (SQLAlchemyError, ImportError) as error:  # ImportError: the URL's driver is missing
            original = error.orig if isinstance(error, DBAPIError) and error.orig else error
            reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
            raise click.ClickException(
                f"cannot read the database {_shown_url()}: {reason}"
            ) from None

    return wrapper


def _shown_url() -> str:
    try:
        return review.shown_url(config.database_url())
    except (ArgumentError, ValueError):
        # Not echoed back: a mistyped URL may still hold a password.
        raise click.ClickException(
            "DATABASE_URL is not a database URL (e.g. sqlite:///var/discuss.db)"
        ) from None


def _engine() -> Engine | None:
    """The engine for DATABASE_URL, or None when its SQLite file doesn't exist (not created)."""
    url = config.database_url()
    _shown_url()  # refuse an unparsable URL before anything else
    return None if review.sqlite_file_missing(url) else store.engine(url)


def _has_opinions(engine: Engine | None) -> bool:
    if engine is None or not review.has_table(engine, "opinions"):
        return False
    with store.session_factory(config.database_url())() as session:
        return store.count_opinions(session) > 0


def _opinions_or_exit() -> None:
    """Stop with one line when there is nothing to review yet."""
    if not _has_opinions(_engine()):
        click.echo(f"No opinions yet in {_shown_url()}")
        click.get_current_context().exit(0)


def _session():
    return store.session_factory(config.database_url())()


class When(click.ParamType):
    """An ISO date/time or a span back from now: 30m, 24h, 7d, 2w."""

    name = "when"

    def __init__(self, end_of_day: bool = False) -> None:
        self.end_of_day = end_of_day

    def convert(self, value, param, ctx) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return review.parse_when(value, end_of_day=self.end_of_day)
        except ValueError as error:
            self.fail(str(error), param, ctx)


def filter_options(limit: bool = True):
    """The filters `list`, `export`, `stats` and `report` share; they arrive as review.Filters."""
    options = [
        click.option("--prompt", metavar="ID",
                     help="Only answers to this prompt id, e.g. russia_shift."),
        click.option("--stance", type=click.Choice(review.STANCE_COLUMNS),
                     help="Only this stance ('none': not given)."),
        click.option("--channel", help="Only this channel: rest, socketio, ..."),
        click.option("--since", type=When(), metavar="WHEN",
                     help="From then on: 2026-11-25, 2026-11-25T14:00 (UTC), "
                          "or 30m, 24h, 7d, 2w ago."),
        click.option("--until", type=When(end_of_day=True), metavar="WHEN",
                     help="Before then; a bare date includes that whole day."),
        click.option("--search", metavar="TEXT",
                     help="Only opinions or reasons containing TEXT (any case)."),
        click.option("--session", metavar="ID", help="Only this reader's session."),
    ]
    if limit:
        options.append(click.option("--limit", type=click.IntRange(min=1), metavar="N",
                                    help="At most N opinions, the newest."))

    def decorate(command):
        @functools.wraps(command)
        def with_filters(**kwargs):
            names = {field.name for field in dataclasses.fields(review.Filters)}
            filters = review.Filters(**{k: v for k, v in kwargs.items() if k in names})
            return command(filters, **{k: v for k, v in kwargs.items() if k not in names})

        for option in reversed(options):
            with_filters = option(with_filters)
        return with_filters

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def opinions() -> None:
    """Review what readers said: list, read, export, count, themes, report, import, delete.

    Reads DATABASE_URL like the bot (default: the SQLite file in var/).

    Example: discuss opinions list --since 7d
    """


@opinions.command(name="list")
@filter_options()
@_database_errors
def list_command(filters: review.Filters) -> None:
    """List opinions, newest first: when, channel, prompt, stance, whether a reason was given.

    Each opinion is shown under its line, cut to the terminal's width; `show ID` prints it whole.

    Example: discuss opinions list --prompt russia_shift --since 7d
    """
    _opinions_or_exit()
    with _session() as session:
        found = review.find_opinions(session, filters)
        total = store.count_opinions(session)
    if not found:
        click.echo("No opinions match these filters.")
        return
    click.echo(review.format_table(found, _width()))
    click.echo(f"\n{len(found)} of {review.plural(total, 'opinion')}")


@opinions.command()
@click.argument("opinion_id", metavar="ID", type=int)
@_database_errors
def show(opinion_id: int) -> None:
    """Show one opinion in full, every field.

    Example: discuss opinions show 12
    """
    _opinions_or_exit()
    with _session() as session:
        opinion = review.get_opinion(session, opinion_id)
    if opinion is None:
        raise click.ClickException(f"no opinion #{opinion_id} in {_shown_url()}")
    click.echo(review.format_opinion(opinion, _width()))


@opinions.command()
@click.argument("session_id", metavar="SESSION")
@_database_errors
def transcript(session_id: str) -> None:
    """Show a session's whole conversation, marking the messages kept as opinions.

    Reads Rasa's tracker store (the events table in the same database).

    Example: discuss opinions transcript 3f2a9c
    """
    engine = _engine()
    lines = review.transcript(engine, session_id) if engine else None
    if lines is None:
        click.echo(f"No conversations yet in {_shown_url()} (no events table)")
    elif not lines:
        click.echo(f"No conversation for session {session_id!r} in {_shown_url()}")
    else:
        messages = review.plural(len(lines), "message")
        click.echo(f"Session {review.one_line(session_id)}, {messages}, "
                   f"from {review.when(lines[0].when)} UTC")
        click.echo(review.format_transcript(lines, _width()))


@opinions.command()
@filter_options()
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv",
              show_default=True, help="csv (safe to open in a spreadsheet), json or jsonl.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write here instead of to stdout.")
@_database_errors
def export(filters: review.Filters, fmt: str, out: Path | None) -> None:
    """Export opinions as CSV, JSON or JSON Lines, with the same filters as `list`.

    Times are ISO 8601 in UTC. CSV cells that a spreadsheet would run as a formula start with '.
    Stdout carries only the data; messages go to stderr.

    Example: discuss opinions export --format csv --since 30d --out opinions.csv
    """
    if not _has_opinions(_engine()):
        click.echo(f"No opinions yet in {_shown_url()}", err=True)
        review.write_export([], fmt, click.get_text_stream("stdout"))
        return
    with _session() as session, (
        open(out, "w", encoding="utf-8", newline="")  # csv writes its own \r\n
        if out else contextlib.nullcontext(click.get_text_stream("stdout"))
    ) as target:
        # Streamed row by row: memory stays flat however many opinions there are.
        count = review.write_export(review.iter_opinions(session, filters), fmt, target)
    if not count:
        click.echo("No opinions match these filters.", err=True)
    elif out is not None:
        click.echo(f"Wrote {review.plural(count, 'opinion')} to {out}")


@opinions.command()
@filter_options(limit=False)
@_database_errors
def stats(filters: review.Filters) -> None:
    """Count opinions per prompt and stance, per channel and per day; reasons; median length.

    Example: discuss opinions stats --since 30d
    """
    _opinions_or_exit()
    with _session() as session:
        numbers = review.compute_stats(session, filters)
    if not numbers.total:
        click.echo("No opinions match these filters.")
        return
    click.echo(review.format_stats(numbers, _width()))


@opinions.command()
@filter_options(limit=False)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default="report.html",
              show_default=True, metavar="FILE", help="Where to write the HTML file.")
@_database_errors
def report(filters: review.Filters, out: Path) -> None:
    """Write one self-contained HTML report: stance and time charts, themes, opinions by prompt.

    Counts and charts cover every matching opinion; each prompt shows its themes (as `themes`
    does) and lists its newest 100, with the command that exports the rest, so the page stays
    readable at any size.

    Opens offline in any browser; the charts are embedded images, reader text is escaped.

    Example: discuss opinions report --since 30d --out report.html
    """
    from bot import themes as grouping  # scikit-learn and matplotlib load only when needed
    from bot.report import build_report

    _opinions_or_exit()
    started = time.perf_counter()
    with _session() as session:
        numbers = review.compute_stats(session, filters)
        samples = {
            prompt_id: review.find_opinions(
                session, dataclasses.replace(filters, prompt=prompt_id, limit=REPORT_SAMPLE))
            for prompt_id in numbers.by_prompt
        }
        themes = {answers.prompt_id: grouping.find_themes(answers.answers)
                  for answers in grouping.prompt_answers(session, filters)}
    if not numbers.total:
        click.echo("No opinions match these filters.")
        return
    out.write_text(build_report(samples, numbers, themes), encoding="utf-8")
    click.echo(f"Wrote {out}: {review.plural(numbers.total, 'opinion')}, "
               f"{review.plural(len(numbers.by_prompt), 'prompt')} "
               f"({out.stat().st_size / 1024:,.0f} KB in {time.perf_counter() - started:.1f} s)")


class ThemeCount(click.ParamType):
    """`auto` (chosen by silhouette) or a number of themes, 1 to 20."""

    name = "N|auto"

    def convert(self, value, param, ctx) -> int | str:
        if isinstance(value, int) or value == "auto":
            return value
        if str(value).isdigit() and 1 <= int(value) <= 20:
            return int(value)
        self.fail(f"{value!r} is not 'auto' or a number of themes from 1 to 20", param, ctx)


@opinions.command()
@filter_options(limit=False)
@click.option("--k", "k", type=ThemeCount(), default="auto", show_default=True,
              help="How many themes per prompt; auto picks it by silhouette.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people (80 columns), json for machines.")
@_database_errors
def themes(filters: review.Filters, k: int | str, fmt: str) -> None:
    """Group each prompt's opinions and reasons into themes: what readers argue.

    Per theme: a label from the readers' own words, its size and share, its stance mix, and
    representative quotes with their ids (`show ID` opens one). Themes argued by readers who agree
    and readers who disagree are marked COMMON GROUND. Bare stances ("yes", "idk") are counted
    apart; the same words (six or more) from 3 or more sessions count once and are flagged as a
    possible brigade. Under 8 answers a prompt gets no themes. The same data gives the same
    themes.

    Example: discuss opinions themes --prompt europe_response --since 30d
    """
    from bot import themes as grouping  # scikit-learn loads only when themes are asked for

    if not _has_opinions(_engine()):
        if fmt == "json":
            click.echo('{"prompts": []}')
        click.echo(f"No opinions yet in {_shown_url()}", err=fmt == "json")
        return
    found = []
    with _session() as session:
        for answers in grouping.prompt_answers(session, filters):
            found.append((answers, grouping.find_themes(answers.answers, k=k)))
    if fmt == "json":
        click.echo(json.dumps({"prompts": [grouping.as_json(*item) for item in found]},
                              ensure_ascii=False, indent=2))
        if not found:
            click.echo("No opinions match these filters.", err=True)
        return
    if not found:
        click.echo("No opinions match these filters.")
        return
    click.echo("\n\n".join(grouping.format_themes(*item, width=_width()) for item in found))


@opinions.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(importing.FORMATS),
              help="csv, json or jsonl; by default from the file's name.")
@_database_errors
def import_command(file: Path, fmt: str | None) -> None:
    """Load an export (CSV, JSON or JSON Lines with exactly export's keys) into the database.

    Every row is checked before anything is written; a bad row stops the import with its number
    and nothing is written. An answer already there (same session and prompt) is left as it is,
    so importing the same file twice adds nothing. Rows keep their ids unless another answer
    has one. Creates the tables if needed.

    Example: discuss opinions import opinions.jsonl
    """
    _shown_url()
    try:
        fmt = fmt or importing.guess_format(file)
        rows = importing.check_file(file, fmt)
        store.create_schema()
        with store.session_factory(config.database_url()).begin() as session:
            result = importing.import_file(session, file, fmt)
    except (importing.BadRow, RuntimeError) as error:  # RuntimeError: a schema newer than us
        raise click.ClickException(str(error)) from None
    notes = []
    if result.renumbered:
        notes.append(f"{result.renumbered} under new ids (theirs were taken)")
    if result.already:
        differing = f", {result.differing} of them different: kept the database's" \
            if result.differing else ""
        notes.append(f"{result.already} already there{differing}")
    click.echo(f"Imported {review.plural(result.added, 'opinion')} of {rows} from {file.name} "
               f"into {_shown_url()}" + (f" ({'; '.join(notes)})" if notes else ""))


@opinions.command()
@click.option("--session", "session_id", required=True, metavar="ID",
              help="The reader's session whose opinions go.")
@click.option("--yes", is_flag=True, help="Don't ask to confirm.")
@_database_errors
def delete(session_id: str, yes: bool) -> None:
    """Delete every opinion of one reader's session and blank their words in its transcript.

    Asks first unless --yes.

    Example: discuss opinions delete --session 3f2a9c --yes
    """
    _opinions_or_exit()
    with _session() as session:
        count = review.count_session(session, session_id)
    if not count:
        click.echo(f"No opinions for session {session_id!r}")
        return
    if not yes:
        click.confirm(f"Delete {review.plural(count, 'opinion')} of session {session_id!r}?",
                      abort=True)
    with store.session_factory(config.database_url()).begin() as session:
        deleted = store.delete_session(session, session_id)
    # Their words are in the stored conversation too, as when a reader deletes their answers.
    blanked = store.redact_conversation(session_id)
    tail = f", blanked {review.plural(blanked, 'message')} of the conversation" if blanked else ""
    click.echo(f"Deleted {review.plural(deleted, 'opinion')} of session {session_id!r}{tail}")


@opinions.command()
@_database_errors
def flush() -> None:
    """Write the answers spooled while the database was down into it now.

    The bot does this by itself on its next successful write; this is for when it is quiet.

    Example: discuss opinions flush
    """
    if not store.spooled_changes():
        click.echo(f"Nothing to replay: the spool is empty ({config.spool_path()})")
        return
    _shown_url()
    try:
        store.create_schema()  # the spooled answers may be the database's first
    except RuntimeError as error:  # a schema newer than this code
        raise click.ClickException(str(error)) from None
    replayed = store.replay_spool()
    click.echo(f"Replayed {review.plural(replayed, 'spooled change')} into {_shown_url()}")
