"""Stage 1 for PDFs and images: pages with text, word boxes and the method that read them.

Each PDF page is judged on its own (archives mix typed pages, scans and scanner-added text
layers in one file):

* ``ok`` — a usable text layer: read with pypdfium2 (fast, default) or pdfplumber (layout
  aware, ``settings.pdf_text_engine``), legacy-font text mapped by ``legacy.fix_legacy_text``;
* ``no_text`` — no text layer, or only a few characters over a full-page image (scanner
  stamps, e-signature overlays);
* ``unusable`` — a text layer that is garbage: replacement characters, private-use glyphs,
  or letters outside the Vietnamese alphabet that the legacy mapper could not map.

Pages that are not ``ok`` go to OCR (``pipeline.ocr``) when ``settings.ocr`` is on; their
``method`` becomes ``ocr`` and the page keeps its judged status in ``note``.
"""

from __future__ import annotations

import bisect
import io
import re
import unicodedata
import warnings

from .errors import PipelineError
from .layout import PageLayout, analyse_page, compose_page, line_pitch, text_frame
from .legacy import fix_legacy_text
from .models import Page, RawDocument, Word
from .progress import page_done
from .settings import Settings
from .tables import continue_scanned_tables, continue_table, merge_continued_row, same_columns

# A text layer with fewer visible characters than this over an image covering most of the
# page is a scanner overlay (stamp text, "Ký bởi …"), not the page's text.
THIN_TEXT_CHARS = 80
FULL_PAGE_IMAGE = 0.5  # share of the page area
# A text layer is unusable above this share of bad characters (replacement, private-use,
# control) …
GARBAGE_SHARE = 0.2
# … or of words with letters outside the Vietnamese alphabet / legacy-font Latin-1 signs.
FOREIGN_LETTER_SHARE = 0.2
MIN_OCR_DPI = 150  # giant pages are rendered at a lower dpi down to this, then refused
DEFAULT_IMAGE_DPI = 300

