"""The console's pages at a phone's and a desktop's width, with every value a client or an agent types at its
longest and written as one word: the page stays within the window, and no card has to be scrolled sideways.

The console app alone (no models: the triages are logged as the service logs them) on a SQLite database, served
by uvicorn in a thread, read by Debian's Chromium.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from browser_support import AGENT, PASSWORD, sign_in
from console_support import triage_item

from features.text import MAX_TEXT_CHARS
from serving.console.app import console_state, create_app
from serving.console.review import MAX_NOTE_CHARS
from serving.db import create_db_engine, migrate
from serving.stores.agents import MAX_NAME_CHARS as MAX_AGENT_NAME_CHARS
from serving.stores.agents import AgentStore
from serving.stores.feedback import FeedbackRecord, FeedbackStore
from serving.stores.predictions import PredictionLog, pseudonym_key
from serving.stores.risk_lists import MAX_VALUE_CHARS, RiskListStore
from triage.settings import Settings

# Each at the most its field takes (serving.api), in one word: nothing to break a line at.
LONGEST_ID = "R" * 64
LONGEST = {
    "return_id": LONGEST_ID,
    "customer_id": "C" * 64,
    "sku": "S" * 64,
    "product_name": "P" * 200,
    "customer_name": "N" * 100,
    "size": "Z" * 12,
    "reason_text": ("Unbelievable" * 500)[:MAX_TEXT_CHARS],
}
# Sentences as long as the policy's, which widen the queue's decision column as they do on a served queue.
DECISION = {
    "rules": [{"code": f"R{n}", "sentence": "Risk band elevated, 2 signals raised the score."} for n in range(5)]
}
# An id of the shop's usual length, beside the longest values: it stays on one line.
ORDINARY_ID = "RT9fb420b5361d"
WIDTHS = (390, 1360)


@pytest.fixture(scope="module")
def long_values_site(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The console with three logged triages of the longest values (each the others' other return; the third of an
    ordinary id), the agent's outcome with the longest note, and block-list entries of the longest value, author
    and note, one on their SKU."""
    engine = create_db_engine(f"sqlite:///{tmp_path_factory.mktemp('layout') / 'console.db'}")
    migrate(engine)
    AgentStore(engine).create(AGENT, PASSWORD)
    rng = random.Random(9)
    pairs = []
    for return_id in (LONGEST_ID, "Q" * 64, ORDINARY_ID):
        reason = {"code": "defective" if return_id == ORDINARY_ID else "too_large"}
        item, result = triage_item(1, rng, item=LONGEST | {"return_id": return_id}, reason=reason, decision=DECISION)
        pairs.append((item, result | {"return_id": return_id}))
    PredictionLog(engine, pseudonym_key(settings)).record("req", "triage", *map(list, zip(*pairs, strict=True)))
    note = "n" * MAX_NOTE_CHARS
    FeedbackStore(engine).add(
        FeedbackRecord(LONGEST_ID, AGENT, reason_accepted=False, corrected_reason="too_large", note=note)
    )
    lists = RiskListStore(engine, pseudonym_key(settings))
    lists.add("block", "sku", LONGEST["sku"], AGENT, note)
    lists.add("block", "customer", "V" * MAX_VALUE_CHARS, "A" * MAX_AGENT_NAME_CHARS, note)
    # A socket bound here, on a port the kernel picks as it binds, handed to uvicorn: a port chosen free and bound by
    # uvicorn later could be taken meanwhile
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(lambda: console_state(settings, engine)), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the console did not start"
    try:
        yield f"http://127.0.0.1:{listening.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listening.close()
        engine.dispose()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["/console", f"/console/returns/{LONGEST_ID}", "/console/lists"])
def test_the_longest_values_in_one_word_stay_within_the_window(
    browser: Any, long_values_site: str, path: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=long_values_site)
    try:
        tab = context.new_page()
        sign_in(tab)
        tab.goto(path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
        # A card scrolled sideways hides what an agent must read behind a scroll bar (the page is no wider).
        scrolled = tab.evaluate(
            "[...document.querySelectorAll('.card')].filter(c => c.scrollWidth > c.clientWidth + 1)"
            ".map(c => c.id || c.className)"
        )
        assert scrolled == []
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_an_ordinary_id_stays_on_one_line_in_the_queue(browser: Any, long_values_site: str, width: int) -> None:
    """Among its own kind (the queue filtered to it), squeezed by a long text: breaking ids anywhere broke it."""
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=long_values_site)
    try:
        tab = context.new_page()
        sign_in(tab)
        tab.goto("/console?reason=defective")
        assert tab.locator("a.return-id").evaluate_all("links => links.map(link => link.getClientRects().length)") == [
            1
        ]
    finally:
        context.close()
