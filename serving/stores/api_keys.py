"""API keys for system clients: shown once at creation, stored only as a SHA-256 digest.

Keys are 256-bit random tokens, so a fast digest is enough (there is nothing to brute-force,
unlike a password); the digest makes a leaked database useless for calling the API.
Each key has a scope: `score` keys call the scoring API (`/triage`, `/classify`, `/feedback`);
`admin` keys may also operate the service (`/admin/...`, e.g. swapping in a new champion), so the
key a shop's portal holds cannot change which models serve.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from features.text import printable_name
from serving.db import api_keys

KEY_PREFIX = "trk_"


class ApiKeyError(ValueError):
    """A key name that cannot be stored (the message says why)."""


class KeyStatus(StrEnum):
    VALID = "valid"
    UNKNOWN = "unknown"
    REVOKED = "revoked"


class KeyScope(StrEnum):
    """What a key may call: `score` the scoring API, `admin` that and the `/admin/` operations."""

    SCORE = "score"
    ADMIN = "admin"


@dataclass(frozen=True)
class KeyCheck:
    """A presented key's status and, when the key exists, its scope and id."""

    status: KeyStatus
    scope: KeyScope | None = None
    key_id: str | None = None


@dataclass(frozen=True)
class ApiKeyInfo:
    """What `triage keys list` shows: never the key itself."""

    key_id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None
    scope: KeyScope = KeyScope.SCORE


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiKeyStore:
    """Creates, lists, revokes and checks API keys."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, name: str, scope: KeyScope = KeyScope.SCORE) -> tuple[ApiKeyInfo, str]:
        """A new key for client `name` with `scope`: its record and the plain key (the only time it exists).

        Raises:
            ApiKeyError: a blank name, one longer than its column (PostgreSQL refused it with a database
                error, SQLite stored it) or one with control or invisible characters.
        """
        try:
            name = printable_name(name, api_keys.c.name.type.length)
        except ValueError as error:
            raise ApiKeyError(f"key names are {error}") from None
        key_id = secrets.token_hex(4)
        plain = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
        info = ApiKeyInfo(
            key_id=key_id, name=name, created_at=datetime.now(UTC), revoked_at=None, scope=KeyScope(scope)
        )
        with self.engine.begin() as connection:
            connection.execute(
                api_keys.insert().values(
                    key_id=key_id,
                    name=name,
                    key_hash=_digest(plain),
                    created_at=info.created_at,
                    scope=info.scope.value,
                )
            )
        return info, plain

    def list(self) -> list[ApiKeyInfo]:
        """Every key ever created, oldest first."""
        query = sa.select(
            api_keys.c.key_id, api_keys.c.name, api_keys.c.created_at, api_keys.c.revoked_at, api_keys.c.scope
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(api_keys.c.created_at))
            return [ApiKeyInfo(**{**row._mapping, "scope": KeyScope(row.scope)}) for row in rows]

    def revoke(self, key_id: str) -> bool:
        """Revoke a key by id; False when no active key has that id."""
        statement = (
            api_keys.update()
            .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
            .values(revoked_at=datetime.now(UTC))
        )
        with self.engine.begin() as connection:
            return connection.execute(statement).rowcount == 1

    def check(self, key: str) -> KeyCheck:
        """Whether a presented key is valid, revoked or unknown, and its scope when it exists."""
        query = sa.select(api_keys.c.key_id, api_keys.c.revoked_at, api_keys.c.scope).where(
            api_keys.c.key_hash == _digest(key)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None:
            return KeyCheck(KeyStatus.UNKNOWN)
        status = KeyStatus.VALID if row.revoked_at is None else KeyStatus.REVOKED
        return KeyCheck(status, KeyScope(row.scope), row.key_id)
