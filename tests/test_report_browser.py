"""The report in a real browser: Debian's headless chromium driven by Playwright for Python.

Playwright's own browser download is never used (`executable_path=/usr/bin/chromium`); `.ci/run`
installs chromium with apt when it is missing. Without chromium the tests are skipped with a
reason, except under CI (`CI` set), where a missing browser is a failure.
"""
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "fixtures" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# markup that would run if it were ever inserted as HTML: each sets a flag or opens a dialog
HOSTILE = ("Seven people were killed in Idlib <script>window.__pwned = 'script'; alert(1)</script>, "
           "the Syrian Observatory for Human Rights said.\n"
           "At least 12 civilians died <img src=x onerror=\"window.__pwned = 'img'; alert(2)\"> in the strike, "
           "activists said.\n"
           "Forty houses were destroyed, said <b onmouseover=\"window.__pwned = 'hover'\" tabindex=0>the mayor</b>.\n")


def _need_browser():
    """Skip (or, under CI, fail) when chromium or Playwright is missing."""
    in_ci = bool(os.environ.get("CI"))
    if not CHROMIUM.exists():
        if in_ci:
            pytest.fail(f"{CHROMIUM} is missing under CI: .ci/run must install chromium (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI runs these tests")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if in_ci:
            pytest.fail("playwright is missing under CI: it is in the `test` extra (pip install -e '.[test]')")
        pytest.skip("playwright is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The report of the five seeds plus a hostile document, rendered by `verify report`."""
    _need_browser()
    base = tmp_path_factory.mktemp("browser")
    shutil.copytree(SEEDS_DIR, base / "in", ignore=shutil.ignore_patterns("*.md"))
    (base / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(base / "in"), "-o", str(base / "report"), "--no-progress"])
    assert result.exit_code == 0, result.stderr
    return base / "report"


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


class Page:
    """A page with everything that would show a problem recorded: console errors, page errors,
    dialogs (which are dismissed) and requests that leave the disk."""

    def __init__(self, browser, url):
        self.errors, self.dialogs, self.requests = [], [], []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def close(self):
        self.page.close()


@pytest.fixture
def open_page(browser):
    opened = []

    def open_(path: Path) -> Page:
        page = Page(browser, path.as_uri())
        opened.append(page)
        return page

    yield open_
    for page in opened:
        page.close()


def _quiet(page: Page):
    assert page.errors == [], page.errors
    assert page.dialogs == [], page.dialogs
    assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests


def test_report_browser_index_loads_cleanly(report, open_page):
    page = open_page(report / "index.html")
    _quiet(page)
    assert page.page.locator("#claims-table tbody tr").count() > 10


def test_report_browser_index_filters_by_status_and_source(report, open_page):
    page = open_page(report / "index.html")
    rows = page.page.locator("#claims-table tbody tr")
    total = rows.count()
    page.page.select_option("#filter-status", "conflicting")
    visible = page.page.locator("#claims-table tbody tr:not([hidden])")
    assert visible.count() == 2
    assert set(visible.evaluate_all("rows => rows.map(r => r.dataset.status)")) == {"conflicting"}
    assert "2 of" in page.page.inner_text("#filter-count")
    page.page.select_option("#filter-status", "")
    page.page.select_option("#filter-source", "sohr")
    sources = visible.evaluate_all("rows => rows.map(r => JSON.parse(r.dataset.sources))")
    assert 0 < len(sources) < total and all("sohr" in s for s in sources)
    page.page.click("#filter-reset")
    # a locator assertion polls without evaluating a string, which the report's CSP forbids (a
    # string predicate passed only when the page had updated before its first check)
    from playwright.sync_api import expect
    expect(visible).to_have_count(total)
    page.page.click("button[data-set-status='single-source']")
    assert set(visible.evaluate_all("rows => rows.map(r => r.dataset.status)")) == {"single-source"}
    _quiet(page)


def test_report_browser_document_page_loads_cleanly(report, open_page):
    page = open_page(report / "documents" / "004_b5f749c51e8e6818.txt.html")
    _quiet(page)
    statuses = page.page.locator("mark.num").evaluate_all(
        "marks => marks.map(m => [m.dataset.status, m.classList.contains('status-' + m.dataset.status), "
        "getComputedStyle(m).backgroundColor])")
    assert statuses
    assert all(has_class for _, has_class, _ in statuses)
    assert {"conflicting", "single-source"} <= {status for status, _, _ in statuses}
    colours = {status: colour for status, _, colour in statuses}
    assert colours["conflicting"] != colours["single-source"]         # styled by status


