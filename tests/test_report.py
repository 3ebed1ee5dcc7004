"""Tests for verify.report and `verify report`: targeted assertions on the HTML, not snapshots.

The seed report is rendered once per module through the command line; the HTML is parsed with
lxml and checked for what an editor relies on (the conflict, the repeated single-source toll,
status classes on every number, escaped document text, the refusal to overwrite a directory).
"""
import base64
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

import verify
import verify.report
from verify.cli import app
from verify.pipeline import audit_corpus, audit_document
from verify.records import CLAIM_STATUSES, Document, ReviewDecision
from verify.report import (
    MARKER, REPORT_SCHEMA, STATUSES, _page_names, build_report, check_report_dir, context_dict, environment,
    figure, figure_range, is_report_dir, readability, relay_graph, report_context, write_report,
)
from verify.resources import resource_dir

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "fixtures" / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
XSS_STORY = ("Seven people were killed in Idlib on Monday <script>alert(1)</script>, the Syrian Observatory for "
             "Human Rights said.\n"
             "At least 12 civilians died <img src=x onerror=alert(1)> in the strike, activists said.\n"
             "\"Forty houses were destroyed,\" said <b onmouseover=alert(1)>the mayor</b>.\n")

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def parse(path: Path):
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def text_of(element) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    """The report of the five seeds, written by `verify report` (the index path it printed)."""
    out = tmp_path_factory.mktemp("seeds") / "report"
    result = run("report", SEEDS_DIR, "-o", out, "--no-progress")
    assert result.exit_code == 0, result.stderr
    index = Path(result.stdout.strip())
    assert index == (out / "index.html").absolute()
    return index


