"""The console as a Starlette app: sign-in, the queue, a return's page, the allow and block lists and
the public policy page.

Mounted on the BentoML service (`serving.service`), which leaves `/console...` and `/policy/...`
to it (the API's key check does not apply there; the console checks its own session cookie).
Every page is rendered by Jinja2 with autoescaping on, so text a customer typed is always shown
as text. Database work runs on worker threads, off the event loop the API shares.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes, urlencode

import anyio
from bentoml.exceptions import ServiceUnavailable
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Match, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from decisions.policy import Policy, PolicyError, load_policy, score_said
from features.taxonomy import REASONS
from features.text import quoted_cut
from serving.console import lists_page, review
from serving.console import queue as queue_view
from serving.console.query import OneValueEachMiddleware
from serving.console.security import (
    CSRF_FIELD,
    SESSION_COOKIE,
    SIGNIN_CSRF_COOKIE,
    SIGNIN_PATH,
    SecurityHeadersMiddleware,
    clear_session_cookie,
    from_another_site,
    from_own_page,
    set_session_cookie,
    set_signin_token,
    tokens_match,
    uncached,
    url_parts,
)
from serving.console.templating import SESSION_WARNING_SECONDS, seconds_left, templates
from serving.console.words import (
    DECISION_WORDS,
    LANGUAGE_WORDS,
    band_words,
    correction_effect,
    draft_differences,
)
from serving.model_side import Redecision
from serving.stored_replies import NAME_PLACEHOLDER
from serving.stores.agents import AgentSession, AgentStore
from serving.stores.feedback import FeedbackRecord, FeedbackStore, ToldAnotherDecision
from serving.stores.predictions import pseudonym_key
from serving.stores.redecisions import RedecisionStore
from serving.stores.risk_lists import ListConflict, ListEntry, ListError, RiskListStore
from triage.settings import Settings, get_settings

logger = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"
QUEUE_PATH = "/console"
REASON_MEANINGS = {reason.code: reason.meaning for reason in REASONS}
ANALYTICS_SECONDS = 60.0


class PolicyFile:
    """The policy file, re-read when it changes, so pages show the policy the file states."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._loaded: tuple[tuple[int, int], Policy] | None = None

    def current(self) -> Policy:
        """The validated policy (raises PolicyError when the file is unusable, OSError when missing)."""
        status = self.path.stat()
        version = (status.st_mtime_ns, status.st_size)
        if self._loaded is None or self._loaded[0] != version:
            self._loaded = (version, load_policy(self.path))
        return self._loaded[1]


@dataclass
class ConsoleState:
    """What the console's handlers share: settings, the database and its stores."""

    settings: Settings
    engine: Engine
    agents: AgentStore
    feedback: FeedbackStore
    lists: RiskListStore
    policy: PolicyFile
    redecisions: RedecisionStore
    _analytics: tuple[float, Any] | None = None

    def analytics(self) -> Any:
        """The analytics (`serving.analytics.report.Analytics`), recomputed at most every
        ANALYTICS_SECONDS: they read the whole history, and the figures move slowly."""
        from serving.analytics.report import build_analytics
        from serving.analytics.tables import load_inputs

        now = time.monotonic()
        if self._analytics is None or now - self._analytics[0] > ANALYTICS_SECONDS:
            inputs = load_inputs(self.engine, self.settings.monitoring_reports_dir)
            self._analytics = (now, build_analytics(inputs, self.policy.current().label_fee))
        return self._analytics[1]


def console_state(settings: Settings, engine: Engine) -> ConsoleState:
    """The console's stores on `engine` (already migrated: the service migrates at start-up)."""
    return ConsoleState(
        settings=settings,
        engine=engine,
        agents=AgentStore(
            engine,
            max_failed=settings.console_max_failed_signins,
            lockout_seconds=settings.console_lockout_seconds,
            session_hours=settings.console_session_hours,
        ),
        feedback=FeedbackStore(engine),
        lists=RiskListStore(engine, pseudonym_key(settings)),
        policy=PolicyFile(settings.policy_path),
        redecisions=RedecisionStore(engine),
    )


def _state(request: Request) -> ConsoleState:
    return request.app.state.console


def _console_origin(request: Request) -> str | None:
    return _state(request).settings.console_origin


# What a page confirms after a redirect (`?saved=`): the page shows only these words, so a link with
# `saved=` set to a sentence of its own cannot make the console say it.
RETURN_CONFIRMATIONS = {"reason": "Reason saved.", "decision": "Decision saved.", "reply": "Reply marked as sent."}
LIST_CHANGES = ("added", "removed")


def _saved(request: Request, confirmations: tuple[str, ...]) -> str | None:
    saved = request.query_params.get("saved")
    return saved if saved in confirmations else None


def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A rendered template with the console's security headers."""
    return uncached(HTMLResponse(templates.get_template(name).render(**context), status_code=status_code))


def _problem(status_code: int, title: str, message: str, session: AgentSession | None = None) -> HTMLResponse:
    return page("problem.html", status_code=status_code, title=title, message=message, session=session)


def _another_site(origin: str) -> HTMLResponse:
    """The refusal of a form posted from another site's page, whatever its cookie and token (a second wall beside
    them). Said to the agent, and to whoever set up a proxy that passes the service another Host."""
    message = (
        f"This form was sent from another site ({quoted_cut(origin, 80)}), not from this console's pages. Nothing "
        "was saved. Open the console at its own address and send the form from there. (Behind a proxy, "
        "TRIAGE_CONSOLE_ORIGIN names the address browsers use.)"
    )
    return _problem(403, "Form refused", message)


