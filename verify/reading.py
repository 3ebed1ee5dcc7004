"""Read news documents from text, HTML, CSV, JSON Lines, directories and standard input.

Example:
    >>> docs = read_path("fixtures/seeds/000_c4b5080489d27d06.txt")
    >>> docs[0].id, docs[0].text[:7]
    ('000_c4b5080489d27d06.txt', 'Monitor')

First stage of the pipeline: it reads paths and adds `Document`s. Plain text is kept exactly as
read (only a UTF-8 byte order mark is dropped), because every later offset points into it. HTML
is reduced to article text (trafilatura, then lxml, then the standard library's tokenizer) and
nothing in the page is run or fetched. CSV and JSONL rows are streamed: a first pass checks the
whole file's structure, so a broken file fails as a whole before any of its rows is yielded, and
a second pass yields one row at a time.

Every problem is an `InputError` whose message is one line: `where: what was wrong; what to do`.
`read_documents` turns them into `ReadFailure`s and goes on with the next path.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from html.parser import HTMLParser
from pathlib import Path

from verify.errors import InputError
from verify.records import Document, ReadFailure

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
CSV_DELIMITERS = {".csv": ",", ".tsv": "\t"}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + tuple(CSV_DELIMITERS) + JSONL_SUFFIXES
STDIN = "-"
STDIN_ORIGIN = "<stdin>"


@dataclass(frozen=True)
class Columns:
    """Which CSV column (or JSONL key) holds each part of a document; None means "find it".

    Example:
        >>> Columns(text="body", id="guid").text
        'body'

    id: document id. text: the article text. title, outlet (the publisher), published (its date).
    Unset fields are found by name, case-insensitively, FA-KES names first (`_AUTO_NAMES`).
    """

    id: str | None = None
    text: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


# FA-KES names first (fixtures/FA-KES-README.md), then generic ones; first match wins.
_AUTO_NAMES = {
    "id": ("unit_id", "id"),
    "text": ("article_content", "text", "content", "body"),
    "title": ("article_title", "title"),
    "outlet": ("outlet", "source"),
    "published": ("published", "date"),
}
# The CLI option that sets each field, named in messages so they say what to do.
_OPTIONS = {
    "id": "--id-column",
    "text": "--text-column",
    "title": "--title-column",
    "outlet": "--outlet-column",
    "published": "--date-column",
}
_FIELDS = tuple(f.name for f in fields(Columns))

# Signatures of files people pass by mistake; naming the format beats "not valid UTF-8 at byte 10".
_BINARY_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# C0 controls other than tab, newlines, form feed and escape: text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_SAMPLE = 65_536
_CONTROL_SHARE = 0.05
# Lone surrogates (a JSON "\ud800" escape, or a codec like unicode_escape) cannot be written out as
# UTF-8; each becomes U+FFFD, one code point for one, so offsets still point at the same text.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# "Starts like HTML": optional XML declaration and comments, then a tag pages begin with.
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|header|nav|main|article|section"
    r"|div|p|span|img|a|h[1-6]|table|ul|ol|script|style|br|form)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_SNIFF = 4096
# Line ends for CSV and JSONL: CRLF, LF, or a lone CR (old Mac exports) unless it ends the buffer,
# where an LF may follow in the next chunk. Not str.splitlines: JSON strings may hold U+2028.
_LINE_END = re.compile(r"\r\n|\n|\r(?=.)", re.DOTALL)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")  # lxml refuses str input that has one
# Real pages nest a few dozen levels; trafilatura takes seconds on hostile nesting, and the
# plain body text is as good there.
_TRAFILATURA_MAX_DEPTH = 256
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "title"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)


class _Unreadable(InputError):
    """An InputError that keeps where and why apart, so `ReadFailure` can carry both."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


