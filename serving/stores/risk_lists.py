"""Allow and block lists that a shop manages, with their audit trail.

An entry names a customer, an e-mail hash, an order or a SKU. Customer ids are stored as the same
keyed pseudonym the prediction log uses (`serving.stores.predictions.pseudonymise`), so the lists
hold no customer id in clear and still match the log. Removing an entry stamps who removed it and
when instead of deleting it: the table is its own audit trail. A value is on at most one list at a
time (a unique index over active entries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from decisions.policy import ListHit
from features.text import has_control_characters
from serving.api import ReturnRequest, plain_identifier
from serving.db import LIST_KINDS, LIST_NAMES, risk_list_entries, stored_utc
from serving.stores.predictions import pseudonymise

# The widest values the columns hold (PostgreSQL refuses longer ones: checked here, so a long
# value is a message naming the field, not a database error), and a bound on the free-text notes.
MAX_VALUE_CHARS = 128
MAX_AUTHOR_CHARS = 64
MAX_NOTE_CHARS = 2_000
_PSEUDONYM = re.compile(r"[0-9a-f]{64}")


class ListError(ValueError):
    """A list change that cannot be made; the message says why and `field` names what is at fault
    (`list`, `kind`, `value`, `by` or `note`)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def _too_long(field: str, limit: int, length: int) -> ListError:
    # Lengths grouped, as every refusal says them: "got 10000" was read as a code rather than a count.
    return ListError(f"{field} must be at most {limit:,} characters, got {length:,}", field)


class ListConflict(ListError):
    """The change contradicts the lists as they are: the value already on a list, or on none."""


@dataclass(frozen=True)
class ListEntry:
    """One entry, as stored (`value` is the pseudonym for customers)."""

    id: int
    list_name: str
    kind: str
    value: str
    added_by: str
    added_at: datetime
    note: str | None
    removed_by: str | None
    removed_at: datetime | None
    removal_note: str | None


def _entry(row: sa.Row) -> ListEntry:
    return ListEntry(**{name: row._mapping[name] for name in ListEntry.__dataclass_fields__})


