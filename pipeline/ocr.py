"""Stage 1b — page images → text with word boxes and confidences (Tesseract, ``vie``).

Page by page: choose the preprocessing the page needs (by measuring it), run Tesseract through
pytesseract's ``image_to_data`` and rebuild the page text from Tesseract's own block /
paragraph / line structure, keeping every word's box and confidence.  The figures behind
each choice below, and the commands that measure them, are in docs/ocr.md.

* Tesseract settings: one OpenMP thread (its threads fight each other and our workers;
  vnplan parallelizes over pages/documents instead); ``-l vie`` alone (``vie+eng`` strips
  diacritics); ``--psm 3``, since one uniform block (``--psm 6``) merges the two-column
  letterhead into single lines, and neither ``--psm 4``/``6`` nor the ``Vietnamese`` script
  model reads real pages better.
* Page preparation (``prepare_page``): no page is binarized (it erases the hook tone mark,
  ổ → ố); a median filter only on very noisy pages (``NOISY_PAGE``): elsewhere it
  changes nothing; deskew above ``DESKEW_MIN_DEGREES``, bicubic to keep thin strokes
  sharp, bilinear on noisy pages, where bicubic's overshoot sharpens the noise left; no
  cropping to the ink, which moves Tesseract's global threshold.  OpenCV does the pixel
  work, far faster than Pillow.
* Coloured ink (``without_colour_ink``): seals, stamps, signatures and hand-filled numbers
  are faded before OCR, so the print beneath them is read and they are not read as digits.
* Column order (``column_order``): the page pass merges the two columns of a letterhead and
  of the "Nơi nhận" / signature block line by line; they are read column by column.
* Weak and lost lines (``reread_weak_lines``): a clean line of capitals next to a signature
  column is garbled in the page pass and read right on its own; a bold subtitle above a
  "-----" rule is dropped by ``--psm 3`` and found as ink no word covers (``lost_lines``);
  a weak line that holds two columns (a last recipient beside the signer's name) is read
  again column by column.
* Ruled task tables (``read_table_cells``): the page pass reads the short lines of
  side-by-side cells, set at different heights, as one line across the columns; the cells
  of a ruled grid of three columns or more are read one by one, scaled up, in one run;
  on a grey scan whose cells Tesseract reads badly, by the second reader, line by line.
* Second reader (``read_with_second_reader``, optional ``ocr2`` extra): ``trueocr`` reads
  the pages Tesseract reads badly (grey, low-contrast or bent scans) better than Tesseract.
* Three-reader vote (``vote_words``): on the pages Tesseract reads well, either neural
  reader alone is worse than Tesseract, but where both agree against it they are mostly
  right (a tone stacked on a circumflex, a hook read as an acute).  A tone both page
  readers lose on the same word ("chuyên đôi" for "chuyển đổi") is read again from the word
  pair by asterocr where the dictionary says the pair could be a word with other tones
  (``tones_of_a_word_pair``); on the pages the second reader reads, asterocr reads each
  line in dispute whole and the three readers decide word by word
  (``outvoted_line_by_line``).
* Speed: a scanner page is decoded straight from its JPEG stream, other pages rasterized
  by pypdfium2; a thread prepares the next pages while Tesseract reads (``ocr_pages``);
  pages go to Tesseract as uncompressed BMP and with the fixed-pitch test off (all change
  its time, not its text); Tesseract runs as its library in the worker
  (``_tesseract_in_process``: the program's own code and TSV, without its start and model
  load each run), and a thread makes the page passes page by page while the weak lines,
  the vote and the cells of the page before are read; without the library, the program
  runs several pages to a run; ``pipeline/native/png_store.c``, loaded into Tesseract only
  (preloaded into the program, or before the library), spares the zlib compression of the
  line images Tesseract keeps in memory (same TSV byte for byte; without it OCR runs as
  before).
"""

from __future__ import annotations

import contextlib
import functools
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import regex
from PIL import Image

from .errors import PipelineError
from .models import Box, Word
from .ocr_repair import CODE_DIGIT_LOOKALIKES, spaced_archive_line
from .resources import png_store_library
from .tables import component_stats, data_table_cells, find_scanned_tables, read_scanned_tables

PSM = 3  # see the module docstring
DESKEW_MIN_DEGREES = 0.3
DESKEW_MAX_DEGREES = 5.0
NOISY_PAGE = 3.5  # noise_level above which a 3×3 median filter is applied
# Tesseract settings that only save time (same text, same boxes on the seeds' scans):
# the fixed-pitch test serves monospaced legacy-engine text.
TESSERACT_SPEED_PARAMS = "-c textord_disable_pitch_test=1"
BATCH_PAGES = 8  # pages per Tesseract run at most (see ocr_pages)
# A line read at a mean word confidence under this is read again on its own (see
# reread_weak_lines); at most this many lines a page, so a page of stamps or photos costs
# little more.
WEAK_LINE_CONF = 50.0
MAX_REREAD_LINES = 8
REREAD_BORDER = 25  # white pixels around a line read on its own: 10 is too few for Tesseract
# Lines of ink the page pass returned no word for are read on their own (see lost_lines), at
# most this many a page; a reading is kept at this mean word confidence or more.
MAX_LOST_LINES = 6
LOST_LINE_CONF = 70.0
# A page number (one to three digits, alone in the top or bottom margin, centred on the text
# body) is no line of three word heights, and the page pass drops it as a speck (five of the
# fourteen numbered real pages).  Its blob is searched apart (``_page_number_blob``): at most
# this many word heights wide, its centre within this share of the body's width of the
# body's centre; its reading is kept only as a number of at most ``PAGE_NUMBER_DIGITS``.
PAGE_NUMBER_WIDTH = 3.0
PAGE_NUMBER_CENTRE = 0.1
PAGE_NUMBER_DIGITS = 3
# The cells of a ruled data table are read one by one (see read_table_cells), scaled up this
# many times (a cell holding only "3" or "Quý II/2025" is read as "°" or "Quý 11/2025" at the
# scan's own resolution), on a white border: as a column of lines of any length (--psm 4:
# --psm 6, one uniform block, reads a centred, wrapped header "Cơ quan chủ / trì" on a heavy
# scan as "Cơ quan chủ +."), and a cell that gives no word so (a lone row number, which
# --psm 4 drops) as a block (--psm 6).
CELL_PSMS = (4, 6)
CELL_SCALE = 2
CELL_INK = 128  # grey level under which a pixel of a cell is ink (finds the cell's text)


@dataclass
class OcrPage:
    """What Tesseract read on one page image."""

    text: str
    words: list[Word]
    mean_conf: float | None
    steps: list[str] = field(default_factory=list)  # preprocessing applied, e.g. ["deskew 1.2°"]
    tables: list = field(default_factory=list)  # ruled tables read as rows (pipeline.tables.Table)


# ----------------------------------------------------------------------------- availability


@functools.lru_cache(maxsize=4)
def check_tesseract(lang: str = "vie") -> str:
    """Return the Tesseract version, or raise ``ocr_unavailable`` naming what is missing."""
    import pytesseract

    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise PipelineError("ocr_unavailable", "the tesseract program is not installed")
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # pytesseract wraps several subprocess failures
        raise PipelineError("ocr_unavailable", f"tesseract cannot run ({exc})") from None
    missing = [code for code in lang.split("+") if code not in languages]
    if missing:
        raise PipelineError("ocr_unavailable", f"Tesseract language data missing: {', '.join(missing)}")
    return version


@functools.lru_cache(maxsize=1)
def png_store_shim() -> str | None:
    """The path of the library that spares Tesseract the compression of its in-memory line
    PNGs (a large share of its time, same output: pipeline/native/png_store.c, compiled on first use
    into the user's cache folder), when it builds and loads; else None, and Tesseract runs as
    it is.  ``VNPLAN_PNG_STORE=0`` turns it off."""
    import pytesseract

    if os.environ.get("VNPLAN_PNG_STORE", "1") == "0":
        return None
    library = png_store_library()
    if library is None:
        return None
    env = {**os.environ, "LD_PRELOAD": _preload_list(str(library), os.environ.get("LD_PRELOAD"))}
    try:
        done = subprocess.run([pytesseract.pytesseract.tesseract_cmd, "--version"], env=env,
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or "preloaded" in done.stderr:  # ld.so: "cannot be preloaded"
        return None
    return str(library)


def _preload_list(shim: str, before: str | None) -> str:
    return f"{shim}:{before}" if before else shim


@contextlib.contextmanager
def _tesseract_environment():
    """The environment pytesseract hands to Tesseract: one OpenMP thread, and the PNG shim
    preloaded for the length of the call.  Only the OCR worker's main thread starts
    subprocesses while it is set (the page preparer thread starts none)."""
    # Tesseract's OpenMP threads fight each other and our workers: one thread per process
    # (much faster; docs/ocr.md).  pytesseract passes os.environ to the subprocess; a user's own
    # setting is kept.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    shim = png_store_shim()
    if shim is None:
        yield
        return
    before = os.environ.get("LD_PRELOAD")
    os.environ["LD_PRELOAD"] = _preload_list(shim, before)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("LD_PRELOAD", None)
        else:
            os.environ["LD_PRELOAD"] = before


# ---------------------------------------------------------------------------- preprocessing


def _gray(image: Image.Image) -> Image.Image:
    """Greyscale without a copy when it already is (a page copy is not free); a colour
    page with its coloured ink dropped (``without_colour_ink``)."""
    if image.mode == "L":
        return image
    if image.mode in ("RGB", "RGBA", "CMYK", "YCbCr", "P"):
        return without_colour_ink(image)
    return image.convert("L")


def ocr_gray(image: Image.Image) -> Image.Image:
    """A page image decoded now (a damaged one fails here) into a new greyscale image, as
    OCR reads it: coloured ink dropped."""
    if image.mode in ("RGB", "RGBA", "CMYK", "YCbCr", "P"):
        return without_colour_ink(image)
    return image.convert("L")


# Chroma (max − min of R, G, B) up to which a pixel is grey: JPEG noise and the colour
# fringes of black print stay under it.
INK_CHROMA = 20
COLOUR_INK_LIGHTEN = 3  # grey levels a pixel is lightened by, per level of chroma above it
PRINT_GRAY = 100  # pixels darker than this are print (even over a seal), never a stroke's rim
# Coloured ink is faded only while it is at most this share of the page's ink: seals,
# stamps and signatures are a small share on the real scans, while on a page whose colour
# channels slipped the colour is the print (shares in docs/ocr.md).
COLOUR_INK_MAX_SHARE = 0.2


def without_colour_ink(image: Image.Image) -> Image.Image:
    """The page in grey with red and blue ink faded to paper: a pixel is lightened by
    ``COLOUR_INK_LIGHTEN`` × its chroma over ``INK_CHROMA``.  Seals and incoming-mail stamps
    (red), signatures and hand-filled numbers (blue) lie over the print — the signer's name
    under a seal, the addressee line under an "ĐẾN" stamp — and Tesseract reads them as
    garbage lines or loses the print beneath; black print (chroma under 20, even in a
    JPEG) and black print over red (dark, little chroma) keep their grey level.  A page
    whose ink is mostly coloured keeps its plain grey (``COLOUR_INK_MAX_SHARE``)."""
    rgb = np.asarray(image.convert("RGB"))
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    chroma = cv2.subtract(cv2.max(cv2.max(red, green), blue), cv2.min(cv2.min(red, green), blue))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    ink = gray[::4, ::4] < 200
    coloured = int(np.count_nonzero(ink & (chroma[::4, ::4] > 50)))
    if coloured > COLOUR_INK_MAX_SHARE * max(1, int(np.count_nonzero(ink))):
        # Colour is the print itself (a page printed in blue, a scan whose colour channels
        # slipped as the sheet moved): fading it would erase the text.
        return Image.fromarray(gray)
    # A stroke's rim has less chroma than its core (JPEG keeps colour at half resolution) and
    # stays as a grey outline of the seal: pixels lighter than print take the chroma of
    # their neighbourhood.
    rim = cv2.dilate(chroma, np.ones((5, 5), np.uint8))
    chroma = np.where(gray > PRINT_GRAY, cv2.max(chroma, rim), chroma)
    excess = cv2.subtract(chroma, INK_CHROMA)  # uint8 arithmetic saturates at 0 and 255
    return Image.fromarray(cv2.add(gray, cv2.multiply(excess, COLOUR_INK_LIGHTEN)))


def _dark_mask(gray: np.ndarray) -> np.ndarray:
    """Ink pixels, by Otsu's threshold (used for measuring only, never fed to Tesseract)."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    if np.count_nonzero(hist) < 2:  # a uniform page has no ink
        return np.zeros(gray.shape, dtype=bool)
    total = hist.sum()
    levels = np.arange(256)
    weight_bg = np.cumsum(hist)
    mean_cum = np.cumsum(hist * levels)
    weight_fg = total - weight_bg
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_cum[-1] * weight_bg / total - mean_cum) ** 2 / (weight_bg * weight_fg)
    threshold = int(np.nanargmax(between[:-1]))
    return gray <= threshold


def estimate_skew(image: Image.Image | np.ndarray) -> float:
    """Skew angle in degrees (counter-clockwise positive, as ``Image.rotate`` takes it) by
    the projection-profile method: the angle whose row ink profile is the most peaked.

    Small rotations are taken as shears (row = y - x·tan a) on the ink pixels of an
    800-px-wide copy: the candidate angles cost far less than real rotations (docs/ocr.md).
    """
    small = np.asarray(_gray(image)) if isinstance(image, Image.Image) else image
    factor = small.shape[1] // 800
    if factor > 1:  # box average by an integer factor
        small = cv2.resize(small, (small.shape[1] // factor, small.shape[0] // factor),
                           interpolation=cv2.INTER_AREA)
    ys, xs = np.nonzero(_dark_mask(small))
    if len(ys) < 200:  # blank page: nothing to measure
        return 0.0
    if len(ys) > 200_000:  # dark pages (photos, black borders): a sample measures as well
        keep = np.random.default_rng(0).choice(len(ys), 200_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    xs = xs - small.shape[1] / 2
    offset = int(np.ceil(abs(xs).max() * np.tan(np.deg2rad(DESKEW_MAX_DEGREES + 1)))) + 1

    def score(angle: float) -> float:
        rows = np.rint(ys - xs * np.tan(np.deg2rad(angle))).astype(np.int64) + offset
        profile = np.bincount(rows).astype(np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    coarse = np.arange(-DESKEW_MAX_DEGREES, DESKEW_MAX_DEGREES + 1e-9, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    return round(float(max(fine, key=score)), 2)


def noise_level(image: Image.Image | np.ndarray) -> float:
    """Grey-level noise of the paper: standard deviation of (page − 3×3 median) over the
    brighter half of a central crop, where there is no ink.  Heavy (photocopy) scans sit
    well above mild and real ones (their ranges in docs/ocr.md)."""
    gray = np.asarray(_gray(image)) if isinstance(image, Image.Image) else image
    h, w = gray.shape
    crop = np.ascontiguousarray(gray[max(0, h // 2 - 400):h // 2 + 400, max(0, w // 2 - 300):w // 2 + 300])
    if crop.size == 0:
        return 0.0
    median = cv2.medianBlur(crop, 3)
    paper = median > np.percentile(median, 50)
    if not paper.any():
        return 0.0
    return float((crop.astype(np.int16) - median)[paper].std())


@dataclass
class PreparedPage:
    image: Image.Image  # what Tesseract reads
    angle: float = 0.0  # rotation applied (degrees, counter-clockwise), about the page centre
    steps: list[str] = field(default_factory=list)


def prepare_page(image: Image.Image, *, deskew: bool = True, denoise: bool = True) -> PreparedPage:
    """The page as Tesseract should see it: greyscale; median-filtered only when very noisy;
    deskewed when skewed.  Not cropped to its ink: that saves a little of Tesseract's time
    but moves its global threshold, and real scans read worse (TỈNH PHÚ THỌ → TINH THỤ THỌ).
    OpenCV does the pixel work, far faster than Pillow (figures in docs/ocr.md)."""
    gray = _gray(image)
    steps: list[str] = []
    angle = 0.0
    pixels = np.asarray(gray)  # a read-only view: OpenCV writes new arrays
    noisy = False
    if denoise:
        noise = noise_level(pixels)
        if noise > NOISY_PAGE:
            noisy = True
            pixels = cv2.medianBlur(pixels, 3)
            steps.append(f"median3 (noise {noise:.1f})")
    if deskew:
        estimate = estimate_skew(pixels)
        if DESKEW_MIN_DEGREES < abs(estimate) < DESKEW_MAX_DEGREES:
            angle = estimate
            h, w = pixels.shape
            # counter-clockwise about the page centre, as Image.rotate turns (and
            # _unrotate_box undoes); the corners it uncovers are paper-white.  Bicubic keeps
            # thin strokes (tone marks) sharp; on a noisy page its overshoot sharpens the
            # noise too, and bilinear reads better (see the module docstring).
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            pixels = cv2.warpAffine(pixels, matrix, (w, h), flags=cv2.INTER_LINEAR if noisy else cv2.INTER_CUBIC,
                                    borderMode=cv2.BORDER_CONSTANT, borderValue=255)
            steps.append(f"deskew {angle:+.1f}°")
    if steps:
        gray = Image.fromarray(pixels)
    return PreparedPage(gray, angle, steps)


# ---------------------------------------------------------------------------------- Tesseract


def _tesseract_tsv(paths: list[str], lang: str, dpi: float, psm: int, timeout: float) -> list[dict[str, list]]:
    """One Tesseract run over page images on disk; the TSV rows of each page, in order.

    Several pages go to one run as a list file (Tesseract's own multi-image input): the
    process start and model load are paid once, not per page.  Without a timeout the run is
    made by the Tesseract library loaded in this process (``_tesseract_in_process``: the same
    program and TSV, no process start or model load at all); with one, or when the library
    cannot be used, by the ``tesseract`` program, which a timeout can stop."""
    import pytesseract

    config = f"--psm {psm} --dpi {round(dpi)} {TESSERACT_SPEED_PARAMS}"
    source = paths[0]
    if len(paths) > 1:
        source = os.path.join(os.path.dirname(paths[0]), "pages.txt")
        with open(source, "w", encoding="utf-8") as fh:
            fh.write("\n".join(paths) + "\n")
    if not timeout:
        tsv = _tesseract_in_process(source, lang, round(dpi), psm)
        if tsv is not None:
            return _split_pages(pytesseract.pytesseract.file_to_dict(tsv, "\t", -1), len(paths))
    try:
        # one program at a time: _tesseract_environment sets LD_PRELOAD for the call, and the
        # page-pass thread of ocr_pages may fall back on the program too
        with _PROGRAM_LOCK, _tesseract_environment():
            data = pytesseract.image_to_data(source, lang=lang, config=config, timeout=timeout * len(paths),
                                             output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise PipelineError("ocr_unavailable", "the tesseract program is not installed") from None
    except pytesseract.TesseractError as exc:  # (a RuntimeError too: before the timeout's clause)
        if "Failed loading language" in str(exc) or "traineddata" in str(exc):
            raise PipelineError("ocr_unavailable", f"Tesseract language data missing for {lang!r}") from None
        raise
    except RuntimeError as exc:  # pytesseract's timeout
        raise PipelineError("timeout", f"Tesseract took over {timeout:.0f} s a page on {len(paths)} "
                                       f"page(s) ({exc})") from None
    return _split_pages(data, len(paths))


# ------------------------------------------------------------------ Tesseract in this process


@functools.lru_cache(maxsize=1)
def _tesseract_library():
    """libtesseract loaded into this process through its C API (ctypes), or None: when
    ``VNPLAN_TESSERACT_API=0``, when it does not load, or when its version is not the
    ``tesseract`` program's (then the program runs, as before).

    The program itself is a thin shell around this library (``TessBaseAPI::ProcessPages``
    with a TSV renderer), so the library writes the same TSV byte for byte (tests/test_ocr.py
    checks it); what it spares is the program's start and model load, ~0.08 s of CPU a run
    (a page pass, the weak lines' two runs, a table's cells).  Its settings are the
    program's: one OpenMP thread (set before the library and its libgomp load; a user's own
    setting is kept) and the PNG store shim (``png_store_shim``), loaded before it so that
    Leptonica's calls reach the shim."""
    import ctypes
    import ctypes.util

    if os.environ.get("VNPLAN_TESSERACT_API", "1") == "0":
        return None
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    shim = png_store_shim()
    try:
        if shim is not None:
            ctypes.CDLL(shim, mode=ctypes.RTLD_GLOBAL)
        try:
            lib = ctypes.CDLL("libtesseract.so.5")
        except OSError:
            name = ctypes.util.find_library("tesseract")
            if name is None:
                return None
            lib = ctypes.CDLL(name)
        handle, text, flag = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        for function, restype, argtypes in (
                ("TessVersion", text, []),
                ("TessBaseAPICreate", handle, []),
                ("TessBaseAPIDelete", None, [handle]),
                ("TessBaseAPIInit3", flag, [handle, text, text]),
                ("TessBaseAPISetVariable", ctypes.c_bool, [handle, text, text]),
                ("TessBaseAPISetPageSegMode", None, [handle, flag]),
                ("TessBaseAPIProcessPages", ctypes.c_bool, [handle, text, text, flag, handle]),
                ("TessTsvRendererCreate", handle, [text]),
                ("TessDeleteResultRenderer", None, [handle])):
            getattr(lib, function).restype = restype
            getattr(lib, function).argtypes = argtypes
        version = lib.TessVersion().decode()
    except (OSError, AttributeError, UnicodeDecodeError):
        return None
    lib.vnplan_walk = _tsv_walk_functions(lib)
    try:
        if version != check_tesseract():
            return None  # another build than the program's: the program reads
    except PipelineError:
        return None
    return lib


_PROGRAM_LOCK = threading.Lock()  # see _tesseract_tsv

# Engines idle, by (process id, lang): a thread takes one (or makes one) for a run and gives
# it back; two threads (the page pass and the re-reads of ``ocr_pages``) make two.  None: the
# language does not load.
_TESSERACT_ENGINES: dict[tuple[int, str], list[int] | None] = {}
_TESSERACT_LOCK = threading.Lock()


def _tesseract_in_process(source: str, lang: str, dpi: int, psm: int) -> str | None:
    """The TSV ``tesseract SOURCE out -l LANG --psm PSM --dpi DPI -c …speed params… tsv``
    writes, made by the library in this process (``_tesseract_library``), or None when it
    cannot (no library, the language does not load, the run fails): the caller then runs
    the program, which says what went wrong.  An engine is made once a process, language
    and thread running at the same time, its model loaded once; its variables are set
    again on each run (the psm and dpi change)."""
    lib = _tesseract_library()
    if lib is None:
        return None
    key = (os.getpid(), lang)  # a forked worker makes its own
    with _TESSERACT_LOCK:
        idle = _TESSERACT_ENGINES.setdefault(key, [])
        if idle is None:
            return None
        api = idle.pop() if idle else None
    if api is None:
        api = lib.TessBaseAPICreate()
        if not api or lib.TessBaseAPIInit3(api, None, lang.encode()) != 0:
            if api:
                lib.TessBaseAPIDelete(api)
            with _TESSERACT_LOCK:
                _TESSERACT_ENGINES[key] = None
            return None
        # its debug output ("Detected 157 diacritics") went to the program's stderr, which
        # nobody read
        lib.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())
        _at_exit_delete(lib)
    try:
        settings = [("user_defined_dpi", str(dpi))]
        settings += [tuple(pair.split("=", 1)) for pair in TESSERACT_SPEED_PARAMS.replace("-c ", "").split()]
        for name, value in settings:
            lib.TessBaseAPISetVariable(api, name.encode(), value.encode())
        lib.TessBaseAPISetPageSegMode(api, psm)
        if lib.vnplan_walk is not None and source.lower().endswith((".bmp", ".png")):
            # one image: its TSV walked here, as the renderer writes it (_tsv_of_the_page)
            if not lib.TessBaseAPIProcessPages(api, source.encode(), None, 0, None):
                return None
            with Image.open(source) as image:
                size = image.size
            return _tsv_of_the_page(lib, api, size)
        with tempfile.TemporaryDirectory(prefix="vnplan_tsv_") as workdir:
            base = os.path.join(workdir, "out")
            renderer = lib.TessTsvRendererCreate(base.encode())
            if not renderer:
                return None
            try:
                done = lib.TessBaseAPIProcessPages(api, source.encode(), None, 0, renderer)
            finally:
                lib.TessDeleteResultRenderer(renderer)  # closes the file
            if not done:
                return None
            with open(base + ".tsv", "rb") as fh:
                return fh.read().decode("utf-8")
    finally:
        with _TESSERACT_LOCK:
            if _TESSERACT_ENGINES.get(key) is not None:
                _TESSERACT_ENGINES[key].append(api)