def read_documents(
    paths: Sequence[str],
    *,
    columns: Columns = Columns(),
    encoding: str = "utf-8",
    max_bytes: int = 200_000_000,
    outlet: str | None = None,
) -> Iterator[Document | ReadFailure]:
    """Yield the documents of every path in order, and a `ReadFailure` for each one that fails.

    Example:
        >>> [d.id for d in read_documents(["fixtures/seeds/000_c4b5080489d27d06.txt"])]
        ['000_c4b5080489d27d06.txt']

    A path is a text, HTML, CSV/TSV or JSONL file, a directory (read recursively) or `-` for
    standard input. A failing file, directory entry or CSV row yields a `ReadFailure` and
    reading goes on. `outlet`: the publisher of every document that names none itself (a text
    file, a row without an outlet). Raises `InputError` only for an unknown `encoding`.
    """
    _check_encoding(encoding)
    for item in _unique_ids(_read_all(paths, columns, encoding, max_bytes)):
        yield replace(item, outlet=outlet) if outlet and isinstance(item, Document) and not item.outlet else item


def _read_all(paths, columns: Columns, encoding: str, max_bytes: int) -> Iterator[Document | ReadFailure]:
    for path in paths:
        try:
            yield from _read(os.fspath(path), columns, encoding, max_bytes, keep_going=True)
        except _Unreadable as exc:
            yield ReadFailure(origin=exc.origin, reason=exc.reason)


def _unique_ids(items: Iterator[Document | ReadFailure]) -> Iterator[Document | ReadFailure]:
    """Every document with an id no other document of the run has: claim ids and review decisions
    are keyed by it. A document whose id an earlier one took ("a/x.txt" then "b/x.txt"; FA-KES
    repeats a few unit_ids, row for row) is numbered after it ("x.txt#2", "1926479049#2"), so
    nothing is lost and no decision lands on the wrong document; its `origin` says where it is."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Document):
            if item.id in seen:
                n = 2
                while f"{item.id}#{n}" in seen:
                    n += 1
                item = replace(item, id=f"{item.id}#{n}")
            seen.add(item.id)
        yield item


def read_path(
    path: str,
    *,
    columns: Columns = Columns(),
    encoding: str = "utf-8",
    max_bytes: int = 200_000_000,
) -> list[Document]:
    """Read one path and return its documents; the first problem raises `InputError`.

    Example:
        >>> len(read_path("fixtures/fa-kes-train.csv"))
        681

    Strict: an empty CSV row or a bad file inside a directory raises too (`read_documents` is
    the forgiving variant).
    """
    _check_encoding(encoding)
    documents = []
    for item in _unique_ids(_read(os.fspath(path), columns, encoding, max_bytes, keep_going=False)):
        if isinstance(item, ReadFailure):
            raise _Unreadable(item.origin, item.reason)
        documents.append(item)
    return documents


def _read(
    path: str, columns: Columns, encoding: str, max_bytes: int, *, keep_going: bool
) -> Iterator[Document | ReadFailure]:
    """Yield what one path holds; raise `_Unreadable` when the path as a whole cannot be read."""
    if path == STDIN:
        yield from _read_stdin(columns, encoding, max_bytes)
    elif os.path.isdir(path):
        yield from _read_directory(path, columns, encoding, max_bytes, keep_going=keep_going)
    elif os.path.islink(path) and not os.path.exists(path):
        raise _Unreadable(path, "a symbolic link that leads nowhere (or back to itself); check where it points")
    elif not os.path.exists(path):
        raise _Unreadable(
            path, "no such file or directory; check the path (use - for standard input)"
        )
    else:
        yield from _read_file(path, columns, encoding, max_bytes)


def _read_file(
    path: str, columns: Columns, encoding: str, max_bytes: int
) -> Iterator[Document | ReadFailure]:
    """Read one file by its suffix: text, HTML, CSV/TSV, JSONL; anything else is sniffed."""
    suffix, stem = Path(path).suffix.lower(), Path(path).stem
    text: str | None = None
    if _special_kind(path) is not None:
        # A named pipe (e.g. <(zcat corpus.csv.gz)) can be read once only: read it whole, like stdin.
        text = _decode(_read_bytes(path, max_bytes), path, encoding)
        size = len(text)
    else:
        size = _file_size(path, max_bytes)

    def lines() -> Iterator[str]:  # called once per pass
        return _decoded_lines(path, encoding) if text is None else _split_lines(text)

    if suffix in CSV_DELIMITERS:
        yield from _table_documents(path, stem, lines, CSV_DELIMITERS[suffix], columns, size)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(path, stem, lines, columns)
    else:
        if text is None:
            text = _decode(_read_bytes(path, max_bytes), path, encoding)
        name = Path(path).name
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
            yield _html_document(text, doc_id=name, origin=path)
        elif suffix not in TEXT_SUFFIXES and (delimiter := _table_delimiter(text, columns)) is not None:
            # a table without a .csv name: "<(zcat corpus.csv.gz)"
            yield from _table_documents(path, stem, lambda: _split_lines(text), delimiter, columns, len(text))
        else:
            yield _text_document(text, doc_id=name, origin=path)


def document_files(path: str, onerror=None) -> Iterator[str]:
    """The files under directory `path` that reading opens: readable suffixes, hidden files and
    hidden directories skipped (unsorted; `onerror` gets what `os.walk` cannot list)."""
    for dirpath, dirnames, filenames in os.walk(path, onerror=onerror):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in READABLE_SUFFIXES:
                yield os.path.join(dirpath, name)


def _read_directory(
    path: str, columns: Columns, encoding: str, max_bytes: int, *, keep_going: bool
) -> Iterator[Document | ReadFailure]:
    """Read every readable file under `path`, sorted, skipping hidden files and directories.

    Entries that are not regular files (named pipes, devices, sockets) are reported and skipped:
    reading a pipe nobody writes to would wait forever. Named on its own, such a file is read.
    """
    found: list[tuple[tuple[str, ...], str]] = []
    irregular: dict[str, str] = {}  # path → what it is, for entries that are not regular files
    unlisted: list[OSError] = []
    for full in document_files(path, onerror=unlisted.append):
        found.append((Path(os.path.relpath(full, path)).parts, full))
        kind = _special_kind(full)
        if kind is not None:
            irregular[full] = kind
    for error in unlisted:
        failure = _Unreadable(
            error.filename or path,
            f"cannot list the directory ({error.strerror}); check its permissions",
        )
        if not keep_going:
            raise failure
        yield ReadFailure(origin=failure.origin, reason=failure.reason)
    if not found and not unlisted:
        raise _Unreadable(
            path,
            "the directory holds no readable documents (files ending in "
            f"{', '.join(READABLE_SUFFIXES)}; hidden ones skipped); "
            "put article files in it or give their paths",
        )
    for _, file_path in sorted(found):
        try:
            if file_path in irregular:
                raise _Unreadable(
                    file_path,
                    f"not a regular file ({irregular[file_path]}); a directory is read for its "
                    "regular files only, so give its path on its own to read it",
                )
            yield from _read_file(file_path, columns, encoding, max_bytes)
        except _Unreadable as exc:
            if not keep_going:
                raise
            yield ReadFailure(origin=exc.origin, reason=exc.reason)


def _special_kind(path: str) -> str | None:
    """What `path` is when it exists but is not a regular file (after symlinks), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it reports why
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "an unusual kind of file"


