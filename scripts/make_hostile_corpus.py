#!/usr/bin/env python3
"""Write the hostile-input corpus into DIR and list what the batch must make of each file.

    python scripts/make_hostile_corpus.py DIR
    vnplan extract DIR --out OUT      # every file → its manifest row; exit code 1

Needs qpdf (apt package ``qpdf``) for the encrypted PDF; without it that file is left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.hostile import make_hostile_corpus  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    expect = make_hostile_corpus(argv[1])
    width = max(len(p) for p in expect)
    for path, e in sorted(expect.items()):
        print(f"{path:<{width}}  {e.status:<8} {e.kind or '-':<17} {e.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