# The TSV's header, as Tesseract's TSV renderer writes it before the first page.
_TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv_walk_functions(lib):
    """The library's functions ``_tsv_of_the_page`` calls (argument types set), or None when
    one is missing (another build): the TSV renderer then writes the TSV, as before.

    Two are C++ methods of ``PageIterator`` called by their exported names, on the result
    iterator (a ``PageIterator`` at the same address, single inheritance): ``Empty`` has no
    C function, and ``PageIterator::IsAtBeginningOf`` tells a new block, paragraph or line
    from the iterator's previous position, where ``ResultIterator``'s own (the renderer's,
    for right-to-left reading order) walks the page from its first word to the current
    line each time it is asked."""
    import ctypes

    handle, flag, out = ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int)
    try:
        for function, restype, argtypes in (
                ("TessBaseAPIGetIterator", handle, [handle]),
                ("TessResultIteratorDelete", None, [handle]),
                ("TessResultIteratorNext", ctypes.c_bool, [handle, flag]),
                ("TessResultIteratorConfidence", ctypes.c_float, [handle, flag]),
                ("TessResultIteratorGetUTF8Text", ctypes.c_void_p, [handle, flag]),
                ("TessDeleteText", None, [ctypes.c_void_p]),
                ("TessPageIteratorBoundingBox", ctypes.c_bool, [handle, flag, out, out, out, out])):
            getattr(lib, function).restype = restype
            getattr(lib, function).argtypes = argtypes
        at_beginning = lib._ZNK9tesseract12PageIterator15IsAtBeginningOfENS_17PageIteratorLevelE
        empty = lib._ZNK9tesseract12PageIterator5EmptyENS_17PageIteratorLevelE
    except AttributeError:
        return None
    for method in (at_beginning, empty):
        method.restype, method.argtypes = ctypes.c_bool, [handle, flag]
    return at_beginning, empty


def _tsv_of_the_page(lib, api, size: tuple[int, int]) -> str:
    """The TSV Tesseract's renderer writes for the one page ``api`` has just read (its header,
    the page row, then blocks, paragraphs, lines and words), byte for byte, walked here.

    The renderer (``TessBaseAPI::GetTSVText``) asks its result iterator, word by word, whether
    a block, paragraph or line begins or ends there, and for each symbol; the result iterator
    answers each question by walking the page again from its first word to the current
    line (``PAGE_RES_IT::restart_row``, for right-to-left reading order), which made the
    TSV ~5 % of a page pass (0.075 s of a 1.4 s page; this walk 0.018 s).  For left-to-right
    text (Vietnamese) the two orders are one, and so is the TSV (tests/test_ocr.py checks it
    against the program's)."""
    import ctypes

    at_beginning, empty = lib.vnplan_walk
    block_level, para_level, line_level, word_level = 0, 1, 2, 3  # tesseract::PageIteratorLevel
    out = [_TSV_HEADER, f"1\t1\t0\t0\t0\t0\t0\t0\t{size[0]}\t{size[1]}\t-1\t\n"]
    left, top, right, bottom = (ctypes.c_int() for _ in range(4))
    corners = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))
    bounding_box, next_word = lib.TessPageIteratorBoundingBox, lib.TessResultIteratorNext

    def box(level: int) -> str:
        bounding_box(it, level, *corners)
        return f"{left.value}\t{top.value}\t{right.value - left.value}\t{bottom.value - top.value}"

    it = lib.TessBaseAPIGetIterator(api)
    if not it:
        return "".join(out)
    block = par = line = word = 0
    try:
        while not empty(it, block_level):
            if empty(it, word_level):  # an image block: no word, no row
                next_word(it, word_level)
                continue
            if at_beginning(it, block_level):
                block, par, line, word = block + 1, 0, 0, 0
                out.append(f"2\t1\t{block}\t0\t0\t0\t{box(block_level)}\t-1\t\n")
            if at_beginning(it, para_level):
                par, line, word = par + 1, 0, 0
                out.append(f"3\t1\t{block}\t{par}\t0\t0\t{box(para_level)}\t-1\t\n")
            if at_beginning(it, line_level):
                line, word = line + 1, 0
                out.append(f"4\t1\t{block}\t{par}\t{line}\t0\t{box(line_level)}\t-1\t\n")
            word += 1
            pointer = lib.TessResultIteratorGetUTF8Text(it, word_level)
            text = ctypes.string_at(pointer).decode("utf-8") if pointer else ""
            if pointer:
                lib.TessDeleteText(pointer)
            # the confidence as C++'s std::to_string(float) writes it ("%f")
            out.append(f"5\t1\t{block}\t{par}\t{line}\t{word}\t{box(word_level)}"
                       f"\t{lib.TessResultIteratorConfidence(it, word_level):f}\t{text}\n")
            next_word(it, word_level)
    finally:
        lib.TessResultIteratorDelete(it)
    return "".join(out)


def _at_exit_delete(lib) -> None:
    """Free this process's idle engines when it exits (an engine still in a daemon thread's
    hands is left alone)."""
    import atexit

    global _ENGINES_FREED_AT_EXIT
    if _ENGINES_FREED_AT_EXIT == os.getpid():
        return
    _ENGINES_FREED_AT_EXIT = pid = os.getpid()

    def delete() -> None:
        if os.getpid() != pid:
            return  # a forked child's copies are not its own to free
        with _TESSERACT_LOCK:
            for (owner, _lang), idle in _TESSERACT_ENGINES.items():
                while owner == pid and idle:
                    lib.TessBaseAPIDelete(idle.pop())

    atexit.register(delete)


_ENGINES_FREED_AT_EXIT = 0  # the process id that registered the hook


def reread_weak_lines(pages: list[tuple[str, dict[str, list], list[str]]], lang: str, dpi: float,
                      timeout: float) -> None:
    """Read again, each on its own, the lines Tesseract read badly in its page pass and the
    lines of ink it returned no word for; keep the better reading.

    Tesseract sometimes garbles a clean line in the page pass (an all-capitals line next to
    a signature column: "- TT. TH-CB, TT. PVHCC;" read as "S II THCH I1, PVC:" at
    confidence 0) that it reads right as a single line (``--psm 7`` or ``13``) on a white
    border.  It also drops whole lines: a bold subtitle above a "-----" rule, a signer's name
    under a seal (``lost_lines``).  A lost line is kept when read at a mean confidence of
    ``LOST_LINE_CONF`` or more (a signature or a scribble is not).
    ``pages`` holds each page's image on disk, its TSV columns (changed in place) and its
    steps (a note is added).  All lines of the pages go to one Tesseract run per mode.
    The re-read only ever improves a page: if it fails, the page pass stands."""
    jobs = []  # (page index, line key or None for a lost line, rows of the line, crop origin)
    crops: list[str] = []
    for index, (path, data, _steps) in enumerate(pages):
        # a scrap where a page number stands is searched as a lost line (its box may hold
        # part of the digit only), not read again as a weak line
        scraps = _page_number_scraps(data)
        weak = [(key, rows) for key, rows in _weak_lines(data) if not set(rows) <= set(scraps)]
        in_weak = {r for _key, rows in weak for r in rows}  # read again whole: not searched
        merged = [r for r in _two_lines_as_one_word(data) + scraps if r not in in_weak]
        with Image.open(path) as page_image:
            boxes = [(key, rows, _box_of(data, rows)) for key, rows in weak]
            # a lost line keeps the rows of the garbled two-line words it lies in (dropped
            # when it is read)
            boxes += [(None, [r for r in merged if _overlap(box, _box_of(data, [r])) > 0], box)
                      for box in lost_lines(np.asarray(page_image.convert("L")), data, merged)]
            for key, rows, (x0, y0, x1, y1) in boxes:
                box = (max(0, x0 - 4), max(0, y0 - 4), min(page_image.width, x1 + 4), min(page_image.height, y1 + 4))
                line = page_image.crop(box)
                canvas = Image.new("L", (line.width + 2 * REREAD_BORDER, line.height + 2 * REREAD_BORDER), 255)
                canvas.paste(line.convert("L"), (REREAD_BORDER, REREAD_BORDER))
                crop_path = f"{path}.line{len(crops):03d}.bmp"
                _save_for_tesseract(canvas, crop_path)
                crops.append(crop_path)
                jobs.append((index, key, rows, (box[0] - REREAD_BORDER, box[1] - REREAD_BORDER)))
    if not crops:
        return
    try:
        # --psm 7 (one text line) reads most lines right; a line of capitals can still fool
        # its x-height estimate, which --psm 13 (raw line) skips, though it drops a small
        # leading dash.  Both run; the reading with the higher mean confidence wins.
        by_mode = [_tesseract_tsv(crops, lang, dpi, mode, timeout) for mode in (7, 13)]
    except Exception as exc:  # a timeout or a Tesseract failure on a crop loses nothing
        for index in sorted({job[0] for job in jobs}):
            pages[index][2].append(f"lines not re-read ({exc})")
        return
    finally:
        for crop_path in crops:
            os.unlink(crop_path)
    better: dict[int, dict] = {}
    found: dict[int, list] = {}
    for (index, key, rows, origin), readings in zip(jobs, zip(*by_mode)):
        data = pages[index][1]
        scored = [(_mean_conf(reading, _word_rows(reading)), reading) for reading in readings]
        conf, reading = max(scored, key=lambda item: item[0] if item[0] is not None else -1.0)
        if conf is None:
            continue
        if key is None:
            if conf >= LOST_LINE_CONF and (any(sum(c.isalnum() for c in str(reading["text"][w])) >= 2
                                               for w in _word_rows(reading)) or _a_page_number(reading)):
                found.setdefault(index, []).append((reading, origin))
                for r in rows:  # the garbled word this line was read out of
                    data["text"][r] = ""
        elif conf > _mean_conf(data, rows) + 10:
            better.setdefault(index, {})[key] = (rows, reading, origin)
    for index, lines in better.items():
        _path, data, steps = pages[index]
        _replace_lines(data, lines)
        steps.append(f"reread {len(lines)} weak line{'s' if len(lines) > 1 else ''}")
    for index, readings in found.items():
        _path, data, steps = pages[index]
        for reading, origin in readings:
            _insert_line(data, reading, origin)
        steps.append(f"read {len(readings)} lost line{'s' if len(readings) > 1 else ''}")


# A word at least this many times the page's word height, read under this confidence, is two
# lines Tesseract's page pass took for one: a short centred line and the one under it
# ("VẬN" over "ĐẢNG CỘNG SẢN" read "ĐẢNG VNc SẢN"), or two items of a "Nơi nhận" list in
# small print ("- Thành phần tham dự họp;" over "- LĐVP;" read ": ng phần tham dự họp;").
TWO_LINES_HEIGHT = 1.7
TWO_LINES_CONF = 30.0


def _two_lines_as_one_word(data: dict[str, list]) -> list[int]:
    """The rows of words that are two lines read as one garbled word (``TWO_LINES_HEIGHT``):
    their ink is searched for lost lines as if no word covered it."""
    words = _word_rows(data)
    if not words:
        return []
    height = float(np.median([int(data["height"][r]) for r in words]))
    return [r for r in words if int(data["height"][r]) >= TWO_LINES_HEIGHT * height
            and float(data["conf"][r]) < TWO_LINES_CONF and any(c.isalnum() for c in str(data["text"][r]))]


def lost_lines(gray: np.ndarray, data: dict[str, list], uncovered: list[int] = ()) -> list[tuple[int, int, int, int]]:
    """Boxes of text lines on the page that no word of the page pass covers, largest first,
    at most ``MAX_LOST_LINES``: the ink (Otsu) outside the words' boxes, smeared along the
    line, in blobs of a text line's height and at least three heights long.  Rules, specks,
    borders and pictures do not have that shape.  The boxes of the ``uncovered`` rows (two
    lines read as one garbled word) cover nothing."""
    words = _word_rows(data)
    if not words or gray.size == 0:
        return []
    height = float(np.median([int(data["height"][r]) for r in words]))
    if height < 4:
        return []
    _threshold, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    pad = max(2, int(height * 0.3))
    skip = set(uncovered)
    for r in range(len(data["level"])):  # every box Tesseract found, words or not
        if int(data["level"][r]) != 5 or r in skip:
            continue
        x, y = int(data["left"][r]), int(data["top"][r])
        ink[max(0, y - pad):y + int(data["height"][r]) + pad, max(0, x - pad):x + int(data["width"][r]) + pad] = 0
    smear = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, max(3, int(height * 1.2))), np.uint8))
    count, stats = component_stats(smear)
    h_img, w_img = gray.shape
    found = []
    blobs = [tuple(int(v) for v in stat[:4]) for stat in stats[1:count]]
    if uncovered:  # two lines read as one word lie one on the other: cut where their ink thins
        blobs = [piece for blob in blobs for piece in _lines_of_a_blob(smear, blob, height)]
    for x, y, w, h in blobs:
        if not (0.6 * height <= h <= 2.2 * height and w >= 3 * height):
            continue
        if x <= 0 or y <= 0 or x + w >= w_img or y + h >= h_img:  # scanner borders
            continue
        density = int(ink[y:y + h, x:x + w].sum()) / float(w * h)
        if 0.08 <= density <= 0.6:
            found.append((int(w) * int(h), (int(x), int(y), int(x + w), int(y + h))))
    found.sort(reverse=True)
    number = _page_number_blob(blobs, data, [r for r in words if r not in skip], height, (h_img, w_img))
    return [box for _size, box in found[:MAX_LOST_LINES]] + ([number] if number else [])


def _page_number_scraps(data: dict[str, list]) -> list[int]:
    """The rows of a lone scrap the page pass read where a page number stands (Q01 p3: "3"
    read "bộ" at 25, its box the digit's upper half, then dropped by the vote as a seal's
    scrap): at most three characters under ``TWO_LINES_CONF``, its centre within
    ``PAGE_NUMBER_CENTRE`` of the body's width of the body's centre, above every other word
    or below them all.  Its ink is searched for a page number as if no word covered it."""
    words = _word_rows(data)
    weak = [r for r in words if float(data["conf"][r]) < TWO_LINES_CONF and len(str(data["text"][r])) <= 3]
    if not weak or len(words) < 2:
        return []
    centre, reach = _page_number_place(data, words)
    found = []
    for r in weak:
        others = [o for o in words if o != r]
        top, bottom = int(data["top"][r]), int(data["top"][r]) + int(data["height"][r])
        middle = int(data["left"][r]) + int(data["width"][r]) / 2
        if abs(middle - centre) <= reach and (bottom < min(int(data["top"][o]) for o in others)
                                               or top > max(int(data["top"][o]) + int(data["height"][o]) for o in others)):
            found.append(r)
    return found


