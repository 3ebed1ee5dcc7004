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

import gc
import json
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
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
        except typer.Abort:
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


def _console(**options):
    """A rich Console. rich is imported here, when something is printed with it, not with this
    module: a cold audit that writes JSON or CSV to a file or a pipe then never imports it (40 ms)."""
    from rich.console import Console

    return Console(**options)


class _StandardError:
    """The standard-error console, made on first use (see `_console`)."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        console = self.__dict__.get("console")
        if console is None:
            console = self.__dict__["console"] = _console(stderr=True, highlight=False)
        return getattr(console, name)

    @property
    def is_terminal(self) -> bool:
        """rich's `Console.is_terminal` for standard error, without importing rich when it must be
        False: standard error is no terminal and neither FORCE_COLOR nor TTY_COMPATIBLE=1 says it is
        one (rich asks the same, after a Console made with no force_terminal)."""
        try:
            terminal = sys.stderr is not None and sys.stderr.isatty()
        except ValueError:  # closed
            terminal = False
        if not terminal and "FORCE_COLOR" not in os.environ and os.environ.get("TTY_COMPATIBLE") != "1":
            return False
        return self.__getattr__("is_terminal")


err = _StandardError()

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
    from .render import terminal_escape  # messages may quote file names or text: no raw control characters
    return terminal_escape(" ".join(str(message).split()))


def _failure_text(failure) -> str:
    """`origin: reason`, without repeating the origin when the reason already starts with it."""
    return failure.reason if failure.reason.startswith(failure.origin) else f"{failure.origin}: {failure.reason}"


def _report_failures(failures, *, any_document: bool) -> None:
    """Print the inputs that were skipped; when no document could be read, end with one error line
    (with one input only, that input's own problem, said once)."""
    if not any_document and len(failures) == 1:
        fail(_failure_text(failures[0]))
    for failure in failures:
        err.print(f"[yellow]skipped:[/yellow] {_one_line(_failure_text(failure))}", soft_wrap=True)
    if not any_document:
        fail("no document could be read" + (f" ({len(failures)} failed, see above)" if failures else ""))


def _typing_on_stdin(paths) -> bool:
    """When `-` would read a terminal, say on standard error that the command waits for typed text.

    Returns True then, so that no progress bar draws over what the user types.
    """
    try:
        interactive = "-" in (paths or ()) and sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # standard input closed
        interactive = False
    if interactive:
        end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D on a line of its own"
        err.print(f"reading standard input (type or paste the text, end with {end})", markup=False,
                  highlight=False, soft_wrap=True)
    return interactive


def _version(value: bool):
    if value:
        typer.echo(f"verify {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False):
    """verify: source attribution, hedging and number provenance for news text."""


JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes auditing at once on a corpus "
                                         "(0: one per core). Output is the same whatever the number.")]
RulesOption = Annotated[Optional[Path], typer.Option(
    "--rules", help="Directory of rule files that override the shipped ones of the same name "
                    "(cues.jsonl, hedges.jsonl, sources.jsonl, speakers.jsonl, descriptions.jsonl, boilerplate.jsonl, "
                    "abbreviations.jsonl, qualifiers.jsonl, events.jsonl, counted.jsonl, compounds.jsonl, places.jsonl, "
                    "ranks.jsonl, role-acronyms.jsonl).")]


def _write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so a failure never leaves half a file."""
    path = Path(path)
    directory = _check_output_file(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as error:
        raise VerifyError(_cannot_write(path, error)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; an audit is meant to be shared
            handle.write(text)
        os.replace(tmp, path)
    except BaseException as error:
        try:
            Path(tmp).unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(error, OSError):  # unwritable directory, read-only file system, disk full
            raise VerifyError(_cannot_write(path, error)) from None
        raise


def _check_output_file(path: Path) -> Path:
    """Raise VerifyError unless `path` may be written as a file; returns its directory."""
    if path.is_dir():
        raise VerifyError(f"{path}: is a directory; give a file name for --output")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise VerifyError(f"{path}: directory {directory} does not exist; create it first")
    if path.exists() and not os.stat(path).st_mode & 0o222:  # the rename would ignore the mode, even as root
        raise VerifyError(f"{path}: is read-only; give another file name for --output, or make it writable "
                          "(chmod u+w) or remove it first")
    return directory


def _cannot_write(path: Path, error: OSError) -> str:
    """`cannot write PATH: reason`, the reason without the temporary file's name."""
    return f"cannot write {path}: {error.strerror or error}; check the location or give another --output"


def _read_files(paths) -> list[Path]:
    """The files reading `paths` opens, found as `verify.reading` finds them (hidden files skipped)."""
    from .reading import STDIN, document_files

    files = []
    for item in paths or ():
        if item == STDIN:
            continue
        files.extend(map(Path, document_files(item)) if os.path.isdir(item) else [Path(item)])
    return files


