"""End-to-end tests in headless Chromium (Debian's chromium, driven by Playwright) against the app on 127.0.0.1.

Screenshots are saved under the folder printed at the start (SVA_SCREENSHOTS, default test-screenshots/).
Skipped when no chromium is installed, unless SVA_REQUIRE_BROWSER=1 (set by .ci/run), which makes it a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REPO = Path(__file__).resolve().parents[1]

if not CHROMIUM:
    if os.environ.get("SVA_REQUIRE_BROWSER") == "1":
        raise RuntimeError("chromium is required for the browser tests (apt-get install chromium)")
    pytest.skip("no chromium installed", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402

TIMEOUT = 90_000
APP_LOG: list[Path] = []  # the running app's log, for tests that read it
expect.set_options(timeout=TIMEOUT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def screenshots() -> Path:
    folder = Path(os.environ.get("SVA_SCREENSHOTS", REPO / "test-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser screenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, shipped_dir):
    """The real app in its own process, over a copy of the shipped index (it ingests, so not the shared one)."""
    data = tmp_path_factory.mktemp("app-data") / "data"
    shutil.copytree(shipped_dir, data)
    port = _free_port()
    env = {**os.environ, "SVA_DATA_DIR": str(data), "SVA_LLM_PROVIDER": "none", "GRADIO_ANALYTICS_ENABLED": "False"}
    log = open(data / "app.log", "w")
    APP_LOG.append(data / "app.log")
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "app", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError((data / "app.log").read_text())
            time.sleep(0.5)
    else:
        process.kill()
        raise RuntimeError("the app did not start: " + (data / "app.log").read_text()[-2000:])
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(app_url)
    page.wait_for_selector("#question textarea")
    yield page
    context.close()


def ask(page, question: str) -> None:
    page.get_by_role("tab", name="Ask").click()
    page.fill("#question textarea", question)
    page.click("#ask-button")


def test_ask_shows_an_answer_with_a_cited_source(page, screenshots):
    ask(page, "How long should tenders relevant to VCFSEs stay open?")
    source = page.locator("#sources .source").first
    expect(source).to_contain_text("Towards a Social Value Economy")
    expect(source).to_contain_text("p. ")
    answer = page.locator("#chat [data-testid='bot']").last
    expect(answer).to_contain_text("[1]")
    expect(answer).to_contain_text("six")
    page.screenshot(path=str(screenshots / "ask.png"), full_page=True)


def test_a_follow_up_in_the_chat_reads_the_answer_before(page, screenshots):
    ask(page, "what are the Partner VCFSE measures?")
    expect(page.locator("#chat [data-testid='bot']").last).to_contain_text("NT17")
    ask(page, "which of those is the one for lending our minibus to a youth charity?")
    answer = page.locator("#chat [data-testid='bot']").last
    expect(answer).to_contain_text("Of NT14, NT15, NT16 and NT17")
    page.screenshot(path=str(screenshots / "follow-up.png"), full_page=True)


def test_upload_pdf_appears_in_library_and_answers(page, pdf_factory, screenshots):
    pdf = pdf_factory("riverside-food-pantry.pdf", [
        "Riverside Food Pantry annual report.",
        "In 2025 the Riverside Food Pantry handed out 4,812 food parcels to families in Bootle, with 37 volunteers.",
    ])
    page.get_by_role("tab", name="Library").click()
    page.locator("#upload input[type=file]").set_input_files(str(pdf))
    page.click("#upload-button")
    expect(page.locator("#upload-result")).to_contain_text("riverside-food-pantry.pdf")
    expect(page.locator("#upload-result")).to_contain_text("added")
    expect(page.locator("#library-table")).to_contain_text("riverside-food-pantry.pdf")
    page.screenshot(path=str(screenshots / "library.png"), full_page=True)
    ask(page, "How many food parcels did the Riverside Food Pantry hand out?")
    expect(page.locator("#sources")).to_contain_text("riverside-food-pantry.pdf")
    expect(page.locator("#sources")).to_contain_text("p. 2")
    expect(page.locator("#chat [data-testid='bot']").last).to_contain_text("4,812")
    page.locator("#open-source label").first.click()  # the citation opens the PDF page, passage highlighted
    expect(page.locator("#source-view")).to_contain_text("highlighted")
    expect(page.locator("#source-page img")).to_be_visible()
    page.screenshot(path=str(screenshots / "source-pdf.png"), full_page=True)


def test_script_in_a_document_is_shown_as_text(page, tmp_path):
    note = tmp_path / "hostile-note.txt"
    note.write_text("Volunteer passport scheme for Halton.\n<script>window.__pwned = 1</script> "
                    "<img src=x onerror='window.__pwned = 2'> The volunteer passport scheme runs every Tuesday.",
                    encoding="utf-8")
    page.get_by_role("tab", name="Library").click()
    page.locator("#upload input[type=file]").set_input_files(str(note))
    page.click("#upload-button")
    expect(page.locator("#upload-result")).to_contain_text("hostile-note.txt")
    expect(page.locator("#upload-result")).to_contain_text("added")
    ask(page, "When does the volunteer passport scheme run?")
    expect(page.locator("#sources")).to_contain_text("<script>")
    assert page.evaluate("window.__pwned") is None


def test_draft_form_flags_and_downloads_docx(page, screenshots, tmp_path):
    page.get_by_role("tab", name="Draft a response").click()
    page.fill("#d-question textarea", "Describe the social value you will deliver.")
    page.fill("#d-service textarea", "hospital cleaning services")
    page.fill("#d-value textarea", "£2.4m")
    page.locator("#d-months input").fill("36")
    page.fill("#d-activities textarea", "Recruit 6 FTE long-term unemployed Liverpool residents as cleaners\n"
                                        "300 staff volunteering hours a year with local food banks\n"
                                        "We will clean the wards daily")
    page.click("#d-button")
    expect(page.locator("#d-response")).to_contain_text("Method and delivery plan")
    expect(page.locator("#d-flags")).to_contain_text("Activity 3 — additionality")
    expect(page.locator("#d-table")).to_contain_text("FLAGGED")
    page.screenshot(path=str(screenshots / "draft.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#d-files a[href*='social-value-response.docx']").first.click()
    path = tmp_path / "download.docx"
    download.value.save_as(path)
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "NT3" in cells


def test_tender_questions_and_status(page, screenshots):
    page.get_by_role("tab", name="Tender questions").click()
    page.fill("#q-service textarea", "community mental health support")
    page.fill("#q-value textarea", "450000")
    page.click("#q-button")
    expect(page.locator("#q-output")).to_contain_text("Evaluation matrix")
    expect(page.locator("#q-output")).to_contain_text("Question 1")
    page.screenshot(path=str(screenshots / "questions.png"), full_page=True)
    page.get_by_role("tab", name="Status").click()
    expect(page.get_by_text("quoted from the sources, cited to the page")).to_be_visible()
    page.screenshot(path=str(screenshots / "status.png"), full_page=True)


def test_partner_vcfse_import_shows_chart_and_summary(page, screenshots, tmp_path):
    record = tmp_path / "record.csv"
    record.write_text("organisation,sector,area,code,year,kind,value,note,evidence\n"
                      "Mersey Movers Ltd,private,Liverpool,NT17,2024,baseline,400,,\n"
                      "Mersey Movers Ltd,private,Liverpool,NT17,2025,target,500,,\n"
                      "Mersey Movers Ltd,private,Liverpool,NT17,2025,actual,440,staff timesheets,\n", encoding="utf-8")
    page.get_by_role("tab", name="Partner VCFSE").click()
    page.locator("#p-import input[type=file]").set_input_files(str(record))
    expect(page.locator("#p-report")).to_contain_text("NT17 volunteering is 12% behind its 2025 target")
    expect(page.locator("#p-chart img")).to_be_visible()
    expect(page.locator("#p-table")).to_contain_text("baseline")
    page.screenshot(path=str(screenshots / "partner-vcfse.png"), full_page=True)


def test_review_tab_scores_and_flags(page, screenshots):
    page.get_by_role("tab", name="Review a draft").click()
    page.fill("#r-text textarea", "We will recruit 6 FTE long-term unemployed Liverpool residents as cleaners (NT3). "
                                  "We will report quarterly against NT3 with payroll records. We will clean the wards "
                                  "daily to the national specification.")
    page.fill("#r-service textarea", "hospital cleaning services")
    page.fill("#r-value textarea", "2400000")
    page.click("#r-button")
    expect(page.locator("#r-score")).to_contain_text("/100")
    expect(page.locator("#r-flags")).to_contain_text("restates contract")
    page.click("#r-improve")
    expect(page.locator("#r-changed")).to_contain_text("Reworked")
    page.screenshot(path=str(screenshots / "review.png"), full_page=True)


# --- layouts that fit, at a laptop's and a phone's size, and accessibility (axe-core, shipped in the wheel) ---------
SIZES = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
SERIOUS = ("serious", "critical")


def open_tab(page, name: str) -> None:
    """Click a tab; on a narrow screen Gradio folds some tabs into an overflow menu."""
    tab = page.get_by_role("tab", name=name, exact=True)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
        return
    page.locator(".overflow-menu > button").first.click()
    page.locator(".overflow-dropdown button", has_text=name).first.click()


def axe_problems(page) -> list[str]:
    """Serious and critical WCAG 2.x A/AA violations on the page as it is shown."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                                               "wcag22aa"]},
                                       "resultTypes": ["violations"]})
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
            for v in results.response["violations"] if v.get("impact") in SERIOUS]