def _page_number_blob(blobs: list[tuple[int, int, int, int]], data: dict[str, list], words: list[int],
                      height: float, shape: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The box of a page number no word covers, or None: a blob (x, y, w, h of the ink no
    word covers, smeared along the line) of a digit's height, at most ``PAGE_NUMBER_WIDTH``
    word heights wide, above the page's first word or below its last, its centre within
    ``PAGE_NUMBER_CENTRE`` of the body's width of the body's centre (where Decree 30 sets
    it, and no letterhead, signature or seal stands), the one blob in that place.  A
    lost-line search wants three word heights of ink; a lone "4" over the body is less."""
    tops = [int(data["top"][r]) for r in words]
    bottoms = [int(data["top"][r]) + int(data["height"][r]) for r in words]
    centre, reach = _page_number_place(data, words)
    h_img, w_img = shape
    # a digit's thin middle may part it in two (Q01 p3's "3": its halves two blobs): small
    # blobs one over the other, a few pixels apart, are one
    # (only the small blobs in that place: few)
    merged = [list(b) for b in blobs if b[2] <= PAGE_NUMBER_WIDTH * height and b[3] <= 1.6 * height
              and abs(b[0] + b[2] / 2 - centre) <= reach and (b[1] + b[3] < min(tops) or b[1] > max(bottoms))]
    joined = True
    while joined:
        joined = False
        for a, b in ((merged[i], merged[j]) for i in range(len(merged)) for j in range(i + 1, len(merged))):
            if (a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] <= b[1] + b[3] + 0.3 * height
                    and b[1] <= a[1] + a[3] + 0.3 * height):
                x0, y0 = min(a[0], b[0]), min(a[1], b[1])
                a[:] = [x0, y0, max(a[0] + a[2], b[0] + b[2]) - x0, max(a[1] + a[3], b[1] + b[3]) - y0]
                merged.remove(b)
                joined = True
                break
    found = []
    for x, y, w, h in merged:
        if not (0.6 * height <= h <= 1.6 * height and w <= PAGE_NUMBER_WIDTH * height):
            continue
        if x <= 0 or y <= 0 or x + w >= w_img or y + h >= h_img or abs(x + w / 2 - centre) > reach:
            continue
        if y + h < min(tops) or y > max(bottoms):
            found.append((x, y, x + w, y + h))
    return found[0] if len(found) == 1 else None


def _page_number_place(data: dict[str, list], words: list[int]) -> tuple[float, float]:
    """Where a page number stands across the page: the centre of the text body of ``words``
    (its 5th to 95th percentile of word edges), and how far from it (``PAGE_NUMBER_CENTRE``
    of the body's width)."""
    lefts = [int(data["left"][r]) for r in words]
    rights = [int(data["left"][r]) + int(data["width"][r]) for r in words]
    body_left, body_right = float(np.percentile(lefts, 5)), float(np.percentile(rights, 95))
    return (body_left + body_right) / 2, PAGE_NUMBER_CENTRE * (body_right - body_left)


def _a_page_number(reading: dict[str, list]) -> bool:
    """Whether a line read on its own is one number of at most ``PAGE_NUMBER_DIGITS`` digits
    (what a page-number blob may give: ``_page_number_blob``)."""
    texts = [str(reading["text"][w]) for w in _word_rows(reading)]
    return len(texts) == 1 and texts[0].isdigit() and len(texts[0]) <= PAGE_NUMBER_DIGITS


def _lines_of_a_blob(ink: np.ndarray, blob: tuple[int, int, int, int], height: float) -> list[tuple[int, int, int, int]]:
    """A blob of ink (x, y, w, h) taller than one and a half lines cut into lines at the row
    of least ink in its middle, each piece trimmed to its ink."""
    x, y, w, h = blob
    if h <= 1.5 * height:
        return [blob]
    rows = ink[y:y + h, x:x + w].sum(axis=1)
    lo, hi = int(h * 0.3), int(h * 0.7)
    cut = lo + int(np.argmin(rows[lo:hi]))
    pieces = []
    for top, bottom in ((0, cut), (cut + 1, h)):
        part = ink[y + top:y + bottom, x:x + w]
        ys, xs = np.flatnonzero(part.any(axis=1)), np.flatnonzero(part.any(axis=0))
        if len(ys) and len(xs):
            pieces += _lines_of_a_blob(ink, (x + int(xs[0]), y + top + int(ys[0]), int(xs[-1] - xs[0]) + 1,
                                             int(ys[-1] - ys[0]) + 1), height)
    return pieces


def _insert_line(data: dict[str, list], reading: dict[str, list], origin: tuple[int, int]) -> None:
    """Add a line read on its own to the page's TSV, as a block of its own placed before
    the first line that starts below it, its boxes moved to page coordinates."""
    dx, dy = origin
    rows = _word_rows(reading)
    top = min(int(reading["top"][w]) for w in rows) + dy
    block = max((int(b) for b in data["block_num"]), default=0) + 1
    place = next((r for r in _word_rows(data) if int(data["top"][r]) > top), len(data["level"]))
    new: dict[str, list] = {column: [] for column in data}
    for w in rows:
        for column in data:
            value = reading[column][w] if column in reading else 0
            if column == "left":
                value = int(value) + dx
            elif column == "top":
                value = int(value) + dy
            elif column == "block_num":
                value = block
            elif column in ("par_num", "line_num"):
                value = 1
            elif column == "page_num":
                value = data[column][0] if data[column] else 1
            new[column].append(value)
    for column in data:
        data[column][place:place] = new[column]


# ------------------------------------------------------------------------- table cells


def cut_table_cells(image: Image.Image, rulings: list, dpi: float) -> tuple[Image.Image, list]:
    """The page with the cells of its ruled data tables painted white (the page pass then
    has nothing to garble there, and costs less), and each cell's text as an image of its
    own: cropped to its ink, scaled up ``CELL_SCALE`` times, on a white border.  Returns
    ``(page image, [(cell image, (x, y))])`` where a pixel (u, v) of a cell image stands at
    (x + u / CELL_SCALE, y + v / CELL_SCALE) on the page image.  Empty cells give none."""
    boxes = data_table_cells(rulings) if rulings else []
    if not boxes:
        return image, []
    pixels = np.array(image)
    h_img, w_img = pixels.shape
    to_px = dpi / 72.0
    inset = max(2, round(0.012 * dpi))  # inside the rules and their painted fringe
    margin = max(2, round(0.02 * dpi))  # white kept around a cell's ink
    cells = []
    for x0, y0, x1, y1 in boxes:
        left, top = max(0, int(x0 * to_px) + inset), max(0, int(y0 * to_px) + inset)
        right, bottom = min(w_img, int(x1 * to_px) - inset), min(h_img, int(y1 * to_px) - inset)
        if right - left < 4 or bottom - top < 4:
            continue
        crop = pixels[top:bottom, left:right]
        ink_box = _cell_ink_box(crop, dpi)
        if ink_box is not None:
            cx0, cy0 = max(0, ink_box[0] - margin), max(0, ink_box[1] - margin)
            cx1, cy1 = min(crop.shape[1], ink_box[2] + margin), min(crop.shape[0], ink_box[3] + margin)
            piece = cv2.resize(crop[cy0:cy1, cx0:cx1], None, fx=CELL_SCALE, fy=CELL_SCALE,
                               interpolation=cv2.INTER_CUBIC)
            canvas = np.full((piece.shape[0] + 2 * REREAD_BORDER, piece.shape[1] + 2 * REREAD_BORDER), 255,
                             np.uint8)
            canvas[REREAD_BORDER:REREAD_BORDER + piece.shape[0], REREAD_BORDER:REREAD_BORDER + piece.shape[1]] = piece
            origin = (left + cx0 - REREAD_BORDER / CELL_SCALE, top + cy0 - REREAD_BORDER / CELL_SCALE)
            cells.append((Image.fromarray(canvas), origin))
        pixels[top:bottom, left:right] = 255
    return Image.fromarray(pixels), cells


# A faint stroke (grey level under CELL_FAINT, CELL_FAINT_BELOW_PAPER under the cell's paper)
# within CELL_FAINT_REACH inches of a cell's dark ink, and at least CELL_FAINT_AREA square
# inches, is part of its text.
CELL_FAINT = 200
CELL_FAINT_BELOW_PAPER = 30
CELL_FAINT_REACH = 0.1
CELL_FAINT_AREA = 0.02 ** 2


def _cell_ink_box(crop: np.ndarray, dpi: float) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) of a cell's text: its dark ink (under ``CELL_INK``) and the
    faint strokes near it.  On a grey, low-contrast scan a glyph's thin strokes are lighter
    than ``CELL_INK``: cropped to the dark ink alone, a row number "2" lost its foot and was
    read "7", "3" read "1", "7" lost its leg, the hook over "Ủ" its top (Q03 p5).  A faint
    blob is taken when it is no speck (``CELL_FAINT_AREA``), lies within
    ``CELL_FAINT_REACH`` of the dark ink and does not touch the crop's edge (a rule's
    fringe).  None when the cell holds no dark ink."""
    dark = crop < CELL_INK
    ys, xs = np.nonzero(dark)
    if not len(xs):
        return None
    x0, y0, x1, y1 = int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1
    paper = float(np.median(crop))
    faint = (crop < min(CELL_FAINT, paper - CELL_FAINT_BELOW_PAPER)).astype(np.uint8)
    count, stats = component_stats(faint)
    reach = CELL_FAINT_REACH * dpi
    min_area = CELL_FAINT_AREA * dpi * dpi
    h, w = crop.shape
    box = [x0, y0, x1, y1]
    for fx, fy, fw, fh, area in stats[1:count].tolist():
        if area < min_area or fx <= 0 or fy <= 0 or fx + fw >= w or fy + fh >= h:
            continue
        if fx > x1 + reach or fx + fw < x0 - reach or fy > y1 + reach or fy + fh < y0 - reach:
            continue
        box = [min(box[0], fx), min(box[1], fy), max(box[2], fx + fw), max(box[3], fy + fh)]
    return box[0], box[1], box[2], box[3]


def _save_cells(cells: list, page_path: str) -> list[tuple[str, tuple[float, float]]]:
    jobs = []
    for k, (image, origin) in enumerate(cells):
        path = f"{page_path}.cell{k:03d}.bmp"
        _save_for_tesseract(image, path)
        jobs.append((path, origin))
    return jobs


def read_table_cells(pages: list[tuple[dict[str, list], list[tuple[str, tuple[float, float]]], list[str]]],
                     lang: str, dpi: float, timeout: float) -> None:
    """Read the data-table cells cut from each page (``cut_table_cells``), all in one
    Tesseract run, and add their words to the page's TSV (changed in place): each cell a
    block of its own, its boxes in page pixels, placed before the first word below the
    cell's top.  The cells of a page Tesseract reads badly are read again by the second
    reader, line by line (``_cells_for_second_reader``).  The cell images on disk are removed.  A failure
    leaves the cells unread (noted in the page's steps)."""
    jobs = [(index, path, origin) for index, (_data, cells, _steps) in enumerate(pages) for path, origin in cells]
    if not jobs:
        return
    try:
        readings: list[dict[str, list] | None] = [None] * len(jobs)
        for psm in CELL_PSMS:
            unread = [k for k, reading in enumerate(readings) if reading is None or not _word_rows(reading)]
            if not unread:
                break
            for k, reading in zip(unread, _tesseract_tsv([jobs[k][1] for k in unread], lang, dpi * CELL_SCALE,
                                                         psm, timeout)):
                readings[k] = reading
        second = _cells_for_second_reader(jobs, readings)
        for k in second:
            with Image.open(jobs[k][1]) as cell:
                reading = read_cell_with_second_reader(np.asarray(cell.convert("L")), readings[k])
            if reading is not None:
                readings[k] = reading
    except Exception as exc:  # a timeout or a Tesseract failure: the page pass stands
        for index in sorted({job[0] for job in jobs}):
            pages[index][2].append(f"table cells not read ({exc})")
        return
    finally:
        for _index, path, _origin in jobs:
            with contextlib.suppress(OSError):
                os.unlink(path)
    cells_read_alike(jobs, readings)
    for (index, _path, (x, y)), reading in zip(jobs, readings):
        data = pages[index][0]
        rows = _word_rows(reading)
        if not rows:
            continue
        if not data.get("level"):  # the page pass read nothing at all
            data.update({column: [] for column in reading})
        block = max((int(b) for b in data.get("block_num", ())), default=0) + 1
        top = y + min(int(reading["top"][r]) for r in rows) / CELL_SCALE
        place = next((r for r in _word_rows(data) if int(data["top"][r]) > top), len(data.get("level", ())))
        new: dict[str, list] = {column: [] for column in data}
        for r in rows:
            for column in data:
                value = reading[column][r] if column in reading else 0
                if column == "left":
                    value = round(x + int(value) / CELL_SCALE)
                elif column == "top":
                    value = round(y + int(value) / CELL_SCALE)
                elif column in ("width", "height"):
                    value = max(1, round(int(value) / CELL_SCALE))
                elif column == "block_num":
                    value = block
                elif column == "page_num":
                    value = data[column][0] if data[column] else 1
                new[column].append(value)
        for column in data:
            data[column][place:place] = new[column]
    for index in sorted({job[0] for job in jobs}):
        count = sum(1 for job in jobs if job[0] == index)
        again = sum(1 for k in second if jobs[k][0] == index)
        by = "" if not again else " by trueocr" if again == count else f" ({again} by trueocr)"
        pages[index][2].append(f"read {count} table cell{'s' if count > 1 else ''} one by one{by}")


CELLS_ALIKE = 2  # words of the column read alike, for each one read as the word in doubt, to outvote it


def _marks_blind(text: str) -> str:
    """The text without its diacritics, "đ" a "d", case kept ("Hội đổng" → "Hoi dong")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def cells_read_alike(jobs: list, readings: list) -> int:
    """A word of a table column read as the letters of a word other cells of the column hold,
    with other marks, takes their marks when at least ``CELLS_ALIKE`` words of the column are
    read so for each one read as it is (itself included) and no third reading ties them: the
    tone or hat a reader slipped on in a row or two of a list that repeats its words
    ("Thành viên Hội đồng", "Phó giám đốc", "Công an tỉnh" row after row of a member list,
    read "Hội đổng", "giám đôc", "Công an tinh" in a row or two each of the grey scan's).
    Cells are of one column where their ink overlaps across.  Only marks change (the
    letters and case must be the same), and never where the word as read makes a
    two-syllable word of Viet74K with a neighbour in its cell and the column's makes none
    (``_tone_breaks_a_word``), nor to a word that is no syllable.  Returns how many words
    changed (``readings`` changed in place)."""
    cells = []
    for k, ((index, _path, (x, _y)), reading) in enumerate(zip(jobs, readings)):
        rows = _word_rows(reading) if reading is not None else []
        if not rows:
            continue
        left = x + min(int(reading["left"][r]) for r in rows) / CELL_SCALE
        right = x + max(int(reading["left"][r]) + int(reading["width"][r]) for r in rows) / CELL_SCALE
        cells.append((k, index, left, right, rows))
    changed = 0
    for k, index, left, right, rows in cells:
        reading = readings[k]
        words = [str(reading["text"][r]) for r in rows]
        column = [str(readings[j]["text"][r]) for j, i, lo, hi, others in cells
                  if j != k and i == index and min(right, hi) - max(left, lo) > 0.5 * min(right - left, hi - lo)
                  for r in others]
        if not column:
            continue
        spelled = Counter(letters for letters in (_letters_of(word) for word in column) if letters)
        for n, word in enumerate(words):
            letters = _letters_of(word)
            if not letters or not any(c.isalpha() for c in letters[1]):
                continue
            blind = _marks_blind(letters[1])
            alike = Counter({other[1]: count for other, count in spelled.items() if _marks_blind(other[1]) == blind})
            if not alike:
                continue
            best, count = alike.most_common(1)[0]
            if (best == letters[1] or count < CELLS_ALIKE * (alike[letters[1]] + 1)
                    or (len(alike) > 1 and alike.most_common(2)[1][1] == count)):
                continue
            if _tone_breaks_a_word(words, n, letters[0] + best + letters[2]) or not known_syllables(best.lower()):
                continue
            words[n] = letters[0] + best + letters[2]
            reading["text"][rows[n]] = words[n]
            reading["conf"][rows[n]] = min(float(reading["conf"][rows[n]]), 95.0)
            changed += 1
    return changed


def _cells_for_second_reader(jobs: list, readings: list) -> list[int]:
    """The cells (indices of ``jobs``) to read again with the second reader: all the cells of
    a page whose cells Tesseract read at a mean word confidence under
    ``SECOND_READER_PAGE_CONF`` — the rule that hands a whole page to it (a grey,
    low-contrast scan), applied to its table, whose cells the page pass did not see — and,
    on any page, a cell Tesseract read as a few characters or nothing (``_short_cell``)."""
    if second_reader() is None:
        return []
    confs: dict[int, list[float]] = {}
    for (index, _path, _origin), reading in zip(jobs, readings):
        if reading is not None:
            confs.setdefault(index, []).extend(float(reading["conf"][r]) for r in _word_rows(reading))
    weak = {index for index, values in confs.items() if values and sum(values) / len(values) < SECOND_READER_PAGE_CONF}
    return [k for k, job in enumerate(jobs) if job[0] in weak or _short_cell(readings[k])]


# A cell Tesseract reads as at most this many characters (a row number, "STT") is read again.
# However sure Tesseract is: the header "TT" of a table of tune C065 was read "11" at 90 and
# over (a table without its header row loses every lead: 10 assignments).
SHORT_CELL_CHARS = 4


def _short_cell(reading: dict[str, list] | None) -> bool:
    """Whether Tesseract's reading of a cell holding ink is a row number's length or nothing.
    A lone glyph in a cell, read as a block of text, is Tesseract's weak spot: the row
    numbers of a task table read "5" → "°" or nothing, "7" → "#", "8" → "ö", the header
    "STT" → "SIT" (mild scan of tune 03), each right by both neural readers; a lost or
    garbled row number makes its row the tail of the row above (its tasks and deadlines go
    to the wrong row).  The second reader reads such a cell, checked against Tesseract's
    reading by the third (``read_cell_with_second_reader``)."""
    if reading is None:
        return True
    return sum(len(str(reading["text"][r]).strip()) for r in _word_rows(reading)) <= SHORT_CELL_CHARS


def _cell_lines(gray: np.ndarray) -> list[tuple[int, int]]:
    """Rows (top, bottom) of a cell image's text lines: bands of ink (Otsu) in the
    horizontal projection, a thin band (tone marks over a capital, a dot) joined to the
    nearest line."""
    if gray.size == 0 or int(gray.min()) > 200:
        return []
    _threshold, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    rows = np.flatnonzero(ink.sum(axis=1) >= 1)
    if not len(rows):
        return []
    bands: list[list[int]] = []
    for r in rows.tolist():
        if bands and r - bands[-1][1] <= 1:
            bands[-1][1] = r
        else:
            bands.append([r, r])
    tallest = max(b - a + 1 for a, b in bands)
    lines = [band for band in bands if band[1] - band[0] + 1 >= 0.4 * tallest]
    for a, b in bands:
        if b - a + 1 >= 0.4 * tallest:
            continue
        near = min(lines, key=lambda line: min(abs(a - line[1]), abs(line[0] - b)))
        near[0], near[1] = min(near[0], a), max(near[1], b)
    return [(a, b + 1) for a, b in sorted(lines)]


def read_cell_with_second_reader(gray: np.ndarray, tesseract: dict[str, list] | None = None) -> dict[str, list] | None:
    """A table cell's image read by the second reader's line recognizer, line by line (its
    lines cut by ``_cell_lines``), as TSV columns like Tesseract's; None when the reader is
    not installed or the cell holds no line it reads.  Its words are checked against
    ``tesseract``'s reading of the same cell image (``checked_against_tesseract``,
    ``outvoted_line_by_line``).  The recognizer reads the lines darkened
    (``CELL_LINE_GAMMA``): on the grey scan Q03 a cell's thin strokes are faint, and
    trueocr read "Chù tịch", "Hộ dống", "hôi" where, darkened, it reads "Chủ tịch", "đồng",
    "hội" (figures in docs/ocr.md)."""
    reader = second_reader()
    if reader is None:
        return None
    _engine, recognizer = reader
    lines = _cell_lines(gray)
    if not lines:
        return None
    pad = max(2, round(0.15 * float(np.median([b - a for a, b in lines]))))
    crops, boxes = [], []
    for top, bottom in lines:
        band = gray[max(0, top - pad):bottom + pad]
        cols = np.flatnonzero((band < 200).any(axis=0))
        if not len(cols):
            continue
        x0, x1 = max(0, int(cols[0]) - pad), min(gray.shape[1], int(cols[-1]) + 1 + pad)
        crops.append(_DARKER[band[:, x0:x1]])
        boxes.append((x0, max(0, top - pad), x1, min(gray.shape[0], bottom + pad)))
    if not crops:
        return None
    predictions = recognizer.predict(crops)
    texts, _changed = checked_against_tesseract(gray, boxes, [p.text for p in predictions], tesseract)
    texts, _changed = outvoted_line_by_line(gray, boxes, texts, tesseract)
    texts = [" ".join(run_together_parted(text.split())) for text in texts]
    return _lines_as_tsv(boxes, texts, [p.confidence for p in predictions], range(len(boxes)))


def _lines_as_tsv(boxes: list[tuple[int, int, int, int]], texts: list[str], confidences: list[float],
                  order: Iterable[int]) -> dict[str, list] | None:
    """Recognized lines as TSV columns like Tesseract's, one line each in ``order``: a
    line's words get boxes cut from the line's box in proportion to their length, and the
    line's confidence (mean CTC peak probability × 100)."""
    out: dict[str, list] = {column: [] for column in
                            ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                             "left", "top", "width", "height", "conf", "text")}
    for line_number, index in enumerate(order, start=1):
        (x0, y0, x1, y1), text = boxes[index], texts[index]
        tokens = text.split()
        if not tokens:
            continue
        total = sum(len(t) for t in tokens) + len(tokens) - 1
        left = float(x0)
        for word_number, token in enumerate(tokens, start=1):
            width = (x1 - x0) * len(token) / total
            row = (5, 1, 1, 1, line_number, word_number, round(left), y0, max(1, round(width)), y1 - y0,
                   round(confidences[index] * 100, 1), token)
            for column, value in zip(out, row):
                out[column].append(value)
            left += width + (x1 - x0) / total
    return out if out["level"] else None


# ------------------------------------------------------------------------ the second reader

# A page Tesseract reads at a mean word confidence under this is read again, whole, by the
# second reader (see read_with_second_reader).
SECOND_READER_PAGE_CONF = 82.0


@functools.lru_cache(maxsize=1)
def second_reader():
    """The ``trueocr`` line detector, reading-order model and line recognizer (ONNX weights
    in its wheel, CPU, one thread), or None when the package (the ``ocr2`` extra) is not
    installed or ``VNPLAN_SECOND_READER=0``."""
    if os.environ.get("VNPLAN_SECOND_READER", "1") == "0":
        return None
    from pathlib import Path

    try:
        import trueocr
        from trueocr.page import PageEngine
        from trueocr.recognizer import Recognizer
    except Exception:  # not installed, or its onnxruntime cannot load: Tesseract alone
        return None
    models = Path(trueocr.__file__).resolve().parent / "models"
    try:
        engine, recognizer = PageEngine(models, threads=1), Recognizer(models, threads=1)
    except Exception:
        return None
    recognizer.session = _with_memory_arena(recognizer.session, models / "rec.onnx")
    return engine, recognizer


