"""The serving database: one SQLAlchemy engine, the table definitions and the migrations runner.

SQLite (WAL journal, `synchronous=FULL`) inside the state folder by default, PostgreSQL when
`TRIAGE_DATABASE_URL` names one. With `synchronous=FULL` a committed transaction is on disk
before `commit()` returns, so a write the service acknowledges survives a crash of the process
or the machine. The history tables mirror `features.schemas`, so the loaders, the risk features
and this store name every column in one place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from features.schemas import TABLES, Column
from triage.settings import Settings, get_settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

metadata = sa.MetaData()

_SQL_TYPES: dict[str, type[sa.types.TypeEngine]] = {
    "string": sa.String,
    "float64": sa.Float,
    "bool": sa.Boolean,
    "datetime64[ns]": sa.DateTime,
}
_PRIMARY_KEYS = {"customers": "customer_id", "orders": "order_id", "line_items": "line_item_id", "returns": "return_id"}
# Columns the risk features look customers' history up by.
_INDEXED = {"orders": ("customer_id",), "line_items": ("order_id",), "returns": ("customer_id",)}


def _history_table(name: str, columns: tuple[Column, ...]) -> sa.Table:
    """A history table with the columns of `features.schemas`; only ids are mandatory.

    Everything but the key is nullable because live returns arrive before their outcome
    (resolution, inspection) is known.
    """
    key = _PRIMARY_KEYS[name]
    return sa.Table(
        name,
        metadata,
        *(
            sa.Column(
                column.name,
                _SQL_TYPES[column.dtype](),
                primary_key=column.name == key,
                nullable=column.name != key,
                index=column.name in _INDEXED.get(name, ()),
                comment=column.description,
            )
            for column in columns
        ),
    )


HISTORY_TABLES: dict[str, sa.Table] = {name: _history_table(name, columns) for name, columns in TABLES.items()}

# One row per folder `data load` (or `triage up`) loaded into the history tables, and whether it was the generated
# sample: what keeps a shop's customers from being read with the invented customers' pasts under the same ids.
history_loads = sa.Table(
    "history_loads",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("folder", sa.String(4096), nullable=False),
    sa.Column("generated_sample", sa.Boolean, nullable=False, comment="the folder held the generator's mark"),
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("key_id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("scope", sa.String(16), nullable=False, server_default="score", comment="score or admin"),
)

# Prediction-log columns the console's queue filters on (each has a (column, id) index).
QUEUE_FILTER_COLUMNS: tuple[str, ...] = (
    "reason_code",
    "decision_code",
    "needs_review",
    "risk_band",
    "lang",
    "handover",
)

predictions = sa.Table(
    "predictions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("request_id", sa.String(36), nullable=False, index=True),
    sa.Column("endpoint", sa.String(32), nullable=False),
    sa.Column("return_id", sa.String(64), nullable=True, index=True),
    sa.Column("customer_pseudonym", sa.String(64), nullable=True, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("request", sa.JSON, nullable=False),
    sa.Column("response", sa.JSON, nullable=False),
    sa.Column("reason_code", sa.String(32), nullable=True),
    sa.Column("decision_code", sa.String(32), nullable=True),
    sa.Column("model_versions", sa.JSON, nullable=False),
    # Copied out of the response, like reason_code and decision_code, so the console's queue
    # filters on indexed columns instead of parsing JSON on every row.
    sa.Column("needs_review", sa.Boolean, nullable=True),
    sa.Column("risk_band", sa.String(32), nullable=True),
    sa.Column("lang", sa.String(8), nullable=True),
    sa.Column("handover", sa.Boolean, nullable=True),
    # (filter, id): the queue pages newest-first through one filter's matches without a sort.
    *(sa.Index(f"ix_predictions_{name}_id", name, "id") for name in QUEUE_FILTER_COLUMNS),
    # Keyed hash of a /triage request item as received: a retry of the same return is answered from
    # the log, a different body for a logged return_id is refused (serving.idempotency).
    sa.Column("request_fingerprint", sa.String(64), nullable=True),
)

# One row per return_id `/triage` logged: the primary key makes the first commit win when workers or
# replicas triage the same new return at once (`PredictionLog.claim`, serving.idempotency).
triage_claims = sa.Table(
    "triage_claims",
    metadata,
    sa.Column("return_id", sa.String(64), primary_key=True),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False, index=True),
    # The request the return is claimed for: a call reserves its returns before they are triaged.
    sa.Column("request_fingerprint", sa.String(64), nullable=True),
)

# One row per `POST /admin/reload`: every worker and replica on this database follows the newest
# (`serving.stores.reloads`), not only the worker the request reached.
model_reloads = sa.Table(
    "model_reloads",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
)

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("return_id", sa.String(64), nullable=False, index=True),
    sa.Column("agent_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("reason_accepted", sa.Boolean, nullable=False),
    sa.Column("corrected_reason", sa.String(32), nullable=True),
    sa.Column("final_decision", sa.String(32), nullable=True),
    sa.Column("reply_status", sa.String(16), nullable=True),
    sa.Column("edited_reply", sa.Text, nullable=True),
    sa.Column("inspection_outcome", sa.String(32), nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    # The reason the final decision and the sent reply were made for (the console's records; None: the
    # suggested one), so an outcome saved after a corrected reason says which reading it answered.
    sa.Column("decision_reason", sa.String(32), nullable=True),
    sa.Column("reply_reason", sa.String(32), nullable=True),
    # Hash of the record's fields and of the id of the return's record before it: a client's retry
    # is stored once, even when two copies arrive at once (serving.stores.feedback).
    sa.Column("fingerprint", sa.String(64), nullable=True, unique=True, index=True),
)

# `POST /feedback`'s `Idempotency-Key`s, per API key that sent them (two clients each choose their own keys): the
# record each was first used for, so a late retry of an older record is answered with its id instead of becoming
# the return's newest record again (serving.stores.feedback). Purged with the log rows (serving.stores.retention).
feedback_keys = sa.Table(
    "feedback_keys",
    metadata,
    sa.Column("api_key_id", sa.String(32), primary_key=True),
    sa.Column("idempotency_key", sa.String(255), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False, comment="hash of the record's fields"),
    sa.Column("feedback_id", sa.Integer, sa.ForeignKey("feedback.id"), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

# A logged return decided and drafted again for the reason an agent corrected it to (the console's
# `serving.model_side.ModelSide.redecide_batch`), the response as the prediction log would hold it.
redecisions = sa.Table(
    "redecisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("return_id", sa.String(64), nullable=False, index=True),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("agent_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("response", sa.JSON, nullable=False),
    # Made once per reason: agents correcting a return to the same reason at once, or a form sent twice, each had
    # the models decide again and kept a row of their own.
    sa.Index("uq_redecisions_return_reason", "return_id", "reason", unique=True),
)

agents = sa.Table(
    "agents",
    metadata,
    sa.Column("agent_id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("failed_signins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    # Set by `triage agents disable`: the agent signs in no more and their sessions open nothing.
    sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
)

agent_sessions = sa.Table(
    "agent_sessions",
    metadata,
    sa.Column("session_hash", sa.String(64), primary_key=True),
    sa.Column("agent_id", sa.String(32), sa.ForeignKey("agents.agent_id"), nullable=False, index=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)


# Allow and block lists (issue 18): one row per entry; removing an entry stamps it instead of
# deleting it, so the table is its own audit trail. A value is on at most one list at a time.
LIST_NAMES: tuple[str, ...] = ("allow", "block")
LIST_KINDS: tuple[str, ...] = ("customer", "email_hash", "order", "sku")

risk_list_entries = sa.Table(
    "risk_list_entries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("list_name", sa.String(8), nullable=False, comment="allow or block"),
    sa.Column("kind", sa.String(16), nullable=False, comment="customer, email_hash, order or sku"),
    sa.Column("value", sa.String(128), nullable=False, comment="customer ids are stored as their pseudonym"),
    sa.Column("added_by", sa.String(64), nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("removed_by", sa.String(64), nullable=True),
    sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("removal_note", sa.Text, nullable=True),
    # An e-mail hash's pseudonym, as the prediction log holds a request's: a re-decided request's entry is looked up
    # by it (HMAC of every entry per look-up took 43 ms with 10,000 entries). Filled by the store, which has the key.
    sa.Column("value_pseudonym", sa.String(64), nullable=True),
    # Active entries only: the per-batch lookup reads these, and a value may be re-added after removal.
    sa.Index(
        "ux_risk_list_entries_active",
        "kind",
        "value",
        unique=True,
        sqlite_where=sa.text("removed_at IS NULL"),
        postgresql_where=sa.text("removed_at IS NULL"),
    ),
    # The e-mail hashes' look-up by pseudonym, and the entries still without one.
    sa.Index("ix_risk_list_entries_kind_pseudonym", "kind", "value_pseudonym"),
)

# Signed events (issue 18): subscriptions, the outbox (written in the transaction of the write it
# reports, one row per event and subscription) and the log of every delivery attempt.
webhook_subscriptions = sa.Table(
    "webhook_subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("events", sa.JSON, nullable=False),
    # Kept in clear: the service needs it to sign (like any HMAC webhook secret); shown once at creation.
    sa.Column("secret", sa.String(128), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
)

webhook_outbox = sa.Table(
    "webhook_outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(36), nullable=False),
    sa.Column("event_type", sa.String(32), nullable=False),
    sa.Column("subscription_id", sa.Integer, sa.ForeignKey("webhook_subscriptions.id"), nullable=False, index=True),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, comment="pending, delivered or failed"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    # Also the claim: a worker pushes it forward before it sends, so no other worker sends meanwhile.
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
    sa.UniqueConstraint("event_id", "subscription_id", name="uq_webhook_outbox_event_subscription"),
    sa.Index("ix_webhook_outbox_status_next", "status", "next_attempt_at"),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("outbox_id", sa.Integer, sa.ForeignKey("webhook_outbox.id"), nullable=False, index=True),
    sa.Column("attempt", sa.Integer, nullable=False),
    sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status_code", sa.Integer, nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("seconds", sa.Float, nullable=False),
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run beside the writer; FULL syncs the WAL on every commit (durability)."""
    cursor = dbapi_connection.cursor()
    _into_wal(cursor)
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _into_wal(cursor: Any) -> None:
    """Switch the file to WAL, waiting as long as the busy timeout for another connection switching it.

    Two processes opening a new store at once both switch it: SQLite answers one of them "database is locked" at once,
    without its busy timeout (waiting could deadlock), and that command failed (one run in three of
    tests/service/test_db_files.py's two migrating processes).
    """
    deadline = time.monotonic() + cursor.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def stored_utc(moment: datetime) -> datetime:
    """A timestamp as a store wrote it: SQLite hands timezone-aware columns back naive; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def upsert_insert(dialect: str) -> Any:
    """The dialect's `insert` construct, which has ON CONFLICT clauses (SQLite and PostgreSQL)."""
    from sqlalchemy.dialects import postgresql, sqlite

    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def create_db_engine(url: str, settings: Settings | None = None) -> Engine:
    """An engine for `url`; SQLite connections get the durability pragmas and the busy timeout of `settings` (the
    process's settings when None)."""
    if url.startswith("sqlite"):
        # The driver's `timeout` is the one busy timeout: pysqlite sets one on every connection it opens (5 s unless
        # given), before any statement, so a `PRAGMA busy_timeout` beside it only overrode it (two numbers to keep
        # equal). `_into_wal` reads it back.
        busy_seconds = (settings or get_settings()).sqlite_busy_seconds
        engine = sa.create_engine(url, connect_args={"timeout": busy_seconds})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


