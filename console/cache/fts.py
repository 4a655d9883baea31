"""The FTS5 search index (SQLite) and its LIKE fallback elsewhere.

Each searchable table has an FTS5 twin whose rowid is the row's `pk` and whose
one column holds name/title, id and asset text. Writers replace the twin rows
of what they write in the same transaction, so search never lags the data.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Table, and_, bindparam, literal_column, or_, text
from sqlalchemy.engine import Connection

from console.cache.schema import FTS_TABLES
from console.cache.sql import chunks


def replace(connection: Connection, kind: str, rows: Sequence[tuple[int, str]]) -> None:
    """Set the search text of (pk, text) rows of `kind` ("incident", "alert", "device")."""
    if not rows or connection.dialect.name != "sqlite":
        return
    table = FTS_TABLES[kind]
    delete = text(f"DELETE FROM {table} WHERE rowid IN :pks").bindparams(
        bindparam("pks", expanding=True)
    )
    for chunk in chunks([pk for pk, _ in rows]):
        connection.execute(delete, {"pks": list(chunk)})
    connection.exec_driver_sql(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", list(rows))


def match_query(user_text: str) -> str:
    """An FTS5 query: every word the analyst typed, each as a quoted prefix phrase.

    Quoting keeps punctuation in ids, IPs and host names (`10.0.0.5`,
    `pc-01.contoso.com`) from being read as FTS syntax.
    """
    terms = [word.replace('"', '""') for word in user_text.split()]
    return " AND ".join(f'"{term}"*' for term in terms if term.strip('"'))


def condition(
    dialect: str, kind: str, table: Table, user_text: str, like_columns: Sequence[str]
) -> ColumnElement[bool] | None:
    """A WHERE condition for the text box, or None when there is nothing to search for."""
    if dialect == "sqlite":
        query = match_query(user_text)
        if not query:
            return None
        fts = FTS_TABLES[kind]
        subquery = text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :match_{kind}").bindparams(
            **{f"match_{kind}": query}
        )
        return table.c.pk.in_(subquery.columns(literal_column("rowid")))
    words = user_text.split()
    if not words:
        return None
    return and_(
        *(or_(*(table.c[column].ilike(f"%{word}%") for column in like_columns)) for word in words)
    )
