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
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

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


def over_tls(request: Request) -> bool:
    """Whether the browser reached the console over HTTPS (then cookies are marked Secure)."""
    return request.url.scheme == "https"


def set_session_cookie(response: Response, request: Request, token: str, max_age: int) -> None:
    response.set_cookie(
        SESSION_COOKIE, token, max_age=max_age, path="/", httponly=True, samesite="lax", secure=over_tls(request)
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=over_tls(request))


def set_signin_token(response: Response, request: Request) -> str:
    """A fresh sign-in CSRF token, set in its cookie for the double-submit check; the form carries it too."""
    token = secrets.token_urlsafe(32)
    response.set_cookie(
        SIGNIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path=SIGNIN_PATH,
        httponly=True,
        samesite="strict",
        secure=over_tls(request),
    )
    return token


def tokens_match(expected: str | None, form: Mapping[str, object]) -> bool:
    """Whether the form's CSRF token equals `expected` (constant-time; a missing token never matches)."""
    given = form.get(CSRF_FIELD)
    if not expected or not isinstance(given, str) or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def from_own_page(request: Request) -> bool:
    """Whether a POST came from one of the console's own pages: its Origin header names this host.

    Only then may a form refused for a stale CSRF token come back filled in with what was posted (nothing
    is saved either way); another site's form, or a browser that sends no Origin, gets a bare refusal. The
    scheme is not compared: behind a proxy that ends TLS the service sees http while the browser says https.
    """
    origin = request.headers.get("origin")
    return bool(origin) and urlsplit(origin).netloc == request.url.netloc


def harden(response: Response, cache: bool = False) -> Response:
    """Add the security headers (and no-store unless `cache`) to a console response."""
    response.headers.update(SECURITY_HEADERS)
    if not cache:
        response.headers["Cache-Control"] = "no-store"
    return response