class RiskListStore:
    """Reads and changes the allow and block lists; every change is one committed transaction."""

    def __init__(self, engine: Engine, key: bytes) -> None:
        self.engine = engine
        self.key = key

    def stored_value(self, kind: str, value: str) -> str:
        """The value as the lists store it: customers pseudonymised, the rest as given.

        Raises:
            ListError: an unknown kind or an empty value.
        """
        if kind not in LIST_KINDS:
            raise ListError(f"kind must be one of {', '.join(LIST_KINDS)}, got {kind!r}", "kind")
        value = value.strip()
        if not value:
            raise ListError("value must not be empty", "value")
        # A value matches a request's id, which the API takes printable only: any other value could
        # never match, and PostgreSQL cannot even compare one holding NUL (the lists page was a 500).
        try:
            plain_identifier(value)
        except ValueError as error:
            raise ListError(f"value {error}", "value") from None
        return pseudonymise(value, self.key) if kind == "customer" else value

    def _value_to_change(self, kind: str, value: str, pseudonymised: bool) -> str:
        """`stored_value` of a value to add or remove, which must also fit the column.

        Args:
            pseudonymised: `value` is a customer already as the prediction log holds it (the
                console's actions on a logged return), stored as it is.
        """
        if len(value.strip()) > MAX_VALUE_CHARS:
            raise _too_long("value", MAX_VALUE_CHARS, len(value.strip()))
        if not pseudonymised:
            return self.stored_value(kind, value)
        if kind != "customer" or not _PSEUDONYM.fullmatch(value.strip()):
            raise ListError("value is not a customer pseudonym of the prediction log", "value")
        return value.strip()

    def add(
        self,
        list_name: str,
        kind: str,
        value: str,
        added_by: str,
        note: str | None = None,
        pseudonymised: bool = False,
    ) -> ListEntry:
        """Put a value on the allow or block list (`pseudonymised`: see `_value_to_change`).

        Raises:
            ListError: unknown list or kind, a bad value, no author or a too long note.
            ListConflict: the value already on a list.
        """
        if list_name not in LIST_NAMES:
            raise ListError(f"list must be one of {', '.join(LIST_NAMES)}, got {list_name!r}", "list")
        author = _author(added_by, "say who adds the entry (--by)")
        stored = self._value_to_change(kind, value, pseudonymised)
        try:
            return self._insert(list_name, kind, value, stored, author, _note(note))
        except sa.exc.IntegrityError:  # the unique index over active entries: a concurrent add won
            raise ListConflict(f"{kind} {value!r} was just added to a list by someone else", "value") from None

    def _insert(self, list_name: str, kind: str, value: str, stored: str, added_by: str, note: str | None) -> ListEntry:
        with self.engine.begin() as connection:
            current = self._active(connection, kind, stored)
            if current is not None:
                raise ListConflict(
                    f"{kind} {value!r} is already on the {current.list_name} list "
                    f"(added by {current.added_by}); remove it first",
                    "value",
                )
            row = connection.execute(
                risk_list_entries.insert()
                .values(
                    list_name=list_name,
                    kind=kind,
                    value=stored,
                    added_by=added_by,
                    added_at=datetime.now(UTC),
                    note=note,
                    value_pseudonym=self._pseudonym_of(kind, stored),
                )
                .returning(*risk_list_entries.c)
            ).one()
        return _entry(row)

    def remove(
        self, kind: str, value: str, removed_by: str, note: str | None = None, pseudonymised: bool = False
    ) -> ListEntry:
        """Take a value off whichever list holds it; the entry is kept, stamped as removed
        (`pseudonymised`: see `_value_to_change`).

        Raises:
            ListError: unknown kind, a bad value, no author or a too long note.
            ListConflict: the value on no list.
        """
        author = _author(removed_by, "say who removes the entry (--by)")
        note = _note(note)
        stored = self._value_to_change(kind, value, pseudonymised)
        with self.engine.begin() as connection:
            current = self._active(connection, kind, stored)
            if current is None:
                raise ListConflict(f"{kind} {value!r} is on no list", "value")
            row = connection.execute(
                risk_list_entries.update()
                .where(risk_list_entries.c.id == current.id)
                .values(removed_by=author, removed_at=datetime.now(UTC), removal_note=note)
                .returning(*risk_list_entries.c)
            ).one()
        return _entry(row)

    def entries(self, include_removed: bool = False) -> list[ListEntry]:
        """Entries oldest first: the active ones, or with `include_removed` the whole audit trail."""
        query = sa.select(risk_list_entries).order_by(risk_list_entries.c.id)
        if not include_removed:
            query = query.where(risk_list_entries.c.removed_at.is_(None))
        with self.engine.connect() as connection:
            return [_entry(row) for row in connection.execute(query)]

    def hits(self, values: Iterable[tuple[str, str]], pseudonymised: bool = False) -> dict[tuple[str, str], ListEntry]:
        """The active entries matching any of `(kind, value)` (values as a request carries them,
        customers in clear, or with `pseudonymised` as the prediction log holds them), keyed by that
        pair; one query for a whole batch. A value no entry can hold (an id a request logged before the rule for ids
        carries, read back for a re-decision) matches none: it failed the whole batch's lookup."""
        wanted = {}
        for kind, value in set(values):
            try:
                stored = value if pseudonymised and kind == "customer" else self.stored_value(kind, value)
            except ListError as error:
                if error.field != "value":
                    raise
                continue  # no entry holds it
            wanted[(kind, stored)] = (kind, value)
        if not wanted:
            return {}
        query = sa.select(risk_list_entries).where(
            risk_list_entries.c.removed_at.is_(None),
            sa.tuple_(risk_list_entries.c.kind, risk_list_entries.c.value).in_(list(wanted)),
        )
        with self.engine.connect() as connection:
            return {wanted[(row.kind, row.value)]: _entry(row) for row in connection.execute(query)}

    def email_hash_of(self, pseudonym: str | None) -> str | None:
        """The e-mail hash of an active `email_hash` entry whose pseudonym (as the prediction log holds a request's
        hash) is `pseudonym`, or None: a logged request re-decided matches the lists as they are now, as a request
        triaged now would (the log holds no hash in clear to match them with). One indexed look-up; entries stored
        before they carried a pseudonym are found once `name_entries_stored_before_pseudonyms` has run."""
        if not pseudonym:
            return None
        query = sa.select(risk_list_entries.c.value).where(
            risk_list_entries.c.kind == "email_hash",
            risk_list_entries.c.removed_at.is_(None),
            risk_list_entries.c.value_pseudonym == pseudonym,
        )
        with self.engine.connect() as connection:
            return connection.execute(query.limit(1)).scalar_one_or_none()

    def _pseudonym_of(self, kind: str, stored: str) -> str | None:
        return pseudonymise(stored, self.key) if kind == "email_hash" else None

    def name_entries_stored_before_pseudonyms(self) -> int:
        """Fill the pseudonym of e-mail hash entries stored before the column was (migration 0011 has no key: the
        service has it); returns how many were named. Run at start-up, before requests are served, so that look-ups
        only read: every entry added since carries its pseudonym, and a release from before 0011 does not start on this
        schema (its migrations do not know the revision), so none is stored without one again."""
        with self.engine.begin() as connection:
            unnamed = connection.execute(
                sa.select(risk_list_entries.c.id, risk_list_entries.c.value).where(
                    risk_list_entries.c.kind == "email_hash", risk_list_entries.c.value_pseudonym.is_(None)
                )
            ).all()
            if unnamed:
                named = risk_list_entries.update().where(risk_list_entries.c.id == sa.bindparam("entry_id"))
                connection.execute(
                    named.values(value_pseudonym=sa.bindparam("pseudonym")),
                    [
                        {"entry_id": entry_id, "pseudonym": self._pseudonym_of("email_hash", value)}
                        for entry_id, value in unnamed
                    ],
                )
        return len(unnamed)

    def hits_per_request(self, keys: Sequence[Mapping[str, str | None]]) -> list[tuple[ListHit, ...]]:
        """Each request's matching entries as the policy engine's `ListHit`s, from one query.

        Args:
            keys: per request, its value of each kind (`request_list_keys`); None when it has none.
        """
        found = self.hits((kind, value) for request in keys for kind, value in request.items() if value)
        return [
            tuple(
                ListHit(entry.list_name, entry.kind, entry.added_by, stored_utc(entry.added_at), entry.note)
                for entry in (found.get((kind, value)) for kind, value in request.items() if value)
                if entry is not None
            )
            for request in keys
        ]

    @staticmethod
    def _active(connection: sa.Connection, kind: str, stored: str) -> ListEntry | None:
        row = connection.execute(
            sa.select(risk_list_entries).where(
                risk_list_entries.c.kind == kind,
                risk_list_entries.c.value == stored,
                risk_list_entries.c.removed_at.is_(None),
            )
        ).one_or_none()
        return None if row is None else _entry(row)