def _read_stdin(
    columns: Columns, encoding: str, max_bytes: int
) -> Iterator[Document | ReadFailure]:
    """Read standard input: HTML if it starts like HTML, JSONL if all lines are objects, or text."""
    stream = sys.stdin
    if stream is None:
        raise _Unreadable(
            STDIN_ORIGIN, "there is no standard input; pipe a document in or give a path"
        )
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _Unreadable(STDIN_ORIGIN, _too_big_reason(f"more than {max_bytes:,}", max_bytes))
    if isinstance(data, bytes):
        text = _decode(data, STDIN_ORIGIN, encoding)
    else:
        text = _check_text(data.removeprefix("\ufeff"), STDIN_ORIGIN)
    if _looks_like_html(text):
        yield _html_document(text, doc_id="stdin", origin=STDIN_ORIGIN)
    elif _looks_like_jsonl(text):
        yield from _jsonl_documents(STDIN_ORIGIN, "stdin", lambda: _split_lines(text), columns)
    elif (delimiter := _table_delimiter(text, columns)) is not None:
        yield from _table_documents(STDIN_ORIGIN, "stdin", lambda: _split_lines(text), delimiter, columns, len(text))
    else:
        yield _text_document(text, doc_id="stdin", origin=STDIN_ORIGIN)