_VIETNAMESE_LETTERS = set(
    "abcdefghijklmnopqrstuvwxyzđ"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


# -------------------------------------------------------------------------- page judgement


def _odd_char(c: str) -> bool:
    """A letter outside the Vietnamese alphabet, or a Latin-1 sign that legacy fonts
    (TCVN3, VNI) use for tone-marked letters: ``¶ µ ¸ ® ¬``, the soft hyphen …"""
    if c.isalpha():
        return c.lower() not in _VIETNAMESE_LETTERS
    return "\u0080" <= c <= "\u00ff" and c not in _COMMON_LATIN1_SIGNS


_COMMON_LATIN1_SIGNS = set("«»°§©·±×÷\u00a0")  # not ® (TCVN3 đ), ¶, µ …


def judge_text(text: str) -> tuple[str, str]:
    """``(status, reason)`` of a text layer: ``ok``, ``no_text`` or ``unusable``."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return "no_text", "no text layer"
    bad = sum(1 for c in visible if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn", "Cs"))
    if bad > len(visible) * GARBAGE_SHARE:
        return "unusable", f"text layer is garbage ({bad} of {len(visible)} characters unreadable)"
    words = text.split()
    odd = sum(1 for w in words if any(_odd_char(c) for c in w))
    if odd > len(words) * FOREIGN_LETTER_SHARE:
        return "unusable", f"text layer uses an unmapped font encoding ({odd} of {len(words)} words have non-Vietnamese characters)"
    return "ok", ""


def _image_coverage(page, width: float, height: float) -> float:
    """Largest share of the page covered by one image object (0 when there is none)."""
    import pypdfium2.raw as pdfium_c

    best = 0.0
    area = max(width * height, 1.0)
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, (right - left) * (top - bottom) / area)
    return min(best, 1.0)


# ------------------------------------------------------------------------- text-layer words


def _pdfium_text_and_words(textpage, crop: tuple[float, float, float, float]) -> tuple[str, list[Word], list[int]]:
    """Text of a page (pypdfium2), its words with boxes in top-left points and the char index
    of each word's first character.

    pdfium's text has one character per char index (the line breaks it generates included).
    A word's box is the union of its first and last characters' boxes: two pdfium calls a
    word keep the text layer fast (one call per character would not; figures in docs/ocr.md,
    measured by bench_ocr.py)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    raw_text = textpage.get_text_range(0, count) if count else ""
    # pdfium gives a hyphen that ends a line as U+FFFE and no line break after it: Word and
    # LibreOffice break "67/2025/NĐ-" / "CP" after the hyphen of a symbol (a Vietnamese word is
    # never hyphenated: the hyphen is the text's); same length, the offsets hold
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n").replace(LINE_END_HYPHEN, "-")
    if len(raw_text) != count or not unicodedata.is_normalized("NFC", text):
        # characters outside the BMP break the index mapping; NFC would shift offsets
        return unicodedata.normalize("NFC", text), [], []
    left, _bottom, _right, top = crop
    crlf = [m.start() for m in _CRLF.finditer(raw_text)]  # each one shortens the text by 1
    handle = textpage.raw
    x0, x1, y0, y1 = (ctypes.c_double() for _ in range(4))
    u0, u1, v0, v1 = (ctypes.c_double() for _ in range(4))
    words: list[Word] = []
    first_chars: list[int] = []  # pdfium char index of each word's first character
    for first, end in _word_spans(raw_text):
        last = end - 1
        if not pdfium_c.FPDFText_GetCharBox(handle, first, x0, x1, y0, y1):
            continue
        if not pdfium_c.FPDFText_GetCharBox(handle, last, u0, u1, v0, v1):
            continue
        shift = bisect.bisect_left(crlf, first)
        box = (min(x0.value, u0.value) - left, top - max(y1.value, v1.value),
               max(x1.value, u1.value) - left, top - min(y0.value, v0.value))
        words.append(Word(text=text[first - shift:end - shift], start=first - shift, end=end - shift, box=box))
        first_chars.append(first)
    return text, words, first_chars


LINE_END_HYPHEN = "\ufffe"


def _word_spans(raw_text: str):
    """(first, end) char indices of the words; a word broken after a line-end hyphen is two
    words, one on each line ("67/2025/NĐ-" and "CP"), each boxed on its own line."""
    for match in _WORD.finditer(raw_text):
        first, end = match.span()
        if LINE_END_HYPHEN in match.group():
            for k, c in enumerate(match.group()[:-1], start=first):
                if c == LINE_END_HYPHEN:
                    yield first, k + 1
                    first = k + 1
        yield first, end


_WORD = re.compile(r"[^\s\x00]+")
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|,b$", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique|,i$", re.IGNORECASE)
_FONT_FLAG_ITALIC = 1 << 6
_FONT_FLAG_FORCE_BOLD = 1 << 18