def _refuse_overwriting(output: Path, paths=(), *, store: Optional[Path] = None, directory: bool = False) -> None:
    """Raise VerifyError when writing `output` would destroy what the command reads.

    A file may not be written over an input file, a file read from an input directory or the review
    store, whatever symlinks or hard links lead there; a report directory, replaced whole, may hold
    none of them.
    """
    protected = [(file, "the input file") for file in _read_files(paths)]
    if store is not None:
        protected += [(Path(f"{store}{suffix}"), "the review store") for suffix in ("", "-wal", "-shm", "-journal")]
    try:
        target = Path(output).resolve()
    except (OSError, RuntimeError):
        target = Path(output).absolute()
    for file, what in protected:
        try:
            resolved = file.resolve()
        except (OSError, RuntimeError):  # a symlink loop: reading it fails anyway
            continue
        if directory:
            if resolved == target or target in resolved.parents:
                raise VerifyError(f"{output}: holds {what} {file}, and the report replaces the directory whole; "
                                  "write the report elsewhere")
            continue
        try:
            same = resolved == target or os.path.samefile(file, output)
        except OSError:  # one of them does not exist
            same = False
        if same:
            raise VerifyError(f"{output}: is {what} {file}, and writing there would destroy it; "
                              "give another file name for --output")
    if not directory:
        _check_output_file(Path(output))


_OUTLET_HELP = ("The outlet that publishes documents that do not name one (a text file, a CSV row without an outlet "
                "column), e.g. \"The Jakarta Post\": its own name in the text (\"told the Post\") is then no relay.")


@app.command()
def audit(
    paths: Annotated[list[str], typer.Argument(
        help="Files or directories to audit: .txt, .html, .csv, .tsv, .jsonl, or - for standard input "
             "(from a terminal: type or paste the text, then Ctrl-D). Directories are read recursively; "
             "named pipes and devices in them are skipped.", show_default=False)],
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
    outlet: Annotated[Optional[str], typer.Option(help=_OUTLET_HELP)] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress",
                                                     help="Show a progress bar (default: when standard error is a terminal).")] = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Tag with the rules alone, without the "
                                             "learned models (no `model.*` decisions, no confidence).")] = False,
    jobs: JobsOption = 1,
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
        if output:
            _refuse_overwriting(output, paths)  # before the audit: fail in a second, not after it
        rules = load_rules(rules_dir)
        columns = Columns(id=id_column, text=text_column, title=title_column, outlet=outlet_column,
                          published=date_column)
        documents, failures = [], []
        typing = _typing_on_stdin(paths)
        show = progress if progress is not None else err.is_terminal and not typing
        from .learn import Models
        stream = audit_paths(paths, rules=rules, columns=columns, encoding=encoding,
                             models=Models() if rules_only else None, jobs=jobs, outlet=outlet)
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
        _report_failures(failures, any_document=bool(documents))
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
                console = _console(record=True, width=160, file=open(os.devnull, "w"))
                for record in records:
                    print_terminal(record, console)
                _write_atomically(output, console.export_text())
                err.print(f"wrote {output}")
            else:
                console = _console()
                for record in records:
                    print_terminal(record, console)
    except VerifyError as error:
        fail(str(error))
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0)


