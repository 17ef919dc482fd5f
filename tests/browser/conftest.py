"""Browser tests: Debian's Chromium (installed by .ci/services.sh) driven by Playwright against one real
`bentoml serve` of the service for the whole session, on a database of its own.

Screenshots go to `TRIAGE_SCREENSHOT_DIR` (default `.state/screenshots`); the folder is printed at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import (
    AGENT,
    CHROMIUM,
    CHROMIUM_ARGS,
    HOSTILE_TEXT,
    OTHER_AGENT,
    PASSWORD,
    SCREENSHOTS,
    ConsoleSite,
    sign_in,
)
from console_support import triage_batches
from server_support import ServerProcess

from features.tables import write_table
from serving.api import EXAMPLE_EN, EXAMPLE_FR
from serving.db import open_database
from serving.stores.agents import AgentStore
from serving.stores.api_keys import ApiKeyStore
from serving.stores.history import load_history
from serving.stores.predictions import PredictionLog
from triage.settings import Settings


def _served_requests() -> list[dict[str, Any]]:
    """Return requests for POST /triage, English and French, one with hostile text."""
    texts = [
        (EXAMPLE_EN, "Way too tight around the shoulders, I need a size up."),
        (EXAMPLE_FR, "Reçu la mauvaise couleur, j'avais commandé du bleu."),
        (EXAMPLE_EN, HOSTILE_TEXT),
        (EXAMPLE_FR, "Trop petit, il me faut la taille au-dessus."),
        (EXAMPLE_EN, "Changed my mind, the colour is not for me."),
        (EXAMPLE_EN, "It stopped working after two days and the button is loose."),
    ]
    return [
        example | {"return_id": f"RB{number:06d}", "customer_id": f"CB{number:05d}", "reason_text": text}
        for number, (example, text) in enumerate(texts, start=1)
    ]


# Module scope: the browser tests are one module, so this server stops before the service tests start theirs.
@pytest.fixture(scope="module")
def console_site(
    trained_reasons: Any, settings: Settings, risk_tables: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ConsoleSite]:
    """The service with the session's reason champion, on its own SQLite database holding: agents, a small
    customer history, six returns triaged through the real API and 400 logged triages for the filters."""
    folder = tmp_path_factory.mktemp("browser")
    site_settings = settings.model_copy(update={"database_url": f"sqlite:///{folder / 'console.db'}"})
    engine = open_database(site_settings)
    agents = AgentStore(engine)
    agents.create(AGENT, PASSWORD)
    agents.create(OTHER_AGENT, PASSWORD)
    history = folder / "history"
    history.mkdir()
    for name, frame in risk_tables.items():
        write_table(frame, name, history)
    load_history(engine, history)
    log = PredictionLog(engine, b"browser")
    for number, (items, results) in enumerate(triage_batches(400, start=8_000_000, seed=5)):
        log.record(f"bulk-{number}", "triage", items, results)
    _, key = ApiKeyStore(engine).create("browser-tests")
    engine.dispose()

    server = ServerProcess(settings.state_dir, folder / "serve.log", env={"TRIAGE_DATABASE_URL": site_settings.db_url})
    server.start(timeout=300)
    try:
        requests = _served_requests()
        response = httpx.post(
            f"{server.url}/triage",
            json={"returns": requests},
            headers={"Authorization": f"Bearer {key}"},
            timeout=120,
        )
        response.raise_for_status()
        yield ConsoleSite(server.url, site_settings, [request["return_id"] for request in requests])
    finally:
        server.kill()
    print(f"\nscreenshots: {SCREENSHOTS}")


# Module scope: while Playwright's sync API is open it keeps an event loop running in this thread, and the
# service tests that follow call asyncio.run, which refuses to start under a running loop.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run `bash .ci/services.sh` (installs Debian's chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, console_site: ConsoleSite) -> Iterator[Any]:
    """A fresh browser context (no cookies) on a wide window; fails the test on any script dialog."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=console_site.url)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
    assert dialogs == [], f"a page ran a script dialog: {dialogs}"


@pytest.fixture
def agent_page(page: Any) -> Any:
    """A page signed in as the test agent, on the queue."""
    sign_in(page)
    assert re.search(r"/console$", page.url), page.url
    return page
