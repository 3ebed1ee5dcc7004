"""Tests of verify.reading: every input kind, column mapping, and every way input can be bad."""
from __future__ import annotations

import csv
import io
import sys
import time
from pathlib import Path

import pytest

from verify import reading
from verify.errors import InputError
from verify.reading import Columns, read_documents, read_path
from verify.records import Document, ReadFailure

ROOT = Path(__file__).resolve().parents[1]

DATA = Path(__file__).resolve().parent / "data" / "reading"
FA_KES_TRAIN = ROOT / "fixtures" / "fa-kes-train.csv"
SEED = ROOT / "fixtures" / "seeds" / "000_c4b5080489d27d06.txt"

FA_KES_HEADER = "unit_id,article_title,article_content,source,date,location,labels\n"
FA_KES_3 = (
    FA_KES_HEADER
    + '101,Strike kills 38,"Russian strikes killed 38 civilians, the monitor said.",'
    + "sohr,10/12/2017,Deir Ezzor,1\n"
    + '102,Toll rises,"The toll rose to 53.\nActivists said ""dozens"" were hurt.",'
    + "sana,10/13/2017,Idlib,0\n"
    + "103,Denial,Moscow denied the report,tass,10/14/2017,Moscow,1\n"
)
HOSTILE = (
    "<img src=x onerror=alert(1)><script>alert(1)</script>"
    "<p>Five civilians were killed, activists said.</p>"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def documents(items) -> list[Document]:
    items = list(items)
    assert all(isinstance(item, Document) for item in items), items
    return items


# --- plain text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("plain.txt", b"Five died, the monitor said.", "Five died, the monitor said."),
        # Whitespace, blank lines and CRLF kept: later offsets point into the text as read.
        ("spaced.txt", b"  Five  died.\r\n\r\n\tThe monitor said.\n\n",
         "  Five  died.\r\n\r\n\tThe monitor said.\n\n"),
        ("bom.txt", b"\xef\xbb\xbfFive died.", "Five died."),
        ("story.wire", b"Unknown suffix, but text.\n", "Unknown suffix, but text.\n"),
        # A .txt file is text even when it holds markup.
        ("markup.txt", b"<p>Five died.</p>", "<p>Five died.</p>"),
    ],
)
def test_reading_text_is_verbatim(tmp_path, name, raw, expected):
    path = write(tmp_path, name, raw)
    (doc,) = read_path(path)
    assert doc == Document(id=name, origin=path, text=expected)


def test_reading_text_offsets_point_into_the_file(tmp_path):
    raw = "Wed 05 Apr 2017\n\n  WHO said   at least 70 died.\u00a0Russia denied it.\n"
    (doc,) = read_path(write(tmp_path, "who.txt", raw))
    start = raw.index("70")
    assert doc.text[start : start + 2] == "70"
    assert doc.text == raw


def test_reading_seed_fixture_reads_as_is():
    (doc,) = read_path(str(SEED))
    assert doc.id == SEED.name
    assert doc.text == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "encoding", "expected"),
    [
        ("Homs: 5 tués, selon l'OSDH.".encode("latin-1"), "latin-1", "Homs: 5 tués, selon l'OSDH."),
        ("Five died.".encode("utf-16"), "utf-16", "Five died."),
        ("Aleppo \u2013 ten died.".encode("cp1252"), "cp1252", "Aleppo \u2013 ten died."),
    ],
)
def test_reading_text_other_encodings(tmp_path, raw, encoding, expected):
    (doc,) = read_path(write(tmp_path, "enc.txt", raw), encoding=encoding)
    assert doc.text == expected


# --- HTML ---------------------------------------------------------------------------------


def test_reading_html_keeps_article_drops_menu_and_scripts():
    (doc,) = read_path(str(DATA / "article.html"))
    assert doc.id == "article.html"
    assert "killed at least 38 civilians in Deir Ezzor" in doc.text
    assert "Activists said dozens more were wounded" in doc.text
    for leak in ("SCRIPT-LEAK", "STYLE-LEAK", "trackingId", "Subscribe now", "All rights reserved"):
        assert leak not in doc.text
    assert doc.title == "Russian strike kills 38 civilians in east Syria"
    assert doc.outlet == "Example Wire"
    assert doc.published == "2017-10-12"