@app.command()
def report(
    paths: Annotated[list[str], typer.Argument(
        help="Files or directories to report on, as for `verify audit` (.txt, .html, .csv, .tsv, .jsonl, "
             "directories, or - for standard input).", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory to write the report to: a new one, "
                                         "or a previous report, which is replaced whole.", show_default=False)],
    rules_dir: RulesOption = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the inputs, e.g. latin-1.")] = "utf-8",
    id_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the document id.")] = None,
    text_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the article text.")] = None,
    title_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the title.")] = None,
    outlet_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publishing outlet.")] = None,
    date_column: Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publication date.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help=_OUTLET_HELP)] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="Review store to show each claim's review status from "
                                               "(default: verify-review.sqlite in the directory of the first PATH, when it exists).")] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress",
                                                     help="Show a progress bar (default: when standard error is a terminal).")] = None,
    jobs: JobsOption = 1,
):
    """Write the HTML provenance report: every claim group with its status and origins, and a page per document.

    The corpus page lists each fact stated with a number, whether it rests on one source or several independent ones, the sources and who relays whom; each document page marks every sentence by source and hedge and every number by status. The pages are self-contained: open index.html from disk.

    Examples:

      verify report fixtures/seeds -o out/report

      verify report corpus.csv --text-column body -o report/

    Prints the path of index.html. Exit status: 0 when at least one document was reported; 2 on a usage or input error (including an existing --output directory that is not a previous report).
    """
    from .reading import Columns
    from .report import build_report, check_report_dir, summary_line, write_report
    from .rules import load_rules

    try:
        check_report_dir(output, inputs=paths)  # before the audit: fail in a second, not after it
        _refuse_overwriting(output, paths, store=db, directory=True)
        rules = load_rules(rules_dir)
        columns = Columns(id=id_column, text=text_column, title=title_column, outlet=outlet_column,
                          published=date_column)
        options = dict(rules=rules, columns=columns, encoding=encoding, db=db, outlet=outlet)
        typing = _typing_on_stdin(paths)
        show = progress if progress is not None else err.is_terminal and not typing
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("audit", total=None)
                context = build_report(paths, progress=lambda: bar.advance(task), **options)
        else:
            context = build_report(paths, **options)
        _report_failures(context.failures, any_document=bool(context.documents))
        index = write_report(context, output, inputs=paths)
    except VerifyError as error:
        fail(str(error))
    err.print(f"wrote {output}: {_one_line(summary_line(context))}", soft_wrap=True)
    typer.echo(str(index))


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files or directories (e.g. fixtures/gold/heldout).",
                                               show_default=False)],
    rules_dir: RulesOption = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Score the rules without the learned models.")] = False,
    cv: Annotated[Optional[int], typer.Option("--cv", min=2, help="Grouped K-fold cross-validation by article: "
                                              "rules alone, model alone and their combination, with models "
                                              "trained on the other folds.")] = None,
    train_also: Annotated[Optional[list[Path]], typer.Option(
        "--train-also", help="With --cv: gold that only trains the models of every fold, never scored "
                             "(e.g. --train-also fixtures/gold/dev when scoring the held-out gold).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every disagreement (use on dev gold only: "
                                              "reading held-out errors is tuning on them).")] = False,
    intervals: Annotated[bool, typer.Option("--intervals", help="Add each F1's 95 % bootstrap interval "
                                            "(1,000 resamples of whole articles, fixed seed): how far the "
                                            "figure could move on another sample of articles like these.")] = False,
):
    """Score the pipeline against person-written gold: precision, recall and F1 per task.

    Examples:  verify eval fixtures/gold/heldout        verify eval fixtures/gold --cv 5
               verify eval fixtures/gold/heldout --cv 5 --train-also fixtures/gold/dev
               verify eval fixtures/gold/heldout --intervals
    """
    from .evaluate import load_gold, score
    from .learn import Models
    from .rules import load_rules

    try:
        rules = load_rules(rules_dir)
        gold_files = load_gold([str(g) for g in gold])
        if train_also and not cv:
            fail("--train-also needs --cv: it adds training gold to every fold's models")
        if cv:
            from .training import cross_validate
            extra = load_gold([str(g) for g in train_also]) if train_also else ()
            reports = cross_validate(gold_files, rules=rules, folds=cv, train_also=extra)
        else:
            reports = {"rules only" if rules_only else "rules + models":
                       score(gold_files, rules=rules, models=Models() if rules_only else None)}
    except VerifyError as error:
        fail(str(error))
    if as_json:
        result = {name: report.as_dict(intervals) for name, report in reports.items()}
        if intervals and cv:
            result["combination minus rules"] = {
                "f1_difference_intervals": {task: list(bounds) for task, bounds in
                                            reports["combination"].difference(reports["rules"]).items()}}
        typer.echo(json.dumps(result, indent=1))
    else:
        _print_eval(reports, cross_validated=bool(cv), intervals=intervals)
    if show_errors:
        for report in reports.values():
            for line in report.errors:
                typer.echo(line, err=as_json)  # (with --json, standard output holds the JSON alone)