# Any fixed number: the PostgreSQL advisory lock every process takes while it migrates.
_MIGRATION_LOCK_ID = 0x7472696167


class UnservableDatabase(RuntimeError):
    """A database this release must not serve; the message says why, on one line."""


class SchemaTooNew(UnservableDatabase):
    """The database was migrated by a newer release than this one (a revision it does not know)."""


class AnotherProgramsDatabase(UnservableDatabase):
    """The state folder's SQLite file holds another program's tables: migrating would add this one's to them."""


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (idempotent; safe at every start-up).

    On PostgreSQL the migration holds a transaction-level advisory lock: replicas starting together
    on one database would otherwise both create the same tables and all but one would fail. The
    second waits, then finds the schema at head. On SQLite a store not at head is migrated under the write lock,
    taken before its revision is read: pysqlite begins a transaction at the first row written, not at a table
    created, so two commands on a new state folder both read "no schema" and the second failed "table api_keys already
    exists". A store at head is only read: a listing beside a long load is not held up.

    Raises:
        SchemaTooNew: the database is at a revision this release does not know (alembic's traceback before).
    """
    from alembic import command
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
        elif set(MigrationContext.configure(connection).get_current_heads()) != set(scripts.get_heads()):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        known = {script.revision for script in scripts.walk_revisions()}
        unknown = sorted(set(MigrationContext.configure(connection).get_current_heads()) - known)
        if unknown:
            raise SchemaTooNew(
                f"its schema is at revision {', '.join(unknown)}, which this release does not know: a newer release "
                f"migrated it (this one reaches {scripts.get_current_head()}); run that release"
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _not_another_programs(path: Path) -> None:
    """Refuse a SQLite file that holds tables but no revision of this schema (another program's: the migration added
    this one's tables to it and the commands went on). Read through SQLite, read-only, before a connection of the
    engine switches it to WAL; SQLite keeps the locks of this process's other connections to it.

    Raises:
        AnotherProgramsDatabase: tables, none of them `alembic_version`.
    """
    if not path.is_file() or path.stat().st_size == 0:
        # a new store: SQLite reads a zero-byte file as an empty database, and `_private_file` makes one before the
        # first migration, so a crash between the two leaves it (holding nothing to lose)
        return
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            listed = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            tables = [str(name) for (name,) in listed]
    except sqlite3.Error:
        return  # no database, or one it cannot read: the engine says so as it opens it
    if tables and "alembic_version" not in tables:
        shown = ", ".join(tables[:3]) + (f" and {len(tables) - 3:,} more" if len(tables) > 3 else "")
        raise AnotherProgramsDatabase(
            f"it holds another program's tables ({shown}) and no revision of this one's schema: left as it is; "
            "give TRIAGE_STATE_DIR a folder of its own"
        )


def _private_file(path: Path) -> None:
    """Create `path` readable and writable by its owner only (or tighten it): SQLite gives its WAL and
    shared-memory files the database file's permissions, so the whole store stays private.

    An existing file is never opened: closing any descriptor of a database file drops every POSIX lock this
    process holds on it, its SQLite connections' included, and another process closing its last connection
    would then delete the WAL and shared-memory files under them (a worker opens the store twice: the service
    and its model side).
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


def open_database(settings: Settings, create: bool = True) -> Engine:
    """The engine for `settings.db_url`, migrated to head; for SQLite, creates the state folder and a
    database file only its owner can read (it holds customers' texts).

    Without `create` (a command that only reads), a SQLite store not made yet is read as the empty store it would
    be, in memory: a listing makes neither the folder nor the file (on a full disk it left a zero-byte one).
    """
    if settings.database_url is None and not create and not settings.sqlite_path.exists():
        # one connection per thread: the migrated tables stay for the reads
        engine = create_db_engine("sqlite://", settings)
        migrate(engine)
        return engine
    if settings.database_url is None:
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        _not_another_programs(settings.sqlite_path)
        _private_file(settings.sqlite_path)
    engine = create_db_engine(settings.db_url, settings)
    migrate(engine)
    return engine