@pytest.mark.parametrize(
    ("name", "markup", "expected"),
    [
        ("hostile.html", HOSTILE, "Five civilians were killed, activists said."),
        ("short.htm", "<html><head><title>T</title></head><body><p>Two died.</p></body></html>",
         "Two died."),
        # No .html suffix, but it starts like HTML.
        ("page", "<!DOCTYPE html><html><body><p>Three died, SANA said.</p></body></html>",
         "Three died, SANA said."),
        ("declared.html", '<?xml version="1.0" encoding="utf-8"?><html><body><p>Four died.</p></html>',
         "Four died."),
        ("entities.html", "<p>Six died &amp; ten were hurt &mdash; officials said.</p>",
         "Six died & ten were hurt \u2014 officials said."),
    ],
)
def test_reading_html_reduced_to_text(tmp_path, name, markup, expected):
    (doc,) = read_path(write(tmp_path, name, markup))
    assert expected in doc.text
    assert "alert(" not in doc.text
    assert "<" not in doc.text


@pytest.mark.parametrize("depth", [300, 3_000, 100_000])
def test_reading_html_survives_deep_nesting(tmp_path, depth):
    markup = "<html><body>" + "<div>" * depth + "<p>Seven died, the monitor said.</p>" + "</div>" * depth
    markup += "<script>alert(1)</script><p>Moscow denied it.</p></body></html>"
    started = time.perf_counter()
    (doc,) = read_path(write(tmp_path, "deep.html", markup))
    assert "Seven died, the monitor said." in doc.text
    assert "Moscow denied it." in doc.text
    assert "alert(" not in doc.text
    assert time.perf_counter() - started < 5


def test_reading_html_falls_back_to_body_text(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "_trafilatura", lambda tree: None)
    markup = (
        "<html><head><title>Toll</title><style>p{}</style></head><body><script>alert(1)</script>"
        "<p>Eight   died,</p><div>the monitor said.</div></body></html>"
    )
    (doc,) = read_path(write(tmp_path, "fallback.html", markup))
    assert doc.text == "Eight died,\nthe monitor said."
    assert doc.title == "Toll"


# --- CSV and TSV --------------------------------------------------------------------------


def test_reading_csv_fa_kes_columns(tmp_path):
    path = write(tmp_path, "fakes.csv", FA_KES_3)
    docs = read_path(path)
    assert [(d.id, d.origin, d.title, d.outlet, d.published) for d in docs] == [
        ("101", f"{path}:row 1", "Strike kills 38", "sohr", "10/12/2017"),
        ("102", f"{path}:row 2", "Toll rises", "sana", "10/13/2017"),
        ("103", f"{path}:row 3", "Denial", "tass", "10/14/2017"),
    ]
    assert docs[0].text == "Russian strikes killed 38 civilians, the monitor said."
    assert docs[1].text == 'The toll rose to 53.\nActivists said "dozens" were hurt.'


def test_reading_csv_real_fa_kes_train():
    with FA_KES_TRAIN.open(newline="", encoding="utf-8") as handle:
        unit_ids = [row["unit_id"] for row in csv.DictReader(handle)]
    docs = read_path(str(FA_KES_TRAIN))
    assert len(docs) == 681
    # FA-KES repeats a few unit_ids (the same article, row for row): the repeats are numbered
    assert [d.id.split("#")[0] for d in docs] == unit_ids
    assert len({d.id for d in docs}) == 681 and sum("#" in d.id for d in docs) == len(unit_ids) - len(set(unit_ids))
    assert all(d.text.strip() and d.outlet for d in docs)


