"""OData query options: ``$filter`` compiled to a predicate over index rows, plus paging.

``odata-query``'s lexer and parser build the AST; this module only evaluates it, against
the index row of each item. Filters are validated the way the service does (unknown
property, wrong literal type, unknown enum member -> 400).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from odata_query import ast
from odata_query.exceptions import ODataException
from odata_query.grammar import ODataLexer, ODataParser

from console.emulator.store import Row, RowPredicate
from console.emulator.wire import parse_literal_datetime

# MDE's docs write dates like ``2018-08-01Z``, which OData's grammar does not allow.
_BARE_DATE_Z = re.compile(r"\b(\d{4}-\d{2}-\d{2})Z\b")


class ODataError(ValueError):
    """A query the service would refuse with 400; the message names the problem."""


@dataclass(frozen=True)
class Field:
    kind: str  # "datetime", "string", "enum", "int", "collection"
    members: tuple[str, ...] = ()  # for enums: accepted spellings (matched case-insensitively)


@dataclass
class Schema:
    type_name: str  # for messages, e.g. microsoft.graph.security.incident
    fields: dict[str, Field]
    sortable: tuple[str, ...]
    default_sort: tuple[str, bool]  # (field, descending)
    top_cap: int
    expandable: tuple[str, ...] = ()
    _lookup: dict[str, str] = field(default_factory=dict)

    def resolve(self, name: str) -> str:
        if not self._lookup:
            self._lookup.update({f.lower(): f for f in self.fields})
        resolved = self._lookup.get(name.lower())
        if resolved is None:
            raise ODataError(
                f"Could not find a property named '{name}' on type '{self.type_name}'."
            )
        return resolved


@dataclass
class Options:
    filter_text: str
    predicate: RowPredicate | None
    top: int
    skip: int
    sort_field: str
    descending: bool
    count: bool
    expand: frozenset[str]
    raw: list[tuple[str, str]]  # every option as received, to rebuild nextLink


_COMPARATORS: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
}


def parse_options(query: str, schema: Schema, index: dict[str, int]) -> Options:
    raw = parse_qsl(query, keep_blank_values=True)
    values: dict[str, str] = {}
    for key, value in raw:
        values[key.lower().lstrip("$")] = value
    top = _integer(values, "top", schema.top_cap)
    skip = _integer(values, "skip", 0)
    top = min(top, schema.top_cap)
    filter_text = values.get("filter", "").strip()
    predicate = compile_filter(filter_text, schema, index) if filter_text else None
    sort_field, descending = _orderby(values.get("orderby", ""), schema)
    count = values.get("count", "false").lower()
    if count not in ("true", "false"):
        raise ODataError(f"Invalid value '{count}' for $count; expected true or false.")
    expand = frozenset(p.strip() for p in values.get("expand", "").split(",") if p.strip())
    for name in expand:
        if name not in schema.expandable:
            raise ODataError(
                f"Could not find a navigation property named '{name}' on '{schema.type_name}'."
            )
    return Options(
        filter_text, predicate, top, skip, sort_field, descending, count == "true", expand, raw
    )


def _integer(values: dict[str, str], name: str, default: int) -> int:
    text = values.get(name)
    if text is None or text == "":
        return default
    if not text.isdigit():
        raise ODataError(f"Invalid value '{text}' for ${name}; expected a non-negative integer.")
    return int(text)


def _orderby(text: str, schema: Schema) -> tuple[str, bool]:
    if not text.strip():
        return schema.default_sort
    first = text.split(",")[0].split()
    name = schema.resolve(first[0])
    direction = first[1].lower() if len(first) > 1 else "asc"
    if name not in schema.sortable or direction not in ("asc", "desc"):
        raise ODataError(f"Unsupported $orderby '{text}'. Sortable: {', '.join(schema.sortable)}.")
    return name, direction == "desc"


# -- $filter ---------------------------------------------------------------------------


def compile_filter(text: str, schema: Schema, index: dict[str, int]) -> RowPredicate:
    try:
        tree = ODataParser().parse(ODataLexer().tokenize(_BARE_DATE_Z.sub(r"\1T00:00:00Z", text)))
    except ODataException as error:
        raise ODataError(f"Invalid filter clause: syntax error in '{text}' ({error}).") from error
    return _compile(tree, schema, index)


def _compile(node: ast._Node, schema: Schema, index: dict[str, int]) -> RowPredicate:
    if isinstance(node, ast.BoolOp):
        left, right = _compile(node.left, schema, index), _compile(node.right, schema, index)
        if isinstance(node.op, ast.And):
            return lambda row: left(row) and right(row)
        return lambda row: left(row) or right(row)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _compile(node.operand, schema, index)
        return lambda row: not inner(row)
    if isinstance(node, ast.Compare):
        return _compare(node, schema, index)
    if isinstance(node, ast.CollectionLambda):
        return _any(node, schema, index)
    raise ODataError(f"Invalid filter clause: unsupported expression {type(node).__name__}.")


def _compare(node: ast.Compare, schema: Schema, index: dict[str, int]) -> RowPredicate:
    if not isinstance(node.left, ast.Identifier):
        raise ODataError("Invalid filter clause: the left side must be a property name.")
    name = schema.resolve(node.left.name)
    spec = schema.fields[name]
    position = index[name]
    if isinstance(node.comparator, ast.In):
        if not isinstance(node.right, ast.List):
            raise ODataError("Invalid filter clause: 'in' needs a list.")
        options = {_literal(item, spec, name) for item in node.right.val}
        return lambda row: row[position] in options
    compare = _COMPARATORS[type(node.comparator)]
    value = _literal(node.right, spec, name)
    if spec.kind == "collection":
        return lambda row: any(compare(v, value) for v in row[position] or ())
    if value is None:
        return lambda row: compare(row[position], None)
    if compare in (operator.eq, operator.ne):
        return lambda row: compare(row[position], value)

    def ordered(row: Row) -> bool:
        current = row[position]
        return current is not None and bool(compare(current, value))

    return ordered


def _any(node: ast.CollectionLambda, schema: Schema, index: dict[str, int]) -> RowPredicate:
    if not isinstance(node.owner, ast.Identifier) or node.lambda_ is None:
        raise ODataError("Invalid filter clause: unsupported lambda.")
    name = schema.resolve(node.owner.name)
    if schema.fields[name].kind != "collection":
        raise ODataError(f"Invalid filter clause: '{name}' is not a collection.")
    body = node.lambda_.expression
    if not (isinstance(body, ast.Compare) and isinstance(body.comparator, ast.Eq)):
        raise ODataError("Invalid filter clause: only 'x eq value' is supported inside any().")
    value = _literal(body.right, schema.fields[name], name)
    position = index[name]
    if isinstance(node.operator, ast.All):
        return lambda row: all(v == value for v in row[position] or ())
    return lambda row: value in (row[position] or ())


def _literal(node: ast._Node, spec: Field, name: str) -> Any:
    if isinstance(node, ast.Null):
        return None
    if spec.kind == "datetime":
        if isinstance(node, ast.DateTime | ast.Date):
            text = node.val if isinstance(node, ast.DateTime) else f"{node.val}T00:00:00Z"
            try:
                return parse_literal_datetime(text)
            except ValueError as error:
                raise ODataError(f"Invalid datetime '{node.val}' for '{name}'.") from error
        raise ODataError(f"A datetime is expected for '{name}' (unquoted ISO 8601).")
    if spec.kind == "int":
        if isinstance(node, ast.Integer):
            return int(node.val)
        raise ODataError(f"An integer is expected for '{name}'.")
    if not isinstance(node, ast.String):
        raise ODataError(f"A quoted string is expected for '{name}'.")
    if spec.kind == "enum":
        lowered = node.val.lower()
        for member in spec.members:
            if member.lower() == lowered:
                return member
        raise ODataError(
            f"The string '{node.val}' is not a valid enumeration type constant for '{name}'."
        )
    return node.val
