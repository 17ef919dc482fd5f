"""What the browser tests and their fixtures share: the site, the test agents and page helpers."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.settings import REPO_ROOT, Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AGENT, PASSWORD = "amelie", "browser test password"
OTHER_AGENT = "bruno"  # signs in wrongly, so the lock-out never touches AGENT
HOSTILE_TEXT = "<script>alert('pwned')</script> <b>bold</b> & the zip broke on day one"
SCREENSHOTS = Path(os.environ.get("TRIAGE_SCREENSHOT_DIR", REPO_ROOT / ".state" / "screenshots"))


@dataclass(frozen=True)
class ConsoleSite:
    url: str
    settings: Settings  # points at the served database
    served_return_ids: list[str]  # triaged through POST /triage by the real models


def screenshot(tab: Any, name: str) -> Path:
    """Save a full-page screenshot as a test artifact."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def sign_in(tab: Any, name: str = AGENT, password: str = PASSWORD) -> None:
    tab.goto("/console/sign-in")
    tab.fill("input[name=name]", name)
    tab.fill("input[name=password]", password)
    tab.click("button[type=submit]")