def _styler(textpage, crop):
    """Style of a character: bold and italic (fonts judged once by name, weight and flags),
    size and baseline, from pdfium's text page."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    x, y = ctypes.c_double(), ctypes.c_double()
    fonts: dict[tuple[bytes, int], tuple[bool, bool]] = {}
    top = crop[3]

    def style(index: int, placed: bool) -> tuple[bool, bool, float, float]:
        pdfium_c.FPDFText_GetFontInfo(handle, index, buf, 128, ctypes.byref(flags))
        key = (buf.value, flags.value)
        kind = fonts.get(key)
        if kind is None:
            name = buf.value.decode("latin-1")
            weight = pdfium_c.FPDFText_GetFontWeight(handle, index)
            kind = fonts[key] = (bool(weight >= 600 or flags.value & _FONT_FLAG_FORCE_BOLD or _BOLD_FONT.search(name)),
                                 bool(flags.value & _FONT_FLAG_ITALIC or _ITALIC_FONT.search(name)))
        if not placed:
            return kind[0], kind[1], 0.0, 0.0
        size = round(pdfium_c.FPDFText_GetFontSize(handle, index), 1)
        baseline = top - y.value if pdfium_c.FPDFText_GetCharOrigin(handle, index, x, y) else 0.0
        return kind[0], kind[1], size, baseline

    return style


def _rulings(page, crop) -> list[tuple[float, float, float, float]]:
    """Straight strokes and thin filled bars of the page (top-left points): table rules.
    A stroked rectangle counts as its four sides.  Raw pdfium calls: wrapping every object of
    a text page in a Python object cost as much as the rest of the layout pass."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    left, _bottom, _right, top = crop
    out: list[tuple[float, float, float, float]] = []
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))

    def visit(count, get, depth):
        for i in range(count):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                visit(pdfium_c.FPDFFormObj_CountObjects(obj), lambda k, o=obj: pdfium_c.FPDFFormObj_GetObject(o, k), depth + 1)
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(obj, x0, y0, x1, y1):
                continue
            if min(x1.value - x0.value, y1.value - y0.value) <= 3.0:
                out.append((x0.value - left, top - y1.value, x1.value - left, top - y0.value))
            else:
                out.extend(_path_sides(obj, left, top, pdfium_c, ctypes))

    raw = page.raw
    visit(pdfium_c.FPDFPage_CountObjects(raw), lambda k: pdfium_c.FPDFPage_GetObject(raw, k), 0)
    return out


def _path_sides(raw, left: float, top: float, pdfium_c, ctypes) -> list[tuple[float, float, float, float]]:
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    sides = []
    start = None
    for i in range(min(pdfium_c.FPDFPath_CountSegments(raw), 64)):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        px = matrix.a * x.value + matrix.c * y.value + matrix.e
        py = matrix.b * x.value + matrix.d * y.value + matrix.f
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not points:
            points = [(px, py)]
            start = (px, py)
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            points.append((px, py))
            sides.append((points[-2], points[-1]))
        else:
            return []  # curves: a drawing, not a table
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start and points[-1] != start:
            sides.append((points[-1], start))
    out = []
    for (ax, ay), (bx, by) in sides:
        if abs(ax - bx) <= 1.0 or abs(ay - by) <= 1.0:  # axis-aligned sides only
            out.append((min(ax, bx) - left, top - max(ay, by), max(ax, bx) - left, top - min(ay, by)))
    return out


