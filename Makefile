# The two commands of the README.
#   make demo  — set up everything, then extract the bundled samples (data/raw → data/extracted)
#   make test  — set up everything, then run the test suite
PY ?= python3

.PHONY: setup demo test bench fixtures

setup:
	bash scripts/setup.sh

demo: setup
	vnplan extract data/raw --out data/extracted

test: setup
	$(PY) -m pytest -q

fixtures:
	$(PY) scripts/make_fixtures.py

bench: setup
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_ocr.py
	$(PY) benchmarks/bench_batch.py
