"""The console app over HTTP (Starlette's test client on the real app, SQLite and PostgreSQL)."""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode

import anyio
import httpx
import pytest
import sqlalchemy as sa
from _bentoml_impl.server.mount import PassiveMount
from bentoml.exceptions import ServiceUnavailable
from console_support import csrf_token, sign_in, triage_item
from markupsafe import escape
from pydantic import ValidationError
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.testclient import TestClient

from decisions.policy import ListHit, ReturnContext, band_rule_code, decide, load_policy
from features.customer_asks import REQUEST_KINDS
from features.handover import HANDOVER_KINDS
from features.history import HistorySummary
from features.store import read_feedback
from models.risk_reasons import FACTORS, NO_HISTORY, RiskReason
from serving.api import FeedbackRequest
from serving.console import app as console_app
from serving.console.app import console_state, create_app
from serving.console.security import SESSION_COOKIE, SIGNIN_CSRF_COOKIE
from serving.console.templating import SESSION_WARNING_SECONDS
from serving.console.words import (
    DECISION_WORDS,
    HANDOVER_WORDS,
    REQUEST_WORDS,
    RISK_REASON_WORDS,
    band_words,
    correction_effect,
    draft_differences,
    rules_to_read,
)
from serving.db import agent_sessions, feedback, predictions, redecisions, risk_list_entries
from serving.model_side import Redecision
from serving.results import CHECKER_REFUSAL
from serving.stores import agents as agents_store
from serving.stores.agents import AgentStore
from serving.stores.feedback import FeedbackRecord, FeedbackStore, IdempotencyKey, ReasonUnsaid
from serving.stores.predictions import PredictionLog, pseudonymise
from serving.stores.risk_lists import RiskListStore
from triage.settings import Settings

PASSWORD = "correct horse battery"


@pytest.fixture
def console(engine: Engine, settings: Settings) -> Iterator[TestClient]:
    """The console on `engine` with an agent `amelie` and three logged triages."""
    AgentStore(engine).create("amelie", PASSWORD)
    rng = random.Random(3)
    pairs = [
        triage_item(1, rng, reason={"code": "too_small", "needs_review": False}),
        triage_item(2, rng, item={"reason_text": "<script>alert('x')</script> it broke"}, reason={"code": "defective"}),
        triage_item(3, rng, reason={"code": "too_small", "needs_review": True}, decision={"code": "free_return"}),
    ]
    PredictionLog(engine, b"k").record("req", "triage", [p[0] for p in pairs], [p[1] for p in pairs])
    app = create_app(lambda: console_state(settings, engine))
    with TestClient(app, base_url="http://testserver") as client:
        yield client


def _sign_in(client: TestClient, password: str = PASSWORD) -> object:
    return sign_in(client, "amelie", password)