def _table_delimiter(text: str, columns: Columns) -> str | None:
    """The delimiter when `text` is a CSV/TSV table with a text column ("unit_id,article_content,…"
    piped in, or read from `<(zcat corpus.csv.gz)`), else None: its first line is a header naming
    the text column (`--text-column`, or one of the names found automatically)."""
    end = text.find("\n")
    header = (text if end < 0 else text[:end]).strip().lstrip("\ufeff")  # (no copy of a large text's rest)
    names = {columns.text.lower()} if columns.text else set(_AUTO_NAMES["text"])
    for delimiter in (",", "\t"):
        if delimiter in header:
            cells = {cell.strip().strip('"').lower() for cell in header.split(delimiter)}
            if cells & names:
                return delimiter
    return None


# --- bytes to text -------------------------------------------------------------------------


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
        b"a".decode(encoding, errors="ignore")  # refuses codecs that are not text ones, like rot13
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; "
            "give a Python codec name such as utf-8, latin-1 or cp1252 with --encoding"
        ) from None


def _is_wide(encoding: str) -> bool:
    """UTF-16 and UTF-32 text is full of NUL bytes, so raw NULs only mean "binary" elsewhere."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _unopenable_reason(exc: OSError) -> str:
    return f"cannot be read ({exc.strerror}); check the path and its permissions"


def _file_size(path: str, max_bytes: int) -> int:
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise _Unreadable(path, _unopenable_reason(exc)) from None
    if size > max_bytes:
        raise _Unreadable(path, _too_big_reason(f"{size:,}", max_bytes))
    return size


def _too_big_reason(size: str, max_bytes: int) -> str:
    return (
        f"the input is {size} bytes, over the limit of {max_bytes:,}; "
        "split it into smaller files or raise the limit (max_bytes)"
    )


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # +1: the file may have grown since stat
    except OSError as exc:
        raise _Unreadable(path, _unopenable_reason(exc)) from None
    if len(data) > max_bytes:
        raise _Unreadable(path, _too_big_reason(f"more than {max_bytes:,}", max_bytes))
    return data


def _binary_reason(what: str = "it contains NUL bytes") -> str:
    return (
        f"this is not a text file ({what}); give a text, HTML, CSV or JSONL file "
        "(for UTF-16 text pass --encoding utf-16)"
    )


def _refuse_binary(head: bytes, origin: str) -> None:
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            raise _Unreadable(origin, _binary_reason(f"it looks like {kind}"))


def _encoding_reason(encoding: str, offset: int) -> str:
    name = codecs.lookup(encoding).name
    example = "latin-1" if name != "iso8859-1" else "cp1252"
    return (
        f"the bytes are not valid {name} at byte {offset:,}; "
        f"pass the file's encoding with --encoding (e.g. --encoding {example})"
    )


def _decode(data: bytes, origin: str, encoding: str) -> str:
    """Decode a whole file; drop a byte order mark and nothing else."""
    _refuse_binary(data[:8], origin)
    if not _is_wide(encoding) and b"\x00" in data:
        raise _Unreadable(origin, _binary_reason())
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _Unreadable(origin, _encoding_reason(encoding, exc.start)) from None
    return _check_text(text.removeprefix("\ufeff"), origin)


def _check_text(text: str, origin: str) -> str:
    """Refuse decoded text that is really binary: NULs, or many control characters."""
    if "\x00" in text:
        raise _Unreadable(origin, _binary_reason())
    sample = text[:_CONTROL_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > _CONTROL_SHARE * len(sample):
        raise _Unreadable(origin, _binary_reason("it is full of control characters"))
    return _without_surrogates(text)


def _without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (same length, so offsets hold)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _decoded_lines(path: str, encoding: str) -> Iterator[str]:
    """Yield a file's text line by line, each with its line end, decoding as it goes.

    Errors name the byte offset in the file, like `_decode`, without holding the file in memory.
    """
    wide = _is_wide(encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0  # bytes handed to the decoder so far
    pending = ""
    first = True
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise _Unreadable(path, _unopenable_reason(exc)) from None
    with handle:
        for raw in handle:  # binary lines: split at b"\n", so ASCII-based decoders never straddle
            if first:
                _refuse_binary(raw[:8], path)
            if not wide and b"\x00" in raw:
                raise _Unreadable(path, _binary_reason())
            held = len(decoder.getstate()[0])  # bytes of an unfinished character from before
            try:
                chunk = decoder.decode(raw)
            except UnicodeDecodeError as exc:
                reason = _encoding_reason(encoding, offset - held + exc.start)
                raise _Unreadable(path, reason) from None
            offset += len(raw)
            if first and chunk:
                chunk = chunk.removeprefix("\ufeff")
                first = False
            if "\x00" in chunk:
                raise _Unreadable(path, _binary_reason())
            pending += chunk
            start = 0
            for end in _LINE_END.finditer(pending):
                yield pending[start : end.end()]
                start = end.end()
            pending = pending[start:]
        held = len(decoder.getstate()[0])
        try:
            pending += decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise _Unreadable(path, _encoding_reason(encoding, offset - held + exc.start)) from None
    if pending:
        yield pending


def _split_lines(text: str) -> Iterator[str]:
    """Split text into lines that keep their ends, as `_decoded_lines` does."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.end()]
        start = end.end()
    if start < len(text):
        yield text[start:]