def _apply_layout(pages: list[Page], layouts: dict[int, PageLayout]) -> None:
    """Rewrite the text of the pages read with layout: reading order, wrapped lines joined,
    tables as rows — a table going on over a page break as one table."""
    by_width: dict[int, list[PageLayout]] = {}
    for lay in layouts.values():
        by_width.setdefault(round(lay.width), []).append(lay)
    frames = {width: text_frame(group) for width, group in by_width.items()}
    # the line pitch of each page's body (a page of table rows in a smaller font has its own)
    pitches = {n: p for n, lay in layouts.items() if (p := line_pitch(lay.order))}
    usual = sorted(pitches.values())[len(pitches) // 2] if pitches else None
    for page in pages:
        following = layouts.get(page.number + 1)
        layout = layouts.get(page.number)
        if layout is None or following is None or not layout.tables or not following.tables:
            continue
        last, first = layout.tables[-1], following.tables[0]
        below = [s for s in layout.segments if s.box[1] > last.box[3] and not s.text.strip().isdigit()]
        above = [s for s in following.segments if s.box[3] < first.box[1] and not s.text.strip().isdigit()]
        if below or above or not same_columns(last, first):
            continue
        continue_table(last, first)
        if first.rows and first.rows[0].continued and last.rows:
            merge_continued_row(last.rows[-1], first.rows.pop(0))
    for page in pages:
        layout = layouts.get(page.number)
        if layout is None:
            continue
        frame = frames[round(layout.width)]
        page.text, page.words, page.lines = compose_page(layout, frame, pitches.get(page.number, usual), page.text)
        page.tables = layout.tables

_CRLF = re.compile(r"\r\n")


def _pdfplumber_pages(content: bytes, numbers: list[int]) -> dict[int, tuple[str, list[Word]]]:
    """Layout-aware text and word boxes (already top-left points) for the given pages."""
    import pdfplumber

    out: dict[int, tuple[str, list[Word]]] = {}
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        for number in numbers:
            page = pdf.pages[number - 1]
            words_raw = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            text = page.extract_text(layout=False) or ""
            words: list[Word] = []
            cursor = 0
            for w in words_raw:  # place each word in the text, in reading order
                at = text.find(w["text"], cursor)
                if at < 0:
                    continue
                words.append(Word(text=w["text"], start=at, end=at + len(w["text"]),
                                  box=(w["x0"], w["top"], w["x1"], w["bottom"])))
                cursor = at + len(w["text"])
            fixed = unicodedata.normalize("NFC", text)
            out[number] = (fixed, words if fixed == text else [])
    return out


# ------------------------------------------------------------------------------------- PDF


def _draw_forms(pdf) -> None:
    """Have pdfium draw the document's form fields when it renders a page for OCR: a digital
    signature's appearance ("Tỉnh ủy Sơn La / 21-04-2023 16:52:02 +07:00" beside its seal)
    is a form field over the scan, which every viewer shows and a person reads (the real
    scans P02 p1, P03 p1), but which pdfium leaves out of its text layer and, forms not
    initialised, of its rendering.  Must run before any page is loaded."""
    try:
        if pdf.get_formtype() != 0:
            pdf.init_forms()
    except Exception:  # a damaged form: the page renders without its fields, as before
        pass


def _open_pdf(content: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        # pdfium's last-error code is process-wide and survives a failure that sets none (a
        # page-less PDF after an encrypted one reads "password"): the file itself must
        # declare encryption.
        msg = str(exc)
        if "password" in msg.lower():
            if b"/Encrypt" in content:
                raise PipelineError("encrypted", f"{name}: the PDF is password-protected") from None
            msg = "pdfium cannot parse it"
        raise PipelineError("corrupt", f"{name}: the PDF cannot be opened ({msg})") from None


def read_pdf(content: bytes, name: str, settings: Settings) -> RawDocument:
    import pypdfium2 as pdfium

    pdf = _open_pdf(content, name)
    _draw_forms(pdf)
    try:
        count = len(pdf)
        if count == 0:
            raise PipelineError("corrupt", f"{name}: the PDF has no pages")
        if count > settings.max_pages:
            raise PipelineError("too_large", f"{name}: {count} pages is over the {settings.max_pages}-page limit")
        pages: list[Page] = []
        encodings: set[str] = set()
        layouts: dict[int, PageLayout] = {}
        for index in range(count):
            try:
                page = pdf[index]
                pages.append(_read_pdf_page(page, index + 1, settings, encodings, layouts))
            except PipelineError:
                raise
            except (pdfium.PdfiumError, ValueError, OSError) as exc:  # damaged page trees/streams
                raise PipelineError("corrupt", f"{name}: page {index + 1} cannot be read ({exc})") from None
        if layouts:
            _apply_layout(pages, layouts)
        to_ocr = [p for p in pages if p.method == "ocr"]
        if to_ocr:
            _ocr_pdf_pages(pdf, name, to_ocr, settings)
        plumber_numbers = [p.number for p in pages if p.method == "pdf-text"]
        if plumber_numbers and settings.pdf_text_engine == "pdfplumber":
            _apply_pdfplumber(content, name, pages, plumber_numbers)
        warnings_out = [f"page {p.number}: {p.note}" for p in pages if p.status != "ok" and p.method == "none"]
        if encodings:
            warnings_out.append(f"legacy font encoding {', '.join(sorted(encodings))} converted to Unicode")
        return RawDocument(name=name, media_type="pdf", pages=pages, warnings=warnings_out,
                           encoding=",".join(sorted(encodings)) or None)
    finally:
        pdf.close()


def _read_pdf_page(page, number: int, settings: Settings, encodings: set[str],
                   layouts: dict[int, PageLayout]) -> Page:
    """The page from its text layer, or a ``method="ocr"`` placeholder (empty text, the
    judgement in ``note``) that ``_ocr_pdf_pages`` fills."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        rotated = page.get_rotation() % 360 != 0
        # Word boxes from the text layer only for unrotated pages: rotated ones would need
        # the page matrix, and OCR pages carry boxes anyway.
        crop = page.get_cropbox()
        text, words, first_chars = _pdfium_text_and_words(textpage, crop)
        if rotated:
            words = []
        layout = None
        if settings.pdf_layout and words:
            layout = analyse_page(words, first_chars, _rulings(page, crop), width, _styler(textpage, crop))
    finally:
        textpage.close()
    fixed, legacy = fix_legacy_text(text)
    if legacy:
        encodings.add(legacy)
        if fixed != text:
            text, words, layout = fixed, [], None  # mapped text no longer lines up with the char boxes
    status, reason = judge_text(text)
    if status == "ok" and len(text.strip()) < THIN_TEXT_CHARS and _image_coverage(page, width, height) > FULL_PAGE_IMAGE:
        status, reason = "no_text", f"only {len(text.strip())} characters of text over a full-page image"
    if status == "ok":
        out = Page(number=number, text=text, method="pdf-text", status="ok", words=words,
                   width=width, height=height, note="legacy font " + legacy if legacy else "")
        if layout is not None:
            layouts[number] = layout
        return out
    if not settings.ocr:
        return Page(number=number, text="", method="none", status=status, width=width,
                    height=height, note=reason + "; OCR is off")
    return Page(number=number, text="", method="ocr", status=status, width=width, height=height, note=reason)


def _ocr_dpi(page: Page, settings: Settings) -> int:
    """``settings.dpi``, lowered for giant pages down to ``MIN_OCR_DPI``, else too_large."""
    def pixels(dpi: int) -> float:
        return (page.width * dpi / 72) * (page.height * dpi / 72)

    dpi = settings.dpi
    while pixels(dpi) > settings.max_image_pixels and dpi > MIN_OCR_DPI:
        dpi = max(MIN_OCR_DPI, int(dpi * 0.8))
    if pixels(dpi) > settings.max_image_pixels:
        raise PipelineError("too_large", f"page {page.number} is {page.width / 72:.0f}×{page.height / 72:.0f} "
                                         "inches: too large to OCR")
    return dpi


def _ocr_pdf_pages(pdf, name: str, pages: list[Page], settings: Settings) -> None:
    from .ocr import ocr_pages, render_pdf_page

    dpis = [_ocr_dpi(p, settings) for p in pages]

    def renderer(page: Page, dpi: int):
        def render():
            try:
                return render_pdf_page(pdf[page.number - 1], dpi)
            except Exception as exc:  # pdfium fails on damaged content streams and images
                raise PipelineError("corrupt", f"{name}: page {page.number} cannot be rendered ({exc})") from None
        return render

    jobs = [renderer(p, d) for p, d in zip(pages, dpis)]
    for page, dpi, result in zip(pages, dpis, ocr_pages(jobs, lang=settings.ocr_lang)):
        page.text, page.words, page.tables = result.text, result.words, result.tables
        page.status = "ok" if result.text.strip() else "no_text"
        extra = [f"{dpi} dpi"] if dpi != settings.dpi else []
        page.note = "; ".join(x for x in [page.note, *result.steps, *extra] if x)
        page_done()
    continue_scanned_tables(pages)


def _apply_pdfplumber(content: bytes, name: str, pages: list[Page], numbers: list[int]) -> None:
    try:
        read = _pdfplumber_pages(content, numbers)
    except Exception as exc:  # pdfminer raises many kinds on damaged streams
        raise PipelineError("corrupt", f"{name}: pdfplumber cannot read the PDF ({type(exc).__name__}: {exc})") from None
    for page in pages:
        if page.number in read:
            text, words = read[page.number]
            fixed, legacy = fix_legacy_text(text)
            page.text, page.words = (fixed, []) if fixed != text else (text, words)


# ----------------------------------------------------------------------------------- images


def read_image(content: bytes, name: str, settings: Settings) -> RawDocument:
    """PNG / JPEG / TIFF (every frame a page) / BMP → OCR'd pages."""
    from PIL import Image, UnidentifiedImageError

    from .ocr import ocr_pages

    if not settings.ocr:
        raise PipelineError("no_text", f"{name}: an image needs OCR, which is turned off")
    with warnings.catch_warnings():
        # Pillow warns between its limit and twice it; our own limit decides instead.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(content))
        except Image.DecompressionBombError as exc:
            raise PipelineError("unsafe", f"{name}: refused as a decompression bomb ({exc})") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise PipelineError("corrupt", f"{name}: the image cannot be opened ({exc})") from None
        frames = getattr(image, "n_frames", 1)
        if frames > settings.max_pages:
            raise PipelineError("too_large", f"{name}: {frames} frames is over the {settings.max_pages}-page limit")
        sizes: list[tuple[float, float]] = []

        def frame_job(index: int):
            def load():
                frame, dpi = _load_frame(image, name, index, settings)
                sizes.append((frame.width * 72 / dpi, frame.height * 72 / dpi))
                return frame, dpi
            return load

        results = []
        for result in ocr_pages([frame_job(i) for i in range(frames)], lang=settings.ocr_lang):
            results.append(result)
            page_done()
    pages = [Page(number=i + 1, text=r.text, method="ocr", status="ok" if r.text.strip() else "no_text",
                  words=r.words, width=w, height=h, note="; ".join(["image", *r.steps]), tables=r.tables)
             for i, (r, (w, h)) in enumerate(zip(results, sizes))]
    continue_scanned_tables(pages)
    return RawDocument(name=name, media_type="image", pages=pages)


def _load_frame(image, name: str, index: int, settings: Settings):
    """Frame ``index`` decoded as greyscale, with the dpi OCR should be told."""
    from PIL import Image

    from .ocr import ocr_gray

    try:
        image.seek(index)
        _check_pixels(image, name, index + 1, settings)
        frame = ocr_gray(image)  # decodes the frame; greyscale, coloured ink dropped
    except PipelineError:
        raise
    except Image.DecompressionBombError as exc:
        raise PipelineError("unsafe", f"{name}: refused as a decompression bomb ({exc})") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PipelineError("corrupt", f"{name}: image frame {index + 1} cannot be decoded ({exc})") from None
    dpi = _image_dpi(image)
    if dpi < settings.dpi * 0.75:
        # Low-resolution scans read better upsampled to the OCR dpi (as the PDF path does
        # when pdfium renders a 150-ppi scan at 300 dpi).
        factor = settings.dpi / dpi
        if frame.width * frame.height * factor * factor <= settings.max_image_pixels:
            frame = frame.resize((round(frame.width * factor), round(frame.height * factor)), Image.LANCZOS)
            dpi = settings.dpi
    return frame, dpi


def _check_pixels(image, name: str, number: int, settings: Settings) -> None:
    width, height = image.size
    if width * height > settings.max_image_pixels:
        raise PipelineError("unsafe", f"{name}: image page {number} is {width}×{height} pixels, over the "
                                      f"{settings.max_image_pixels / 1e6:.0f} Mpx limit (decompression bomb guard)")
    if max(width, height) > 65_000:
        raise PipelineError("too_large", f"{name}: image page {number} is {width}×{height} pixels")


def _image_dpi(image) -> float:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    # Missing or absurd (72 from screenshots' defaults is taken as unknown too).
    return value if 100 <= value <= 1200 else DEFAULT_IMAGE_DPI
