"""The console's allow and block lists over HTTP (Starlette's test client on the real app, SQLite and
PostgreSQL): add, show, remove with the audit trail, CSRF, escaping, bad input, and a return page's
list hits and prefilled actions. `test_webhooks_http.py` has a block added in the console of a served
service decide the customer's next return."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from console_support import csrf_token, hidden_fields, sign_in, triage_item, unnamed_cells
from markupsafe import escape
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from decisions.policy import ListHit
from serving.console.app import console_state, create_app
from serving.console.lists_page import KIND_WORDS
from serving.db import LIST_KINDS, risk_list_entries
from serving.stores.agents import AgentStore
from serving.stores.predictions import PredictionLog, pseudonym_key
from serving.stores.risk_lists import RiskListStore
from triage.settings import Settings

PASSWORD = "correct horse battery"
CUSTOMER = "C-LISTED-7"
MARKUP = "<script>alert('x')</script><b>three empty boxes</b>"
ESCAPED = str(escape(MARKUP))  # as Jinja's autoescape writes it
BLOCK_SENTENCE = f"The customer is on the block list (added by bruno on 2026-11-30 09:00 UTC: {MARKUP})."


@pytest.fixture
def console(engine: Engine, settings: Settings) -> Iterator[TestClient]:
    """The console signed in as `amelie`, with one logged triage (customer CUSTOMER) whose decision
    carries a block-list hit."""
    AgentStore(engine).create("amelie", PASSWORD)
    rules = [{"code": "BLOCK_LIST", "sentence": BLOCK_SENTENCE}, {"code": "BLOCK_LIST_REVIEW", "sentence": "Review."}]
    item, result = triage_item(
        1, random.Random(1), item={"customer_id": CUSTOMER, "sku": "SKU-0042-M"}, decision={"rules": rules}
    )
    PredictionLog(engine, pseudonym_key(settings)).record("req", "triage", [item], [result])
    with TestClient(create_app(lambda: console_state(settings, engine))) as client:
        assert sign_in(client, "amelie", PASSWORD).status_code == 303
        yield client


@pytest.fixture
def lists(engine: Engine, settings: Settings) -> RiskListStore:
    return RiskListStore(engine, pseudonym_key(settings))


def _post(client: TestClient, path: str, **fields: str) -> Any:
    token = csrf_token(client.get("/console/lists").text)
    return client.post(f"/console/lists/{path}", data={"csrf_token": token} | fields, follow_redirects=False)


def test_add_show_and_remove_keep_the_audit_trail(console: TestClient, lists: RiskListStore) -> None:
    added = _post(console, "add", list="block", kind="sku", value="SKU-0042-M", note=MARKUP)
    assert added.status_code == 303 and added.headers["location"] == "/console/lists?saved=added"
    page = console.get("/console/lists").text
    row = re.search(r'<tr class="list-entry".*?</tr>', page, re.S).group(0)
    assert "SKU-0042-M" in row and "amelie" in row and ESCAPED in row
    assert MARKUP not in page  # the agent's words are shown as text
    (entry,) = lists.entries()
    assert (entry.list_name, entry.kind, entry.value, entry.added_by, entry.note) == (
        "block",
        "sku",
        "SKU-0042-M",
        "amelie",
        MARKUP,
    )

    assert unnamed_cells(page) == []  # on a phone each entry reads as a card of named cells
    removed = _post(console, "remove", kind="sku", value="SKU-0042-M", note="supplier replaced the batch")
    assert removed.status_code == 303
    page = console.get("/console/lists").text
    assert "Why removed" in page and unnamed_cells(page) == []
    assert 'class="list-entry"' not in page
    trail = re.search(r'<tr class="removed-entry".*?</tr>', page, re.S).group(0)
    assert "supplier replaced the batch" in trail and ESCAPED in trail
    assert lists.entries() == [] and lists.entries(include_removed=True)[0].removed_by == "amelie"


@pytest.mark.parametrize(
    ("path", "fields", "status", "field"),
    [
        ("add", {"list": "block", "kind": "phone", "value": "0612345678", "note": "spam"}, 400, "kind"),
        ("add", {"list": "grey", "kind": "sku", "value": "S1", "note": "why"}, 400, "list"),
        ("add", {"list": "block", "kind": "sku", "value": "S1", "note": "  "}, 400, "note"),
        ("add", {"list": "block", "kind": "sku", "value": "S" * 129, "note": "why"}, 400, "value"),
        ("add", {"list": "block", "kind": "sku", "value": "S1", "note": "n" * 2001}, 400, "note"),
        ("add", {"list": "block", "kind": "order", "value": "  ", "note": "why"}, 400, "value"),
        (
            "add",
            {"list": "block", "kind": "customer", "value": CUSTOMER, "pseudonym": "1", "note": "why"},
            400,
            "value",
        ),
        ("add", {"list": "allow", "kind": "sku", "value": "ON-BLOCK", "note": "twice"}, 409, "value"),
        ("remove", {"kind": "sku", "value": "NOWHERE", "note": "why"}, 409, "value"),
        ("remove", {"kind": "sku", "value": "ON-BLOCK", "note": ""}, 400, "note"),
        # NUL was a 500 on PostgreSQL (which cannot compare or store it); a zero-width value never matches an id
        ("add", {"list": "block", "kind": "sku", "value": "SKU\x00", "note": "why"}, 400, "value"),
        ("add", {"list": "block", "kind": "sku", "value": "SK\u200bU", "note": "why"}, 400, "value"),
        ("add", {"list": "block", "kind": "customer", "value": "C1", "note": "why\x00"}, 400, "note"),
        ("remove", {"kind": "sku", "value": "ON\x00BLOCK", "note": "why"}, 400, "value"),
        # a form without its list or kind was a change on the block list of customers (the prefilled defaults)
        ("add", {"kind": "sku", "value": "S1", "note": "why"}, 400, "list"),
        ("add", {"list": "allow", "value": "S1", "note": "why"}, 400, "kind"),
        ("remove", {"value": "ON-BLOCK", "note": "why"}, 400, "kind"),
        # a reason of zero-width characters says nothing
        ("add", {"list": "block", "kind": "sku", "value": "S1", "note": "\u200b\u200d\ufeff"}, 400, "note"),
    ],
)
def test_bad_input_is_a_4xx_naming_the_field_and_changes_nothing(
    console: TestClient, lists: RiskListStore, path: str, fields: dict[str, str], status: int, field: str
) -> None:
    lists.add("block", "sku", "ON-BLOCK", "bruno", "counterfeit returns")
    response = _post(console, path, **fields)
    assert response.status_code == status, response.text
    error = re.search(r'id="form-error" data-field="(\w+)">([^<]*)<', response.text)
    assert error.group(1) == field and html.unescape(error.group(2)).startswith(f"{field}: ")
    trail = [(e.kind, e.value, e.removed_at) for e in lists.entries(include_removed=True)]
    assert trail == [("sku", "ON-BLOCK", None)]
    if path == "add":  # the form comes back as posted, to be corrected
        assert f'value="{escape(fields["value"])}"' in response.text


def test_a_change_without_the_forms_token_is_refused(console: TestClient, engine: Engine) -> None:
    fields = {"list": "block", "kind": "sku", "value": "S1", "note": "why"}
    assert console.post("/console/lists/add", data=fields).status_code == 403
    stale = fields | {"csrf_token": "not-the-session-token"}
    assert console.post("/console/lists/add", data=stale).status_code == 403
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(risk_list_entries)).scalar_one() == 0
    # From the console's own page (a sign-in in another tab made its token stale) the form comes back as
    # posted, with the session's token, and the entries above it; nothing is added until it is sent again.
    refused = console.post("/console/lists/add", data=stale | {"note": MARKUP}, headers={"origin": "http://testserver"})
    assert refused.status_code == 403 and 'id="stale-form"' in refused.text and ESCAPED in refused.text
    assert refused.text.index('id="active-entries"') < refused.text.index('id="stale-form"')
    assert hidden_fields(refused.text, "add-form")["csrf_token"] == csrf_token(console.get("/console/lists").text)
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(risk_list_entries)).scalar_one() == 0


def test_the_lists_come_before_the_add_form_which_a_refused_addition_scrolls_to(console: TestClient) -> None:
    # the add form sat above the entries: an agent opening the lists read a form first
    page = console.get("/console/lists").text
    assert page.index('id="active-entries"') < page.index('id="add-entry"') < page.index('id="removed-entries"')
    assert 'action="/console/lists/add#add-entry"' in page
    refused = _post(console, "add", list="block", kind="sku", value="S1", note="")
    add_card = refused.text[refused.text.index('id="add-entry"') :]
    assert 'id="form-error" data-field="note"' in add_card  # beside the form, not at the top of the page


def test_signed_out_agents_are_sent_to_sign_in(engine: Engine, settings: Settings) -> None:
    with TestClient(create_app(lambda: console_state(settings, engine))) as client:
        for method, path in (("GET", "/console/lists"), ("POST", "/console/lists/add")):
            response = client.request(method, path, follow_redirects=False)
            assert response.status_code == 303 and response.headers["location"].startswith("/console/sign-in")


def test_return_page_shows_its_list_hits_and_blocks_the_customer_as_the_logs_pseudonym(
    console: TestClient, lists: RiskListStore, settings: Settings
) -> None:
    page = console.get("/console/returns/R0000001").text
    hits = re.search(r'<ul class="rules" id="list-hits">(.*?)</ul>', page, re.S).group(1)
    assert "BLOCK_LIST" in hits and ESCAPED in hits and "BLOCK_LIST_REVIEW" not in hits
    assert page.count('title="BLOCK_LIST"') == 1  # under the lists only, no longer in the rules above as well
    assert MARKUP not in page
    actions = dict(re.findall(r'class="list-action" href="([^"]+)">([^<]+)<', page))
    assert sorted(actions.values()) == ["Allow this customer", "Block this SKU", "Block this customer"]
    pseudonym = lists.stored_value("customer", CUSTOMER)
    block_customer = html.unescape(next(href for href, label in actions.items() if label == "Block this customer"))
    assert pseudonym in block_customer and CUSTOMER not in block_customer

    form = console.get(block_customer).text
    assert re.search(rf'<input name="value" id="add-value" value="{pseudonym}" readonly>', form)
    fields = hidden_fields(form, "add-form")
    assert (fields["kind"], fields["pseudonym"], fields["return"]) == ("customer", "1", "R0000001")
    added = console.post(
        "/console/lists/add",
        data=fields | {"list": "block", "value": pseudonym, "note": "empty boxes twice"},
        follow_redirects=False,
    )
    assert added.status_code == 303 and "return=R0000001" in added.headers["location"]
    listed = console.get(added.headers["location"]).text
    assert 'href="/console/returns/R0000001"' in listed
    # the entry showed a pseudonym's first 12 characters, with nothing to tell the agent whose returns they are
    their_returns = re.search(r'class="small customer-returns" href="([^"]+)">their returns</a>', listed).group(1)
    assert 'data-return-id="R0000001"' in console.get(html.unescape(their_returns)).text

    (entry,) = lists.entries()
    assert entry.value == pseudonym  # stored as the log holds the customer, never in clear
    # The customer's next request, carrying the id in clear, meets the entry.
    ((hit,),) = lists.hits_per_request([{"customer": CUSTOMER, "sku": "OTHER"}])
    assert hit.rule().code == "BLOCK_LIST" and "amelie" in hit.rule().sentence
    for path in ("/console/lists", "/console/returns/R0000001"):
        assert CUSTOMER not in console.get(path).text


def test_return_page_says_what_is_on_a_list_now_and_offers_only_the_rest(
    console: TestClient, lists: RiskListStore
) -> None:
    lists.add("allow", "customer", CUSTOMER, "bruno", MARKUP)
    page = console.get("/console/returns/R0000001").text
    now = re.search(r'<ul class="plain" id="listed-now">(.*?)</ul>', page, re.S).group(1)
    assert "This customer is on the" in now and "allow" in now and "bruno" in now and ESCAPED in now
    assert "SKU" not in now and MARKUP not in page
    # The customer is on a list already (one list at a time): only the SKU can be added from here.
    assert re.findall(r'class="list-action" href="[^"]+">([^<]+)<', page) == ["Block this SKU"]


def test_an_entry_the_decision_names_is_not_told_twice(
    console: TestClient, lists: RiskListStore, engine: Engine, settings: Settings
) -> None:
    # the rule's sentence (who added the entry, when, why) was followed by the same entry told again as "now"
    lists.add("block", "customer", CUSTOMER, "bruno", "three empty boxes")
    rules = [
        {"code": "BLOCK_LIST", "sentence": "The customer is on the block list (added by bruno: three empty boxes)."}
    ]
    item, result = triage_item(
        2, random.Random(2), item={"customer_id": CUSTOMER, "sku": "SKU-0042-M"}, decision={"rules": rules}
    )
    PredictionLog(engine, pseudonym_key(settings)).record("req-2", "triage", [item], [result])
    page = console.get("/console/returns/R0000002").text
    now = re.search(r'<ul class="plain" id="listed-now">(.*?)</ul>', page, re.S).group(1)
    assert "This customer is still on the" in now and "by the entry above" in now and "bruno" not in now
    assert page.count("three empty boxes") == 1
    # an entry added since the decision (R0000001 was triaged before it) is told whole
    assert "bruno" in re.search(r'id="listed-now">(.*?)</ul>', console.get("/console/returns/R0000001").text, re.S)[1]


@pytest.mark.parametrize("list_name", ["block", "allow"])
def test_a_list_hits_note_is_isolated_where_its_rule_is_shown(
    console: TestClient, engine: Engine, settings: Settings, list_name: str
) -> None:
    # the sentence was plain text: a note holding U+202E (right-to-left override) reversed the rest of it,
    # the date and who added the entry read backwards in the decision's rules
    note = "empty boxes \u202e9 no 0202 gnirps"
    hit = ListHit(list_name, "customer", "bruno", datetime(2026, 11, 30, 9, tzinfo=UTC), note).rule()
    rules = [{"code": hit.code, "sentence": hit.sentence}, {"code": "OLD", "sentence": "The SKU is <b>odd</b>."}]
    item, result = triage_item(2, random.Random(2), item={"sku": "SKU-0042-M"}, decision={"rules": rules})
    PredictionLog(engine, pseudonym_key(settings)).record("req-2", "triage", [item], [result])
    queue = console.get("/console").text
    page = console.get("/console/returns/R0000002").text
    for shown in (page, queue):
        assert f"(added by <bdi>bruno</bdi> on 2026-11-30 09:00 UTC: “<bdi>{note}</bdi>”)" in shown
        assert note not in shown.replace(f"<bdi>{note}</bdi>", "")  # nowhere bare
    assert "The SKU is &lt;b&gt;odd&lt;/b&gt;." in page  # the other rules as they were, escaped


def test_a_customer_typed_in_is_stored_as_its_pseudonym(console: TestClient, lists: RiskListStore) -> None:
    assert _post(console, "add", list="allow", kind="customer", value=CUSTOMER, note="loyal").status_code == 303
    assert lists.entries()[0].value == lists.stored_value("customer", CUSTOMER) != CUSTOMER
    assert CUSTOMER not in console.get("/console/lists").text


def test_every_kind_of_entry_has_a_heading() -> None:
    assert tuple(KIND_WORDS) == LIST_KINDS


def test_a_link_asking_for_a_list_or_kind_the_form_does_not_offer_preselects_neither(console: TestClient) -> None:
    # "?list=allwo&kind=ordr&value=O1" opened a form to block a customer: the select showed its first choice, one click
    # from adding the entry on a list and kind the link never named
    page = console.get("/console/lists?list=allwo&kind=ordr&value=O0000001&note=hi")
    assert page.status_code == 200
    notice = re.search(r'<p class="notice" role="status" id="unoffered-choices">(.*?)</p>', page.text, re.S)
    assert notice and "The list 'allwo' is none this form offers; the kind 'ordr' is none" in " ".join(
        html.unescape(notice.group(1)).split()
    ), page.text
    for field in ("list", "kind"):
        select = re.search(rf'<select name="{field}" id="add-{field}" required>(.*?)</select>', page.text, re.S)
        assert select and f'<option value="" selected disabled>choose a {field}</option>' in select.group(1)
        assert select.group(1).count("selected") == 1
    taken = console.get("/console/lists?list=allow&kind=order&value=O0000001")
    assert "unoffered-choices" not in taken.text and '<option value="allow" selected>' in taken.text


def test_a_link_parameter_the_lists_page_does_not_take_is_named(console: TestClient) -> None:
    # "?lsit=allow" was passed over without a word: the form kept its default list
    page = console.get("/console/lists?lsit=allow&value=SKU-1")
    notice = re.search(r'id="ignored-parameters">(.*?)</p>', page.text, re.S)
    said = " ".join(html.unescape(re.sub(r"<[^>]+>", "", notice.group(1) if notice else "")).split())
    assert "The form below is not filled from 'lsit' (did you mean list?): the form has no field of that name." in said
    assert "ignored-parameters" not in console.get("/console/lists?list=allow&saved=added").text


# A note the field's maxlength lets an agent type: 2,000 characters over 20 lines, each line break submitted as CRLF.
TYPED_OVER_LINES = "\n".join(["parcel weighed half the invoiced weight" + "." * 61] * 21)[:2000]


@pytest.mark.parametrize(("extra", "saved"), [("", True), ("x", False)], ids=["2,000 typed", "2,001 typed"])
def test_a_note_is_counted_as_typed_not_as_its_line_ends_are_sent(
    console: TestClient, lists: RiskListStore, extra: str, saved: bool
) -> None:
    # refused "note must be at most 2,000 characters, got 2,020": the browser let it be typed, the agent could not save
    note = TYPED_OVER_LINES + extra
    response = _post(console, "add", list="block", kind="sku", value="SKU-LINES", note=note.replace("\n", "\r\n"))
    assert (response.status_code == 303) is saved, response.text
    assert [entry.note for entry in lists.entries()] == ([note] if saved else [])