@pytest.mark.parametrize(
    ("name", "content", "columns", "expected"),
    [
        # Generic names, no id column: id is <stem>:<row>.
        ("generic.csv", "Title,Body,Outlet,Published\nT1,Five died.,SANA,2017\n", Columns(),
         [("generic:1", "T1", "Five died.", "SANA", "2017")]),
        ("tabbed.tsv", "id\ttext\tsource\tdate\nA-1\tFive died, SANA said.\tsana\t2017-10-12\n", Columns(),
         [("A-1", None, "Five died, SANA said.", "sana", "2017-10-12")]),
        # Every field overridden, names matched case-insensitively.
        ("custom.csv", "guid,story,headline,publisher,when\ng1,Nine died.,Toll,TASS,May\n",
         Columns(id="GUID", text="story", title="headline", outlet="publisher", published="when"),
         [("g1", "Toll", "Nine died.", "TASS", "May")]),
        # An override beats a column found by name.
        ("both.csv", "text,body\nsummary,Full article text.\n", Columns(text="body"),
         [("both:1", None, "Full article text.", None, None)]),
        # Blank lines are skipped; numbering counts data rows.
        ("blank.csv", "text\n\nOne.\n\nTwo.\n", Columns(), [("blank:1", None, "One.", None, None),
                                                            ("blank:2", None, "Two.", None, None)]),
        ("bom.csv", "\ufefftext,id\nOne.,x\n", Columns(), [("x", None, "One.", None, None)]),
        # Line ends inside a quoted cell are kept as they are; old Mac files end lines with CR.
        ("crlf.csv", 'id,text\r\nc1,"Two\r\nlines."\r\n', Columns(),
         [("c1", None, "Two\r\nlines.", None, None)]),
        ("mac.csv", "id,text\rm1,One.\rm2,Two.\r", Columns(),
         [("m1", None, "One.", None, None), ("m2", None, "Two.", None, None)]),
    ],
)
def test_reading_csv_columns(tmp_path, name, content, columns, expected):
    docs = read_path(write(tmp_path, name, content), columns=columns)
    assert [(d.id, d.title, d.text, d.outlet, d.published) for d in docs] == expected


def test_reading_csv_field_bigger_than_csv_default_limit(tmp_path):
    body = "Five died. " * 20_000  # 220 kB, over csv's 128 KiB default
    (doc,) = read_path(write(tmp_path, "long.csv", f'text\n"{body}"\n'))
    assert doc.text == body


def test_reading_csv_empty_text_row_is_a_failure_of_that_row(tmp_path):
    rows = "1,T,One died.,s,d,l,1\n2,T,  ,s,d,l,1\n3,T,Three died.,s,d,l,1\n"
    path = write(tmp_path, "gaps.csv", FA_KES_HEADER + rows)
    items = list(read_documents([path]))
    assert [type(item) for item in items] == [Document, ReadFailure, Document]
    assert items[1].origin == f"{path}:row 2"
    assert "empty" in items[1].reason and "article_content" in items[1].reason
    with pytest.raises(InputError, match=r"row 2: the text cell"):
        read_path(path)


def test_reading_csv_broken_structure_fails_whole(tmp_path):
    path = write(tmp_path, "broken.csv", "id,text\n1,Fine.\n2,Fine too.\n3,Too,many\n")
    items = list(read_documents([path]))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert items[0].origin == path
    assert "row 3" in items[0].reason


# --- JSON Lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "columns", "expected"),
    [
        ("feed.jsonl", '{"id": "a", "text": "Five died.", "title": "T", "source": "sana", "date": "2017"}\n'
                       '{"id": 7, "text": "Six  died.\\n", "published": 2018}\n',
         Columns(), [("a", "feed.jsonl:row 1", "Five died.", "T", "sana", "2017"),
                     ("7", "feed.jsonl:row 2", "Six  died.\n", None, None, "2018")]),
        ("feed.ndjson", '{"content": "One."}\n\n{"content": "Two.\\u2028Three."}', Columns(),
         [("feed:1", "feed.ndjson:row 1", "One.", None, None, None),
          ("feed:3", "feed.ndjson:row 3", "Two.\u2028Three.", None, None, None)]),
        ("custom.jsonl", '{"guid": "g", "story": "Nine died.", "text": "teaser"}\n',
         Columns(id="guid", text="story"), [("g", "custom.jsonl:row 1", "Nine died.", None, None, None)]),
    ],
)
def test_reading_jsonl(tmp_path, name, content, columns, expected):
    docs = read_path(write(tmp_path, name, content), columns=columns)
    got = [(d.id, Path(d.origin).name, d.text, d.title, d.outlet, d.published) for d in docs]
    assert got == expected


