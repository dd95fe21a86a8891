"""Enumerating inputs: files, folders (recursive) and ``.zip`` archives → ``InputItem`` s.

Enumeration only looks at names and sizes (a zip's central directory), in a sorted,
deterministic order, so that stems and duplicate detection come out the same on every run.
Bytes are read later, one document at a time, by whoever processes it (``read_bytes``):
zip members are decompressed in memory, never extracted to disk, and never past the size cap.

Anything refused here (traversal member paths, zip bombs, symlinks that leave the input
root, unreadable files) becomes an item with a ``refusal``: it still gets its manifest row.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Iterator

from .errors import PipelineError, classify

# How a zip member is named in the manifest: "<archive path>!/<member name>" (as in jar: URLs).
MEMBER_SEPARATOR = "!/"
HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps that keep a hostile archive from exhausting disk, memory or time."""

    max_members: int = 100_000
    max_total_bytes: int = 50 * 1024**3  # sum of declared uncompressed sizes
    max_member_bytes: int = 200 * 1024**2  # per member; the CLI sets it from --max-mb
    max_ratio: int = 1000  # uncompressed/compressed beyond this (and > 10 MB) is a bomb


@dataclass(frozen=True)
class InputItem:
    """One input document: a file on disk or a member of a zip archive."""

    path: str  # as shown in the manifest (posix separators)
    file: str  # the file on disk to open (the archive for a member)
    member: str | None = None  # zip member name, or None for a plain file
    size: int = 0  # bytes (uncompressed for a member)
    refusal: PipelineError | None = None  # set when the item must not be read
    refusal_status: str = "failed"  # manifest status for a refusal ("failed" or "skipped")

    @property
    def name(self) -> str:
        """The file name handed to the pipeline (it names the output stem)."""
        return PurePosixPath(self.member or self.path).name


# ------------------------------------------------------------------------------ enumerate


def iter_inputs(paths: list[str], limits: ArchiveLimits | None = None,
                exclude: str | Path | None = None) -> Iterator[InputItem]:
    """Every input document under ``paths``, in sorted order within each given path.

    ``exclude`` is a folder never entered (the output folder, when it lies inside an input
    folder: its JSON and text files are not inputs)."""
    limits = limits or ArchiveLimits()
    skip = os.path.realpath(exclude) if exclude is not None else None
    for given in paths:
        p = Path(given)
        if p.is_dir():
            yield from _walk_folder(p, limits, skip)
        elif p.is_file():
            yield from _file_or_archive(p, _display(p), limits)
        elif os.path.lexists(p):
            yield _refused(_display(p), str(p), "unsupported_type", f"{_display(p)}: not a regular file or folder")
        else:
            # The CLI checks existence up front; reaching here means it vanished meanwhile.
            yield _refused(_display(p), str(p), "corrupt", f"{_display(p)}: no such file or folder")


def _display(p: Path) -> str:
    """The path as the manifest shows it.  A name that is not UTF-8 (old archives written
    in a legacy code page) reaches Python with surrogate escapes that no table, JSON or
    terminal can encode; its odd bytes are shown as ``\\xNN`` (unique, and the file is still
    opened by its real name)."""
    return os.fsencode(p.as_posix()).decode("utf-8", "backslashreplace")


def _walk_folder(root: Path, limits: ArchiveLimits, skip: str | None) -> Iterator[InputItem]:
    real_root = os.path.realpath(root)
    if skip is not None and _inside(real_root, skip):
        return
    # os.walk does not follow directory symlinks; we report the ones that leave the root and
    # silently skip the ones that stay inside (their files are visited under the real path).
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        if skip is not None:
            dirnames[:] = [d for d in dirnames if os.path.realpath(os.path.join(dirpath, d)) != skip]
        dirnames.sort()
        entries = sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))])
        for entry in entries:
            full = Path(dirpath) / entry
            shown = _display(full)
            if full.is_symlink():
                target = os.path.realpath(full)
                if not _inside(target, real_root):
                    yield _refused(shown, str(full), "unsafe",
                                   f"{shown}: symbolic link to {target}, outside the input folder (not followed)",
                                   status="skipped")
                    continue
                if os.path.isdir(target):
                    continue
            if not full.is_file():
                continue  # sockets, fifos, dangling links: not documents
            yield from _file_or_archive(full, shown, limits)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _file_or_archive(p: Path, shown: str, limits: ArchiveLimits) -> Iterator[InputItem]:
    try:
        size = p.stat().st_size
    except OSError as exc:
        yield _refused(shown, str(p), "corrupt", f"{shown}: cannot be read ({exc.strerror})")
        return
    if p.suffix.lower() == ".zip" and _is_zip(p):
        yield from _archive_members(p, shown, limits)
        return
    yield InputItem(path=shown, file=str(p), size=size)