def _print_eval(reports, *, cross_validated: bool, intervals: bool = False) -> None:
    from rich.table import Table

    console = _console()
    first = next(iter(reports.values()))
    title = f"{first.documents} documents, {first.sentences} gold sentences"
    if cross_validated:
        title += " — grouped cross-validation by article"
    bounds = {name: report.intervals() if intervals else {} for name, report in reports.items()}
    table = Table(title=title, caption="precision / recall / F1" + (" [95 % interval of F1]" if intervals else ""))
    table.add_column("task")
    for name in reports:
        table.add_column(name, justify="right")

    def interval(name, task):
        return f" [{bounds[name][task][0]:.3f}–{bounds[name][task][1]:.3f}]" if task in bounds[name] else ""

    for task in first.counts:
        row = [task]
        for name, report in reports.items():
            counts = report.counts[task]
            row.append("–" if counts.tp + counts.fp + counts.fn == 0 else
                       " / ".join(f"{x:.3f}" for x in counts.scores()) + interval(name, task))
        table.add_row(*row)
    table.add_row("kind (macro-F1)", *[f"{report.kind_macro_f1():.3f}" + interval(name, "kind (macro-F1)")
                                       for name, report in reports.items()])
    console.print(table)
    if intervals and cross_validated:
        paired = Table(title="combination minus rules, F1: paired 95 % bootstrap interval (the same articles "
                             "drawn for both; an interval that excludes 0 is a real difference)")
        paired.add_column("task")
        paired.add_column("difference", justify="right")
        paired.add_column("interval", justify="right")
        combination, rules = reports["combination"], reports["rules"]
        for task, (low, high) in combination.difference(rules).items():
            point = (combination.kind_macro_f1() - rules.kind_macro_f1() if task == "kind (macro-F1)"
                     else combination.counts[task].scores()[2] - rules.counts[task].scores()[2])
            paired.add_row(task, f"{point:+.3f}", f"{low:+.3f} to {high:+.3f}")
        console.print(paired)
    last_name, last = list(reports.items())[-1]
    labels = sorted({k for pair in last.kinds for k in pair})
    confusion = Table(title=f"attribution kind, {last_name}: gold (rows) × predicted (columns)")
    confusion.add_column("gold")
    for label in labels:
        confusion.add_column(label, justify="right")
    for gold_label in labels:
        confusion.add_row(gold_label, *[str(last.kinds[(gold_label, p)]) for p in labels])
    console.print(confusion)
    hedges = Table(title=f"hedged, {last_name}: gold (rows) × predicted (columns)")
    hedges.add_column("gold")
    for label in ("no", "yes"):
        hedges.add_column(label, justify="right")
    for gold_label in ("no", "yes"):
        hedges.add_row(gold_label, *[str(last.hedges[(gold_label, p)]) for p in ("no", "yes")])
    console.print(hedges)


@app.command("train")
def train_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold to train on. The held-out gold stays out, so that "
                                               "`verify eval fixtures/gold/heldout` remains a fair test.",
                                               show_default=False)] = [Path("fixtures/gold/dev"),
                                                                         Path("fixtures/gold-wire/dev")],
    rules_dir: RulesOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", "--output", "-o", help="Write the model files here instead of "
                                                "into the installed package.")] = None,
):
    """Rebuild the learned models from person-written gold (deterministic: the same gold gives the same files).

    With no gold named, trains on both dev golds, as the shipped models are.

    Example:  verify train fixtures/gold/dev fixtures/gold-wire/dev
    """
    from .evaluate import load_gold
    from .rules import load_rules
    from .training import fit, prepare, write_models

    try:
        rules = load_rules(rules_dir)
        gold_files = load_gold([str(g) for g in gold])
        if out is not None:
            _refuse_writing_over_gold(out, gold, [file for file, _ in gold_files])
        prepared = prepare(gold_files, rules=rules)
        sentences = sum(len(p.rows) for p in prepared)
        models = fit(prepared, trained_on=f"{len(prepared)} gold articles, {sentences} sentences: "
                                          + ", ".join(sorted({str(g) for g in gold})))
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        written = write_models(models, out)
    except VerifyError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write the model files ({error}); give a writable directory with --out")
    for path in written:
        typer.echo(f"wrote {path}")


def _refuse_writing_over_gold(out: Path, gold: list[Path], files: list[Path]) -> None:
    """Raise VerifyError when the model files written into `out` would replace gold or be read as gold."""
    from .learn import MODEL_FILES

    target = Path(out).resolve()
    for directory in gold:
        if directory.is_dir() and (directory.resolve() == target or directory.resolve() in target.parents):
            raise VerifyError(f"{out}: is inside the gold directory {directory}, so the model files would be read "
                              "as gold; give another directory with --out")
    for model in (target / path.name for path in MODEL_FILES.values()):
        for file in files:
            try:
                same = file.resolve() == model or os.path.samefile(file, model)
            except OSError:  # the model file does not exist yet
                same = False
            if same:
                raise VerifyError(f"{out}: writing {model.name} there would replace the gold file {file}; "
                                  "give another directory with --out")


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
               f"{len(rules.abbreviations)} abbreviations, {len(set(rules.events.values()))} events, "
               f"{len(set(rules.counted_classes.values()))} counted classes, {len(rules.compounds)} compound nouns, "
               f"{len(set(rules.places.values()))} places, "
               f"{sum(len(words) for words in rules.speakers.values())} speaker words, "
               f"{sum(len(rank.ranks) for rank in rules.ranks)} ranks of {len(rules.ranks)} services, "
               f"{len(rules.role_acronyms)} role acronyms, {len(rules.descriptions)} descriptions: all valid")
    for path in rules.files:
        typer.echo(f"  {path}")


