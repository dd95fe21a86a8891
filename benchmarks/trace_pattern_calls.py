"""Waste in the recognizer stage: the pattern calls whose answer was known.

Runs the recognizer stage of ``bench_pipeline.py`` once over its texts with every module-level
pattern of the readers (``pipeline/regexes.py``, ``assignments``, ``deadlines``, ``structure``,
``references``, ``agencies``, ``metadata``, ``resolve``, ``text``) wrapped, and prints, per
pattern and method:

- the calls made again with the same arguments within one document (a reader asking again what
  it had read: a candidate for a memo), with their estimated time;
- the calls on an empty string (a first-character test lets "" through: ``"" in "abc"``).

The wrapper costs ~1 µs a call: times are for ranking, not for comparing versions (use
``bench_pipeline.py --against`` or callgrind for that, docs/speed.md).

Usage:  python benchmarks/trace_pattern_calls.py [--top 20]
"""

from __future__ import annotations

import argparse
import collections
import importlib
import re
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.argv, _argv = sys.argv[:1], sys.argv  # (bench_pipeline reads sys.argv when imported)
import bench_pipeline as bench  # noqa: E402

sys.argv = _argv

MODULES = ("regexes", "assignments", "deadlines", "structure", "references", "agencies", "metadata", "resolve", "text")
METHODS = ("match", "search", "fullmatch", "finditer", "sub", "findall", "split")

calls: collections.Counter = collections.Counter()
repeats: collections.Counter = collections.Counter()
empties: collections.Counter = collections.Counter()
seconds: collections.Counter = collections.Counter()
seen: set = set()


class Traced:
    def __init__(self, name: str, pattern):
        self._name, self._pattern = name, pattern

    def __getattr__(self, attr: str):
        value = getattr(self._pattern, attr)
        if attr not in METHODS:
            return value
        key = f"{self._name}.{attr}"

        def traced(*args, **kwargs):
            signature = (key, *((hash(a), len(a)) if isinstance(a, str) else a for a in args))
            calls[key] += 1
            if signature in seen:
                repeats[key] += 1
            else:
                seen.add(signature)
            text = args[1] if attr == "sub" else args[0]  # (sub's first argument is its replacement)
            if text == "":
                empties[key] += 1
            start = time.perf_counter()
            result = value(*args, **kwargs)
            if attr == "finditer":
                result = iter(list(result))
            seconds[key] += time.perf_counter() - start
            return result
        return traced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=20)
    top = parser.parse_args().top
    for name in MODULES:
        module = importlib.import_module(f"pipeline.{name}")
        for attr, value in list(vars(module).items()):
            if isinstance(value, (regex.Pattern, re.Pattern)):
                setattr(module, attr, Traced(f"{name}.{attr}", value))
    texts = [p.read_text(encoding="utf-8") for p in bench.TEXTS]
    run = dict(bench.text_stage_runs(texts))[bench.STAGES[1]]
    run()  # warm-up
    parse = bench.parse

    def parse_afresh(text):  # repeats are counted within one document
        seen.clear()
        return parse(text)
    bench.parse = parse_afresh
    calls.clear(), repeats.clear(), empties.clear(), seconds.clear()
    run()
    print(f"{sum(calls.values())} pattern calls in one run of the recognizer stage")
    print("asked again with the same arguments within a document (repeats of calls, ~ms):")
    for key, n in sorted(repeats.items(), key=lambda kv: -kv[1] * seconds[kv[0]] / calls[kv[0]])[:top]:
        print(f"  {n:6d} of {calls[key]:6d}  ~{n * seconds[key] / calls[key] * 1e3:5.2f} ms  {key}")
    print('asked of "" (empty string):')
    for key, n in empties.most_common(top):
        print(f"  {n:6d} of {calls[key]:6d}  {key}")


if __name__ == "__main__":
    main()