def assert_fits(page, selector: str, size: dict) -> None:
    """Each matched element is inside the viewport's width, and the page does not scroll sideways."""
    boxes = [page.locator(selector).nth(i).bounding_box() for i in range(page.locator(selector).count())]
    assert boxes, f"nothing matched {selector}"
    for box in boxes:
        assert box is not None and box["width"] > 0, f"{selector} is not shown"
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"] + 1, f"{selector} is off-screen: {box}"
    assert page.evaluate("document.documentElement.scrollWidth") <= size["width"] + 1, "the page scrolls sideways"
    overflowing = page.evaluate("""() => [...document.querySelectorAll('.sva-table-wrap')]
        .filter(w => w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1).length""")
    assert overflowing == 0, "a result table is wider than its box"
    cells = page.locator(".sva-table td")
    for i in range(cells.count()):
        box = cells.nth(i).bounding_box()
        assert box is None or box["x"] + box["width"] <= size["width"] + 1, f"a table cell is off-screen: {box}"


@pytest.mark.parametrize("size_name", list(SIZES))
def test_layout_fits_and_is_accessible(browser, app_url, screenshots, size_name):
    size = SIZES[size_name]
    context = browser.new_context(viewport=size, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(app_url)
    page.wait_for_selector("#question textarea")
    problems: dict[str, list[str]] = {}
    try:
        for selector in ("#ask-options label", "#write-answer"):  # the options fit the screen too
            assert_fits(page, selector, size)
        if size["width"] < 640:  # on a phone the area and the write box stack, each the full width
            box = page.locator("#write-answer").bounding_box()
            assert box["width"] >= size["width"] * 0.7, f"the write-answer box is squeezed: {box}"
        for selector in ("#question textarea", "#ask-button"):  # above the fold
            box = page.locator(selector).bounding_box()
            assert box and box["y"] + box["height"] <= size["height"], f"{selector} is below the fold: {box}"
        ask(page, "How long should tenders relevant to VCFSEs stay open?")
        expect(page.locator("#sources .source").first).to_contain_text("Towards a Social Value Economy")
        page.locator("#open-source label").first.click()  # the roadmap section, the passage marked
        expect(page.locator("#source-view mark").first).to_contain_text("six-week")
        page.get_by_role("button", name="Like").last.click()
        expect(page.locator("#chat-rated")).to_contain_text("saved on this computer")
        problems["Ask"] = axe_problems(page)
        page.screenshot(path=str(screenshots / f"ask-{size_name}.png"), full_page=True)

        open_tab(page, "Map activities")
        page.fill("#map-activities textarea", "Our staff volunteer 200 hours a year at the food bank\n"
                                              "We buy £20,000 of catering from a local social enterprise")
        page.click("#map-button")
        expect(page.locator("#map-table td[data-label=Code]").first).to_have_text("NT17")
        for column in ("Code", "Measure", "Quantity", "Unit"):
            assert_fits(page, f"#map-table td[data-label={column}]", size)
        problems["Map activities"] = axe_problems(page)
        page.screenshot(path=str(screenshots / f"map-{size_name}.png"), full_page=True)

        open_tab(page, "Draft a response")
        page.fill("#d-question textarea", "Describe the social value you will deliver.")
        page.fill("#d-service textarea", "hospital cleaning services")
        page.fill("#d-value textarea", "£2.4m")
        page.locator("#d-months input").fill("36")
        page.fill("#d-activities textarea", "Recruit 6 FTE long-term unemployed Liverpool residents as cleaners\n"
                                            "We will clean the wards daily")
        page.click("#d-button")
        expect(page.locator("#d-table")).to_contain_text("FLAGGED")
        for column in ("Code", "Activity", "Quantity", "Unit", "Status"):
            assert_fits(page, f"#d-table td[data-label={column}]", size)
        assert_fits(page, "#d-response table td", size)
        problems["Draft a response"] = axe_problems(page)
        page.screenshot(path=str(screenshots / f"draft-{size_name}.png"), full_page=True)

        open_tab(page, "Review a draft")
        page.fill("#r-text textarea", "We will recruit 6 FTE long-term unemployed Liverpool residents as cleaners (NT3). "
                                      "We will report quarterly against NT3 with payroll records.")
        page.fill("#r-service textarea", "hospital cleaning services")
        page.fill("#r-value textarea", "2400000")
        page.click("#r-button")
        expect(page.locator("#r-score")).to_contain_text("/100")
        for column in ("Criterion", "Points", "Evidence found", "To raise it"):
            assert_fits(page, f"#r-table td[data-label='{column}']", size)
        problems["Review a draft"] = axe_problems(page)
        page.screenshot(path=str(screenshots / f"review-{size_name}.png"), full_page=True)

        open_tab(page, "Tender questions")
        page.fill("#q-service textarea", "community mental health support")
        page.fill("#q-value textarea", "450000")
        page.click("#q-button")
        expect(page.locator("#q-output")).to_contain_text("Evaluation matrix")
        assert_fits(page, "#q-output td", size)
        problems["Tender questions"] = axe_problems(page)
        page.screenshot(path=str(screenshots / f"questions-{size_name}.png"), full_page=True)

        for tab in ("Partner VCFSE", "Library", "Status"):
            open_tab(page, tab)
            page.wait_for_timeout(300)
            problems[tab] = axe_problems(page)
            page.screenshot(path=str(screenshots / f"{tab.split()[0].lower()}-{size_name}.png"), full_page=True)
    finally:
        context.close()
    assert not any(problems.values()), "\n".join(f"{tab}: {p}" for tab, found in problems.items() for p in found)


def test_form_problems_are_in_plain_words_without_a_traceback(page):
    open_tab(page, "Draft a response")
    page.fill("#d-question textarea", "Describe the social value you will deliver.")
    page.fill("#d-service textarea", "hospital cleaning services")
    page.fill("#d-value textarea", "lots")
    page.click("#d-button")
    problem = page.locator("#d-problem")
    expect(problem).to_contain_text("Contract value (£)")
    assert "--" not in problem.inner_text()
    assert page.locator(".error:visible, [data-testid='error']:visible").count() == 0  # no red Error boxes left
    page.fill("#d-value textarea", "£2.4m")
    page.fill("#d-activities textarea", "Recruit 6 FTE long-term unemployed Liverpool residents as cleaners")
    page.click("#d-button")
    expect(page.locator("#d-table")).to_contain_text("NT3")
    expect(problem).to_have_text("")  # the old message goes once the form is right
    assert "Traceback" not in APP_LOG[-1].read_text(encoding="utf-8")


def test_draft_tab_prefills_the_form_from_an_uploaded_tender_pack(page, screenshots, tmp_path):
    from evals.tender_packs import write_pack

    files = write_pack([
        {"name": "itt-part-a.pdf", "pages": [[("p", "Contracting authority: Wirral Council"),
                                              ("p", "Services required: community meals service"),
                                              ("p", "Estimated contract value: £450,000"),
                                              ("p", "Contract term: 24 months"), ("p", "Location: Wirral")]]},
        {"name": "part-b.docx", "pages": [[("p", "SV1 Describe the social value you will deliver in Wirral."),
                                            ("b", "local jobs"), ("p", "Maximum 600 words.")]]},
    ], tmp_path)
    broken = tmp_path / "locked.docx"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    page.get_by_role("tab", name="Draft a response").click()
    page.locator("#d-pack input[type=file]").set_input_files([str(p) for p in files] + [str(broken)])
    expect(page.locator("#d-pack-summary")).to_contain_text("From the tender pack")
    expect(page.locator("#d-question textarea")).to_have_value(
        "Describe the social value you will deliver in Wirral.\n- local jobs")
    expect(page.locator("#d-service textarea")).to_have_value("community meals service")
    expect(page.locator("#d-value textarea")).to_have_value("£450,000")
    expect(page.locator("#d-months input")).to_have_value("24")
    expect(page.locator("#d-words input")).to_have_value("600")
    expect(page.locator("#d-pack-summary")).to_contain_text("itt-part-a.pdf, p. 1")
    expect(page.locator("#d-pack-summary")).to_contain_text("locked.docx")  # reported, and the rest still read
    page.screenshot(path=str(screenshots / "draft-tender-pack.png"), full_page=True)


def test_a_tender_pack_saved_as_a_bid_reopens_into_the_form(page, tmp_path):
    from evals.tender_packs import write_pack

    files = write_pack([{"name": "itt.md", "pages": [[("h", "Grounds Maintenance"), ("p", "Services required: grounds maintenance"),
                                                       ("p", "SV1 What social value will you offer? (500 words)")]]}], tmp_path)
    page.get_by_role("tab", name="Draft a response").click()
    page.locator("#d-pack input[type=file]").set_input_files([str(p) for p in files])
    expect(page.locator("#d-service textarea")).to_have_value("grounds maintenance")
    page.fill("#d-bid-name textarea", "Grounds bid")
    page.click("#d-bid-save")
    expect(page.locator("#d-bid-message")).to_contain_text("grounds-bid")
    page.reload()
    page.get_by_role("tab", name="Draft a response").click()
    page.locator("#d-bid-open input").click()
    page.get_by_role("option", name="Grounds bid (grounds-bid)").click()
    expect(page.locator("#d-service textarea")).to_have_value("grounds maintenance")
    expect(page.locator("#d-question textarea")).to_have_value("What social value will you offer?")


def test_a_draft_is_saved_to_a_new_bid_and_evidence_is_found_in_a_document(page, tmp_path):
    from evals.tender_packs import write_pack

    page.get_by_role("tab", name="Draft a response").click()
    page.fill("#d-question textarea", "Describe the social value you will deliver.")
    page.fill("#d-service textarea", "office cleaning")
    page.fill("#d-value textarea", "£900,000")
    page.locator("#d-months input").fill("36")
    page.fill("#d-activities textarea", "300 staff volunteering hours a year with local food banks")
    page.click("#d-button")
    expect(page.locator("#d-flags")).to_contain_text("export")  # the compliance check, shown with the flags
    page.fill("#d-save-name textarea", "Office cleaning browser bid")
    page.click("#d-save")
    expect(page.locator("#d-saved")).to_contain_text("version 1 of bid office-cleaning-browser-bid")

    report = write_pack([{"name": "sv-report.pdf", "pages": [[
        ("p", "In 2024 our staff gave 640 volunteering hours (NT17) to local food banks.")]]}], tmp_path)
    page.get_by_role("tab", name="Evidence").click()
    page.fill("#e-org textarea", "Browser Test Ltd")
    page.get_by_text("Find evidence in your own documents").click()
    page.locator("#e-docs input[type=file]").set_input_files([str(p) for p in report])
    page.click("#e-find")
    expect(page.locator("#e-found-message")).to_contain_text("Found 1 records")
    expect(page.locator("#e-found")).to_contain_text("sv-report.pdf, p. 1")
    page.click("#e-save-found")
    expect(page.locator("#e-found-message")).to_contain_text("Saved 1 records")
    expect(page.locator("#e-table")).to_contain_text("Browser Test Ltd")