# --- plain text and HTML -------------------------------------------------------------------


# One document's text at most (about 1,000 pages; the longest FA-KES article has 8,606): an audit
# holds some twenty times its text in memory, so a 170 MB one-line file would need gigabytes.
MAX_DOCUMENT_CHARS = 5_000_000


def _too_long(text: str) -> str | None:
    """Why `text` is too long to be one document, or None."""
    if len(text) <= MAX_DOCUMENT_CHARS:
        return None
    return (f"the document's text is {len(text):,} characters, over the {MAX_DOCUMENT_CHARS:,} one article "
            "may have; split it into articles (one file, CSV row or JSON line each)")


def _text_document(text: str, *, doc_id: str, origin: str) -> Document:
    _refuse_blank(text, origin)
    if (reason := _too_long(text)) is not None:
        raise _Unreadable(origin, reason)
    return Document(id=doc_id, origin=origin, text=text)


def _refuse_blank(text: str, origin: str, what: str = "file") -> None:
    if not text:
        raise _Unreadable(origin, f"the {what} is empty; give a {what} with article text")
    if not text.strip():
        raise _Unreadable(
            origin, f"the {what} holds only whitespace; give a {what} with article text"
        )


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:_HTML_SNIFF]) is not None


def _html_document(markup: str, *, doc_id: str, origin: str) -> Document:
    """Reduce an HTML page to its article text; the page is parsed, never run or fetched from."""
    _refuse_blank(markup, origin)
    text, title, outlet, published = _extract_html(markup)
    if not text.strip():
        raise _Unreadable(
            origin,
            "the HTML page has no extractable text (nothing outside scripts, styles and markup); "
            "give the article page itself, or save its text as .txt",
        )
    if (reason := _too_long(text)) is not None:
        raise _Unreadable(origin, reason)
    return Document(
        id=doc_id, origin=origin, text=text, title=title, outlet=outlet, published=published
    )


def _extract_html(markup: str) -> tuple[str, str | None, str | None, str | None]:
    """Return (text, title, outlet, published) of a page, trying three extractors in turn.

    trafilatura finds the article and drops menus, footers and scripts; `favor_recall` keeps the
    text of short pages (skipped past `_TRAFILATURA_MAX_DEPTH` levels of nesting). When it finds
    nothing, the text of <body> without scripts and styles.
    When libxml2 gives up (it stops at 2048 levels of nesting even with `huge_tree`), the
    standard library's tokenizer, which keeps no tree and so has no depth limit.
    """
    markup = _XML_DECLARATION.sub("", markup, count=1)
    tree = _parse_html(markup)
    text, title, outlet, published = "", None, None, None
    if tree is not None:
        title = _squash(tree.findtext(".//title") or "") or None
        result = _trafilatura(tree) if _depth(tree) <= _TRAFILATURA_MAX_DEPTH else None
        if result is not None:
            text = result.text or ""
            title = _squash(result.title or "") or title
            outlet = _squash(result.sitename or "") or None
            published = result.date or None
    if not text.strip():
        fresh = _parse_html(markup)  # trafilatura prunes the tree it was given
        text = _body_text(fresh) if fresh is not None else ""
    if not text.strip():
        text = _stream_text(markup)
    return text, title, outlet, published


