# The two commands of the README.
#   make demo  — set up everything, then extract the bundled samples (data/raw → data/extracted)
#   make test  — set up everything, then run the test suite
# Every target runs in the project virtual environment .venv that `make setup`
# (scripts/setup.sh) creates with the system's python3: no Python package is installed outside it.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test bench fixtures

setup:
	bash scripts/setup.sh

demo: setup
	$(VENV)/bin/vnplan extract data/raw --out data/extracted

# Two test processes, a file each at a time, files in collection order (tests/conftest.py puts
# the two minutes-long scan-accuracy files first, one per process, so they overlap the rest).
test: setup
	$(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder

fixtures: setup
	$(PY) scripts/make_fixtures.py

bench: setup
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_ocr.py
	$(PY) benchmarks/bench_batch.py