# --- verify review ------------------------------------------------------------------------------

review_app = typer.Typer(
    help="Editorial review: the queue of claims to check, decisions that persist across audits, exports.\n\n"
         "Example:  verify review queue ARTICLES/   then  verify review set CLAIM_ID --status verified ARTICLES/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
app.add_typer(review_app, name="review")

_READING = "Reading the documents"
DbOption = Annotated[Optional[Path], typer.Option(
    "--db", help="The review store, a SQLite file shared by the desk. Default: verify-review.sqlite in the "
                 "directory of the first PATH (created on the first decision).")]
ReviewRulesOption = Annotated[Optional[Path], typer.Option(
    "--rules", rich_help_panel=_READING,
    help="Directory of rule files that override the shipped ones (use the same as for `verify audit`).")]
EncodingOption = Annotated[str, typer.Option(help="Text encoding of the inputs, e.g. latin-1.",
                                             rich_help_panel=_READING)]
IdColumn = Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the document id.",
                                                 rich_help_panel=_READING)]
TextColumn = Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the article text.",
                                                   rich_help_panel=_READING)]
TitleColumn = Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the title.",
                                                    rich_help_panel=_READING)]
OutletColumn = Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publishing outlet.",
                                                     rich_help_panel=_READING)]
DateColumn = Annotated[Optional[str], typer.Option(help="CSV column / JSONL key of the publication date.",
                                                   rich_help_panel=_READING)]
Outlet = Annotated[Optional[str], typer.Option(help=_OUTLET_HELP, rich_help_panel=_READING)]


class QueueFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    claimreview = "claimreview"


def _review_audit(paths, rules_dir, encoding, id_column, text_column, title_column, outlet_column, date_column,
                  outlet=None):
    """Audit the documents a review command was given (None without any); skipped ones are reported."""
    if not paths:
        return None
    from .pipeline import audit_corpus, audit_paths
    from .reading import Columns
    from .records import ReadFailure
    from .rules import load_rules

    rules = load_rules(rules_dir)
    columns = Columns(id=id_column, text=text_column, title=title_column, outlet=outlet_column,
                      published=date_column)
    _typing_on_stdin(paths)
    audit = audit_corpus(audit_paths(paths, rules=rules, columns=columns, encoding=encoding, outlet=outlet),
                         rules=rules)
    _report_failures([f for f in audit.failures if isinstance(f, ReadFailure)], any_document=bool(audit.documents))
    return audit


def _review_console():
    console = _console(highlight=False)
    if not console.is_terminal:
        console = _console(highlight=False, width=160)  # piped to a file: room for the excerpts
    return console


def _review_missing_path(paths) -> None:
    """Raise VerifyError on the first PATH that does not exist (before the store beside it is looked for)."""
    for path in paths or ():
        if path != "-" and not os.path.lexists(path):
            raise VerifyError(f"{path}: no such file or directory; check the path (use - for standard input)")


def _counted(n: int, one: str, many: str) -> str:
    """`1 claim`, `2 claims`: the count with the word that agrees with it."""
    return f"{n} {one if n == 1 else many}"


def _status_cell(item) -> str:
    from .render import terminal_escape as escape

    cell = escape(item.status)
    if item.entry is not None:
        cell += f"\n[dim]{escape(item.entry.decision.by)} {escape(item.entry.decision.at[:10])}[/dim]"
    if item.changed:
        cell += f"\n[bold yellow]changed since review: {escape(item.changed)}[/bold yellow]"
    return cell


