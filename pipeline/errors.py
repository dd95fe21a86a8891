"""The stable table of error kinds.

Every input that cannot be read fully ends as a manifest row with one of these kinds and a
message that tells the user what to do next.  Scripts filter on the kind, so the names are a
promise: add new kinds, never rename or remove one.
"""

from __future__ import annotations

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