@pytest.fixture(scope="module")
def xss_report(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("xss")
    (base / "in").mkdir()
    (base / "in" / "evil.txt").write_text(XSS_STORY, encoding="utf-8")
    shutil.copy(SEEDS[0], base / "in" / SEEDS[0].name)
    result = run("report", base / "in", "-o", base / "report", "--no-progress")
    assert result.exit_code == 0, result.stderr
    return base / "report"


def group_rows(index: Path):
    return parse(index).xpath("//table[@id='claims-table']/tbody/tr")


def figure_of(row) -> str:
    return text_of(row.xpath(".//span[@class='fig']")[0])


# --- the corpus page ---------------------------------------------------------------------------

def test_report_index_lists_the_seed_conflict(seed_report):
    conflicting = [r for r in group_rows(seed_report) if r.get("data-status") == "conflicting"]
    figures = {figure_of(r) for r in conflicting}
    assert {"85", "48"} <= figures
    for row in conflicting:
        assert "conflicting" in text_of(row)
        assert "percent" in text_of(row)
    by_figure = {figure_of(r): r for r in conflicting}
    # each side names the other: 48 (the Observatory) vs 85 (Hezbollah and Russia)
    against_48 = text_of(by_figure["48"].xpath(".//div[@class='against']")[0])
    assert against_48.startswith("vs 85") and "Hezbollah" in against_48
    assert by_figure["48"].xpath(".//div[@class='against']/a/@href") == ["#" + by_figure["85"].get("id")]
    assert "Syrian Observatory for Human Rights" in text_of(by_figure["48"])


def test_report_index_shows_the_14_civilians_as_single_source_in_two_documents(seed_report):
    rows = [r for r in group_rows(seed_report) if figure_of(r) == "14" and "civilian" in text_of(r)]
    [row] = [r for r in rows if len(r.xpath("./td[6]//li")) == 2]
    assert row.get("data-status") == "single-source"
    documents = row.xpath("./td[6]//a/@href")
    assert [d.split("#")[0] for d in documents] == ["documents/000_c4b5080489d27d06.txt.html",
                                                    "documents/002_adcab3e0e8627f42.txt.html"]
    assert text_of(row.xpath("./td[5]")[0]) == "Syrian Observatory for Human Rights"
    assert "sohr" in json.loads(row.get("data-sources"))


def test_report_index_status_chips_count_the_groups(seed_report):
    rows = group_rows(seed_report)
    chips = parse(seed_report).xpath("//button[@data-set-status]")
    assert [c.get("data-set-status") for c in chips] == list(STATUSES)
    for chip in chips:
        count = int(chip.xpath("./b")[0].text)
        assert count == sum(1 for r in rows if r.get("data-status") == chip.get("data-set-status"))


def test_report_index_every_row_has_a_known_status_and_filter_data(seed_report):
    rows = group_rows(seed_report)
    assert rows
    options = set(parse(seed_report).xpath("//select[@id='filter-source']/option/@value")) - {""}
    for row in rows:
        assert row.get("data-status") in CLAIM_STATUSES
        assert row.get("id", "").startswith("g-")
        assert set(json.loads(row.get("data-sources"))) <= options


def test_report_index_sources_table_has_types_and_affiliations(seed_report):
    rows = {text_of(r.xpath("./th")[0]): [text_of(td) for td in r.xpath("./td")]
            for r in parse(seed_report).xpath("//table[@class='sources']/tbody/tr")}
    assert rows["Syrian Observatory for Human Rights"][0] == "monitor"
    assert int(rows["Syrian Observatory for Human Rights"][3]) >= 2          # claims resting on it
    assert rows["RT"][:2] == ["state media", "Russian government"]           # affiliation from the registry
    assert int(rows["AFP"][6]) >= 1                                          # relayed


def test_report_sources_give_an_unknown_state_mediums_government():
    from verify.rules import load_rules
    rules = load_rules()
    corpus = audit_corpus([audit_document(Document(id=i, origin=i, text=t), rules=rules) for i, t in [
        ("a", "Twenty fighters were killed in Amman, Jordanian state TV said."),
        ("b", "Twenty fighters were killed in Amman, Jordanian state TV reported.")]])
    rows = {r.name: r for r in report_context(corpus, rules=rules).sources}
    assert (rows["Jordanian state TV"].type, rows["Jordanian state TV"].affiliation) == \
        ("state media", "Government of Jordan")
    assert (rows["Government of Jordan"].type, rows["Government of Jordan"].resting) == ("government", 2)


def test_report_index_draws_who_relays_whom(seed_report):
    svg = parse(seed_report).xpath("//section[@id='relays']//*[local-name()='svg']")[0]
    titles = [text_of(t) for t in svg.xpath(".//*[local-name()='path']/*[local-name()='title']")]
    assert any(t.startswith("AFP → Syrian Observatory for Human Rights") for t in titles)
    assert any(t.startswith("The Independent → Syrian Observatory for Human Rights") for t in titles)


def test_report_index_links_every_document_page(seed_report):
    links = parse(seed_report).xpath("//section[@id='documents']//tbody/tr/th/a/@href")
    assert len(links) == len(SEEDS)
    for link in links:
        assert (seed_report.parent / link).is_file()


def test_report_index_lists_failures(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS[0], tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_text("")
    result = run("report", tmp_path / "in", "-o", tmp_path / "out", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert "skipped:" in result.stderr and "empty.txt" in result.stderr
    failures = parse(tmp_path / "out" / "index.html").xpath("//section[@id='failures']//tbody/tr")
    assert len(failures) == 1 and "empty.txt" in text_of(failures[0])


# --- the document pages ------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_report_document_page_exists_for_each_seed(seed_report, seed):
    page = seed_report.parent / "documents" / f"{seed}.html"
    assert page.is_file()
    tree = parse(page)
    assert tree.xpath("//a[@href='../index.html']")
    assert tree.xpath("//section[@id='readability']//dt")


@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_report_document_numbers_carry_their_status(seed_report, seed):
    tree = parse(seed_report.parent / "documents" / f"{seed}.html")
    marks = tree.xpath("//mark[contains(concat(' ', @class, ' '), ' num ')][@data-claim]")
    rows = tree.xpath("//table[@class='numbers']/tbody/tr")
    assert marks and len(marks) == len(rows)
    templates = set(tree.xpath("//template/@id"))
    for mark in marks:
        status = mark.get("data-status")
        assert status in CLAIM_STATUSES
        assert f"status-{status}" in mark.get("class").split()
        assert mark.get("tabindex") == "0"
        assert text_of(mark.xpath("./span[@class='num-status']")[0]) == f"[{status}]"   # not colour alone
        assert mark.get("data-tip") in templates


def test_report_document_conflict_is_marked_in_the_text(seed_report):
    tree = parse(seed_report.parent / "documents" / "004_b5f749c51e8e6818.txt.html")
    conflicting = {m.text: m for m in tree.xpath("//mark[@data-status='conflicting']")}
    assert {"85", "48"} <= set(conflicting)
    template = tree.xpath(f"//template[@id='{conflicting['85'].get('data-tip')}']")[0]
    assert "48" in text_of(template) and "Syrian Observatory for Human Rights" in text_of(template)


def test_report_document_popover_names_the_other_document(seed_report):
    tree = parse(seed_report.parent / "documents" / "000_c4b5080489d27d06.txt.html")
    [fourteen] = [m for m in tree.xpath("//mark[@data-claim]") if m.text == "14"]
    template = tree.xpath(f"//template[@id='{fourteen.get('data-tip')}']")[0]
    links = [a.get("href") for a in template.iter("a")]
    assert any(link.startswith("../documents/002_adcab3e0e8627f42.txt.html#c-") for link in links)
    assert "Syrian Observatory for Human Rights" in text_of(template)


def test_report_document_marks_sentences_by_source_and_hedge(seed_report):
    tree = parse(seed_report.parent / "documents" / "004_b5f749c51e8e6818.txt.html")
    sentences = tree.xpath("//div[@class='text']/div[contains(@class, 'sent')]")
    assert len(sentences) == 21
    assert {s.get("data-hedge") for s in sentences} <= {"none", "low", "medium", "high"}
    assert any(s.get("data-hedge") != "none" and "hedge-" + s.get("data-hedge") in s.get("class") for s in sentences)
    labels = [text_of(s.xpath("./div[@class='gutter']")[0]) for s in sentences]
    assert "Syrian Observatory for Human Rights ← The Independent" in labels
    assert "boilerplate" in labels and "outlet's own voice" in labels


# --- escaping ----------------------------------------------------------------------------------

def test_report_escapes_markup_in_document_text(xss_report):
    html = "\n".join(p.read_text(encoding="utf-8") for p in xss_report.rglob("*.html"))
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "<b onmouseover" not in html
    page = (xss_report / "documents" / "evil.txt.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = lxml.html.fromstring(page)
    assert len(tree.xpath("//script")) == 1 and not tree.xpath("//img") and not tree.xpath("//*[@onerror]")
    for label in tree.xpath("//span[@class='num-status']"):
        label.drop_tree()
    shown = "\n".join(p.text_content() for p in tree.xpath("//p[@class='stext']"))
    assert shown == XSS_STORY.strip()           # the markup reads as text, character for character


def test_report_escapes_markup_in_titles_and_sources(tmp_path):
    document = Document(id="<i>x</i>", origin="x.csv:row 1", title="<script>alert(1)</script> toll",
                        outlet="<img src=x onerror=alert(1)>", text="Five people died in Homs, "
                        "the <svg onload=alert(1)> committee said.")
    corpus = audit_corpus([audit_document(document)])
    index = write_report(report_context(corpus), tmp_path / "out")
    html = "\n".join(p.read_text(encoding="utf-8") for p in index.parent.rglob("*.html"))
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; toll" in html
    [page] = (index.parent / "documents").glob("*.html")
    assert re.fullmatch(r"i-x-i-[0-9a-f]{8}\.html", page.name)


def test_report_pages_allow_only_their_own_script_and_style():
    env = environment()
    assert env.autoescape is True
    directory = resource_dir("reports")
    corpus = audit_corpus([audit_document(Document(id="d", origin="d.txt", text="Five people died, AFP said."))])
    pages = dict(verify.report.render_pages(report_context(corpus)))
    for html in pages.values():
        tree = lxml.html.fromstring(html)
        [csp] = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        [script] = [s for s in tree.xpath("//script") if s.get("type") is None]
        digest = base64.b64encode(hashlib.sha256(
            (directory / "report.js").read_text(encoding="utf-8").encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
        assert script.text == (directory / "report.js").read_text(encoding="utf-8")
        assert not tree.xpath("//*[@src]") and not tree.xpath("//link[@rel='stylesheet']")
        assert "@media print" in tree.xpath("//style")[0].text


def test_report_index_passes_data_to_the_script_as_json(seed_report):
    [data] = parse(seed_report).xpath("//script[@type='application/json']")
    assert json.loads(data.text)["statuses"] == list(STATUSES)


# --- writing the directory ----------------------------------------------------------------------

def test_report_refuses_a_directory_that_is_not_a_report(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    result = run("report", SEEDS[0], "-o", target)
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    assert "not a verify report" in result.stderr
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_report_replaces_a_previous_report_whole(tmp_path):
    out = tmp_path / "report"
    assert run("report", *SEEDS[:2], "-o", out).exit_code == 0
    (out / "documents" / "stale.html").write_text("old")
    result = run("report", SEEDS[0], "-o", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (out / "documents").iterdir()) == [f"{SEEDS[0].name}.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]              # no staging left behind
    assert is_report_dir(out) and json.loads((out / MARKER).read_text())["schema"] == REPORT_SCHEMA


def test_report_failed_run_leaves_the_previous_report(tmp_path, monkeypatch):
    out = tmp_path / "report"
    assert run("report", SEEDS[0], "-o", out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(context, **kwargs):
        yield "index.html", "<p>half</p>"
        raise RuntimeError("disk full")

    monkeypatch.setattr(verify.report, "render_pages", broken)
    context = build_report([str(SEEDS[1])])
    with pytest.raises(RuntimeError):
        write_report(context, out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_report_mode_follows_umask(tmp_path):
    import os
    umask = os.umask(0o022)
    try:
        assert run("report", SEEDS[0], "-o", tmp_path / "r").exit_code == 0
    finally:
        os.umask(umask)
    assert (tmp_path / "r").stat().st_mode & 0o777 == 0o755
    assert (tmp_path / "r" / "index.html").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("setup, target, message", [
    ("file", "taken", "is not a directory"),
    ("none", "missing/report", "does not exist"),
    ("inside", "in/report", "inside the input directory"),
    ("empty", "empty", None),                      # an empty directory is fine
], ids=["file", "no-parent", "inside-input", "empty"])
def test_report_check_output_directory(tmp_path, setup, target, message):
    (tmp_path / "in").mkdir()
    if setup == "file":
        (tmp_path / "taken").write_text("x")
    if setup == "empty":
        (tmp_path / "empty").mkdir()
    inputs = [str(tmp_path / "in")]
    if message is None:
        assert check_report_dir(tmp_path / target, inputs=inputs) == (tmp_path / target).absolute()
        return
    with pytest.raises(verify.errors.InputError, match=message):
        check_report_dir(tmp_path / target, inputs=inputs)


# --- the command line --------------------------------------------------------------------------

def test_report_cli_help():
    result = run("report", "--help")
    assert result.exit_code == 0
    for option in ("--output", "--rules", "--encoding", "--id-column", "--text-column", "--db"):
        assert option in result.stdout
    assert "Example" in app.registered_commands[[c.callback.__name__ for c in app.registered_commands]
                                                .index("report")].callback.__doc__


@pytest.mark.parametrize("args, code, stderr", [
    ([SEEDS[0]], 0, "wrote"),
    (["missing.txt"], 2, "no such file"),
    ([], 2, "output"),                                                     # -o is required
], ids=["ok", "unreadable", "no-output"])
def test_report_cli_exit_codes(tmp_path, args, code, stderr):
    extra = ["-o", tmp_path / "r"] if args else [SEEDS[0]]
    result = run("report", *args, *extra)
    assert result.exit_code == code, result.stderr
    assert stderr in result.stderr.lower()
    assert "Traceback" not in result.stderr
    if code == 0:
        assert Path(result.stdout.strip()).is_file()
    else:
        assert result.stdout == "" and not (tmp_path / "r").exists()


def test_report_cli_reads_csv_columns(tmp_path):
    (tmp_path / "news.csv").write_text("key,body\nn1,\"Nine people were killed in Hama, activists said.\"\n",
                                       encoding="utf-8")
    result = run("report", tmp_path / "news.csv", "--id-column", "key", "--text-column", "body",
                 "-o", tmp_path / "r")
    assert result.exit_code == 0, result.stderr
    page = tmp_path / "r" / "documents" / "n1.html"
    assert [m.text for m in parse(page).xpath("//mark[@data-claim]")] == ["Nine"]


# --- review statuses ---------------------------------------------------------------------------

def _fourteen_claim(index: Path) -> str:
    tree = parse(index.parent / "documents" / "000_c4b5080489d27d06.txt.html")
    return next(m.get("data-claim") for m in tree.xpath("//mark[@data-claim]") if m.text == "14")


def test_report_shows_review_decisions_from_the_store(tmp_path, seed_report):
    from verify.review import ReviewStore

    claim = _fourteen_claim(seed_report)
    store = tmp_path / "desk.sqlite"
    ReviewStore(store).record(ReviewDecision(claim=claim, status="needs-second-source", by="ana",
                                             at="2024-05-01T12:00:00Z", note="only the <b>Observatory</b>"))
    result = run("report", SEEDS_DIR, "-o", tmp_path / "r", "--db", store)
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "r" / "documents" / "000_c4b5080489d27d06.txt.html").read_text(encoding="utf-8")
    row = lxml.html.fromstring(page).xpath(f"//tr[@id='row-{claim}']")[0]
    assert "needs-second-source" in text_of(row) and "by ana" in text_of(row)
    assert "only the &lt;b&gt;Observatory&lt;/b&gt;" in page
    index = parse(tmp_path / "r" / "index.html")
    assert "needs-second-source" in index.xpath("//select[@id='filter-review']/option/@value")


def test_report_finds_the_store_beside_the_documents(tmp_path, seed_report):
    from verify.review import ReviewStore

    shutil.copytree(SEEDS_DIR, tmp_path / "seeds")
    ReviewStore(tmp_path / "seeds" / "verify-review.sqlite").record(ReviewDecision(
        claim=_fourteen_claim(seed_report), status="verified", by="bo", at="2024-05-01T12:00:00Z"))
    assert run("report", tmp_path / "seeds", "-o", tmp_path / "r").exit_code == 0
    assert parse(tmp_path / "r" / "index.html").xpath("//select[@id='filter-review']")


def test_report_without_a_store_has_no_review_column(seed_report):
    assert not parse(seed_report).xpath("//select[@id='filter-review']")


def test_report_works_without_the_review_module(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "verify.review", None)
    monkeypatch.delattr(verify, "review", raising=False)
    result = run("report", SEEDS[0], "-o", tmp_path / "r", "--db", tmp_path / "desk.sqlite")
    assert result.exit_code == 0, result.stderr
    assert "no review store" in parse(tmp_path / "r" / "index.html").xpath("//p[@class='warning']")[0].text


# --- pieces -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [(14.0, "14"), (1500.0, "1,500"), (0.5, "0.5"), (None, "—"),
                                          (float("inf"), "∞")])
def test_report_figure(value, shown):
    assert figure(value) == shown


@pytest.mark.parametrize("low, high, shown", [(48.0, 85.0, "48–85"), (14.0, 14.0, ""), (None, None, "")])
def test_report_figure_range(low, high, shown):
    assert figure_range(low, high) == shown


@pytest.mark.parametrize("ids, pages", [
    (["a.txt"], ["documents/a.txt.html"]),
    (["1914947530", "1914947531"], ["documents/1914947530.html", "documents/1914947531.html"]),
])
def test_report_page_names_keep_safe_ids(ids, pages):
    assert _page_names(ids) == pages


@pytest.mark.parametrize("ids", [["../../etc/passwd"], ["a b", "a-b"], ["Ünïcode"], ["same", "same"],
                                 ["CaSe", "case"], [""], ["." * 3]])
def test_report_page_names_are_safe_and_unique(ids):
    pages = _page_names(ids)
    assert len({p.lower() for p in pages}) == len(ids)
    for page in pages:
        assert re.fullmatch(r"documents/[A-Za-z0-9][A-Za-z0-9._-]*\.html", page), page


def test_report_readability_needs_no_network(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("the report must not download anything")

    monkeypatch.setattr(nltk, "download", refuse)
    figures = {f.name: f.value for f in readability("The monitor said five people were killed. "
                                                    "Rescuers searched the rubble for survivors.", sentences=2)}
    assert 0 < float(figures["Flesch reading ease"]) < 100
    assert figures["Sentences"] == "2" and figures["Words"] == "13"


def test_report_readability_loads_neither_nltk_nor_scipy():
    """textstat's cmudict module (which imports all of nltk, and scipy with it) is stood in for."""
    import subprocess
    import sys

    code = ("import sys; from verify.report import readability; "
            "figures = readability('The monitor said five people were killed. Rescuers searched the rubble.'); "
            "print(figures[0].value, 'nltk' in sys.modules, 'scipy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    ease, nltk_loaded, scipy_loaded = done.stdout.split()
    assert 0 < float(ease) < 100 and (nltk_loaded, scipy_loaded) == ("False", "False")


def test_report_readability_of_no_text():
    assert readability("")[0].value == "—"


def test_report_relay_graph_puts_origins_right_of_relays():
    docs = [audit_document(Document(id=i, origin=i, text=t)) for i, t in [
        ("a", "Ten people were killed in Idlib, AFP reported, citing the Syrian Observatory for Human Rights."),
        ("b", "RT quoted the Russian Defence Ministry as saying 20 militants were killed.")]]
    from verify.rules import load_rules
    graph = relay_graph(docs, registry=load_rules().registry)
    nodes = {n.label: n for n in graph.nodes}
    edges = {(e.relay, e.source) for e in graph.edges}
    assert ("AFP", "Syrian Observatory for Human Rights") in edges
    assert nodes["AFP"].x < nodes["Syrian Observatory for Human Rights"].x
    assert nodes["Syrian Observatory for Human Rights"].role == "origin" and nodes["AFP"].role == "relay"


def test_report_relay_graph_without_relays_is_empty():
    from verify.rules import load_rules
    docs = [audit_document(Document(id="a", origin="a", text="Five people died, activists said."))]
    assert relay_graph(docs, registry=load_rules().registry).edges == ()


def test_report_context_dict_lists_every_group(seed_report):
    data = json.loads((seed_report.parent / MARKER).read_text(encoding="utf-8"))
    assert data["schema"] == REPORT_SCHEMA
    assert len(data["claims"]) == len(group_rows(seed_report))
    assert [d["page"] for d in data["documents"]] == [f"documents/{p.name}.html" for p in SEEDS]


def test_report_context_is_one_object_for_every_page():
    corpus = audit_corpus([audit_document(Document(id="d", origin="d.txt", text="Five people died, AFP said."))])
    context = report_context(corpus)
    assert context_dict(context)["documents"][0]["numbers"] == len(context.documents[0].numbers) == 1


def test_report_shows_model_decisions_and_confidence(tmp_path):
    """A sentence the model attributed says so, with the model's probability (learning issue)."""
    from verify.records import Attribution
    from verify.report import report_context, write_report
    from verify.pipeline import audit_corpus, audit_document
    from verify.records import Document
    from dataclasses import replace as _replace

    doc = audit_document(Document(id="m", origin="m", text="Five civilians died in Homs, activists said. It rained."))
    first, second = doc.sentences
    second = _replace(second, attribution=Attribution("unnamed", "anonymous", "anonymous",
                                                      rule="model.attribution.carried", confidence=0.83))
    doc = _replace(doc, sentences=(first, second))
    write_report(report_context(audit_corpus([doc])), tmp_path / "r")
    page = next(p for p in (tmp_path / "r").rglob("*.html") if p.name != "index.html").read_text(encoding="utf-8")
    assert "decided by the model (83 % sure)" in page


# --- never destroying what is read ----------------------------------------------------------------

def test_report_refuses_an_output_directory_that_holds_an_input(tmp_path):
    out = tmp_path / "rr"
    assert run("report", SEEDS[0], "-o", out).exit_code == 0
    (out / "articles").mkdir()
    shutil.copy(SEEDS[1], out / "articles" / SEEDS[1].name)
    link = tmp_path / "link.txt"
    link.symlink_to(out / "articles" / SEEDS[1].name)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for inputs in ([out / "articles"], [out / "documents"], [out / "articles" / SEEDS[1].name], [SEEDS[2], link]):
        result = run("report", *inputs, "-o", out)
        assert result.exit_code == 2, inputs
        assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
        assert "holds the input" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "rr"]


def test_report_refuses_an_output_directory_that_holds_the_review_store(tmp_path):
    out = tmp_path / "rr"
    assert run("report", SEEDS[0], "-o", out).exit_code == 0
    store = out / "desk.sqlite"
    assert run("review", "set", "c-0123456789ab", "--status", "false", "--db", store).exit_code == 0
    result = run("report", SEEDS[0], "-o", out, "--db", store)
    assert result.exit_code == 2
    assert "holds the review store" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert store.is_file()


@pytest.mark.parametrize("failing", ["mkdtemp", "render"])
def test_report_unwritable_location_is_a_one_line_error(tmp_path, monkeypatch, failing):
    out = tmp_path / "report"
    assert run("report", SEEDS[0], "-o", out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def unwritable(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    def disk_full(context, **kwargs):
        yield "index.html", "<p>half</p>"
        raise OSError(28, "No space left on device")

    if failing == "mkdtemp":
        monkeypatch.setattr(verify.report.tempfile, "mkdtemp", unwritable)
    else:
        monkeypatch.setattr(verify.report, "render_pages", disk_full)
    result = run("report", SEEDS[1], "-o", out)
    assert result.exit_code == 2
    reason = "Permission denied" if failing == "mkdtemp" else "No space left on device"
    assert result.stderr.startswith(f"error: cannot write {out}: {reason}"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "internal error" not in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_report_refuses_a_read_only_directory(tmp_path):
    out = tmp_path / "report"
    assert run("report", SEEDS[0], "-o", out).exit_code == 0
    out.chmod(0o555)                                       # refused by its mode bits, even as root
    try:
        result = run("report", SEEDS[1], "-o", out)
    finally:
        out.chmod(0o755)
    assert result.exit_code == 2
    assert "is read-only" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert json.loads((out / MARKER).read_text())["inputs"] == [str(SEEDS[0])]


def test_report_names_a_report_json_that_is_not_a_verify_report(tmp_path):
    target = tmp_path / "userdir"
    target.mkdir()
    (target / MARKER).write_text('{"schema": "someone-else/1"}')
    result = run("report", SEEDS[0], "-o", target)
    assert result.exit_code == 2
    assert f"{target / MARKER} is not one written by verify" in " ".join(result.stderr.split())
    assert "has no" not in result.stderr
    assert [p.name for p in target.iterdir()] == [MARKER]


# --- wording: one unnamed row, the relay columns, the review legend, "no other statement" ---------

def _source_table(index: Path):
    table = parse(index).xpath("//table[@class='sources']")[0]
    headers = [text_of(th) for th in table.xpath("./thead//th")]
    return headers, {text_of(r.xpath("./th")[0]): dict(zip(headers[1:], (text_of(td) for td in r.xpath("./td"))))
                     for r in table.xpath("./tbody/tr")}


def test_report_sources_table_has_one_row_for_unnamed_sources(seed_report):
    _, rows = _source_table(seed_report)
    [unnamed] = [name for name in rows if "unnamed" in name]
    row = rows[unnamed]
    assert row["Type"] == "anonymous"
    # what unnamed sources state and what rests on them is one row, as they are one origin
    assert int(row["Claims stated"]) == int(row["Claims resting on it"]) == 5 and int(row["Sentences"]) == 5
    intro = text_of(parse(seed_report).xpath("//section[@id='sources']/p[@class='intro']")[0])
    assert "unnamed sources (one origin)" in intro and "one origin" in unnamed
    options = parse(seed_report).xpath("//select[@id='filter-source']/option/text()")
    assert sum("unnamed" in o for o in options) == 1
    data = json.loads((seed_report.parent / MARKER).read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sources"] if s["type"] == "anonymous"] == ["unnamed"]


def test_report_sources_table_defines_and_counts_both_relay_directions(seed_report):
    headers, rows = _source_table(seed_report)
    assert "Relays others" in headers and "Relayed by others" in headers and "Relayed" not in headers
    intro = text_of(parse(seed_report).xpath("//section[@id='sources']/p[@class='intro']")[0])
    assert "Relays others counts the sentences in which it passes on another source's words" in intro
    assert "relayed by others the sentences in which another source passes on its words" in intro
    sohr, afp = rows["Syrian Observatory for Human Rights"], rows["AFP"]
    assert (sohr["Relays others"], sohr["Relayed by others"]) == ("0", "3")   # AFP twice, The Independent once
    assert (afp["Relays others"], afp["Relayed by others"]) == ("2", "0")
    # the arrows of the relay picture break the same counts down
    data = json.loads((seed_report.parent / MARKER).read_text(encoding="utf-8"))
    for s in data["sources"]:
        assert s["relayed"] == sum(e["sentences"] for e in data["relays"] if e["relay"] == s["name"]), s["name"]
        assert s["relayed_by"] == sum(e["sentences"] for e in data["relays"] if e["source"] == s["name"]), s["name"]


def test_report_review_legend_names_the_store_and_every_status(tmp_path, seed_report):
    from verify.records import REVIEW_STATUSES
    from verify.review import ReviewStore

    claim = _fourteen_claim(seed_report)
    store = tmp_path / "desk <1>.sqlite"
    ReviewStore(store).record(ReviewDecision(claim=claim, status="verified", by="ana", at="2024-05-01T12:00:00Z",
                                             context="An older sentence about 14 civilians."))
    assert run("report", SEEDS_DIR, "-o", tmp_path / "r", "--db", store, "--no-progress").exit_code == 0
    for page in (tmp_path / "r" / "index.html", tmp_path / "r" / "documents" / "000_c4b5080489d27d06.txt.html"):
        html = page.read_text(encoding="utf-8")
        assert "desk &lt;1&gt;.sqlite" in html and "desk <1>" not in html
        tree = lxml.html.fromstring(html)
        [legend] = tree.xpath("//div[@id='review-legend']")
        assert text_of(legend.xpath(".//code")[0]) == str(store)
        assert [text_of(dt) for dt in legend.xpath(".//dt")] == [*REVIEW_STATUSES, "changed since review"]
        assert all(text_of(dd) for dd in legend.xpath(".//dd"))
        assert tree.xpath("//table//span[@class='tag changed']")  # the decision was made on another sentence
        assert str(store) in text_of(tree.xpath("//footer")[0])
    assert not parse(seed_report).xpath("//div[@id='review-legend']")


def test_report_popover_says_no_other_statement_and_names_the_same_figure_nearby(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "h.txt").write_text(
        "At least 12 killed in Russian strikes on Idlib\n"
        "At least 12 civilians were killed in Russian air strikes on Idlib on Monday, the Syrian Observatory "
        "for Human Rights said.\nThe town is quiet.\n", encoding="utf-8")
    assert run("report", tmp_path / "in", "-o", tmp_path / "r", "--no-progress").exit_code == 0
    html = (tmp_path / "r" / "documents" / "h.txt.html").read_text(encoding="utf-8")
    assert "nowhere else" not in html
    tree = lxml.html.fromstring(html)
    headline, body = [m.get("data-claim") for m in tree.xpath("//mark[@data-claim]")]
    [tip] = tree.xpath(f"//template[@id='tip-{headline}']")
    assert "matched to no other statement, in this document or any other" in text_of(tip)
    [nearby] = tip.xpath(".//div[@class='unmatched-row']")
    assert text_of(nearby.xpath("./dt")[0]) == "Same figure, another fact"
    assert nearby.xpath(".//a/@href") == [f"#{body}"] and "sentence 1" in text_of(nearby)