@review_app.command("queue")
def review_queue_command(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH",
        help="The documents under review (files or directories, as for `verify audit`).", show_default=False)],
    format: Annotated[QueueFormat, typer.Option("--format", "-f", help="table: readable queue; json: one "
                                                "record per claim.")] = QueueFormat.table,
    status: Annotated[Optional[list[str]], typer.Option(
        "--status", "-s", help="Only claims with this review status: unreviewed, in-progress, needs-second-source, "
                               "verified, disputed, false or inconclusive; repeat for several. Default: the open "
                               "ones (unreviewed, in-progress, needs-second-source) and those changed since review.",
        show_default=False)] = None,
    source: Annotated[Optional[str], typer.Option(
        help="Only claims whose source name contains this text (case-insensitive), e.g. observatory.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="List every claim, whatever its review status.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of "
                                                   "standard output (written whole or not at all).")] = None,
    db: DbOption = None,
    rules_dir: ReviewRulesOption = None,
    encoding: EncodingOption = "utf-8",
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    outlet_column: OutletColumn = None,
    outlet: Outlet = None,
    date_column: DateColumn = None,
):
    """The claims that need attention, riskiest first, with their review status.

    Order: claims changed since review (the sentence behind a decision was edited or is gone),
    then conflicting, evolving, single-source and unattributed figures, then hedged ones, then the rest.

    Examples:

      verify review queue stories/

      verify review queue stories/ --status needs-second-source --source observatory --format json -o queue.json

    Exit status: 0; 2 on a usage or input error (unknown status, unreadable store or documents).
    """
    from .review import ReviewStore, check_status, queue_dict, review_queue, store_path

    try:
        for value in status or ():
            check_status(value)
        store = ReviewStore(store_path(db, paths))
        if output:
            _refuse_overwriting(output, paths, store=store.path)  # before the audit: fail in a second
        audit = _review_audit(paths, rules_dir, encoding, id_column, text_column, title_column, outlet_column,
                              date_column, outlet)
        items = review_queue(audit, store, statuses=status, source=source, everything=everything)
    except VerifyError as error:
        fail(str(error))
    if format is QueueFormat.json:
        text = json.dumps({"store": str(store.path), "documents": len(audit.documents),
                           "claims": len(audit.claims), "queue": [queue_dict(i) for i in items]},
                          ensure_ascii=False, indent=1) + "\n"
        if output:
            _write_queue(output, text)
        else:
            sys.stdout.write(text)
        return
    from rich.table import Table

    from .render import terminal_escape as escape  # markup escaped, control characters shown as signs

    if output:  # rendered as piped to a file, then written whole
        import io
        console = _console(record=True, width=160, file=io.StringIO(), highlight=False)
    else:
        console = _review_console()
    changed = sum(1 for i in items if i.changed)
    if items:
        table = Table(expand=True, show_lines=True)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("claim", no_wrap=True)
        table.add_column("document", overflow="fold", ratio=1)
        table.add_column("sentence", overflow="fold", ratio=4)
        table.add_column("number", overflow="fold", max_width=16)
        table.add_column("source", overflow="fold", ratio=2)
        table.add_column("group", overflow="fold", min_width=len("single-source"))
        table.add_column("review", overflow="fold", min_width=len("needs-second-source"))
        for n, item in enumerate(items, 1):
            group = escape(item.group.status) if item.group else ""
            if item.hedge != "none":
                group += f"\n[dim]hedge {escape(item.hedge)}[/dim]"
            source_cell = item.source or ("(outlet's own voice)" if item.claim_record is not None else "")
            table.add_row(str(n), item.claim, escape(item.document), escape(item.excerpt(160)),
                          escape(item.number or ""), escape(source_cell), group, _status_cell(item))
    what = (("claim listed", "claims listed") if status or everything
            else ("claim needs attention", "claims need attention"))
    footer = (_counted(len(items), *what) + (f" ({changed} changed since review)" if changed else "")
              + f", of {_counted(len(audit.claims), 'claim', 'claims')} in "
              + f"{_counted(len(audit.documents), 'document', 'documents')}. "
              + f"Store: {escape(str(store.path))}" + ("" if store.path.exists() else " (no decisions yet)"))
    try:
        if items:
            console.print(table)
        console.print(footer)
        if output:
            _write_queue(output, console.export_text())
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0)


def _write_queue(output: Path, text: str) -> None:
    """Write the queue to `output` whole or not at all (one-line error, exit 2, when it cannot be)."""
    try:
        _write_atomically(output, text)
    except VerifyError as error:
        fail(str(error))
    err.print(f"wrote {output}", markup=False)


