"""Logged triages for console tests and the queue benchmark (the prediction log as the service writes it),
and signing in to the console over HTTP."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

from features.taxonomy import REASONS

TEXTS = {
    "en": [
        "Way too tight around the shoulders, I need a size up.",
        "The lamp arrived with a cracked base and a crushed shade.",
        "Changed my mind, the colour is not for me.",
        "Stopped working after two days.",
    ],
    "fr": [
        "Trop petit, il me faut la taille au-dessus.",
        "Reçu la mauvaise couleur.",
        "La couture s'est défaite au premier lavage.",
    ],
}
CATEGORIES = ("dresses", "tops", "jeans", "shoes", "lighting", "kitchen", "bags")
BANDS = ("low", "elevated", "high", "review")
DECISIONS = ("free_return", "paid_return", "keep_item", "manual_review", "reject")
RISK_CODES = ("HIGH_RETURN_FREQUENCY", "NEW_ACCOUNT", "SIZE_BRACKETING", "DEEP_DISCOUNT")


def triage_item(number: int, rng: random.Random, **overrides: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """One request item and its result, shaped like `serving.api.ReturnRequest` / `TriageResult`."""
    lang = rng.choice(("en", "fr"))
    return_id = f"R{number:07d}"
    reason = rng.choice(REASONS)
    decision = rng.choice(DECISIONS)
    item = {
        "return_id": return_id,
        "customer_id": f"C{rng.randrange(10**6):06d}",
        "order_id": f"O{number:07d}",
        "sku": f"SKU-{rng.randrange(300):04d}-M",
        "product_category": rng.choice(CATEGORIES),
        "price": round(rng.uniform(5, 150), 2),
        "currency": rng.choice(("EUR", "GBP")),
        "order_date": "2026-10-01T10:00:00+00:00",
        "delivery_date": "2026-10-03T10:00:00+00:00",
        "request_date": "2026-10-09T10:00:00+00:00",
        "reason_text": rng.choice(TEXTS[lang]),
        "lang": lang,
    } | overrides.pop("item", {})
    result = {
        "return_id": return_id,
        "reason": {
            "code": reason.code,
            "family": str(reason.family),
            "confidence": round(rng.uniform(0.3, 0.99), 3),
            "top3": [{"code": reason.code, "probability": 0.8}],
            "needs_review": rng.random() < 0.2,
        },
        "risk": {
            "score": round(rng.random() / 4, 3),
            "band": rng.choice(BANDS),
            "reason_codes": rng.sample(RISK_CODES, 2),
        },
        "decision": {
            "code": decision,
            "warn": False,
            "rules": [{"code": "WITHIN_RETURN_WINDOW", "sentence": "Requested within the 30-day return window."}],
            "policy_version": "test",
        },
        "reply": {
            "subject": "Your return",
            "body": f"Hello,\n\nthank you for your message about return {return_id}.\n\nBest regards",
            "lang": lang,
            "handover": rng.random() < 0.1,
        },
        "model_versions": {"returns-reason-classifier": "1"},
        "unavailable": [],
    }
    for part, values in overrides.items():
        result[part] = None if values is None else (result[part] or {}) | values
    return item, result


def triage_batches(count: int, batch: int = 256, seed: int = 0, start: int = 1) -> Iterator[tuple[list, list]]:
    """`count` logged triages in batches of (items, results), return ids from `start`."""
    rng = random.Random(seed)
    for first in range(start, start + count, batch):
        pairs = [triage_item(number, rng) for number in range(first, min(first + batch, start + count))]
        yield [item for item, _ in pairs], [result for _, result in pairs]


def csrf_token(html: str) -> str:
    """The CSRF token of the first form on a console page."""
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sign_in(client: Any, name: str, password: str) -> Any:
    """Sign `client` (an httpx or Starlette test client) in to the console; the sign-in response."""
    token = csrf_token(client.get("/console/sign-in").text)
    return client.post(
        "/console/sign-in", data={"name": name, "password": password, "csrf_token": token}, follow_redirects=False
    )


def hidden_fields(html: str, form_id: str) -> dict[str, str]:
    """The hidden inputs of the form with id `form_id` on a console page."""
    form = re.search(rf'<form [^>]*id="{form_id}">(.*?)</form>', html, re.S).group(1)
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form))


def unnamed_cells(page: str) -> list[str]:
    """The cells of a page's data tables whose `data-label` is not their column's header (a phone shows each row
    as a card of named cells), as 'table id or position: row: labels'; empty when every cell is named."""
    import html
    import re

    wrong = []
    for number, table in enumerate(re.findall(r'<table class="data"[^>]*>.*?</table>', page, re.S)):
        headers = [html.unescape(header) for header in re.findall(r"<th>([^<]*)</th>", table)]
        for row_number, row in enumerate(re.findall(r"<tbody>.*?</tbody>", table, re.S)[0].split("</tr>")[:-1]):
            labels = [html.unescape(label) for label in re.findall(r'<td[^>]*data-label="([^"]*)"', row)]
            if labels != headers or row.count("<td") != len(headers):
                wrong.append(f"table {number}: row {row_number}: {labels} vs {headers}")
    return wrong
