"""Bounds on a request's head (its request line and headers), which no ASGI middleware can set: the
app sees a request only once its head was read whole.

The service runs under uvicorn with httptools, which reads a head of any size for as long as the client
takes: a huge header is held in the worker's memory whole, and a connection sending a header a second
(slowloris), or nothing at all, is held open for good, so enough of them take every file descriptor the
worker has (the fourth hostile round's figures: benchmarks/README.md). `BoundedHttpToolsProtocol` refuses
a head larger than `max_head_bytes` with 431 before reading more of it, and closes a connection whose head
is not received whole within `head_seconds` of its first byte (or of the connection, for one that sends
nothing) with 408. A head is counted from its first byte, also one pipelined behind a body of a known length
or a head in the same read; after a chunked body, whose end only the parser finds, from the start of the slice of
the read the body ended in (such a body is fed in slices of a sixteenth of the limit), whatever else that slice held. A
refusal (431, 408, or the 400 for bytes the parser cannot read) waits for the answers of the requests read
before it on the connection. Bodies keep their own limits (`serving.middleware.BodyLimitMiddleware`).

It also bounds how many connections a worker holds (`max_connections`, kept within the worker's open-file limit):
held past the limit, idle ones between requests (each costs a file descriptor and ~12-15 KiB; a client keeps one
open after a single call for the keep-alive's 75 s) left no file for a new connection, which the worker then closed
unanswered. A connection arriving at the cap ends the one idle longest: between requests, or since it opened if it
has sent nothing yet (else such connections, sent nothing for their head's 10 s, kept a worker full at about 77 new
ones a second). The one ended is answered 408 and what its client sends meanwhile is dropped: closed bare, a call
its client sent at that instant met the close unanswered, and the client could not tell it was never read. When
none is idle (every connection is sending a head or has a request under way), the new one gets 503 with
`Retry-After`. A refused connection lingers (read and dropped) for at most `LINGER_SECONDS`, holding its file; at the
cap the one lingering longest is closed at once for a new one, so a burst of new connections at the cap holds no
more files than the cap.

It sends `100 Continue` to HTTP/1.1 clients only: uvicorn sent it to an HTTP/1.0 request asking for it, which RFC
9110 forbids (such a client takes the 1xx for the final answer).

`bound_connections` makes it uvicorn's "auto" HTTP protocol, the one BentoML's workers run, so it must be
called before the worker's server starts (importing `serving.service` does). This adapts uvicorn
internals (the protocol class and its parser callbacks); `tests/service/test_connection_limits.py` runs it
under a real uvicorn server, so an upgrade that changes them fails there.
"""

from __future__ import annotations

import asyncio
import json
import resource
from collections import deque
from typing import Any

import uvicorn.config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol, RequestResponseCycle

