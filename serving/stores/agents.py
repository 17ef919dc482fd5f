"""Support agents who sign in to the console, and their sessions.

Passwords are stored as argon2id hashes (argon2-cffi's defaults, rehashed on sign-in when those
defaults change). After `max_failed` consecutive wrong passwords an account refuses every sign-in,
right password or not, for `lockout_seconds`: a guesser gets a handful of tries per lock-out period
instead of thousands a minute. The lock-out lives in the database, so every worker honours it.

A session is a 256-bit random token in a cookie; only its SHA-256 digest is stored (like API keys:
there is nothing to brute-force), with the session's CSRF token and its expiry, so sessions survive
a restart and work on every worker.

A disabled agent (one who left the shop) signs in no more, and every session they hold opens nothing
from its next request: each is looked up with its agent, so no worker's copy outlives the change.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from features.text import printable_name
from serving.db import agent_sessions, agents, stored_utc

MIN_PASSWORD_CHARS = 12
MAX_NAME_CHARS = 64
_HASHER = PasswordHasher()


class AgentError(ValueError):
    """A name or password that cannot be used (the message says why)."""


@dataclass(frozen=True)
class Agent:
    agent_id: str
    name: str
    created_at: datetime
    disabled_at: datetime | None = None


@dataclass(frozen=True)
class AgentSession:
    """A signed-in agent and the CSRF token every form of the session must carry."""

    agent: Agent
    csrf_token: str
    expires_at: datetime


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# Alphabets whose letters look alike (Latin o, Greek omicron, Cyrillic o): a name mixing them reads as another.
_LOOK_ALIKE_ALPHABETS = ("LATIN", "GREEK", "CYRILLIC")


def _stripped_name(name: str) -> str:
    """The name as stored, stripped; raises AgentError when empty, too long or with control characters."""
    try:
        return printable_name(name, MAX_NAME_CHARS)
    except ValueError as error:
        raise AgentError(f"agent names are {error}") from None


def check_name(name: str) -> str:
    """A new agent's name, stripped; raises AgentError when empty, too long, with control characters, or mixing the
    letters of alphabets that look alike ("b\u043eb", a Cyrillic o, reads as "bob" in every record it signs)."""
    name = _stripped_name(name)
    letters = {unicodedata.name(char, "").partition(" ")[0] for char in _look(name) if char.isalpha()}
    mixed = [alphabet.title() for alphabet in _LOOK_ALIKE_ALPHABETS if alphabet in letters]
    if len(mixed) > 1:
        raise AgentError(f"agent name {name!r} mixes {' and '.join(mixed)} letters, which look alike: write it in one")
    return name


def _look(name: str) -> str:
    """How a name reads: its compatibility form, case folded ("BOB" and a fullwidth "\uff42\uff4f\uff42" read as
    "bob")."""
    return unicodedata.normalize("NFKC", name).casefold()


def check_password(password: str) -> str:
    """Raises AgentError when the password is shorter than MIN_PASSWORD_CHARS, or is not text: bytes typed in another
    encoding than UTF-8 are read as lone surrogates, which no hash takes (a UnicodeEncodeError traceback from
    `triage agents create --ask`)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise AgentError(f"passwords need at least {MIN_PASSWORD_CHARS} characters")
    try:
        password.encode()
    except UnicodeEncodeError:
        raise AgentError("the password typed is not UTF-8 text: set the terminal to UTF-8, or type another") from None
    return password


def one_time_password() -> str:
    """A random password for a new agent (about 120 bits), to be changed by handing it over once."""
    return secrets.token_urlsafe(15)


