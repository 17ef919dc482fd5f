"""Idle keep-alive connections held against one served worker: does a new client's /triage call still get its
answer, and what do the held connections cost in memory and file descriptors?

    .venv/bin/python benchmarks/idle_connections.py --state /path/to/a/copy/of/a/served/state \
        --idle 500 2000 [--open-files 1024] [--json out.json]

Starts one `bentoml serve` of the state (one worker with its model process, as the service tests do) and, for each
count in turn, opens that many connections that each send one `GET /healthz`, read its answer and then send
nothing (a client's pooled connection, or one left open on purpose). While they are held, five one-return /triage
calls are sent one after the other, each on a new connection, as a new client's would be. Then it waits past the
service's keep-alive (`TRIAGE_KEEP_ALIVE_SECONDS`) and counts the held connections the service closed.
`--open-files` starts the served processes with a lower open-file limit (what a default systemd unit or shell gives:
1,024), to see what happens when the held connections reach it: the service caps its connections below it
(`TRIAGE_MAX_CONNECTIONS`), ending the longest idle for a new one. `--at-cap N` serves with a cap of N and probes
the cap itself: N connections held idle, a call sent on the one idle longest as a new client connects (at once, and
just after the new client was answered: crossing the end of its connection; every other held connection is then read
for the 408 it did not ask for, so a call on a connection the service did not end is counted apart), then N
connections that send nothing
and five new clients' calls, then bursts (`--bursts`): N held idle each send a call within `--burst-delay` seconds
of `--burst-new` new clients connecting and calling at once (blocking sockets, each on its thread, reading what the
kernel holds as most clients do). Not a timing benchmark: the seconds only say whether an answer came. Exits 1 when a
new client's /triage call was not answered 200, or (`--at-cap`) a call crossing the end of its connection unanswered.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import re
import resource
import socket
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psutil
from bulk_callers import body, tree_rss

from triage.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests"))  # the real-server harness the service tests use
from server_support import ServerProcess, settings_with_key

HEALTH = b"GET /healthz HTTP/1.1\r\nHost: probe\r\n\r\n"
# How many connections are opened at once: more, and the listening socket's backlog refuses some.
OPENING_AT_ONCE = 100


def tree_fds(pid: int) -> int:
    """File descriptors open in the process `pid` and all its descendants."""
    root = psutil.Process(pid)
    return sum(process.num_fds() for process in (root, *root.children(recursive=True)))


def start_with_open_files(server: ServerProcess, limit: int | None) -> None:
    """Start `server` with `limit` as its processes' open-file limit (None: this process's). The served processes
    inherit it from here and read it when they start (the service caps its connections below it); this process
    takes its own limit back at once, to hold more connections than that."""
    if limit is None:
        server.start(timeout=600)
        return
    own, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
    try:
        server.launch()
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (own, hard))
    server.wait_ready(timeout=600)


async def open_idle(url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | str:
    """A connection that sent one /healthz and read its answer whole, or why it could not be opened."""
    address = urllib.parse.urlsplit(url)
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(address.hostname, address.port), 30)
        writer.write(HEALTH)
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
        length = re.search(rb"content-length: (\d+)", head, re.IGNORECASE)
        await asyncio.wait_for(reader.readexactly(int(length.group(1)) if length else 0), 30)
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as error:
        return type(error).__name__
    return reader, writer


async def closed_by_service(reader: asyncio.StreamReader) -> bool:
    """Whether the service has ended a held connection: it reads as closed, or as the 408 a connection ended at the
    cap gets (a held connection, which sends nothing, is sent nothing otherwise)."""
    try:
        await asyncio.wait_for(reader.read(1), 0.05)
        return True
    except TimeoutError:
        return False
    except OSError:
        return True


async def new_client_calls(url: str, key: str, calls: int) -> list[dict[str, Any]]:
    """`calls` one-return /triage calls one after the other, each from a new client on a new connection."""
    results = []
    for _ in range(calls):
        started = time.perf_counter()
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            try:
                answer = await client.post("/triage", json=body(1, 200), headers={"Authorization": f"Bearer {key}"})
                status: int | str = answer.status_code
            except httpx.HTTPError as error:
                status = type(error).__name__
        results.append({"status": status, "seconds": round(time.perf_counter() - started, 2)})
    return results


async def hold(url: str, key: str, pid: int, idle: int, keep_alive_seconds: float) -> dict[str, Any]:
    """`idle` connections held idle while new clients call, then left until the service's keep-alive ends them."""
    calls_before = await new_client_calls(url, key, 2)  # the first call after start warms the models
    rss_before, fds_before = tree_rss(pid), tree_fds(pid)
    opened: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    refused: list[str] = []
    for start in range(0, idle, OPENING_AT_ONCE):
        batch = await asyncio.gather(*(open_idle(url) for _ in range(min(OPENING_AT_ONCE, idle - start))))
        opened += [connection for connection in batch if not isinstance(connection, str)]
        refused += [connection for connection in batch if isinstance(connection, str)]
    held_at = time.perf_counter()
    rss_held, fds_held = tree_rss(pid), tree_fds(pid)
    closed_while_held = sum(await asyncio.gather(*(closed_by_service(reader) for reader, _ in opened)))
    calls = await new_client_calls(url, key, 5)
    await asyncio.sleep(max(0.0, keep_alive_seconds + 5 - (time.perf_counter() - held_at)))
    closed = sum(await asyncio.gather(*(closed_by_service(reader) for reader, _ in opened)))
    for _, writer in opened:
        with contextlib.suppress(OSError):
            writer.close()
    await asyncio.sleep(2)
    return {
        "idle_connections_asked": idle,
        "idle_connections_held": len(opened),
        "idle_connections_not_opened": dict(Counter(refused)),
        "rss_mb_before": round(rss_before / 2**20),
        "rss_mb_held": round(rss_held / 2**20),
        "kib_per_connection": round((rss_held - rss_before) / 1024 / max(1, len(opened)), 1),
        "fds_before": fds_before,
        "fds_held": fds_held,
        "closed_by_the_service_while_opening_others": closed_while_held,
        "new_client_calls_before": calls_before,
        "new_client_calls_while_held": calls,
        "closed_by_the_service_after_keep_alive": closed,
        "fds_after_keep_alive": tree_fds(pid),
        "new_client_calls_after": await new_client_calls(url, key, 1),
    }