@review_app.command("set")
def review_set(
    claim_id: Annotated[str, typer.Argument(
        metavar="CLAIM_ID", help="The claim id, e.g. c-3f5d5505844d (from `verify review queue`).",
        show_default=False)],
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH",
        help="The documents the claim is in: the claim is looked up there and its sentence is stored, so a later "
             "edit shows as changed since review. Without them the id is taken as given.",
        show_default=False)] = None,
    status: Annotated[str, typer.Option("--status", "-s", help="unreviewed, in-progress, verified, "
                                        "needs-second-source, disputed, false or inconclusive.",
                                        show_default=False)] = ...,
    note: Annotated[Optional[str], typer.Option(help="What was checked and why this decision.")] = None,
    by: Annotated[Optional[str], typer.Option(help="Who decides. Default: $USER, else 'unknown'.",
                                              show_default=False)] = None,
    evidence: Annotated[Optional[str], typer.Option(help="A URL or text supporting the decision.")] = None,
    replaces: Annotated[Optional[str], typer.Option(
        help="The id of a reviewed claim that is no longer found (its sentence changed) and that this claim "
             "replaces; it leaves the queue and its decision is no longer exported. Without --evidence, the "
             "replaced decision's evidence is kept (its ClaimReview citation); --evidence \"\" records none.")] = None,
    db: DbOption = None,
    rules_dir: ReviewRulesOption = None,
    encoding: EncodingOption = "utf-8",
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    outlet_column: OutletColumn = None,
    outlet: Outlet = None,
    date_column: DateColumn = None,
):
    """Record a decision about a claim (the history keeps every decision; the latest is its status).

    Examples:

      verify review set c-88a82e529997 --status needs-second-source --note "only SOHR gives 14" stories/

      verify review set c-88a82e529997 --status verified --evidence https://example.org/un-report --db desk.sqlite

    Exit status: 0 when recorded; 2 on an unknown claim id or status, or an unreadable store.
    """
    from .review import ReviewStore, check_claim_id, check_status, record_decision, store_path

    try:
        check_status(status)
        check_claim_id(claim_id)
        store = ReviewStore(store_path(db, paths or ()))
        audit = _review_audit(paths, rules_dir, encoding, id_column, text_column, title_column, outlet_column,
                              date_column, outlet)
        recorded = record_decision(claim_id, store=store, status=status,
                                   by=by or os.environ.get("USER") or "unknown", note=note, evidence=evidence,
                                   audit=audit, replaces=replaces)
    except VerifyError as error:
        fail(str(error))
    entry = recorded.entry
    typer.echo(f"recorded: {entry.claim} {entry.status} by {entry.decision.by} at {entry.decision.at} "
               f"(decision {entry.row} in {store.path})")
    if recorded.evidence_from is not None:
        err.print(f"note: evidence kept from {recorded.evidence_from}: {_one_line(entry.decision.evidence)}",
                  markup=False, soft_wrap=True)
    if recorded.looked_up is None:
        err.print(f"note: {entry.claim} was not looked up in any document, so its sentence is not stored and a later "
                  "edit cannot show as changed since review; give the documents (PATH...) to check the id",
                  markup=False, soft_wrap=True)


@review_app.command("show")
def review_show(
    claim_id: Annotated[str, typer.Argument(metavar="CLAIM_ID", help="The claim id, e.g. c-3f5d5505844d.",
                                            show_default=False)],
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH",
        help="The documents the claim is in, to show it as it stands now with its group. Without them: what the "
             "store recorded.", show_default=False)] = None,
    db: DbOption = None,
    rules_dir: ReviewRulesOption = None,
    encoding: EncodingOption = "utf-8",
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    outlet_column: OutletColumn = None,
    outlet: Outlet = None,
    date_column: DateColumn = None,
):
    """A claim in context — its sentence with the number in brackets, source, group — and its full history.

    Examples:

      verify review show c-88a82e529997 stories/

      verify review show c-88a82e529997 --db desk.sqlite
    """
    from .render import terminal_escape as escape  # markup escaped, control characters shown as signs
    from .review import ReviewStore, check_claim_id, show_claim, store_path

    try:
        check_claim_id(claim_id)
        store = ReviewStore(store_path(db, paths or ()))
        if not paths and not store.path.exists():
            raise VerifyError(f"{store.path}: no review store here yet; give the documents (PATH...) or name the "
                              "store with --db")
        audit = _review_audit(paths, rules_dir, encoding, id_column, text_column, title_column, outlet_column,
                              date_column, outlet)
        view = show_claim(claim_id, store=store, audit=audit)
    except VerifyError as error:
        fail(str(error))
    console = _review_console()
    item = view.item
    where = escape(item.document or "unknown document")
    if item.claim_record is not None:
        where += f", sentence {item.claim_record.sentence}"
    console.rule(f"[bold]{view.claim}[/bold]  {where}")
    if item.changed:
        console.print(f"[bold yellow]changed since review: {escape(item.changed)}[/bold yellow]")
    if item.sentence:
        console.print(escape(item.excerpt(None)))
    else:
        console.print("[dim](sentence not recorded: the decisions were made without the documents)[/dim]")
    if item.number:
        console.print(f"number: {escape(item.number)}")
    source = item.source or ("unknown" if item.claim_record is None else "the outlet’s own voice")
    console.print(f"source: {escape(source)}" + (f"   hedge: {escape(item.hedge)}" if item.hedge != "none" else ""))
    if item.group is not None:
        console.print(f"group {item.group.id}: [bold]{escape(item.group.status)}[/bold] — {escape(item.group.why)}")
    for title, others in (("other members of its group", view.others), ("conflicting figures", view.conflicts)):
        if others:
            console.print(f"{title}:")
            for other in others:
                who = other.source or "the outlet’s own voice"
                console.print(f"  {other.claim}  {escape(other.document)}: {escape(other.excerpt(120))}  "
                              f"— {escape(who)}  {escape('[' + other.status + ']')}", soft_wrap=True)
    if item.changed == "sentence edited" and view.history:
        console.print(f"sentence as reviewed: {escape(view.history[-1].decision.context or '')}")
    console.print("history:" if view.history else "history: none (unreviewed)")
    for entry in view.history:
        d = entry.decision
        line = f"  {escape(d.at)}  [bold]{escape(d.status)}[/bold]  by {escape(d.by)}"
        if d.note:
            line += f" — {escape(d.note)}"
        if d.evidence:
            line += f"  (evidence: {escape(d.evidence)})"
        if entry.replaces:
            line += f"  (replaces {escape(entry.replaces)})"
        console.print(line, soft_wrap=True)


