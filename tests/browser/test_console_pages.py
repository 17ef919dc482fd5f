"""The console, analytics and policy pages in a real Chromium (see conftest.py for the site and its data)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import AGENT, HOSTILE_TEXT, OTHER_AGENT, ConsoleSite, screenshot, sign_in

from serving.db import open_database
from serving.stores.feedback import FeedbackStore

pytestmark = pytest.mark.slow


def _feedback(site: ConsoleSite, return_id: str) -> list[Any]:
    engine = open_database(site.settings)
    try:
        return FeedbackStore(engine).for_return(return_id)
    finally:
        engine.dispose()


def test_signed_out_browser_is_sent_to_sign_in(page: Any) -> None:
    page.goto("/console/analytics")
    assert page.url.endswith("/console/sign-in?next=%2Fconsole%2Fanalytics")  # opened after signing in
    assert page.locator("h1").inner_text() == "Sign in"
    screenshot(page, "01-sign-in")


def test_wrong_password_is_refused(page: Any) -> None:
    sign_in(page, OTHER_AGENT, "not the password")
    assert page.url.endswith("/console/sign-in")
    assert "Wrong name or password" in page.locator("[role=alert]").inner_text()
    screenshot(page, "02-wrong-password")
    page.goto("/console")
    assert page.url.endswith("/console/sign-in")


def test_sign_in_opens_the_queue_newest_first_with_customer_text_escaped(agent_page: Any, console_site) -> None:
    rows = agent_page.locator("tr.queue-row")
    assert rows.count() == 50
    ids = [rows.nth(index).get_attribute("data-return-id") for index in range(len(console_site.served_return_ids))]
    assert ids == console_site.served_return_ids[::-1]  # the served triages are the newest
    hostile = agent_page.locator("tr.queue-row", has_text="the zip broke").locator(".customer-text")
    assert hostile.inner_text() == HOSTILE_TEXT  # shown as text: no script ran, no <b> element made
    assert agent_page.locator(".customer-text b").count() == 0
    cookie = next(c for c in agent_page.context.cookies() if c["name"] == "triage_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    # The console's session does not open the API (same origin, cookie sent along).
    assert agent_page.request.post("/classify", data={"texts": ["too small"]}).status == 401
    screenshot(agent_page, "03-queue")


def test_filter_the_queue(agent_page: Any) -> None:
    agent_page.select_option("select[name=reason]", "too_small")
    agent_page.select_option("select[name=lang]", "fr")
    agent_page.click("#filters button[type=submit]")
    assert "reason=too_small" in agent_page.url and "lang=fr" in agent_page.url
    reasons = agent_page.locator("tr.queue-row strong.reason").all_inner_texts()
    assert reasons and set(reasons) == {"too small"}
    details = agent_page.locator("tr.queue-row td:first-child .muted.small:nth-child(3)").all_inner_texts()
    assert all(detail.endswith("· fr") for detail in details)
    screenshot(agent_page, "04-queue-filtered")


def test_correct_a_reason_and_find_the_feedback_row(agent_page: Any, console_site: ConsoleSite) -> None:
    return_id = console_site.served_return_ids[0]
    agent_page.goto(f"/console/returns/{return_id}")
    suggested = agent_page.locator("#suggested-reason").get_attribute("data-code")
    corrected = "too_large" if suggested != "too_large" else "too_small"
    agent_page.select_option("#reason-select", corrected)
    agent_page.click("#correct-form button[type=submit]")
    assert agent_page.locator("[role=status]").inner_text() == "Reason saved."
    (record,) = _feedback(console_site, return_id)
    assert (record.agent_id, record.reason_accepted, record.corrected_reason) == (AGENT, False, corrected)
    agent_page.reload()
    assert corrected.replace("_", " ") in agent_page.locator("#outcome").inner_text()
    screenshot(agent_page, "05-return-corrected")


def test_edit_and_send_a_reply(agent_page: Any, console_site: ConsoleSite) -> None:
    return_id = console_site.served_return_ids[1]
    agent_page.goto(f"/console/returns/{return_id}")
    # the reply box, twenty Tab presses down the page, is one key away; the key is not typed into it
    drafted = agent_page.input_value("#reply-text")
    agent_page.keyboard.press("r")
    assert agent_page.evaluate("document.activeElement.id") == "reply-text"
    assert agent_page.input_value("#reply-text") == drafted
    text = "Bonjour,\n\nnous vous envoyons la bonne couleur dès aujourd'hui.\n\nCordialement"
    agent_page.fill("#reply-text", text)
    agent_page.click("#reply-form button[type=submit]")
    assert "Reply marked as sent." in agent_page.locator("[role=status]").inner_text()
    record = _feedback(console_site, return_id)[-1]
    assert (record.reply_status, record.edited_reply) == ("edited", text)
    agent_page.reload()  # what the agent saved is what the page shows
    assert agent_page.input_value("#reply-text") == text
    assert "edited" in agent_page.locator("#outcome").inner_text()
    screenshot(agent_page, "06-reply-sent")


def test_override_needs_a_note(agent_page: Any, console_site: ConsoleSite) -> None:
    return_id = console_site.served_return_ids[3]
    agent_page.goto(f"/console/returns/{return_id}")
    suggested = agent_page.input_value("#decision-select")
    other = "reject" if suggested != "reject" else "free_return"
    agent_page.select_option("#decision-select", other)
    agent_page.click("#decision-form button[type=submit]")
    assert "note is required" in agent_page.locator("#form-error").inner_text()
    assert _feedback(console_site, return_id) == []
    agent_page.select_option("#decision-select", other)
    agent_page.fill("#decision-note", "Customer sent photos: the item was worn.")
    agent_page.click("#decision-form button[type=submit]")
    (record,) = _feedback(console_site, return_id)
    assert (record.final_decision, record.note) == (other, "Customer sent photos: the item was worn.")


def test_keyboard_accept_and_next(agent_page: Any, console_site: ConsoleSite) -> None:
    return_id = console_site.served_return_ids[4]
    agent_page.goto(f"/console/returns/{return_id}")
    agent_page.keyboard.press("a")
    agent_page.wait_for_url(re.compile(r"saved=reason"))
    (record,) = _feedback(console_site, return_id)
    assert record.reason_accepted and record.corrected_reason is None
    agent_page.keyboard.press("n")
    agent_page.wait_for_url(re.compile(rf"/console/returns/{console_site.served_return_ids[3]}"))


def test_form_with_a_stale_csrf_token_is_refused_and_keeps_what_was_typed(
    agent_page: Any, console_site: ConsoleSite
) -> None:
    return_id = console_site.served_return_ids[5]
    agent_page.goto(f"/console/returns/{return_id}")
    agent_page.fill("#reply-text", "Hello, a reply edited before lunch.")
    agent_page.evaluate("document.querySelector('#reply-form input[name=csrf_token]').value = 'stale'")
    agent_page.click("#reply-form button[type=submit]")
    assert agent_page.locator("#stale-form").inner_text().startswith("Not saved")
    assert agent_page.input_value("#reply-text") == "Hello, a reply edited before lunch."
    assert _feedback(console_site, return_id) == []
    screenshot(agent_page, "07-csrf-refused")


def test_block_a_customer_from_a_return_then_remove_the_entry(agent_page: Any, console_site: ConsoleSite) -> None:
    agent_page.goto(f"/console/returns/{console_site.served_return_ids[2]}")
    agent_page.click("a.list-action:has-text('Block this customer')")
    assert agent_page.get_attribute("#add-value", "readonly") is not None  # the log's pseudonym, as it is
    agent_page.fill("#add-note", HOSTILE_TEXT)
    agent_page.click("#add-form button[type=submit]")
    assert agent_page.locator("#saved").inner_text().startswith("Entry added.")
    entry = agent_page.locator("tr.list-entry")
    assert entry.count() == 1 and AGENT in entry.inner_text()
    assert entry.locator(".entry-note").inner_text() == HOSTILE_TEXT and entry.locator(".entry-note b").count() == 0
    screenshot(agent_page, "10-lists")
    entry.locator("input[name=note]").fill("settled with the customer")
    entry.locator("button[type=submit]").click()
    assert agent_page.locator("#saved").inner_text().startswith("Entry removed.")
    assert agent_page.locator("tr.list-entry").count() == 0
    assert "settled with the customer" in agent_page.locator("tr.removed-entry").inner_text()


def test_analytics_renders_every_chart_with_data(agent_page: Any) -> None:
    agent_page.goto("/console/analytics", timeout=120_000)  # computed on first view: the whole history
    charts = agent_page.locator(".chart")
    assert charts.count() == 8
    agent_page.wait_for_function("document.querySelectorAll('.chart[data-rendered=true]').length === 8", timeout=30_000)
    for chart_id in charts.evaluate_all("elements => elements.map(element => element.id)"):
        points = agent_page.evaluate(
            """id => document.getElementById(id).data.reduce((total, trace) =>
                 total + (trace.y || []).filter(value => value !== null && !Number.isNaN(value)).length, 0)""",
            chart_id,
        )
        assert points > 0, f"{chart_id} has no data"
        title = agent_page.locator(f"#{chart_id} .gtitle").text_content()
        axis_titles = agent_page.locator(f"#{chart_id} .g-xtitle, #{chart_id} .g-ytitle").all_text_contents()
        assert title and len([text for text in axis_titles if text]) == 2, (chart_id, title, axis_titles)
    screenshot(agent_page, "08-analytics")


@pytest.mark.parametrize(
    ("lang", "title", "window"),
    [("en", "Our return policy", "within 30 days"), ("fr", "Notre politique de retour", "dans les 30 jours")],
)
def test_policy_page_in_both_languages_without_sign_in(page: Any, lang: str, title: str, window: str) -> None:
    page.goto(f"/policy/{lang}")
    assert page.locator("h1").inner_text() == title
    assert page.locator("html").get_attribute("lang") == lang
    assert window in page.locator("main").inner_text()
    screenshot(page, f"09-policy-{lang}")
