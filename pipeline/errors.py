"""The stable table of error kinds.

Every input that cannot be read fully ends as a manifest row with one of these kinds and a
message that tells the user what to do next.  Scripts filter on the kind, so the names are a
promise: add new kinds, never rename or remove one.
"""

from __future__ import annotations

import errno
import zipfile
import zlib
from dataclasses import dataclass

# kind -> what the user can do about it (shown after the specific message)
ERROR_KINDS: dict[str, str] = {
    "empty": "The file has no content; check that the download or copy finished.",
    "corrupt": "The file is damaged or truncated; obtain a fresh copy from the source archive.",
    "encrypted": "The file is password-protected; decrypt it (e.g. qpdf --decrypt) and run again.",
    "unsupported_type": "Convert it to PDF, DOCX, an image or UTF-8 text, then run again.",
    "too_large": "The file or one of its pages exceeds the size limits; raise --max-mb / --max-pages or split it.",
    "timeout": "Processing took longer than --timeout; raise the limit or run this file alone.",
    "no_text": "No text could be read; if it is a scan, make sure OCR is enabled (Tesseract with 'vie').",
    "legacy_encoding": "Text uses a legacy Vietnamese font encoding that could not be mapped; convert it with a TCVN3/VNI converter.",
    "unsafe": "The input was refused for safety (path traversal, external entities, decompression bomb).",
    "ocr_unavailable": "Tesseract or its Vietnamese data is missing; run the README's set-up command.",
    "memory": "The worker ran out of memory; lower --workers or raise the machine's memory.",
    "results_missing": "Its stored results were removed or damaged in the output folder; run vnplan extract on it again.",
    "internal": "An unexpected error in vnplan; please report it with the file if you can share it.",
}


@dataclass
class PipelineError(Exception):
    """An expected failure on one input: never a traceback for the user."""

    kind: str
    message: str

    def __post_init__(self) -> None:
        if self.kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {self.kind!r}")
        super().__init__(self.message)

    @property
    def hint(self) -> str:
        return ERROR_KINDS[self.kind]

    def user_message(self) -> str:
        return f"{self.message} — {self.hint}"


class RunError(Exception):
    """A problem with the run itself, not with one input (an unreachable cluster, a busy
    output folder …): the message says what to fix; the CLI shows it without a traceback."""


# errno values that mean "the machine, not the file": a clear message, never a crash.
_STORAGE_ERRNOS = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exceeded",
                   errno.EROFS: "the file system is read-only"}


def storage_problem(exc: BaseException) -> str | None:
    """What is wrong with the output storage (disk full, quota, read-only), or None."""
    if isinstance(exc, OSError) and exc.errno in _STORAGE_ERRNOS:
        return _STORAGE_ERRNOS[exc.errno]
    return None


def classify(exc: BaseException, path: str) -> PipelineError:
    """The one mapping from an exception met while reading or extracting ``path`` to an error
    kind and message.  Used by input hashing, reading and the per-document function, so the
    same failure gets the same kind wherever it happens."""
    if isinstance(exc, PipelineError):
        return exc
    if isinstance(exc, MemoryError):
        return PipelineError("memory", f"{path}: ran out of memory (the worker's memory limit)")
    if isinstance(exc, RecursionError):
        return PipelineError("corrupt", f"{path}: structure nested too deeply to read")
    if isinstance(exc, (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError)):
        return PipelineError("corrupt", f"{path}: the compressed data cannot be decompressed ({_brief(exc)})")
    if isinstance(exc, NotImplementedError):  # e.g. an unsupported zip compression method
        return PipelineError("unsupported_type", f"{path}: {_brief(exc)}")
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):  # zipfile: password required
        return PipelineError("encrypted", f"{path}: the zip member is password-protected")
    if isinstance(exc, OSError):
        problem = storage_problem(exc)
        if problem:
            return PipelineError("internal", f"{path}: {problem} ({exc.strerror or exc})")
        return PipelineError("corrupt", f"{path}: cannot be read ({exc.strerror or _brief(exc)})")
    if isinstance(exc, (ValueError, UnicodeError, OverflowError)) and _from_zip_or_xml(exc):
        return PipelineError("corrupt", f"{path}: damaged container ({_brief(exc)})")
    return PipelineError("internal", f"{path}: {_brief(exc)}")


def _brief(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:300]}"


def _from_zip_or_xml(exc: BaseException) -> bool:
    """Raised inside zipfile or an XML parser (a damaged member header, a bad part)."""
    tb = exc.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module in ("zipfile", "zlib") or module.startswith(("xml.", "lxml", "docx", "defusedxml")):
            return True
        tb = tb.tb_next
    return False