def test_report_browser_focusing_a_number_shows_its_popover(report, open_page):
    page = open_page(report / "documents" / "000_c4b5080489d27d06.txt.html")
    popover = page.page.locator("#popover")
    assert popover.is_hidden()
    fourteen = page.page.locator("mark.num", has_text="14").first
    fourteen.focus()
    popover.wait_for(state="visible")
    text = popover.inner_text()
    assert "Source chain" in text and "Syrian Observatory for Human Rights" in text
    assert "Same fact" in text
    links = popover.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any(link.startswith("../documents/002_adcab3e0e8627f42.txt.html#") for link in links)
    assert fourteen.get_attribute("aria-describedby") == "popover"
    page.page.keyboard.press("Escape")
    popover.wait_for(state="hidden")
    page.page.keyboard.press("Tab")                                 # the next number takes the popover
    popover.wait_for(state="visible")
    _quiet(page)


def test_report_browser_hovering_a_number_shows_its_popover(report, open_page):
    page = open_page(report / "documents" / "004_b5f749c51e8e6818.txt.html")
    page.page.locator("mark.num[data-status='conflicting']").first.hover()
    popover = page.page.locator("#popover")
    popover.wait_for(state="visible")
    assert "Against" in popover.inner_text()
    _quiet(page)


def test_report_browser_hostile_markup_shows_as_text_and_runs_nothing(report, open_page):
    page = open_page(report / "documents" / "hostile.txt.html")
    page.page.locator("text=the mayor").hover()
    for number in page.page.locator("mark.num").all():
        number.focus()
        number.hover()
    page.page.wait_for_timeout(200)
    assert page.page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    text = page.page.inner_text("div.text")
    assert "<script>window.__pwned = 'script'; alert(1)</script>" in text
    assert "<img src=x onerror=" in text and "<b onmouseover=" in text
    assert page.page.locator("div.text img, div.text script, div.text b").count() == 0
    _quiet(page)


def test_report_browser_index_shows_hostile_title_as_text(report, open_page):
    page = open_page(report / "index.html")
    assert page.page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned" in page.page.inner_text("#documents")
    _quiet(page)


def test_report_browser_prints_without_controls(report, open_page):
    page = open_page(report / "documents" / "004_b5f749c51e8e6818.txt.html")
    page.page.locator("mark.num").first.focus()
    page.page.emulate_media(media="print")
    assert page.page.locator("#popover").is_hidden()
    assert page.page.locator("nav.sections").is_hidden()
    assert page.page.locator("mark.num .num-status").first.is_visible()   # status as text on paper
    index = open_page(report / "index.html")
    index.page.emulate_media(media="print")
    assert index.page.locator("#filters").is_hidden()
    assert index.page.locator("#claims-table").is_visible()


def test_report_browser_unnamed_sources_are_one_row_that_filters_their_claims(report, open_page):
    page = open_page(report / "index.html")
    unnamed = page.page.locator("table.sources tbody th", has_text="unnamed")
    assert unnamed.count() == 1
    unnamed.locator("button").click()
    from playwright.sync_api import expect
    visible = page.page.locator("#claims-table tbody tr:not([hidden])")
    expect(page.page.locator("#filter-source")).to_have_value("unnamed")
    sources = visible.evaluate_all("rows => rows.map(r => JSON.parse(r.dataset.sources))")
    assert sources and all("unnamed" in s and "anonymous" not in s for s in sources)
    _quiet(page)


def test_report_browser_popover_of_an_unmatched_number_says_what_it_means(report, open_page):
    page = open_page(report / "documents" / "000_c4b5080489d27d06.txt.html")
    popover = page.page.locator("#popover")
    texts = []
    for number in page.page.locator("mark.num").all():
        number.focus()
        popover.wait_for(state="visible")
        texts.append(popover.inner_text())
    assert not any("nowhere else" in t for t in texts)
    assert any("matched to no other statement, in this document or any other" in t for t in texts)
    _quiet(page)
