"""Bounds on a request's head (its request line and headers), which no ASGI middleware can set: the
app sees a request only once its head was read whole.

The service runs under uvicorn with httptools, which reads a head of any size for as long as the client
takes: a huge header is held in the worker's memory whole, and a connection sending a header a second
(slowloris), or nothing at all, is held open for good, so enough of them take every file descriptor the
worker has (the fourth hostile round's figures: benchmarks/README.md). `BoundedHttpToolsProtocol` refuses
a head larger than `max_head_bytes` with 431 before reading more of it, and closes a connection whose head
is not received whole within `head_seconds` of its first byte (or of the connection, for one that sends
nothing) with 408. Bodies keep their own limits (`serving.middleware.BodyLimitMiddleware`).

`bound_request_heads` makes it uvicorn's "auto" HTTP protocol, the one BentoML's workers run, so it must be
called before the worker's server starts (importing `serving.service` does). This adapts uvicorn
internals (the protocol class and its parser callbacks); `tests/service/test_connection_limits.py` runs it
under a real uvicorn server, so an upgrade that changes them fails there.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import uvicorn.config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

# How long a refused connection is read from (and what comes dropped) before it is closed.
LINGER_SECONDS = 2.0


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a size and a time limit on each request's head."""

    max_head_bytes = 65_536
    head_seconds = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reading_head = True
        self._head_bytes = 0
        self._head_timer: asyncio.TimerHandle | None = None
        self._refused = False
        self._refusal: tuple[int, str] | None = None  # a refusal waiting for the answers before it
        self._closing_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        if self._closing_timer is not None:
            self._closing_timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        while data and not self._refused and not self.transport.is_closing():
            if not self._reading_head:
                super().data_received(data)
                return
            # Feed the parser no more of a head than the limit: the bytes after it are the body, or more head. A
            # head that begins inside the bytes fed (a request pipelined after another) is counted from the next
            # bytes, so a small head just after a large body is never refused as a large one; such a head is
            # refused past twice the limit at most (its bytes fed with the request before it are not counted).
            allowed = self.max_head_bytes - self._head_bytes
            if allowed <= 0:
                self._refuse(431, f"request line and headers larger than {self.max_head_bytes} bytes")
                return
            self._head_bytes += min(len(data), allowed)
            super().data_received(data[:allowed])
            data = data[allowed:]

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if not self._reading_head:  # the next request on a kept-alive connection: its head starts now
            self._start_head()

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._stop_head_timer()
        super().on_headers_complete()

    def _start_head(self) -> None:
        self._reading_head = True
        self._head_bytes = 0
        self._stop_head_timer()
        self._head_timer = self.loop.call_later(self.head_seconds, self._head_too_slow)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self._reading_head and not self.transport.is_closing():
            self._refuse(408, f"request line and headers not received whole within {self.head_seconds:g} seconds")

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._refusal is not None and not self._answering() and not self.transport.is_closing():
            if self.timeout_keep_alive_task is not None:
                self.timeout_keep_alive_task.cancel()
                self.timeout_keep_alive_task = None
            self._send_refusal(*self._refusal)

    def _answering(self) -> bool:
        """Whether a request read before the refused head is still being answered (or waits its turn)."""
        return bool(self.pipeline) or (self.cycle is not None and not self.cycle.response_complete)

    def _refuse(self, status: int, message: str) -> None:
        """Refuse the head being read with `status` and `{"error": message}`: the rest of the head is never
        parsed. Requests read before it on the connection (pipelined) are answered first, as HTTP orders
        answers: sent at once, the refusal took the place of a request's answer already being computed."""
        self._stop_head_timer()
        self._refused = True
        self._refusal = (status, message)
        if not self._answering():
            self._send_refusal(status, message)

    def _send_refusal(self, status: int, message: str) -> None:
        """Answer and end the connection. The answer is followed by a half-close, and what the client still
        sends is read and dropped until it closes, for at most `LINGER_SECONDS`: closed with those bytes
        unread, the connection would be reset, and a client still sending a large head would lose the answer."""
        self._refusal = None
        body = json.dumps({"error": message}).encode()  # as the API's other refusals
        self.transport.write(
            STATUS_LINE[status]
            + b"content-type: application/json\r\n"
            + b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
            + body
        )
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self._closing_timer = self.loop.call_later(LINGER_SECONDS, self.transport.close)


def bound_request_heads(max_head_bytes: int, head_seconds: float) -> None:
    """Make `BoundedHttpToolsProtocol`, with these limits, the protocol of every uvicorn server configured
    with the default `http="auto"` from now on."""
    BoundedHttpToolsProtocol.max_head_bytes = max_head_bytes
    BoundedHttpToolsProtocol.head_seconds = head_seconds
    uvicorn.config.HTTP_PROTOCOLS["auto"] = f"{__name__}:{BoundedHttpToolsProtocol.__name__}"
