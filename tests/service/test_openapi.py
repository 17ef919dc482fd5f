"""The served API description and documentation page (issue 16, defects 8 and 11)."""

from __future__ import annotations

import json
import re
from typing import Any

import bentoml
import jsonschema_rs
import pytest
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from serving.api import FeedbackRequest, ReloadResponse
from serving.openapi import API_ROUTES, DOCS_PAGE, ENDPOINT_ANSWERS, DocsMiddleware, document


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    from serving.service import TriageService

    return document(TriageService.openapi_spec.asdict(), ENDPOINT_ANSWERS)


def test_declares_the_openapi_version_its_schemas_use(spec: dict[str, Any]) -> None:
    # pydantic 2 writes optional fields as anyOf [..., {"type": "null"}]: JSON Schema 2020-12, i.e. OpenAPI 3.1.
    assert '{"type": "null"}' in json.dumps(spec)
    assert spec["openapi"].startswith("3.1.")


def test_no_bentoml_version_or_outside_links(spec: dict[str, Any]) -> None:
    text = json.dumps(spec)
    assert bentoml.__version__ not in text
    assert "bentoml" not in json.dumps(spec["info"]).lower()
    assert not re.search(r"https?://", json.dumps(spec["info"]))


@pytest.mark.parametrize("route", sorted(API_ROUTES))
def test_api_operations_document_their_answers(spec: dict[str, Any], route: str) -> None:
    operation = spec["paths"][route]["post"]
    # The reload bodies only hold defaults: a bare POST is answered 200, so the body may be left out.
    assert operation["requestBody"]["required"] is not route.startswith("/admin/")
    assert {"200", "401", "413", "415", "422", "503"} <= set(operation["responses"])
    assert operation["security"] == [{"apiKey": []}]
    detail = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert detail == {"$ref": "#/components/schemas/ValidationProblems"}
    assert spec["components"]["securitySchemes"]["apiKey"] == {"type": "http", "scheme": "bearer"}


def test_refusals_of_the_endpoints_are_documented(spec: dict[str, Any]) -> None:
    assert "409" in spec["paths"]["/triage"]["post"]["responses"]
    assert "404" in spec["paths"]["/feedback"]["post"]["responses"]


def test_readiness_documents_503_and_get_only(spec: dict[str, Any]) -> None:
    assert set(spec["paths"]["/readyz"]) == {"get"}
    assert "503" in spec["paths"]["/readyz"]["get"]["responses"]


def test_docs_page_is_offline() -> None:
    page = DOCS_PAGE.read_text()
    assert "googletagmanager" not in page.lower()
    # Everything the page loads comes from the service itself.
    assert not re.findall(r"""(?:src|href)=["']https?://""", page)
    assert "./static_content/swagger-ui-bundle.js" in page


def test_middleware_serves_the_page_and_the_corrected_spec() -> None:
    raw = {"openapi": "3.0.2", "info": {"title": "x", "version": "None"}, "paths": {}, "components": {}}
    app = Starlette(routes=[Route("/", lambda request: JSONResponse({"page": "bentoml"}))])
    app.add_middleware(DocsMiddleware, spec=lambda: raw)
    with TestClient(app) as client:
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "googletagmanager" not in page.text
        served = client.get("/docs.json").json()
        assert served["openapi"].startswith("3.1.") and served["info"]["title"] == "returns-triage"
        assert client.post("/").status_code == 405


def test_the_docs_page_cannot_be_framed_or_sniffed() -> None:
    # it went out with no header against framing: another site could frame its "Authorize" and "Execute" buttons
    app = Starlette(routes=[Route("/", lambda request: JSONResponse({"page": "bentoml"}))])
    app.add_middleware(DocsMiddleware, spec=lambda: {"openapi": "3.0.2", "info": {}, "paths": {}, "components": {}})
    with TestClient(app) as client:
        headers = client.get("/").headers
    assert (headers.get("x-frame-options"), headers.get("x-content-type-options")) == ("DENY", "nosniff")
    assert "frame-ancestors 'none'" in headers.get("content-security-policy", "")
    assert headers.get("referrer-policy") == "same-origin"