def _with_memory_arena(session, model):
    """The line recognizer's session made again with ONNX Runtime's memory arena, which
    ``trueocr`` turns off (its batches change shape; the arena grew and, it says, bought no
    speed): here it costs ~8 % less CPU (the vote's 801 line segments of the 20 seed pages,
    4.2 s instead of 4.5 s, the same readings to the last digit of their confidences) for
    ~35 MB more held by a worker.  The same session when it cannot be made."""
    try:
        return _line_reader_session(model)
    except Exception:
        return session


def _line_reader_session(model, quiet: bool = False):
    """An ONNX Runtime session of ``model`` on the CPU, one thread each way (vnplan
    parallelizes over documents, not inside a line), with the library's defaults otherwise
    (all graph optimizations, the memory arena); ``quiet`` silences its own log, for readers
    whose errors are caught and said in the page's steps.  Raises what ONNX Runtime raises."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    if quiet:
        options.log_severity_level = 4
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def _second_reading(path: str, data: dict[str, list], steps: list[str]) -> dict[str, list]:
    """The page's TSV columns: the second reader's for a page Tesseract read badly (noted in
    ``steps``), else Tesseract's with the words two other readers agree against it on
    replaced (``vote_words``).  A failure of either reader keeps Tesseract's reading."""
    words = _word_rows(data)
    if words and sum(float(data["conf"][r]) for r in words) / len(words) >= SECOND_READER_PAGE_CONF:
        twice = words_read_twice(data)  # Tesseract's lines (trueocr's boxes of a page it reads are cut by length)
        if twice:
            steps.append(f"{twice} word{'s' if twice > 1 else ''} read twice dropped")
        if second_reader() is None or third_reader() is None:
            return data
        try:
            with Image.open(path) as image:
                changed, dropped = vote_words(np.asarray(image.convert("L")), data)
        except Exception as exc:  # onnxruntime errors: Tesseract's reading (and the votes cast) stand
            steps.append(f"word vote failed ({type(exc).__name__})")
            return data
        if changed:
            steps.append(f"{changed} word{'s' if changed > 1 else ''} outvoted by trueocr and asterocr")
        if dropped:
            steps.append(f"{dropped} word{'s' if dropped > 1 else ''} of seals or scribbles dropped")
        return data
    if second_reader() is None:
        return data
    notes: list[str] = []
    try:
        with Image.open(path) as image:
            reading = read_with_second_reader(np.asarray(image.convert("L")), data, notes)
    except Exception as exc:  # onnxruntime errors: the Tesseract reading stands
        steps.append(f"second reader failed ({type(exc).__name__})")
        return data
    if reading is None:
        return data
    steps += ["read by trueocr (Tesseract's confidence low)", *notes]
    return reading


def read_with_second_reader(gray: np.ndarray, data: dict[str, list],
                            steps: list[str] | None = None) -> dict[str, list] | None:
    """The page read by the second reader, as TSV columns like Tesseract's, when Tesseract
    read it badly (mean word confidence under ``SECOND_READER_PAGE_CONF``); else None.

    Tesseract is the better reader of clean pages, trueocr of poor ones — grey,
    low-contrast 100-dpi scans, a photocopied form bent in the scanner (figures in
    docs/ocr.md).  Its lines come in its own reading order, one TSV line each; a
    line's words get boxes cut from the line's box in proportion to their length, and the
    line's confidence (mean CTC peak probability × 100)."""
    words = _word_rows(data)
    confs = [float(data["conf"][r]) for r in words]
    if confs and sum(confs) / len(confs) >= SECOND_READER_PAGE_CONF:
        return None
    reader = second_reader()
    if reader is None:
        return None
    engine, recognizer = reader
    h, w = gray.shape
    boxes, crops = [], []
    for x0, y0, x1, y1, *_score in engine.detect(gray):
        x0, y0 = max(0, int(np.floor(x0))), max(0, int(np.floor(y0)))
        x1, y1 = min(w, int(np.ceil(x1))), min(h, int(np.ceil(y1)))
        if x1 > x0 and y1 > y0:
            boxes.append((x0, y0, x1, y1))
            crops.append(gray[y0:y1, x0:x1])
    if not boxes:
        return None
    page_crops = {id(crop) for crop in crops}
    boxes, crops = _slanted_lines_levelled(engine, gray, boxes, crops, steps)
    predictions = recognizer.predict(crops)
    # grey print: each line read darkened as well (grey_ink), its readings voted with the rest
    darkened = [p.text for p in recognizer.predict([_DARKER[crop] for crop in crops])] if grey_ink(gray) else None
    texts = _read_with_other_crops(recognizer, gray, boxes, crops, [p.text for p in predictions], page_crops,
                                   darkened)
    order = engine.reading_order(np.asarray(boxes, np.float32).reshape(-1, 4), texts, (w, h))
    texts, changed = checked_against_tesseract(gray, boxes, texts, data)
    if steps is not None and changed:
        steps.append(f"{changed} word{'s' if changed > 1 else ''} of trueocr's put right by Tesseract and asterocr")
    texts, outvoted = outvoted_line_by_line(gray, boxes, texts, data)
    texts = [" ".join(run_together_parted(text.split())) for text in texts]
    if steps is not None and outvoted:
        steps.append(f"{outvoted} word{'s' if outvoted > 1 else ''} of trueocr's outvoted by asterocr's and "
                     f"Tesseract's lines")
    return _lines_as_tsv(boxes, texts, [p.confidence for p in predictions], order)


# The grey levels of a table cell's lines, darkened for the second reader's line recognizer
# (x -> 255 (x / 255) ** gamma): see read_cell_with_second_reader.
CELL_LINE_GAMMA = 2.0
_DARKER = np.round(255 * (np.arange(256) / 255.0) ** CELL_LINE_GAMMA).astype(np.uint8)

# A page printed in grey ink (a low-contrast scan: its darkest ink is no black): the 10th
# percentile of its ink pixels (those under ``GREY_INK_PIXEL``) at ``GREY_INK_LEVEL`` or over.
# Measured at 300 dpi: the grey 100-dpi scans Q02, Q03 77-100; the black-ink scans (P01,
# P04's bent form, Q01) 1-9.
GREY_INK_PIXEL = 200
GREY_INK_LEVEL = 50


def grey_ink(gray: np.ndarray) -> bool:
    """Whether the page's print is grey, not black (``GREY_INK_LEVEL``): the second reader's
    line recognizer takes its input as ink = 1 - grey/255, so grey print reaches it as faint
    ink, its thin strokes (tone marks, a hook's stem) fainter still; such a page's lines are
    read darkened too (``CELL_LINE_GAMMA``, ``_read_with_other_crops``), as a grey table's
    cells are (figures in docs/ocr.md).  Every fourth pixel each way is looked at."""
    sample = gray[::4, ::4]
    ink = sample[sample < GREY_INK_PIXEL]
    if ink.size < 1000:
        return False
    return bool(np.percentile(ink, 10) >= GREY_INK_LEVEL)


# Other crops of a line the second reader reads besides the detector's box, as fractions of the
# line's height added on each side (across, then up and down): see _read_with_other_crops.
CROP_VARIANTS = ((0.3, 0.0), (0.0, 0.1), (0.3, 0.1), (0.15, 0.05))


def _read_with_other_crops(recognizer, gray: np.ndarray, boxes: list[tuple[int, int, int, int]],
                           crops: list[np.ndarray], texts: list[str], page_crops: set[int],
                           darkened: list[str] | None = None) -> list[str]:
    """The second reader's lines, each read again from slightly larger crops of the page
    (``CROP_VARIANTS``) and voted word by word (``_word_majority``).

    On a grey, low-contrast page trueocr's slips change with the crop's margins, a few pixels
    more or less ("tãng cường, náng" / "tăng cường, nâng", "Thục" / "Thực", a point or comma
    at a line's end read or not): its readings of one line from five crops agree on most
    words, and where two agree against the others they are right more often than the
    detector's crop alone (Q03 p1–p3, trueocr alone: 237 → 212 order-free errors, three
    crops 217; figures in docs/ocr.md).  A levelled line (its crop not cut from the page: not in ``page_crops``)
    keeps its one reading.  Only pages Tesseract reads badly come here.

    On a page printed in grey (``grey_ink``) the same crops are read darkened as well
    (``CELL_LINE_GAMMA``; ``darkened``: the detector crops' readings so), and the ten
    readings voted: darkened, trueocr sees the faint strokes of grey print ("ma túy",
    "Chủ tịch", "Hướng"), but the darkened readings alone slip elsewhere ("Chính phả",
    "UBND tinh" for two citations' issuers): with both, Q03 p1–p3 1.65 / 0.96 / 6.55 % →
    1.49 / 0.70 / 6.09 % order-free, the citations right (docs/ocr.md)."""
    h_img, w_img = gray.shape
    extra: list[np.ndarray] = []
    owners: list[int] = []
    for index, (box, crop) in enumerate(zip(boxes, crops)):
        if id(crop) not in page_crops:
            continue
        x0, y0, x1, y1 = box
        height = y1 - y0
        for across, up_down in CROP_VARIANTS:
            ex, ey = round(across * height), round(up_down * height)
            extra.append(gray[max(0, y0 - ey):min(h_img, y1 + ey), max(0, x0 - ex):min(w_img, x1 + ex)])
            owners.append(index)
    if not extra:
        return texts
    readings: dict[int, list[str]] = {}
    for owner, prediction in zip(owners, recognizer.predict(extra)):
        readings.setdefault(owner, []).append(prediction.text)
    if darkened is not None:  # the same crops darkened, after the crops as scanned
        for owner, text in enumerate(darkened):
            if owner in readings:
                readings[owner].append(text)
        for owner, prediction in zip(owners, recognizer.predict([_DARKER[crop] for crop in extra])):
            readings[owner].append(prediction.text)
    return [_word_majority([text, *readings[k]]) if k in readings else text for k, text in enumerate(texts)]


def _word_majority(readings: list[str]) -> str:
    """Readings of one line voted word by word: among the readings with the commonest number
    of words (the first reading's on a tie), each word read the same by two or more, else the
    first such reading's word.  Fewer than two readings of that length: the first reading."""
    split = [reading.split() for reading in readings]
    counts = Counter(len(words) for words in split)
    best = max(counts.values())
    length = len(split[0]) if counts[len(split[0])] == best else max(n for n, c in counts.items() if c == best)
    same = [words for words in split if len(words) == length]
    if len(same) < 2:
        return readings[0]
    voted = []
    for position in range(length):
        word, votes = Counter(words[position] for words in same).most_common(1)[0]
        voted.append(word if votes >= 2 else same[0][position])
    return " ".join(_tones_of_other_readings(voted, same))


def _makes_a_word(left: str, right: str) -> bool | None:
    """Whether two neighbouring words are a two-syllable word of the dictionary as read
    (tones too); None when no word has their letters (or they are no plain syllables, or
    punctuation parts them): the pair tells nothing."""
    a, b = _letters_of(left), _letters_of(right)
    if not a or not b or a[2] or b[0]:
        return None
    read, choices = _pair_choices(a[1], b[1])
    return None if not choices else _tone_blind(read) in choices


def _tone_breaks_a_word(words: list[str], k: int, other: str) -> bool:
    """``other`` differs from ``words[k]`` in its tone alone, ``words[k]`` makes a
    two-syllable word of the dictionary with a neighbour as read, and ``other`` makes none
    with either neighbour."""
    word = words[k]
    if other == word or _toneless(other.lower()) != _toneless(word.lower()):
        return False
    left = words[k - 1] if k > 0 else None
    right = words[k + 1] if k + 1 < len(words) else None
    # a neighbour already bound to its other side ("Công an | hưởng") vouches for nothing
    ours = [left is not None and _makes_a_word(left, word)
            and not (k > 1 and _makes_a_word(words[k - 2], left)),
            right is not None and _makes_a_word(word, right)
            and not (k + 2 < len(words) and _makes_a_word(right, words[k + 2]))]
    if not any(ours):
        return False
    return not ((left is not None and _makes_a_word(left, other)) or (right is not None and _makes_a_word(other, right)))


def _tones_of_other_readings(voted: list[str], readings: list[list[str]]) -> list[str]:
    """A voted word that makes no two-syllable word with either neighbour, where one of them
    could (``_makes_a_word`` False, not None), takes the tones another crop read on the same
    letters when that reading makes one — and only one such reading is there.

    trueocr's tone slips on a grey page are the commonest error left after the word vote
    ("ma tủy", "Thiểu tướng", "Chính phú", "trọng điếm", "Uy ban"), and the crops it reads
    the line from often disagree on just that tone: a reader's evidence, which the
    dictionary only chooses among (the dictionary alone made "có hiệu lực" "có hiếu",
    docs/ocr.md)."""
    out = list(voted)
    for i, word in enumerate(voted):
        sides = (_makes_a_word(out[i - 1], word) if i > 0 else None,
                 _makes_a_word(word, out[i + 1]) if i + 1 < len(out) else None)
        if any(sides) or all(side is None for side in sides):
            continue
        letters = _toneless(word.lower())
        better = {other[i] for other in readings
                  if other[i] != word and _toneless(other[i].lower()) == letters
                  and ((i > 0 and _makes_a_word(out[i - 1], other[i]))
                       or (i + 1 < len(out) and _makes_a_word(other[i], out[i + 1])))}
        if len(better) == 1:
            out[i] = better.pop()
    return out


# A detected line box this many times the page's median line height, and at least
# ``SLANTED_BOX_WIDTH`` times as wide as it is tall, holds slanted lines (see
# _slanted_lines_levelled); levelled when its text slants by ``SLANTED_MIN_DEGREES`` or more.
SLANTED_BOX_HEIGHT = 1.6
SLANTED_BOX_WIDTH = 3.0
SLANTED_MIN_DEGREES = 1.0


def _slanted_lines_levelled(engine, gray: np.ndarray, boxes: list[tuple[int, int, int, int]],
                            crops: list[np.ndarray], steps: list[str] | None = None
                            ) -> tuple[list[tuple[int, int, int, int]], list[np.ndarray]]:
    """The detected lines with each box that holds slanted lines replaced by those lines,
    levelled: the box's own skew is measured and undone, and the lines are detected again
    inside it (their crops cut from the levelled image, their boxes mapped back to the page).

    A page bent in the scanner (or photographed) slants its lines by different angles: the
    page's deskew levels some, and the detector takes two lines slanted ~6° under the level
    ones as one tall box ("Tham gia Hội thi …" and the line below read as
    "T84H100001Th9850" on the real scan P04 p2; levelled, both are read)."""
    from trueocr.page import estimate_skew

    if len(boxes) < 3:
        return boxes, crops
    line_height = float(np.median([y1 - y0 for _x0, y0, _x1, y1 in boxes]))
    out_boxes, out_crops, levelled = [], [], 0
    for box, crop in zip(boxes, crops):
        x0, y0, x1, y1 = box
        height, width = y1 - y0, x1 - x0
        if height < SLANTED_BOX_HEIGHT * line_height or width < SLANTED_BOX_WIDTH * height:
            out_boxes.append(box)
            out_crops.append(crop)
            continue
        angle = estimate_skew(crop)
        if abs(angle) < SLANTED_MIN_DEGREES:
            out_boxes.append(box)
            out_crops.append(crop)
            continue
        # A slanted line's ends stick out of the box (the detector's core of the merged
        # lines) across and down: the region around it, levelled, is searched for lines, and
        # those whose centre lies in the box (half a line height of slack) are kept — the
        # lines of the region beyond it are read as they were.
        slope = abs(np.tan(np.deg2rad(angle)))
        reach_x, reach_y = height, int(np.ceil(width / 2 * slope)) + 2
        r0, r1 = max(0, x0 - reach_x), min(gray.shape[1], x1 + reach_x)
        s0, s1 = max(0, y0 - reach_y), min(gray.shape[0], y1 + reach_y)
        region = gray[s0:s1, r0:r1]
        centre = (region.shape[1] / 2, region.shape[0] / 2)
        turn = cv2.getRotationMatrix2D(centre, angle, 1.0)
        level = cv2.warpAffine(region, turn, (region.shape[1], region.shape[0]), flags=cv2.INTER_CUBIC,
                               borderValue=255)
        back = cv2.invertAffineTransform(turn)
        slack = line_height / 2
        found = []
        for a0, b0, a1, b1, *_score in engine.detect(level):
            a0, b0 = max(0, int(np.floor(a0))), max(0, int(np.floor(b0)))
            a1, b1 = min(level.shape[1], int(np.ceil(a1))), min(level.shape[0], int(np.ceil(b1)))
            if a1 <= a0 or b1 <= b0:
                continue
            cx, cy = back @ np.array([(a0 + a1) / 2, (b0 + b1) / 2, 1.0])
            cx, cy = cx + r0, cy + s0
            if not (x0 - slack <= cx <= x1 + slack and y0 - slack <= cy <= y1 + slack):
                continue
            page_box = (max(0, round(cx - (a1 - a0) / 2)), max(0, round(cy - (b1 - b0) / 2)),
                        min(gray.shape[1], round(cx + (a1 - a0) / 2)), min(gray.shape[0], round(cy + (b1 - b0) / 2)))
            if (page_box[2] > page_box[0] and page_box[3] > page_box[1]
                    and not any(_overlap(page_box, other) > 0.5 for other in boxes if other != box)):
                found.append((page_box, level[b0:b1, a0:a1]))
        if not found:
            out_boxes.append(box)
            out_crops.append(crop)
            continue
        for page_box, line in sorted(found, key=lambda item: item[0][1]):
            out_boxes.append(page_box)
            out_crops.append(line)
        levelled += 1
    if levelled and steps is not None:
        steps.append(f"levelled {levelled} slanted line box{'es' if levelled > 1 else ''}")
    return out_boxes, out_crops