class AgentStore:
    """Creates agents, checks sign-ins (with lock-out) and keeps their sessions.

    Args:
        engine: the serving database.
        max_failed: consecutive wrong passwords that lock an account.
        lockout_seconds: how long a locked account refuses sign-ins.
        session_hours: how long a session lasts after sign-in.
    """

    def __init__(
        self, engine: Engine, max_failed: int = 5, lockout_seconds: int = 900, session_hours: float = 12
    ) -> None:
        self.engine = engine
        self.max_failed = max_failed
        self.lockout = timedelta(seconds=lockout_seconds)
        self.session_length = timedelta(hours=session_hours)

    def create(self, name: str, password: str) -> Agent:
        """A new agent; raises AgentError for a bad or taken name, one that reads as another agent's (the console's
        records name agents: "saved by BOB" beside "saved by bob" could not be told apart), or a short password."""
        name, password = check_name(name), check_password(password)
        for agent in self.list():
            if agent.name != name and _look(agent.name) == _look(name):
                raise AgentError(f"agent name {name!r} looks like the agent {agent.name!r}: choose another")
        agent = Agent(agent_id=secrets.token_hex(8), name=name, created_at=datetime.now(UTC))
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    agents.insert().values(
                        agent_id=agent.agent_id,
                        name=name,
                        password_hash=_HASHER.hash(password),
                        created_at=agent.created_at,
                        failed_signins=0,
                    )
                )
        except sa.exc.IntegrityError:
            raise AgentError(f"an agent named {name!r} already exists") from None
        return agent

    def list(self) -> list[Agent]:
        """Every agent, oldest first, disabled ones too."""
        query = sa.select(agents.c.agent_id, agents.c.name, agents.c.created_at, agents.c.disabled_at).order_by(
            agents.c.created_at
        )
        with self.engine.connect() as connection:
            return [
                Agent(row.agent_id, row.name, stored_utc(row.created_at), _stored_or_none(row.disabled_at))
                for row in connection.execute(query)
            ]

    def disable(self, name: str) -> int:
        """Disable the agent named `name` (one who left): they sign in no more and each of their open sessions
        opens nothing from its next request, which says why. The number of their sessions still open; raises
        AgentError for no such agent or one already disabled."""
        agent = self._named(name)
        if agent.disabled_at is not None:
            raise AgentError(f"agent {agent.name!r} is already disabled")
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            connection.execute(agents.update().where(agents.c.agent_id == agent.agent_id).values(disabled_at=now))
            open_sessions = sa.select(sa.func.count()).where(
                agent_sessions.c.agent_id == agent.agent_id, agent_sessions.c.expires_at > now
            )
            return connection.execute(open_sessions).scalar_one()

    def enable(self, name: str) -> None:
        """Let a disabled agent sign in again; the sessions they held when disabled stay ended (a cookie kept from
        then opens nothing). Raises AgentError for no such agent or one not disabled."""
        agent = self._named(name)
        if agent.disabled_at is None:
            raise AgentError(f"agent {agent.name!r} is not disabled")
        with self.engine.begin() as connection:
            connection.execute(agent_sessions.delete().where(agent_sessions.c.agent_id == agent.agent_id))
            connection.execute(agents.update().where(agents.c.agent_id == agent.agent_id).values(disabled_at=None))

    def _named(self, name: str) -> Agent:
        """The agent named `name` as stored (spaces around it stripped); raises AgentError when there is none."""
        stripped = name.strip()
        found = next((agent for agent in self.list() if agent.name == stripped), None)
        if found is None:
            raise AgentError(f"no agent named {stripped!r} (see `triage agents list`)")
        return found

    def sign_in(self, name: str, password: str) -> Agent | None:
        """The agent whose name and password these are, or None; counts failures and locks the account after
        `max_failed`. An unknown name, a wrong password and a locked account are one answer, None.

        A locked account refuses every password alike, the right one too: told "locked" for the right password
        only, a guesser went on guessing for free once the lock held, and learnt which guess was right.
        """
        now = datetime.now(UTC)
        try:  # not `check_name`: an agent created before its alphabet rule keeps signing in by the name it was given
            name = _stripped_name(name)
        except AgentError:  # no agent has such a name; PostgreSQL could not even compare one holding NUL
            row = None
        else:
            with self.engine.connect() as connection:
                row = connection.execute(sa.select(agents).where(agents.c.name == name)).first()
        if row is None or row.disabled_at is not None:  # a disabled agent is told what a name no agent has is
            _verify(_dummy_hash(), password)
            return None
        # Refused as a name no agent has: a guesser told "locked" after five tries learnt which names are agents'.
        agent = Agent(agent_id=row.agent_id, name=row.name, created_at=stored_utc(row.created_at))
        where = agents.c.agent_id == agent.agent_id
        locked = row.locked_until is not None and stored_utc(row.locked_until) > now
        right = _verify(row.password_hash, password)  # checked even when locked, so both answers take as long
        if locked:
            return None
        if not right:
            with self.engine.begin() as connection:
                # Counted in SQL, so concurrent wrong guesses on two workers all count.
                connection.execute(agents.update().where(where).values(failed_signins=agents.c.failed_signins + 1))
                connection.execute(
                    agents.update()
                    .where(where, agents.c.failed_signins >= self.max_failed)
                    .values(locked_until=now + self.lockout, failed_signins=0)
                )
            return None
        values: dict[str, object] = {"failed_signins": 0, "locked_until": None}
        if _HASHER.check_needs_rehash(row.password_hash):
            values["password_hash"] = _HASHER.hash(password)
        # Only while the account is still unlocked: `row` was read before the password was verified, and wrong
        # guesses sent alongside lock it meanwhile (ten at once with the right one let it in and lifted the lock).
        unlocked = sa.or_(agents.c.locked_until.is_(None), agents.c.locked_until <= now)
        enabled = agents.c.disabled_at.is_(None)  # nor disabled meanwhile
        with self.engine.begin() as connection:
            if connection.execute(agents.update().where(where, unlocked, enabled).values(**values)).rowcount == 0:
                return None
        return agent

    def start_session(self, agent: Agent) -> tuple[str, AgentSession]:
        """A new session for a signed-in agent: the cookie token (never stored) and the session."""
        token = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        session = AgentSession(agent=agent, csrf_token=secrets.token_urlsafe(32), expires_at=now + self.session_length)
        with self.engine.begin() as connection:
            connection.execute(agent_sessions.delete().where(agent_sessions.c.expires_at < now))
            connection.execute(
                agent_sessions.insert().values(
                    session_hash=_digest(token),
                    agent_id=agent.agent_id,
                    csrf_token=session.csrf_token,
                    created_at=now,
                    expires_at=session.expires_at,
                )
            )
        return token, session

    def session(self, token: str) -> AgentSession | None:
        """The live session of a cookie token, or None when unknown, expired or its agent's disabled."""
        row = self._session_row(token)
        if row is None or row.disabled_at is not None:
            return None
        agent = Agent(agent_id=row.agent_id, name=row.name, created_at=stored_utc(row.created_at))
        return AgentSession(agent=agent, csrf_token=row.csrf_token, expires_at=stored_utc(row.expires_at))

    def disabled_session(self, token: str) -> bool:
        """Whether a cookie token is a live session of an agent disabled since (told so, not shown the sign-in)."""
        row = self._session_row(token)
        return row is not None and row.disabled_at is not None

    def _session_row(self, token: str) -> sa.Row[Any] | None:
        """A cookie token's session with its agent, or None when unknown or expired."""
        query = (
            sa.select(agent_sessions.c.csrf_token, agent_sessions.c.expires_at, agents.c.agent_id, agents.c.name)
            .add_columns(agents.c.created_at, agents.c.disabled_at)
            .join(agents, agents.c.agent_id == agent_sessions.c.agent_id)
            .where(agent_sessions.c.session_hash == _digest(token))
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return None if row is None or stored_utc(row.expires_at) <= datetime.now(UTC) else row

    def extend_session(self, token: str, within: timedelta) -> AgentSession | None:
        """Keep a live session going for another session length from now, when it ends `within` from now (the agent
        asked from the notice before it ends), at most `SESSION_EXTENSION_LIMIT` session lengths after sign-in, so
        a cookie cannot keep a session alive for ever; the session as extended, or None (unknown, ended, not yet
        near its end or at its limit)."""
        now = datetime.now(UTC)
        digest = _digest(token)
        with self.engine.begin() as connection:
            row = connection.execute(
                sa.select(agent_sessions.c.created_at, agent_sessions.c.expires_at).where(
                    agent_sessions.c.session_hash == digest
                )
            ).first()
            if row is None or not now < stored_utc(row.expires_at) <= now + within:
                return None
            limit = stored_utc(row.created_at) + SESSION_EXTENSION_LIMIT * self.session_length
            extended = min(now + self.session_length, limit)
            if extended <= stored_utc(row.expires_at):
                return None
            connection.execute(
                agent_sessions.update().where(agent_sessions.c.session_hash == digest).values(expires_at=extended)
            )
        return self.session(token)

    def end_session(self, token: str) -> None:
        """Sign out: the token stops working at once."""
        with self.engine.begin() as connection:
            connection.execute(agent_sessions.delete().where(agent_sessions.c.session_hash == _digest(token)))


# A session extended from the expiry notice lives at most this many session lengths after its sign-in.
SESSION_EXTENSION_LIMIT = 2


def _stored_or_none(value: datetime | None) -> datetime | None:
    return None if value is None else stored_utc(value)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the name is unknown, so an unknown name takes as long as a wrong password."""
    return _HASHER.hash(secrets.token_urlsafe(16))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