def test_the_triage_body_keeps_its_public_name(spec: dict[str, Any]) -> None:
    # `/triage` validates with `TriageBody`, an internal model: its schema was published as TriageBodyIODescriptor,
    # a new type for every client generated from the description
    schemas = spec["components"]["schemas"]
    body = spec["paths"]["/triage"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "TriageRequestIODescriptor" in schemas and body["title"] == "TriageRequestIODescriptor"
    assert "TriageBody" not in json.dumps(spec)
    assert schemas["TriageRequestIODescriptor"]["required"] == ["returns"]


def test_the_bounds_the_api_holds_are_written_as_json_schema_reads_them(spec: dict[str, Any]) -> None:
    # the price was documented {"ge": 0}, a pydantic word no JSON Schema reader knows: -5 read as a valid price
    price = spec["components"]["schemas"]["ReturnRequest"]["properties"]["price"]
    assert not jsonschema_rs.is_valid(price, -5) and jsonschema_rs.is_valid(price, 89.0)
    pydantic_words = {"ge", "gt", "le", "lt", "allow_inf_nan", "multiple_of"}

    def keywords(node: Any) -> set[str]:
        if isinstance(node, dict):
            inside = set().union(*(keywords(value) for key, value in node.items() if key != "properties"))
            return (
                set(node) - {"properties"} | inside | set().union(*map(keywords, node.get("properties", {}).values()))
            )
        return set().union(*map(keywords, node)) if isinstance(node, list) else set()

    assert not keywords(spec["components"]["schemas"]) & pydantic_words


def test_optional_body_fields_may_be_null(spec: dict[str, Any]) -> None:
    """BentoML drops the null branch of optional top-level fields; the API accepts null there."""
    body = spec["paths"]["/feedback"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"type": "null"} in body["properties"]["inspection_outcome"]["anyOf"]
    langs = spec["paths"]["/classify"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"type": "null"} in langs["properties"]["langs"]["anyOf"]


@pytest.mark.parametrize("route", ["/admin/reload", "/admin/reload/status"])
def test_reload_answers_match_their_description(spec: dict[str, Any], route: str) -> None:
    # every successful reload answers "error": null, which the description refused (schemathesis ST108)
    answer = ReloadResponse(reloaded=True, model_versions={"returns-reason-classifier": "2"})
    schema = spec["paths"][route]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    jsonschema_rs.validate(schema, answer.model_dump(mode="json"))


@pytest.mark.parametrize(
    "fields",
    [
        {"reason_accepted": True},
        {"reason_accepted": True, "corrected_reason": "too_small"},
        {"reason_accepted": False},
        {"reason_accepted": False, "corrected_reason": None},
        {"reason_accepted": False, "corrected_reason": "too_small"},
        {"reason_accepted": True, "reply_status": "edited"},
        {"reason_accepted": True, "reply_status": "edited", "edited_reply": "Hello"},
        {"reason_accepted": True, "reply_status": "sent_as_is", "edited_reply": "Hello"},
        {"reason_accepted": True, "reply_status": "sent_as_is"},
        {"reason_accepted": True, "reply_status": None, "edited_reply": "Hello"},
    ],
)
def test_the_feedback_body_schema_takes_what_the_api_takes(spec: dict[str, Any], fields: dict[str, Any]) -> None:
    # the rules between fields (a corrected reason exactly when the reason is not accepted, an edited reply exactly
    # when the reply was edited) were only in the validator: schemathesis generated bodies the description allowed
    # and the API refused (ST202)
    body = {"return_id": "R1", "agent_id": "agent-1", **fields}
    schema = spec["paths"]["/feedback"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    try:
        FeedbackRequest.model_validate(body)
    except ValidationError:
        taken = False
    else:
        taken = True
    assert jsonschema_rs.validator_for({**schema, "components": spec["components"]}).is_valid(body) is taken


def test_a_triaged_return_links_to_its_feedback(spec: dict[str, Any]) -> None:
    # without a link schemathesis cannot chain the calls (its stateful phase did not apply) and /feedback only met
    # returns never triaged (404)
    link = spec["paths"]["/triage"]["post"]["responses"]["200"]["links"]["feedback"]
    assert link["operationId"] == spec["paths"]["/feedback"]["post"]["operationId"]
    assert link["requestBody"] == {"return_id": "$response.body#/results/0/return_id"}
    results = spec["components"]["schemas"]["TriageResult"]
    assert "return_id" in results["required"]