def _overlap(box: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> float:
    """The share of ``box``'s area that ``other`` covers."""
    across = min(box[2], other[2]) - max(box[0], other[0])
    down = min(box[3], other[3]) - max(box[1], other[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return across * down / area if across > 0 and down > 0 and area else 0.0


# A space Tesseract puts where the second reader reads none is taken when the gap between
# Tesseract's two words is at least this share of the page's word height: trueocr runs words
# together at a narrow space ("CÔNGAN", "Tinhủy"), at 0.28–0.56 of a word height on the
# grey real scan Q03; the spaces Tesseract puts inside a word ("QU YÉT", "n gày") are at
# 0.0–0.14 (docs/ocr.md).
SPACE_GAP = 0.2
# Tesseract's words read under this confidence are not offered to the check: on the grey
# real scan none of 28 such words was confirmed by asterocr, whose reads are the check's cost.
CHECK_MIN_CONF = 30.0


def _rows_in_box(data: dict[str, list], box: tuple[int, int, int, int]) -> list[int]:
    """Tesseract's words whose centre lies inside ``box``, left to right."""
    x0, y0, x1, y1 = box
    rows = [r for r in _word_rows(data)
            if x0 <= int(data["left"][r]) + int(data["width"][r]) / 2 <= x1
            and y0 <= int(data["top"][r]) + int(data["height"][r]) / 2 <= y1]
    return sorted(rows, key=lambda r: int(data["left"][r]))


def respaced(ours: list[str], theirs: list[str], gaps: list[float]) -> list[str]:
    """The words of ``ours`` (the second reader's line) cut again where ``theirs`` (Tesseract's
    words of the same line, ``gaps[k]`` the gap after ``theirs[k]`` in word heights) puts a
    space at least ``SPACE_GAP`` wide: only inside a run both read as the same characters
    (two thirds of them or more) in a different number of words, never joining two of
    ``ours``' words, and never leaving a lone letter ("q uyết", "T W,")."""
    from difflib import SequenceMatcher

    from rapidfuzz.distance import Levenshtein

    out: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        mine, other = "".join(ours[i1:i2]), "".join(theirs[j1:j2])
        if (op != "replace" or i2 - i1 == j2 - j1
                or Levenshtein.normalized_distance(mine, other) > 1 / 3):
            out += ours[i1:i2]
            continue
        # Tesseract's word starts (in ``other``) after a gap wide enough, carried over to ``mine``
        starts, position = set(), 0
        for k in range(j1, j2 - 1):
            position += len(theirs[k])
            if gaps[k] >= SPACE_GAP:
                starts.add(position)
        carried: dict[int, int] = {}
        for _tag, a1, a2, b1, b2 in Levenshtein.opcodes(mine, other):
            for k in range(b2 - b1 + 1):
                carried.setdefault(b1 + k, a1 + min(k, a2 - a1))
        cuts, position = set(), 0
        for word in ours[i1:i2 - 1]:
            position += len(word)
            cuts.add(position)
        cuts |= {carried[p] for p in starts if 0 < carried.get(p, 0) < len(mine)}
        edges = sorted(cuts)
        pieces = [mine[a:b] for a, b in zip([0, *edges], [*edges, len(mine)])]
        if any(len(piece) == 1 and piece.isalpha() for piece in pieces):
            out += ours[i1:i2]
        else:
            out += pieces
    return out


def run_together_parted(words: list[str]) -> list[str]:
    """The second reader's words with each that runs two syllables together parted, when it
    is no syllable and exactly one cut makes of it two syllables that are a two-syllable
    word of Viet74K as read, tones and all ("Tưpháp" -> "Tư pháp", "Ytế" -> "Y tế",
    "Đơnvị" -> "Đơn vị").  On a grey or bent page trueocr misses a narrow space, and
    Tesseract, whose spaces ``respaced`` borrows, often misses it as well or reads the word
    otherwise; a run of letters that parts into a word no other way is that word.  Names
    are not among the dictionary's pairs ("TỈNHLÂM" stays)."""
    out: list[str] = []
    for word in words:
        parts = _letters_of(word)
        letters = parts[1] if parts else ""
        if len(letters) < 3 or known_syllables(letters):
            out.append(word)
            continue
        cuts = [i for i in range(1, len(letters))
                if known_syllables(letters[:i]) and known_syllables(letters[i:])
                and _makes_a_word(letters[:i], letters[i:])]
        if len(cuts) != 1:
            out.append(word)
            continue
        out += [parts[0] + letters[:cuts[0]], letters[cuts[0]:] + parts[2]]
    return out


def checked_against_tesseract(gray: np.ndarray, boxes: list[tuple[int, int, int, int]], texts: list[str],
                              data: dict[str, list] | None) -> tuple[list[str], int]:
    """The second reader's lines (``texts``, their ``boxes`` on ``gray``) checked word by word
    against Tesseract's reading of the same image (``data``), and how many words changed.

    On a page Tesseract reads badly as a whole, its words are still often right where the
    second reader slips ("BÔ" for "BỘ", "Kinh gửi", "Điểu"), and it spaces words trueocr runs
    together ("CÔNGAN", "Tinhủy").  Each line is cut again where Tesseract puts a clear
    space (``respaced``); then, where the two read a word differently, the word (Tesseract's
    box across, the line's height) is read by ``asterocr``, and Tesseract's word is taken
    when that reading equals it: a majority of three, as ``vote_words`` on the pages
    Tesseract reads well, the roles turned.  A syllable is never replaced by a word that is
    none, nor by a word Tesseract read under ``CHECK_MIN_CONF``.  Without the third reader
    only the spaces are taken."""
    from difflib import SequenceMatcher

    if not data or not _word_rows(data):
        return texts, 0
    word_height = float(np.median([int(data["height"][r]) for r in _word_rows(data)]))
    h, w = gray.shape
    out, changed = list(texts), 0
    for index, (box, text) in enumerate(zip(boxes, texts)):
        rows = _rows_in_box(data, box)
        if not rows or not text.split():
            continue
        theirs = [str(data["text"][r]) for r in rows]
        gaps = [(int(data["left"][b]) - int(data["left"][a]) - int(data["width"][a])) / max(1.0, word_height)
                for a, b in zip(rows, rows[1:])]
        ours = respaced(text.split(), theirs, gaps)
        changed += len(ours) - len(text.split())
        if third_reader() is not None:
            x0, y0, x1, y1 = box
            pad = max(2, (y1 - y0) // 6)
            for op, i1, i2, j1, j2 in SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
                if op != "replace" or i2 - i1 != j2 - j1:
                    continue
                for k in range(i2 - i1):
                    mine, other, r = ours[i1 + k], theirs[j1 + k], rows[j1 + k]
                    if float(data["conf"][r]) < CHECK_MIN_CONF or (known_syllables(mine) and not known_syllables(other)):
                        continue
                    if _tone_breaks_a_word(ours, i1 + k, other):
                        continue
                    left, right = int(data["left"][r]), int(data["left"][r]) + int(data["width"][r])
                    crop = gray[max(0, y0 - pad):min(h, y1 + pad), max(0, left - pad):min(w, right + pad)]
                    # the crop's margin can take in a scrap of the next word ("năm 2")
                    if crop.size and other in read_with_third_reader(crop)[0].split():
                        ours[i1 + k] = other
                        changed += 1
        out[index] = " ".join(ours)
    return out, changed


def _matched_by_letters(ours: list[str], theirs: list[str]) -> dict[int, str]:
    """Each word of ``ours`` with one counterpart in ``theirs``, two readings of the same line
    paired by their letters without diacritics (``_skeleton``): a word read with another
    tone or hat is still the same word, so a run of tone slips does not break the pairing."""
    from difflib import SequenceMatcher

    out: dict[int, str] = {}
    matcher = SequenceMatcher(None, [_skeleton(w) for w in ours], [_skeleton(w) for w in theirs], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            out.update((i1 + k, theirs[j1 + k]) for k in range(i2 - i1))
    return out


def read_line_with_third_reader(crop: np.ndarray) -> str:
    """A whole line read by ``asterocr``; a line too wide for it (``THIRD_READER_MAX_WIDTH`` at
    its 32-px height) is cut at the widest blank column of its middle 40 %, again as needed
    (a cut through a letter would garble it; a blank column is a space)."""
    height, width = crop.shape
    if width * 32 / max(1, height) <= THIRD_READER_MAX_WIDTH or width < 8:
        return read_with_third_reader(crop)[0]
    blank = (crop < CELL_INK).sum(axis=0) == 0
    lo, hi = int(width * 0.3), int(width * 0.7)
    best, cut, start = 0, width // 2, None
    for x in range(lo, hi + 1):
        if x < hi and blank[x]:
            start = x if start is None else start
        elif start is not None:
            if x - start > best:
                best, cut = x - start, (start + x) // 2
            start = None
    return " ".join(filter(None, (read_line_with_third_reader(crop[:, :cut]),
                                  read_line_with_third_reader(crop[:, cut:]))))


def outvoted_line_by_line(gray: np.ndarray, boxes: list[tuple[int, int, int, int]], texts: list[str],
                          data: dict[str, list] | None) -> tuple[list[str], int]:
    """The second reader's lines with each word that asterocr (reading the whole line) and
    Tesseract (its page pass, the words whose centre lies in the line's box) both read
    another, same way replaced: a majority of three readers, word by word.

    ``checked_against_tesseract`` asks asterocr about a word cut out of the line, where
    Tesseract and trueocr disagree; on a grey page the three readers slip on different
    words (trueocr "tãng", "náng", "phỏng" where asterocr and Tesseract read "tăng", "nâng",
    "phòng"), and asterocr reads a word better with its line around it.  Words are paired by
    their letters (``_matched_by_letters``); a syllable is never replaced by a word that is
    none (figures in docs/ocr.md)."""
    if not data or not _word_rows(data) or third_reader() is None:
        return texts, 0
    out, changed = list(texts), 0
    for index, (box, text) in enumerate(zip(boxes, texts)):
        ours = text.split()
        rows = _rows_in_box(data, box)
        if not ours or not rows:
            continue
        x0, y0, x1, y1 = box
        tesseract = _matched_by_letters(ours, [str(data["text"][r]) for r in rows])
        pairs = _pairs_with_a_tone_slip(ours)
        if not pairs and all(tesseract.get(k) == word for k, word in enumerate(ours)):
            continue  # nothing in dispute: no asterocr read
        aster = _matched_by_letters(ours, read_line_with_third_reader(gray[y0:y1, x0:x1]).split())
        for k, word in enumerate(ours):
            other = tesseract.get(k)
            if other is None or other.lower() == word.lower() or aster.get(k) != other:
                continue  # a difference of case alone is no slip of trueocr's (a title's "Thông")
            if known_syllables(word) and not known_syllables(other):
                continue
            if _tone_breaks_a_word(ours, k, other):
                continue
            ours[k] = other
            changed += 1
        for k, choices in _pairs_with_a_tone_slip(ours).items():
            heard = [_letters_of(aster.get(k + i, "")) for i in (0, 1)]
            if heard[0] and heard[1]:
                changed += _take_pair_reading(ours, k, f"{heard[0][1]} {heard[1][1]}", choices)
        out[index] = " ".join(ours)
    return out, changed


def _pairs_with_a_tone_slip(words: list[str], *, fewest: bool = False) -> dict[int, frozenset[str]]:
    """The pairs of neighbouring words (by the first one's index) that are no two-syllable word
    of the dictionary as read, but are one with other tones on the same letters: those words
    (``_tone_blind``).

    ``fewest``: not a pair each of whose words of the dictionary changes the tone of a word
    that makes a word with its other neighbour as read ("chuyển đổi | số", where "đổi số"
    could be "đối số" or "đội sổ": each changes "đổi", which "chuyển" holds): that word is
    most likely right, and each pair asked costs a read.  (Asking a pair as long as one of
    the words it changes was free asked "đổi số" 32 times on the 18 clean real pages and
    put none right: 233 pair reads there and 130 on the synthetic seeds 000 and 004, now
    157 and 99, the same 43 and 2 words changed.)  Words parted by punctuation
    ("các tỉnh, thành phô") make no such word."""
    letters = [_letters_of(word) for word in words]

    def pair(k: int) -> tuple[str, frozenset[str]]:
        if k < 0 or k + 1 >= len(words) or not letters[k] or not letters[k + 1]:
            return "", frozenset()
        return _pair_choices(letters[k][1], letters[k + 1][1])

    def a_word(k: int) -> bool:
        read, choices = pair(k)
        return bool(read) and not letters[k][2] and not letters[k + 1][0] and _tone_blind(read) in choices

    found = {}
    for k in range(len(words) - 1):
        read, choices = pair(k)
        blind = _tone_blind(read)
        if not choices or blind in choices:
            continue
        if fewest and all(any(a_word(k - 1) if i == 0 else a_word(k + 1)
                              for i, (a, b) in enumerate(zip(blind.split(), choice.split())) if a != b)
                          for choice in choices):
            continue
        found[k] = choices
    return found


def _take_pair_reading(words: list[str], k: int, heard: str, choices: frozenset[str]) -> int:
    """Words ``k`` and ``k + 1`` take the letters of ``heard`` (another reader's reading of the
    pair) when it is one of ``choices`` (the dictionary's words of the pair's letters), each
    word's case and punctuation kept; returns how many words changed."""
    heard = unicodedata.normalize("NFC", heard.lower())
    if _tone_blind(heard) not in choices:
        return 0
    changed = 0
    for i, new in zip((k, k + 1), heard.split()):
        lead, letters, trail = _letters_of(words[i])
        if new != unicodedata.normalize("NFC", letters.lower()) and new in _syllables():
            words[i] = lead + _cased_like(new, letters) + trail
            changed += 1
    return changed


# ------------------------------------------------------------------- the word vote (third reader)


@functools.lru_cache(maxsize=1)
def third_reader():
    """The ``asterocr`` line recognizer (ONNX weights in its wheel, CPU, one thread) as
    ``(session, input name, output name, characters, blank index)``, or None when the
    package (the ``ocr2`` extra) is not installed or ``VNPLAN_SECOND_READER=0``."""
    if os.environ.get("VNPLAN_SECOND_READER", "1") == "0":
        return None
    from pathlib import Path

    try:
        import asterocr
        import onnxruntime  # noqa: F401  (the session is made by _line_reader_session)
        from asterocr import default_vocab
    except Exception:  # not installed, or its onnxruntime cannot load
        return None
    model = Path(asterocr.__file__).resolve().parent / "assets" / "asternet.onnx"
    try:
        session = _line_reader_session(model, quiet=True)
    except Exception:
        return None
    return (session, session.get_inputs()[0].name, session.get_outputs()[0].name,
            default_vocab.idx2char, default_vocab.blank_idx)


# asterocr's position encoding covers 256 steps of 4 pixels: a wider crop cannot be read.
THIRD_READER_MAX_WIDTH = 1024


def read_with_third_reader(crop: np.ndarray) -> tuple[str, float]:
    """One crop (greyscale) read by ``asterocr``'s recognizer: its text (greedy CTC, as the
    package decodes) and its mean peak probability.  The input is the package's: RGB,
    32 pixels high, the width a multiple of 4, scaled to [-1, 1]."""
    session, input_name, output_name, characters, blank = third_reader()
    height, width = crop.shape
    target = (max(32, round(width * 32 / max(1, height))) + 3) // 4 * 4
    if target > THIRD_READER_MAX_WIDTH:
        return "", 0.0  # no reading: no vote against Tesseract's word
    # Pillow's bilinear resize, as the package's own preprocessing (it filters when it
    # shrinks, which OpenCV's does not)
    line = np.asarray(Image.fromarray(crop).resize((target, 32), Image.Resampling.BILINEAR), np.float32) / 127.5 - 1.0
    tensor = np.repeat(line[np.newaxis, np.newaxis], 3, axis=1)
    scores = session.run([output_name], {input_name: tensor})[0]
    scores = scores[:, 0, :] if scores.shape[1] == 1 else scores[0]
    best = scores.argmax(-1)
    probabilities = np.exp(scores - scores.max(-1, keepdims=True))
    peak = 1.0 / probabilities.sum(-1)  # the best class's softmax probability
    keep = (best != blank) & np.concatenate(([True], best[1:] != best[:-1]))
    text = "".join(characters.get(int(i), "") for i in best[keep])
    return " ".join(unicodedata.normalize("NFC", text).split()), float(peak[keep].mean()) if keep.any() else 0.0


def aligned_words(ours: list[str], theirs: list[str]) -> dict[int, str]:
    """Each word of ``ours`` that has one counterpart in ``theirs`` (two readings of the same
    printed line, aligned word by word: equal runs, and changed runs of the same length),
    by its index.  A run read as more or fewer words (a split or a merge) has none.  (Splitting
    the other reader's words run together at a comma or colon, "Lưu:VT,", was tried: on the
    real scans it sent 3 words to the vote, all 3 made wrong — "viên" → "viễn"; docs/ocr.md.
    Only the archive line's codes are split so, in ``vote_words``: ``spaced_archive_line``.)"""
    from difflib import SequenceMatcher

    out: dict[int, str] = {}
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            out.update((i1 + k, theirs[j1 + k]) for k in range(i2 - i1))
    return out


# How far above and below a line's word boxes its crop for the neural readers may reach, in
# word heights: a mark Tesseract did not see (a hook over a capital, "TINH" for "TỈNH") lies
# outside its boxes, up to about half a capital's height above them.
MARK_REACH_ABOVE = 0.5
MARK_REACH_BELOW = 0.3


def _line_band(gray: np.ndarray, data: dict[str, list], rows: list[int], word_height: float,
               columns: tuple[int, int]) -> tuple[int, int]:
    """The rows (top, bottom) of a line's crop for asterocr: its word boxes' rows, widened
    up to ``MARK_REACH_ABOVE`` / ``MARK_REACH_BELOW`` word heights to take in marks Tesseract
    left out of its boxes, and cut there at the emptiest row farthest from the line, so the
    crop does not take in the line above or below.  Title and letterhead lines are set close,
    their marks stacked: a margin of a sixth of the line's height took in a dot of the line
    below, read as a dot under a capital ("CÔNG" → "CỘNG"), and a scrap of the line above
    ("TRUYỀN NHIỄM" read "TRUYỀN NHIỆM")."""
    # the line's words' usual top and bottom: one word's box may hold a mark of the next line
    y0 = int(np.median([int(data["top"][r]) for r in rows]))
    y1 = int(np.median([int(data["top"][r]) + int(data["height"][r]) for r in rows]))
    x0, x1 = max(0, columns[0]), min(gray.shape[1], columns[1])
    columns = gray[:, x0:max(x0 + 1, x1)]
    start = max(0, y0 - round(MARK_REACH_ABOVE * word_height))
    stop = min(gray.shape[0], y1 + round(MARK_REACH_BELOW * word_height))
    top, bottom = y0, y1
    if start < y0:
        ink = (columns[start:y0] < CELL_INK).sum(axis=1)
        top = start + int(np.flatnonzero(ink == ink.min())[0])
    if y1 < stop:
        ink = (columns[y1:stop] < CELL_INK).sum(axis=1)
        bottom = y1 + int(np.flatnonzero(ink == ink.min())[-1]) + 1
    return top, bottom


def vote_words(gray: np.ndarray, data: dict[str, list]) -> tuple[int, int]:
    """Replace the words Tesseract read one way and two other readers read alike another
    way, and drop the scraps it read out of seals, signatures and scribbles; returns how
    many words were replaced and how many dropped.  ``data`` (the page's TSV columns) is
    changed in place.

    The line recognizer of ``trueocr`` (cheap beside a Tesseract page pass) reads every
    line segment (the words of a line with no column gap between them) cut from the page.
    Where its word differs from Tesseract's, the word is cut out (its box across, the
    segment's height so tone marks stay in) and read by ``asterocr``'s recognizer, and
    Tesseract's word is replaced only when that reading equals trueocr's: a majority of
    three readers, word by word.  Either neural reader alone reads worse than Tesseract on
    clean pages (docs/ocr.md); where they agree against it they are mostly right — the hook read as an acute
    ("thế" for "thể"), a tone lost on a capital.  Where both see a tone mark Tesseract does
    not, on the same letters, asterocr's tone is taken (``tone_seen_by_both``), as it is where
    Tesseract's word is weak and the other two read its letters alike (``tone_of_a_weak_word``).  A reading
    that is no Vietnamese syllable never replaces one that is (``known_syllables``: noise on
    a heavy scan read as a mark by both, "cỗng" for "công").  A point read before a small
    letter where trueocr reads a comma goes to asterocr however sure Tesseract was
    (``comma_read_as_point``), and trueocr's archive line is spaced as Decree 30 writes it
    before the words are paired (``spaced_archive_line``: "Lưu:VT," is two words).  The
    replaced word keeps its box and takes asterocr's confidence (× 100).  Then the pairs of
    words the dictionary doubts are read by asterocr (``tones_of_a_word_pair``).
    A segment Tesseract reads at a mean confidence under ``WEAK_LINE_CONF`` (after its
    re-read on its own) that trueocr reads as something else altogether (over half its
    characters differ) is no print: "ị { Í è J7 [ +" out of a seal, "_—tcz7Z2%" out of a
    signature.  Its words are dropped (print both readers read is kept, however weak)."""
    from rapidfuzz.distance import Levenshtein

    lines: dict[tuple[int, int, int], list[int]] = {}
    for r in _word_rows(data):
        lines.setdefault((int(data["block_num"][r]), int(data["par_num"][r]), int(data["line_num"][r])), []).append(r)
    if not lines:
        return 0, 0
    word_height = float(np.median([int(data["height"][r]) for rows in lines.values() for r in rows]))
    segments = [s for s in _line_segments(data, list(lines.values()), word_height)
                if s.height < VOTE_MAX_LINE_HEIGHT * word_height]
    h, w = gray.shape
    crops = []
    for s in segments:
        x0, y0, x1, y1 = s.box
        pad = max(2, (y1 - y0) // 6)
        crops.append(gray[max(0, y0 - pad):min(h, y1 + pad), max(0, x0 - pad):min(w, x1 + pad)])
    if not crops:
        return 0, 0
    _engine, recognizer = second_reader()
    changed = dropped = 0
    for s, prediction in zip(segments, recognizer.predict(crops)):
        ours = [str(data["text"][r]) for r in s.rows]
        if (_mean_conf(data, s.rows) < WEAK_LINE_CONF
                and Levenshtein.normalized_distance(" ".join(ours), prediction.text) > NOISE_DISAGREEMENT):
            for r in s.rows:
                data["text"][r] = ""  # no longer a word row: assemble and the boxes skip it
            dropped += len(s.rows)
            continue
        x0, y0, x1, y1 = s.box
        pad = max(2, (y1 - y0) // 6)
        paired = aligned_words(ours, spaced_archive_line(prediction.text).split())
        for index, theirs in paired.items():
            r = s.rows[index]
            following = ours[index + 1] if index + 1 < len(ours) else ""
            if theirs == ours[index] or not (worth_a_third_reading(ours[index], theirs, float(data["conf"][r]))
                                             or comma_read_as_point(ours[index], theirs, following)
                                             or code_lookalikes(ours[index], theirs)):
                continue
            if _tone_breaks_a_word(ours, index, theirs):
                continue  # trueocr's tone would break the word Tesseract's makes: no asterocr read
            left, right = int(data["left"][r]) - pad, int(data["left"][r]) + int(data["width"][r]) + pad
            if any(c.isdigit() for c in theirs) or (any(c.isdigit() for c in ours[index])
                                                      and not any(c.isalpha() for c in ours[index])):
                # a number or a code in dispute: digits carry no marks, and asterocr tells "1"
                # from "I" by the line's proportions (the band made the real scans' "tháng 11"
                # "II", "(Đ1)" "(ĐI)"); a garbled word with a digit in it ("l8Lệ" for "ỦY")
                # is no number
                top, bottom = max(0, y0 - pad), min(h, y1 + pad)
            else:
                top, bottom = _line_band(gray, data, s.rows, word_height, (left, right))
            crop = gray[top:bottom, max(0, left):min(w, right)]
            if crop.size == 0:
                continue
            text, confidence = read_with_third_reader(crop)
            if comma_read_as_point(ours[index], theirs, following) and text == ours[index][:-1] + ";":
                text = theirs  # a mark with a tail, as trueocr saw: no point (see comma_read_as_point)
            if code_lookalikes(ours[index], theirs) and text == code_majority(ours[index], theirs, text):
                theirs = text  # a code's glyphs, each as two of the three readers read it
            if not (text == theirs or tone_seen_by_both(ours[index], theirs, text)
                    or tone_of_a_weak_word(ours[index], theirs, text)):
                continue
            if known_syllables(ours[index]) and not known_syllables(text):
                continue  # "công" outvoted by "cỗng": noise read as a mark makes no Vietnamese
            data["text"][r] = text
            data["conf"][r] = round(confidence * 100, 1)
            changed += 1
        changed += initials_of_an_archive_line(gray, data, s, paired, lines, recognizer)
        first = s.rows[0]
        above = lines.get((int(data["block_num"][first]), int(data["par_num"][first]), int(data["line_num"][first]) - 1))
        before = str(data["text"][max(above, key=lambda r: int(data["left"][r]))]) if above else None
        changed += tones_of_a_word_pair(gray, data, s.rows, s.box, before, word_height)
        changed += _put_right_in_place(data, s.rows, hats_lost_on_capitals)
        changed += hats_seen_by_the_third_reader(gray, data, s.rows, word_height)
        changed += _put_right_in_place(data, s.rows, specks_read_as_points)
    return changed, dropped


# A small letter before a capital in one run of letters ("vrA"): no Vietnamese word, code
# or name of an archive line is so written (a name or code opens with its capitals: "Thg",
# "VDuần", "TTg").
_SMALL_BEFORE_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
# The archive line of a "Nơi nhận" list, as the page pass reads it: "- Lưu: VT, …", "Lưu VPTU.".
_ARCHIVE_LINE_START = regex.compile(r"^[-+•]?[ ]*L[ưu]u(?:[ ]*:[ ]*|[ ]+)\p{Lu}")


def initials_of_an_archive_line(gray: np.ndarray, data: dict[str, list], segment: "_Segment",
                                paired: dict[int, str], lines: dict, recognizer) -> int:
    """The drafter's initials that close an archive line, printed in small capitals ("- Lưu:
    VT, KSTT (2b).VTA", Q04 p2, a Prime Minister's decision; the Government Office prints its
    documents' initials so): each reader reads small capitals partly as small letters, the
    page pass and trueocr's line alike "(2b).vrA", so no vote is cast.  A word of the archive
    line whose letters put a small letter before a capital (in Tesseract's reading or trueocr's)
    is cut out and read alone by trueocr and asterocr; the reading two of the three give
    (letters compared case-blind, ``initials_voted``) is taken, with its runs of letters that
    are no syllable in capitals.  Returns how many words changed."""
    asked = [index for index, r in enumerate(segment.rows)
             if _SMALL_BEFORE_CAPITAL.search(str(data["text"][r])) or _SMALL_BEFORE_CAPITAL.search(paired.get(index, ""))]
    if not asked:
        return 0
    first = segment.rows[0]
    key = (int(data["block_num"][first]), int(data["par_num"][first]), int(data["line_num"][first]))
    line = " ".join(str(data["text"][r]) for r in lines.get(key, segment.rows))
    if not _ARCHIVE_LINE_START.match(line):
        return 0
    h, w = gray.shape
    x0, y0, x1, y1 = segment.box
    pad = max(2, (y1 - y0) // 6)
    changed = 0
    for index in asked:
        r = segment.rows[index]
        ours = str(data["text"][r])
        left = max(0, int(data["left"][r]) - pad)
        right = min(w, int(data["left"][r]) + int(data["width"][r]) + pad)
        crop = gray[max(0, y0 - pad):min(h, y1 + pad), left:right]
        if crop.size == 0:
            continue
        (second,) = recognizer.predict([crop])
        third, confidence = read_with_third_reader(crop)
        voted = initials_voted(ours, second.text, third)
        if voted is None or voted == ours:
            continue
        data["text"][r] = voted
        # the third reader's confidence where its reading won the vote; else a repair's, at most 95
        # (the reading that won may be the page pass's own, and the third may have read nothing)
        data["conf"][r] = round(confidence * 100, 1) if third.casefold() == voted.casefold() \
            else min(float(data["conf"][r]), 95.0)
        changed += 1
    return changed


def initials_voted(ours: str, second: str, third: str) -> str | None:
    """The word as two of three readings read it, letters compared case-blind, or None (no two
    alike, word for word or character by character in readings of one length).  Each
    character keeps the case of the first reading, in that order, that has it; a run of two
    letters or more read in both cases, not as a name is ("Thg"), that is no Vietnamese
    syllable is then put in capitals (small capitals: initials, codes)."""
    readings = [ours, second, third]
    folded = [r.casefold() for r in readings]
    if len({len(f) for f in folded}) == 1 and all(len(f) == len(r) for f, r in zip(folded, readings)):
        chars = []
        for k in range(len(ours)):
            column = [f[k] for f in folded]
            best = max(column, key=column.count)
            if column.count(best) < 2:
                return None
            chars.append(next(reading[k] for reading, f in zip(readings, folded) if f[k] == best))
        word = "".join(chars)
    else:
        alike = [reading for reading, f in zip(readings, folded) if folded.count(f) >= 2]
        if not alike:
            return None
        word = alike[0]
    return _LETTER_RUN.sub(lambda m: m.group().upper() if _mixed_case_initials(m.group()) else m.group(), word)


def _mixed_case_initials(run: str) -> bool:
    """A run of letters read partly small, partly capital, that is no syllable: small capitals
    ("vTA"), not a name ("Huyền") nor a word."""
    return (len(run) >= 2 and run != run.upper() and run.lower() != run and not run.istitle()
            and not known_syllables(run))


def _put_right_in_place(data: dict[str, list], rows: list[int], repair) -> int:
    """``repair`` (a line's words → the words put right by index) applied to the line's rows;
    a word changed keeps a confidence of at most 95 (a repair's, not a reader's)."""
    fixed = repair([str(data["text"][r]) for r in rows])
    for index, word in fixed.items():
        data["text"][rows[index]] = word
        data["conf"][rows[index]] = min(float(data["conf"][rows[index]]), 95.0)
    return len(fixed)


def comma_read_as_point(ours: str, theirs: str, following: str) -> bool:
    """Tesseract read a point where trueocr reads a comma, the same letters before it, and
    the next word of the line opens with a small letter: a sentence never ends there, so the
    word goes to the third reader however sure Tesseract is (a bold title's "hành chính,
    kỷ luật" read "chính." at 93).  The vote still takes trueocr's comma only when asterocr
    reads it too, or a semicolon (a mark with a tail: no point either; asterocr read the bold
    comma so); a speck read as a point ("triển. khai" on the real scans) that neither neural
    reader sees as a comma stays for the text repairs to judge."""
    return (ours.endswith(".") and theirs == ours[:-1] + "," and any(c.isalpha() for c in ours)
            and following[:1].islower())


# Letters a code's digits are read as (and back): the look-alikes of ocr_repair's code repair,
# and a small g for 6 (a reader's lower case of a G in a code).
_CODE_LOOKALIKE_PAIRS = frozenset(frozenset(pair) for pair in [*CODE_DIGIT_LOOKALIKES.items(), ("g", "6")])
_POINTS = frozenset(".,;:")


def code_lookalikes(ours: str, theirs: str) -> bool:
    """Tesseract and trueocr read a code (capitals and digits: "TK1", "PC06 (Đ1)", "P6") of the
    same length alike but for a digit one of them reads as its look-alike letter ("ĐI", "PG"),
    and maybe a point read as a comma.  A code is no word: nothing in it (no syllable, no
    vocabulary) tells the digit from the letter, and on the real scans Tesseract read such
    glyphs of a "Nơi nhận" list wrong at a confidence over ``DISPUTE_CONF``, so the word goes
    to the third reader whatever Tesseract's confidence (``code_majority`` then decides)."""
    if len(ours) != len(theirs) or ours == theirs or any(c.islower() and c not in "bcdhp/" for c in ours + theirs):
        return False
    if any(c.isalpha() and not ("A" <= c <= "Z" or c in "Đbcdhp") for c in ours + theirs):
        return False  # a capital with a tone or a hat ("BỘ", "SỞ"): a word, whose letters its syllable checks
    if not any(c.isupper() for c in ours) or all(c in "IVXLC" or not c.isalnum() for c in ours):
        return False  # (a heading's Roman numeral, "II.", is read by other rules: ocr_repair)
    digit_pair = False
    for a, b in zip(ours, theirs):
        if a == b:
            continue
        if frozenset((a, b)) in _CODE_LOOKALIKE_PAIRS:
            digit_pair = True
        elif not (a in _POINTS and b in _POINTS):
            return False
    return digit_pair


def code_majority(ours: str, theirs: str, third: str) -> str | None:
    """The code as two of the three readers read each of its characters, or None when the
    third reading is of another length or a character has no majority."""
    if len(third) != len(ours):
        return None
    out = []
    for a, b, c in zip(ours, theirs, third):
        if a == b or a == c:
            out.append(a)
        elif b == c:
            out.append(b)
        else:
            return None
    return "".join(out)


# Tesseract's word confidence under which any word trueocr reads differently goes to the third
# reader, and under which a difference of diacritics or case does (see worth_a_third_reading).
DISPUTE_CONF = 90.0
DISPUTE_MARKS_CONF = 95.0


def _skeleton(word: str) -> str:
    """The word's letters and digits, lower case, without diacritics ("Đổi," → "doi")."""
    return "".join(c for c in _marks_blind(word.lower()) if c.isalnum())


def _mark_count(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))


def worth_a_third_reading(ours: str, theirs: str, conf: float) -> bool:
    """Whether a word Tesseract (at ``conf``) and trueocr read differently goes to asterocr.
    Any word Tesseract is unsure of does; of a word it reads confidently, only a difference
    of diacritics or case (the same letters), and over ``DISPUTE_MARKS_CONF`` only a mark
    Tesseract lost (trueocr reads more).  On confidently read words, a difference of
    letters never won a vote and one of punctuation or of marks trueocr lacks made more
    words wrong than right; asking only as above reads far fewer of the words in
    dispute (asterocr's reads are the vote's cost) for the same text (figures in docs/ocr.md)."""
    if conf < DISPUTE_CONF:
        return True
    if _skeleton(ours) != _skeleton(theirs):
        return False
    letters = [c for c in ours if c.isalnum()] != [c for c in theirs if c.isalnum()]
    if conf < DISPUTE_MARKS_CONF and letters:
        return True
    return _mark_count(theirs) > _mark_count(ours)


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """The distinct syllables of underthesea's Vietnamese dictionary (Viet74K), lower case,
    NFC."""
    from underthesea.corpus import viet_dict_74K

    return frozenset(unicodedata.normalize("NFC", part.lower()) for word in viet_dict_74K.words for part in word.split())


# Compiled once: ``regex``'s own cache costs a lookup (its flags' enum arithmetic) each call,
# and the vote asks these of every word several times (~35 000 calls on the 20 seed pages).
_LETTER_RUN = regex.compile(r"\p{L}+")
_LETTERS_IN_PUNCTUATION = regex.compile(r"(\P{L}*)(\p{L}+)(\P{L}*)")


def known_syllables(word: str) -> bool:
    """Every run of letters in the word is a Vietnamese syllable of the dictionary (a
    word without letters — a number, a symbol — passes)."""
    return all(part in _syllables()
               for part in _LETTER_RUN.findall(unicodedata.normalize("NFC", word.lower())))


# The five tone marks (combining, after NFD): grave, acute, tilde, hook above, dot below.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tones(word: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", word) if c in TONE_MARKS]


def _toneless(word: str) -> str:
    """The word without its tone mark (the circumflex, breve and horn stay: "tổng" → "tông")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in TONE_MARKS))


def tone_seen_by_both(ours: str, theirs: str, third: str) -> bool:
    """Tesseract read the word without a tone mark and both other readers read its letters
    with one, each a different one: a tone stacked on a circumflex is small and Tesseract
    loses it ("chuyên" for "chuyển", "đôi" for "đổi": the commonest error left on the
    clean real pages).  The third reader's tone is the one taken; it puts far more words
    right than wrong (docs/ocr.md)."""
    return (not _tones(ours) and bool(_tones(theirs)) and len(_tones(third)) == 1
            and _toneless(theirs) == ours == _toneless(third))


def tone_of_a_weak_word(ours: str, theirs: str, third: str) -> bool:
    """Tesseract's word is no Vietnamese syllable — letters no syllable is made of, or no
    letter at all — and the two other readers read the same letters (hats and horns
    included), differing at most in the tone: all three disagree, so no majority stands, but
    the neural readers agree on everything but the tone and the third reader's reading is a
    syllable.  Its reading is taken: a bold "kỷ cương" read "kử" (k never comes before ư) /
    "kỳ" / "kỷ"; a heavy scan's bold "KẾ HOẠCH" whose "KẾ" Tesseract read as "." ("KỀ" /
    "KẾ").  A weak Tesseract word that is a syllable stands: on the real scans, asterocr's
    tone over a weak syllable put 1 word right and 4 wrong ("nhân" → "nhẫn", "viên" →
    "viễn"; docs/ocr.md)."""
    weak = not any(c.isalpha() for c in ours) or not known_syllables(ours)
    return (weak and third != ours and any(c.isalpha() for c in third) and _toneless(theirs) == _toneless(third)
            and len(_tones(third)) <= 1 and known_syllables(third))


def _tone_blind(words: str) -> str:
    """Words with each syllable's tone mark moved to its end: "ủy ban" and "uỷ ban" (the tone
    placed by the new and the old rule) are the same words."""
    return " ".join(_toneless(w) + "".join(_tones(w)) for w in unicodedata.normalize("NFC", words.lower()).split())


@functools.lru_cache(maxsize=1)
def _two_syllable_words() -> dict[str, frozenset[str]]:
    """The two-syllable words of Viet74K (not its names of places and persons), by their
    letters without tone marks ("chuyên đôi" for "chuyển đổi"), each as ``_tone_blind``
    writes it: the words a pair read with a tone slip could be."""
    from underthesea.corpus import viet_dict_74K

    index: dict[str, set[str]] = {}
    for word in viet_dict_74K.words:
        if word != word.lower():
            continue  # a place or a person ("Tịnh Sơn"): a rare name would put "tỉnh Sơn" in doubt
        word = unicodedata.normalize("NFC", word)
        if len(word.split()) == 2 and all(part.isalpha() for part in word.split()):
            index.setdefault(_toneless(word), set()).add(_tone_blind(word))
    return {key: frozenset(words) for key, words in index.items()}


def _pair_choices(first: str, second: str) -> tuple[str, frozenset[str]]:
    """Two syllables read as a pair (lower case, NFC) and the dictionary's words their letters
    make (``_two_syllable_words``; none: an empty set)."""
    read = unicodedata.normalize("NFC", f"{first} {second}".lower())
    return read, _two_syllable_words().get(_toneless(read), frozenset())


# The vowels a hat (circumflex, breve) stacks on, and the vowels with it, without tone.
_HATTED = {"a": "âă", "e": "ê", "o": "ô"}


def _with_a_hat(syllable: str) -> list[str]:
    """The syllables (of the dictionary) ``syllable`` (lower case, a tone and no hat) makes
    with a hat put on one of its vowels and a tone on that vowel: the marks a bold capital's
    stacked hat and tone are read as ("ĐÓC", "ĐỌC" for "ĐỐC", "TỎ" for "TỔ", "PHẢN" for
    "PHẦN")."""
    nfd = unicodedata.normalize("NFD", syllable)
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))
    if any(c in "\u0302\u0306\u031b" for c in nfd) or not _tones(syllable):
        return []  # a hat (or a horn) read already, or no tone: no stacked mark was lost
    out = set()
    for i, c in enumerate(base):
        for hatted in _HATTED.get(c, ""):
            for tone in TONE_MARKS:
                out.add(unicodedata.normalize("NFC", base[:i] + hatted + tone + base[i + 1:]))
    return sorted(w for w in out if w in _syllables())


def _a_pair_word(first: str, second: str) -> bool:
    read, choices = _pair_choices(first, second)
    return _tone_blind(read) in choices


def hats_lost_on_capitals(words: list[str]) -> dict[int, str]:
    """Words of a line in capitals whose hat a stacked tone hid, put right by the dictionary:
    {index: word}.  In bold capitals Tesseract and trueocr read "Ổ", "Ố", "Ầ" as the tone
    alone ("TỎ CHỨC", "GIÁM ĐÓC", "GIÁM ĐỌC", "THÀNH PHẢN"): the hat sits flat under the tone
    and no reader sees it, so no vote brings it back.  A capitals word with a tone and no
    hat takes a hat (and a tone) when, as read, it makes a two-syllable word of Viet74K with
    neither capitals neighbour, and exactly one such syllable makes one with a neighbour read
    as it stands.  Only a lost hat is put back: a tone-for-tone choice the dictionary cannot
    make ("BAN THƯỜNG" would be "ban thưởng", "AN TỈNH" "an tĩnh"); nor a proper name
    ("LÂM ĐÒNG": Viet74K's names are left out of its pairs)."""
    letters = [_letters_of(w) for w in words]

    def capitals(i: int) -> bool:
        return 0 <= i < len(words) and bool(letters[i]) and letters[i][1].isupper() and len(letters[i][1]) > 1

    fixed = {}
    for i in range(len(words)):
        if not capitals(i):
            continue
        lead, word, trail = letters[i]
        # the neighbours in capitals, no punctuation between
        neighbours = [j for j in (i - 1, i + 1) if capitals(j) and not (letters[min(i, j)][2] or letters[max(i, j)][0])]
        if not neighbours:
            continue

        def pairs(syllable: str, neighbours=neighbours, i=i) -> bool:
            return any(_a_pair_word(syllable, letters[j][1]) if j > i else _a_pair_word(letters[j][1], syllable)
                       for j in neighbours)

        if pairs(word):
            continue
        choices = [c for c in _with_a_hat(unicodedata.normalize("NFC", word.lower())) if pairs(c)]
        if len(choices) == 1:
            fixed[i] = lead + choices[0].upper() + trail
    return fixed


def _hats_in_doubt(words: list[str]) -> list[int]:
    """The words of a line that hold a tone and no hat where a hat could stand (``_with_a_hat``)
    and make a two-syllable word of Viet74K with neither neighbour (no punctuation between):
    the words whose hat a stacked tone may have hidden and that the dictionary could not put
    right.  In capitals (``hats_lost_on_capitals``'s: a neighbour in capitals), any such word
    ("TỘI PHẠM VẺ MA TUÝ", "TÌM HIẾU VẺ", "LÂM ĐÒNG", a name); in small letters, where
    "phó", "vẻ", "bó" are common words, only one that a hatted syllable would make a word
    with a neighbour as read ("thành phó," for "thành phố,")."""
    letters = [_letters_of(w) for w in words]

    def capitals(i: int) -> bool:
        return 0 <= i < len(words) and bool(letters[i]) and letters[i][1].isupper() and len(letters[i][1]) > 1

    def small(i: int) -> bool:  # small letters, the first one of any case ("Phó")
        return 0 <= i < len(words) and bool(letters[i]) and letters[i][1][1:].islower()

    found = []
    for i in range(len(words)):
        if not (capitals(i) or small(i)):
            continue
        word = unicodedata.normalize("NFC", letters[i][1].lower())
        hatted = _with_a_hat(word)
        if not hatted:
            continue
        alike = capitals if capitals(i) else (lambda j: 0 <= j < len(words) and bool(letters[j]))
        neighbours = [j for j in (i - 1, i + 1) if alike(j) and not (letters[min(i, j)][2] or letters[max(i, j)][0])]

        def pairs(syllable: str, neighbours=neighbours, i=i) -> bool:
            return any(_a_pair_word(syllable, letters[j][1]) if j > i else _a_pair_word(letters[j][1], syllable)
                       for j in neighbours)

        if neighbours and not pairs(word) and (capitals(i) or any(pairs(h) for h in hatted)):
            found.append(i)
    return found


def hats_seen_by_the_third_reader(gray: np.ndarray, data: dict[str, list], rows: list[int],
                                  word_height: float) -> int:
    """A hat a stacked tone hid, where asterocr sees it: each word of ``_hats_in_doubt`` is
    cut out (its box across, the line's band with its marks) and read by asterocr, and its
    reading is taken when it is the word's own letters with a hat put on and a tone (one of
    ``_with_a_hat``'s syllables), in the word's case.  Tesseract and trueocr read the hat and
    the tone stacked on a bold capital as the tone alone and agree ("VẺ" for "VỀ", "ĐÒNG" for
    "ĐỒNG"; in small letters "thành phó," for "thành phố,"), so no vote sees the slip; the
    dictionary puts it right only where one hatted syllable makes a word with a capitals
    neighbour (``hats_lost_on_capitals``), not in a name or before a word it makes none with.
    asterocr, reading the word alone, mostly sees the hat; it is asked only which hat (and
    tone), never for other letters.  Returns how many words changed (``data`` changed in
    place)."""
    words = [str(data["text"][r]) for r in rows]
    w = gray.shape[1]
    changed = 0
    for i in _hats_in_doubt(words):
        r = rows[i]
        lead, letters, trail = _letters_of(words[i])
        pad = max(2, int(data["height"][r]) // 6)
        left, right = int(data["left"][r]) - pad, int(data["left"][r]) + int(data["width"][r]) + pad
        top, bottom = _line_band(gray, data, rows, word_height, (left, right))
        crop = gray[top:bottom, max(0, left):min(w, right)]
        if crop.size == 0:
            continue
        heard = _letters_of(read_with_third_reader(crop)[0])
        if not heard:
            continue
        new = unicodedata.normalize("NFC", heard[1].lower())
        if new in _with_a_hat(unicodedata.normalize("NFC", letters.lower())):
            data["text"][r] = lead + _cased_like(new, letters) + trail
            data["conf"][r] = min(float(data["conf"][r]), 95.0)
            changed += 1
    return changed


def specks_read_as_points(words: list[str]) -> dict[int, str]:
    """Points inside a word of two syllables dropped: {index: word}.  On the real scans a speck
    after a syllable is read as a point ("phối hợp triển. khai", "Phương. án"); the next word
    opens with a small letter, so no sentence ends there, and the two syllables make a word of
    Viet74K, which no comma parts either (a comma a scan blurs to a point falls between
    words: "hành chính. kỷ luật" is no word and stays for the vote and the text repairs)."""
    fixed = {}
    for i in range(len(words) - 1):
        first, second = _letters_of(words[i]), _letters_of(words[i + 1])
        if (first and second and first[2] == "." and not second[0] and second[1][:1].islower()
                and first[1][1:].islower() and _a_pair_word(first[1], second[1])):
            fixed[i] = first[0] + first[1]
    return fixed


def _letters_of(word: str) -> tuple[str, str, str] | None:
    """A word as (leading punctuation, letters, trailing punctuation), or None when what is
    left holds anything but letters ("132-KL/TW", "2025")."""
    match = _LETTERS_IN_PUNCTUATION.fullmatch(word)
    return (match.group(1), match.group(2), match.group(3)) if match else None


def _cased_like(word: str, model: str) -> str:
    if model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def tones_of_a_word_pair(gray: np.ndarray, data: dict[str, list], rows: list[int], box: tuple[int, int, int, int],
                         before: str | None = None, word_height: float | None = None) -> int:
    """Tone marks put right on pairs of words that read as no word of the dictionary but,
    with other tones on the same letters, as one: the pair is cut out of its line and read
    by asterocr, and its reading taken when it is one of those words.  Returns how many
    words changed (``data`` changed in place).

    A tone stacked on a hat (ổ, ể, ẩ) is the commonest slip left on clean pages, and both
    Tesseract and trueocr make it on the same words ("chuyên đôi số" for "chuyển đổi số",
    "thúc đây"), so no vote sees it; asterocr, reading the two words together, mostly sees
    the tone.  The dictionary alone is no judge ("có hiệu lực" is also "có hiếu"): it only
    chooses which pairs to ask about (those that are no word as read), and a reading is
    taken only when asterocr reads one of its words, letter for letter (figures in
    docs/ocr.md).  ``before``: the last word of the line above in the same paragraph, which
    the line's first word may make a word with ("nội | dung cụ thể")."""
    w = gray.shape[1]
    x0, y0, x1, y1 = box
    pad = max(2, (y1 - y0) // 6)
    words = [str(data["text"][r]) for r in rows]
    changed, done = 0, -1
    context = [before] if before else []
    for k, choices in _pairs_with_a_tone_slip(context + words, fewest=True).items():
        k -= len(context)
        if k < 0 or k <= done:
            continue  # its first word was just put right with the word before
        a, b = rows[k], rows[k + 1]
        left, right = int(data["left"][a]) - pad, int(data["left"][b]) + int(data["width"][b]) + pad
        top, bottom = _line_band(gray, data, rows, word_height or (y1 - y0), (left, right))
        crop = gray[top:bottom, max(0, left):min(w, right)]
        if crop.size == 0:
            continue
        heard = [_letters_of(t) for t in read_with_third_reader(crop)[0].split()]
        taken = _take_pair_reading(words, k, " ".join(t[1] if t else "" for t in heard), choices)
        if taken:
            for row, word in ((a, words[k]), (b, words[k + 1])):
                if word != data["text"][row]:
                    data["text"][row] = word
                    data["conf"][row] = min(float(data["conf"][row]), 95.0)
            changed += taken
            done = k + 1
    return changed


# Share of characters two readings of a weak segment differ by (normalized edit distance)
# over which it is taken for a seal's or a signature's scraps (see vote_words).  A wide
# range of values drops the same scraps on the clean real pages and no printed word.
NOISE_DISAGREEMENT = 0.5
# A line segment this many word heights tall or more (a stamp, a picture) takes no vote.
VOTE_MAX_LINE_HEIGHT = 3.0


def _word_rows(data: dict[str, list]) -> list[int]:
    """The TSV rows that are words read with a confidence (level 5, text, conf ≥ 0)."""
    return [r for r, level in enumerate(data.get("level", ()))
            if int(level) == 5 and str(data["text"][r] or "").strip() and float(data["conf"][r]) >= 0]


def _mean_conf(data: dict[str, list], rows: list[int]) -> float | None:
    return sum(float(data["conf"][r]) for r in rows) / len(rows) if rows else None


def _weak_lines(data: dict[str, list]) -> list[tuple[tuple[int, ...], list[int]]]:
    """The page's lines of words whose mean confidence is under ``WEAK_LINE_CONF``, weakest
    first, at most ``MAX_REREAD_LINES``; lines taller than a text line (stamps, pictures)
    are left alone.  A line of two columns (the last recipient beside the tone marks of the
    signer's name below: the page pass takes both into one line and garbles it) is two
    lines here, each read again on its own."""
    lines: dict[tuple[int, ...], list[int]] = {}
    for r in _word_rows(data):
        key = (int(data["block_num"][r]), int(data["par_num"][r]), int(data["line_num"][r]))
        lines.setdefault(key, []).append(r)
    rows_of_words = _word_rows(data)
    if rows_of_words:
        word_height = float(np.median([int(data["height"][r]) for r in rows_of_words]))
        split: dict[tuple[int, ...], list[int]] = {}
        for key, rows in lines.items():
            for k, segment in enumerate(_line_segments(data, [rows], word_height)):
                split[(*key, k)] = sorted(segment.rows)
        lines = split
    weak = []
    for key, rows in lines.items():
        mean = _mean_conf(data, rows)
        height = max(int(data["height"][r]) for r in rows)
        if mean < WEAK_LINE_CONF and height < 150:
            weak.append((mean, key, rows))
    weak.sort(key=lambda item: item[0])
    out = []
    taken: set[int] = set()
    for _mean, key, rows in weak[:MAX_REREAD_LINES]:
        if taken.intersection(rows):
            continue
        below = _line_under_its_marks(data, rows, lines)
        if below is not None and not taken.intersection(below):
            rows = sorted(rows + below)
        taken.update(rows)
        out.append((key, rows))
    return out


def _line_under_its_marks(data: dict[str, list], rows: list[int], lines: dict) -> list[int] | None:
    """The line whose top the weak scrap ``rows`` reaches into from above, under it: the page
    pass sometimes takes the tone marks of a line ("Trần Văn Lâm" → "Trân Văn Lam") into
    the line beside it as a scrap ("lễ s :"); the two are read again as one line."""
    x0, y0, x1, y1 = _box_of(data, rows)
    for other in lines.values():
        if other is rows or set(other) & set(rows):
            continue
        a0, b0, a1, b1 = _box_of(data, other)
        if y0 < b0 < y1 < b1 and min(x1, a1) - max(x0, a0) > 0.5 * (x1 - x0):
            return list(other)
    return None


def _replace_lines(data: dict[str, list], lines: dict) -> None:
    """Put each re-read line's words in place of the page pass's words for that line, in
    page coordinates, under the line's own block/paragraph/line numbers."""
    replaced_rows = {r for rows, _reading, _origin in lines.values() for r in rows}
    first_row = {rows[0]: key for key, (rows, _reading, _origin) in lines.items()}
    out: dict[str, list] = {column: [] for column in data}
    for r in range(len(data["level"])):
        if r in first_row:
            key = first_row[r]
            _rows, reading, (dx, dy) = lines[key]
            for w in _word_rows(reading):
                for column in data:
                    value = reading[column][w] if column in reading else data[column][r]
                    if column == "left":
                        value = int(value) + dx
                    elif column == "top":
                        value = int(value) + dy
                    elif column in ("page_num", "block_num", "par_num", "line_num"):
                        value = data[column][r]
                    out[column].append(value)
        if r in replaced_rows:
            continue
        for column in data:
            out[column].append(data[column][r])
    data.clear()
    data.update(out)


def _split_pages(data: dict[str, list], count: int) -> list[dict[str, list]]:
    """TSV columns of a multi-page run → one column dict per page (``page_num`` is 1-based)."""
    if count == 1:
        return [data]
    pages: list[dict[str, list]] = [{key: [] for key in data} for _ in range(count)]
    columns = list(data.items())
    for row, number in enumerate(data.get("page_num", [])):
        target = pages[int(number) - 1] if 1 <= int(number) <= count else None
        if target is not None:
            for key, values in columns:
                target[key].append(values[row])
    return pages


def _save_for_tesseract(image: Image.Image, path: str) -> None:
    # Uncompressed BMP: pytesseract's default PNG costs time to encode, and Leptonica
    # reads BMP faster than PNG or PNM (docs/ocr.md).
    image.save(path, format="BMP")


def _unrotate_box(box: tuple[float, float, float, float], angle: float, size: tuple[int, int]) -> Box:
    """Map a box found on the image rotated by ``angle`` (around its centre, same size) back
    to the original image: rotate its corners back and take their bounding box."""
    if not angle:
        return box
    x0, y0, x1, y1 = box
    cx, cy = size[0] / 2, size[1] / 2
    theta = np.deg2rad(angle)
    c, s = np.cos(theta), np.sin(theta)
    xs, ys = [], []
    for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        # PIL rotates counter-clockwise on screen (y down): undo with the inverse rotation.
        dx, dy = x - cx, y - cy
        xs.append(cx + c * dx - s * dy)
        ys.append(cy + s * dx + c * dy)
    return (min(xs), min(ys), max(xs), max(ys))


# ------------------------------------------------------------------------------ reading order

# A gap wider than this many word heights between two words of a line separates two columns
# (the issuer beside the national motto, "Nơi nhận" beside the signature), not two words.
COLUMN_GAP = 2.5
# A two-column block goes on over a blank of at most this many word heights between lines.
COLUMN_BLOCK_GAP = 2.0


@dataclass
class _Segment:
    """Words of one Tesseract line with no column gap between them."""

    rows: list[int]  # TSV rows, left to right
    line: int  # index of its Tesseract line, in Tesseract's order
    box: tuple[int, int, int, int]
    noise: bool = False  # a speck read as ":" or "ä", or a garbled scrap of a seal

    @property
    def middle(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


def _box_of(data: dict[str, list], rows: list[int]) -> tuple[int, int, int, int]:
    return (min(int(data["left"][r]) for r in rows), min(int(data["top"][r]) for r in rows),
            max(int(data["left"][r]) + int(data["width"][r]) for r in rows),
            max(int(data["top"][r]) + int(data["height"][r]) for r in rows))


# A narrower gap separates two columns too when it is this many times the line's usual gap
# between words, and at least NARROW_COLUMN_GAP word heights: a motto too long for its
# column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT / NAM") comes only a couple of word heights
# from the issuer beside it, and an issuer as long as its column ("THỦ TƯỚNG CHÍNH PHỦ",
# real scan Q04 p1) 1.4 from the motto, while a justified line stretches all its gaps alike.
NARROW_COLUMN_GAP = 1.3
COLUMN_GAP_RATIO = 3.0
MIN_GAPS_FOR_RATIO = 3  # other gaps on the line, for its usual gap to mean something


def _line_segments(data: dict[str, list], lines: list[list[int]], word_height: float) -> list[_Segment]:
    segments = []
    for index, rows in enumerate(lines):
        rows = sorted(rows, key=lambda r: int(data["left"][r]))
        piece = [rows[0]]
        gaps = [int(data["left"][after]) - (int(data["left"][before]) + int(data["width"][before]))
                for before, after in zip(rows, rows[1:])]
        for k, (after, gap) in enumerate(zip(rows[1:], gaps)):
            others = gaps[:k] + gaps[k + 1:]
            narrow = (len(others) >= MIN_GAPS_FOR_RATIO and gap > NARROW_COLUMN_GAP * word_height
                      and gap > COLUMN_GAP_RATIO * max(float(np.median(others)), 1.0))
            if gap > COLUMN_GAP * word_height or narrow:
                segments.append(_segment(data, piece, index))
                piece = []
            piece.append(after)
        segments.append(_segment(data, piece, index))
    return segments


# A segment with at most this many letters and digits, or read at a mean confidence under
# this, is noise for the column analysis (it is still read, in the column it falls in).
NOISE_CHARS = 1
NOISE_CONF = 30.0


def _segment(data: dict[str, list], rows: list[int], line: int) -> _Segment:
    letters = sum(ch.isalnum() for r in rows for ch in str(data["text"][r]))
    noise = letters <= NOISE_CHARS or (_mean_conf(data, rows) or 0.0) < NOISE_CONF
    return _Segment(rows, line, _box_of(data, rows), noise)


def _visual_rows(segments: list[_Segment]) -> list[list[_Segment]]:
    """Segments grouped into printed lines (same height on the page), top to bottom."""
    rows: list[list[_Segment]] = []
    for s in sorted(segments, key=lambda s: (s.middle, s.box[0])):
        if rows and abs(s.middle - rows[-1][0].middle) <= max(rows[-1][0].height, 1) * 0.5:
            rows[-1].append(s)
        else:
            rows.append([s])
    for row in rows:
        row.sort(key=lambda s: s.box[0])
    return rows


def _sides(row: list[_Segment], lo: float, hi: float) -> tuple[float, float] | None:
    """The gutter (lo, hi) narrowed by the row's segments, or None when one crosses it.  A
    segment ending before ``hi`` is in the left column, one starting after ``lo`` in the
    right one (by its middle when both)."""
    for s in row:
        left_ok, right_ok = s.box[2] <= hi, s.box[0] >= lo
        if left_ok and right_ok:
            left_ok = (s.box[0] + s.box[2]) / 2 < (lo + hi) / 2
        if left_ok:
            lo = max(lo, s.box[2])
        elif right_ok:
            hi = min(hi, s.box[0])
        else:
            return None
    return (lo, hi) if lo < hi else None


def _two_column_blocks(rows: list[list[_Segment]], word_height: float) -> list[tuple[list[list[_Segment]], float]]:
    """Runs of at least three printed lines set in two columns, each with its gutter's
    middle.  A run starts at a line of two segments (the gap between them is the gutter) or
    at two lines one above the other whose segments are a column gap apart side to side
    (the signature title above "Nơi nhận"); the lines above and below join while their
    segments keep to one side of the gutter and no wide blank separates them.  A run that
    meets a line of three or more segments across the gutter, or holds two lines of three or
    more, is a table, not two columns, and is left alone;
    a run started by two lines needs two lines on each side.  Noise segments (specks,
    scraps of a seal) count for none of this and are read in the column they fall in."""
    blocks = []
    taken: set[int] = set()
    full = rows
    rows = [[s for s in row if not s.noise] or row for row in rows]

    def blank(upper: list[_Segment], lower: list[_Segment]) -> float:
        return min(s.box[1] for s in lower) - max(s.box[3] for s in upper)

    for i, row in enumerate(rows):
        if i in taken:
            continue
        side_by_side = len(row) == 2
        if side_by_side:
            gutter, members = (row[0].box[2], row[1].box[0]), [i]
        elif (len(row) == 1 and i + 1 < len(rows) and i + 1 not in taken and len(rows[i + 1]) == 1
              and blank(row, rows[i + 1]) <= COLUMN_BLOCK_GAP * word_height):
            a, b = sorted((row[0], rows[i + 1][0]), key=lambda s: s.box[0])
            if b.box[0] - a.box[2] <= COLUMN_GAP * word_height:
                continue
            gutter, members = (a.box[2], b.box[0]), [i, i + 1]
        else:
            continue
        table = False
        for step in (1, -1):
            j = max(members) + 1 if step > 0 else min(members) - 1
            while 0 <= j < len(rows) and j not in taken:
                near = rows[j - step]
                gap = blank(near, rows[j]) if step > 0 else blank(rows[j], near)
                if gap > COLUMN_BLOCK_GAP * word_height:
                    break
                narrowed = _sides(rows[j], *gutter)
                if narrowed is None:
                    table = len(rows[j]) > 2
                    break
                gutter = narrowed
                members.append(j)
                j += step
        # A line of three segments keeping to the two sides is a letterhead's "Số:  /UBND"
        # with its hand-filled number faded; two of them, or one across the gutter, a table.
        if table or len(members) < 3 or sum(len(rows[j]) > 2 for j in members) > 1:
            continue
        middle = (gutter[0] + gutter[1]) / 2
        sides = [sum(1 for j in members for s in rows[j] if (s.box[2] <= middle) == left) for left in (True, False)]
        if not side_by_side and min(sides) < 2:  # a page number above a heading is not a block
            continue
        if not any(len({s.box[2] <= middle for s in rows[j]}) == 2 for j in members):
            # No line holds both columns: one column must lie wholly above the other (the
            # signature title above "Nơi nhận"), not around it (a name set flush left under
            # a centred title is read where it stands).
            spans = [[rows[j][0].box[1] for j in members if (rows[j][0].box[2] <= middle) == left]
                     + [rows[j][0].box[3] for j in members if (rows[j][0].box[2] <= middle) == left]
                     for left in (True, False)]
            (top_l, bottom_l), (top_r, bottom_r) = [(min(v), max(v)) for v in spans]
            slack = word_height / 2  # descenders of one line over the ascenders of the next
            if not (bottom_l <= top_r + slack or bottom_r <= top_l + slack):
                continue
        taken.update(members)
        blocks.append(([full[j] for j in sorted(members)], middle))
    return blocks


def column_order(data: dict[str, list]) -> dict[str, list]:
    """The page's words in reading order: as Tesseract gives its lines, except that a
    two-column block (the letterhead: issuer, number and subject on the left, the national
    motto and the date on the right; "Nơi nhận" beside the signature) is read column by
    column — its left column's lines, then its right column's — where Tesseract's page pass
    merges the two sides line by line ("BỘ CÔNG AN CỘNG HOÀ XÃ HỘI …").  These are the
    crawled-text conventions the other readers emit.  Returns the word rows only, each block
    column as a paragraph of its own (new block numbers)."""
    words = _word_rows(data)
    if not words:
        return data
    lines: dict[tuple[int, int, int], list[int]] = {}
    for r in words:
        lines.setdefault((int(data["block_num"][r]), int(data["par_num"][r]), int(data["line_num"][r])), []).append(r)
    keys = list(lines)
    word_height = float(np.median([int(data["height"][r]) for r in words]))
    segments = _line_segments(data, list(lines.values()), word_height)
    blocks = _two_column_blocks(_visual_rows(segments), word_height)
    if not blocks:
        return data
    # Each block takes the place of its first line in Tesseract's order.
    block_at: dict[int, int] = {}
    in_block: set[int] = set()
    for number, (block_rows, _middle) in enumerate(blocks):
        members = {s.line for row in block_rows for s in row}
        in_block |= members
        block_at[min(members)] = number
    out: dict[str, list] = {column: [] for column in data}

    def emit(rows: list[int], key: tuple[int, int, int]) -> None:
        for r in rows:
            for column in data:
                out[column].append(data[column][r])
            out["block_num"][-1], out["par_num"][-1], out["line_num"][-1] = key

    next_block = max(int(b) for b in data["block_num"]) + 1
    for index, key in enumerate(keys):
        if index in block_at:
            block_rows, middle = blocks[block_at[index]]
            for side, keep in ((1, lambda s: s.box[2] <= middle), (2, lambda s: s.box[2] > middle)):
                number = 0
                for row in block_rows:
                    pieces = [r for s in row if keep(s) for r in s.rows]
                    if pieces:
                        number += 1
                        emit(pieces, (next_block, side, number))
            next_block += 1
        if index not in in_block:
            emit(lines[key], key)
    return out


# A wrapped paragraph that Tesseract's page pass cut into two blocks ("- Tham mưu …; chỉ đạo" |
# "Trung tâm Truyền thông và các đơn vị …", P02 p3: the second line opened a block of its own,
# and the text read a new sentence with its own subject there).  The next block goes on with the
# paragraph when the line before it is a full line of the body (it reaches the body's right
# edge, within CONTINUED_RIGHT word heights, and spans at least CONTINUED_WIDTH of the body's
# width) that ends on a word or a comma, and the new line starts at the body's left edge (no
# first-line indent: a new paragraph is indented), no further left than CONTINUED_LEFT word
# heights from it, within CONTINUED_GAP word heights below it, in print of the body's size
# (CONTINUED_HEIGHT of the page's word height: a footnote is smaller; a line's own height
# depends on its marks, 42–53 px on P02 p3), and opens with no list mark ("-", "+", "2.",
# "a)", "III-") nor a footnote's number.
CONTINUED_RIGHT = 2.0
CONTINUED_WIDTH = 0.75
CONTINUED_LEFT = 1.0
CONTINUED_GAP = 1.0
CONTINUED_HEIGHT = 0.8
_OPENS_ITEM = regex.compile(r"""^(?:[-–—+•*·]                 # a dash or a bullet
                              |\(?\d{1,3}(?:\.\d{1,3})*[.)/-]   # "2.", "3.1.", "1)"
                              |\d{1,2}(?=\s*\p{Lu})           # a footnote's number ("1 Cơ sở …")
                              |\(?[a-zđ][.)]                  # "a)", "b."
                              |[IVXLC]{1,5}[.\-–)]            # "III-", "II."
                              |(?:Điều|Chương|Mục|Phần|Phụ\s+lục)\s+[\dIVXLC])  # "Điều 2.", "Chương II"
                           """, regex.VERBOSE)
_ENDS_ON_WORD = regex.compile(r"[\p{L}\d,]$")


def continued_paragraphs(data: dict[str, list]) -> set[tuple[int, int, int]]:
    """Keys of the lines that open a Tesseract block or paragraph but go on with the paragraph
    of the line before them (see ``CONTINUED_RIGHT``): joined to it by a line break, not a
    blank line."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, level in enumerate(data.get("level", ())):
        if int(level) == 5 and str(data["text"][i] or "").strip():
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            lines.setdefault(key, []).append(i)
    if len(lines) < 2:
        return set()

    def extent(rows: list[int]) -> tuple[float, float, float, float, float]:
        left = min(float(data["left"][r]) for r in rows)
        right = max(float(data["left"][r]) + float(data["width"][r]) for r in rows)
        top = float(np.median([float(data["top"][r]) for r in rows]))
        height = float(np.median([float(data["height"][r]) for r in rows]))
        return left, right, top, top + height, height

    boxes = {key: extent(rows) for key, rows in lines.items()}
    word_height = float(np.median([b[4] for b in boxes.values()]))
    body_left = float(np.percentile([b[0] for b in boxes.values()], 10))
    body_right = float(np.percentile([b[1] for b in boxes.values()], 90))
    if body_right - body_left < 10 * word_height:
        return set()
    joined: set[tuple[int, int, int]] = set()
    keys = list(lines)
    for before, key in zip(keys, keys[1:]):
        if key[:2] == before[:2]:
            continue
        (l0, r0, _t0, b0, h0), (l1, _r1, t1, _b1, h1) = boxes[before], boxes[key]
        last = str(data["text"][lines[before][-1]]).strip()
        first = " ".join(str(data["text"][r]).strip() for r in lines[key][:2])
        if (r0 >= body_right - CONTINUED_RIGHT * word_height
                and r0 - l0 >= CONTINUED_WIDTH * (body_right - body_left)
                and _ENDS_ON_WORD.search(last)
                and l1 <= min(l0, body_left + CONTINUED_LEFT * word_height) + 0.5 * word_height
                and l1 >= body_left - CONTINUED_LEFT * word_height
                and -0.5 * word_height <= t1 - b0 <= CONTINUED_GAP * word_height
                and h1 >= CONTINUED_HEIGHT * word_height
                and not _OPENS_ITEM.match(first)):
            joined.add(key)
    return joined


def assemble(data: dict[str, list], *, scale: float, angle: float = 0.0,
             size: tuple[int, int] = (0, 0)) -> tuple[str, list[Word]]:
    """Page text from Tesseract's TSV rows: words joined by a space, lines by ``\\n``,
    paragraphs and blocks by a blank line (unless the block goes on with the paragraph before
    it, ``continued_paragraphs``).  ``scale`` turns pixels into points."""
    parts: list[str] = []
    words: list[Word] = []
    length = 0
    previous: tuple[int, int, int] | None = None
    continued = continued_paragraphs(data)
    for i, level in enumerate(data.get("level", ())):  # an empty TSV (nothing read) has no columns
        if int(level) != 5:
            continue
        token = unicodedata.normalize("NFC", str(data["text"][i] or "")).strip()
        if not token:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if previous is not None:
            if key[:2] != previous[:2] and key not in continued:
                sep = "\n\n"
            elif key != previous:
                sep = "\n"
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        previous = key
        left, top = float(data["left"][i]), float(data["top"][i])
        box_px = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        x0, y0, x1, y1 = _unrotate_box(box_px, angle, size)
        conf = float(data["conf"][i])
        words.append(Word(text=token, start=length, end=length + len(token),
                          box=(x0 * scale, y0 * scale, x1 * scale, y1 * scale),
                          conf=round(conf, 1) if conf >= 0 else None))
        parts.append(token)
        length += len(token)
    return "".join(parts), words


def ocr_image(image: Image.Image, *, dpi: float = 300, lang: str = "vie", psm: int = PSM,
              preprocess: bool = True, timeout: float = 0) -> OcrPage:
    """OCR one page image rendered at ``dpi``; word boxes come back in PDF points."""
    check_tesseract(lang)
    prepared = prepare_page(image) if preprocess else PreparedPage(_gray(image))
    prepared.image, rulings = find_scanned_tables(prepared.image, dpi)
    prepared.image, cells = cut_table_cells(prepared.image, rulings, dpi)
    with tempfile.TemporaryDirectory(prefix="vnplan_ocr_") as workdir:
        path = os.path.join(workdir, "page.bmp")
        _save_for_tesseract(prepared.image, path)
        cell_jobs = _save_cells(cells, path)
        (data,) = _tesseract_tsv([path], lang, dpi, psm, timeout)
        reread_weak_lines([(path, data, prepared.steps)], lang, dpi, timeout)
        data = _second_reading(path, data, prepared.steps)
        read_table_cells([(data, cell_jobs, prepared.steps)], lang, dpi, timeout)
    return _finish(data, dpi, prepared.angle, prepared.steps, image.size, rulings)


@dataclass
class _ReadyPage:
    """A page prepared and written to disk, waiting for its Tesseract run."""

    path: str
    dpi: float
    angle: float
    steps: list[str]
    size: tuple[int, int]
    rulings: list  # table rules found on the prepared image (points)
    cells: list = field(default_factory=list)  # data-table cells on disk: (path, origin), see _save_cells


_NO_MORE_PAGES = object()


def ocr_pages(pages: Iterable[Callable[[], tuple[Image.Image, float]]], *, lang: str = "vie",
              psm: int = PSM, timeout: float = 0) -> Iterator[OcrPage]:
    """OCR pages in order; each item of ``pages`` produces (image, dpi) when called.

    A thread rasterizes and prepares pages (quick) while Tesseract reads the ones before
    (far slower).  With Tesseract in this process (``_tesseract_library``, no timeout), a
    second thread makes the page passes page by page while this one reads each page on
    (weak lines, the neural readers' vote, table cells): Tesseract's page pass of page k+1
    runs beside the vote on page k.  Else this thread runs the program: Tesseract starts as
    soon as the first page is ready (with it usually comes no other), and the pages prepared
    meanwhile go together in the next run, up to ``BATCH_PAGES``, one Tesseract at a time.
    At most ``2 × BATCH_PAGES`` page images wait on disk.  An error preparing page k is
    raised after pages 1..k-1 have been yielded."""
    check_tesseract(lang)
    ready: queue.Queue = queue.Queue(maxsize=BATCH_PAGES)
    stop = threading.Event()
    with tempfile.TemporaryDirectory(prefix="vnplan_ocr_") as workdir:

        def hand_over_to(target: queue.Queue, item) -> bool:
            while not stop.is_set():
                try:
                    target.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        def hand_over(item) -> bool:
            return hand_over_to(ready, item)

        def prepare_all() -> None:
            try:
                for index, make_image in enumerate(pages):
                    if stop.is_set():
                        return
                    image, dpi = make_image()
                    prepared = prepare_page(image)
                    prepared.image, rulings = find_scanned_tables(prepared.image, dpi)
                    prepared.image, cells = cut_table_cells(prepared.image, rulings, dpi)
                    path = os.path.join(workdir, f"page{index:06d}.bmp")
                    _save_for_tesseract(prepared.image, path)
                    cell_jobs = _save_cells(cells, path)
                    if not hand_over(_ReadyPage(path, dpi, prepared.angle, prepared.steps, image.size, rulings,
                                                cell_jobs)):
                        return
                    del image, prepared, cells
            except BaseException as exc:  # handed to the reader, which raises it in order
                hand_over(exc)
                return
            hand_over(_NO_MORE_PAGES)

        def taken(source: queue.Queue):
            """The next item of ``source``, or _NO_MORE_PAGES once the reader is gone."""
            while not stop.is_set():
                try:
                    return source.get(timeout=0.1)
                except queue.Empty:
                    continue
            return _NO_MORE_PAGES

        def page_passes(most: int) -> Iterator[tuple[list[_ReadyPage], list[dict[str, list]]]]:
            """The prepared pages in runs of up to ``most`` (those ready together, of one dpi),
            each with Tesseract's page pass; an error preparing a page is raised in turn."""
            held = None  # an item taken from the queue that does not fit the current batch
            while True:
                first = held if held is not None else taken(ready)
                held = None
                if not isinstance(first, _ReadyPage):
                    if isinstance(first, BaseException):
                        raise first
                    return  # no more pages
                batch = [first]
                while len(batch) < most:
                    try:
                        item = ready.get_nowait()
                    except queue.Empty:
                        break
                    if not isinstance(item, _ReadyPage) or item.dpi != first.dpi:
                        held = item
                        break
                    batch.append(item)
                yield batch, _tesseract_tsv([p.path for p in batch], lang, first.dpi, psm, timeout)

        def read_on(batch: list[_ReadyPage], results: list[dict[str, list]]) -> Iterator[OcrPage]:
            reread_weak_lines([(p.path, data, p.steps) for p, data in zip(batch, results)],
                              lang, batch[0].dpi, timeout)
            results = [_second_reading(page.path, data, page.steps) for page, data in zip(batch, results)]
            read_table_cells([(data, page.cells, page.steps) for page, data in zip(batch, results)],
                             lang, batch[0].dpi, timeout)
            for page, data in zip(batch, results):
                os.unlink(page.path)
                yield _finish(data, page.dpi, page.angle, page.steps, page.size, page.rulings)

        # With Tesseract in this process (no timeout to enforce), a third thread makes the page
        # passes, page by page (no model load to share), while this one reads the weak lines
        # again and votes on the page before: the neural readers' work no longer waits for
        # Tesseract's, nor Tesseract's for theirs.  The same runs, the same text; only the
        # order in time changes.
        ahead = not timeout and _tesseract_library() is not None
        passed: queue.Queue = queue.Queue(maxsize=1)  # one page read ahead, besides the one in hand

        def pass_all() -> None:
            try:
                for item in page_passes(1):
                    if not hand_over_to(passed, item):
                        return
            except BaseException as exc:  # handed to the reader, which raises it in order
                hand_over_to(passed, exc)
                return
            hand_over_to(passed, _NO_MORE_PAGES)

        preparer = threading.Thread(target=prepare_all, name="vnplan-ocr-prepare", daemon=True)
        preparer.start()
        passer = threading.Thread(target=pass_all, name="vnplan-ocr-page-pass", daemon=True) if ahead else None
        if passer is not None:
            passer.start()
        try:
            if passer is None:
                for batch, results in page_passes(BATCH_PAGES):
                    yield from read_on(batch, results)
                return
            while True:
                item = taken(passed)
                if isinstance(item, BaseException):
                    raise item
                if item is _NO_MORE_PAGES:
                    return
                yield from read_on(*item)
        finally:
            stop.set()
            preparer.join()
            if passer is not None:
                passer.join()


# Share of a mark-only word's box inside a word beside it for it to be a mark of that word.
MARK_INSIDE_WORD = 0.8


def marks_read_as_words(data: dict[str, list]) -> int:
    """Drop the "words" of punctuation alone that lie inside a word of the same line, above
    or below its letters: a mark of that word read a second time, on its own ("Phạm Tất
    Thắng “": the breve and acute of "ắ" read as a quotation mark, which cost the signer's
    name).  A real quotation mark or point stands beside a word, not within its box (a dash
    Tesseract boxes into its neighbour's box stands on the line, and stays).  Returns how many were dropped
    (``data`` changed in place)."""
    rows = _word_rows(data)
    by_line: dict[tuple[int, int, int], list[int]] = {}
    for r in rows:
        by_line.setdefault((int(data["block_num"][r]), int(data["par_num"][r]), int(data["line_num"][r])), []).append(r)
    dropped = 0
    for line in by_line.values():
        for r in line:
            if any(ch.isalnum() for ch in str(data["text"][r])):
                continue
            box = _box_of(data, [r])
            area = max(1, (box[2] - box[0]) * (box[3] - box[1]))
            for other in line:
                if other == r or not any(ch.isalnum() for ch in str(data["text"][other])):
                    continue
                o = _box_of(data, [other])
                inside = max(0, min(box[2], o[2]) - max(box[0], o[0])) * max(0, min(box[3], o[3]) - max(box[1], o[1]))
                middle = (box[1] + box[3]) / 2
                # a diacritic stands above the letters or below them; a dash or a point
                # Tesseract boxed into a neighbour's box stands on the line
                off_the_line = not o[1] + (o[3] - o[1]) / 3 <= middle <= o[3] - (o[3] - o[1]) / 3
                if inside >= MARK_INSIDE_WORD * area and box[0] > o[0] and box[2] < o[2] and off_the_line:
                    data["text"][r] = ""
                    dropped += 1
                    break
    return dropped


# Share of a word's box that the words of one other line cover for the word to be their ink
# read a second time (see words_read_twice).
READ_TWICE_COVER = 0.6


def words_read_twice(data: dict[str, list]) -> int:
    """Drop the words that read, a second time, ink another line of the page already reads:
    a word whose box the words of one other line cover for ``READ_TWICE_COVER`` of its area or
    more, each of them read at a higher confidence.  Tesseract's page pass reads a bold line
    set beside a column of small print twice at times, once as its own line and once into the
    line of the column beside it: real scan Q04 p2, the signer's title "PHÓ THỦ TƯỚNG" beside
    the "Nơi nhận" list, read "PHÓ THỦ TƯỚN" at 90-91 and again, in the list's next line, "x
    UTU" at 76 over the same letters (the signature column then read "PHÓ THỦ TƯỚN x UTU =").
    The words of one line never overlap so; nor do two lines of print.  Returns how many were
    dropped (``data`` changed in place)."""
    rows = _word_rows(data)
    if len(rows) < 2:
        return 0
    left = np.fromiter((int(data["left"][r]) for r in rows), np.int32, len(rows))
    top = np.fromiter((int(data["top"][r]) for r in rows), np.int32, len(rows))
    right = left + np.fromiter((int(data["width"][r]) for r in rows), np.int32, len(rows))
    bottom = top + np.fromiter((int(data["height"][r]) for r in rows), np.int32, len(rows))
    lines: dict[tuple[int, int, int], int] = {}
    line_of = np.fromiter((lines.setdefault((int(data["block_num"][r]), int(data["par_num"][r]),
                                             int(data["line_num"][r])), len(lines)) for r in rows), np.int32, len(rows))
    # (pairs that share rows of the page first: a few of the page's words, most often none)
    down = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :])
    candidates = np.flatnonzero(((down > 0) & (line_of[:, None] != line_of[None, :])).any(axis=1))
    if not candidates.size:
        return 0
    across = (np.minimum(right[candidates, None], right[None, :]) - np.maximum(left[candidates, None], left[None, :]))
    shared = np.clip(across, 0, None) * np.clip(down[candidates], 0, None)  # the area word j covers of candidate i
    shared[line_of[candidates, None] == line_of[None, :]] = 0
    conf = np.fromiter((float(data["conf"][r]) for r in rows), np.float64, len(rows))
    boxes = np.stack([left, top, right, bottom], axis=1)
    area = np.maximum(1, (boxes[candidates, 2] - boxes[candidates, 0]) * (boxes[candidates, 3] - boxes[candidates, 1]))
    dropped = 0
    for k in np.flatnonzero(shared.sum(axis=1) >= READ_TWICE_COVER * area):
        i = candidates[k]
        for line in set(line_of[np.flatnonzero(shared[k])]):
            cover = np.flatnonzero((shared[k] > 0) & (line_of == line))
            if shared[k, cover].sum() >= READ_TWICE_COVER * area[k] and (conf[cover] > conf[i]).all():
                data["text"][rows[i]] = ""
                dropped += 1
                break
    return dropped


def _finish(data: dict[str, list], dpi: float, angle: float, steps: list[str], size: tuple[int, int],
            rulings: list | None = None) -> OcrPage:
    marks_read_as_words(data)
    text, words = assemble(column_order(data), scale=72.0 / dpi, angle=angle, size=size)
    tables = []
    if rulings:
        scale = 72.0 / dpi
        text, words, tables = read_scanned_tables(text, words, rulings, angle, (size[0] * scale, size[1] * scale))
    confs = [w.conf for w in words if w.conf is not None]
    mean_conf = round(sum(confs) / len(confs), 1) if confs else None
    return OcrPage(text=text, words=words, mean_conf=mean_conf, steps=steps, tables=tables)


def render_pdf_page(page, dpi: int) -> tuple[Image.Image, float]:
    """The page as a greyscale image for OCR (coloured ink dropped), and the image's dpi.

    A scanner's page — one upright JPEG covering the whole page at ~``dpi`` — is decoded
    straight from its stream (the scanner's own pixels, and the fastest); anything else is
    rasterized by pypdfium2 in-process at ``dpi`` (faster than ``pdftoppm``; docs/ocr.md)."""
    scan = _page_scan_image(page, dpi)
    if scan is not None:
        return scan
    return _gray(page.render(scale=dpi / 72.0).to_pil()), float(dpi)


def _page_scan_image(page, dpi: int) -> tuple[Image.Image, float] | None:
    import io

    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360:
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    if pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
        return None  # drawn over the scan (a digital signature's appearance): the renderer shows it
    image_obj = objects[0]
    try:
        if image_obj.get_filters() != ["DCTDecode"]:
            return None
        a, b, c, d, _e, _f = image_obj.get_matrix().get()
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
            return None  # rotated or mirrored placement
        left, bottom, right, top = image_obj.get_bounds()
        x0, y0, x1, y1 = page.get_cropbox()
        if max(abs(left - x0), abs(bottom - y0), abs(right - x1), abs(top - y1)) > 2:
            return None  # does not cover the page exactly
        px_w, px_h = image_obj.get_px_size()
        native = px_w * 72.0 / (x1 - x0)
        if abs(native - dpi) > dpi * 0.03 or abs(px_h * 72.0 / (y1 - y0) - native) > dpi * 0.03:
            return None
        data = image_obj.get_data(decode_simple=False)
        image = Image.open(io.BytesIO(bytes(data)))
        if image.mode not in ("L", "RGB") or image.size != (px_w, px_h):
            return None
        if image.mode == "L":
            return image, native
        return _gray(image), native  # colour ink dropped
    except Exception:  # anything odd in the stream: the renderer copes
        return None


# -------------------------------------------------------------------------------- provenance


def words_in_span(page, start: int, end: int) -> list[Word]:
    """The words of ``page`` that overlap the character span [start, end) of ``page.text``."""
    return [w for w in page.words if w.start < end and w.end > start]


def span_box(words: list[Word]) -> Box | None:
    """Union box of the words (None when there are none)."""
    if not words:
        return None
    return (min(w.box[0] for w in words), min(w.box[1] for w in words),
            max(w.box[2] for w in words), max(w.box[3] for w in words))


def span_confidence(words: list[Word]) -> float | None:
    """Lowest OCR confidence among the words (None for a text layer or no words)."""
    confs = [w.conf for w in words if w.conf is not None]
    return min(confs) if confs else None