def _unknown_return(return_id: str, session: AgentSession) -> HTMLResponse:
    """The 404 page of a return id never triaged (or purged since)."""
    return _problem(404, "Unknown return", f"No triaged return with id {return_id!r}.", session)


async def _session(request: Request) -> AgentSession | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return await anyio.to_thread.run_sync(_state(request).agents.session, token)


async def _disabled_session(request: Request) -> bool:
    """Whether the request's cookie is a session of an agent disabled since it began."""
    token = request.cookies.get(SESSION_COOKIE)
    return bool(token) and await anyio.to_thread.run_sync(_state(request).agents.disabled_session, token)


Handler = Callable[[Request, AgentSession], Awaitable[Response]]
# Decides and drafts logged returns again for an agent's reason, through the service's models (the service's
# `ModelRunner.redecide`, set on the app's state as `redecide`): each result, or None when it cannot.
Redecide = Callable[[list[Redecision]], Awaitable[list[dict[str, Any] | None]]]
# Shows a form refused for its CSRF token again, filled in with what was posted (`FormData`), with this
# session's token, so the agent can send it again.
StaleFormHandler = Callable[[Request, AgentSession, FormData], Awaitable[Response]]
STALE_FORM = (
    "Not saved: this page was opened before your current sign-in (your session ended, or you signed in again in "
    "another tab), so its security token no longer holds. What you entered is kept below: check it and send it again."
)
SESSION_ENDED = (
    "Your session has ended, so nothing was saved. Sign in again: what you entered comes back on its page, "
    "to check and send again."
)
AGENT_DISABLED = (
    "You are signed out: your console account has been disabled, so nothing was saved. If you still work on "
    "returns, ask whoever manages the console's agents to enable it again."
)
# The sign-in form carries an interrupted post (`KeptForm`) in hidden fields of these names, and the page a
# signed-out agent asked for in `next`.
RESUME_PATH_FIELD, RESUME_QUERY_FIELD, KEPT_PREFIX, NEXT_FIELD = "resume_path", "resume_query", "kept.", "next"


def console_page(address: object) -> str | None:
    """`address` when it is a console page of this service (a path under /console, with its query), else None:
    only such an address is where a sign-in sends the agent next, so a link cannot make it send them elsewhere."""
    if not isinstance(address, str) or any(char <= " " or char == "\\" for char in address):
        return None
    parts = url_parts(address)
    if parts is None or parts.scheme or parts.netloc or address.startswith("//"):
        return None
    return address if parts.path == QUEUE_PATH or parts.path.startswith(f"{QUEUE_PATH}/") else None


@dataclass(frozen=True)
class KeptForm:
    """A console form posted after its session ended: where it was posted (the route's path as the app
    sees it, and the query string) and what it held but the CSRF token, carried through the sign-in."""

    path: str
    query: str
    fields: tuple[tuple[str, str], ...]

    @classmethod
    def posted(cls, request: Request, form: FormData) -> KeptForm:
        fields = tuple((name, str(value)) for name, value in form.multi_items() if name != CSRF_FIELD)
        return cls(request.scope["path"], request.scope["query_string"].decode("utf-8", "replace"), fields)

    @classmethod
    def from_sign_in(cls, form: FormData) -> KeptForm | None:
        """The post a sign-in form carries, or None."""
        path = form.get(RESUME_PATH_FIELD)
        if not isinstance(path, str) or not path:
            return None
        fields = tuple(
            (name.removeprefix(KEPT_PREFIX), str(value))
            for name, value in form.multi_items()
            if name.startswith(KEPT_PREFIX)
        )
        return cls(path, str(form.get(RESUME_QUERY_FIELD, "")), fields)

    def hidden_fields(self) -> list[tuple[str, str]]:
        """The (name, value) pairs the sign-in form holds."""
        named = [(KEPT_PREFIX + name, value) for name, value in self.fields]
        return [(RESUME_PATH_FIELD, self.path), (RESUME_QUERY_FIELD, self.query), *named]


def _repeated_field(form: FormData) -> str | None:
    """The first field the form holds more than once, or None."""
    names = [name for name, _ in form.multi_items()]
    counts = Counter(names)
    return next((name for name in names if counts[name] > 1), None)


def _not_utf8(body: bytes, content_type: str) -> str | None:
    """Why a form body is not the UTF-8 a browser sends for a console form, or None. Starlette reads a form's bytes
    that are not UTF-8 without a word (a percent-escape that is none as U+FFFD, a byte sent bare, a multipart text
    part or a form declared in another charset as Latin-1), so a client's note was saved as other text than it sent.
    A multipart body (text parts only: a file is refused by its field's name first) is UTF-8 whole or not at all."""
    media, _, options = content_type.partition(";")
    media = media.strip().lower()
    if media not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return None
    for option in options.split(";"):
        key, _, charset = option.partition("=")
        if key.strip().lower() == "charset" and charset.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return f"The form was sent in the charset {quoted_cut(charset.strip(), 40)}; the console's forms are UTF-8."
    if media == "multipart/form-data":
        return None if _is_utf8(body) else "A field of the form was not sent as UTF-8 text."
    for pair in body.split(b"&"):
        name, value = (unquote_to_bytes(part.replace(b"+", b" ")) for part in pair.partition(b"=")[::2])
        # a browser percent-encodes every byte but ASCII's
        if not (pair.isascii() and _is_utf8(name) and _is_utf8(value)):
            return f"The field {quoted_cut(name.decode('utf-8', 'replace'), 80)} was not sent as UTF-8 text."
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


