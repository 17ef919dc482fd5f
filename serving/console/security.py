"""Console sessions, CSRF tokens and response headers.

- The session cookie is HttpOnly (scripts cannot read it), SameSite=Lax (other sites' forms do not
  carry it) and Secure when the console is served over TLS. Only the cookie opens the console: an
  API key in an `Authorization` header does not, and the API's key check ignores cookies.
- Every form carries a CSRF token: the session's (stored with it) once signed in; before sign-in,
  the sign-in form's token is also set in a short-lived cookie and the two must match (double
  submit), so another site cannot sign a browser in to an account of its choosing.
- Pages are never cached, never framed, and may only load scripts and styles from the service.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from urllib.parse import SplitResult, urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "triage_console"
SIGNIN_CSRF_COOKIE = "triage_signin_csrf"
CSRF_FIELD = "csrf_token"
SIGNIN_PATH = "/console/sign-in"

SECURITY_HEADERS: dict[str, str] = {
    # Plotly styles its charts with inline style attributes; scripts only from the service itself.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def over_tls(request: Request, console_origin: str | None) -> bool:
    """Whether browsers reach the console over HTTPS (then cookies are marked Secure): this request came over it, or
    `console_origin` (the setting naming the address browsers use behind a proxy) is an https address. A proxy ending
    TLS on another machine passes the service plain http, its `X-Forwarded-Proto` trusted from 127.0.0.1 only: the
    session cookie went out without Secure, and a browser then sent it over plain http to that address too."""
    return request.url.scheme == "https" or urlsplit(console_origin or "").scheme == "https"


def set_session_cookie(
    response: Response, request: Request, token: str, max_age: int, console_origin: str | None
) -> None:
    secure = over_tls(request, console_origin)
    response.set_cookie(SESSION_COOKIE, token, max_age=max_age, path="/", httponly=True, samesite="lax", secure=secure)


def clear_session_cookie(response: Response, request: Request, console_origin: str | None) -> None:
    secure = over_tls(request, console_origin)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=secure)


def set_signin_token(response: Response, request: Request, console_origin: str | None) -> str:
    """A fresh sign-in CSRF token, set in its cookie for the double-submit check; the form carries it too."""
    token = secrets.token_urlsafe(32)
    response.set_cookie(
        SIGNIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path=SIGNIN_PATH,
        httponly=True,
        samesite="strict",
        secure=over_tls(request, console_origin),
    )
    return token


def tokens_match(expected: str | None, form: Mapping[str, object]) -> bool:
    """Whether the form's CSRF token equals `expected` (constant-time; a missing token never matches)."""
    given = form.get(CSRF_FIELD)
    if not expected or not isinstance(given, str) or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def posted_from(request: Request) -> str | None:
    """The origin a POST names: its `Origin` header, else its `Referer`'s scheme and host (a browser that leaves
    Origin out names the page), else None."""
    if origin := request.headers.get("origin"):
        return origin
    referer = request.headers.get("referer", "")
    host = _host(referer)
    if host is None:  # no URL: it names no page of the console's
        return referer
    return f"{urlsplit(referer).scheme}://{host}" if host else None


def url_parts(address: str) -> SplitResult | None:
    """`address` split as a URL; None when it is no URL: urlsplit's ValueError for an address such as "http://[::1"
    (an Origin, a Referer, a sign-in's `next`) was a 500."""
    try:
        return urlsplit(address)
    except ValueError:
        return None


def _host(address: str) -> str | None:
    """The host (and port) `address` names, "" when none; None when it is no URL."""
    parts = url_parts(address)
    return None if parts is None else parts.netloc


def own_host(request: Request, console_origin: str | None) -> str:
    """The console's host (and port) as browsers name it: `console_origin`'s (the setting, for a proxy that passes
    the service another Host), else the request's `Host`. The scheme is not compared: behind a proxy that ends TLS
    the service sees http while the browser says https."""
    return urlsplit(console_origin).netloc if console_origin else request.url.netloc


def from_another_site(request: Request, console_origin: str | None) -> str | None:
    """The origin a POST names when it is not the console's own (the form is refused), else None.

    A post naming no origin at all is judged by its CSRF token alone: a browser always sends `Origin` with a form
    posted from another site's page ("null" from a sandboxed frame or a file, which is refused), so only a
    non-browser client leaves both headers out, and it cannot hold an agent's cookie and token unless it is theirs.
    """
    origin = posted_from(request)
    if origin is None:
        return None
    host = _host(origin)  # None: no URL, which names no host of the console's
    return None if host is not None and host.lower() == own_host(request, console_origin).lower() else origin


def from_own_page(request: Request, console_origin: str | None) -> bool:
    """Whether a POST names the console's own origin: only then may a form refused for a stale CSRF token, or posted
    after its session ended, come back filled in with what was posted (nothing is saved either way)."""
    return posted_from(request) is not None and from_another_site(request, console_origin) is None


def uncached(response: Response) -> Response:
    """`response` marked no-store: a console page or answer holds customer text or an agent's session, which a shared
    computer's cache must not keep (the static files may be cached)."""
    response.headers["Cache-Control"] = "no-store"
    return response


class SecurityHeadersMiddleware:
    """Adds `SECURITY_HEADERS` to every answer of the console app, the router's own (404, 405) and the static files'
    included: set route by route, those went out without them (no nosniff, no rule against framing)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_hardened(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_hardened)