def test_reading_jsonl_record_without_text_is_a_failure_of_that_row(tmp_path):
    path = write(tmp_path, "mixed.jsonl", '{"text": "One."}\n{"title": "no text"}\n{"text": ["x"]}\n')
    items = list(read_documents([path]))
    assert [type(item) for item in items] == [Document, ReadFailure, ReadFailure]
    assert [item.origin for item in items[1:]] == [f"{path}:row 2", f"{path}:row 3"]


# --- directories --------------------------------------------------------------------------


def test_reading_directory_recursive_sorted_skips_hidden(tmp_path):
    write(tmp_path, "corpus/b.txt", "Bee.")
    write(tmp_path, "corpus/a/z.html", "<p>Zed died.</p>")
    write(tmp_path, "corpus/a/deeper/rows.csv", "id,text\nr1,Row one.\n")
    write(tmp_path, "corpus/c.jsonl", '{"id": "j1", "text": "Jay."}\n')
    write(tmp_path, "corpus/.hidden.txt", "Hidden.")
    write(tmp_path, "corpus/.git/HEAD.txt", "Hidden dir.")
    write(tmp_path, "corpus/notes.md", "Not a document suffix.")
    write(tmp_path, "corpus/image.png", b"\x89PNG\r\n")
    docs = read_path(str(tmp_path / "corpus"))
    assert [d.id for d in docs] == ["r1", "z.html", "b.txt", "j1"]
    assert docs[1].origin == str(tmp_path / "corpus" / "a" / "z.html")


def test_reading_directory_bad_file_is_one_failure(tmp_path):
    write(tmp_path, "corpus/a.txt", "Ay.")
    bad = write(tmp_path, "corpus/b.txt", b"\x00\x01\x02")
    write(tmp_path, "corpus/c.txt", "See.")
    items = list(read_documents([str(tmp_path / "corpus")]))
    assert [type(item) for item in items] == [Document, ReadFailure, Document]
    assert items[1].origin == bad
    with pytest.raises(InputError, match="b.txt"):
        read_path(str(tmp_path / "corpus"))