async def _posted_form(request: Request, session: AgentSession | None = None) -> FormData | Response:
    """The form a POST carries, or the 400 refusing it: bytes that are not UTF-8 text (`_not_utf8`), or a field
    sent as an uploaded file. The console's forms send text only: a handler reading a file part as text read its
    description ("UploadFile(filename='note.txt', ...)"), saved as a note or a reply sent, or shown back in the form
    a sign-in carries."""
    body = await request.body()  # kept: the form is parsed from it
    form = await request.form()
    uploaded = next((name for name, value in form.multi_items() if not isinstance(value, str)), None)
    if uploaded is not None:
        return _problem(400, "Form refused", f"The field {uploaded!r} was sent as a file, not as text.", session)
    if problem := _not_utf8(body, request.headers.get("content-type", "")):
        return _problem(400, "Form refused", problem, session)
    return form


# The longest query string a sign-in sends the agent back to: a queue's filters take a few hundred characters; a
# longer one (6,000 parameters fit the head limit) made a redirect header of ~60 KB, past what proxies read (nginx
# 4-8 KB), so the page is resumed without it.
MAX_RESUMED_QUERY_CHARS = 2_000


def signed_in(handler: Handler, stale_form: StaleFormHandler | None = None) -> Callable[[Request], Awaitable[Response]]:
    """Runs `handler` for a signed-in agent; anyone else is sent to the sign-in page. POSTs must
    also carry the session's CSRF token, else 403: with `stale_form`, a POST from the console's own
    page comes back filled in (an agent's edited reply outlives a sign-in in another tab); any other
    is refused bare."""

    async def endpoint(request: Request) -> Response:
        console_origin = _state(request).settings.console_origin
        if request.method == "POST" and (foreign := from_another_site(request, console_origin)):
            return _another_site(foreign)
        session = await _session(request)
        if session is None and await _disabled_session(request):
            response = _problem(403, "Signed out", AGENT_DISABLED)
            clear_session_cookie(response, request, console_origin)
            return response
        if session is None:
            if request.method == "POST" and stale_form is not None and from_own_page(request, console_origin):
                # The session ended while the agent was typing: the sign-in carries the post, not saved.
                form = await _posted_form(request)
                if isinstance(form, Response):
                    return form
                response = _sign_in_form(request, 401, SESSION_ENDED, kept=KeptForm.posted(request, form))
            elif request.method == "GET" and (request.url.path != QUEUE_PATH or request.url.query):
                # Signed in again, the agent lands on the page they asked for, not the unfiltered queue.
                # The decoded path (it holds root_path already): `url.path` is escaped, and quoting it again
                # sent an id holding `?` or `#` to "Unknown return".
                query = request.url.query if len(request.url.query) <= MAX_RESUMED_QUERY_CHARS else ""
                asked = quote(request.scope["path"]) + (f"?{query}" if query else "")
                response = RedirectResponse(f"{SIGNIN_PATH}?{urlencode({NEXT_FIELD: asked})}", status_code=303)
            else:
                response = RedirectResponse(SIGNIN_PATH, status_code=303)
            if request.cookies.get(SESSION_COOKIE):
                clear_session_cookie(response, request, console_origin)
            return uncached(response)
        if request.method == "POST":
            form = await _posted_form(request, session)
            if isinstance(form, Response):
                return form
            if not tokens_match(session.csrf_token, form):
                if stale_form is not None and from_own_page(request, console_origin):
                    return await stale_form(request, session, form)
                message = "The form's security token is missing or stale. Go back, copy what you typed, and reload."
                return _problem(403, "Form refused", message)
            if repeated := _repeated_field(form):
                # Which copy a handler reads is the parser's choice: the agent's form never sends one twice.
                return _problem(400, "Form refused", f"The field {repeated!r} was sent more than once.", session)
        return await handler(request, session)

    return endpoint


class FormRoute(Route):
    """The POST route of a console form whose post can come back filled in (`stale_form`): after a stale
    CSRF token, or after a sign-in when the session had ended."""

    def __init__(self, path: str, handler: Handler, stale_form: StaleFormHandler) -> None:
        super().__init__(path, signed_in(handler, stale_form), methods=["POST"])
        self.stale_form = stale_form


def _sign_in_form(
    request: Request,
    status_code: int = 200,
    error: str | None = None,
    name: str = "",
    kept: KeptForm | None = None,
    next_page: str | None = None,
) -> Response:
    """The sign-in page with a fresh CSRF token (in the form and its cookie), carrying a `kept` post or the
    console page to open next."""
    response = uncached(HTMLResponse(status_code=status_code))
    token = set_signin_token(response, request, _console_origin(request))
    hidden = kept.hidden_fields() if kept else [(NEXT_FIELD, next_page)] if next_page else []
    page_html = templates.get_template("signin.html").render(csrf_token=token, error=error, name=name, kept=hidden)
    response.body = page_html.encode()
    response.headers["content-length"] = str(len(response.body))
    return response


async def _sign_in_route(request: Request) -> Response:
    """The sign-in page (GET) and form (POST) as one route: as two, the router's 405 for another method
    allowed only the first one's methods (`Allow: GET, HEAD`, though POST is taken)."""
    return await (sign_in(request) if request.method == "POST" else sign_in_page(request))


async def sign_in_page(request: Request) -> Response:
    if await _session(request) is not None:
        return uncached(RedirectResponse(QUEUE_PATH, status_code=303))
    return _sign_in_form(request, next_page=console_page(request.query_params.get(NEXT_FIELD)))