@review_app.command("export")
def review_export(
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH",
        help="The documents, to fill in the sentence of decisions recorded without them (optional).",
        show_default=False)] = None,
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="csv or json: each claim's current decision (every decision with --history); "
                               "claimreview: schema.org ClaimReview JSON-LD of the final decisions (verified, "
                               "false, disputed, inconclusive).")] = ExportFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of "
                                                   "standard output (written whole or not at all).")] = None,
    history: Annotated[bool, typer.Option("--history", help="csv/json: every decision, oldest first, not only "
                                          "the current one of each claim; a decision replaced with `set "
                                          "--replaces` is listed only here, its replaced_by set to the claim "
                                          "that replaced it.")] = False,
    organization: Annotated[Optional[str], typer.Option(
        help="claimreview: the fact-checking organisation that publishes the reviews (their author); default: "
             "the editor who decided.")] = None,
    db: DbOption = None,
    rules_dir: ReviewRulesOption = None,
    encoding: EncodingOption = "utf-8",
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    outlet_column: OutletColumn = None,
    outlet: Outlet = None,
    date_column: DateColumn = None,
):
    """Export the decisions: CSV or JSON for the desk, or ClaimReview JSON-LD for publishing.

    Examples:

      verify review export --format csv --db desk.sqlite -o decisions.csv

      verify review export stories/ --format claimreview -o claimreview.json
    """
    import csv
    import io

    from .review import EXPORT_FIELDS, ReviewStore, claim_reviews, export_decisions, store_path

    try:
        _review_missing_path(paths)
        store = ReviewStore(store_path(db, paths or ()))
        if not store.path.exists():
            raise VerifyError(f"{store.path}: no review store here yet; record a decision with `verify review set` "
                              "or name the store with --db")
        if output:
            _refuse_overwriting(output, paths, store=store.path)
        audit = _review_audit(paths, rules_dir, encoding, id_column, text_column, title_column, outlet_column,
                              date_column, outlet)
        if format is ExportFormat.claimreview:
            reviews, left_out = claim_reviews(store, audit=audit, organization=organization)
            text = json.dumps(reviews, ensure_ascii=False, indent=1) + "\n"
            if left_out:
                listed = ", ".join(left_out[:5]) + ("…" if len(left_out) > 5 else "")
                err.print(f"left out: {len(left_out)} final decision(s) without their sentence ({listed}); give the "
                          "documents (PATH...) to include them", markup=False, soft_wrap=True)
        else:
            records = export_decisions(store, audit=audit, history=history)
            if format is ExportFormat.json:
                text = json.dumps({"store": str(store.path), "history": history, "decisions": records},
                                  ensure_ascii=False, indent=1) + "\n"
            else:
                handle = io.StringIO()
                writer = csv.DictWriter(handle, fieldnames=EXPORT_FIELDS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(records)
                text = handle.getvalue()
        if output:
            _write_atomically(output, text)
            err.print(f"wrote {output}", markup=False)
        else:
            sys.stdout.write(text)
    except VerifyError as error:
        fail(str(error))


def run() -> None:
    """Console entry point: the app, with any unexpected error reduced to one line (exit 1).

    Set VERIFY_DEBUG=1 to let the traceback through when reporting a bug.
    """
    # A cold start allocates hundreds of thousands of objects that live as long as the process
    # (modules, compiled patterns, rules, models); at the default threshold of 700 the collector
    # walks them ~150 times, 80 ms of a one-article audit here. Collecting every 100,000
    # allocations instead leaves at most that many cyclic garbage objects waiting.
    gc.set_threshold(100_000, 20, 10)
    try:
        app()
    except Exception as error:  # noqa: BLE001 - the last line of defence of the command line
        if os.environ.get("VERIFY_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/bold red] {_one_line(f'{type(error).__name__}: {error}')} "
                  "(please report it; VERIFY_DEBUG=1 shows the traceback)", soft_wrap=True)
        sys.exit(1)
