"""`vnplan serve` in headless Chromium: facets, full-text search, a facet click and a click
through to the source text with the span highlighted (and the page crop for a PDF)."""

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

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(bundled_samples):
    pytest.importorskip("datasette")
    pytest.importorskip("sqlite_utils")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", str(bundled_samples), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/vnplan.json", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(proc.stdout.read().decode())
                time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("chromium / chromedriver not installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("VNPLAN_SCREENSHOTS")  # docs/img when refreshing the README's pictures
    return Path(folder) if folder else tmp_path_factory.mktemp("screenshots")


def _rows(driver) -> int:
    from selenium.webdriver.common.by import By
    return len(driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr"))


def test_facet_click_filters_the_rows(server, browser, shots):
    from selenium.webdriver.common.by import By

    browser.get(server + "/vnplan/citations?_size=max")
    all_rows = _rows(browser)
    assert all_rows > 50
    facets = browser.find_elements(By.CSS_SELECTOR, ".facet-info[data-column='province'] li a")
    assert facets, "no province facet"
    browser.save_screenshot(str(shots / "serve_citations.png"))
    facets[0].click()
    assert "province=" in browser.current_url
    assert 0 < _rows(browser) < all_rows
    browser.save_screenshot(str(shots / "serve_facet_click.png"))


def test_full_text_search(server, browser):
    browser.get(server + "/vnplan/citations?_search=" + urllib.request.quote("chính quyền địa phương"))
    assert _rows(browser) >= 4
    assert "chính quyền địa phương" in browser.page_source


def test_click_through_to_the_highlighted_source(server, browser, shots):
    from selenium.webdriver.common.by import By

    browser.get(server + "/vnplan/citations?cited_id=72%2F2025%2FQH15")
    cited_text = browser.find_element(By.CSS_SELECTOR, "td.col-text").text
    browser.find_element(By.CSS_SELECTOR, "a.vnplan-source").click()
    mark = browser.find_element(By.CSS_SELECTOR, "mark#span")
    assert mark.text and " ".join(mark.text.split()) == " ".join(cited_text.split())
    browser.save_screenshot(str(shots / "serve_source.png"))


def test_a_pdf_row_shows_its_page_crop(server, browser, shots):
    from selenium.webdriver.common.by import By

    browser.get(server + "/vnplan/assignments?doc=004_1df89c22df6dec19.digital")
    assert _rows(browser) > 0
    browser.find_element(By.CSS_SELECTOR, "a.vnplan-source").click()
    crop = browser.find_element(By.CSS_SELECTOR, "img.crop")
    assert crop.get_attribute("src").startswith("data:image/png;base64,")
    assert browser.find_element(By.CSS_SELECTOR, "mark#span").text
    browser.save_screenshot(str(shots / "serve_pdf_crop.png"))