async def sign_in(request: Request) -> Response:
    if foreign := from_another_site(request, _state(request).settings.console_origin):
        return _another_site(foreign)
    form = await _posted_form(request)
    if isinstance(form, Response):
        return form
    kept = KeptForm.from_sign_in(form)
    next_page = console_page(form.get(NEXT_FIELD))
    if not tokens_match(request.cookies.get(SIGNIN_CSRF_COOKIE), form):
        return _sign_in_form(request, 403, "The sign-in form expired. Please try again.", "", kept, next_page)
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    state = _state(request)
    agent = await anyio.to_thread.run_sync(state.agents.sign_in, name, password)
    if agent is None:
        settings = state.settings
        minutes = max(1, round(settings.console_lockout_seconds / 60))
        message = (
            f"Wrong name or password. After {settings.console_max_failed_signins} wrong passwords in a row an "
            f"account is locked for {minutes} minutes, and refuses every password until then."
        )
        return _sign_in_form(request, 401, message, name, kept, next_page)
    token, session = await anyio.to_thread.run_sync(state.agents.start_session, agent)
    resumed = _resumed(request, kept, session) if kept else None
    if resumed is None:
        response: Response = RedirectResponse(next_page or QUEUE_PATH, status_code=303)
    else:
        response = await resumed
        response.status_code = 200  # shown to the agent now signed in, not refused
    set_session_cookie(
        response, request, token, int(state.settings.console_session_hours * 3600), state.settings.console_origin
    )
    response.delete_cookie(SIGNIN_CSRF_COOKIE, path=SIGNIN_PATH)
    return uncached(response)


def _resumed(request: Request, kept: KeptForm, session: AgentSession) -> Awaitable[Response] | None:
    """The page of the form `kept` was posted from, filled in with it for the agent just signed in (nothing is
    saved: they check it and send it again), or None when its path is no console form's."""
    scope = {**request.scope, "path": kept.path, "query_string": kept.query.encode(), "method": "POST"}
    for route in request.app.routes:
        if isinstance(route, FormRoute):
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                return route.stale_form(Request({**scope, **child_scope}), session, FormData(list(kept.fields)))
    return None


async def _sign_out(request: Request, session: AgentSession) -> Response:
    await anyio.to_thread.run_sync(_state(request).agents.end_session, request.cookies[SESSION_COOKIE])
    response = RedirectResponse(SIGNIN_PATH, status_code=303)
    clear_session_cookie(response, request, _console_origin(request))
    return uncached(response)


async def _extend_session(request: Request, session: AgentSession) -> Response:
    """Keep the session going from the expiry notice (console.js posts it, so the page and what the agent is
    typing stay as they are): JSON with the seconds left and the new end, 409 when it cannot be extended."""
    state = _state(request)
    window = timedelta(seconds=SESSION_WARNING_SECONDS)
    extended = await anyio.to_thread.run_sync(state.agents.extend_session, request.cookies[SESSION_COOKIE], window)
    if extended is None:
        ends = session.expires_at.strftime("%H:%M UTC")
        return uncached(JSONResponse({"error": f"this session cannot be extended again: it ends at {ends}"}, 409))
    response = JSONResponse(
        {"seconds_left": seconds_left(extended.expires_at), "ends_at": extended.expires_at.strftime("%H:%M UTC")}
    )
    cookie, seconds = request.cookies[SESSION_COOKIE], seconds_left(extended.expires_at)
    set_session_cookie(response, request, cookie, seconds, state.settings.console_origin)
    return uncached(response)


def _risk_bands(state: ConsoleState) -> list[str]:
    return [band.name for band in state.policy.current().risk_bands]


def _filter_choices(state: ConsoleState) -> dict[str, Any]:
    return {
        "reasons": REASON_MEANINGS,
        "risk_bands": _risk_bands(state),
        "bands": band_words(state.policy.current()),
        "decisions": DECISION_WORDS,
        "langs": LANGUAGE_WORDS,
    }


# The query parameters each page takes: the queue's filters, and the cursor of an older page or what a return's page
# confirms after a form (`saved`). A link may hold no other: the page names any it is given (`ignored_parameters`).
QUEUE_PARAMETERS = (*queue_view.FILTER_PARAMETERS, "before")
RETURN_PARAMETERS = (*queue_view.FILTER_PARAMETERS, "saved")


async def _queue(request: Request, session: AgentSession) -> Response:
    state = _state(request)
    try:
        filters = queue_view.parse_filters(request.query_params, _risk_bands(state))
        before = queue_view.parse_cursor(request.query_params)
    except queue_view.FilterError as error:
        return _problem(400, "Bad filter", str(error), session)

    def load() -> tuple[queue_view.QueuePage, dict[str, Any]]:
        with state.engine.connect() as connection:
            result = queue_view.queue_page(connection, filters, before, state.settings.console_page_size)
        return result, state.feedback.latest([row.return_id for row in result.rows])

    result, outcomes = await anyio.to_thread.run_sync(load)
    return page(
        "queue.html",
        session=session,
        page=result,
        filters=filters,
        outcomes=outcomes,
        choices=_filter_choices(state),
        first_page=before is None,
        ignored=queue_view.ignored_parameters(request.query_params, QUEUE_PARAMETERS),
    )


def _return_context(request: Request) -> tuple[str, queue_view.QueueFilters, str | None]:
    """The return id of the path, the queue filters carried in the query string (for "next") and why they were
    not applied (a value the queue refuses: the page says so and follows the whole queue), or None."""
    state = _state(request)
    try:
        filters = queue_view.parse_filters(request.query_params, _risk_bands(state))
    except queue_view.FilterError as error:
        return request.path_params["return_id"], queue_view.QueueFilters(), str(error)
    return request.path_params["return_id"], filters, None


