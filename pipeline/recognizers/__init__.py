"""The registered recognizers: every module in this package is imported and registers its
recognizer(s) with ``pipeline.recognize.recognizer`` (and its entity kind, if it declares a new
one, with ``pipeline.entities.entity_kind``).  Adding an entity type is adding a module here;
nothing else lists the recognizers.

The built-in recognizers' logic lives in the stage modules (``pipeline/metadata.py``,
``references.py``, ``assignments.py``, ``deadlines.py``); the modules here only declare them.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")
