"""The API description at `/docs.json` and the documentation page at `/`, as this service answers.

BentoML 1.4 generates the description from the request and response models but says OpenAPI
3.0.2 while pydantic writes JSON Schema 2020-12 (`{"type": "null"}` in every optional field:
OpenAPI 3.1), leaves request bodies optional, lists none of the answers the middlewares give
(401, 413, 415, 422, 503) and fills `info` with its own README (its version, badges loaded from
the internet). Its documentation page loads a Google Tag Manager script. `document` corrects the
description; `DocsMiddleware` serves it and an offline page (`docs.html`: the same Swagger UI
assets, served by the service itself).
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.responses import FileResponse, JSONResponse

from serving.api import (
    API_ROUTES,
    FEEDBACK_RULES,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENCY_KEY_PATTERN,
    IDENTIFIER_SCHEMA_KEY,
    FeedbackBody,
    FeedbackRequest,
    TriageBody,
    TriageRequest,
    identifier_schemas,
)
from serving.console.security import SECURITY_HEADERS

DOCS_PAGE = Path(__file__).resolve().parent / "docs.html"
DESCRIPTION = (
    "Triage of product return requests: the customer's reason, abuse risk, the return policy's decision "
    "and a reply draft for the support agent. Every endpoint under *Service APIs* needs "
    "`Authorization: Bearer <key>` (`triage keys create NAME`). Bodies are JSON (`application/json`)."
)
_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
_PROBLEMS = {
    "type": "object",
    "required": ["error", "detail"],
    "properties": {
        "error": {"type": "string"},
        "detail": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "problem", "type"],
                "properties": {
                    "field": {"type": "string", "description": "Dotted path into the body, e.g. returns.0.price."},
                    "problem": {"type": "string"},
                    "type": {"type": "string"},
                },
            },
        },
    },
}
# The answers every API operation may give besides 200, and what each means.
_API_ANSWERS: dict[str, tuple[str, str]] = {
    "400": ("The request could not be read, or its URL holds a query string (fields go in the JSON body).", "Error"),
    "401": ("Missing, unknown or revoked API key (all three answer alike).", "Error"),
    "408": (
        "Body, or request line and headers, not received whole in time (TRIAGE_REQUEST_BODY_SECONDS, "
        "TRIAGE_REQUEST_HEAD_SECONDS).",
        "Error",
    ),
    "413": ("Body larger than the service's limit (TRIAGE_MAX_REQUEST_BYTES).", "Error"),
    "415": ("Body not sent as application/json.", "Error"),
    "422": ("Body invalid: each problem names its field.", "ValidationProblems"),
    "431": ("Request line and headers larger than the service's limit (TRIAGE_MAX_REQUEST_HEAD_BYTES).", "Error"),
    "500": ("Unexpected error (logged by the service).", "Error"),
    "503": ("Not ready or overloaded (the reason is given); retry after Retry-After seconds.", "Error"),
}

# The answers of the reload endpoints beyond the common ones (`TriageService.reload_models`).
_RELOAD_ANSWERS: dict[str, tuple[str, str]] = {
    "202": ("Still loading after wait_seconds: ask /admin/reload/status.", "ReloadResponseIODescriptor"),
    "403": ("The API key is valid but not admin-scoped (`triage keys create NAME --scope admin`).", "Error"),
    "409": (
        "Refused: the new models did not load or failed the smoke request; the previous models keep "
        "serving and `error` says why.",
        "ReloadResponseIODescriptor",
    ),
}
ADMIN_ANSWERS: dict[str, dict[str, tuple[str, str]]] = {
    "/admin/reload": _RELOAD_ANSWERS,
    "/admin/reload/status": _RELOAD_ANSWERS
    | {"404": ("No reload was started in this worker.", "ReloadResponseIODescriptor")},
}


# BentoML names a body's schema after the model the route validates with (`{model}IODescriptor`). `/triage`
# validates with `TriageBody` (`TriageRequest` with its ids held by the endpoint): a client generated from the
# description met `TriageBodyIODescriptor`, an internal name, where it had `TriageRequestIODescriptor`; so would
# `/feedback`'s (`FeedbackBody`).
SCHEMA_NAMES = {
    f"{body.__name__}IODescriptor": f"{request.__name__}IODescriptor"
    for body, request in ((TriageBody, TriageRequest), (FeedbackBody, FeedbackRequest))
}


# Rules between a body's fields that the model validators hold and BentoML's description cannot, per route.
BODY_RULES: dict[str, list[dict[str, Any]]] = {"/feedback": FEEDBACK_RULES}

# What the endpoints themselves refuse (`serving.middleware.refuse`), per route.
ENDPOINT_ANSWERS: dict[str, dict[str, tuple[str, str]]] = {
    "/triage": {"409": ("A return_id was triaged before with a different request; `error` names it.", "Error")},
    "/feedback": {
        "404": ("The return_id was never triaged by this service.", "Error"),
        "409": (
            "The Idempotency-Key was used before for a different record, the return's first record leaves out "
            "reason_accepted, corrected_reason is the reason the triage suggested (send reason_accepted true), or "
            "the reply went out as drafted (reply_status sent_as_is, sent or kept from the newest record) beside a "
            "final_decision other than the one that draft told the customer (send the reply as edited); `error` names "
            "the key or the fields.",
            "Error",
        ),
    },
}

# Headers an API operation reads besides Authorization, per route.
HEADER_PARAMETERS: dict[str, list[dict[str, Any]]] = {
    "/feedback": [
        {
            "name": IDEMPOTENCY_KEY_HEADER,
            "in": "header",
            "required": False,
            "description": "One per record (the header once), sent again with its retries: a key this API key sent "
            "before is answered with its first record's id and stores nothing.",
            "schema": {"type": "string", "pattern": f"^{IDEMPOTENCY_KEY_PATTERN}$"},
        }
    ]
}


def _answer(description: str, schema: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def document(spec: dict[str, Any], answers: dict[str, dict[str, tuple[str, str]]] | None = None) -> dict[str, Any]:
    """BentoML's description of the service, corrected to what the service does (a new dict).

    Args:
        answers: per API route, answers it gives beyond the common ones (status -> description, schema).
    """
    spec = json.loads(json.dumps(spec))  # a deep copy with string keys, as served (BentoML uses int statuses)
    spec["openapi"] = "3.1.0"
    spec["info"] = {"title": "returns-triage", "version": _version(), "description": DESCRIPTION}
    spec.pop("tags", None)
    components = spec.setdefault("components", {})
    _rename_schemas(spec, SCHEMA_NAMES)
    _refer_to_identifier_schemas(spec)
    components.setdefault("schemas", {}).update(
        {"Error": _ERROR, "ValidationProblems": _PROBLEMS} | identifier_schemas()
    )
    components["securitySchemes"] = {"apiKey": {"type": "http", "scheme": "bearer"}}
    paths = spec.setdefault("paths", {})
    for route in sorted(API_ROUTES & set(paths)):
        operation = paths[route]["post"]
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        # A body with a required field must be sent; one whose fields all have defaults (the reload
        # endpoints) may be left out, and the service then answers 200 with the defaults.
        operation["requestBody"]["required"] = bool(body.get("required"))
        _nullable_defaults(body)
        if route in BODY_RULES:
            body["allOf"] = body.get("allOf", []) + BODY_RULES[route]
        _nullable_defaults(operation["responses"]["200"]["content"]["application/json"]["schema"])
        operation["security"] = [{"apiKey": []}]
        if route in HEADER_PARAMETERS:
            operation["parameters"] = operation.get("parameters", []) + HEADER_PARAMETERS[route]
        extra = (answers or {}).get(route, {})
        operation["responses"] = {"200": operation["responses"]["200"]} | {
            status: _answer(*meaning) for status, meaning in sorted((_API_ANSWERS | extra).items())
        }
        operation.pop("tags", None)
    if {"/triage", "/feedback"} <= set(paths):
        # How the operations connect, for a reader and for stateful testing (schemathesis follows links): a triaged
        # return is what feedback is about.
        paths["/triage"]["post"]["responses"]["200"]["links"] = {
            "feedback": {
                "operationId": paths["/feedback"]["post"]["operationId"],
                "description": "An agent's outcome for the first return triaged.",
                "requestBody": {"return_id": "$response.body#/results/0/return_id"},
            }
        }
    if "/readyz" in paths:
        paths["/readyz"]["get"]["description"] = "200 when this worker can serve; 503 with the reason when not."
        paths["/readyz"]["get"]["responses"]["503"] = {
            "description": "Not ready, with the reason.",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["status", "reason"],
                        "properties": {"status": {"type": "string"}, "reason": {"type": "string"}},
                    }
                }
            },
        }
    for item in paths.values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("tags", None)
    return spec


def _rename_schemas(spec: dict[str, Any], names: dict[str, str]) -> None:
    """Give each schema of `names` (old -> new) its new name: its key, its title and every reference to it."""
    schemas = spec.get("components", {}).get("schemas", {})
    spec.setdefault("components", {})["schemas"] = {names.get(key, key): value for key, value in schemas.items()}
    references = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in names.items()}

    def rename(node: Any) -> None:
        if isinstance(node, dict):
            for key, renamed in (("title", names), ("$ref", references)):
                if isinstance(node.get(key), str) and node[key] in renamed:  # a property may be named "title"
                    node[key] = renamed[node[key]]
            children: Any = node.values()
        else:
            children = node if isinstance(node, list) else []
        for child in children:
            rename(child)

    rename(spec)


def _refer_to_identifier_schemas(node: Any) -> None:
    """Replace each identifier field's schema by a reference to the identifier schema it names, keeping its words."""
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for child in children:
        if isinstance(child, dict) and IDENTIFIER_SCHEMA_KEY in child:
            name = child.pop(IDENTIFIER_SCHEMA_KEY)
            words = {key: child[key] for key in ("title", "description") if key in child}
            child.clear()
            child.update({"$ref": f"#/components/schemas/{name}"} | words)
        _refer_to_identifier_schemas(child)