@dataclass(frozen=True)
class Redecided:
    """What the pipeline decided and drafted again for the reason an agent corrected a return to (`row` reads
    its `response` as the queue reads a logged one)."""

    reason: str
    made_at: datetime
    response: dict[str, Any]
    row: queue_view.QueueRow


@dataclass(frozen=True)
class ReviewState:
    """A return as the agent's page and actions find it: the logged triage, the newest feedback record and the
    re-decision in force (the one made for the corrected reason saved, when it could be made)."""

    logged: queue_view.LoggedTriage
    current: FeedbackRecord | None
    redecided: Redecided | None
    told_decision: str | None = None  # the decision a draft sent unchanged stated (made for its reply_reason)

    @property
    def reason(self) -> str | None:
        """The reason the decision and the draft in force were made for."""
        return self.redecided.reason if self.redecided else self.logged.row.reason

    @property
    def row(self) -> queue_view.QueueRow:
        """The pipeline's answer in force as the queue shows it: for the corrected reason once decided again, else
        the suggested one."""
        return self.redecided.row if self.redecided else self.logged.row

    @property
    def decision(self) -> str | None:
        """The pipeline's decision in force (`row`'s)."""
        return self.row.decision

    @property
    def response(self) -> dict[str, Any]:
        """The pipeline's answer in force, as the log holds one (`row` reads it)."""
        return self.redecided.response if self.redecided else self.logged.response

    @property
    def reply(self) -> dict[str, Any]:
        """The draft in force (subject, body, language, ...), empty when none was produced."""
        return self.response.get("reply") or {}

    @property
    def reply_withheld(self) -> str | None:
        """Why the answer in force holds no draft (the reply checker held it back, or no drafter), None when it
        holds one or does not say."""
        missing = self._reply_missing()
        return None if missing is None else str(missing.get("reason") or "")

    @property
    def checker_findings(self) -> tuple[str, ...]:
        """The reply checker's findings on the draft it held back from the answer in force, one per entry (empty when
        it holds a draft or lacks one for another reason; answers logged before findings were listed give them in
        `reply_withheld`'s words only)."""
        missing = self._reply_missing()
        return tuple(str(finding) for finding in (missing or {}).get("findings") or ())

    def _reply_missing(self) -> dict[str, Any] | None:
        return next((entry for entry in self.response.get("unavailable") or () if entry.get("part") == "reply"), None)


def _review_state(state: ConsoleState, return_id: str) -> ReviewState | None:
    """The return's review state, or None when it was never triaged."""
    with state.engine.connect() as connection:
        logged = queue_view.latest_triage(connection, return_id)
    if logged is None:
        return None
    current = state.feedback.latest([return_id]).get(return_id)
    corrected = current.corrected_reason if current is not None and not current.reason_accepted else None
    found = state.redecisions.latest(return_id, corrected) if corrected else None
    redecided = None
    if found is not None:
        made_at, response = found
        row = queue_view.queue_row(logged.log_id, made_at, logged.request, response)
        redecided = Redecided(corrected, made_at, response, row)
    return ReviewState(logged, current, redecided, _told_decision(state, logged, current, redecided))


def _told_decision(
    state: ConsoleState, logged: queue_view.LoggedTriage, current: FeedbackRecord | None, redecided: Redecided | None
) -> str | None:
    """The decision the draft sent unchanged stated: the one made for the reason it was drafted for, which the
    reason corrected since may no longer be. None when no draft went out unchanged."""
    if current is None or current.reply_status != "sent_as_is":
        return None
    drafted_for = current.reply_reason
    if drafted_for is None or drafted_for == logged.row.reason:
        return logged.row.decision
    if redecided is not None and redecided.reason == drafted_for:
        return redecided.row.decision
    kept = state.redecisions.latest(logged.row.return_id, drafted_for)
    return ((kept[1].get("decision") or {}) if kept is not None else {}).get("code")


# How long an agent's correction waits for the models to decide again (behind the batches queued before it)
# before it is saved without: a model process that hangs must not hang the agent's page.
REDECIDE_SECONDS = 20.0


async def _redecide(request: Request, found: ReviewState, reason: str, agent: str) -> dict[str, Any] | None:
    """The return decided and drafted again for `reason` (a response as the log holds one): made once per reason by
    the service's models, and kept.

    None without models (a console app on its own, the models not loaded or gone) or for a return the history
    store does not hold: the page then says the decision and draft are the suggested reason's."""
    state = _state(request)
    return_id = found.logged.row.return_id
    kept = await anyio.to_thread.run_sync(state.redecisions.latest, return_id, reason)
    redecide: Redecide | None = getattr(request.app.state, "redecide", None)
    if kept is not None or redecide is None:
        return kept[1] if kept is not None else None
    try:
        with anyio.fail_after(REDECIDE_SECONDS):
            [response] = await redecide([Redecision(return_id=return_id, request=found.logged.request, reason=reason)])
    except ServiceUnavailable as error:  # no models loaded: expected, and a traceback would say nothing more
        logger.warning("return %r not decided again for %r: %s", return_id, reason, error)
        return None
    except Exception:  # the agent's correction is saved all the same; the page says it was not decided again
        logger.exception("return %r not decided again for %r", return_id, reason)
        return None
    if response is None:
        return None
    # Another agent's correction to the same reason may have kept one meanwhile: theirs is the one in force.
    return await anyio.to_thread.run_sync(state.redecisions.add, return_id, reason, agent, response)