# --- standard input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Five died.\n\n  The monitor said.\n", [("stdin", "Five died.\n\n  The monitor said.\n")]),
        (HOSTILE.encode(), [("stdin", "Five civilians were killed, activists said.")]),
        (b'{"id": "s1", "text": "One."}\n\n{"id": "s2", "text": "Two."}\n', [("s1", "One."), ("s2", "Two.")]),
        # One line is not an object: the whole input is plain text.
        (b'{"text": "One."}\nTwo.\n', [("stdin", '{"text": "One."}\nTwo.\n')]),
        (b"\xef\xbb\xbf<!doctype html><title>T</title><p>Nine died.</p>", [("stdin", "Nine died.")]),
    ],
)
def test_reading_stdin_sniffs_kind(monkeypatch, raw, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    docs = documents(read_documents(["-"]))
    assert [(d.id, d.text) for d in docs] == expected
    assert all(d.origin.startswith("<stdin>") for d in docs)


# --- bad input ----------------------------------------------------------------------------


def _empty_dir(tmp_path):
    (tmp_path / "empty").mkdir()
    return str(tmp_path / "empty")


def _dir_of_unreadable_names(tmp_path):
    write(tmp_path, "odd/.hidden.txt", "Hidden.")
    write(tmp_path, "odd/notes.md", "Markdown.")
    return str(tmp_path / "odd")


BAD_INPUTS = [
    # (id, name, content, keyword arguments, words the message must contain)
    ("missing", "absent.txt", None, {}, ["no such file"]),
    ("empty", "empty.txt", b"", {}, ["empty"]),
    ("whitespace", "blank.txt", b"  \n\t\r\n", {}, ["only whitespace"]),
    ("nul-bytes", "data.txt", b"Five\x00died\x00", {}, ["not a text file", "NUL"]),
    ("png", "photo.jpg", b"\x89PNG\r\n\x1a\n\x00\x00", {}, ["PNG image"]),
    ("pdf", "report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", {}, ["PDF"]),
    ("control-chars", "ctl.txt", b"\x01\x02\x03\x04abc\x05\x06", {}, ["control characters"]),
    ("utf16-unasked", "wide.txt", "Five died.".encode("utf-16"), {}, ["--encoding utf-16"]),
    ("invalid-utf8", "latin.txt", "Homs: 5 tués".encode("latin-1"), {}, ["byte 10", "--encoding", "latin-1"]),
    ("invalid-utf8-csv", "latin.csv", "text\nok\nHoms: 5 tués\n".encode("latin-1"), {}, ["byte 18", "--encoding"]),
    ("truncated-utf8-jsonl", "cut.jsonl", b'{"text": "x"}\n\xe2\x80', {}, ["byte 14"]),
    ("too-big", "big.txt", b"x" * 2_000, {"max_bytes": 1_000}, ["2,000 bytes", "limit of 1,000"]),
    ("too-big-csv", "big.csv", b"text\n" + b"x" * 2_000, {"max_bytes": 1_000}, ["2,005 bytes", "1,000"]),
    ("csv-bad-quote", "quote.csv", b'id,text\n1,"Five" died\n', {}, ["not valid CSV", "line 2", "quot"]),
    ("csv-open-quote", "open.csv", b'id,text\n1,"Five died\n', {}, ["not valid CSV"]),
    ("csv-extra-field", "extra.csv", b"id,text\n1,One\n2,Two,three\n", {}, ["row 2", "3 fields", "header has 2"]),
    ("csv-missing-field", "short.csv", b"id,text,title\n1,One\n", {}, ["row 1", "2 fields"]),
    ("csv-no-text-column", "notext.csv", b"unit_id,headline\n1,x\n", {},
     ["'unit_id', 'headline'", "--text-column"]),
    ("csv-override-absent", "over.csv", b"id,text\n1,x\n", {"columns": Columns(outlet="publisher")},
     ["'publisher'", "--outlet-column", "'id', 'text'"]),
    ("csv-empty", "empty.csv", b"", {}, ["empty"]),
    ("csv-header-only", "head.csv", b"id,text\n", {}, ["no rows"]),
    ("tsv-no-text", "t.tsv", b"a\tb\n1\t2\n", {}, ["'a', 'b'", "--text-column"]),
    ("jsonl-bad-line", "bad.jsonl", b'{"text": "One."}\n{"text": "Two."\n', {}, ["line 2", "not valid JSON"]),
    ("jsonl-not-object", "list.jsonl", b'{"text": "One."}\n["Two."]\n', {}, ["line 2", "not an object"]),
    ("jsonl-no-text-key", "keys.jsonl", b'{"id": 1, "headline": "x"}\n', {}, ["'id', 'headline'", "--text-column"]),
    ("jsonl-blank", "blank.jsonl", b"\n\n", {}, ["no JSON records"]),
    ("html-no-text", "void.html", b"<html><body><script>alert(1)</script><style>p{}</style></body></html>", {},
     ["no extractable text"]),
    ("html-empty", "nothing.html", b"   ", {}, ["only whitespace"]),
]


@pytest.mark.parametrize(("name", "content", "kwargs", "words"),
                         [case[1:] for case in BAD_INPUTS], ids=[case[0] for case in BAD_INPUTS])
def test_reading_bad_input_raises_one_line(tmp_path, name, content, kwargs, words):
    path = str(tmp_path / name) if content is None else write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        read_path(path, **kwargs)
    message = str(caught.value)
    assert message.startswith(path)
    assert "\n" not in message and "\r" not in message
    for word in words:
        assert word in message
    # The forgiving reader reports the same problem as a failure, with the same words.
    (failure,) = list(read_documents([path], **kwargs))
    assert isinstance(failure, ReadFailure) and failure.origin == path
    assert all(word in failure.reason for word in words)


@pytest.mark.parametrize("make", [_empty_dir, _dir_of_unreadable_names], ids=["empty", "no-readable-names"])
def test_reading_directory_without_documents(tmp_path, make):
    path = make(tmp_path)
    with pytest.raises(InputError, match="no readable documents") as caught:
        read_path(path)
    assert str(caught.value).startswith(path) and "\n" not in str(caught.value)


@pytest.mark.parametrize("raw", [b"", b"  \n", b"\x00\x01"], ids=["empty", "whitespace", "binary"])
def test_reading_bad_stdin(monkeypatch, raw):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    with pytest.raises(InputError, match=r"^<stdin>: ") as caught:
        read_path("-")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-9", "no such codec"])
def test_reading_unknown_encoding(tmp_path, encoding):
    path = write(tmp_path, "a.txt", "A.")
    with pytest.raises(InputError, match="unknown encoding"):
        list(read_documents([path], encoding=encoding))


def test_reading_documents_skip_bad_paths_and_continue(tmp_path):
    first = write(tmp_path, "first.txt", "First.")
    binary = write(tmp_path, "binary.txt", b"\x00\x00")
    rows = write(tmp_path, "rows.csv", FA_KES_3)
    last = write(tmp_path, "last.html", "<p>Last.</p>")
    missing = str(tmp_path / "missing.txt")
    items = list(read_documents([first, missing, binary, rows, last]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Document", first),
        ("ReadFailure", missing),
        ("ReadFailure", binary),
        ("Document", f"{rows}:row 1"),
        ("Document", f"{rows}:row 2"),
        ("Document", f"{rows}:row 3"),
        ("Document", last),
    ]


def test_reading_size_limit_50_mb(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"Five civilians were killed in Deir Ezzor, the monitor said.\n"
    size = 50 * 1024 * 1024
    with path.open("wb") as handle:
        handle.write(line * (size // len(line)))
        handle.write(b"x" * (size % len(line)))
    with pytest.raises(InputError, match=r"52,428,800 bytes.*10,000,000") as caught:
        read_path(str(path), max_bytes=10_000_000)
    assert "\n" not in str(caught.value)
    # under the file limit, but no single article is 50 MB long: refused as one document
    with pytest.raises(InputError, match=r"52,428,800 characters.*split it into articles"):
        read_path(str(path))


# --- one bad document never stops the others ------------------------------------------------


def test_reading_jsonl_nested_too_deeply_is_a_failure_not_a_crash(tmp_path):
    deep = write(tmp_path, "deep.jsonl", '{"text": "Five died."}\n{"text": ' + "[" * 100_000 + "\n")
    good = write(tmp_path, "good.txt", "Five civilians were killed, activists said.")
    items = list(read_documents([deep, good]))
    assert [type(i).__name__ for i in items] == ["ReadFailure", "Document"]
    assert items[0].origin == deep and "line 2 is not valid JSON" in items[0].reason
    assert "nests too deeply" in items[0].reason
    with pytest.raises(InputError, match="line 2 is not valid JSON"):
        read_path(deep)


def test_reading_stdin_nested_too_deeply_is_read_as_text(monkeypatch):
    text = '{"text": ' + "[" * 100_000 + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    (doc,) = read_path("-")
    assert doc.text == text


def test_reading_jsonl_lone_surrogate_becomes_replacement_character(tmp_path):
    path = write(
        tmp_path,
        "s.jsonl",
        '{"id": "a\\ud800", "title": "T\\udfff", "text": "Five \\ud800 died, activists said."}\n'
        '{"text": "A pair \\ud83d\\ude00 stays."}\n',
    )
    first, second = read_path(path)
    assert first.text == "Five \ufffd died, activists said."  # one code point for one: offsets hold
    assert (first.id, first.title) == ("a\ufffd", "T\ufffd")
    assert second.text == "A pair \U0001f600 stays."
    for doc in (first, second):
        doc.text.encode("utf-8")  # printable and writable


def test_reading_fifo_in_a_directory_is_skipped_not_waited_for(tmp_path):
    import os
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    write(tmp_path, "corpus/a.txt", "Five civilians were killed, activists said.")
    fifo = tmp_path / "corpus" / "pipe.txt"
    os.mkfifo(fifo)
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_documents([str(tmp_path / "corpus")])))
    reader.start()
    reader.join(30)
    if reader.is_alive():  # let the blocked read finish before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(30)
        pytest.fail("reading a directory waited on the named pipe in it")
    assert [(type(i).__name__, Path(i.origin).name) for i in items] == [
        ("Document", "a.txt"),
        ("ReadFailure", "pipe.txt"),
    ]
    assert "not a regular file (a named pipe)" in items[1].reason


def test_reading_a_named_fifo_is_read_once_whole(tmp_path):
    import os
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "rows.csv"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(FA_KES_3)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    docs = read_path(str(fifo))
    writer.join(30)
    assert [d.id for d in docs] == ["101", "102", "103"]


def test_reading_a_document_longer_than_any_article_is_refused_and_the_rest_read(tmp_path, monkeypatch):
    import verify.reading as reading
    monkeypatch.setattr(reading, "MAX_DOCUMENT_CHARS", 1_000)
    (tmp_path / "long.txt").write_text("The army said 5 died. " * 100, encoding="utf-8")
    (tmp_path / "short.txt").write_text("The army said 5 died.", encoding="utf-8")
    (tmp_path / "rows.csv").write_text("id,text\na,The army said 5 died.\nb," + "x" * 2_000 + "\n", encoding="utf-8")
    items = list(reading.read_documents([str(tmp_path)]))
    documents = sorted(i.id for i in items if not isinstance(i, reading.ReadFailure))
    failures = [i for i in items if isinstance(i, reading.ReadFailure)]
    assert documents == ["a", "short.txt"]
    assert len(failures) == 2 and all("split it into articles" in f.reason for f in failures)


def test_reading_documents_of_one_run_never_share_an_id(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("The army said 5 died.", encoding="utf-8")
    (tmp_path / "rows.csv").write_text("id,text\nr1,The army said 5 died.\n", encoding="utf-8")
    items = list(reading.read_documents([str(tmp_path / "a"), str(tmp_path / "b"),
                                         str(tmp_path / "rows.csv"), str(tmp_path / "rows.csv")]))
    # a document whose id an earlier one took takes its origin as its id; none is lost
    assert [d.id for d in items] == ["x.txt", "x.txt#2", "r1", "r1#2"]
    assert items[1].origin == str(tmp_path / "b" / "x.txt")
    assert len({d.id for d in items}) == 4


def test_reading_a_symlink_loop_is_named_as_such(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (failure,) = list(reading.read_documents([str(loop)]))
    assert isinstance(failure, reading.ReadFailure) and "symbolic link" in failure.reason


def test_reading_a_table_on_standard_input_or_without_a_csv_name_is_read_as_rows(tmp_path, monkeypatch):
    import io
    table = "unit_id,article_content\nr1,The army said 5 died.\nr2,\"Activists said, on Monday, 7 died.\"\n"
    monkeypatch.setattr(reading.sys, "stdin", io.TextIOWrapper(io.BytesIO(table.encode("utf-8")), encoding="utf-8"))
    assert [d.id for d in reading.read_documents(["-"])] == ["r1", "r2"]
    path = tmp_path / "corpus"  # no suffix, as <(zcat corpus.csv.gz) gives
    path.write_text(table, encoding="utf-8")
    assert [d.id for d in read_path(str(path))] == ["r1", "r2"]
    # a text whose first line merely has a comma stays one document
    (tmp_path / "story").write_text("Aleppo, Syria\nThe army said 5 died.", encoding="utf-8")
    assert [d.id for d in read_path(str(tmp_path / "story"))] == ["story"]


def test_reading_an_outlet_given_for_the_run_fills_only_documents_that_name_none(tmp_path):
    (tmp_path / "story.txt").write_text("Two soldiers died, police said.", encoding="utf-8")
    corpus = tmp_path / "corpus.csv"
    corpus.write_text("id,text,outlet\na,One died.,Reuters\nb,Two died.,\n", encoding="utf-8")
    documents = list(read_documents([str(tmp_path / "story.txt"), str(corpus)], outlet="The Jakarta Post"))
    assert [(d.id, d.outlet) for d in documents] == [
        ("story.txt", "The Jakarta Post"), ("a", "Reuters"), ("b", "The Jakarta Post")]
    assert [d.outlet for d in read_documents([str(tmp_path / "story.txt")])] == [None]
