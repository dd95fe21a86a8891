#!/usr/bin/env python3
"""Write the red-team corpus (issue 14) into DIR and list what the batch must make of each file.

    python scripts/make_redteam_corpus.py DIR [--no-bombs]
    vnplan extract DIR --out OUT --workers 2      # every file → its manifest row; exit code 1

The memory bombs (a PDF of self-drawing forms, a DOCX inflating to 280 MB, 100 MB of text)
must end as rows under the workers' memory limit; --no-bombs leaves them out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.redteam import make_redteam_corpus  # noqa: E402


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1 or "-h" in argv or "--help" in argv:
        print(__doc__.strip())
        return 0 if ("-h" in argv or "--help" in argv) else 2
    expect = make_redteam_corpus(args[0], bombs="--no-bombs" not in argv)
    shown = {path.encode("unicode_escape").decode("ascii"): e for path, e in expect.items()}
    width = max(len(p) for p in shown)
    for path, e in sorted(shown.items()):
        print(f"{path:<{width}}  {e.status:<8} {e.kind or '-':<17} {e.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