# How long a refused connection is read from (and what comes dropped) before it is closed.
LINGER_SECONDS = 2.0
# Files a worker keeps open besides its connections (the database, the model process's pipes, logs, libraries:
# 66 for a worker and its model process at rest), and room for more: connections are capped below the open-file
# limit by this many.
FILES_KEPT_FREE = 256


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a size and a time limit on each request's head."""

    max_head_bytes = 65_536
    head_seconds = 10.0
    keep_alive_seconds = 5.0  # uvicorn's own; the service sets `Settings.keep_alive_seconds`
    max_connections = 1_000
    retry_after_seconds = 5

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # BentoML starts its workers' servers with uvicorn's keep-alive; the protocol is the one place set for them.
        self.timeout_keep_alive = self.keep_alive_seconds
        self._reading_head = True  # the next bytes fed belong to a head: they are counted
        self._head_bytes = 0
        self._head_tail = b""  # the last bytes of the head fed so far, where its end may have begun
        self._body_left: int | None = 0  # bytes of the current body still to come; None: not known (chunked)
        # A chunked body ended in the slice just fed, somewhere in it: the rest of the slice, requests whole and a
        # head's first bytes among them, went to the parser uncounted.
        self._chunked_ended = False
        self._head_timer: asyncio.TimerHandle | None = None
        self._refused = False
        self._refusal: tuple[int, str] | None = None  # a refusal waiting for the answers before it
        self._closing_timer: asyncio.TimerHandle | None = None
        self._cycle_before: RequestResponseCycle | None = None  # the request read before the current one
        # When the connection fell idle (opened, or its last answer sent) with nothing of a request read since; None:
        # it is not idle.
        self.idle_since: float | None = None
        self.lingering_since: float | None = None  # when its refusal was sent, if it is read and dropped until closed

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_head_timer()  # a connection that sends nothing is timed from its start
        if len(self.connections) > self.max_connections:
            self._close_longest_lingering()
        if self._open_connections() > self.max_connections and not self._end_longest_idle():
            self._stop_head_timer()
            self._refused = True
            message = f"the service holds as many connections as it takes ({self.max_connections}): retry"
            self._send_refusal(503, message, b"retry-after: %d\r\n" % self.retry_after_seconds)
            return
        self.idle_since = self.loop.time()

    def _open_connections(self) -> int:
        """The connections holding a file that are not closed already (those wait only for the loop to let go)."""
        return sum(not other.transport.is_closing() for other in self.connections)

    def _close_longest_lingering(self) -> None:
        """Close the connection lingering longest after its refusal (408, 503, ...): at the cap its file is wanted
        more than the rest of what its client sends. Left to linger, each connection ended for a new one held a
        file for 2 s: 1,100 connections opened 100 at once under an open-file limit of 1,024 (cap 768) left 1,057
        files open and new clients' calls unanswered. One already closed (its linger ran out) waits only for the loop
        to let it go: closed again, it freed no file."""
        lingering = [
            other
            for other in self.connections
            if getattr(other, "lingering_since", None) is not None and not other.transport.is_closing()
        ]
        if lingering:
            longest = min(lingering, key=lambda other: other.lingering_since)
            longest.lingering_since = None
            longest.transport.close()

    def _end_longest_idle(self) -> bool:
        """End the connection idle longest, to make room for a new one; False when none is idle. A connection
        sending a head is not idle: its head has its own time limit. One already ending keeps its `idle_since` (its
        keep-alive closed it, or its head's time refused it) until the loop lets it go: ended again, it made no room."""
        idle = [
            other
            for other in self.connections
            if getattr(other, "idle_since", None) is not None
            and not other._refused
            and not other.transport.is_closing()
        ]
        if not idle:
            return False
        min(idle, key=lambda other: other.idle_since).end_for_another()
        return True

    def end_for_another(self) -> None:
        """End this idle connection with 408, as its head's time would: a call its client sends meanwhile (crossing
        the end) is read and dropped, and the 408 tells the client it was never read, so it can be sent again."""
        idle_seconds = self.loop.time() - (self.idle_since or self.loop.time())
        self.idle_since = None
        if self.timeout_keep_alive_task is not None:
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = None
        self._stop_head_timer()
        self._refused = True
        message = (
            f"connection ended after {idle_seconds:.1f} s idle to make room for another (the service holds "
            f"{self.max_connections} at most): nothing sent on it was read, send the request again"
        )
        self._send_refusal(408, message)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        if self._closing_timer is not None:
            self._closing_timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self.idle_since = None
        # The parser is fed a head up to its end and a body up to its length, so each head is counted from its
        # first byte, also one pipelined behind another request in the same read (counted from the read, such a
        # head was refused past twice the limit). A head is fed no further than the limit.
        while data and not self._refused and not self.transport.is_closing():
            if not self._reading_head:
                # Fed whole, a read ending a chunked body passed the head behind it to the parser uncounted: a head of
                # twice the read size was served (128 KiB behind a chunked body, with a limit of 8 KiB).
                size = max(1, self.max_head_bytes // 16) if self._body_left is None else self._body_left
            else:
                allowed = self.max_head_bytes - self._head_bytes
                if allowed <= 0:
                    self._refuse(431, f"request line and headers larger than {self.max_head_bytes} bytes")
                    return
                seen = self._head_tail + data[:allowed]
                end = seen.find(b"\r\n\r\n")
                size = min(len(data), allowed) if end < 0 else end + 4 - len(self._head_tail)
                self._head_bytes += size
                self._head_tail = seen[-3:]
            super().data_received(data[:size])
            if self._upgraded():
                return
            if self._chunked_ended:
                # What follows the body's end in the slice is taken for the next head's first bytes.
                self._chunked_ended = False
                if self._reading_head:
                    self._head_bytes, self._head_tail = min(size, len(data)), data[:size][-3:]
            data = data[size:]

    def _upgraded(self) -> bool:
        """Whether the bytes fed asked for another protocol: the rest of the read is not this parser's (uvicorn
        drops it, or has handed the connection to its WebSocket protocol, which must not get an HTTP 400)."""
        return self.transport.get_protocol() is not self or (self.parser is not None and self.parser.should_upgrade())

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._head_timer is None:  # the next request on a kept-alive connection: its head starts now
            self._start_head_timer()

    def on_headers_complete(self) -> None:
        if self._refused:
            return
        coding = b", ".join(value for name, value in self.headers if name == b"transfer-encoding")
        if coding and coding.strip().lower() != b"chunked":
            # The parser reads the chunks and drops a coding named before them (gzip): the body reached the app still
            # coded. HTTP/1.1 has a server refuse a transfer coding it does not implement with 501.
            shown = coding.decode("latin-1")[:100]
            self._refuse(
                501, f"transfer coding {shown!r} not implemented: send the body chunked or with a Content-Length"
            )
            return
        if self.parser.get_http_version() == "1.0":
            # RFC 9110 15.2: no 1xx answer to an HTTP/1.0 client, which takes it for the final one; uvicorn sent
            # "100 Continue" to any request asking for it
            self.expect_100_continue = False
        self._reading_head = False
        self._stop_head_timer()
        self._body_left = self._announced_body_length()
        self._cycle_before = self.cycle
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self._refused:
            return
        if self._body_left is not None:
            self._body_left -= len(body)
        super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refused:
            return
        super().on_message_complete()
        # Kept until the slice is counted: a request ending after the chunked body, in the same slice, does not say
        # where the head behind it began (starting the count at its end let that head pass the limit by the slice).
        self._chunked_ended = self._chunked_ended or self._body_left is None
        self._reading_head, self._head_bytes, self._head_tail = True, 0, b""  # what follows is the next head

    def _announced_body_length(self) -> int | None:
        """The body's length as its head gives it (0 without one); None for a chunked body, whose end the parser
        alone finds (the head after it is counted from the slice it began in)."""
        names = {name for name, _ in self.headers}
        if b"transfer-encoding" in names:
            return None
        lengths = [value for name, value in self.headers if name == b"content-length"]
        return int(lengths[0]) if lengths and lengths[0].isdigit() else 0

    def _start_head_timer(self) -> None:
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
        if self._head_timer is not None and self.timeout_keep_alive_task is not None:
            # A head begun behind the answered request (pipelined) has its own time: the keep-alive time would
            # close the connection first, without the 408.
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = None
        if self._refusal is not None and not self._answering() and not self.transport.is_closing():
            if self.timeout_keep_alive_task is not None:
                self.timeout_keep_alive_task.cancel()
                self.timeout_keep_alive_task = None
            self._send_refusal(*self._refusal)
        if self.timeout_keep_alive_task is not None:
            self.idle_since = self.loop.time()

    def _answering(self) -> bool:
        """Whether a request read before the refused head is still being answered (or waits its turn)."""
        return bool(self.pipeline) or (self.cycle is not None and not self.cycle.response_complete)

    def send_400_response(self, msg: str) -> None:
        # uvicorn answers bytes the parser refuses at once and closes: pipelined behind a request, that 400 took
        # the place of the request's answer, although the request was served (a `/triage` logged). Bytes refused
        # inside a body (a chunk size past 64 bits) leave that request unanswerable: it is dropped, so its 400
        # waits only for the requests before it (at once when there are none, not after its body's wait).
        if not self._reading_head:
            if self.cycle is not None and self.cycle.response_started and not self.cycle.response_complete:
                # that request's answer has begun (streamed before its body was read): a 400 written now would
                # read as the rest of it, so the connection ends and the client sees the answer cut short
                self.cycle.disconnected = True
                self.transport.close()
                return
            self._drop_current_request()
        self._refuse(400, msg)

    def _drop_current_request(self) -> None:
        """Give up the request whose body is being read: its app, if started, reads a disconnect and its answer
        goes nowhere; queued behind another (pipelined), it is never started."""
        dropped = self.cycle
        if dropped is None:
            return
        dropped.disconnected = True
        dropped.message_event.set()
        self.pipeline = deque(queued for queued in self.pipeline if queued[0] is not dropped)
        self.cycle = self._cycle_before

    def _refuse(self, status: int, message: str) -> None:
        """Refuse the head being read with `status` and `{"error": message}`: the rest of the head is never
        parsed. Requests read before it on the connection (pipelined) are answered first, as HTTP orders
        answers: sent at once, the refusal took the place of a request's answer already being computed."""
        self._stop_head_timer()
        self._refused = True
        self._refusal = (status, message)
        if not self._answering():
            self._send_refusal(status, message)

    def _send_refusal(self, status: int, message: str, headers: bytes = b"") -> None:
        """Answer and end the connection. The answer is followed by a half-close, and what the client still
        sends is read and dropped until it closes, for at most `LINGER_SECONDS`: closed with those bytes
        unread, the connection would be reset, and a client still sending a large head would lose the answer."""
        self._refusal = None
        body = json.dumps({"error": message}).encode()  # as the API's other refusals
        self.transport.write(
            STATUS_LINE[status]
            + headers
            + b"content-type: application/json\r\n"
            + b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
            + body
        )
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self.lingering_since = self.loop.time()
        self._closing_timer = self.loop.call_later(LINGER_SECONDS, self.transport.close)


def bound_connections(
    max_head_bytes: int, head_seconds: float, keep_alive_seconds: float, max_connections: int, retry_after_seconds: int
) -> None:
    """Make `BoundedHttpToolsProtocol`, with these limits and this keep-alive time (that of the server's config is
    not used), the protocol of every uvicorn server configured with the default `http="auto"` from now on. The
    connections are capped at `max_connections` or `FILES_KEPT_FREE` below this process's open-file limit, whichever
    is lower (at least one)."""
    open_files, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if open_files != resource.RLIM_INFINITY:
        max_connections = max(1, min(max_connections, open_files - FILES_KEPT_FREE))
    BoundedHttpToolsProtocol.max_head_bytes = max_head_bytes
    BoundedHttpToolsProtocol.head_seconds = head_seconds
    BoundedHttpToolsProtocol.keep_alive_seconds = keep_alive_seconds
    BoundedHttpToolsProtocol.max_connections = max_connections
    BoundedHttpToolsProtocol.retry_after_seconds = retry_after_seconds
    uvicorn.config.HTTP_PROTOCOLS["auto"] = f"{__name__}:{BoundedHttpToolsProtocol.__name__}"