async def _return_page(
    request: Request,
    session: AgentSession,
    status_code: int = 200,
    error: review.ReviewError | None = None,
    submitted: Mapping[str, str] | None = None,
    stale: bool = False,
) -> Response:
    """A return's page; after a refused action (an `error`, or a `stale` CSRF token), its forms hold what
    the agent `submitted`, not the saved state."""
    state = _state(request)
    return_id, filters, filter_problem = _return_context(request)

    def load() -> tuple[ReviewState | None, str | None, list[queue_view.QueueRow], dict[str, Any], Any]:
        found = _review_state(state, return_id)
        if found is None:
            return None, None, [], {}, {}
        with state.engine.connect() as connection:
            following = queue_view.next_in_queue(connection, filters, found.logged.log_id)
            others = queue_view.other_returns(connection, found.logged.row)
        outcomes = state.feedback.latest([return_id, *(other.return_id for other in others)])
        return found, following, others, outcomes, lists_page.listed_now(state.lists, found.logged.request)

    found, following, others, outcomes, listed = await anyio.to_thread.run_sync(load)
    if found is None:
        return _unknown_return(return_id, session)
    logged, redecided = found.logged, found.redecided
    outcome = outcomes.get(return_id)
    policy = state.policy.current()
    # Once decided again for a corrected reason, that decision and draft are in force, the suggested ones beside;
    # a correction the console could not decide again for is named beside the suggested ones.
    suggested, corrected = logged.row.reason, outcome.corrected_reason if outcome is not None else None
    reply = found.reply
    sent = outcome.edited_reply if outcome is not None and outcome.reply_status == "edited" else None
    list_hits = lists_page.list_hits(found.row.rules)
    return page(
        "return.html",
        status_code=status_code,
        session=session,
        triage=logged,
        row=logged.row,
        redecided=redecided,
        decided=found.row,
        suggested_reply=logged.response.get("reply") or {},
        # A draft's dates (refund, send-back, review) run from the day it was drafted, not from the request's: an
        # old request answered today is promised today's dates, and a draft opened days later is that many early.
        days_since_drafted=(
            state.settings.reply_day() - (redecided.made_at if redecided else logged.created_at).date()
        ).days,
        request_fields=logged.request,
        reply=reply,
        # a refused reply keeps the text and the mark of the draft it was written from: sent again from this page, it
        # is refused again until the page is reloaded with the draft in force
        draft_mark=(submitted or {}).get("draft", review.draft_mark(reply.get("body", ""))),
        decision_mark=(submitted or {}).get("decided", review.decision_mark(found.reason, found.decision)),
        reply_withheld=found.reply_withheld if not reply else None,
        checker_findings=found.checker_findings if not reply else (),
        reply_text=submitted["reply"] if submitted and "reply" in submitted else sent or reply.get("body", ""),
        submitted=submitted or {},
        field_labels=REVIEW_FIELD_LABELS,
        name_placeholder=NAME_PLACEHOLDER,
        languages=LANGUAGE_WORDS,
        outcome=outcome,
        reasons=REASONS,
        # The model's next readings but the reason saved as the correction: its button would save it again.
        readings=[(code, probability) for code, probability in logged.row.other_readings if code != corrected],
        reason_meanings=REASON_MEANINGS,
        decisions=DECISION_WORDS,
        bands=band_words(policy),
        score_said=functools.partial(score_said, policy=policy),
        corrected_reason=corrected if suggested and not redecided else None,
        correction_effect=(
            correction_effect(policy, suggested, corrected, [code for code, _ in logged.row.rules])
            if suggested and corrected and not redecided
            else None
        ),
        draft_differences=draft_differences(
            found.reason, corrected, found.decision, outcome.final_decision if outcome is not None else None
        ),
        filters=filters,
        filter_problem=filter_problem,
        ignored=queue_view.ignored_parameters(request.query_params, RETURN_PARAMETERS),
        next_return=following,
        error=error,
        stale_form=STALE_FORM if stale else None,
        saved=RETURN_CONFIRMATIONS.get(_saved(request, tuple(RETURN_CONFIRMATIONS)) or ""),
        list_hits=list_hits,
        listed_now=listed,
        named_by_decision=lists_page.named_by_decision(listed, list_hits, found.row.created_at),
        list_actions=lists_page.list_actions(logged.row.return_id, logged.request, listed),
        other_returns=others,
        other_returns_shown=queue_view.CUSTOMER_RETURNS_SHOWN,
        long_text_chars=LONG_TEXT_CHARS,
        outcomes=outcomes,
        customer_queue=queue_view.QueueFilters(customer=logged.row.customer).query_string(),
    )


async def _return_get(request: Request, session: AgentSession) -> Response:
    return await _return_page(request, session)


# A customer text longer than this spans the return page's width: in a third of it, an 800-character
# review took 30 lines in a box showing 12 at 1280x720.
LONG_TEXT_CHARS = 400
REVIEW_FIELD_LABELS = {"reason": "Reason", "decision": "Final decision", "note": "Note", "reply": "Reply"}


ReviewAction = Callable[[ReviewState, str, FormData], FeedbackRecord]


