"""Webhook receivers on loopback for the tests: one verifies each signature, records every delivery
and answers with the status the test scripts (e.g. 500 to the first attempt of each event); one
takes deliveries and never finishes answering them."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from serving.webhooks import EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_signature


@dataclass
class Delivery:
    event_id: str
    body: dict[str, Any]
    raw: bytes
    signature_ok: bool
    status: int


@dataclass
class Receiver:
    """Collects deliveries; `answer(event_id, times_seen_before)` picks the HTTP status."""

    secret: str = ""
    answer: Callable[[str, int], int] = lambda _event_id, _seen: 200
    deliveries: list[Delivery] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hooks"

    def accepted_ids(self) -> set[str]:
        with self.lock:
            return {d.event_id for d in self.deliveries if 200 <= d.status < 300 and d.signature_ok}

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                ok = verify_signature(
                    receiver.secret, self.headers[TIMESTAMP_HEADER] or "", raw, self.headers[SIGNATURE_HEADER] or ""
                )
                event_id = self.headers[EVENT_ID_HEADER] or ""
                with receiver.lock:
                    seen = sum(d.event_id == event_id for d in receiver.deliveries)
                    status = receiver.answer(event_id, seen) if ok else 401
                    receiver.deliveries.append(Delivery(event_id, json.loads(raw), raw, ok, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@dataclass
class StallingReceiver:
    """A receiver that takes each delivery's request and never finishes its answer: silent, or (with
    `trickle_seconds`) sending the status line a byte at a time, each byte inside any read timeout.
    Each connection is held until `hold_seconds` have passed or `stop()`."""

    trickle_seconds: float | None = None
    hold_seconds: float = 30.0
    connections: int = 0
    listener: socket.socket | None = None
    stopped: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        assert self.listener is not None
        host, port = self.listener.getsockname()[:2]
        return f"http://{host}:{port}/hooks"

    def start(self) -> StallingReceiver:
        self.listener = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self) -> None:
        assert self.listener is not None
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:  # the listener was closed by stop()
                return
            self.connections += 1
            threading.Thread(target=self._stall, args=(connection,), daemon=True).start()

    def _stall(self, connection: socket.socket) -> None:
        answer = iter(b"HTTP/1.1 200 OK\r\nX-Wait: " + b"." * 60_000)
        deadline = time.monotonic() + self.hold_seconds
        with connection:
            connection.recv(65536)
            while time.monotonic() < deadline and not self.stopped.wait(self.trickle_seconds or 0.05):
                if self.trickle_seconds is not None:
                    try:
                        connection.sendall(bytes([next(answer)]))
                    except OSError:  # the sender gave up and closed its side
                        return

    def stop(self) -> None:
        self.stopped.set()
        if self.listener is not None:
            self.listener.close()
