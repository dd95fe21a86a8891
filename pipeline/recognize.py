"""The recognizer contract: a context in, entities out, in an order derived from declared
dependencies.

A recognizer is a pure function ``Context → entities`` with a name and the names of the
recognizers whose output it reads.  It registers itself with :func:`recognizer`::

    @recognizer("deadlines", requires=("metadata", "references", "assignments"), produces="deadlines")
    def _deadlines(ctx: Context) -> list[Deadline]:
        ...

``find`` returns what it found (its *mentions*: one entity per place in the text); the optional
``resolve`` (the recognizer's post-processing: merging mentions of one thing, resolving short
forms) turns them into the entities the tables hold.  ``produces`` names where the result goes:
an entity kind's key (``entities.entity_kind``), or ``DOCUMENT_FIELDS`` for the document's own
fields (a mapping field name → ``FieldValue``).  A recognizer sees the output of the recognizers
it requires and nothing else: ``ctx[name]`` (resolved) and ``ctx.mentions(name)`` (as found).

The order is a topological sort of the ``requires`` graph, ties broken by name, so it does not
depend on which module was imported first.  A missing dependency, a cycle or two recognizers
producing one kind is a ``RecognizerGraphError`` when the recognizers are loaded (at import of
``pipeline.document``), not a wrong table later.  The built-in recognizers are registered by the
modules of ``pipeline/recognizers/``, all of which are imported.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DOCUMENT_FIELDS = "document"  # ``produces`` of the recognizer of the document's own fields


class RecognizerGraphError(RuntimeError):
    """The registered recognizers cannot be ordered (a missing dependency, a cycle, a clash)."""


@dataclass
class Context:
    """What a recognizer reads: the normalized text, its structure, the run's settings and the
    output of the recognizers it declared as dependencies."""

    text: str
    structure: Any  # structure.Structure
    settings: Any  # settings.Settings
    found: dict[str, Any] = field(default_factory=dict)  # recognizer → its mentions, as found
    results: dict[str, Any] = field(default_factory=dict)  # recognizer → resolved entities
    visible: frozenset[str] | None = None  # names this view may read (None: all)

    def __getitem__(self, name: str) -> Any:
        """The resolved output of recognizer ``name``."""
        return self.results[self._check(name)]

    def mentions(self, name: str) -> Any:
        """What recognizer ``name`` found, before its post-processing."""
        return self.found[self._check(name)]

    def _check(self, name: str) -> str:
        if self.visible is not None and name not in self.visible:
            raise RecognizerGraphError(f"a recognizer read {name!r} without requiring it")
        return name

    def view(self, requires: tuple[str, ...]) -> Context:
        """The same context, limited to the outputs of ``requires``."""
        return Context(self.text, self.structure, self.settings, self.found, self.results,
                       frozenset(requires))


@dataclass(frozen=True)
class Recognizer:
    name: str
    find: Callable[[Context], Any]
    requires: tuple[str, ...] = ()
    resolve: Callable[[Context, Any], Any] | None = None
    produces: str | None = None  # an entity kind's key, or DOCUMENT_FIELDS; None: internal


class RecognizerRegistry:
    def __init__(self) -> None:
        self._recognizers: dict[str, Recognizer] = {}
        self._order: list[Recognizer] | None = None

    def register(self, r: Recognizer) -> Recognizer:
        old = self._recognizers.get(r.name)
        if old is not None and old.find.__qualname__ != r.find.__qualname__:
            raise RecognizerGraphError(f"two recognizers are named {r.name!r}")
        self._recognizers[r.name] = r
        self._order = None
        return r

    def unregister(self, name: str) -> None:
        self._recognizers.pop(name, None)
        self._order = None

    def __contains__(self, name: str) -> bool:
        return name in self._recognizers

    def order(self) -> list[Recognizer]:
        """The recognizers in run order (checked; cached until the registry changes)."""
        if self._order is None:
            self._order = _topological(self._recognizers)
        return list(self._order)

    def run(self, ctx: Context) -> Context:
        """Run every recognizer in order; their outputs are in ``ctx.found`` / ``ctx.results``."""
        for r in self.order():
            view = ctx.view(r.requires)
            found = r.find(view)
            ctx.found[r.name] = found
            ctx.results[r.name] = r.resolve(view, found) if r.resolve is not None else found
        return ctx

    def producer(self, produces: str) -> Recognizer | None:
        return next((r for r in self.order() if r.produces == produces), None)


def _topological(recognizers: dict[str, Recognizer]) -> list[Recognizer]:
    producers: dict[str, str] = {}
    for r in recognizers.values():
        for dep in r.requires:
            if dep not in recognizers:
                raise RecognizerGraphError(f"recognizer {r.name!r} requires {dep!r}, which is not registered")
        if r.produces is not None:
            if r.produces in producers:
                raise RecognizerGraphError(
                    f"recognizers {producers[r.produces]!r} and {r.name!r} both produce {r.produces!r}")
            producers[r.produces] = r.name
    waiting = {name: set(r.requires) for name, r in recognizers.items()}
    ready = [name for name, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    order: list[Recognizer] = []
    while ready:
        name = heapq.heappop(ready)
        order.append(recognizers[name])
        del waiting[name]
        for other, deps in waiting.items():
            if name in deps:
                deps.discard(name)
                if not deps:
                    heapq.heappush(ready, other)
    if waiting:
        raise RecognizerGraphError("recognizers depend on each other in a cycle: " + ", ".join(
            f"{n} requires {', '.join(sorted(d))}" for n, d in sorted(waiting.items())))
    return order


REGISTRY = RecognizerRegistry()


def recognizer(name: str, *, requires: tuple[str, ...] = (), produces: str | None = None,
               resolve: Callable[[Context, Any], Any] | None = None, registry: RecognizerRegistry = REGISTRY):
    """Decorator: register ``find`` (Context → entities) as the recognizer ``name``."""

    def register(find: Callable[[Context], Any]) -> Callable[[Context], Any]:
        registry.register(Recognizer(name=name, find=find, requires=tuple(requires), resolve=resolve,
                                     produces=produces))
        return find

    return register


def load_recognizers() -> RecognizerRegistry:
    """Import every module of ``pipeline/recognizers/`` (each registers itself) and check
    that the registered recognizers can be ordered."""
    from . import recognizers  # noqa: F401

    REGISTRY.order()
    return REGISTRY