def _parse_html(markup: str):
    import lxml.etree
    import lxml.html

    # huge_tree lifts libxml2's 256-level nesting limit; no_network: never fetch a DTD or entity.
    parser = lxml.html.HTMLParser(
        huge_tree=True, no_network=True, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        return lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return None


def _depth(tree) -> int:
    import lxml.etree

    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _trafilatura(tree):
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        return trafilatura.bare_extraction(
            tree,
            favor_recall=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # No guessing dates from the running text: only what the page declares.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - its heuristics may trip on odd markup; fallbacks follow
        return None


def _body_text(tree) -> str:
    """Text of <body> (or the whole tree) without scripts and styles, one line per block."""
    import lxml.etree

    for element in tree.xpath("//script | //style | //noscript | //template"):
        element.drop_tree()
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            parts.append(element.text or "")
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if element is not root:
                parts.append(element.tail or "")
    return _tidy("".join(parts))


class _TextCollector(HTMLParser):
    """Collects text outside script, style and title; block tags start a new line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _stream_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return _tidy("".join(collector.parts))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _tidy(text: str) -> str:
    """One line per block, spaces squashed, blank lines dropped: HTML whitespace carries nothing."""
    lines = (_squash(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --- CSV and JSON Lines --------------------------------------------------------------------


def _table_documents(
    origin: str,
    stem: str,
    lines: Callable[[], Iterator[str]],
    delimiter: str,
    columns: Columns,
    size: int,
) -> Iterator[Document | ReadFailure]:
    """Yield one document per CSV row; check the whole file first so a broken one fails whole."""
    what_to_give = "give a CSV file with a header row and one article per row"
    if size == 0:
        raise _Unreadable(origin, f"the file is empty; {what_to_give}")
    check = _table_rows(origin, lines, delimiter)
    header = next(check, None)
    if header is None:
        raise _Unreadable(origin, f"the file holds only whitespace; {what_to_give}")
    picked = _pick_columns(origin, header, columns, "column")
    if sum(1 for _ in check) == 0:
        raise _Unreadable(origin, "the file has a header but no rows; add one article per row")
    index = {name: header.index(name) for name in picked.values() if name is not None}
    rows = _table_rows(origin, lines, delimiter)
    next(rows)  # the header again
    for number, row in enumerate(rows, start=1):
        values = {f: row[index[name]] if name else None for f, name in picked.items()}
        yield _record_document(origin, stem, number, values, picked["text"], "cell")


def _table_rows(
    origin: str, lines: Callable[[], Iterator[str]], delimiter: str
) -> Iterator[list[str]]:
    """Yield the header (names trimmed), then each data row; raise on rows that do not fit it."""
    _raise_field_size_limit()
    reader = csv.reader(lines(), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    number = 0
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):  # a blank line
                continue
            if header is None:
                header = [name.strip() for name in row]
                yield header
                continue
            number += 1
            if len(row) != len(header):
                raise _Unreadable(
                    origin,
                    f"row {number} (line {reader.line_num}) has {len(row)} fields but the header "
                    f"has {len(header)}; quote fields that contain the delimiter, or fix the row",
                )
            yield row
    except csv.Error as exc:
        raise _Unreadable(
            origin,
            f"this is not valid CSV at line {reader.line_num} ({exc}); check the quoting there "
            "(a field holding the delimiter, quotes or newlines goes in double quotes, "
            "its own quotes doubled)",
        ) from None


def _raise_field_size_limit() -> None:
    # Article bodies exceed csv's default 128 KiB field limit; C long caps the value on Windows.
    limit = 2**31 - 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _jsonl_documents(
    origin: str, stem: str, lines: Callable[[], Iterator[str]], columns: Columns
) -> Iterator[Document | ReadFailure]:
    """Yield one document per JSON Lines record; check all lines first so a bad file fails whole."""
    keys: dict[str, None] = {}  # union of keys in order of first appearance
    records = 0
    for _, record in _jsonl_records(origin, lines):
        records += 1
        for key in record:
            keys.setdefault(key, None)
    if records == 0:
        raise _Unreadable(origin, "the input holds no JSON records; give one JSON object per line")
    _pick_columns(origin, list(keys), columns, "key")  # fails when no record has a text key
    for number, record in _jsonl_records(origin, lines):
        # Records need not share keys, so each one is looked up on its own.
        names = _pick_names(list(record), columns)
        values = {f: record.get(name) if name else None for f, name in names.items()}
        yield _record_document(origin, stem, number, values, names["text"], "value")


def _jsonl_records(origin: str, lines: Callable[[], Iterator[str]]) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-blank line."""
    for number, line in enumerate(lines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _Unreadable(
                origin,
                f"line {number} is not valid JSON ({exc.msg} at column {exc.colno}); "
                "give one JSON object per line",
            ) from None
        except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
            what = "it nests too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
            raise _Unreadable(
                origin,
                f"line {number} is not valid JSON ({what}); give one JSON object per line",
            ) from None
        if not isinstance(record, dict):
            raise _Unreadable(
                origin,
                f"line {number} holds a JSON {type(record).__name__}, not an object; "
                "give one JSON object per line",
            )
        yield number, record


def _looks_like_jsonl(text: str) -> bool:
    """True when every non-blank line parses as a JSON object (and there is at least one)."""
    seen = False
    for line in _split_lines(text):
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
            return False
        seen = True
    return seen


def _pick_names(available: list[str], columns: Columns) -> dict[str, str | None]:
    """Map each Document field to one of `available` or None: the name given, else a known one."""
    by_lower: dict[str, str] = {}
    for name in available:
        by_lower.setdefault(name.strip().lower(), name)
    picked: dict[str, str | None] = {}
    for field in _FIELDS:
        wanted = getattr(columns, field)
        if wanted is not None:
            picked[field] = wanted if wanted in available else by_lower.get(wanted.strip().lower())
        else:
            picked[field] = next((by_lower[n] for n in _AUTO_NAMES[field] if n in by_lower), None)
    return picked


def _pick_columns(
    origin: str, available: list[str], columns: Columns, what: str
) -> dict[str, str | None]:
    """`_pick_names`, raising when a name given is absent or nothing holds the text."""
    picked = _pick_names(available, columns)
    for field in _FIELDS:
        wanted = getattr(columns, field)
        if wanted is not None:
            if picked[field] is None:
                raise _Unreadable(
                    origin,
                    f"there is no {what} {wanted!r} (given with {_OPTIONS[field]}); "
                    f"the {what}s are {_listing(available)}; pass one of them",
                )
    if picked["text"] is None:
        raise _Unreadable(
            origin,
            f"no {what} holds the article text (looked for {', '.join(_AUTO_NAMES['text'])}); "
            f"the {what}s are {_listing(available)}; name the text {what} with --text-column",
        )
    return picked


def _listing(names: list[str], limit: int = 20) -> str:
    shown = ", ".join(repr(name) for name in names[:limit])
    if len(names) > limit:
        shown += f" and {len(names) - limit} more"
    return shown or "(none)"


def _record_document(
    origin: str, stem: str, number: int, values: dict, text_name: str | None, what: str
) -> Document | ReadFailure:
    """Build the Document of one CSV row or JSONL record; a ReadFailure when it has no text."""
    where = f"{origin}:row {number}"
    text = values["text"]
    if text_name is None:
        return ReadFailure(
            origin=where,
            reason=f"the record has no text key (looked for {', '.join(_AUTO_NAMES['text'])}); "
            "add one, or name the text key with --text-column",
        )
    if text is not None and not isinstance(text, str):
        return ReadFailure(
            origin=where,
            reason=f"the text {what} ({text_name!r}) is a JSON {type(text).__name__}, "
            "not a string; "
            "give the article text as a string",
        )
    if not text or not text.strip():
        return ReadFailure(
            origin=where,
            reason=f"the text {what} ({text_name!r}) is empty; fill it in or drop the row",
        )
    if (reason := _too_long(text)) is not None:
        return ReadFailure(origin=where, reason=reason)
    return Document(
        id=_metadata(values["id"]) or f"{stem}:{number}",
        origin=where,
        text=_without_surrogates(text),  # else verbatim: later offsets point into it
        title=_metadata(values["title"]),
        outlet=_metadata(values["outlet"]),
        published=_metadata(values["published"]),
    )


def _metadata(value: object) -> str | None:
    """A metadata cell as a trimmed string; None when missing or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    return _without_surrogates(value.strip()) or None
