"""The `verify` command line: thin commands that parse, call the library, render, stop.

Example:
    $ verify audit fixtures/seeds/000_c4b5080489d27d06.txt
    $ verify audit fixtures/fa-kes-train.csv --format json -o audit.json
    $ verify eval fixtures/gold/heldout

Library code raises `verify.errors.VerifyError`; only this module turns errors into a one-line
message on standard error and exit code 2 (usage or input error). Set VERIFY_DEBUG=1 to see a
traceback instead.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer._click import exceptions as click_exceptions
from typer.core import TyperGroup

from . import __version__
from .errors import VerifyError

class _OneLineErrors(TyperGroup):
    """Usage errors as one line on standard error (exit 2), not typer's multi-line box."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except click_exceptions.ClickException as error:
            context = getattr(error, "ctx", None)
            hint = f"; see `{context.command_path} --help`" if context is not None else ""
            sys.stderr.write(f"error: {' '.join(error.format_message().split())}{hint}\n")
            if standalone_mode:
                sys.exit(error.exit_code)
            raise
        except click_exceptions.Abort:
            sys.stderr.write("aborted\n")
            if standalone_mode:
                sys.exit(1)
            raise
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result


app = typer.Typer(
    name="verify",
    cls=_OneLineErrors,
    help="Who asserts each sentence of a news text, how hedged it is, and which numbers it states.\n\n"
         "Start with:  verify audit ARTICLE.txt   (see `verify audit --help`).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True, highlight=False)

EXIT_INPUT = 2


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """Print one line to standard error and exit."""
    err.print(f"[bold red]error:[/bold red] {_one_line(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def _one_line(message: str) -> str:
    from rich.markup import escape
    return escape(" ".join(str(message).split()))


def _failure_text(failure) -> str:
    """`origin: reason`, without repeating the origin when the reason already starts with it."""
    return failure.reason if failure.reason.startswith(failure.origin) else f"{failure.origin}: {failure.reason}"


def _version(value: bool):
    if value:
        typer.echo(f"verify {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False):
    """verify: source attribution, hedging and number provenance for news text."""


RulesOption = Annotated[Optional[Path], typer.Option(
    "--rules", help="Directory of rule files that override the shipped ones of the same name "
                    "(cues.jsonl, hedges.jsonl, sources.jsonl, boilerplate.jsonl, abbreviations.jsonl, qualifiers.jsonl).")]


def _write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so a failure never leaves half a file."""
    path = Path(path)
    if path.is_dir():
        raise VerifyError(f"{path}: is a directory; give a file name for --output")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise VerifyError(f"{path}: directory {directory} does not exist; create it first")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; an audit is meant to be shared
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def audit(
    paths: Annotated[list[str], typer.Argument(
        help="Files or directories to audit: .txt, .html, .csv, .tsv, .jsonl, or - for standard input. "
             "Directories are read recursively.", show_default=False)],
    format: Annotated[Format, typer.Option("--format", "-f", help="table: readable audit; json: the "
                                           "verify/audit-1 result; csv: one row per number.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of "
                                                   "standard output (written whole or not at all).")] = None,
    rules_dir: RulesOption = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the inputs, e.g. latin-1.")] = "utf-8",
    id_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the document id.")] = None,
    text_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the article text.")] = None,
    title_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the title.")] = None,
    outlet_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publishing outlet.")] = None,
    date_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publication date.")] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress",
                                                     help="Show a progress bar (default: when standard error is a terminal).")] = None,
):
    """Audit documents: per sentence its source (with relay chain), cue, hedge and numbers.

    Examples:

      verify audit article.txt

      verify audit corpus.csv --text-column body --format json -o audit.json

      cat page.html | verify audit - --format csv

    Exit status: 0 when at least one document was audited (unreadable ones are reported on standard error and skipped); 2 on a usage or input error.
    """
    from .pipeline import audit_paths
    from .reading import Columns
    from .records import ReadFailure
    from .render import document_dict, dumps, print_terminal, to_csv_string, to_json_dict, validate
    from .rules import load_rules

    try:
        rules = load_rules(rules_dir)
        columns = Columns(id=id_column, text=text_column, title=title_column, outlet=outlet_column,
                          published=date_column)
        documents, failures = [], []
        show = progress if progress is not None else err.is_terminal
        stream = audit_paths(paths, rules=rules, columns=columns, encoding=encoding)
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("audit", total=None)
                for item in stream:
                    (failures if isinstance(item, ReadFailure) else documents).append(item)
                    bar.advance(task)
        else:
            for item in stream:
                (failures if isinstance(item, ReadFailure) else documents).append(item)
        for failure in failures:
            err.print(f"[yellow]skipped:[/yellow] {_one_line(_failure_text(failure))}", soft_wrap=True)
        if not documents:
            fail("no document could be read" + (f" ({len(failures)} failed, see above)" if failures else ""))
        records = [document_dict(d) for d in documents]
        if format is Format.json:
            from .pipeline import audit_corpus
            corpus = audit_corpus(documents, rules=rules)
            result = to_json_dict(records, failures, corpus.groups)
            validate(result)
            text = dumps(result) + "\n"
        elif format is Format.csv:
            text = to_csv_string(records)
        else:
            text = None
        if text is not None:
            if output:
                _write_atomically(output, text)
                err.print(f"wrote {output}")
            else:
                sys.stdout.write(text)
        else:
            if output:
                console = Console(record=True, width=160, file=open(os.devnull, "w"))
                for record in records:
                    print_terminal(record, console)
                _write_atomically(output, console.export_text())
                err.print(f"wrote {output}")
            else:
                console = Console()
                for record in records:
                    print_terminal(record, console)
    except VerifyError as error:
        fail(str(error))
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0)


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files or directories (e.g. fixtures/gold/heldout).",
                                               show_default=False)],
    rules_dir: RulesOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every disagreement (use on dev gold only: "
                                              "reading held-out errors is tuning on them).")] = False,
):
    """Score the pipeline against person-written gold: precision, recall and F1 per task.

    Example:  verify eval fixtures/gold/heldout
    """
    from .evaluate import load_gold, score
    from .rules import load_rules

    try:
        rules = load_rules(rules_dir)
        report = score(load_gold([str(g) for g in gold]), rules=rules)
    except VerifyError as error:
        fail(str(error))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=1))
    else:
        from rich.table import Table
        table = Table(title=f"{report.documents} documents, {report.sentences} gold sentences")
        for column in ("task", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(column, justify="right" if column != "task" else "left")
        for task, counts in report.counts.items():
            p, r, f = counts.scores()
            table.add_row(task, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(counts.tp), str(counts.fp), str(counts.fn))
        Console().print(table)
    if show_errors:
        for line in report.errors:
            typer.echo(line)


@app.command("rules")
def rules_command(
    rules_dir: RulesOption = None,
):
    """Check the rule files and say what they hold (an editor runs this after changing them).

    Example:  verify rules --rules my-rules/
    """
    from .rules import load_rules

    try:
        rules = load_rules(rules_dir)
    except VerifyError as error:
        err.print("error: " + str(error), markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_INPUT)
    typer.echo(f"{len(rules.cues)} reporting cues, {len(rules.hedges)} hedges, {len(rules.qualifiers)} number qualifiers, "
               f"{len(rules.registry)} sources, {len(rules.boilerplate)} boilerplate patterns, "
               f"{len(rules.abbreviations)} abbreviations: all valid")
    for path in rules.files:
        typer.echo(f"  {path}")


def run() -> None:
    """Console entry point: the app, with any unexpected error reduced to one line (exit 1).

    Set VERIFY_DEBUG=1 to let the traceback through when reporting a bug.
    """
    try:
        app()
    except Exception as error:  # noqa: BLE001 - the last line of defence of the command line
        if os.environ.get("VERIFY_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/bold red] {_one_line(f'{type(error).__name__}: {error}')} "
                  "(please report it; VERIFY_DEBUG=1 shows the traceback)", soft_wrap=True)
        sys.exit(1)
