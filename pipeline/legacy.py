"""Legacy Vietnamese encodings (placeholder until the TCVN3/VNI tables land)."""

from __future__ import annotations

import unicodedata


def decode_text_bytes(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", data[3:].decode("utf-8", "replace")), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", data.decode("utf-16")), "utf-16"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return unicodedata.normalize("NFC", data.decode("cp1258", "replace")), "cp1258"


def fix_legacy_text(text: str) -> tuple[str, str | None]:
    return text, None