def _return_action(apply: ReviewAction, saved: str, redecides: bool = False) -> Handler:
    """A POST on a return's page: build the next feedback record with `apply`, store it, redirect back; when
    `redecides`, a corrected reason is first decided and drafted again (`_redecide`)."""

    async def handler(request: Request, session: AgentSession) -> Response:
        state = _state(request)
        return_id, filters, _ = _return_context(request)
        form = await request.form()
        found = await anyio.to_thread.run_sync(_review_state, state, return_id)
        if found is None:
            return _unknown_return(return_id, session)
        try:
            record = apply(found, session.agent.name, form)
            if redecides:
                response = None
                if record.corrected_reason is not None and not record.reason_accepted:
                    response = await _redecide(request, found, record.corrected_reason, session.agent.name)
                    # Built again from the newest record: what was saved while the models decided stays.
                    found = await anyio.to_thread.run_sync(_review_state, state, return_id)
                    if found is None:  # purged meanwhile
                        return _unknown_return(return_id, session)
                    record = apply(found, session.agent.name, form)
                decided_now = ((response or {}).get("decision") or {}).get("code")
                record = review.follow_reason(record, found.current, found.decision, decided_now)
        except review.ReviewError as error:
            return await _return_page(request, session, status_code=400, error=error, submitted=_entered(form))
        try:
            await anyio.to_thread.run_sync(state.feedback.add_with_history, record)
        except ToldAnotherDecision as error:  # another agent's reply or decision, saved since this page was read
            refused = review.told_another_decision(error.told, error.decided, error.reply_sent)
            return await _return_page(request, session, status_code=409, error=refused, submitted=_entered(form))
        query = filters.query_string(saved=saved)
        # Quoted: an id may hold `?`, `#` or `%`, which unquoted sent the agent to another return's page.
        location = f"{QUEUE_PATH}/returns/{quote(return_id, safe='')}?{query}"
        return uncached(RedirectResponse(location, status_code=303))

    return handler


def _entered(form: FormData) -> dict[str, str]:
    """What the agent entered in a posted form (its fields but the CSRF token)."""
    return {key: str(value) for key, value in form.items() if key != CSRF_FIELD}


async def _return_stale(request: Request, session: AgentSession, form: FormData) -> Response:
    return await _return_page(request, session, status_code=403, submitted=_entered(form), stale=True)


def _judge_reason(found: ReviewState, agent: str, form: FormData) -> FeedbackRecord:
    row = found.logged.row
    return review.judge_reason(found.current, row.return_id, agent, row.reason, str(form.get("reason", "")))


def _decide(found: ReviewState, agent: str, form: FormData) -> FeedbackRecord:
    """The agent's decision, judged against the pipeline's decision in force and saved as made for its reason."""
    record = review.decide(
        found.current,
        found.logged.row.return_id,
        agent,
        found.decision,
        str(form.get("decision", "")),
        str(form.get("note", "")),
        found.told_decision,
        found.reason,
        # a form from a page of before the mark was added says no decision: taken as such forms were
        None if form.get("decided") is None else str(form.get("decided")),
    )
    return replace(record, decision_reason=found.reason)


def _send_reply(found: ReviewState, agent: str, form: FormData) -> FeedbackRecord:
    """The reply sent, compared with the draft in force and saved as made for its reason."""
    sent = str(form.get("reply", ""))
    # a form from a page of before the mark was added says no draft: taken as such forms were
    shown = form.get("draft")
    record = review.send_reply(
        found.current,
        found.logged.row.return_id,
        agent,
        found.reply.get("body", ""),
        sent,
        found.decision,
        None if shown is None else str(shown),
    )
    return replace(record, reply_reason=found.reason)


LISTS_PATH = "/console/lists"


async def _lists_page(
    request: Request,
    session: AgentSession,
    form: lists_page.ListForm,
    status_code: int = 200,
    error: ListError | None = None,
    stale: bool = False,
    refused_in_add_form: bool = False,
) -> Response:
    entries = await anyio.to_thread.run_sync(_state(request).lists.entries, True)
    return page(
        "lists.html",
        status_code=status_code,
        session=session,
        view=lists_page.lists_view(entries),
        form=form,
        error=error,
        stale_form=STALE_FORM if stale else None,
        refused_in_add_form=refused_in_add_form,
        kinds=lists_page.KIND_WORDS,
        lists=lists_page.LIST_CHOICES,
        unoffered=lists_page.unoffered(form),
        ignored=queue_view.ignored_parameters(request.query_params, lists_page.LINK_PARAMETERS),
        saved=_saved(request, LIST_CHANGES),
    )


async def _lists(request: Request, session: AgentSession) -> Response:
    return await _lists_page(request, session, lists_page.list_form(request.query_params))


ListChange = Callable[[RiskListStore, lists_page.ListForm, str], ListEntry]


def _list_action(path: str, change: ListChange, saved: str, refill: bool) -> FormRoute:
    """A POST on the lists page: `change` the lists in the agent's name, redirect back. A refused
    change shows the page again with the message (409 when it contradicts the lists as they are,
    400 otherwise, 403 for a stale CSRF token) and, when `refill`, the form as posted."""

    async def handler(request: Request, session: AgentSession) -> Response:
        form = lists_page.list_form(await request.form(), posted=True)
        try:
            await anyio.to_thread.run_sync(change, _state(request).lists, form, session.agent.name)
        except ListError as error:
            status = 409 if isinstance(error, ListConflict) else 400
            shown = _refilled(form, refill)
            return await _lists_page(request, session, shown, status, error, refused_in_add_form=refill)
        query = urlencode({"saved": saved} | ({"return": form.return_id} if form.return_id else {}))
        return uncached(RedirectResponse(f"{LISTS_PATH}?{query}", status_code=303))

    async def stale(request: Request, session: AgentSession, posted: FormData) -> Response:
        shown = _refilled(lists_page.list_form(posted), refill)
        return await _lists_page(request, session, shown, 403, stale=True, refused_in_add_form=refill)

    return FormRoute(path, handler, stale)