def _author(name: str, missing: str) -> str:
    name = name.strip()
    if not name:
        raise ListError(missing, "by")
    if len(name) > MAX_AUTHOR_CHARS:
        raise _too_long("by", MAX_AUTHOR_CHARS, len(name))
    # matched and shown as an id is (the lists page, the audit, a list hit's reason): an invisible character makes
    # two authors who look the same differ
    try:
        return plain_identifier(name)
    except ValueError as error:
        raise ListError(f"by {error}", "by") from None


def _note(note: str | None) -> str | None:
    """The note stripped (None when blank); ListError when too long or holding control characters (as the
    API's free text: PostgreSQL cannot store NUL, and a note holding one was a 500 on the lists page)."""
    note = (note or "").strip()
    if len(note) > MAX_NOTE_CHARS:
        raise _too_long("note", MAX_NOTE_CHARS, len(note))
    if has_control_characters(note):
        raise ListError("note holds control characters (other than tab and line breaks)", "note")
    return note or None


# The request field each kind of list entry matches (the API's names, also a request CSV's columns).
LIST_KEY_FIELDS: dict[str, str] = {
    "customer": "customer_id",
    "email_hash": "customer_email_hash",
    "order": "order_id",
    "sku": "sku",
}


def request_list_keys(request: ReturnRequest) -> dict[str, str | None]:
    """The values of a return request that list entries can match, by kind."""
    return {kind: getattr(request, field) for kind, field in LIST_KEY_FIELDS.items()}
