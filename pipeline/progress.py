"""Page-level progress: the reader reports each OCR'd page, whoever runs the document listens.

A scanned document can take minutes; analysts watching a terminal bar or a log under nohup
need to see its pages move.  The listener is per process (a worker sends the event to the
driver, the in-process executor calls the driver's callback directly).
"""

from __future__ import annotations

from typing import Callable

_listener: Callable[[], None] | None = None


def set_page_listener(listener: Callable[[], None] | None) -> None:
    global _listener
    _listener = listener


def page_done() -> None:
    """One more page of the current document has been read (OCR)."""
    if _listener is not None:
        try:
            _listener()
        except Exception:  # noqa: BLE001 — progress never stops a document
            pass
