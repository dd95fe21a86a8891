#!/usr/bin/env python3
"""Accuracy on scans: the seeds as digital PDFs and as mild and heavy scans, through
`vnplan extract`, scored against the gold files, with the OCR character error rate
(the measurement is tests/support/scan_eval.py, which tests/test_scan_accuracy.py runs too).

    python scripts/eval_scans.py [--levels digital,mild,heavy] [--workers 2] [--workdir DIR] [--json FILE]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root: tests.support

from tests.support.scan_eval import main  # noqa: E402

if __name__ == "__main__":
    main()
