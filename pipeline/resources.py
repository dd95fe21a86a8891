"""The package's data, found one way whether vnplan runs from the source tree, an editable
install or a wheel: through ``importlib.resources``.

* ``models/`` (vocabulary, code tables, registries) stays a top-level folder of the repository,
  and ``pipeline/_models`` is a link to it, so the wheel holds the files inside the package
  (setup.cfg's package_data) and the source tree reads the same files through the link.
* ``native/png_store.c`` ships as source and is compiled on first use into the user's cache
  folder (see ``png_store_library``): no editable install and no build step at install time.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import os
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path


def _package_path(*parts: str) -> Path:
    # vnplan is installed as files on disk (never zipped): the resource is a real path, which
    # the C compiler, csv and DuckDB need
    return Path(str(files(__package__).joinpath(*parts)))


MODELS_DIR = _package_path("_models")


def model_path(*parts: str) -> Path:
    """``model_path("legacy", "tcvn3.tsv")`` → the file of ``models/legacy/tcvn3.tsv``."""
    return MODELS_DIR.joinpath(*parts)


def data_lines(*parts: str) -> list[str]:
    """The lines of a data file without blank lines and ``#`` comments (line ends dropped)."""
    path = model_path(*parts)
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


def table_rows(*parts: str) -> list[list[str]]:
    """A header-less TSV as lists of stripped cells."""
    return [[cell.strip() for cell in line.split("\t")] for line in data_lines(*parts)]


def table_records(*parts: str) -> list[dict[str, str]]:
    """A TSV whose first data line is the header, as dicts of stripped cells."""
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(data_lines(*parts), delimiter="\t")]


@functools.lru_cache(maxsize=1)
def models_digest() -> str:
    """SHA-256 (16 hex) over every bundled data file's path and content — part of the resume
    fingerprint, so editing a table in ``models/`` re-extracts the documents on the next run.
    The user's own registry imports (``registry/local``) are not rules and are left out."""
    h = hashlib.sha256()
    for path in sorted(p for p in MODELS_DIR.rglob("*") if p.is_file()):
        rel = path.relative_to(MODELS_DIR).as_posix()
        if rel.startswith("registry/local/"):
            continue
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


# ------------------------------------------------------------------- the native helper

PNG_STORE_SOURCE = _package_path("native", "png_store.c")


def cache_dir() -> Path:
    """``$VNPLAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/vnplan``, else ``~/.cache/vnplan``."""
    if os.environ.get("VNPLAN_CACHE_DIR"):
        return Path(os.environ["VNPLAN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vnplan"


def png_store_library() -> Path | None:
    """The compiled ``png_store.c``, built on first use into ``cache_dir()`` under a name that
    carries the source's hash (an edited source is built again).  ``None`` when there is no
    C compiler or the build fails: OCR then runs without it (slower, same output)."""
    if not PNG_STORE_SOURCE.is_file():
        return None
    source = PNG_STORE_SOURCE.read_bytes()
    target = cache_dir() / f"libvnplan_png_store-{hashlib.sha256(source).hexdigest()[:12]}.so"
    if target.is_file():
        return target
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        done = subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(partial),
                               str(PNG_STORE_SOURCE), "-ldl"], capture_output=True, timeout=120)
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            return None
        os.replace(partial, target)  # atomic: workers starting together may all build it
    except (OSError, subprocess.SubprocessError):
        return None
    return target