def _nullable_defaults(schema: dict[str, Any]) -> None:
    """Let optional body fields be null, as the API accepts and answers: BentoML drops the `null` branch
    of a top-level `X | None = None` field and keeps `"default": null` on a schema that refuses null
    (a reload's `"error": null` did not match its own description)."""
    for name, field in schema.get("properties", {}).items():
        if "default" in field and field["default"] is None and "anyOf" not in field:
            kept = {key: value for key, value in field.items() if key not in ("default", "title", "description")}
            extras = {key: field[key] for key in ("default", "title", "description") if key in field}
            schema["properties"][name] = {"anyOf": [kept, {"type": "null"}], **extras}


@functools.cache
def _version() -> str:
    try:
        return importlib.metadata.version("returns-triage")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


# The console's headers against framing and sniffing, without its script rule: the page runs Swagger UI's inline
# start-up script. Framed by another site, its "Authorize" and "Execute" buttons could be clicked unseen.
DOCS_PAGE_HEADERS = {
    name: SECURITY_HEADERS[name] for name in ("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")
} | {"Content-Security-Policy": "frame-ancestors 'none'"}


class DocsMiddleware:
    """Serves `GET /` (the offline documentation page) and `GET /docs.json` (`document(spec())`).

    Args:
        spec: BentoML's description of the service (called once, on the first request).
        answers: see `document`.
    """

    def __init__(
        self,
        app: Any,
        spec: Callable[[], dict[str, Any]],
        answers: dict[str, dict[str, tuple[str, str]]] | None = None,
    ) -> None:
        self.app = app
        self.spec = spec
        self.answers = answers
        self._document: dict[str, Any] | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] not in ("/", "/docs.json"):
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            response: Any = JSONResponse(
                {"error": "method not allowed"}, status_code=405, headers={"Allow": "GET, HEAD"}
            )
        elif scope["path"] == "/":
            response = FileResponse(DOCS_PAGE, media_type="text/html", headers=DOCS_PAGE_HEADERS)
        else:
            if self._document is None:
                self._document = document(self.spec(), self.answers)
            response = JSONResponse(self._document)
        await response(scope, receive, send)
