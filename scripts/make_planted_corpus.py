#!/usr/bin/env python3
"""Make a test corpus with planted citation errors of every audit check, and its ground truth
(the generator is tests/support/planted.py; its docstring lists the plants).

    python scripts/make_planted_corpus.py OUT [--seeds DIR] [--real DIR] [--gold DIR] [--evaluate]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root: tests.support

from tests.support.planted import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