def _refilled(form: lists_page.ListForm, refill: bool) -> lists_page.ListForm:
    """The add form a refused change shows: as posted when `refill`, else empty (but for the return it came from)."""
    return form if refill else lists_page.ListForm(return_id=form.return_id)


async def plotly_js(request: Request) -> Response:
    """Plotly's bundled JavaScript, from the plotly wheel (no CDN: back offices are often offline)."""
    import plotly

    path = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
    return FileResponse(path, media_type="text/javascript")  # may be cached, as the other static files


async def _analytics(request: Request, session: AgentSession) -> Response:
    state = _state(request)
    try:
        analytics = await anyio.to_thread.run_sync(state.analytics)
    except (OSError, PolicyError) as error:
        return _problem(503, "Analytics unavailable", f"The return policy cannot be read: {error}", session)
    from serving.analytics.report import page_context

    ignored = queue_view.ignored_parameters(request.query_params, ())
    return page("analytics.html", session=session, ignored=ignored, **page_context(analytics))


async def policy(request: Request) -> Response:
    """The public return policy in English or French (no sign-in), from the policy file in force."""
    from serving.console.policy_page import LANGS, policy_page

    lang = request.path_params["lang"]
    if lang not in LANGS:
        return _problem(404, "Not found", f"The policy is published in {' and '.join(LANGS)}: /policy/en, /policy/fr.")
    try:
        current = await anyio.to_thread.run_sync(_state(request).policy.current)
    except (OSError, PolicyError):
        return _problem(503, "Policy unavailable", "The return policy cannot be shown right now.")
    return page("policy.html", page=policy_page(current, lang))


DATABASE_UNAVAILABLE = (
    "The console cannot reach its database right now, so nothing was saved. Go back (the page keeps what you "
    "typed) and send it again in a minute."
)


class UnknownPage(Route):
    """Every other path under /console, any method: the console's 404 page with its headers. Mounted on the service,
    the console gets only the paths its routes match (BentoML's `PassiveMount`); the rest went to BentoML's router, a
    text/plain "Not Found" without the security headers. A path some route takes by another method is left to the
    router's 405, and one ending in "/" to the router's redirect to the path without it."""

    def __init__(self, routes: list[Route | Mount]) -> None:
        super().__init__(f"{QUEUE_PATH}/{{rest:path}}", self._not_found)
        self.methods = None  # every method (a function's route defaults to GET and HEAD)
        self.routes = tuple(routes)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        # The service asks the console's routes about every request it gets (the API's too): the prefix first.
        match, child_scope = super().matches(scope)
        if match is Match.NONE or scope["path"].endswith("/"):
            return Match.NONE, {}
        if any(route.matches(scope)[0] is not Match.NONE for route in self.routes):
            return Match.NONE, {}
        return match, child_scope

    @staticmethod
    async def _not_found(request: Request) -> Response:
        return _problem(404, "Page not found", "No console page at this address.", await _session(request))


async def _database_unavailable(request: Request, error: Exception) -> Response:
    """A page or action whose database work failed (unreachable, full, locked): a 503 that says so and that
    nothing was saved, instead of a bare 'Internal Server Error'."""
    return _problem(503, "Database unavailable", DATABASE_UNAVAILABLE)


def create_app(state_factory: Callable[[], ConsoleState] | None = None, redecide: Redecide | None = None) -> Starlette:
    """The console app. `state_factory` builds its stores when the app starts (default: from the
    settings, on the service's database); `redecide` decides a corrected reason again (the service sets its
    models' as the app's `state.redecide` once they are loaded; without, a correction is only named)."""

    def default_state() -> ConsoleState:
        from serving.db import create_db_engine

        settings = get_settings()
        return console_state(settings, create_db_engine(settings.db_url, settings))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.console = (state_factory or default_state)()
        try:
            yield
        finally:
            app.state.console.engine.dispose()

    routes = [
        Route(QUEUE_PATH, signed_in(_queue), methods=["GET"]),
        Route(SIGNIN_PATH, _sign_in_route, methods=["GET", "POST"]),
        Route("/console/sign-out", signed_in(_sign_out), methods=["POST"]),
        Route("/console/session/extend", signed_in(_extend_session), methods=["POST"]),
        Route("/console/returns/{return_id}", signed_in(_return_get), methods=["GET"]),
        FormRoute(
            "/console/returns/{return_id}/reason",
            _return_action(_judge_reason, "reason", redecides=True),
            _return_stale,
        ),
        FormRoute("/console/returns/{return_id}/decision", _return_action(_decide, "decision"), _return_stale),
        FormRoute("/console/returns/{return_id}/reply", _return_action(_send_reply, "reply"), _return_stale),
        Route(LISTS_PATH, signed_in(_lists), methods=["GET"]),
        _list_action(f"{LISTS_PATH}/add", lists_page.add_entry, "added", True),
        _list_action(f"{LISTS_PATH}/remove", lists_page.remove_entry, "removed", False),
        Route("/console/analytics", signed_in(_analytics), methods=["GET"]),
        Route("/policy/{lang}", policy, methods=["GET"]),
        Route("/console/static/plotly.min.js", plotly_js, methods=["GET"]),
        Mount("/console/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    routes.append(UnknownPage(routes))
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={SQLAlchemyError: _database_unavailable},
        middleware=[
            Middleware(SecurityHeadersMiddleware),
            Middleware(OneValueEachMiddleware, refuse=lambda why: _problem(400, "Bad link", why)),
        ],
    )
    app.state.redecide = redecide
    return app