def test_signed_out_console_redirects_to_sign_in(console: TestClient) -> None:
    response = console.get("/console", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/console/sign-in"


def test_a_page_asked_for_with_a_query_no_console_link_holds_is_resumed_without_it(console: TestClient) -> None:
    # 6,000 query parameters (36 KB, within the head limit) went whole into the sign-in redirect: a Location header
    # of about 60 KB, past what a proxy takes (nginx reads 4-8 KB of headers) and what httpx reads (64 KB)
    query = "&".join(f"p{n}=1" for n in range(6_000))
    response = console.get(f"/console/lists?{query}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/console/sign-in?{urlencode({'next': '/console/lists'})}"


def test_signing_in_again_opens_the_page_the_agent_asked_for(console: TestClient) -> None:
    # an agent whose session ended on "Next return" signed in again and landed on the queue's first page
    asked = "/console/returns/R0000002?lang=fr&reason=defective"
    response = console.get(asked, follow_redirects=False)
    assert (
        response.status_code == 303 and response.headers["location"] == f"/console/sign-in?{urlencode({'next': asked})}"
    )
    form = console.get(response.headers["location"]).text
    assert f'name="next" value="{escape(asked)}"' in form
    signed = console.post(
        "/console/sign-in",
        data={"name": "amelie", "password": PASSWORD, "csrf_token": csrf_token(form), "next": asked},
        follow_redirects=False,
    )
    assert signed.status_code == 303 and signed.headers["location"] == asked
    console.cookies.clear()
    filtered = console.get("/console?lang=fr", follow_redirects=False).headers["location"]
    assert filtered == "/console/sign-in?next=%2Fconsole%3Flang%3Dfr"  # the queue's filters too
    # Only a console page of this service: anything else opens the queue
    for elsewhere in (
        "//evil.example/console",
        "https://evil.example/console",
        "/\\evil.example/console",
        "http://[::1",
        "//[::1/console",
        "/policy/en",
        "/consoles",
        "/console/returns/R1\nX",
    ):
        console.cookies.clear()
        form = console.get("/console/sign-in", params={"next": elsewhere}).text
        assert 'name="next"' not in form
        signed = console.post(
            "/console/sign-in",
            data={"name": "amelie", "password": PASSWORD, "csrf_token": csrf_token(form), "next": elsewhere},
            follow_redirects=False,
        )
        assert signed.headers["location"] == "/console", elsewhere


def test_a_method_the_sign_in_does_not_take_is_a_405_allowing_the_ones_it_does(console: TestClient) -> None:
    # the page and the form were two routes: the router's 405 allowed the first one's methods only, GET and HEAD
    refused = console.delete("/console/sign-in")
    assert refused.status_code == 405
    assert {method.strip() for method in refused.headers["allow"].split(",")} == {"GET", "HEAD", "POST"}
    assert console.get("/console/sign-in").status_code == 200


def test_sign_in_sets_a_hardened_cookie_and_opens_the_queue(console: TestClient) -> None:
    response = _sign_in(console)
    assert response.status_code == 303 and response.headers["location"] == "/console"
    cookie = response.headers["set-cookie"]
    assert "triage_console=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP here; over TLS the cookie is Secure
    queue = console.get("/console")
    assert queue.status_code == 200 and "R0000003" in queue.text
    assert "script-src 'self'" in queue.headers["content-security-policy"]


def test_cookie_is_secure_over_tls(engine: Engine, settings: Settings) -> None:
    AgentStore(engine).create("amelie", PASSWORD)
    app = create_app(lambda: console_state(settings, engine))
    with TestClient(app, base_url="https://testserver") as client:
        assert "Secure" in _sign_in(client).headers["set-cookie"]


def test_wrong_password_is_refused_and_repeated_failures_lock_the_account(console: TestClient) -> None:
    response = _sign_in(console, "wrong password!")
    assert response.status_code == 401 and "Wrong name or password" in response.text
    assert "triage_console=" not in response.headers.get("set-cookie", "")
    for _ in range(4):
        _sign_in(console, "wrong again, sorry")
    locked = _sign_in(console)  # the right password, but the account is locked
    assert locked.status_code == 401 and "an account is locked for 15 minutes" in locked.text
    assert console.get("/console", follow_redirects=False).status_code == 303


def test_the_right_password_is_refused_once_guesses_sent_alongside_locked_the_account(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ten wrong guesses sent at once with the right one (through `bentoml serve`): the right one, read unlocked
    # before they were counted, was let in after eight of them were refused, and lifted their lock
    store = AgentStore(engine)
    store.create("amelie", PASSWORD)
    verify = agents_store._verify

    def guessed_meanwhile(password_hash: str, password: str) -> bool:
        if password == PASSWORD:
            for guess in range(store.max_failed):
                assert store.sign_in("amelie", f"guess {guess}") is None
        return verify(password_hash, password)

    monkeypatch.setattr(agents_store, "_verify", guessed_meanwhile)
    assert store.sign_in("amelie", PASSWORD) is None
    monkeypatch.undo()
    assert store.sign_in("amelie", PASSWORD) is None  # the lock holds


def test_wrong_guesses_never_tell_an_agents_name_from_an_unknown_one(console: TestClient) -> None:
    # the fifth and later wrong guesses on an agent's name answered 429 "locked until", an unknown name 401 for ever
    for name in ("amelie", "nobody-here"):
        answers = {
            (answer.status_code, "Wrong name or password" in answer.text)
            for answer in (sign_in(console, name, f"guess {guess}") for guess in range(7))
        }
        assert answers == {(401, True)}, name
    # the locked account answered 429 "locked until" to the right password only: guesses went on for free, and the
    # answer told which one was right
    right, wrong = _sign_in(console), sign_in(console, "amelie", "guess 8")
    token = re.compile(r'value="[\w-]{40,}"')  # each form's CSRF token
    assert (right.status_code, token.sub("", right.text)) == (wrong.status_code, token.sub("", wrong.text))


def test_sign_in_without_its_csrf_token_is_refused(console: TestClient) -> None:
    console.get("/console/sign-in")
    response = console.post("/console/sign-in", data={"name": "amelie", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 403


def test_api_key_does_not_open_the_console(console: TestClient) -> None:
    response = console.get("/console", headers={"Authorization": "Bearer trk_x_y"}, follow_redirects=False)
    assert response.status_code == 303


def test_queue_filters_and_escapes_customer_text(console: TestClient) -> None:
    _sign_in(console)
    page = console.get("/console", params={"reason": "too_small"}).text
    assert "R0000001" in page and "R0000003" in page and "R0000002" not in page
    both = console.get("/console", params={"reason": "too_small", "needs_review": "true"}).text
    assert "R0000003" in both and "R0000001" not in both
    everything = console.get("/console").text
    assert "<script>alert" not in everything and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in everything
    assert re.search(r'<div class="customer-text clamped" lang="\w\w">&lt;script&gt;', everything)  # cut to 8 lines
    # every rule's sentence is in the row (the queue showed only their codes); the public policy opens beside it
    assert '<li title="WITHIN_RETURN_WINDOW">Requested within the 30-day return window.</li>' in everything
    assert '<a href="/policy/en" target="_blank" rel="noopener">' in everything


def test_bad_filter_is_a_400_naming_the_field(console: TestClient) -> None:
    _sign_in(console)
    response = console.get("/console", params={"reason": "tiny"})
    assert response.status_code == 400 and "reason" in response.text
    assert console.get("/console", params={"before": "-3"}).status_code == 400


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [("reason", "too_small", "defective"), ("needs_review", "true", "false"), ("before", "9", "3")],
)
def test_a_filter_given_twice_is_a_400_naming_it(console: TestClient, name: str, first: str, second: str) -> None:
    # the last copy counted: "?reason=too_small&reason=defective" showed the defective returns alone, without a word
    _sign_in(console)
    response = console.get(f"/console?{name}={first}&{name}={second}")
    assert response.status_code == 400, response.text
    assert f"The parameter '{name}' is given 2 times" in html.unescape(response.text), response.text
    assert console.get(f"/console?{name}={first}").status_code == 200


@pytest.mark.parametrize(
    "address",
    [
        "/console/lists?list=allow&list=block",  # the block list's form opened under a link naming both
        "/console/returns/R1?saved=reason&saved=reply",
        "/console/analytics?x=1&x=2",
        "/policy/en?lang=en&lang=fr",
        "/console/sign-in?next=/console&next=/console/lists",
    ],
)
def test_every_console_address_giving_a_parameter_twice_is_a_400_naming_it(console: TestClient, address: str) -> None:
    _sign_in(console)
    response = console.get(address)
    name = address.split("?")[1].split("=")[0]
    assert response.status_code == 400, response.text
    assert f"The parameter '{name}' is given 2 times" in html.unescape(response.text), response.text
    assert "Bad link" in response.text and response.headers["X-Frame-Options"] == "DENY"


def _notice(page: str, notice_id: str) -> str | None:
    """The words of a console page's notice with id `notice_id`, or None when the page has none."""
    found = re.search(rf'<p class="notice" role="status" id="{notice_id}">(.*?)</p>', page, re.S)
    return None if found is None else " ".join(html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("staus=open", "The queue below is not filtered by 'staus': the queue has no filter of that name."),
        ("reply=true", "not filtered by 'reply' (did you mean replied?): the queue has no filter of that name."),
        ("Reason=defective", "not filtered by 'Reason' (did you mean reason?)"),
        (
            "reason=too_small&status=open&%E2%80%AE=x",
            r"not filtered by 'status', '\u202e': the queue has no filter of those names.",
        ),
        ("&".join(f"p{n}=1" for n in range(8)), "'p0', 'p1', 'p2', 'p3', 'p4' and 3 others: the queue has"),
    ],
)
def test_a_parameter_the_queue_does_not_take_is_named_on_the_page(console: TestClient, query: str, said: str) -> None:
    # "/console?staus=open" showed the whole queue without a word: the agent took it for the open returns
    _sign_in(console)
    page = console.get(f"/console?{query}")
    assert page.status_code == 200 and said in (_notice(page.text, "ignored-parameters") or ""), page.text[:3000]
    assert "R0000001" in page.text  # the rest applied: every return, or the too_small ones
    assert ("R0000002" in page.text) == ("reason=" not in query)


def test_a_parameter_given_to_the_analytics_page_is_named_on_it(console: TestClient) -> None:
    # "/console/analytics?since=2026-11-01" showed every return's figures without a word: taken for November's
    _sign_in(console)
    page = console.get("/console/analytics?since=2026-11-01")
    said = _notice(page.text, "ignored-parameters")
    assert page.status_code == 200 and said, page.text[:3000]
    assert "The analytics below are not filtered by 'since': the page has no filter of that name." in said
    assert "ignored-parameters" not in console.get("/console/analytics").text


def test_a_link_with_the_queues_parameters_alone_has_no_notice(console: TestClient) -> None:
    _sign_in(console)
    bookmark = console.get("/console?needs_review=&reason=too_small&risk_band=&decision=&lang=&handover=&replied=")
    assert bookmark.status_code == 200 and "R0000001" in bookmark.text and "R0000002" not in bookmark.text
    older = console.get("/console", params={"reason": "too_small", "before": "3"}).text
    assert "R0000001" in older and "R0000003" not in older
    opened = console.get("/console/returns/R0000003?reason=too_small&saved=reason").text
    assert 'id="next-return" href="/console/returns/R0000001?reason=too_small"' in opened
    for page in (bookmark.text, older, opened):
        assert 'class="notice"' not in page


def test_a_returns_page_says_which_queue_filters_its_next_return_does_not_follow(console: TestClient) -> None:
    # a bad filter in a return's link was dropped without a word: "Next return" followed the whole queue
    _sign_in(console)
    misspelled = console.get("/console/returns/R0000003?reason=too_small&needs_reveiw=true").text
    said = _notice(misspelled, "ignored-parameters")
    assert said and "“Next return” is not filtered by 'needs_reveiw' (did you mean needs_review?)" in said
    assert 'id="next-return" href="/console/returns/R0000001?reason=too_small"' in misspelled
    refused = console.get("/console/returns/R0000003?reason=tiny").text
    said = _notice(refused, "filter-problem")
    assert said and said.startswith("“Next return” follows the whole queue: this link's filters were not applied")
    assert "reason: 'tiny' is not one of" in said
    assert 'id="next-return" href="/console/returns/R0000002?"' in refused


@pytest.mark.parametrize("before", [str(2**31), str(2**63), "9" * 30, "\u00b2", "\u0663", "1" * 5000])
def test_a_cursor_that_is_no_log_id_is_a_400(console: TestClient, before: str) -> None:
    # all were 500s but "٣" (read as 3): OverflowError in the driver, "integer out of range" on PostgreSQL's
    # 32-bit id column, ValueError from int("²") and from int() of more than 4,300 digits
    _sign_in(console)
    response = console.get("/console", params={"before": before})
    assert response.status_code == 400 and "before" in response.text
    assert console.get("/console", params={"before": str(2**31 - 1)}).status_code == 200


def test_keyset_pages_cover_the_queue_once(engine: Engine, settings: Settings, console: TestClient) -> None:
    settings = settings.model_copy(update={"console_page_size": 2})
    app = create_app(lambda: console_state(settings, engine))
    with TestClient(app) as client:
        _sign_in(client)
        first = client.get("/console").text
        older = re.search(r'id="older" href="([^"]+)"', first).group(1).replace("&amp;", "&")
        second = client.get(older).text
    assert re.findall(r'data-return-id="(\w+)"', first) == ["R0000003", "R0000002"]
    assert re.findall(r'data-return-id="(\w+)"', second) == ["R0000001"]


def test_return_actions_write_cumulative_feedback(console: TestClient, engine: Engine) -> None:
    _sign_in(console)
    page = console.get("/console/returns/R0000001")
    token = csrf_token(page.text)
    corrected = console.post(
        "/console/returns/R0000001/reason", data={"reason": "too_large", "csrf_token": token}, follow_redirects=False
    )
    assert corrected.status_code == 303
    model_decision = re.search(r'decision-(\w+)">', page.text).group(1)
    other = next(code for code in ("free_return", "reject") if code != model_decision)
    refused = console.post("/console/returns/R0000001/decision", data={"decision": other, "csrf_token": token})
    assert refused.status_code == 400 and "note is required" in refused.text
    console.post(
        "/console/returns/R0000001/decision", data={"decision": other, "note": "photo shows wear", "csrf_token": token}
    )
    console.post("/console/returns/R0000001/reply", data={"reply": "Hello, edited.", "csrf_token": token})
    records = FeedbackStore(engine).for_return("R0000001")
    assert [record.corrected_reason for record in records] == ["too_large"] * 3
    last = records[-1]
    assert (last.agent_id, last.reason_accepted, last.final_decision, last.note) == (
        "amelie",
        False,
        other,
        "photo shows wear",
    )
    assert (last.reply_status, last.edited_reply) == ("edited", "Hello, edited.")
    reloaded = console.get("/console/returns/R0000001").text
    assert "Hello, edited." in reloaded and "photo shows wear" in reloaded
    words = DECISION_WORDS[other]
    assert f"<dd>{words} — “<bdi>photo shows wear</bdi>”</dd>" in reloaded  # was the decision's code
    assert f"decision → {words}" in console.get("/console").text  # the queue showed only the suggested decision


def test_a_return_logged_before_the_id_rule_is_opened_and_corrected_under_its_logged_id(
    engine: Engine, settings: Settings
) -> None:
    # "Ｒ７" was triaged before ids were held to NFKC: its page said "Unknown return", so no agent could act on it
    legacy = "\uff32\uff17"
    AgentStore(engine).create("amelie", PASSWORD)
    item, result = triage_item(7, random.Random(7), reason={"code": "too_small", "needs_review": False})
    PredictionLog(engine, b"k").record(
        "req", "triage", [item | {"return_id": legacy}], [result | {"return_id": legacy}]
    )
    with TestClient(create_app(lambda: console_state(settings, engine)), base_url="http://testserver") as client:
        _sign_in(client)
        page = client.get(f"/console/returns/{quote(legacy)}")
        assert page.status_code == 200, page.text
        corrected = client.post(
            f"/console/returns/{quote(legacy)}/reason",
            data={"reason": "too_large", "csrf_token": csrf_token(page.text)},
            follow_redirects=False,
        )
        assert corrected.status_code == 303
        assert [record.corrected_reason for record in FeedbackStore(engine).for_return(legacy)] == ["too_large"]
        # an id the rule refuses that the log does not hold is no return, as before
        assert client.get(f"/console/returns/{quote(chr(0xFF32) + chr(0xFF18))}").status_code == 404


def test_a_decision_other_than_the_one_a_draft_sent_unchanged_told_is_refused(
    console: TestClient, engine: Engine
) -> None:
    # the reverse order of the refusal above: the draft went out saying "free label", then "reject" was saved and
    # the record read sent_as_is with a final rejection the customer was never told
    item, result = triage_item(32, random.Random(32), decision={"code": "free_return"})
    PredictionLog(engine, b"k").record("req-32", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000032").text
    draft = re.search(r'<textarea name="reply"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    sent = console.post("/console/returns/R0000032/reply", data={"reply": draft, "csrf_token": csrf_token(page)})
    assert sent.status_code == 200
    page = console.get("/console/returns/R0000032").text
    data = {"decision": "reject", "note": "worn, tags removed", "csrf_token": csrf_token(page)}
    refused = console.post("/console/returns/R0000032/decision", data=data)
    assert refused.status_code == 400
    assert "told the customer the suggested decision (Free return): send an edited reply that says Reject" in (
        " ".join(html.unescape(refused.text).split())
    )
    assert FeedbackStore(engine).for_return("R0000032")[-1].final_decision is None
    edited = {"reply": draft + "\nP.S. Refused: the item was worn.", "csrf_token": csrf_token(page)}
    assert console.post("/console/returns/R0000032/reply", data=edited, follow_redirects=False).status_code == 303
    page = console.get("/console/returns/R0000032").text
    data["csrf_token"] = csrf_token(page)
    assert console.post("/console/returns/R0000032/decision", data=data, follow_redirects=False).status_code == 303
    assert FeedbackStore(engine).for_return("R0000032")[-1].final_decision == "reject"


def test_a_decision_saved_as_another_agent_sends_the_draft_unchanged_is_refused_not_stored(
    console: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the page's checks read the newest record before the store writes: a reply sent as drafted by another agent in
    # between was kept in the record beside the rejection, a decision the customer was never told
    item, result = triage_item(33, random.Random(33), decision={"code": "free_return"})
    PredictionLog(engine, b"k").record("req-33", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000033").text
    store = FeedbackStore.add_with_history
    replied = FeedbackRecord(
        "R0000033", "bruno", True, reply_status="sent_as_is", reply_reason=result["reason"]["code"]
    )

    def replied_meanwhile(self: FeedbackStore, record: FeedbackRecord, key: IdempotencyKey | None = None) -> int:
        store(self, replied)
        return store(self, record, key)

    monkeypatch.setattr(FeedbackStore, "add_with_history", replied_meanwhile)
    data = {"decision": "reject", "note": "worn, tags removed", "csrf_token": csrf_token(page)}
    refused = console.post("/console/returns/R0000033/decision", data=data)
    assert refused.status_code == 409
    assert "told the customer the suggested decision (Free return): send an edited reply that says Reject" in (
        " ".join(html.unescape(refused.text).split())
    )
    assert FeedbackStore(engine).for_return("R0000033") == [replied]


def test_reply_sent_unchanged_is_sent_as_is(console: TestClient, engine: Engine) -> None:
    _sign_in(console)
    page = console.get("/console/returns/R0000002").text
    draft = re.search(r'<textarea name="reply"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    sent = {"reply": draft.replace("\n", "\r\n"), "csrf_token": csrf_token(page)}
    console.post("/console/returns/R0000002/reply", data=sent)
    (record,) = FeedbackStore(engine).for_return("R0000002")
    assert (record.reason_accepted, record.reply_status, record.edited_reply) == (True, "sent_as_is", None)


def test_an_edited_reply_is_held_to_the_api_limit(console: TestClient, engine: Engine) -> None:
    # the console stored a reply of 10,000 characters where the API's `edited_reply` refuses past 5,000: one
    # feedback table, two limits, and nothing read the longer ones back against the API's
    longest = "é" * 5_000
    feedback_fields = {"return_id": "R0000002", "agent_id": "amelie", "reason_accepted": True, "reply_status": "edited"}
    FeedbackRequest.model_validate(feedback_fields | {"edited_reply": longest})
    with pytest.raises(ValidationError, match="edited_reply"):
        FeedbackRequest.model_validate(feedback_fields | {"edited_reply": longest + "é"})
    _sign_in(console)
    page = console.get("/console/returns/R0000002").text
    assert re.search(r'<textarea name="reply" [^>]*maxlength="5000"', page)
    refused = console.post(
        "/console/returns/R0000002/reply", data={"reply": longest + "é", "csrf_token": csrf_token(page)}
    )
    assert refused.status_code == 400 and "at most 5000 characters" in refused.text
    assert FeedbackStore(engine).for_return("R0000002") == []
    sent = console.post(
        "/console/returns/R0000002/reply",
        data={"reply": longest, "csrf_token": csrf_token(page)},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    (record,) = FeedbackStore(engine).for_return("R0000002")
    assert (record.reply_status, record.edited_reply) == ("edited", longest)


def test_post_without_csrf_token_is_refused_and_writes_nothing(console: TestClient, engine: Engine) -> None:
    _sign_in(console)
    response = console.post("/console/returns/R0000001/reason", data={"reason": "too_large"})
    assert response.status_code == 403
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(feedback)).scalar_one() == 0


def test_sign_out_ends_the_session(console: TestClient) -> None:
    _sign_in(console)
    token = csrf_token(console.get("/console").text)
    console.post("/console/sign-out", data={"csrf_token": token})
    assert console.get("/console", follow_redirects=False).status_code == 303


def test_every_console_answer_carries_the_security_headers(console: TestClient) -> None:
    # the router's own 404 and 405 and the static files went out without them (no nosniff, no framing rule): found
    # from outside, GET /console/nothing-here, DELETE /console, GET /console/static/console.js
    signed_out = {"sign-in page": console.get("/console/sign-in"), "to sign-in": console.get("/console")}
    _sign_in(console)
    token = csrf_token(console.get("/console").text)
    answers = signed_out | {
        "queue": console.get("/console"),
        "return page": console.get("/console/returns/R0000040"),
        "unknown return": console.get("/console/returns/R9999999"),
        "no token": console.post("/console/returns/R0000040/reason", data={"reason": "too_large"}),
        "refused form": console.post("/console/returns/R0000040/reason", data={"reason": "bored", "csrf_token": token}),
        "unknown path": console.get("/console/nothing-here"),
        "wrong method": console.delete("/console"),
        "static file": console.get("/console/static/console.js"),
        "missing static file": console.get("/console/static/nothing.js"),
    }
    for name, answer in answers.items():
        headers = answer.headers
        sent = (
            headers.get("x-content-type-options"),
            headers.get("x-frame-options"),
            headers.get("referrer-policy"),
            "frame-ancestors 'none'" in headers.get("content-security-policy", ""),
        )
        assert sent == ("nosniff", "DENY", "same-origin", True), (name, answer.status_code, sent)
        if "html" in headers.get("content-type", ""):  # a page holds customer text: no cache keeps it
            assert headers.get("cache-control") == "no-store", name


def test_an_unknown_console_path_is_the_console_s_404_where_the_service_mounts_it(
    engine: Engine, settings: Settings
) -> None:
    # BentoML mounts the console passively (`serving.service`): a path none of its routes took went to BentoML's
    # router, a text/plain "Not Found" without the security headers (GET /console/nothing-here, from outside)
    AgentStore(engine).create("amelie", PASSWORD)
    console = create_app(lambda: console_state(settings, engine))
    service = Starlette(
        routes=[PassiveMount("/", console)], lifespan=lambda _: console.router.lifespan_context(console)
    )
    with TestClient(service, base_url="http://testserver") as client:
        signed_out = client.get("/console/nothing-here")
        _sign_in(client)
        unknown = {
            "signed out": signed_out,
            "signed in": client.get("/console/nothing-here"),
            "deeper": client.get("/console/returns/R0000001/nothing"),
            "a post": client.post("/console/nothing-here", data={"csrf_token": "x"}),
            "a trailing slash, followed": client.get("/console/nothing-here/"),
        }
        for name, answer in unknown.items():
            assert answer.status_code == 404, name
            assert answer.headers["content-type"].startswith("text/html"), name
            assert answer.headers.get("x-content-type-options") == "nosniff", name
            assert "frame-ancestors 'none'" in answer.headers.get("content-security-policy", ""), name
            assert "No console page at this address" in answer.text, name
        # What the console answered before is as it was: a wrong method 405, the slash redirect, the pages
        assert client.delete("/console/lists").status_code == 405
        assert client.get("/console/", follow_redirects=False).status_code in (307, 308)
        assert client.get("/console/lists").status_code == 200
        assert client.get("/console/static/nothing.js").status_code == 404
        assert client.get("/policy/en").status_code == 200


def test_the_analytics_charts_script_is_served_with_the_security_headers_and_may_be_cached(
    console: TestClient,
) -> None:
    # the analytics page loads Plotly from here; its route called uncached(..., cache=True), a TypeError: 500
    _sign_in(console)
    script = console.get("/console/static/plotly.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert script.headers.get("x-content-type-options") == "nosniff"
    assert script.headers.get("cache-control") != "no-store"


def test_unknown_return_is_404(console: TestClient) -> None:
    _sign_in(console)
    assert console.get("/console/returns/R9999999").status_code == 404


def test_a_disabled_agents_open_session_stops_at_its_next_request_saying_why(
    console: TestClient, engine: Engine
) -> None:
    # an agent who left kept their session for up to 12 hours, and could not be disabled at all
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    cookie = console.cookies.get("triage_console")
    store = AgentStore(engine)
    store.disable("amelie")
    posted = console.post(
        "/console/returns/R0000001/reply",
        data={"reply": "Refund on its way", "csrf_token": token},
        headers={"origin": "http://testserver"},
        follow_redirects=False,
    )
    assert posted.status_code == 403 and "account has been disabled" in posted.text and "signed out" in posted.text
    assert "Refund on its way" not in posted.text and FeedbackStore(engine).for_return("R0000001") == []
    assert "triage_console=" in posted.headers.get("set-cookie", "")  # the cookie is cleared
    console.cookies.set("triage_console", cookie)
    page = console.get("/console/returns/R0000001", follow_redirects=False)
    assert page.status_code == 403 and "account has been disabled" in page.text
    console.cookies.set("triage_console", cookie)
    assert console.get("/console", follow_redirects=False).status_code == 403  # said each time, never a page
    refused = sign_in(console, "amelie", PASSWORD)
    assert refused.status_code == 401  # as any wrong sign-in: the refusal tells a guesser nothing
    # Enabled again, the agent signs in anew: the session open when it was disabled stays ended
    store.enable("amelie")
    console.cookies.clear()
    console.cookies.set("triage_console", cookie)
    assert console.get("/console", follow_redirects=False).status_code == 303
    _sign_in(console)
    assert console.get("/console", follow_redirects=False).status_code == 200
    assert [agent.disabled_at for agent in store.list()] == [None]


def test_agent_store_refuses_short_passwords_and_duplicates(engine: Engine) -> None:
    store = AgentStore(engine)
    with pytest.raises(ValueError, match="at least"):
        store.create("bob", "short")
    store.create("bob", PASSWORD)
    with pytest.raises(ValueError, match="already exists"):
        store.create("bob", PASSWORD)
    assert store.sign_in("nobody", PASSWORD) is None
    with engine.connect() as connection:
        stored = connection.execute(sa.text("SELECT password_hash FROM agents")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("BOB", "looks like the agent 'bob'"),
        ("\uff42\uff4f\uff42", "looks like the agent 'bob'"),  # fullwidth
        ("b\u043eb", "mixes Latin and Cyrillic letters"),  # a Cyrillic o
        ("\u03b2ob", "mixes Latin and Greek letters"),
    ],
)
def test_an_agent_name_that_looks_like_another_or_mixes_alphabets_is_refused(
    engine: Engine, name: str, said: str
) -> None:
    # each was created beside "bob", and the console's records ("saved by bob") could not tell them apart
    store = AgentStore(engine)
    store.create("bob", PASSWORD)
    with pytest.raises(ValueError, match=re.escape(said)):
        store.create(name, PASSWORD)
    assert [agent.name for agent in store.list()] == ["bob"]


@pytest.mark.parametrize("name", ["b\u043eb", "Ελένη Smith"])
def test_an_agent_created_before_the_alphabet_rule_still_signs_in(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # the rule refuses such a name at creation; sign-in read the name through the same check and answered "wrong name
    # or password" to an agent whose account exists, with the right password
    from serving.stores import agents

    store = AgentStore(engine)
    with monkeypatch.context() as before:
        before.setattr(agents, "_LOOK_ALIKE_ALPHABETS", ())
        store.create(name, PASSWORD)
    signed_in = store.sign_in(name, PASSWORD)
    assert signed_in is not None and signed_in.name == name


@pytest.mark.parametrize("name", ["Zoë", "Ιωάννα", "Дмитрий", "Chloé Martin-Dupont", "山田 花子"])
def test_a_name_in_one_alphabet_is_taken(engine: Engine, name: str) -> None:
    assert AgentStore(engine).create(name, PASSWORD).name == name


def test_every_risk_factor_code_has_plain_words() -> None:
    codes = {factor.code for factor in FACTORS} | {factor.unusual_code for factor in FACTORS}
    assert codes <= set(RISK_REASON_WORDS)


@pytest.mark.parametrize(
    "code",
    ["RECENT_RETURN_BURST", "HIGH_RETURN_FREQUENCY", "MANY_RETURNS_THIS_YEAR", "FREQUENT_FAULT_CLAIMS",
     "RETURNS_LATE_IN_WINDOW", "FREE_RETURN_QUOTA_USED"],
)  # fmt: skip
def test_a_count_signal_says_no_more_than_a_count_of_one_above_typical(code: str) -> None:
    # these fire from one above the typical customer's count (typically 0 or 1: models.risk_reasons): one return in
    # 30 days read "many returns in the last 30 days", one earlier fault claim "often says the shop was at fault", one
    # free return of three "free-return quota already used"
    words = RISK_REASON_WORDS[code]
    assert "than is typical" in words and not re.search(r"\b(many|often|frequent|quota)\b", words)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_policy_page_is_public_in_both_languages_and_follows_the_policy_file(
    engine: Engine, settings: Settings, tmp_path
) -> None:
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(settings.policy_path.read_text())
    settings = settings.model_copy(update={"policy_path": policy_file})
    with TestClient(create_app(lambda: console_state(settings, engine))) as client:
        english, french = client.get("/policy/en"), client.get("/policy/fr")
        assert english.status_code == 200 and french.status_code == 200
        assert "within 30 days of delivery" in english.text and '<html lang="en">' in english.text
        assert "dans les 30 jours suivant la livraison" in french.text and '<html lang="fr">' in french.text
        assert "3.95 EUR" in english.text and "3,95 EUR" in french.text
        assert "sous-vêtements" in french.text and "underwear" in english.text
        assert "elevated" not in english.text and "risk" not in english.text.lower()  # internal: never shown
        policy_file.write_text(
            policy_file.read_text().replace("  default: 30", "  default: 45").replace("count: 3", "count: 5")
        )
        changed = client.get("/policy/en").text
        assert "within 45 days of delivery" in changed and "up to 5 free returns" in changed
        assert client.get("/policy/de").status_code == 404


def test_migration_fills_the_queue_columns_of_rows_logged_before_it(tmp_path) -> None:
    from alembic import command
    from alembic.config import Config

    from serving.db import MIGRATIONS_DIR, create_db_engine, migrate

    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    item, result = triage_item(1, random.Random(0), reason={"needs_review": True}, reply={"handover": True})
    columns = "request_id, endpoint, return_id, created_at, request, response, model_versions"
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                f"INSERT INTO predictions ({columns}) VALUES ('r', 'triage', :rid, '2026-11-30', :req, :res, '{{}}')"
            ),
            {"rid": item["return_id"], "req": json.dumps(item), "res": json.dumps(result)},
        )
    migrate(engine)
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT needs_review, risk_band, lang, handover FROM predictions")).one()
    assert tuple(row) == (1, result["risk"]["band"], item["lang"], 1)


@pytest.mark.parametrize("return_id", ["R%00", "R0000001%00", "R" * 3000, "R%E2%80%8B0000001"])
def test_pages_of_ids_no_return_can_have_are_404(console: TestClient, return_id: str) -> None:
    # On PostgreSQL an id holding NUL failed the query (500); none of these is an id the API takes
    _sign_in(console)
    assert console.get(f"/console/returns/{return_id}").status_code == 404
    token = csrf_token(console.get("/console/returns/R0000001").text)
    posted = console.post(f"/console/returns/{return_id}/reason", data={"reason": "too_large", "csrf_token": token})
    assert posted.status_code == 404


@pytest.mark.parametrize("name", ["ame\x00lie", "amelie\x1b", "a" * 10_000])
def test_signing_in_with_a_name_no_agent_can_have_is_refused(console: TestClient, name: str) -> None:
    # "ame\x00lie" was a 500 on PostgreSQL, before any password was checked
    token = csrf_token(console.get("/console/sign-in").text)
    response = console.post("/console/sign-in", data={"name": name, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 401 and "Wrong name or password" in response.text


@pytest.mark.parametrize(
    ("action", "form"),
    [("decision", {"decision": "manual_review", "note": "photo\x00shows wear"}), ("reply", {"reply": "Hello\x07"})],
)
def test_notes_and_replies_with_control_characters_are_refused(
    console: TestClient, engine: Engine, action: str, form: dict[str, str]
) -> None:
    # a NUL was a 500 on PostgreSQL and stored on SQLite; the API refuses them in free text too
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    response = console.post(f"/console/returns/R0000001/{action}", data=form | {"csrf_token": token})
    assert response.status_code == 400 and "control characters" in response.text
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(feedback)).scalar_one() == 0


@pytest.mark.parametrize(("extra", "saved"), [("", True), ("x", False)], ids=["2,000 typed", "2,001 typed"])
def test_a_decision_note_is_counted_as_typed_not_as_its_line_ends_are_sent(
    console: TestClient, engine: Engine, extra: str, saved: bool
) -> None:
    # a note of 2,000 characters over 20 lines, which the field's maxlength lets an agent type, is sent with each line
    # break as CRLF: refused "at most 2000 characters", and it could not be saved
    note = "\n".join(["the seal on the lid was already broken" + "." * 62] * 21)[:2000] + extra
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    form = {"decision": "manual_review", "note": note.replace("\n", "\r\n"), "csrf_token": token}
    response = console.post("/console/returns/R0000001/decision", data=form, follow_redirects=False)
    assert (response.status_code == 303) is saved, response.text
    with engine.connect() as connection:
        notes = connection.execute(sa.select(feedback.c.note)).scalars().all()
    assert notes == ([note] if saved else [])


@pytest.mark.parametrize(
    ("action", "form", "field"),
    [
        ("decision", [("decision", "manual_review"), ("note", "\u200b\u200d\u200f\ufeff")], "note"),
        ("reply", [("reply", "\u200b \u2060")], "reply"),
        ("decision", [("decision", "manual_review"), ("note", "checked"), ("note", "<b>other</b>")], "'note'"),
        ("reason", [("reason", "too_large"), ("reason", "too_small")], "'reason'"),
    ],
)
def test_an_invisible_note_or_reply_and_a_field_sent_twice_are_refused(
    console: TestClient, engine: Engine, action: str, form: list[tuple[str, str]], field: str
) -> None:
    # each was taken: a note of zero-width characters as the reason for an override, and of a field
    # sent twice whichever copy the parser kept
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    body = urlencode([*form, ("csrf_token", token)]).encode()
    response = console.post(
        f"/console/returns/R0000001/{action}",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert response.status_code == 400 and field in html.unescape(response.text)
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(feedback)).scalar_one() == 0


@pytest.mark.parametrize(
    ("path", "fields", "uploaded"),
    [
        ("/console/returns/R0000001/decision", {"decision": "manual_review"}, "note"),
        ("/console/returns/R0000001/reply", {}, "reply"),
        ("/console/returns/R0000001/reason", {}, "reason"),
        ("/console/lists/add", {"list": "block", "kind": "sku", "note": "empty boxes"}, "value"),
        ("/console/lists/add", {"list": "block", "kind": "sku", "value": "SKU-1"}, "note"),
    ],
)
def test_a_form_field_sent_as_a_file_is_refused_naming_it(
    console: TestClient, engine: Engine, path: str, fields: dict[str, str], uploaded: str
) -> None:
    # a multipart file part was read as text by its description: "UploadFile(filename='note.txt', size=...,
    # headers=...)" was saved as the override's note, the reply sent, the block list's value or reason
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    response = console.post(
        path,
        data=fields | {"csrf_token": token},
        files={uploaded: ("typed.txt", b"too_large", "text/plain")},
        follow_redirects=False,
    )
    assert response.status_code == 400 and f"{uploaded!r} was sent as a file" in html.unescape(response.text)
    with engine.connect() as connection:
        for table in (feedback, risk_list_entries):
            assert connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def test_a_file_part_posted_after_the_session_ended_or_to_the_sign_in_is_refused_naming_it(
    console: TestClient, engine: Engine
) -> None:
    # the sign-in carried the post as text: the file part came back in the form as "UploadFile(filename=...)",
    # to be sent as the reply or the note
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    with engine.begin() as connection:
        connection.execute(agent_sessions.update().values(expires_at=datetime(2020, 1, 1)))
    upload = {"note": ("typed.txt", b"too_large", "text/plain")}
    ended = console.post(
        "/console/returns/R0000001/decision",
        data={"decision": "manual_review", "csrf_token": token},
        files=upload,
        headers={"origin": "http://testserver"},
    )
    assert ended.status_code == 400 and "'note' was sent as a file" in html.unescape(ended.text)
    assert "UploadFile" not in ended.text
    console.cookies.clear()
    signin_token = csrf_token(console.get("/console/sign-in").text)
    kept = {"resume_path": "/console/returns/R0000001/decision", "csrf_token": signin_token, "name": "amelie"}
    signed = console.post(
        "/console/sign-in",
        data=kept | {"password": PASSWORD},
        files={"kept.note": ("typed.txt", b"too_large", "text/plain")},
    )
    assert signed.status_code == 400 and "'kept.note' was sent as a file" in html.unescape(signed.text)
    assert "UploadFile" not in signed.text
    assert FeedbackStore(engine).for_return("R0000001") == []


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        (b"decision=manual_review&note=empty+box+%FF%FE", "", "The field 'note' was not sent as UTF-8 text."),
        (b"decision=manual_review&note=empty box \xe9", "", "The field 'note' was not sent as UTF-8 text."),
        (b"decision=manual_review&note=caf%E9", "; charset=latin-1", "sent in the charset 'latin-1'"),
        # a multipart text part was read as Latin-1 when it was not UTF-8
        (
            b'--b\r\nContent-Disposition: form-data; name="note"\r\n\r\ncaf\xe9\r\n'
            b'--b\r\nContent-Disposition: form-data; name="decision"\r\n\r\nmanual_review\r\n--b--\r\n',
            "multipart",
            "A field of the form was not sent as UTF-8 text.",
        ),
    ],
)
def test_a_form_that_is_not_utf8_is_refused_naming_the_field(
    console: TestClient, engine: Engine, body: bytes, content_type: str, said: str
) -> None:
    # saved without a word as other text than sent: "%FF%FE" as U+FFFD, a bare byte, another charset or a multipart
    # part as Latin-1
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    if content_type == "multipart":
        token_part = f'--b\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{token}\r\n'.encode()
        sent, header = token_part + body, "multipart/form-data; boundary=b"
    else:
        sent, header = body + f"&csrf_token={token}".encode(), f"application/x-www-form-urlencoded{content_type}"
    refused = console.post(
        "/console/returns/R0000001/decision", content=sent, headers={"content-type": header}, follow_redirects=False
    )
    assert refused.status_code == 400 and said in html.unescape(refused.text), refused.text
    assert FeedbackStore(engine).for_return("R0000001") == []
    typed = console.post(
        "/console/returns/R0000001/decision",
        data={"decision": "manual_review", "note": "café \u202e", "csrf_token": token},
        follow_redirects=False,
    )
    assert typed.status_code == 303 and FeedbackStore(engine).for_return("R0000001")[-1].note == "café \u202e"


def test_a_file_part_with_a_stale_token_is_refused_not_shown_back(console: TestClient, engine: Engine) -> None:
    # the form shown back to send again held the file part's description, "UploadFile(filename='typed.txt', ...)"
    _sign_in(console)
    refused = console.post(
        "/console/returns/R0000001/reply",
        data={"csrf_token": "stale"},
        files={"reply": ("typed.txt", b"Hello", "text/plain")},
        headers={"origin": "http://testserver"},
    )
    assert refused.status_code == 400 and "UploadFile" not in refused.text
    assert FeedbackStore(engine).for_return("R0000001") == []


@pytest.mark.parametrize("return_id", ["R?0000009", "R#0000009"])
def test_an_action_comes_back_to_its_own_return_whatever_its_id_holds(
    console: TestClient, engine: Engine, return_id: str
) -> None:
    # the redirect put the id in the path unquoted: "R?…" and "R#…" came back to return "R" (404), and
    # "R%41…" to return "RA…", another return's page (served; this client decodes a path twice)
    item, result = triage_item(9, random.Random(9), item={"return_id": return_id})
    PredictionLog(engine, b"k").record("req9", "triage", [item], [result | {"return_id": return_id}])
    _sign_in(console)
    path = f"/console/returns/{quote(return_id, safe='')}"
    page = console.get(path)
    assert page.status_code == 200
    posted = console.post(
        f"{path}/reason", data={"reason": "too_large", "csrf_token": csrf_token(page.text)}, follow_redirects=False
    )
    assert posted.status_code == 303 and posted.headers["location"].startswith(f"{path}?")
    back = console.get(posted.headers["location"])
    assert back.status_code == 200 and "Reason saved." in back.text


@pytest.mark.parametrize("return_id", ["R?0000009", "R#0000009"])  # "%": this client decodes a path twice
def test_signing_in_again_opens_the_return_whatever_its_id_holds(
    console: TestClient, engine: Engine, return_id: str
) -> None:
    # `next` quoted the already escaped path: "R?…" came back as "R%253F…", and the agent signed in to
    # "Unknown return"
    item, result = triage_item(9, random.Random(9), item={"return_id": return_id})
    PredictionLog(engine, b"k").record("req9", "triage", [item], [result | {"return_id": return_id}])
    asked = f"/console/returns/{quote(return_id, safe='')}?lang=fr"
    response = console.get(asked, follow_redirects=False)
    assert response.headers["location"] == f"/console/sign-in?{urlencode({'next': asked})}"
    form = console.get(response.headers["location"]).text
    signed = console.post(
        "/console/sign-in",
        data={"name": "amelie", "password": PASSWORD, "csrf_token": csrf_token(form), "next": asked},
        follow_redirects=False,
    )
    assert signed.headers["location"] == asked
    page = console.get(asked)
    assert page.status_code == 200 and escape(return_id) in page.text


@pytest.mark.parametrize(
    ("path", "saved", "shown"),
    [("/console/returns/R0000001", "reason", "Reason saved."), ("/console/lists", "added", "Entry added.")],
)
def test_a_saved_confirmation_shows_only_the_consoles_own_words(
    console: TestClient, path: str, saved: str, shown: str
) -> None:
    # `saved` was shown as given: a link could make the console say a sentence of its sender's
    spoof = "reason). Your session expired: call +44 20 7946 0000 to unlock it ("
    _sign_in(console)
    assert "+44 20" not in console.get(path, params={"saved": spoof}).text
    assert shown in console.get(path, params={"saved": saved}).text


def test_a_return_reads_in_agents_words(console: TestClient, engine: Engine) -> None:
    _sign_in(console)
    queue = console.get("/console", params={"reason": "too_small"}).text
    assert "too small/tight/short, runs small" in queue  # the suggested reason's meaning, not only its code
    assert '<option value="too_small" selected>too small — too small/tight/short, runs small</option>' in queue
    assert 'data-code="too_small">too small</strong>' in queue and ">too_small<" not in queue
    page = console.get("/console/returns/R0000001").text
    code, words = re.search(r'id="suggested-reason" data-code="(\w+)">([^<]+)<', page).groups()
    assert words == code.replace("_", " ")  # "poor quality", not "poor_quality"
    item, result = triage_item(
        8, random.Random(8), item={"product_category": "small_appliances", "reason_code": "poor_quality"}
    )
    PredictionLog(engine, b"k").record("req-8", "triage", [item], [result])
    page = console.get("/console/returns/R0000008").text
    assert "<dt>Category</dt><dd>small appliances</dd>" in page and '<dd id="form-reason">poor quality — ' in page
    assert "small appliances · " in console.get("/console").text
    assert "2026-10-03 10:00 UTC" in page and "2026-10-03T10:00" not in page
    assert "(6 days after delivery)" in page  # requested 2026-10-09: the agent counted the window by hand
    assert re.search(r"<dt>Price</dt><dd>\d+\.\d\d (EUR|GBP)</dd>", page)
    assert 'id="name-field"' not in page  # this draft greets no one by name
    named_draft = {"body": "Dear {customer_name},\n\nyour refund is on its way."}
    item, result = triage_item(9, random.Random(9), reply=named_draft)
    PredictionLog(engine, b"k").record("req-9", "triage", [item], [result])
    named = console.get("/console/returns/R0000009").text
    assert 'id="name-field"' in named and "Dear {customer_name}," in named


def test_a_refused_action_keeps_what_the_agent_entered(console: TestClient) -> None:
    # the page came back with the suggested decision selected and the draft in place of the agent's edited reply
    _sign_in(console)
    page = console.get("/console/returns/R0000001").text
    token = csrf_token(page)
    model_decision = re.search(r'decision-(\w+)">', page).group(1)
    other = next(code for code in ("free_return", "reject") if code != model_decision)
    refused = console.post("/console/returns/R0000001/decision", data={"decision": other, "csrf_token": token})
    assert refused.status_code == 400
    assert f'<option value="{other}" selected>' in refused.text
    assert 'data-field="note">Not saved. Note: a note is required' in refused.text
    # the note field, far below that message, opens focused (the keyboard's next key types in it), with the message
    assert 'id="decision-note" autofocus aria-invalid="true" aria-describedby="note-error">' in refused.text
    assert '<p class="error small" id="note-error">A note is required when the decision' in refused.text
    assert refused.text.count("autofocus") == 1
    edited = "Hello Sam,\n\nyour refund is on its way.\x07"
    refused = console.post("/console/returns/R0000001/reply", data={"reply": edited, "csrf_token": token})
    assert refused.status_code == 400 and "your refund is on its way." in refused.text
    refused_reply = r'id="reply-text"[^>]* autofocus aria-invalid="true" aria-describedby="reply-error">'
    assert re.search(refused_reply, refused.text)
    assert "autofocus" not in console.get("/console/returns/R0000001").text


def test_a_french_return_is_marked_french_for_the_browser(console: TestClient, engine: Engine) -> None:
    # the page is lang="en": a French draft was spell-checked, and read aloud, as English
    item, result = triage_item(8, random.Random(8), item={"lang": "fr"}, reply={"lang": "fr", "body": "Bonjour,"})
    PredictionLog(engine, b"k").record("req-8", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000008").text
    assert '<textarea name="reply" rows="12" maxlength="5000" id="reply-text" lang="fr">Bonjour,' in page
    assert 'id="customer-text" lang="fr">' in page and "<dt>Language</dt><dd>French</dd>" in page
    assert '<option value="fr" >French</option>' in console.get("/console").text


def test_the_queue_filters_by_whether_the_reply_was_sent(console: TestClient) -> None:
    # an agent working the queue could not leave out the returns already answered
    _sign_in(console)
    page = console.get("/console/returns/R0000002").text
    console.post("/console/returns/R0000002/reply", data={"reply": "Hello, done.", "csrf_token": csrf_token(page)})
    console.post("/console/returns/R0000003/reason", data={"reason": "too_large", "csrf_token": csrf_token(page)})
    open_ones = console.get("/console", params={"replied": "false"}).text
    assert "R0000001" in open_ones and "R0000003" in open_ones and "R0000002" not in open_ones
    assert '<option value="false" selected>not sent yet</option>' in open_ones
    answered = console.get("/console", params={"replied": "true"}).text
    assert "R0000002" in answered and "R0000001" not in answered and "R0000003" not in answered
    on_first = console.get("/console/returns/R0000003", params={"replied": "false"}).text
    assert 'id="next-return" href="/console/returns/R0000001?replied=false"' in on_first  # skips R0000002


def test_a_reply_sent_and_an_inspection_stay_after_records_that_say_nothing_of_them(
    console: TestClient, engine: Engine
) -> None:
    # a returns system's record of the inspection (POST /feedback, no reply_status) made the return's page say
    # "Reply: not sent yet" and offer to send the reply again, while the queue counted it sent; an agent tool's record
    # after it dropped the inspection from the newest record, which monitoring reads
    _sign_in(console)
    page = console.get("/console/returns/R0000002").text
    console.post("/console/returns/R0000002/reply", data={"reply": "Hello, done.", "csrf_token": csrf_token(page)})
    inspected = FeedbackRecord(
        return_id="R0000002", agent_id="warehouse", reason_accepted=True, inspection_outcome="ok"
    )
    store = FeedbackStore(engine)
    first = store.add_with_history(inspected)
    assert store.add_with_history(inspected) == first  # a retry stores nothing
    latest = store.latest(["R0000002"])["R0000002"]
    assert (latest.reply_status, latest.edited_reply, latest.inspection_outcome) == ("edited", "Hello, done.", "ok")
    assert "<dt>Reply</dt><dd>edited</dd>" in console.get("/console/returns/R0000002").text
    assert "R0000002" in console.get("/console", params={"replied": "true"}).text
    store.add_with_history(FeedbackRecord("R0000002", "crm", reason_accepted=False, corrected_reason="defective"))
    latest = store.latest(["R0000002"])["R0000002"]
    assert (latest.corrected_reason, latest.reply_status, latest.inspection_outcome) == ("defective", "edited", "ok")
    assert read_feedback(engine).set_index("return_id").loc["R0000002", "inspection_outcome"] == "ok"
    # a record that says what became of the reply or the inspection is stored as it says
    store.add(replace(inspected, reply_status="not_sent", inspection_outcome="worn"))
    latest = store.latest(["R0000002"])["R0000002"]
    assert (latest.reply_status, latest.inspection_outcome) == ("not_sent", "worn")


def test_an_agents_corrected_reason_and_decision_stay_after_a_record_that_says_nothing_of_the_reason(
    console: TestClient, engine: Engine
) -> None:
    # reason_accepted was required, so a warehouse's inspection record said true: the page then read "the suggested
    # reason, accepted", "Decision: as suggested", and retraining and monitoring (newest record) lost the correction
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000003").text)
    console.post("/console/returns/R0000003/reason", data={"reason": "defective", "csrf_token": token})
    console.post(
        "/console/returns/R0000003/decision", data={"decision": "reject", "note": "seam torn", "csrf_token": token}
    )
    store = FeedbackStore(engine)
    corrected = store.latest(["R0000003"])["R0000003"]
    inspected = FeedbackRecord("R0000003", "warehouse", reason_accepted=None, inspection_outcome="damaged")
    first = store.add_with_history(inspected)
    assert store.add_with_history(inspected) == first  # a retry stores nothing
    latest = store.latest(["R0000003"])["R0000003"]
    assert latest == replace(corrected, agent_id="warehouse", note=None, inspection_outcome="damaged")
    page = console.get("/console/returns/R0000003").text
    assert "corrected to <strong>" in page and "the suggested reason, accepted" not in page
    assert read_feedback(engine).set_index("return_id").loc["R0000003", "corrected_reason"] == "defective"
    # a record naming a decision keeps the reason and its own decision, made for that reason (it was stored as made
    # for the suggested one: the page said no "(for ...)"); one saying the reason is stored as it says
    store.add(replace(inspected, final_decision="manual_review"))
    latest = store.latest(["R0000003"])["R0000003"]
    assert (latest.corrected_reason, latest.final_decision, latest.decision_reason) == (
        "defective",
        "manual_review",
        "defective",
    )
    assert re.search(r"<dt>Decision</dt><dd>[^<]* \(for [^)]+\)", console.get("/console/returns/R0000003").text)
    store.add(replace(inspected, reason_accepted=True))
    latest = store.latest(["R0000003"])["R0000003"]
    assert (latest.reason_accepted, latest.corrected_reason, latest.final_decision) == (True, None, None)
    # with no earlier record there is no reason to keep
    with pytest.raises(ReasonUnsaid, match="reason_accepted is required"):
        store.add(replace(inspected, return_id="R0000001"))
    assert store.for_return("R0000001") == []


def test_a_queue_row_reads_the_rules_that_matter_and_what_its_risk_band_means(
    console: TestClient, engine: Engine, settings: Settings
) -> None:
    # the row showed every rule's code (RISK_BAND_HIGH WITHIN_RETURN_WINDOW ...), their sentences only on
    # hover, and the risk as a band name and, on the return's page, a bare score
    policy = load_policy(settings.policy_path)
    bands = list(policy.risk_bands)
    high = next(band for band in bands if not band.free_returns and band != policy.top_band)
    risks = [RiskReason("SIZE_BRACKETING", "x"), RiskReason("NEW_ACCOUNT", "y"), NO_HISTORY]
    request = ReturnContext("dresses", 59.0, "EUR", date(2026, 10, 3), date(2026, 10, 9))
    made = decide(request, "no_longer_needed", 0.9, high.min_score, risks, HistorySummary(), policy)
    sentences = {rule.code: str(escape(rule.sentence)) for rule in made.rules}
    item, result = triage_item(
        7,
        random.Random(7),
        risk={"band": high.name, "score": high.min_score, "reason_codes": [risk.code for risk in risks]},
        decision={"code": made.code.value, "rules": [{"code": r.code, "sentence": r.sentence} for r in made.rules]},
    )
    PredictionLog(engine, b"k").record("req-7", "triage", [item], [result])
    _sign_in(console)
    queue = console.get("/console", params={"risk_band": high.name}).text
    row = re.search(r'data-return-id="R0000007">(.*?)</tr>', queue, re.S).group(1)
    shown = re.search(r'<ul class="plain small rules-to-read">(.*?)</ul>', row, re.S).group(1)
    assert sentences["RISK_BAND_NO_FREE_RETURN"] in shown and sentences["RISK_WARNING"] in shown
    assert sentences["WITHIN_RETURN_WINDOW"] not in shown and sentences[band_rule_code(high.name)] not in shown
    assert f"all {len(made.rules)} rules</summary>" in row and "<code" not in row
    assert "2 signals raised the score" in sentences["RISK_WARNING"]  # as the risk column counts them
    assert f'{high.name} risk</span> <span class="risk-signals">2 signals</span>' in row
    assert 'title="no free return label; the decision warns when a signal raised the score"' in row
    page = console.get("/console/returns/R0000007").text
    assert '<div class="muted small band-effect">no free return label; the decision warns' in page
    upper = bands[bands.index(high) + 1].min_score
    assert f"Abuse score {high.min_score:.2f} (this band: scores {high.min_score:g} to {upper:g})." in page


def test_a_return_page_says_the_abuse_score_within_its_band(
    console: TestClient, engine: Engine, settings: Settings
) -> None:
    # to two decimals, a score just below the next band's edge read "Abuse score 0.06 (this band: scores 0 to 0.06)"
    policy = load_policy(settings.policy_path)
    low, elevated = policy.risk_bands[0], policy.risk_bands[1]
    score = elevated.min_score - 0.0002
    item, result = triage_item(7, random.Random(7), risk={"band": low.name, "score": score, "reason_codes": []})
    PredictionLog(engine, b"k").record("req-7", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000007").text
    said = re.search(r'id="risk-score">Abuse score ([\d.]+) \(this band: scores', page).group(1)
    assert policy.band_of(float(said)) == low and float(said) == pytest.approx(score, abs=1e-4), said


def test_a_queue_row_leaves_out_the_list_rules_it_says_elsewhere(settings: Settings) -> None:
    # an allowed return's row said "on the allow list: decided as in the lowest risk band" twice, a blocked
    # one its review twice: with the entry's who and why the row took 15 lines at 1280 px
    policy = load_policy(settings.policy_path)
    request = ReturnContext("dresses", 59.0, "EUR", date(2026, 10, 3), date(2026, 10, 9))
    added = datetime(2026, 10, 1, 9, 30)
    for list_name, shown, left in (("allow", (), "ALLOW_LIST"), ("block", ("BLOCK_LIST",), "BLOCK_LIST_REVIEW")):
        hit = ListHit(list_name, "customer", "lea", added, "three empty boxes")
        made = decide(request, "no_longer_needed", 0.9, 0.01, [], HistorySummary(), policy, list_hits=[hit])
        rules = [(rule.code, rule.sentence) for rule in made.rules]
        read = rules_to_read(rules, made.risk_band)
        assert [code for code, sentence in rules if sentence in read and code.endswith("LIST")] == list(shown)
        assert dict(rules)[left] not in read


def test_rule_sentences_logged_with_codes_read_in_words(console: TestClient, engine: Engine) -> None:
    # rows logged before the sentences named reasons in words keep "(poor_quality)" for the retention period
    logged = [
        {
            "code": "REASON_MISMATCH",
            "sentence": "The reason ticked (wrong_item) and the reason written (poor_quality) disagree.",
        },
        {"code": "OUTSIDE_RETURN_WINDOW", "sentence": "Returns of small_appliances must be requested within 14 days."},
    ]
    item, result = triage_item(21, random.Random(21), decision={"rules": logged})
    PredictionLog(engine, b"k").record("req-21", "triage", [item], [result])
    _sign_in(console)
    for page in (console.get("/console").text, console.get("/console/returns/R0000021").text):
        assert "The reason ticked (wrong item) and the reason written (poor quality) disagree." in page
        assert "Returns of small appliances must be requested" in page and "_" not in "".join(
            re.findall(r"<li[^>]*>([^<]*)</li>", page)
        )


def test_a_long_text_takes_two_columns_of_the_return_page(console: TestClient, engine: Engine) -> None:
    # an 800-character review took 30 lines in a third of the page, a box showing 12 at 1280x720
    review = "The listing says 100% linen and that is the whole reason I bought it. " * 12
    item, result = triage_item(22, random.Random(22), item={"reason_text": review})
    PredictionLog(engine, b"k").record("req-22", "triage", [item], [result])
    _sign_in(console)
    assert '<section class="card long-text" id="request">' in console.get("/console/returns/R0000022").text
    assert '<section class="card" id="request">' in console.get("/console/returns/R0000001").text


def test_a_database_that_cannot_be_reached_is_a_page_saying_nothing_was_saved(
    console: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the agent got a bare "Internal Server Error" and could not tell whether the reply was saved
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)

    def unreachable(*_args: object) -> None:
        raise sa.exc.OperationalError("INSERT INTO feedback", {}, ConnectionRefusedError("database down"))

    monkeypatch.setattr(FeedbackStore, "add_with_history", unreachable)
    sent = console.post("/console/returns/R0000001/reply", data={"reply": "Hello", "csrf_token": token})
    assert sent.status_code == 503 and "nothing was saved" in sent.text and "Database unavailable" in sent.text
    assert sent.headers["content-security-policy"] and "INSERT" not in sent.text
    monkeypatch.setattr(AgentStore, "session", unreachable)
    assert console.get("/console").status_code == 503


def test_an_empty_console_says_why_it_is_empty(engine: Engine, settings: Settings) -> None:
    # a new shop's queue said "No triaged returns match these filters." with no filter set
    AgentStore(engine).create("amelie", PASSWORD)
    with TestClient(create_app(lambda: console_state(settings, engine)), base_url="http://testserver") as client:
        _sign_in(client)
        assert "No return has been triaged yet" in client.get("/console").text
        assert "No triaged returns match these filters." in client.get("/console", params={"lang": "fr"}).text
        analytics = client.get("/console/analytics")
        assert analytics.status_code == 200 and 'id="no-history"' in analytics.text
        # the quality card said "The SKUs closest to an alert:" over an empty table
        tested = analytics.text.split('id="no-quality-alert">')[1].split("</p>")[0]
        assert tested == "No SKU could be tested: none has 4 or more returns in the recent window."
        assert 'id="quality-alerts"' not in analytics.text


def test_each_risk_band_says_what_it_does_to_a_decision(settings: Settings) -> None:
    policy = load_policy(settings.policy_path)
    words = band_words(policy)
    assert list(words) == [band.name for band in policy.risk_bands]
    assert words[policy.top_band.name].effect == "a person reviews every return in this band"
    assert words[policy.top_band.name].scores == f"scores {policy.top_band.min_score:g} and up"
    assert words[policy.risk_bands[0].name].effect == "no risk rule applies"


def test_a_band_says_its_edges_as_the_policy_writes_them(settings: Settings) -> None:
    # `policy tune` writes edges such as 0.124 / 0.35; to two decimals the elevated band read "scores 0.12 to 0.35"
    # while a score of 0.12 was low
    policy = load_policy(settings.policy_path)
    edges = [0.0, 0.0615, 0.124, 0.35]
    bands = [band.model_copy(update={"min_score": edge}) for band, edge in zip(policy.risk_bands, edges, strict=True)]
    tuned = policy.model_copy(update={"risk_bands": bands})
    words = band_words(tuned)
    assert [words[band.name].scores for band in tuned.risk_bands] == [
        "scores 0 to 0.0615", "scores 0.0615 to 0.124", "scores 0.124 to 0.35", "scores 0.35 and up"
    ]  # fmt: skip


def test_a_form_with_a_stale_token_from_the_consoles_own_page_comes_back_filled_in(
    console: TestClient, engine: Engine
) -> None:
    # the page said "Reload the page": an agent who had signed in again in another tab lost the edited reply
    _sign_in(console)
    old_token = csrf_token(console.get("/console/returns/R0000001").text)
    console.cookies.clear()
    _sign_in(console)  # a new session: the open page's token no longer holds
    own_page = {"origin": "http://testserver"}
    edited = "Hello Sam,\n\nyour refund is on its way <b>today</b>."
    path = "/console/returns/R0000001"
    refused = console.post(f"{path}/reply", data={"reply": edited, "csrf_token": old_token}, headers=own_page)
    assert refused.status_code == 403 and 'id="stale-form"' in refused.text
    # console.js puts the page's own address in the address bar: a reload opened the form's POST again
    assert 'data-page-url="/console/returns/R0000001?"' in refused.text
    assert "your refund is on its way &lt;b&gt;today&lt;/b&gt;.</textarea>" in refused.text
    refused = console.post(
        f"{path}/decision", data={"decision": "reject", "note": "worn", "csrf_token": old_token}, headers=own_page
    )
    assert '<option value="reject" selected>' in refused.text and ">worn</textarea>" in refused.text
    assert FeedbackStore(engine).for_return("R0000001") == []
    token = csrf_token(refused.text)
    assert token != old_token
    sent = console.post(
        f"{path}/reply", data={"reply": edited, "csrf_token": token}, headers=own_page, follow_redirects=False
    )
    assert sent.status_code == 303
    assert FeedbackStore(engine).for_return("R0000001")[-1].edited_reply == edited
    # Another site's form, or a browser that names no origin: refused bare, nothing posted shown back
    for headers in ({"origin": "https://attacker.example"}, {}):
        bare = console.post(f"{path}/reply", data={"reply": "Pay to IBAN X", "csrf_token": old_token}, headers=headers)
        assert bare.status_code == 403 and "Form refused" in bare.text and "IBAN" not in bare.text
    assert len(FeedbackStore(engine).for_return("R0000001")) == 1


def test_a_form_posted_from_another_site_is_refused_though_its_cookie_and_token_hold(
    console: TestClient, engine: Engine
) -> None:
    # another site's page posting with the session's cookie and token was taken (303): the token was the one wall
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    path = "/console/returns/R0000001"
    forms = {
        f"{path}/reason": {"reason": "defective"},
        f"{path}/decision": {"decision": "reject", "note": "worn"},
        f"{path}/reply": {"reply": "Pay to IBAN X"},
        "/console/lists/add": {"list": "block", "kind": "sku", "value": "SKU-0042-M", "note": "seams open"},
        "/console/sign-out": {},
        "/console/session/extend": {},
    }
    elsewhere = (
        {"origin": "https://attacker.example"},
        {"origin": "null"},  # a sandboxed frame or a page opened from a file
        {"referer": "https://attacker.example/win-a-prize"},  # a browser that sends no Origin names the page
        {"origin": "http://testserver.attacker.example", "referer": "http://testserver/console"},
        # no URL (urlsplit's "Invalid IPv6 URL"): both were 500s on every form
        {"referer": "http://[::1"},
        {"origin": "http://[::1"},
    )
    for form, fields in forms.items():
        for headers in elsewhere:
            refused = console.post(form, data=fields | {"csrf_token": token}, headers=headers, follow_redirects=False)
            assert refused.status_code == 403, (form, headers)
            assert "sent from another site" in refused.text and "Nothing was saved" in refused.text, form
            assert "IBAN" not in refused.text and refused.headers.get("x-frame-options") == "DENY"
    assert FeedbackStore(engine).for_return("R0000001") == []
    assert "SKU-0042-M" not in console.get("/console/lists").text
    assert console.get("/console", follow_redirects=False).status_code == 200  # still signed in
    # The console's own pages: the Origin names this host, or the Referer does when a browser sends no Origin;
    # a caller that sends neither (no browser leaves both out of a cross-site post) is judged by the token alone
    for headers in ({"origin": "http://testserver"}, {"referer": f"http://testserver{path}"}, {}):
        taken = console.post(
            f"{path}/reason", data={"reason": "too_small", "csrf_token": token}, headers=headers, follow_redirects=False
        )
        assert taken.status_code == 303, headers
    # Signing in from another site's form is refused the same way
    console.cookies.clear()
    signin_token = csrf_token(console.get("/console/sign-in").text)
    signed = console.post(
        "/console/sign-in",
        data={"name": "amelie", "password": PASSWORD, "csrf_token": signin_token},
        headers={"origin": "https://attacker.example"},
        follow_redirects=False,
    )
    assert signed.status_code == 403 and "sent from another site" in signed.text
    assert console.get("/console", follow_redirects=False).status_code == 303  # not signed in


def test_behind_a_proxy_the_console_takes_forms_from_the_origin_its_setting_names(
    engine: Engine, settings: Settings
) -> None:
    # a proxy that passes its own upstream address as the Host: the browser's Origin names the public address
    AgentStore(engine).create("amelie", PASSWORD)
    public = settings.model_copy(update={"console_origin": "https://returns.shop.example"})
    # https: the client plays the browser, which keeps the cookies (Secure, as the setting names https) for https only
    with TestClient(create_app(lambda: console_state(public, engine)), base_url="https://127.0.0.1:3000") as client:
        _sign_in(client)
        token = csrf_token(client.get("/console").text)
        # the session is not near its end: taken, it is 409 "cannot be extended"
        for origin, status in (("https://returns.shop.example", 409), ("http://127.0.0.1:3000", 403)):
            answer = client.post(
                "/console/session/extend",
                data={"csrf_token": token},
                headers={"origin": origin},
                follow_redirects=False,
            )
            assert answer.status_code == status, origin


def test_behind_a_proxy_ending_tls_the_console_cookies_are_secure(engine: Engine, settings: Settings) -> None:
    # the proxy speaks plain http to the service (its X-Forwarded-Proto trusted from 127.0.0.1 only): the sign-in and
    # session cookies went out without Secure, so a browser sent the session to http://returns.shop.example too
    AgentStore(engine).create("amelie", PASSWORD)
    public = settings.model_copy(update={"console_origin": "https://returns.shop.example"})
    with TestClient(create_app(lambda: console_state(public, engine)), base_url="http://127.0.0.1:3000") as client:
        page = client.get("/console/sign-in")
        assert "Secure" in page.headers["set-cookie"]
        signed = client.post(
            "/console/sign-in",
            data={"name": "amelie", "password": PASSWORD, "csrf_token": csrf_token(page.text)},
            headers={
                "origin": public.console_origin,
                "cookie": f"{SIGNIN_CSRF_COOKIE}={page.cookies[SIGNIN_CSRF_COOKIE]}",
            },
            follow_redirects=False,
        )
        assert signed.status_code == 303
        session = next(cookie for cookie in signed.headers.get_list("set-cookie") if cookie.startswith(SESSION_COOKIE))
        assert "Secure" in session


def test_the_console_origin_setting_is_an_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_CONSOLE_ORIGIN", "https://returns.shop.example/console")
    with pytest.raises(ValidationError, match="console_origin"):
        Settings()
    monkeypatch.setenv("TRIAGE_CONSOLE_ORIGIN", "https://Returns.Shop.example:8443/")
    assert Settings().console_origin == "https://returns.shop.example:8443"


def _hidden_inputs(html_text: str) -> list[tuple[str, str]]:
    return [
        (name, html.unescape(value))
        for name, value in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', html_text)
    ]


def test_a_reply_sent_after_the_session_ended_comes_back_after_signing_in_again(
    console: TestClient, engine: Engine
) -> None:
    # an agent who edited a reply past the session's end was sent to sign in and lost the text
    _sign_in(console)
    path = "/console/returns/R0000001"
    token = csrf_token(console.get(f"{path}?reason=defective").text)
    with engine.begin() as connection:
        connection.execute(agent_sessions.update().values(expires_at=datetime(2020, 1, 1)))
    own_page = {"origin": "http://testserver"}
    edited = 'Hello Sam,\n\nyour refund is on its way <b>today</b> & "soon".'
    ended = console.post(
        f"{path}/reply?reason=defective", data={"reply": edited, "csrf_token": token}, headers=own_page
    )
    assert ended.status_code == 401 and "Your session has ended" in ended.text
    kept = _hidden_inputs(ended.text)
    assert ("kept.reply", edited) in kept and ("resume_query", "reason=defective") in kept
    assert token not in ended.text  # the old session's token is not carried
    assert FeedbackStore(engine).for_return("R0000001") == []
    wrong = console.post("/console/sign-in", data=dict(kept) | {"name": "amelie", "password": "wrong"})
    assert wrong.status_code == 401 and ("kept.reply", edited) in _hidden_inputs(wrong.text)
    resumed = console.post(
        "/console/sign-in", data=dict(_hidden_inputs(wrong.text)) | {"name": "amelie", "password": PASSWORD}
    )
    assert resumed.status_code == 200 and 'id="stale-form"' in resumed.text
    assert f"{escape(edited)}</textarea>" in resumed.text
    assert "reason=defective" in resumed.text  # the queue filters the page was opened with
    assert FeedbackStore(engine).for_return("R0000001") == []  # shown to check, not saved
    sent = console.post(
        f"{path}/reply", data={"reply": edited, "csrf_token": csrf_token(resumed.text)}, follow_redirects=False
    )
    assert sent.status_code == 303 and FeedbackStore(engine).for_return("R0000001")[-1].edited_reply == edited


def test_a_post_after_the_session_ended_is_kept_only_for_the_consoles_own_forms(console: TestClient) -> None:
    _sign_in(console)
    token = csrf_token(console.get("/console").text)
    console.cookies.clear()
    # no Origin: the usual redirect, nothing posted shown back (another site's form is refused before, 403)
    bare = console.post("/console/returns/R0000001/reply", data={"reply": "Pay to IBAN X"}, follow_redirects=False)
    assert bare.status_code == 303 and bare.headers["location"] == "/console/sign-in"
    foreign = {"origin": "https://attacker.example"}
    bare = console.post("/console/returns/R0000001/reply", data={"reply": "Pay to IBAN X"}, headers=foreign)
    assert bare.status_code == 403 and "IBAN" not in bare.text
    # a sign-in naming a path that is no console form opens the queue, whatever it carries
    signin_token = csrf_token(console.get("/console/sign-in").text)
    for resume_path in ("/console", "//attacker.example/console/returns/R1/reply", "/console/sign-out"):
        signed = console.post(
            "/console/sign-in",
            data={
                "name": "amelie",
                "password": PASSWORD,
                "csrf_token": signin_token,
                "resume_path": resume_path,
                "kept.csrf_token": token,
            },
            follow_redirects=False,
        )
        assert signed.status_code == 303 and signed.headers["location"] == "/console"
        console.cookies.clear()
        signin_token = csrf_token(console.get("/console/sign-in").text)


def test_a_list_entry_sent_after_the_session_ended_comes_back_after_signing_in_again(console: TestClient) -> None:
    _sign_in(console)
    token = csrf_token(console.get("/console/lists").text)
    console.cookies.clear()
    entry = {
        "list": "block",
        "kind": "sku",
        "value": "SKU-0042-M",
        "note": "seams open on three returns",
        "csrf_token": token,
    }
    ended = console.post("/console/lists/add", data=entry, headers={"origin": "http://testserver"})
    assert ended.status_code == 401
    resumed = console.post(
        "/console/sign-in", data=dict(_hidden_inputs(ended.text)) | {"name": "amelie", "password": PASSWORD}
    )
    assert (
        resumed.status_code == 200
        and 'value="SKU-0042-M"' in resumed.text
        and "seams open on three returns" in resumed.text
    )


def test_the_queues_first_return_opens_with_the_key_that_opens_the_next(console: TestClient) -> None:
    # "n" worked on a return's page only: from the queue the agent tabbed through the menu and 8 filters first
    _sign_in(console)
    queue = console.get("/console", params={"lang": "fr"}).text
    first = re.search(r'data-return-id="(R\d+)"', queue).group(1)
    assert queue.count('id="next-return"') == 1
    assert f'<a class="return-id" href="/console/returns/{first}?lang=fr" id="next-return">' in queue
    empty = console.get("/console", params={"lang": "fr", "reason": "arrived_late", "handover": "true"}).text
    assert 'id="next-return"' not in empty and "No triaged returns match these filters." in empty


def test_an_agent_sees_the_customers_other_returns_by_pseudonym_only(console: TestClient, engine: Engine) -> None:
    # the queue showed no customer at all: a third complaint in a week read like a first one
    rng = random.Random(11)
    same = [triage_item(number, rng, item={"customer_id": "C424242"}) for number in (11, 12, 13)]
    PredictionLog(engine, b"k").record("req-c", "triage", [p[0] for p in same], [p[1] for p in same])
    _sign_in(console)
    page = console.get("/console/returns/R0000013").text
    others = re.search(r'<ul class="plain small" id="other-returns">(.*?)</ul>', page, re.S).group(1)
    assert re.findall(r">(R\d+)</a>", others) == ["R0000012", "R0000011"]  # newest first, this one left out
    queue = console.get("/console").text
    link = re.search(
        r'<a class="customer-returns" href="/console\?customer=([0-9a-f]{64})">3 returns from this customer</a>', queue
    )
    assert link and queue.count("3 returns from this customer") == 3
    mine = console.get("/console", params={"customer": link.group(1)}).text
    assert re.findall(r'data-return-id="(R\d+)"', mine) == ["R0000013", "R0000012", "R0000011"]
    assert "all from one customer" in mine and 'name="customer" value="' in mine  # kept when filtering further
    assert "C424242" not in page + queue + mine  # the log's pseudonym, never the customer's id
    alone = console.get("/console/returns/R0000001").text
    assert "None in the console: this is the first return triaged for this customer." in alone
    refused = console.get("/console", params={"customer": "C424242"})
    assert refused.status_code == 400 and "customer" in refused.text


def test_a_return_says_why_a_person_should_answer_and_what_the_customer_asks(
    console: TestClient, engine: Engine
) -> None:
    # the reply's handover reasons and open requests were in the log but on no page; the product, the
    # form's reason and its mismatch with the text neither
    item, result = triage_item(
        6,
        random.Random(6),
        item={"product_name": "Vera Sage Trainers", "size": "39", "reason_code": "no_longer_needed", "lang": "fr"},
        reason={"code": "defective", "mismatch": True, "picked_code": "no_longer_needed"},
        reply={
            "lang": "fr",
            "handover": True,
            "handover_reasons": ["angry", "tone"],
            "requests": ["call_me", "refund_delivery"],
        },
    )
    PredictionLog(engine, b"k").record("req-6", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000006").text
    assert '<dd id="product"><bdi>Vera Sage Trainers</bdi>, size 39</dd>' in page
    assert "no longer needed — changed mind, disliked" in page and "the text says otherwise" in page
    assert "the customer sounds angry; sounds upset (tone model)." in page
    assert "the customer asks to be called; asks for the delivery cost back." in page
    assert 'id="reply-language">draft in French</span>' in page
    row = re.search(r'data-return-id="R0000006">(.*?)</tr>', console.get("/console").text, re.S).group(1)
    assert "Also asks to be called; asks for the delivery cost back." in row and "sounds angry" in row


def test_a_return_without_a_product_name_still_shows_the_size_ordered(console: TestClient, engine: Engine) -> None:
    # the size sat on the product's line only, so a request naming no product hid the size the reply's exchange
    # offer starts from
    item, result = triage_item(7, random.Random(7), item={"size": "<M>"})
    PredictionLog(engine, b"k").record("req-7", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000007").text
    assert '<dt>Size</dt><dd id="size">&lt;M&gt;</dd>' in page and 'id="product"' not in page


def test_every_handover_and_request_kind_has_plain_words() -> None:
    assert set(HANDOVER_KINDS) | {"tone"} == set(HANDOVER_WORDS)
    assert set(REQUEST_KINDS) == set(REQUEST_WORDS)


def test_an_unsure_reason_is_corrected_in_one_click_and_reaches_what_monitoring_reads(
    console: TestClient, engine: Engine
) -> None:
    # the page showed the model's confidence only: correcting meant finding the reason among eleven in a list
    top3 = [{"code": "too_small", "probability": 0.45}, {"code": "too_large", "probability": 0.35}]
    unsure = {"code": "too_small", "confidence": 0.45, "needs_review": True, "top3": [*top3, {"code": "gone"}]}
    unsure["top3"][-1]["probability"] = 0.1  # a code an older model knew: no button
    unsure["top3"].append({"code": "defective", "probability": 0.04})  # too unlikely for a button
    item, result = triage_item(30, random.Random(30), reason=unsure, decision={"code": "free_return"})
    PredictionLog(engine, b"k").record("req-30", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000030?lang=fr").text
    readings = re.search(r'<div class="other-readings" id="other-readings">(.*?)</div>', page, re.S).group(1)
    assert re.findall(r'name="reason" value="(\w+)"', readings) == ["too_large"]
    assert 'data-shortcut="1"' in readings and "35%" in readings and "gone" not in readings
    assert "(the classifier's scores: too small 45%)" in readings  # beside the confidence model's 45%
    assert 'id="decision-follows"' not in page and 'id="reason-saved"' not in page
    posted = console.post(
        "/console/returns/R0000030/reason?lang=fr",
        data={"reason": "too_large", "csrf_token": csrf_token(page)},
        follow_redirects=False,
    )
    assert posted.status_code == 303
    judged = read_feedback(engine, ["R0000030"]).iloc[0]  # what monitoring's reason accuracy and retraining read
    assert (bool(judged["reason_accepted"]), judged["corrected_reason"]) == (False, "too_large")
    page = console.get(posted.headers["location"]).text
    assert "corrected to <strong>too large</strong>" in page.split('id="reason-saved"')[1].split("</p>")[0]
    follows = page.split('id="decision-follows"')[1].split("</div>")[0]
    assert "<strong>too small</strong>" in follows and "<strong>too large</strong>" in follows
    assert "shop's fault" not in follows  # the policy reads both reasons alike
    assert "not for the saved reason <strong>too large</strong>:" in page.split('id="draft-follows"')[1]
    console.post("/console/returns/R0000030/reason", data={"reason": "defective", "csrf_token": csrf_token(page)})
    follows = console.get("/console/returns/R0000030").text.split('id="decision-follows"')[1].split("</div>")[0]
    assert "counts defective as the shop&#39;s fault and too small not" in follows


def test_a_correction_names_what_the_policy_reads_differently(settings: Settings) -> None:
    policy = load_policy(settings.policy_path)
    assert correction_effect(policy, "too_small", "too_large", ["WITHIN_RETURN_WINDOW"]) is None
    assert "counts defective as the shop's fault and too small not" in correction_effect(
        policy, "too_small", "defective", []
    )
    assert "may not hold" in correction_effect(policy, "defective", "no_longer_needed", [])
    # the customer's words made it the shop's fault whatever the reason: the correction changes nothing there
    assert correction_effect(policy, "too_small", "defective", ["FAULT_DESCRIBED"]) is None


def test_a_page_tells_the_browser_when_the_session_ends(console: TestClient, engine: Engine) -> None:
    # an agent typing a long reply learned that the session had ended only on the sign-in page
    assert 'id="session-ends"' not in console.get("/console/sign-in").text
    _sign_in(console)
    ends = datetime.now(UTC) + timedelta(minutes=5)
    with engine.begin() as connection:
        connection.execute(agent_sessions.update().values(expires_at=ends))
    for path in ("/console", "/console/returns/R0000001", "/console/lists"):
        banner = re.search(r'<div class="session-ends" id="session-ends" hidden ([^>]*)>', console.get(path).text)
        fields = dict(re.findall(r'data-([\w-]+)="([^"]*)"', banner.group(1)))
        assert 290 <= int(fields["seconds-left"]) <= 300, path
        assert fields["warn-seconds"] == str(SESSION_WARNING_SECONDS) and fields["ends-at"] == ends.strftime(
            "%H:%M UTC"
        )
    script = console.get("/console/static/console.js").text
    assert all(name in script for name in ("session-ends", "secondsLeft", "warnSeconds", "endsAt", "extend-session"))


def test_a_session_is_kept_going_from_its_expiry_notice_within_a_limit(
    console: TestClient, engine: Engine, settings: Settings
) -> None:
    # an agent typing a long reply could only watch the notice count down, then sign in again
    _sign_in(console)
    page = console.get("/console/returns/R0000001").text
    form = page.split('id="extend-session"')[1].split("</form>")[0]
    assert 'action="/console/session/extend"' in page and f'value="{csrf_token(page)}"' in form
    extend = {"csrf_token": csrf_token(page)}
    length = timedelta(hours=settings.console_session_hours)
    refused = console.post("/console/session/extend", data=extend)
    assert refused.status_code == 409 and "cannot be extended" in refused.json()["error"]  # not near its end yet
    assert console.post("/console/session/extend", data={}).status_code == 403  # CSRF as every form
    soon = datetime.now(UTC) + timedelta(minutes=5)
    with engine.begin() as connection:
        connection.execute(agent_sessions.update().values(expires_at=soon))
    kept = console.post("/console/session/extend", data=extend)
    assert kept.status_code == 200 and kept.headers["content-type"] == "application/json"
    assert abs(kept.json()["seconds_left"] - length.total_seconds()) < 60
    assert (
        "HttpOnly" in kept.headers["set-cookie"]
        and f"Max-Age={kept.json()['seconds_left']}" in kept.headers["set-cookie"]
    )
    assert "script-src 'self'" in kept.headers["content-security-policy"]
    assert console.get("/console").status_code == 200
    # at most twice the session length after sign-in: a cookie cannot keep a session alive for ever
    with engine.begin() as connection:
        connection.execute(
            agent_sessions.update().values(created_at=soon - 2 * length + timedelta(minutes=1), expires_at=soon)
        )
    last = console.post("/console/session/extend", data=extend)
    assert last.status_code == 200 and last.json()["seconds_left"] < 7 * 60
    assert console.post("/console/session/extend", data=extend).status_code == 409
    console.cookies.clear()
    signed_out = console.post("/console/session/extend", data=extend, follow_redirects=False)
    assert signed_out.status_code == 303 and signed_out.headers["location"] == "/console/sign-in"


def test_every_page_names_its_icon_so_the_browser_does_not_ask_the_api(console: TestClient) -> None:
    # each console page made the browser ask /favicon.ico, which the API's key check answered 401: an error a page
    link = '<link rel="icon" href="/console/static/favicon.svg" type="image/svg+xml">'
    assert link in console.get("/console/sign-in").text and link in console.get("/policy/fr").text
    _sign_in(console)
    assert link in console.get("/console").text and link in console.get("/console/returns/NOPE").text
    icon = console.get("/console/static/favicon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")


def test_key_hints_are_left_out_where_there_is_no_keyboard(console: TestClient) -> None:
    # on a phone the queue said "n opens the first" and every button showed a key nobody can type there
    _sign_in(console)
    queue = console.get("/console").text
    assert '<span class="key-hint"><kbd>n</kbd> opens the first' in queue
    # the reply box's key is named on a return's page (a browser test presses it: test_edit_and_send_a_reply)
    assert (
        '<span class="key-hint muted small"><kbd>r</kbd> to write in it</span>'
        in console.get("/console/returns/R0000001").text
    )
    css = console.get("/console/static/console.css").text
    coarse = css.split("@media (hover: none) and (pointer: coarse) {")[1].split("}")[0]
    assert "kbd, .key-hint { display: none; " in coarse


def test_each_queue_cell_is_named_for_the_phone_layout(console: TestClient) -> None:
    # at 390 px the six-column table was 1,156 px wide: on a phone each row reads as a card, its cells named
    _sign_in(console)
    queue = console.get("/console").text
    headers = re.findall(r"<th>([^<]+)</th>", queue)
    first_row = queue.split('<tr class="queue-row"')[1].split("</tr>")[0]
    assert [html.unescape(label) for label in re.findall(r'data-label="([^"]+)"', first_row)] == headers


def test_a_draft_says_when_the_saved_decision_is_not_the_one_it_states(console: TestClient, engine: Engine) -> None:
    # an agent changed a free return to a rejection and the draft, still saying "the return label is free", sat
    # above the "Mark reply sent" button with nothing said
    item, result = triage_item(31, random.Random(31), item={"lang": "fr"}, decision={"code": "free_return"})
    result["reply"] |= {"lang": "fr", "subject": "Votre retour : étiquette gratuite"}
    PredictionLog(engine, b"k").record("req-31", "triage", [item], [result])
    _sign_in(console)
    page = console.get("/console/returns/R0000031").text
    assert 'id="draft-follows"' not in page
    assert 'Subject: <span id="reply-subject" lang="fr">Votre retour : étiquette gratuite</span>' in page
    assert '<a href="/policy/fr" target="_blank" rel="noopener">/policy/fr</a> (French)' in page
    data = {"decision": "reject", "note": "worn, tags removed", "csrf_token": csrf_token(page)}
    assert console.post("/console/returns/R0000031/decision", data=data, follow_redirects=False).status_code == 303
    follows = console.get("/console/returns/R0000031").text.split('id="draft-follows"')[1].split("</p>")[0]
    assert "suggested decision <strong>Free return</strong>, not for the saved decision <strong>Reject</strong>" in (
        " ".join(follows.split())
    )
    page = console.get("/console/returns/R0000031").text
    draft = re.search(r'<textarea name="reply"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    unchanged = console.post("/console/returns/R0000031/reply", data={"reply": draft, "csrf_token": csrf_token(page)})
    assert unchanged.status_code == 400 and "not the saved one (Reject): edit it" in unchanged.text
    assert FeedbackStore(engine).for_return("R0000031")[-1].reply_status is None
    edited = {"reply": draft + "\nP.S. refusé : article porté.", "csrf_token": csrf_token(page)}
    assert console.post("/console/returns/R0000031/reply", data=edited, follow_redirects=False).status_code == 303
    assert draft_differences("too_small", "defective", "free_return", "reject") == [
        ("reason", "too small", "defective"),
        ("decision", "Free return", "Reject"),
    ]
    assert draft_differences("too_small", None, "free_return", "free_return") == []


def _too_small_paid_return(engine: Engine) -> tuple[dict, dict]:
    """An agent `amelie` and return R0000040 logged as too small, a paid return."""
    AgentStore(engine).create("amelie", PASSWORD)
    item, result = triage_item(40, random.Random(40), reason={"code": "too_small"}, decision={"code": "paid_return"})
    PredictionLog(engine, b"k").record("req-40", "triage", [item], [result])
    return item, result


def _damaged_in_transit(result: dict) -> dict:
    """`result` as the models decide and draft it again for damaged in transit: a free return."""
    redone = json.loads(json.dumps(result))
    redone["reason"] |= {"code": "damaged_in_transit", "confidence": 1.0}
    redone["decision"] = {
        "code": "free_return",
        "warn": False,
        "rules": [{"code": "SHOP_FAULT", "sentence": "The reason (damaged in transit) is the shop's responsibility."}],
        "policy_version": "test",
    }
    redone["reply"] |= {"subject": "Sorry it arrived damaged", "body": "Hello,\n\nsorry: the label is free.\n\nBye"}
    return redone


def test_agents_correcting_a_return_to_one_reason_at_once_keep_one_redecision(
    engine: Engine, settings: Settings
) -> None:
    # two agents (or one form sent twice) each had the models decide again and kept a row of their own: two for the
    # same reason, the page showing the newest while the first agent's record held the first one's decision
    _, result = _too_small_paid_return(engine)
    theirs, ours = _damaged_in_transit(result), _damaged_in_transit(result)
    ours["decision"]["code"] = "manual_review"  # what the models answer this agent (lists changed meanwhile)
    state = console_state(settings, engine)

    async def redecide(items: list[Redecision]) -> list[dict | None]:
        # the other agent's correction to the same reason is kept while the models answer this one's
        state.redecisions.add("R0000040", "damaged_in_transit", "bruno", theirs)
        return [ours for _ in items]

    with TestClient(create_app(lambda: state, redecide=redecide), base_url="http://testserver") as console:
        _sign_in(console)
        token = csrf_token(console.get("/console/returns/R0000040").text)
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        assert (
            "decision-free_return" in console.get("/console/returns/R0000040").text.split('id="redecided-decision"')[1]
        )
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(redecisions)).scalar_one() == 1
    assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].final_decision == "free_return"


def test_a_corrected_reason_is_decided_and_drafted_again_and_saved_as_made_for_it(
    engine: Engine, settings: Settings
) -> None:
    # the decision and the draft followed the suggested reason after a correction: the page only said so
    asked: list[Redecision] = []
    answers: dict[str, dict | None] = {}

    async def redecide(items: list[Redecision]) -> list[dict | None]:
        asked.extend(items)
        return [answers.get(entry.reason) for entry in items]

    item, result = _too_small_paid_return(engine)
    redone = _damaged_in_transit(result)
    answers["damaged_in_transit"] = redone
    app = create_app(lambda: console_state(settings, engine), redecide=redecide)
    with TestClient(app, base_url="http://testserver") as console:
        _sign_in(console)
        token = csrf_token(console.get("/console/returns/R0000040").text)
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        assert [(entry.return_id, entry.reason) for entry in asked] == [("R0000040", "damaged_in_transit")]
        # the request as the log holds it (the customer a pseudonym): the model side finds the customer by the return
        assert asked[0].request["customer_id"] == pseudonymise(item["customer_id"], b"k")
        page = console.get("/console/returns/R0000040").text
        decided = page.split('id="redecided-decision"')[1].split("</p>")[0]
        assert "<strong>damaged in transit</strong>" in decided and "decision-free_return" in decided
        assert "decision-paid_return" in page.split('id="suggested-decision"')[1].split("</p>")[0]
        assert "the shop&#39;s responsibility" in page.split('id="rules"')[1].split("</ul>")[0]
        assert "Sorry it arrived damaged" in page and "sorry: the label is free." in page.split('id="reply-text"')[1]
        assert result["reply"]["body"].split("\n")[-1] in page.split('id="suggested-draft"')[1]  # the old one beside
        assert 'id="decision-follows"' not in page and 'id="draft-follows"' not in page
        assert '<option value="free_return" selected>' in page
        # until the agent saves another, the outcome is the corrected reason's decision: what its draft says
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.final_decision, saved.decision_reason) == ("free_return", "damaged_in_transit")
        assert "Free return (for damaged in transit)" in page.split("<dt>Decision</dt><dd>")[1].split("</dd>")[0]
        # the decision for the corrected reason needs no note; the draft for it is "sent as drafted"
        console.post("/console/returns/R0000040/decision", data={"decision": "free_return", "csrf_token": token})
        console.post("/console/returns/R0000040/reply", data={"reply": redone["reply"]["body"], "csrf_token": token})
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.corrected_reason, saved.final_decision, saved.reply_status) == (
            "damaged_in_transit",
            "free_return",
            "sent_as_is",
        )
        assert (saved.decision_reason, saved.reply_reason) == ("damaged_in_transit", "damaged_in_transit")
        judged = read_feedback(engine, ["R0000040"]).iloc[0]  # monitoring's reader: its columns as before
        assert (judged["corrected_reason"], judged["reply_status"]) == ("damaged_in_transit", "sent_as_is")
        # saved again, or accepted back and corrected again to the same reason: decided once per reason
        console.post("/console/returns/R0000040/reason", data={"reason": "too_small", "csrf_token": token})
        assert 'id="redecided-decision"' not in console.get("/console/returns/R0000040").text
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        assert len(asked) == 1
        # a reason the models cannot decide again for is saved all the same, and the page says what holds
        console.post("/console/returns/R0000040/reason", data={"reason": "defective", "csrf_token": token})
        page = console.get("/console/returns/R0000040").text
        assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].corrected_reason == "defective"
        assert "the console could not decide again" in page.split('id="decision-follows"')[1]
        assert 'id="redecided-decision"' not in page and "decision-paid_return" in page.split("Suggested decision")[1]


def _draft(page: str) -> str:
    return html.unescape(re.search(r'<textarea name="reply"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def _redeciding_console(engine: Engine, settings: Settings) -> TestClient:
    """The console on R0000040 (too small, a paid return) whose models decide damaged in transit a free return."""
    _, result = _too_small_paid_return(engine)
    redone = _damaged_in_transit(result)

    async def redecide(items: list[Redecision]) -> list[dict | None]:
        return [redone if entry.reason == "damaged_in_transit" else None for entry in items]

    return TestClient(
        create_app(lambda: console_state(settings, engine), redecide=redecide), base_url="http://testserver"
    )


def _shown_draft(page: str) -> str:
    return re.search(r'<input type="hidden" name="draft" value="([^"]*)">', page).group(1)


def _stale_reply_sent(console: TestClient) -> tuple[str, str, httpx.Response]:
    """Open R0000040's page, correct its reason (drafted again), then send the reply the opened page showed: the
    opened page, its CSRF token and the answer to that send."""
    _sign_in(console)
    opened = console.get("/console/returns/R0000040").text
    token = csrf_token(opened)
    console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
    stale = {"reply": _draft(opened), "draft": _shown_draft(opened), "csrf_token": token}
    return opened, token, console.post("/console/returns/R0000040/reply", data=stale)


def test_a_reply_sent_from_a_page_opened_before_its_draft_changed_is_refused(
    engine: Engine, settings: Settings
) -> None:
    # one agent opened the page (the paid return's draft), another corrected the reason meanwhile (a free return,
    # drafted again); "Mark reply sent" with the draft the first page showed was saved as an edited reply for the
    # corrected reason: the customer told of a paid return the shop no longer decided, the record saying the agent
    # had edited the new draft
    with _redeciding_console(engine, settings) as console:
        opened, token, refused = _stale_reply_sent(console)
        assert refused.status_code == 400
        assert "the draft changed while this page was open" in html.unescape(refused.text)
        assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].reply_status is None
        page = console.get("/console/returns/R0000040").text
        assert _shown_draft(page) != _shown_draft(opened)
        fresh = {"reply": _draft(page), "draft": _shown_draft(page), "csrf_token": token}
        assert console.post("/console/returns/R0000040/reply", data=fresh, follow_redirects=False).status_code == 303
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.reply_status, saved.reply_reason) == ("sent_as_is", "damaged_in_transit")


def test_a_stale_reply_refused_once_is_refused_again_from_the_page_that_refused_it(
    engine: Engine, settings: Settings
) -> None:
    # the refusal's page kept the stale text in the reply box but carried the new draft's mark: "Mark reply sent"
    # pressed again there saved the stale reply as edited for the corrected reason
    with _redeciding_console(engine, settings) as console:
        opened, token, refused = _stale_reply_sent(console)
        assert refused.status_code == 400 and _draft(refused.text) == _draft(opened)
        again = {"reply": _draft(refused.text), "draft": _shown_draft(refused.text), "csrf_token": token}
        assert console.post("/console/returns/R0000040/reply", data=again).status_code == 400
        assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].reply_status is None


def _shown_decision(page: str) -> str:
    return re.search(r'<input type="hidden" name="decided" value="([^"]*)">', page).group(1)


@pytest.mark.parametrize("note", ["", "the customer sent photos of the worn sole"])
def test_a_decision_saved_from_a_page_opened_before_its_decision_changed_is_refused_saying_why(
    engine: Engine, settings: Settings, note: str
) -> None:
    # one agent opened the page (a paid return suggested), another corrected the reason meanwhile (a free return
    # decided again); the first page's "paid return" was refused as an override needing a note, which told the agent
    # nothing of the change, and with a note it was saved as an override of a free return the agent never saw
    with _redeciding_console(engine, settings) as console:
        _sign_in(console)
        opened = console.get("/console/returns/R0000040").text
        token = csrf_token(opened)
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        stale = {"decision": "paid_return", "note": note, "decided": _shown_decision(opened), "csrf_token": token}
        refused = console.post("/console/returns/R0000040/decision", data=stale)
        assert refused.status_code == 400
        said = html.unescape(refused.text.split('id="form-error"')[1].split("</p>")[0])
        assert 'data-field="decision"' in refused.text.split('id="form-error"')[1][:40]
        assert "the suggested decision changed while this page was open" in said
        assert "now Free return for damaged in transit" in said and "reload the page" in said
        assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].final_decision == "free_return"
        # the refusal's page keeps the mark of the page the decision was chosen on: pressed again, refused again
        again = {**stale, "decided": _shown_decision(refused.text)}
        assert console.post("/console/returns/R0000040/decision", data=again).status_code == 400
        page = console.get("/console/returns/R0000040").text
        assert _shown_decision(page) != _shown_decision(opened)
        fresh = {**stale, "decided": _shown_decision(page), "note": "the customer sent photos of the worn sole"}
        assert console.post("/console/returns/R0000040/decision", data=fresh, follow_redirects=False).status_code == 303
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.final_decision, saved.decision_reason) == ("paid_return", "damaged_in_transit")


def test_a_correction_after_the_draft_went_out_unchanged_keeps_the_decision_it_told(
    engine: Engine, settings: Settings
) -> None:
    # the correction filled in the corrected reason's free return over the paid return the customer was told, and
    # saving the paid return was then refused as "not what the draft told"
    with _redeciding_console(engine, settings) as console:
        _sign_in(console)
        page = console.get("/console/returns/R0000040").text
        token = csrf_token(page)
        console.post("/console/returns/R0000040/reply", data={"reply": _draft(page), "csrf_token": token})
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.reply_status, saved.reply_reason, saved.final_decision) == ("sent_as_is", "too_small", None)
        told = console.post(
            "/console/returns/R0000040/decision",
            data={"decision": "paid_return", "note": "what the reply told", "csrf_token": token},
        )
        assert told.status_code == 200
        assert FeedbackStore(engine).latest(["R0000040"])["R0000040"].final_decision == "paid_return"
        refused = console.post(
            "/console/returns/R0000040/decision",
            data={"decision": "free_return", "csrf_token": token},
        )
        assert refused.status_code == 400
        assert "told the customer the suggested decision (Paid return (label fee))" in html.unescape(refused.text)


def test_a_draft_the_checker_held_back_says_what_it_found_and_what_to_do(engine: Engine, settings: Settings) -> None:
    # the corrected reason's draft withheld by the reply checker left "No draft was produced", with no word of why
    _, result = _too_small_paid_return(engine)
    withheld = _damaged_in_transit(result) | {"reply": None}
    # a finding quoting the customer may hold "; " itself: it stays one finding (it was split in two)
    problems = ["does not say the return label is free", 'quotes "il est déchiré; je le renvoie" as the shop\'s words']
    withheld["unavailable"] = [{"part": "reply", "reason": CHECKER_REFUSAL, "findings": problems}]

    async def redecide(items: list[Redecision]) -> list[dict | None]:
        return [withheld for _ in items]

    app = create_app(lambda: console_state(settings, engine), redecide=redecide)
    with TestClient(app, base_url="http://testserver") as console:
        _sign_in(console)
        token = csrf_token(console.get("/console/returns/R0000040").text)
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
        page = console.get("/console/returns/R0000040").text
        held = html.unescape(page.split('id="draft-withheld"')[1].split("</div>")[0])
        assert "made again for the corrected reason, <strong>damaged in transit</strong>" in held
        assert re.findall(r"<li>(.*?)</li>", held) == problems
        assert "Write the reply yourself below" in held and "pick another reason" in held
        assert "is a start, but it states Paid return (label fee)" in held  # the suggested draft, for its decision
        assert _draft(page) == ""  # not the suggested reason's draft, which states the paid return
        assert result["reply"]["body"].split("\n")[-1] in page.split('id="suggested-draft"')[1]
        # written by hand, it is sent as edited
        console.post("/console/returns/R0000040/reply", data={"reply": "Hello, a free label.", "csrf_token": token})
        saved = FeedbackStore(engine).latest(["R0000040"])["R0000040"]
        assert (saved.reply_status, saved.edited_reply) == ("edited", "Hello, a free label.")
        # a reply missing for another reason names it, with no checker's list
        withheld["unavailable"] = [{"part": "reply", "reason": "no reply drafter is registered"}]
        console.post("/console/returns/R0000040/reason", data={"reason": "defective", "csrf_token": token})
        page = console.get("/console/returns/R0000040").text
        assert "(no reply drafter is registered); write the reply yourself" in page.split('id="no-draft"')[1]
        assert 'id="draft-withheld"' not in page


def test_the_next_readings_leave_out_the_reason_saved_as_the_correction(console: TestClient, engine: Engine) -> None:
    # after a correction to the model's next reading, its button still offered to save it again
    top3 = [{"code": "too_small", "probability": 0.5}, {"code": "too_large", "probability": 0.3}]
    top3.append({"code": "defective", "probability": 0.2})
    unsure = {"code": "too_small", "confidence": 0.5, "needs_review": True, "top3": top3}
    item, result = triage_item(31, random.Random(31), reason=unsure, decision={"code": "free_return"})
    PredictionLog(engine, b"k").record("req-31", "triage", [item], [result])
    _sign_in(console)

    def readings() -> list[tuple[str, str]]:
        page = console.get("/console/returns/R0000031").text
        found = re.search(r'id="other-readings">(.*?)</div>', page, re.S)
        shortcut = r'name="reason" value="(\w+)">\s*<button type="submit" data-shortcut="(\d)"'
        return re.findall(shortcut, found.group(1)) if found else []

    assert readings() == [("too_large", "1"), ("defective", "2")]
    token = csrf_token(console.get("/console/returns/R0000031").text)
    console.post("/console/returns/R0000031/reason", data={"reason": "too_large", "csrf_token": token})
    assert readings() == [("defective", "1")]
    console.post("/console/returns/R0000031/reason", data={"reason": "too_small", "csrf_token": token})
    assert readings() == [("too_large", "1"), ("defective", "2")]


def test_a_filled_in_decision_follows_the_reason_and_a_saved_one_stays(engine: Engine, settings: Settings) -> None:
    # accepted back, the corrected reason's free return stayed with no note as if the agent had chosen it: webhooks
    # and analytics counted an override, and sending the suggested draft was refused
    with _redeciding_console(engine, settings) as console:
        _sign_in(console)
        token = csrf_token(console.get("/console/returns/R0000040").text)

        def judged(reason: str) -> FeedbackRecord:
            console.post("/console/returns/R0000040/reason", data={"reason": reason, "csrf_token": token})
            return FeedbackStore(engine).latest(["R0000040"])["R0000040"]

        for reason, decided in (("damaged_in_transit", "free_return"), ("too_small", None), ("defective", None)):
            saved = judged(reason)
            assert (saved.final_decision, saved.decision_reason) == (decided, decided and reason), reason
        assert judged("damaged_in_transit").final_decision == "free_return"
        console.post(
            "/console/returns/R0000040/decision", data={"decision": "reject", "note": "worn", "csrf_token": token}
        )
        saved = judged("too_small")
        assert (saved.final_decision, saved.note, saved.decision_reason) == ("reject", "worn", "damaged_in_transit")


def test_a_correction_keeps_what_was_saved_while_the_models_decided(engine: Engine, settings: Settings) -> None:
    # the record saved after the models answered was built from the state read before: an edited reply saved
    # meanwhile (another tab, another agent) was wiped out (reply_status None)
    _, result = _too_small_paid_return(engine)
    store = FeedbackStore(engine)

    async def redecide(items: list[Redecision]) -> list[dict | None]:
        store.add_with_history(
            FeedbackRecord("R0000040", "amelie", True, reply_status="edited", edited_reply="Hello, a paid label.")
        )
        return [_damaged_in_transit(result)]

    app = create_app(lambda: console_state(settings, engine), redecide=redecide)
    with TestClient(app, base_url="http://testserver") as console:
        _sign_in(console)
        token = csrf_token(console.get("/console/returns/R0000040").text)
        console.post("/console/returns/R0000040/reason", data={"reason": "damaged_in_transit", "csrf_token": token})
    saved = store.latest(["R0000040"])["R0000040"]
    assert (saved.corrected_reason, saved.reply_status, saved.edited_reply) == (
        "damaged_in_transit",
        "edited",
        "Hello, a paid label.",
    )


def test_a_correction_without_models_is_a_warning_without_traceback(
    console: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    # every correction logged a traceback at ERROR while no models were loaded, a state the service expects
    async def unloaded(items: list[Redecision]) -> list[dict | None]:
        raise ServiceUnavailable("no champion registered")

    console.app.state.redecide = unloaded
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    with caplog.at_level("WARNING", logger=console_app.logger.name):
        console.post("/console/returns/R0000001/reason", data={"reason": "defective", "csrf_token": token})
    [logged] = [entry for entry in caplog.records if "not decided again" in entry.getMessage()]
    assert (logged.levelname, logged.exc_info) == ("WARNING", None)
    assert "no champion registered" in logged.getMessage()


def test_a_correction_is_saved_when_deciding_again_fails_or_hangs(
    console: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(items: list[Redecision]) -> list[dict | None]:
        raise RuntimeError("model process gone")

    async def hung(items: list[Redecision]) -> list[dict | None]:
        await anyio.sleep(60)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(console_app, "REDECIDE_SECONDS", 0.2)
    _sign_in(console)
    token = csrf_token(console.get("/console/returns/R0000001").text)
    for redecide, reason in ((broken, "defective"), (hung, "poor_quality")):
        console.app.state.redecide = redecide
        started = time.monotonic()
        posted = console.post("/console/returns/R0000001/reason", data={"reason": reason, "csrf_token": token})
        assert time.monotonic() - started < 10  # not the hung model's minute
        assert posted.status_code == 200 and "Reason saved." in posted.text
        assert FeedbackStore(engine).latest(["R0000001"])["R0000001"].corrected_reason == reason


def test_a_draft_opened_days_after_it_was_drafted_says_its_dates_run_from_then(
    console: TestClient, engine: Engine
) -> None:
    # a draft's refund and send-back dates run from the day it was drafted (an old request answered today is
    # promised today's dates: right); opened days later they were early, and nothing said so
    old_request = {"order_date": "2025-03-01T10:00:00Z", "delivery_date": "2025-03-03T10:00:00Z"}
    item, result = triage_item(
        50,
        random.Random(50),
        item=old_request | {"request_date": "2025-03-09T10:00:00Z"},
        decision={"code": "free_return"},
    )
    PredictionLog(engine, b"k").record("req-50", "triage", [item], [result])
    _sign_in(console)
    assert 'id="draft-dates"' not in console.get("/console/returns/R0000050").text  # drafted today: today's dates
    with engine.begin() as connection:
        connection.execute(
            predictions.update()
            .where(predictions.c.return_id == "R0000050")
            .values(created_at=datetime.now(UTC) - timedelta(days=3))
        )
    notice = console.get("/console/returns/R0000050").text.split('id="draft-dates"')[1].split("</p>")[0]
    assert "Drafted 3 days ago" in notice and "correct them before sending" in notice


# console.js in Node with the few DOM objects it touches: the "Stay signed in" form submitted, the server answering
# `status` with a page, as a stale token's 403 or a proxy's 503 does. Prints what the session notice then says.
EXTEND_ANSWERED_WITH_A_PAGE = """
const element = (extra) => Object.assign({hidden: true, dataset: {}, textContent: "", addEventListener() {}}, extra);
const button = {disabled: false};
let submit;
const extend = element({action: "/console/session/extend", querySelector: () => button,
  addEventListener: (kind, listener) => { submit = listener; }});
const text = element({});
const ends = element({dataset: {secondsLeft: "60", warnSeconds: "300", endsAt: "10:00 UTC"}});
const elements = {"session-ends": ends, "session-ends-text": text, "extend-session": extend};
globalThis.document = {getElementById: (id) => elements[id] || null, addEventListener() {}};
globalThis.window = {history: {replaceState() {}}, setInterval() {}};
globalThis.FormData = class { [Symbol.iterator]() { return [][Symbol.iterator](); } };
globalThis.fetch = async () => ({type: "basic", ok: false, status: Number(process.argv[2]),
  headers: {get: (name) => (name.toLowerCase() === "content-type" ? "text/html; charset=utf-8" : null)},
  json: async () => { throw new SyntaxError("Unexpected token '<', is not valid JSON"); }});
require(process.argv[1]);
submit({preventDefault() {}});
setTimeout(() => console.log(JSON.stringify({text: text.textContent, disabled: button.disabled})), 50);
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the console's script")
@pytest.mark.parametrize("status", [403, 503])
def test_a_refused_extension_answered_with_a_page_says_so_in_plain_words(status: int) -> None:
    # the page's HTML was read as JSON: the notice said "Unexpected token '<'"
    script = Path(console_app.__file__).parent / "static" / "console.js"
    ran = subprocess.run(
        ["node", "-e", EXTEND_ANSWERED_WITH_A_PAGE, str(script), str(status)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    told = json.loads(ran.stdout)
    assert told["text"].startswith(f"The session could not be extended (the server answered {status}).")
    assert "Unexpected token" not in told["text"] and not told["disabled"]


class _Unisolated(HTMLParser):
    """Text holding a right-to-left override outside any `<bdi>`: it reorders what follows it on its line."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("input", "meta", "link", "br", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "\u202e" in data and "bdi" not in self.open and not {"textarea", "script"} & set(self.open):
            self.found.append(data.strip())


def test_typed_words_holding_a_right_to_left_override_cannot_reverse_the_rest_of_their_line(
    console: TestClient, engine: Engine
) -> None:
    # a note "\u202echecked" put the rest of its line ("on the block list now ... remove it on the lists page")
    # right to left: the agent read the link's words backwards
    item, result = triage_item(
        41, random.Random(41), item={"sku": "SKU-0041-M", "product_name": "Vera \u202eTrainers", "size": "39"}
    )
    PredictionLog(engine, b"k").record("req-41", "triage", [item], [result])
    FeedbackStore(engine).add(
        FeedbackRecord("R0000041", "amelie", True, final_decision="manual_review", note="\u202eworn, tags removed")
    )
    RiskListStore(engine, b"k").add("block", "sku", "SKU-0041-M", "amelie", note="\u202eempty boxes")
    _sign_in(console)
    page = console.get("/console/returns/R0000041")
    assert page.status_code == 200
    parser = _Unisolated()
    parser.feed(page.text)
    assert all(typed in page.text for typed in ("\u202eworn", "\u202eempty boxes", "Vera \u202eTrainers"))
    assert parser.found == []