async def read_answer(reader: asyncio.StreamReader) -> int | str:
    """The status of the next whole answer on a held connection, or how it ended without one."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
        length = re.search(rb"content-length: (\d+)", head, re.IGNORECASE)
        await asyncio.wait_for(reader.readexactly(int(length.group(1)) if length else 0), 30)
    except (OSError, asyncio.IncompleteReadError) as error:
        return "closed unanswered" if isinstance(error, asyncio.IncompleteReadError) else type(error).__name__
    except TimeoutError:
        return "no answer in 30 s"
    return int(head.split()[1])


async def ended_unasked(reader: asyncio.StreamReader) -> str | None:
    """What a held connection that sent nothing since its last answer has received: the answer the service ends a
    connection with at the cap (its status), "closed" or how reading it failed; None when nothing came."""
    try:
        first = await asyncio.wait_for(reader.read(1), 0.1)
    except TimeoutError:
        return None
    except OSError as error:
        return type(error).__name__
    if not first:
        return "closed"
    status = await read_answer(reader)
    return str(status)


async def at_the_cap(url: str, key: str, cap: int, rounds: int) -> dict[str, Any]:
    """With the worker's `cap` connections held idle: a call sent on the connection idle longest as a new client
    connects (at once, and just after the new client's call was answered: crossing the end of its connection),
    then `cap` connections that send nothing and a new client's call.

    After each round every other held connection is read for an answer it did not ask for: when the call was served
    first the service ends the next idle connection instead, and a call "crossing" the end of a connection the
    service did not end proves nothing. Such a call is counted apart (`crossing_on_a_connection_not_ended`), the
    ended connection is dropped and the served one kept, so the cap stays full and the longest idle is known."""
    address = urllib.parse.urlsplit(url)
    held = [connection for connection in [await open_idle(url) for _ in range(cap)] if not isinstance(connection, str)]
    at_once: Counter[str] = Counter()
    crossing: Counter[str] = Counter()
    crossing_not_ended: Counter[str] = Counter()
    ended_instead: Counter[str] = Counter()
    new_clients: Counter[str] = Counter()
    for round_ in range(rounds):
        reader, writer = held.pop(0)  # the one idle longest
        newcomer = asyncio.open_connection(address.hostname, address.port)
        if round_ % 2 == 0:  # at once: the call and the new connection
            writer.write(HEALTH)
            new_reader, new_writer = await newcomer
            new_writer.write(HEALTH)
            status = str(await read_answer(reader))
            new_clients[str(await read_answer(new_reader))] += 1
        else:  # crossing: the call sent once the new client's was answered
            new_reader, new_writer = await newcomer
            new_writer.write(HEALTH)
            new_clients[str(await read_answer(new_reader))] += 1
            writer.write(HEALTH)
            status = str(await read_answer(reader))
        others = await asyncio.gather(*(ended_unasked(other) for other, _ in held))
        ended = [(connection, got) for connection, got in zip(held, others, strict=True) if got is not None]
        ended_instead.update(got for _, got in ended)
        if round_ % 2 == 0:
            at_once[status] += 1
        elif ended and status == "200":
            crossing_not_ended[status] += 1
        else:
            crossing[status] += 1
        for (other_reader, other_writer), _ in ended:
            held.remove((other_reader, other_writer))
            other_writer.close()
        if status == "200":
            held.append((reader, writer))  # served: now the connection idle the shortest
        else:
            writer.close()
        held.append((new_reader, new_writer))
    for _, writer in held:
        writer.close()
    await asyncio.sleep(3)
    silent = [await asyncio.open_connection(address.hostname, address.port) for _ in range(cap)]
    await asyncio.sleep(0.5)
    calls_while_silent = await new_client_calls(url, key, 5)
    silent_ended = Counter([str(await read_answer(reader)) for reader, _ in silent[:5]])
    for _, writer in silent:
        writer.close()
    return {
        "cap": cap,
        "held_idle": cap,
        "call_on_the_longest_idle_as_a_new_client_connects": dict(at_once),
        "call_on_the_longest_idle_crossing_its_end": dict(crossing),
        "crossing_on_a_connection_not_ended": dict(crossing_not_ended),
        "other_held_connections_ended_instead": dict(ended_instead),
        "new_clients_meanwhile": dict(new_clients),
        "new_client_calls_while_cap_connections_sent_nothing": [call["status"] for call in calls_while_silent],
        "the_five_silent_longest_then": dict(silent_ended),
    }


def call_on(connection: socket.socket) -> str:
    """Send one /healthz on `connection` and read its answer's head: its status, then ", reset" when the service
    reset the connection after it; or how the call ended without one."""
    sent = ""
    try:
        connection.sendall(HEALTH)
    except OSError as error:
        sent = f"sending: {type(error).__name__}, "  # what the kernel still holds is read: a client may read it
    received, ended = b"", ""
    try:
        while b"\r\n\r\n" not in received and (chunk := connection.recv(65_536)):
            received += chunk
        if received.split(b" ")[1:2] != [b"200"]:
            while connection.recv(65_536):  # what follows a refusal: the close, or a reset
                pass
    except TimeoutError:
        ended = ", no answer in 30 s" if not received else ""
    except OSError as error:
        ended = f", {type(error).__name__}"
    status = received.split(b" ")[1].decode() if received.startswith(b"HTTP/1.1 ") else "unanswered"
    return sent + status + ended


def held_idle(address: tuple[str, int]) -> socket.socket | str:
    """A connection that sent one /healthz and read its answer, or why it could not be opened."""
    try:
        connection = socket.create_connection(address, timeout=30)
        connection.sendall(HEALTH)
        received = b""
        while b"\r\n\r\n" not in received and (chunk := connection.recv(65_536)):
            received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        length = re.search(rb"content-length: (\d+)", head, re.IGNORECASE)
        while length and len(body) < int(length.group(1)) and (chunk := connection.recv(65_536)):
            body += chunk
    except OSError as error:
        return type(error).__name__
    return connection


def one_burst(address: tuple[str, int], held: list[socket.socket], new: int, delay: float) -> list[tuple[str, str]]:
    """Each `held` connection sends a call up to `delay` seconds (uniform) after `new` clients connect and call:
    ("held" or "new", what each call got)."""
    start = threading.Barrier(len(held) + new)
    results: list[tuple[str, str]] = []

    def held_calls(connection: socket.socket) -> None:
        start.wait()
        time.sleep(random.uniform(0, delay))  # during the burst: crossing the end of its connection, or after it
        results.append(("held", call_on(connection)))

    def new_calls() -> None:
        start.wait()
        try:
            connection = socket.create_connection(address, timeout=30)
        except OSError as error:
            results.append(("new", f"connecting: {type(error).__name__}"))
            return
        with connection:
            results.append(("new", call_on(connection)))

    threads = [threading.Thread(target=held_calls, args=(connection,)) for connection in held]
    threads += [threading.Thread(target=new_calls) for _ in range(new)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def burst_at_the_cap(url: str, cap: int, rounds: int, new: int, delay: float) -> dict[str, Any]:
    """`rounds` bursts: `cap` connections held idle each send a call within `delay` s of the instant `new` clients
    connect and call, so new ones end idle ones (408) and, the burst going on, the ended ones may be closed before
    their linger is up. What each held connection's call and each new client's call got."""
    split = urllib.parse.urlsplit(url)
    address = (split.hostname or "127.0.0.1", split.port or 80)
    got: dict[str, Counter[str]] = {"held": Counter(), "new": Counter()}
    for _ in range(rounds):
        held = [
            connection for connection in (held_idle(address) for _ in range(cap)) if not isinstance(connection, str)
        ]
        for side, outcome in one_burst(address, held, new, delay):
            got[side][outcome] += 1
        for connection in held:
            connection.close()
        time.sleep(3)  # every connection ended and closed before the next round
    return {
        "bursts": rounds,
        "new_clients_each": new,
        "delay_s": delay,
        "calls_on_held_idle": dict(got["held"]),
        "new_clients": dict(got["new"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, required=True, help="state folder with the champions")
    parser.add_argument("--idle", type=int, nargs="+", default=[500])
    parser.add_argument("--open-files", type=int, help="the served processes' open-file limit (default: inherited)")
    parser.add_argument(
        "--at-cap",
        type=int,
        help="serve with this TRIAGE_MAX_CONNECTIONS and probe the cap itself: calls crossing the end of an idle "
        "connection, and connections that send nothing",
    )
    parser.add_argument("--rounds", type=int, default=40, help="calls sent on an ended connection (--at-cap)")
    parser.add_argument("--bursts", type=int, default=10, help="bursts of new connections at the cap (--at-cap)")
    parser.add_argument("--burst-new", type=int, default=150, help="new clients in each burst (--at-cap)")
    parser.add_argument(
        "--burst-delay", type=float, default=1.0, help="held connections call within this many seconds of a burst"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    settings, key = settings_with_key(args.state, "idle-connections")
    env = {} if args.at_cap is None else {"TRIAGE_MAX_CONNECTIONS": str(args.at_cap)}
    server = ServerProcess(args.state, settings.reports_dir / "idle_connections.log", env=env)
    start_with_open_files(server, args.open_files)
    runs = []
    try:
        assert server.process is not None
        if args.at_cap is not None:
            report = asyncio.run(at_the_cap(server.url, key, args.at_cap, args.rounds))
            report["burst"] = burst_at_the_cap(server.url, args.at_cap, args.bursts, args.burst_new, args.burst_delay)
            print(json.dumps(report, indent=2), flush=True)
            if args.json:
                args.json.write_text(json.dumps(report, indent=2))
            unanswered = [
                status for status in report["call_on_the_longest_idle_crossing_its_end"] if status[0].isalpha()
            ]
            raise SystemExit(1 if unanswered else 0)
        for idle in args.idle:
            runs.append(asyncio.run(hold(server.url, key, server.process.pid, idle, settings.keep_alive_seconds)))
            print(json.dumps(runs[-1], indent=2), flush=True)
    finally:
        server.kill()
    report = {"open_files": args.open_files, "keep_alive_seconds": settings.keep_alive_seconds, "runs": runs}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    calls = [call for run in runs for call in run["new_client_calls_while_held"] + run["new_client_calls_after"]]
    raise SystemExit(1 if any(call["status"] != 200 for call in calls) else 0)


if __name__ == "__main__":
    main()
