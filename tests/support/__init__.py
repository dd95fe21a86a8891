"""Test-data generators and helpers shared by the tests, scripts/ and benchmarks/ — not part of
the product (the wheel holds only ``pipeline``).  Import as ``tests.support.<module>`` with the
repository root on ``sys.path`` (pytest's ``pythonpath = .``; the scripts insert it)."""
