"""The entity model: what every recognized thing provides, and the registry of entity kinds.

An entity class (``Reference``, ``Assignment``, ``Deadline`` in ``models.py``, or one defined
next to its recognizer) is a dataclass with ``start``/``end`` (its span in the normalized
text), a ``provenance`` slot and ``CONTRACT_FIELDS`` (the keys it has in the contract's JSON).
It inherits :class:`Entity` for the JSON entry, the table row and the mention, and is declared
with :func:`entity_kind`, which names its place in every output::

    @entity_kind("budget_amounts", table="budget_amounts", index_column="amount_index",
                 count_column="n_budget_amounts", spacy_label="MONEY", mention="amount")
    @dataclass
    class BudgetAmount(Entity):
        text: str
        amount: int
        start: int
        end: int
        provenance: Provenance | None = None
        CONTRACT_FIELDS = ("text", "amount")

        def mention_label(self) -> str:
            return str(self.amount)

``DocumentResult.to_json`` / ``rows``, the mentions table, the spaCy export and the store's
table list read the registry, so none of them names an entity kind.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class EntityKind:
    """Where one kind of entity goes in the outputs."""

    key: str  # JSON key of its list and ``DocumentResult`` attribute ("references")
    table: str  # its table ("legal_references")
    index_column: str  # row index within a document ("ref_index")
    cls: type
    count_column: str | None = None  # its count in the documents table ("n_references")
    spacy_label: str | None = None  # its label in the spaCy export ("LEGAL_REF")
    mention: str | None = None  # its ``kind`` in the mentions table ("reference"); None: not one


_KINDS: dict[str, EntityKind] = {}


def entity_kind(key: str, *, table: str | None = None, index_column: str, count_column: str | None = None,
                spacy_label: str | None = None, mention: str | None = None):
    """Class decorator: register an entity class as the kind ``key``."""

    def register(cls: type) -> type:
        kind = EntityKind(key=key, table=table or key, index_column=index_column, cls=cls,
                          count_column=count_column, spacy_label=spacy_label, mention=mention)
        clash = _KINDS.get(key)
        if clash is not None and clash.cls.__qualname__ != cls.__qualname__:
            raise ValueError(f"entity kind {key!r} is registered twice ({clash.cls.__name__}, {cls.__name__})")
        taken = {k.table for k in _KINDS.values() if k.key != key} | set(FIXED_TABLES)
        if kind.table in taken:
            raise ValueError(f"entity kind {key!r}: table {kind.table!r} is already used")
        _KINDS[key] = kind
        cls.ENTITY_KIND = kind
        return cls

    return register


def unregister_kind(key: str) -> None:
    """Remove a kind (tests that register a toy kind clean up with this)."""
    _KINDS.pop(key, None)


# The documents table (one row per document, its fields as columns) and the mentions table
# (every raw mention of every kind) come before and after the entity tables.
FIXED_TABLES = ("documents", "mentions")


def entity_kinds(builtin_only: bool = False) -> list[EntityKind]:
    """Every registered kind, in registration order (the order of JSON keys and tables):
    the built-in kinds of ``models.py``, then those registered by recognizer modules.
    ``builtin_only`` does not import the recognizer modules (a cheap import for table names):
    the kinds of ``models.py`` and those already registered."""
    # Kinds may be declared next to their recognizer: importing the recognizer package
    # registers them (a no-op after the first call).
    if builtin_only:
        from . import models  # noqa: F401
    else:
        from . import recognizers  # noqa: F401
    return list(_KINDS.values())


def data_tables(builtin_only: bool = False) -> tuple[str, ...]:
    """The per-document tables: documents, one per entity kind, mentions."""
    return ("documents", *(k.table for k in entity_kinds(builtin_only)), "mentions")


class Entity:
    """What every entity provides once.  Subclasses are dataclasses with ``start``, ``end``,
    ``provenance`` and ``CONTRACT_FIELDS``; they override ``mention_label`` (and, when the
    mention's text is not the span's text, ``mention_text``)."""

    CONTRACT_FIELDS: ClassVar[tuple[str, ...]] = ()
    ENTITY_KIND: ClassVar[EntityKind | None] = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def set_provenance(self, provenance, settings) -> None:
        """Attach the located provenance (a subclass may add flags from it)."""
        self.provenance = provenance

    def to_json(self) -> dict[str, Any]:
        """The contract's entry plus the provenance keys (page, span, box, confidence)."""
        d = {n: getattr(self, n) for n in self.CONTRACT_FIELDS}
        if self.provenance is not None:
            d.update(self.provenance.as_dict())
        return d

    def row_fields(self) -> dict[str, Any]:
        """The entity's own columns in its table (between the row index and provenance)."""
        return {n: getattr(self, n) for n in self.CONTRACT_FIELDS}

    def table_row(self, base: dict[str, Any], index: int) -> dict[str, Any]:
        return dict(base, **{self.ENTITY_KIND.index_column: index}, **self.row_fields(),
                    **provenance_columns(self.provenance))

    def mention_label(self) -> str:
        raise NotImplementedError(f"{type(self).__name__} is a mention kind and must define mention_label")

    def mention_text(self, text: str) -> str:
        """The mention's text; by default the span of the normalized ``text``."""
        return text[self.start:self.end]

    def mention(self, text: str) -> tuple[str, str, str]:
        """(kind, label, text) of this entity's row in the mentions table."""
        return (self.ENTITY_KIND.mention, self.mention_label(), self.mention_text(text))

    @property
    def spacy_label(self) -> str | None:
        return self.ENTITY_KIND.spacy_label if self.ENTITY_KIND else None


def provenance_columns(p) -> dict[str, Any]:
    """The provenance columns every entity and mention row ends with."""
    if p is None:
        return {"page": None, "char_start": None, "char_end": None, "box": None, "confidence": None}
    return {"page": p.page, "char_start": p.start, "char_end": p.end,
            "box": json.dumps([round(v, 1) for v in p.box]) if p.box else None,
            "confidence": p.confidence}


# ------------------------------------------------------------------------------ probes

_SAMPLES = {str: "x", int: 1, float: 1.0, bool: True}


def sample_entity(cls: type, provenance) -> Any:
    """An instance of an entity dataclass with every field filled from its type annotation
    (text, integer, float, boolean; lists empty) — the store's probe for column names and
    types of a table no document filled."""
    hints = typing.get_type_hints(cls)
    values = {}
    for f in fields(cls):
        if not f.init:
            continue
        if f.name == "provenance":
            values[f.name] = provenance
            continue
        value = _sample(hints.get(f.name))
        if value is MISSING:
            if f.default is MISSING and f.default_factory is MISSING:
                values[f.name] = None
            continue
        values[f.name] = value
    return cls(**values)


def _sample(hint) -> Any:
    if hint in _SAMPLES:
        return _SAMPLES[hint]
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and args:
        return _sample(args[0])
    return MISSING  # lists, dicts, nested objects: left to their defaults