def _is_zip(p: Path) -> bool:
    try:
        return zipfile.is_zipfile(p)
    except OSError:
        return False


def _archive_members(p: Path, shown: str, limits: ArchiveLimits) -> Iterator[InputItem]:
    try:
        with zipfile.ZipFile(p) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield _refused(shown, str(p), "corrupt", f"{shown}: the zip archive cannot be opened ({exc})")
        return
    if any(i.filename == "[Content_Types].xml" for i in infos):
        # An Office Open XML document (a DOCX named .zip) is one document, not an archive.
        yield InputItem(path=shown, file=str(p), size=p.stat().st_size)
        return
    if len(infos) > limits.max_members:
        yield _refused(shown, str(p), "unsafe",
                       f"{shown}: {len(infos)} members, over the cap of {limits.max_members} (split the archive)")
        return
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_bytes:
        yield _refused(shown, str(p), "unsafe",
                       f"{shown}: expands to {total / 2**30:.1f} GB, over the cap of "
                       f"{limits.max_total_bytes / 2**30:.0f} GB (possible zip bomb)")
        return
    for info in sorted(infos, key=lambda i: i.filename):
        member_shown = f"{shown}{MEMBER_SEPARATOR}{info.filename}"
        problem = _unsafe_member_name(info.filename)
        if problem:
            yield _refused(member_shown, str(p), "unsafe", f"{member_shown}: {problem} (refused)",
                           member=info.filename)
        elif info.file_size > limits.max_member_bytes:
            yield _refused(member_shown, str(p), "too_large",
                           f"{member_shown}: expands to {_mb(info.file_size)}, over the "
                           f"{_mb(limits.max_member_bytes)} limit", member=info.filename)
        elif (info.file_size > 10 * 2**20
              and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            yield _refused(member_shown, str(p), "unsafe",
                           f"{member_shown}: compression ratio over {limits.max_ratio}:1 (possible zip bomb)",
                           member=info.filename)
        elif stat.S_ISLNK(info.external_attr >> 16):
            yield _refused(member_shown, str(p), "unsafe", f"{member_shown}: a symbolic link inside the archive (not followed)",
                           member=info.filename, status="skipped")
        else:
            yield InputItem(path=member_shown, file=str(p), member=info.filename, size=info.file_size)


def _unsafe_member_name(name: str) -> str | None:
    """Why a member path could escape an extraction folder, or None when it cannot."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return "absolute member path"
    if ".." in norm.split("/"):
        return "member path climbs out of the archive ('..')"
    if "\x00" in norm:
        return "member path contains a NUL byte"
    return None


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"  # MiB, as --max-mb counts them


def _refused(path: str, file: str, kind: str, message: str, *, member: str | None = None,
             status: str = "failed") -> InputItem:
    return InputItem(path=path, file=file, member=member, refusal=PipelineError(kind, message),
                     refusal_status=status)


# ---------------------------------------------------------------------------------- read


@lru_cache(maxsize=2)
def _open_archive(file: str, mtime_ns: int) -> zipfile.ZipFile:
    # Parsing a large central directory per member would be quadratic; keep the last two open.
    return zipfile.ZipFile(file)


def _archive(file: str) -> zipfile.ZipFile:
    return _open_archive(file, os.stat(file).st_mtime_ns)


def open_stream(item: InputItem):
    """A binary file object for the item (caller closes it)."""
    if item.member is None:
        return open(item.file, "rb")
    return _archive(item.file).open(item.member)


def read_bytes(item: InputItem, max_bytes: int) -> bytes:
    """The item's content, refusing anything over ``max_bytes`` without reading past it."""
    if item.refusal is not None:
        raise item.refusal
    try:
        with open_stream(item) as fh:
            data = fh.read(max_bytes + 1)
    except Exception as exc:  # noqa: BLE001 — every failure is the item's row (errors.classify)
        raise classify(exc, item.path) from None
    if len(data) > max_bytes:
        raise PipelineError("too_large", f"{item.path}: over the {_mb(max_bytes)} limit")
    return data


def hash_item(item: InputItem, max_bytes: int) -> str:
    """SHA-256 of the item's content, streamed in chunks (memory stays flat)."""
    if item.refusal is not None:
        raise item.refusal
    if item.size > max_bytes:
        raise PipelineError("too_large", f"{item.path}: {_mb(item.size)} is over the {_mb(max_bytes)} limit")
    digest = hashlib.sha256()
    seen = 0
    try:
        with open_stream(item) as fh:
            while chunk := fh.read(HASH_CHUNK):
                seen += len(chunk)
                if seen > max_bytes:  # a member whose header understates its size
                    raise PipelineError("too_large", f"{item.path}: over the {_mb(max_bytes)} limit")
                digest.update(chunk)
    except Exception as exc:  # noqa: BLE001 — every failure is the item's row (errors.classify)
        raise classify(exc, item.path) from None
    return digest.hexdigest()
