"""The console's corrected-reason re-decision and its sign-in lock probed from outside, through `bentoml serve`.

Each probe drives the console as agents do (sign in, open a return's page, post its forms) and checks the database
afterwards for what the answers promised:

- two agents correcting one return at once, to the same reason and to two reasons, and one form sent twice at once:
  every post answered 303, one re-decision per return and reason, one feedback record per double submit, and the
  page showing the decision of the newest record's reason;
- one agent's page opened before another agent's correction decided and drafted again: its decision and its reply
  refused (400, the decision or the draft changed), nothing stored, the decision and the reply from the page opened
  again taken;
- odd values in the correction's `reason` (empty, 100,000 characters, another case, spaces, NUL, a zero-width
  space, a Cyrillic look-alike, markup, the field twice or missing): 400 naming `reason`, nothing written, no markup
  rendered; corrections for a return never triaged, with an id the API refuses, and for one purged by retention
  (its page and its correction 404, its re-decisions gone);
- the models away: the model process stopped (SIGSTOP) for a correction (saved after `REDECIDE_SECONDS`, the page
  saying it was not decided again; the same correction once the models answer again is decided), and a service
  started without a champion (saved at once, not decided; decided after a restart with the models);
- kill -9 of the whole service right after a correction's 303, then a restart: the correction and its re-decision
  are there, once; and kill -9 while a correction waits for the (stopped) models: not acknowledged, nothing half
  written;
- an agent disabled by `triage agents disable` while their pages keep asking (the return's page, and its decision
  form posted again and again): every answer asked after the command ended is 403 saying the account is disabled, no
  feedback record of theirs is dated after it; enabled again, the old cookie opens nothing, a new sign-in does;
- ten wrong passwords sent at once with the right one 50 ms later, on a fresh agent per round: the right one must not
  be let in once `TRIAGE_CONSOLE_MAX_FAILED_SIGNINS` wrong ones were counted before it. Judged by what the database
  stored, read every few milliseconds while the round runs: a lock once stored is lifted only by the right password
  let in, so a lock seen and then gone is that flaw. (The order the answers arrive misjudged a loaded machine: a
  sign-in's answer waits for its session's write, long after its password was taken.)

    .venv/bin/python benchmarks/console_probes.py --state /path/to/a/copy/of/a/served/state --json out.json

The state folder needs the champions and the history store (`triage data load data/sample`): the models decide a
correction again only for a return whose customer the history store holds (a triaged return is). Run it on a copy:
it adds agents, an API key and triaged returns, and purges one. Prints the figures; exits 1 when any probe failed.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import html
import json
import os
import re
import secrets
import signal
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import psutil
import sqlalchemy as sa

from triage.settings import REPO_ROOT, Settings

sys.path.insert(0, str(REPO_ROOT / "tests"))  # the real-server harness the service tests use
from server_support import ServerProcess, settings_with_key

from serving.api import EXAMPLE_EN
from serving.console.app import REDECIDE_SECONDS
from serving.console.security import SESSION_COOKIE
from serving.db import agents, create_db_engine, feedback, predictions, redecisions
from serving.stores.agents import AgentStore
from serving.stores.retention import purge

MARKUP = "<script>alert(1)</script>"
ODD_REASONS: dict[str, list[tuple[str, str]]] = {
    "empty": [("reason", "")],
    "100,000 characters": [("reason", "d" * 100_000)],
    "another case": [("reason", "DEFECTIVE")],
    "surrounding spaces": [("reason", " defective ")],
    "NUL": [("reason", "defective\x00")],
    "zero-width space": [("reason", "defec\u200btive")],
    "Cyrillic look-alike": [("reason", "d\u0435fective")],
    "markup": [("reason", MARKUP)],
    "twice": [("reason", "defective"), ("reason", "too_large")],
    "missing": [],
}
ODD_RETURN_IDS = {"never triaged": "RNEVER-TRIAGED", "NUL": "R\x00", "3,000 characters": "R" * 3_000}
NOT_DECIDED_AGAIN = "the console could not decide again"


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else ""


class Console:
    """One agent signed in to the console over HTTP."""

    def __init__(self, url: str, name: str, password: str) -> None:
        self.client = httpx.AsyncClient(base_url=url, timeout=120)
        self.name, self.password = name, password

    async def sign_in(self) -> int:
        token = _csrf((await self.client.get("/console/sign-in")).text)
        form = {"name": self.name, "password": self.password, "csrf_token": token}
        return (await self.client.post("/console/sign-in", data=form)).status_code

    async def page(self, return_id: str) -> httpx.Response:
        return await self.client.get(f"/console/returns/{return_id}")

    async def correct(self, return_id: str, fields: list[tuple[str, str]], token: str | None = None) -> httpx.Response:
        token = token or _csrf((await self.page(return_id)).text)
        body = httpx.QueryParams([*fields, ("csrf_token", token)])
        return await self.client.post(
            f"/console/returns/{return_id}/reason",
            content=str(body),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    async def reply(self, return_id: str, page: str) -> httpx.Response:
        """Mark as sent the reply `page` (the return's page as this agent opened it) shows, with its form's fields."""
        form = re.search(r'<form[^>]*id="reply-form">(.*?)</form>', page, re.S)
        fields = dict(
            re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form.group(1) if form else "")
        )
        draft = re.search(r'<textarea name="reply"[^>]*>(.*?)</textarea>', page, re.S)
        fields["reply"] = html.unescape(draft.group(1)) if draft else ""
        return await self.client.post(f"/console/returns/{return_id}/reply", data=fields)

    async def decide(self, return_id: str, page: str, note: str = "") -> httpx.Response:
        """Save the decision `page` (the return's page as this agent opened it) has selected, with its form's fields."""
        return await self.client.post(f"/console/returns/{return_id}/decision", data=self.decision_form(page, note))

    @staticmethod
    def decision_form(page: str, note: str = "") -> dict[str, str]:
        """The fields of the decision form of `page` (a return's page), its selected decision saved with `note`."""
        form = re.search(r'<form[^>]*id="decision-form">(.*?)</form>', page, re.S)
        fields = dict(
            re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form.group(1) if form else "")
        )
        chosen = re.search(r'<option value="([^"]+)" selected>', form.group(1) if form else "")
        return fields | {"decision": chosen.group(1) if chosen else "", "note": note}

    async def close(self) -> None:
        await self.client.aclose()


class Probes:
    """The service under probe (restartable), its database and the failures found."""

    def __init__(self, state: Path, settings: Settings, key: str) -> None:
        self.state, self.settings, self.key = state, settings, key
        self.server = ServerProcess(state, settings.reports_dir / "console_probes.log")
        self.engine = create_db_engine(settings.db_url)
        self.failures: list[dict[str, Any]] = []
        self.results: dict[str, Any] = {}
        self.agents: dict[str, str] = {}

    def fail(self, probe: str, problem: str) -> None:
        self.failures.append({"probe": probe, "problem": problem})

    def agent(self) -> tuple[str, str]:
        """A new agent's name and password."""
        name, password = f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(15)
        AgentStore(self.engine).create(name, password)
        return name, password

    async def console(self) -> Console:
        console = Console(self.server.url, *self.agent())
        await console.sign_in()
        return console

    def triage(self) -> str:
        """A new return triaged through the API; its id."""
        return_id = f"RC{uuid.uuid4().hex[:10]}"
        body = {"returns": [copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id}]}
        answer = httpx.post(
            f"{self.server.url}/triage", json=body, headers={"Authorization": f"Bearer {self.key}"}, timeout=120
        )
        answer.raise_for_status()
        return return_id

    def stored(self, return_id: str) -> tuple[list[Any], Counter[str]]:
        """The return's feedback records (oldest first) and its re-decisions per reason."""
        with self.engine.connect() as connection:
            records = connection.execute(
                sa.select(feedback.c.agent_id, feedback.c.corrected_reason, feedback.c.final_decision)
                .where(feedback.c.return_id == return_id)
                .order_by(feedback.c.id)
            ).all()
            reasons = connection.execute(sa.select(redecisions.c.reason).where(redecisions.c.return_id == return_id))
            return records, Counter(reasons.scalars())

    def check_page(self, probe: str, return_id: str, page: str) -> None:
        """The page shows the decision made for the newest record's corrected reason, when one was made."""
        records, made = self.stored(return_id)
        corrected = records[-1].corrected_reason if records else None
        shown = re.search(r'id="redecided-decision">(.*?)</p>', page, re.S)
        if corrected in made and (shown is None or corrected.replace("_", " ") not in shown.group(1)):
            self.fail(probe, f"the page does not show the decision for {corrected}")
        if MARKUP in page:
            self.fail(probe, "markup rendered as HTML")

    async def races(self, rounds: int) -> None:
        """Two agents at once (same reason, two reasons) and one form sent twice at once."""
        first, second = await self.console(), await self.console()
        kinds = {
            "two agents, one reason": ((first, "defective"), (second, "defective")),
            "two agents, two reasons": ((first, "defective"), (second, "not_as_described")),
            "one form sent twice": ((first, "defective"), (first, "defective")),
        }
        for probe, posts in kinds.items():
            statuses: Counter[str] = Counter()
            most = 0
            for _ in range(rounds):
                return_id = self.triage()
                tokens = [_csrf((await console.page(return_id)).text) for console, _ in posts]
                answers = await asyncio.gather(
                    *(
                        console.correct(return_id, [("reason", reason)], token)
                        for (console, reason), token in zip(posts, tokens, strict=True)
                    )
                )
                statuses.update(str(answer.status_code) for answer in answers)
                records, made = self.stored(return_id)
                most = max(most, *made.values())
                if any(count > 1 for count in made.values()):
                    self.fail(probe, f"{return_id}: re-decisions {dict(made)}")
                if probe == "one form sent twice" and len(records) != 1:
                    self.fail(probe, f"{return_id}: {len(records)} feedback records")
                self.check_page(probe, return_id, (await first.page(return_id)).text)
            if set(statuses) != {"303"}:
                self.fail(probe, f"answers {dict(statuses)}")
            self.results[probe] = {"rounds": rounds, "answers": dict(statuses), "most_redecisions_per_reason": most}
        await first.close()
        await second.close()

    async def stale_page(self, rounds: int) -> None:
        """One agent opens a return's page, another corrects its reason (decided and drafted again), then the first
        saves the decision its page showed, and marks the reply its page showed as sent: both refused (400 saying the
        decision or the draft changed), nothing stored, and the same agent's decision and reply from the page opened
        again are taken."""
        first, second = await self.console(), await self.console()
        answers: Counter[str] = Counter()
        for _ in range(rounds):
            return_id = self.triage()
            opened = (await first.page(return_id)).text
            await second.correct(return_id, [("reason", "defective")])
            kept = await first.decide(return_id, opened, note="as the page suggested")
            answers[f"stale decision {kept.status_code}"] += 1
            if kept.status_code != 400 or "the suggested decision changed" not in html.unescape(kept.text):
                self.fail("stale page", f"{return_id}: decision {kept.status_code} {kept.text[:200]}")
            if self.final_decision(return_id)[1] != second.name:
                self.fail("stale page", f"{return_id}: the stale decision was stored")
            decided = await first.decide(return_id, (await first.page(return_id)).text)
            answers[f"reopened decision {decided.status_code}"] += 1
            if decided.status_code != 303 or self.final_decision(return_id)[1] != first.name:
                self.fail("stale page", f"{return_id}: the decision from the page opened again: {decided.status_code}")
            stale = await first.reply(return_id, opened)
            answers[f"stale {stale.status_code}"] += 1
            if stale.status_code != 400 or "the draft changed" not in html.unescape(stale.text):
                self.fail("stale page", f"{return_id}: {stale.status_code} {stale.text[:200]}")
            if self.reply_status(return_id) is not None:
                self.fail("stale page", f"{return_id}: the stale reply was stored")
            fresh = await first.reply(return_id, (await first.page(return_id)).text)
            answers[f"reopened {fresh.status_code}"] += 1
            if fresh.status_code != 303 or self.reply_status(return_id) != "sent_as_is":
                self.fail("stale page", f"{return_id}: the reply from the page opened again: {fresh.status_code}")
        self.results["stale page"] = {"rounds": rounds, "answers": dict(answers)}
        await first.close()
        await second.close()

    async def disabled_mid_session(self, rounds: int) -> None:
        """An agent disabled by `triage agents disable` while two of their pages keep asking (a return's page, and
        its decision saved again and again from a page opened before): every answer that began after the command
        ended is 403 saying the account is disabled, none a page or a saved form, and no feedback record of theirs is
        dated after it; enabled again (`triage agents enable`), the old cookie opens nothing and a new sign-in does."""
        answers: Counter[str] = Counter()
        first_refusals: list[float] = []
        for _ in range(rounds):
            name, password = self.agent()
            agent = Console(self.server.url, name, password)
            await agent.sign_in()
            cookie = {"Cookie": f"{SESSION_COOKIE}={agent.client.cookies.get(SESSION_COOKIE)}"}
            return_id = self.triage()
            opened = (await agent.page(return_id)).text
            seen: list[tuple[float, str, int, bool]] = []
            stop = asyncio.Event()
            form = agent.decision_form(opened)
            askers = [
                asyncio.create_task(self._keep_asking(kind, return_id, form, cookie, seen, stop))
                for kind in ("page", "form", "page", "form")
            ]
            await asyncio.sleep(1)
            command = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "cli", "agents", "disable", name, cwd=REPO_ROOT,
                env=self.command_env(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
            said = (await command.communicate())[0].decode(errors="replace").strip()
            ended, ended_at = time.monotonic(), datetime.now(UTC)
            if command.returncode != 0:
                self.fail("disabled mid-session", f"disable exit {command.returncode}: {said[-300:]}")
            await asyncio.sleep(2)
            stop.set()
            await asyncio.gather(*askers)
            after = [(began, kind, status, told) for began, kind, status, told in seen if began > ended]
            for began, kind, status, _ in seen:
                answers[f"{'after' if began > ended else 'before or during'} the command: {kind} {status}"] += 1
            wrong = [(kind, status) for _, kind, status, told in after if status != 403 or not told]
            if wrong or not after:
                self.fail("disabled mid-session", f"{name}: answers after the command: {Counter(wrong) or 'none'}")
            refused = [began for began, _, status, _ in seen if status == 403]
            first_refusals.append(round(min(refused) - ended, 3) if refused else float("nan"))
            with self.engine.connect() as connection:
                late = connection.execute(
                    sa.select(sa.func.count()).where(feedback.c.agent_id == name, feedback.c.created_at > ended_at)
                ).scalar_one()
            if late:
                self.fail("disabled mid-session", f"{name}: {late} feedback records saved after the command ended")
            command = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "cli", "agents", "enable", name, cwd=REPO_ROOT,
                env=self.command_env(), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
            await command.wait()
            async with httpx.AsyncClient(base_url=self.server.url, timeout=120) as client:
                old = await client.get(f"/console/returns/{return_id}", headers=cookie)
            answers[f"old cookie after enable {old.status_code}"] += 1
            if old.status_code != 303:
                self.fail("disabled mid-session", f"{name}: the old cookie after enable: {old.status_code}")
            fresh = Console(self.server.url, name, password)
            answers[f"sign-in after enable {await fresh.sign_in()}"] += 1
            page = await fresh.page(return_id)
            answers[f"page after a new sign-in {page.status_code}"] += 1
            if page.status_code != 200:
                self.fail("disabled mid-session", f"{name}: after enable and sign-in: {page.status_code}")
            await fresh.close()
            await agent.close()
        self.results["disabled mid-session"] = {
            "rounds": rounds,
            "answers": dict(sorted(answers.items())),
            "first 403 after the command ended (s; negative: before it returned)": first_refusals,
        }

    async def _keep_asking(
        self,
        kind: str,
        return_id: str,
        form: dict[str, str],
        cookie: dict[str, str],
        seen: list[tuple[float, str, int, bool]],
        stop: asyncio.Event,
    ) -> None:
        """Ask for the return's page (`kind` "page") or save its decision form, with the session's cookie, until
        `stop`; each answer in `seen`: when it was asked, the kind, its status and whether it says "disabled"."""
        async with httpx.AsyncClient(base_url=self.server.url, timeout=120) as client:
            while not stop.is_set():
                began = time.monotonic()
                if kind == "page":
                    answer = await client.get(f"/console/returns/{return_id}", headers=cookie)
                else:
                    answer = await client.post(f"/console/returns/{return_id}/decision", data=form, headers=cookie)
                seen.append((began, kind, answer.status_code, "account has been disabled" in answer.text))
                await asyncio.sleep(0.1)  # an agent's pace, not a flood: the command starts meanwhile

    def command_env(self) -> dict[str, str]:
        """The environment a `triage` command on the probed state runs with (the served code, the served database)."""
        return os.environ | {"TRIAGE_STATE_DIR": str(self.state), "PYTHONPATH": str(REPO_ROOT)}

    def final_decision(self, return_id: str) -> tuple[str | None, str | None]:
        """The final decision of the return's newest feedback record and the agent who saved that record."""
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(feedback.c.final_decision, feedback.c.agent_id)
                .where(feedback.c.return_id == return_id)
                .order_by(feedback.c.id.desc())
                .limit(1)
            ).first()
        return (row[0], row[1]) if row is not None else (None, None)

    def reply_status(self, return_id: str) -> str | None:
        """The reply status of the return's newest feedback record."""
        with self.engine.connect() as connection:
            return connection.execute(
                sa.select(feedback.c.reply_status)
                .where(feedback.c.return_id == return_id)
                .order_by(feedback.c.id.desc())
                .limit(1)
            ).scalar()

    async def odd_values(self) -> None:
        """Odd values in the correction's field; corrections for returns never triaged or purged."""
        console = await self.console()
        return_id = self.triage()
        answers: dict[str, int] = {}
        for name, fields in ODD_REASONS.items():
            answer = await console.correct(return_id, fields)
            answers[f"reason {name}"] = answer.status_code
            if answer.status_code != 400 or "reason" not in answer.text:
                self.fail(f"reason {name}", f"{answer.status_code}: {answer.text[:200]}")
            if MARKUP in answer.text:
                self.fail(f"reason {name}", "markup rendered as HTML")
        records, made = self.stored(return_id)
        if records or made:
            self.fail("odd reasons", f"written: {len(records)} records, re-decisions {dict(made)}")
        for name, odd_id in ODD_RETURN_IDS.items():
            token = _csrf((await console.page(return_id)).text)
            answer = await console.correct(quote(odd_id, safe=""), [("reason", "defective")], token)
            answers[f"return id {name}"] = answer.status_code
            if answer.status_code != 404:
                self.fail(f"return id {name}", f"{answer.status_code}: {answer.text[:200]}")
        # Purged by retention: its row aged past the retention period, then `triage data purge`'s purge.
        purged = self.triage()
        token = _csrf((await console.page(purged)).text)
        await console.correct(purged, [("reason", "defective")], token)
        with self.engine.begin() as connection:
            aged = datetime.now(UTC) - timedelta(days=self.settings.retention_days + 1)
            connection.execute(predictions.update().where(predictions.c.return_id == purged).values(created_at=aged))
        purge(self.engine, self.settings.retention_days)
        page, again = await console.page(purged), await console.correct(purged, [("reason", "too_large")], token)
        answers["purged return: page"], answers["purged return: correction"] = page.status_code, again.status_code
        _, made = self.stored(purged)
        if page.status_code != 404 or again.status_code != 404 or made:
            self.fail("purged return", f"page {page.status_code}, correction {again.status_code}, kept {dict(made)}")
        self.results["odd values"] = answers
        await console.close()

    def model_process(self) -> psutil.Process:
        """The worker's model process (a multiprocessing child of the only worker)."""
        assert self.server.process is not None
        for child in psutil.Process(self.server.process.pid).children(recursive=True):
            if "spawn_main" in " ".join(child.cmdline()):
                return child
        raise RuntimeError("no model process: serve with TRIAGE_SERVE_MODEL_PROCESS=true")

    async def models_stopped(self) -> None:
        """A correction while the model process does not answer, then again once it does."""
        console = await self.console()
        return_id = self.triage()
        models = self.model_process()
        models.send_signal(signal.SIGSTOP)
        try:
            started = time.perf_counter()
            answer = await console.correct(return_id, [("reason", "defective")])
            waited = time.perf_counter() - started
        finally:
            models.send_signal(signal.SIGCONT)
        page = (await console.page(return_id)).text
        records, made = self.stored(return_id)
        if answer.status_code != 303 or NOT_DECIDED_AGAIN not in page or made or len(records) != 1:
            self.fail("models stopped", f"{answer.status_code}, {len(records)} records, re-decisions {dict(made)}")
        again = await console.correct(return_id, [("reason", "defective")])
        _, made = self.stored(return_id)
        if again.status_code != 303 or made != Counter({"defective": 1}):
            self.fail("models answering again", f"{again.status_code}, re-decisions {dict(made)}")
        self.results["models stopped"] = {
            "answered_after_seconds": round(waited, 1),
            "limit_seconds": REDECIDE_SECONDS,
            "saved": len(records),
            "decided_once_models_answer": dict(made),
        }
        await console.close()

    async def answering(self, timeout: float = 600) -> None:
        """Wait for a service that cannot be ready (no models: `/readyz` 503) to answer `/healthz`."""
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(base_url=self.server.url, timeout=2) as client:
            while time.monotonic() < deadline:
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.5)
        raise RuntimeError(f"no answer from the service after {timeout} s")

    async def no_champion(self, empty_registry: str) -> None:
        """A service started without a champion, then again with the models."""
        self.server.kill()
        self.server.env = {"TRIAGE_MLFLOW_TRACKING_URI": empty_registry}
        self.server.launch()
        await self.answering()
        console = await self.console()
        with self.engine.connect() as connection:  # a return triaged before, as the queue holds them
            return_id = connection.execute(
                sa.select(predictions.c.return_id)
                .where(
                    predictions.c.endpoint == "triage", ~predictions.c.return_id.in_(sa.select(feedback.c.return_id))
                )
                .order_by(predictions.c.id.desc())
                .limit(1)
            ).scalar_one()
        started = time.perf_counter()
        answer = await console.correct(return_id, [("reason", "wrong_item")])
        waited = time.perf_counter() - started
        page = (await console.page(return_id)).text
        records, made = self.stored(return_id)
        if answer.status_code != 303 or NOT_DECIDED_AGAIN not in page or made or len(records) != 1:
            self.fail("no champion", f"{answer.status_code}, {len(records)} records, re-decisions {dict(made)}")
        await console.close()
        self.server.kill()
        self.server.env = {}
        self.server.start(timeout=600)
        console = await self.console()
        again = await console.correct(return_id, [("reason", "wrong_item")])
        _, made = self.stored(return_id)
        if again.status_code != 303 or made != Counter({"wrong_item": 1}):
            self.fail("decided after the restart", f"{again.status_code}, re-decisions {dict(made)}")
        self.results["no champion"] = {
            "answered_after_seconds": round(waited, 2),
            "saved": len(records),
            "decided_after_restart": dict(made),
        }
        await console.close()

    async def kills(self, rounds: int) -> None:
        """kill -9 right after a correction's 303, and while one waits for the models."""
        acknowledged = found = duplicated = half_written = 0
        for _ in range(rounds):
            name, password = self.agent()
            console = Console(self.server.url, name, password)
            await console.sign_in()
            return_id = self.triage()
            token = _csrf((await console.page(return_id)).text)
            answer = await console.correct(return_id, [("reason", "defective")], token)
            self.server.kill()
            acknowledged += answer.status_code == 303
            self.server.start(timeout=600)
            console = Console(self.server.url, name, password)
            await console.sign_in()
            page = (await console.page(return_id)).text
            records, made = self.stored(return_id)
            corrected = [record for record in records if record.corrected_reason == "defective"]
            found += len(corrected) == 1 and made == Counter({"defective": 1})
            duplicated += len(corrected) > 1 or any(count > 1 for count in made.values())
            self.check_page("kill -9 after the answer", return_id, page)
            # While the correction waits for the stopped models: the agent is never told it was saved.
            return_id = self.triage()
            token = _csrf((await console.page(return_id)).text)
            self.model_process().send_signal(signal.SIGSTOP)
            waiting = asyncio.create_task(console.correct(return_id, [("reason", "defective")], token))
            await asyncio.sleep(1)
            self.server.kill()
            try:
                unanswered = await waiting
                self.fail("kill -9 while deciding", f"answered {unanswered.status_code}")
            except httpx.HTTPError:
                pass
            self.server.start(timeout=600)
            records, made = self.stored(return_id)
            half_written += bool(records) != bool(made)
            await console.close()
        if acknowledged != rounds or found != acknowledged or duplicated or half_written:
            self.fail("kill -9", f"{acknowledged} acknowledged, {found} found once, {duplicated} duplicated")
        self.results["kill -9"] = {
            "rounds": rounds,
            "acknowledged": acknowledged,
            "found_once_after_restart": found,
            "duplicated": duplicated,
            "unacknowledged_half_written": half_written,
        }

    async def sign_in_race(self, rounds: int, wrong: int = 10, delay: float = 0.05) -> None:
        """`wrong` wrong guesses at once and the right password `delay` later, on a fresh agent per round."""

        async def attempt(name: str, password: str, after: float) -> tuple[int, float]:
            await asyncio.sleep(after)
            console = Console(self.server.url, name, password)
            status = await console.sign_in()
            await console.close()
            return status, time.perf_counter()

        outcomes = []
        for _ in range(rounds):
            name, password = self.agent()
            stop = threading.Event()
            states: list[bool] = []
            reads = [0]
            watcher = threading.Thread(target=self.watch_lock, args=(name, stop, states, reads))
            watcher.start()
            guesses = [attempt(name, f"wrong guess {number}", 0) for number in range(wrong)]
            try:
                *refused, (status, answered) = await asyncio.gather(*guesses, attempt(name, password, delay))
            finally:
                stop.set()
                watcher.join()
            lifted = True in states[:-1]  # states alternate: a lock stored, then gone
            outcomes.append(
                {
                    "right_password": status,
                    "wrong_answered_before": sum(at < answered for _, at in refused),
                    "lock_stored": any(states),
                    "lock_lifted": lifted,
                    "account_reads": reads[0],
                }
            )
            if lifted:
                self.fail("sign-in race", "a stored lock was lifted: the right password was let in after it")
        self.results["sign-in race"] = {"wrong": wrong, "right_after_seconds": delay, "rounds": outcomes}

    def watch_lock(self, name: str, stop: threading.Event, states: list[bool], reads: list[int]) -> None:
        """Read whether agent `name`'s account is locked until `stop` is set, keeping each change (and counting the
        reads in `reads[0]`): the order the database stored the lock and its lifting in."""
        query = sa.select(agents.c.locked_until).where(agents.c.name == name)
        with self.engine.connect() as connection:
            while True:
                done = stop.is_set()  # read once more after the last answer
                locked = connection.execute(query).scalar_one() is not None
                connection.rollback()  # a new snapshot for the next read
                reads[0] += 1
                if not states or states[-1] != locked:
                    states.append(locked)
                if done:
                    return
                time.sleep(0.002)


async def run(probes: Probes, rounds: int, empty_registry: str) -> None:
    probes.server.start(timeout=600)
    try:
        await probes.races(rounds)
        await probes.odd_values()
        await probes.stale_page(rounds)
        await probes.disabled_mid_session(rounds)
        await probes.sign_in_race(rounds)
        await probes.models_stopped()
        await probes.kills(rounds)
        await probes.no_champion(empty_registry)
    finally:
        probes.server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, required=True, help="a copy of a served state folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    settings, key = settings_with_key(args.state, "console-probes")
    probes = Probes(args.state, settings, key)
    empty_registry = f"sqlite:///{settings.reports_dir / 'console_probes_empty_registry.db'}"
    asyncio.run(run(probes, args.rounds, empty_registry))
    report = {"database": settings.db_url.split("://")[0], **probes.results, "failures": probes.failures}
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    raise SystemExit(1 if probes.failures else 0)


if __name__ == "__main__":
    main()
