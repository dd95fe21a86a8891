"""The HTML report: escaping of hostile text, page crops from PDFs, and a real browser."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from PIL import Image

from pipeline.audit import run_audit
from pipeline.registry import load_registry
from pipeline.report import render_report, write_report

DATA = Path(__file__).parent / "data"
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return load_registry(tmp_path_factory.mktemp("no_local"))


def _pdf_with_citation(path: Path) -> list[float]:
    """A one-page PDF with a citation line; returns its box (x0, top, x1, bottom) in points from
    the top-left corner, as the extraction contract gives it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("DejaVu", font))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setFont("DejaVu", 12)
    text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;"
    baseline = 700.0
    c.drawString(72, baseline, text)
    width = pdfmetrics.stringWidth(text, "DejaVu", 12)
    c.showPage()
    c.save()
    return [72.0, PAGE_H - baseline - 12, 72.0 + width, PAGE_H - baseline + 3]


def _scan_doc(box: list[float]) -> dict:
    return {"source": "scan.pdf", "doc_id": "s",
            "document": {"doc_type": "Kế hoạch", "issue_date": "2022-01-10", "province": "Gia Lai"},
            "references": [{"text": "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", "type": "Nghị quyết",
                            "number": "76", "year": None, "symbol": "NQ-CP", "name": None, "date": "2021-07-15",
                            "issuer": "Chính phủ", "basis": True, "page": 1, "span": [7, 58], "box": box,
                            "confidence": 42.0}]}


def _out_dir(root: Path, with_scan: bool = True) -> Path:
    (root / "json").mkdir(parents=True)
    (root / "text").mkdir()
    for p in (DATA / "gold").glob("*.json"):
        shutil.copy(p, root / "json" / p.name)
    for p in (DATA / "seeds").glob("*.txt"):
        shutil.copy(p, root / "text" / p.name)
    shutil.copy(DATA / "audit" / "hostile.json", root / "json" / "zz_hostile.json")
    if with_scan:
        inputs = root.parent / "inputs"
        inputs.mkdir(exist_ok=True)
        box = _pdf_with_citation(inputs / "scan.pdf")
        (root / "json" / "scan.json").write_text(json.dumps(_scan_doc(box), ensure_ascii=False), encoding="utf-8")
        (root / "text" / "scan.txt").write_text(
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n", encoding="utf-8")
    return root


def _data_uri_image(html_text: str) -> Image.Image:
    m = re.search(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", html_text)
    assert m, "no page crop in the report"
    return Image.open(io.BytesIO(base64.b64decode(m.group(1))))


def test_report_escapes_hostile_text(tmp_path, registry):
    out = _out_dir(tmp_path / "out", with_scan=False)
    html_text = render_report(run_audit(out, registry))
    assert "<script" not in html_text and "<iframe" not in html_text and "<img src=x" not in html_text
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in html_text
    assert 'href="javascript' not in html_text
    assert "Content-Security-Policy" in html_text  # and no script could run anyway


def test_report_crops_the_citation_from_the_pdf(tmp_path, registry):
    out = _out_dir(tmp_path / "out")
    res = run_audit(out, registry)
    path = write_report(res, out / "audit" / "report.html", inputs=tmp_path / "inputs")
    img = _data_uri_image(path.read_text(encoding="utf-8"))
    # the box plus margin at scale 2: wide and short, with dark text on white
    assert img.width > 2 * img.height
    gray = img.convert("L")
    assert gray.getextrema()[0] < 100 and gray.getextrema()[1] > 240
    # without --inputs, the manifest's path column locates the file
    con = duckdb.connect(str(out / "vnplan.duckdb"))
    con.execute("CREATE TABLE manifest AS SELECT 'scan' AS stem, ? AS path", [str(tmp_path / "inputs" / "scan.pdf")])
    con.close()
    res = run_audit(out, registry)
    _data_uri_image(write_report(res, out / "audit" / "r2.html").read_text(encoding="utf-8"))
    # a missing source file is skipped, the report still written
    (tmp_path / "inputs" / "scan.pdf").unlink()
    res = run_audit(out, registry)
    text = write_report(res, out / "audit" / "r3.html").read_text(encoding="utf-8")
    assert "data:image/png" not in text and "76/NQ-CP" in text


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.slow
def test_report_in_a_real_browser(tmp_path, registry):
    chrome = _chromium()
    if chrome is None:
        pytest.skip("chromium is not installed (scripts/setup.sh installs it)")
    out = _out_dir(tmp_path / "out")
    path = write_report(run_audit(out, registry), out / "audit" / "report.html", inputs=tmp_path / "inputs")
    url = path.resolve().as_uri()
    png = tmp_path / "shot.png"
    common = CHROME_FLAGS + [f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([chrome, *common, f"--screenshot={png}", "--window-size=1200,2000", url],
                   check=True, capture_output=True, timeout=120)
    assert png.is_file() and png.stat().st_size > 10_000
    img = Image.open(png).convert("RGB")
    assert img.size == (1200, 2000)
    colors = img.resize((300, 500)).getcolors(maxcolors=300 * 500)
    assert len(colors) > 20  # not a blank page: header, cards, badges, text
    dom = subprocess.run([chrome, *common, "--dump-dom", url], check=True, capture_output=True,
                         timeout=120, text=True).stdout
    assert "id=\"summary\"" in dom and "Summary" in dom
    assert "17/NQ-CP" in dom and "date_mismatch" in dom and "tailieu.vn" in dom
    assert "<script" not in dom.lower()  # hostile text stayed text
    assert "&lt;script&gt;" in dom


@pytest.mark.slow
def test_scan_end_to_end_extract_then_audit_with_crops(tmp_path):
    """A scanned page (image-only PDF) → vnplan extract (real Tesseract) → vnplan audit: the
    report carries a crop of the page around each OCR-read citation."""
    from click.testing import CliRunner
    import pypdfium2 as pdfium

    from pipeline.cli import main

    digital = tmp_path / "digital.pdf"
    _pdf_with_citation(digital)
    page = pdfium.PdfDocument(str(digital))[0].render(scale=250 / 72).to_pil().convert("L")
    (tmp_path / "in").mkdir()
    page.save(tmp_path / "in" / "scan.pdf", resolution=250)
    runner = CliRunner()
    r = runner.invoke(main, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    refs = json.loads((tmp_path / "out" / "json" / "scan.json").read_text(encoding="utf-8"))["references"]
    assert any(x.get("number") == "76" and x.get("box") and x.get("confidence") is not None for x in refs), refs
    r = runner.invoke(main, ["audit", str(tmp_path / "out"), "--registry-dir", str(tmp_path / "noreg")])
    assert r.exit_code == 0, r.output
    html_text = (tmp_path / "out" / "audit" / "report.html").read_text(encoding="utf-8")
    img = _data_uri_image(html_text)  # the manifest's path led to the PDF
    assert img.width > 2 * img.height
