"""Careless and hostile input to every `triage` command that reads a file (issue 16): a missing file, a
folder instead of a file (and a file instead of a folder), an empty file, a header without rows, missing
columns, values of the wrong type or out of range, bytes that are not UTF-8, a policy YAML with a bad
field, an output path that cannot be written.

    TRIAGE_STATE_DIR=/path/to/a/copy/of/a/served/state .venv/bin/python benchmarks/cli_probes.py [--json out.json]

The state needs the history tables (a served state, or `triage data load data/sample` on a copy of one holding the
champions only): `monitor --current` reads them before its file.

Also: CSVs in UTF-16 (with and without a BOM), with semicolons, texts over the API's 5,000 characters, a
1 GB sparse file of zeros, history exports not gzipped, cut short, in UTF-16 or a gzip of zeros, outputs
that are an input of the command (the input CSV, the policy in force, the export folder, an export file
as `--rejects`) or cannot be written (`/proc/version`); and CSVs with a BOM or CRLF line ends, which must
be read (`must succeed`). The fourth round adds a 10 MB cell to every command that reads a text, a workbook
renamed .csv, mixed and bare-CR line ends and paths with spaces, accents and an emoji (the last three must
succeed). The sixth round adds files and folders the command may not read or write (run as root, those probes
drop the capabilities that let root read anything: `setpriv`) and a database that cannot be opened (no server, a
state folder below a file). Not probed: a FIFO with no writer (the command waits for one, as `cat` does;
`-i <(command)` is the same kind of file). The eighth round adds the policies `policy simulate` and `policy tune`
read besides the one checked (`--policy`, `--current`: missing, a folder, binary, UTF-16, a bad field, nested 5,000
deep), their shares past (0, 1], `monitor`'s window at the ends of the calendar, reversed or of 2^63 requests,
`webhooks log --limit` and `webhooks remove` past 64 bits, list values, authors and notes, agent and key names
past what they hold. The tenth round adds an export with bad values in four fields (one line naming each), a price
of 1e308 under a `TRIAGE_MAX_ITEM_PRICE` that lets it through, a Ctrl-C while the command's imports run, and a date
column in two ISO 8601 forms (must succeed). The eleventh round adds a `TRIAGE_MAX_ITEM_PRICE` past what a price in
cents holds (inf, 1e300) or no number, refused by every command (the 1e308 probes of the tenth round now stop there),
dates in forms no entry point reads ("2026-11", "20261110", Unix seconds, a week day) in the request and reply CSVs, a
history export, `batch score --since` and `monitor --since/--until`, and, must succeed, `predict replies` of moments
with a time and a zone (it read days only). The twelfth round adds cells with a space around a value with a form (a
date, a price, an id, a reason code) in the request and reply CSVs and a history export (read by `predict replies`
alone), an export outside the shop's bounds (a price of 250,000, a request in 2030: `batch score` read them), a
price above a ceiling of 2^46 (said "7.03687e+13"), counts, ids and ports that are no whole number in range (said
in pydantic's words), and, must succeed, dates with a lower-case t and z (RFC 3339) and reason texts with spaces
around them. The thirteenth round adds `batch score --engine spark` of an export with refused values or a file cut
short (`local[1]`: Spark's own log lines come before the message), `batch score` of spoiled export files on pandas,
outputs that are no regular file (a FIFO, a device: a file written whole was renamed over them), `TRIAGE_*` paths and
values set to an empty string, CSVs with their header repeated mid-file or a Latin-1 byte past the first 64 KB,
`data generate --seed abc`, and, must succeed, request and reply CSVs with a BOM and CRLF line ends and two commands
writing the same state at once. The sixteenth round (run from the checkout, `python -m cli`) adds a texts CSV whose
`lang` is spelled "Lang", an export naming a column twice or in two cases on both engines, commands that change what
is stored (`keys revoke`, `agents disable`...) on a state folder with no database (they must make none), ids of 1 MB
in a request CSV, two `data load`s at once (the second refused at once, naming the state), and, must succeed, request
and reply CSVs with dates without a zone. The seventeenth round adds `TRIAGE_DATABASE_URL` and
`TRIAGE_MLFLOW_TRACKING_URI` values no command could open (not a URL, a database or driver not installed, an
in-memory or relative SQLite file, a registry that is no server or database; each must be refused naming the variable,
never with its password) and `triage serve` on a port another program listens on or a host that is no address. The
eighteenth round adds a registry that takes connections and never answers (`predict reasons`, `serve`, `train risk`
waited 200 s and more, then said "no champion"): each must be refused within a minute, naming the variable; and
settings that are no JSON (`TRIAGE_REPLY_TRANSIT_DAYS=abc`: pydantic-settings' traceback), infinite
(`TRIAGE_API_KEY_CACHE_SECONDS=inf`: taken) or a reversed span of days, and registries that cannot be read (a file that
is no database: a traceback; a PostgreSQL server that never answers: most of an hour).

Every probe must end with a one-line message and a non-zero exit, never a traceback, and a value out of
range must never be accepted silently (`accepted` probes list what a command took without a word); a
refused command must leave the probes' folder as it was (`wrote on refusal`: an output half-written, an
input replaced). Runs
the commands one after the other (each loads pandas, some a model): a few minutes on 2 cores. Prints the
counts and every failure; exits 1 when any probe failed. Use a copy of the state folder: a probe that
wrongly succeeds writes to it.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import io
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TRIAGE = str(Path(sys.executable).parent / "triage")
CHECKOUT = [sys.executable, "-m", "cli"]
# A request CSV's columns (`features.csv_input.REQUEST_CSV_COLUMNS`) and one good row of them.
REQUEST = {
    "return_id": "R1",
    "customer_id": "C1",
    "order_id": "O1",
    "sku": "SHO-0042-39",
    "product_category": "shoes",
    "price": "89.00",
    "currency": "GBP",
    "delivery_date": "2026-10-05",
    "request_date": "2026-10-08",
    "reason_text": "Too small, I need a 40",
}
# `triage predict replies` reads the text as `text` and its dates as days.
REPLY = {
    "text": "Too small, I need a 40",
    "product_category": "shoes",
    "price": "89.00",
    "currency": "GBP",
    "delivery_date": "2026-10-05",
    "request_date": "2026-10-08",
}
POLICY_PROBLEMS = {
    "negative window": "return_window_days:\n  default: -1\n",
    "a list": "- 1\n- 2\n",
    "a number": "42\n",
    "invalid YAML": "return_window_days: [1,\n",
    "nested 5,000 deep": "[" * 5_000 + "]" * 5_000 + "\n",
    "unknown key": "return_window_dayz: 30\n",
}


def _csv(rows: list[dict[str, str]]) -> str:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(dict.fromkeys(column for row in rows for column in row)))
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue()


def _workbook() -> bytes:
    """A minimal .xlsx: a ZIP archive of XML parts, as Excel writes it."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as workbook:
        workbook.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        workbook.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
    return archive.getvalue()


def _sample_export(folder: Path, name: str) -> Path:
    """A copy of the sample history export, `folder / name`, to spoil."""
    export = folder / name
    export.mkdir()
    for table in Path("data/sample").glob("*.csv.gz"):
        (export / table.name).write_bytes(table.read_bytes())
    return export


def _returns(export: Path) -> list[dict[str, str]]:
    """The rows of an export's returns table."""
    with gzip.open(export / "returns.csv.gz", "rt", encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def inputs(folder: Path) -> dict[str, Path]:
    """The bad (and one good) inputs the probes hand to the commands, written into `folder`."""
    files: dict[str, str | bytes] = {
        "empty.csv": "",
        "header only.csv": ",".join(REQUEST) + "\n",
        "no columns.csv": "a,b\n1,2\n",
        "latin-1.csv": (",".join(REQUEST) + "\n").encode()
        + "R1,C1,O1,S,shoes,1,GBP,2026-10-05,2026-10-08,tr\xe8s\n".encode("latin-1"),
        "binary.csv": bytes(range(256)) * 4,
        "policy.yaml": Path("config/policy.yaml").read_text(encoding="utf-8"),
    }
    for field, value in (
        ("price", "abc"),
        ("price", "inf"),
        ("price", "1e308"),
        ("request_date", "1600-01-03"),
        ("request_date", "2999-01-01"),
        ("delivery_date", "not a date"),
        # the eleventh round: forms no entry point reads (a month, a basic-form day, Unix seconds)
        ("request_date", "2026-11"),
        ("request_date", "20261110"),
        ("delivery_date", "1762767000"),
        # the twelfth round: a space around a value with a form (cells are read as written)
        ("request_date", " 2026-10-08"),
        ("price", "89.00 "),
        ("customer_id", " C1"),
        ("product_category", "spaceships"),
        ("reason_text", ""),
    ):
        files[f"requests {field}={value}.csv"] = _csv([REQUEST, REQUEST | {"return_id": "R2", field: value}])
    for field, value in (
        ("price", "inf"),
        ("price", "1e308"),
        ("price", "-5"),
        ("price", "nan"),
        ("request_date", "1600-01-03"),
        ("request_date", "20261110"),
        ("request_date", "2026-W46-2"),
        ("request_date", " 2026-10-08"),
        ("price", "89.00 "),
        ("reason", "too_small\u00a0"),
        ("reason", "bogus_reason"),
        ("risk_score", "2"),
        ("free_returns_used", "-3"),
    ):
        row = REPLY | {"reason": "too_small"}
        files[f"replies {field}={value}.csv"] = _csv([row, row | {field: value}])
    for encoding in ("utf-16", "utf-16-le"):
        files[f"requests {encoding}.csv"] = _csv([REQUEST]).encode(encoding)
        files[f"texts {encoding}.csv"] = "text,lang\nToo small,en\n".encode(encoding)
    files["requests semicolon.csv"] = _csv([REQUEST]).replace(",", ";")
    files["texts semicolon.csv"] = "text;lang\nToo small;en\n"
    long_text = "The zip broke. " * 334  # 5,010 characters: the API takes 5,000
    files["texts 5,010 chars.csv"] = _csv([{"text": long_text}])
    files["requests reason_text 5,010 chars.csv"] = _csv([REQUEST | {"reason_text": long_text}])
    files["replies text 5,010 chars.csv"] = _csv([REPLY | {"text": long_text}])
    files["texts BOM.csv"] = b"\xef\xbb\xbf" + b"text,lang\nToo small,en\n"
    files["texts CRLF.csv"] = "text,lang\r\nToo small,en\r\n"
    files["texts good.csv"] = "text,lang\nToo small,en\n"
    # Not "requests …": every file named so is probed as one `predict risk` must refuse.
    files["good requests.csv"] = _csv([REQUEST])
    files["texts lang=xx.csv"] = "text,lang\nToo small,xx\n"
    files["texts only blank.csv"] = "text\n\n\n"
    # The fourth round: a cell of 10 MB, a workbook renamed .csv, mixed and bare-CR line ends, a path with
    # spaces, accents and an emoji.
    ten_mb = "x" * 10_000_000
    files["texts a 10 MB cell.csv"] = _csv([{"text": ten_mb}])
    files["requests reason_text a 10 MB cell.csv"] = _csv([REQUEST | {"reason_text": ten_mb}])
    files["replies text a 10 MB cell.csv"] = _csv([REPLY | {"text": ten_mb}])
    files["held back a 10 MB cell.csv"] = _csv([{"text": ten_mb, "lang": "en", "label": "too_small"}])
    files["texts xlsx renamed.csv"] = _workbook()
    files["requests xlsx renamed.csv"] = _workbook()
    files["texts mixed line ends.csv"] = b"text,lang\r\nToo small,en\nToo big,en\r\nNot as shown,en\n"
    files["texts CR line ends.csv"] = b"text,lang\rToo small,en\rToo big,en\r"
    # The tenth round: a date column in two ISO 8601 forms (a day, a moment in UTC)
    two_forms = REQUEST | {"return_id": "R2", "request_date": "2026-10-08T10:00:00Z"}
    files["good requests dates in two ISO forms.csv"] = _csv([REQUEST, two_forms])
    # The eleventh round: `predict replies` of moments, not days (refused before), and a moment with a space
    moments = {"delivery_date": "2026-10-05 14:00:00", "request_date": "2026-10-08T18:30:00+01:00"}
    files["good replies dates as moments.csv"] = _csv([REPLY | {"reason": "too_small"} | moments])
    # The twelfth round: RFC 3339's lower-case t and z, a reason text with spaces around it (kept as typed)
    lower = {"delivery_date": "2026-10-05t14:00:00z", "request_date": "2026-10-08t18:30:00+01:00"}
    files["good requests lower-case t and z.csv"] = _csv([REQUEST | lower])
    files["good replies lower-case t and z.csv"] = _csv([REPLY | {"reason": "too_small"} | lower])
    files["good requests reason_text with spaces around.csv"] = _csv([REQUEST | {"reason_text": "  Too small "}])
    files["requests price above 2^46.csv"] = _csv([REQUEST | {"price": f"{2**46}.01"}])
    files["good requests mixed line ends.csv"] = _csv([REQUEST, REQUEST | {"return_id": "R2"}]).replace("\r\n", "\n", 1)
    files["textes réclamés ü 🙂.csv"] = "text,lang\nToo small,en\n"
    # The thirteenth round: a header repeated mid-file (two exports pasted together), a Latin-1 byte past the first
    # 64 KB a reader checks for NUL bytes, a BOM with CRLF line ends in the request and reply CSVs (must succeed)
    files["texts header repeated.csv"] = "text,lang\nToo small,en\ntext,lang\nToo big,en\n"
    files["requests header repeated.csv"] = _csv([REQUEST]) + _csv([REQUEST | {"return_id": "R2"}])
    files["replies header repeated.csv"] = _csv([REPLY]) + _csv([REPLY])
    late = "text,lang\n" + "Too small,en\n" * 6_000
    files["texts Latin-1 byte past 64 KB.csv"] = late.encode() + "Tr\xe8s petit,fr\n".encode("latin-1")
    files["requests Latin-1 byte past 64 KB.csv"] = _csv(
        [REQUEST | {"return_id": f"R{row}"} for row in range(1_000)]
    ).encode() + "R9999,C1,O1,SHO-0042-39,shoes,89.00,GBP,2026-10-05,2026-10-08,tr\xe8s petit\r\n".encode("latin-1")
    files["good requests BOM and CRLF.csv"] = b"\xef\xbb\xbf" + _csv([REQUEST]).encode()
    files["good replies BOM and CRLF.csv"] = b"\xef\xbb\xbf" + _csv([REPLY | {"reason": "too_small"}]).encode()
    for name, text in POLICY_PROBLEMS.items():
        files[f"policy {name}.yaml"] = text
    paths = {}
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths[name] = path
    paths["zeros 1 GB.csv"] = folder / "zeros 1 GB.csv"
    with paths["zeros 1 GB.csv"].open("wb") as sparse:
        sparse.truncate(2**30)
    for spoil in ("not gzipped", "cut short", "utf-16", "gzip of zeros"):
        export = _sample_export(folder, f"export {spoil}")
        orders = export / "orders.csv.gz"
        text = gzip.decompress(orders.read_bytes())
        orders.write_bytes(
            {
                "not gzipped": text,
                "cut short": orders.read_bytes()[: len(orders.read_bytes()) // 2],
                "utf-16": gzip.compress(text.decode().encode("utf-16")),
                "gzip of zeros": gzip.compress(b"\x00" * 2**28),
            }[spoil]
        )
        paths[f"export {spoil}"] = export
    export = _sample_export(folder, "export a 10 MB reason text")
    rows = _returns(export)
    rows[0]["reason_text"] = "x" * 10_000_000
    (export / "returns.csv.gz").write_bytes(gzip.compress(_csv(rows).encode()))
    paths["export a 10 MB reason text"] = export
    export = _sample_export(folder, "export request_ts=20261110")
    rows = _returns(export)
    rows[0]["request_ts"] = "20261110"
    (export / "returns.csv.gz").write_bytes(gzip.compress(_csv(rows).encode()))
    paths["export request_ts=20261110"] = export
    # the twelfth round: a space around an id; a price and a request outside the shop's bounds
    for name, table, column, value in (
        ("export customer_id with a space", "returns", "customer_id", " {}"),
        ("export request_ts in 2030", "returns", "request_ts", "2030-01-01 00:00:00"),
        ("export price of 250,000", "line_items", "price", "250000.0"),
    ):
        export = _sample_export(folder, name)
        with gzip.open(export / f"{table}.csv.gz", "rt", encoding="utf-8", newline="") as read:
            rows = list(csv.DictReader(read))
        rows[0][column] = value.format(rows[0][column])
        (export / f"{table}.csv.gz").write_bytes(gzip.compress(_csv(rows).encode()))
        paths[name] = export
    export = _sample_export(folder, "export bad values in 4 fields")
    rows = _returns(export)
    # in the returns, which no other row points at: no row refused for its parent's sake
    for row, column, value in (
        (0, "request_ts", "yesterday"),
        (1, "lang", "xx"),
        *((row, "label", "bogus") for row in range(2, 7)),
        (7, "form_reason_code", "nope"),
    ):
        rows[row][column] = value
    (export / "returns.csv.gz").write_bytes(gzip.compress(_csv(rows).encode()))
    paths["export bad values in 4 fields"] = export
    (folder / "a folder").mkdir()
    paths["a folder"] = folder / "a folder"
    (folder / "empty folder").mkdir()
    paths["empty folder"] = folder / "empty folder"
    return paths


def probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(probe name, the command's arguments)."""
    missing, directory, out = folder / "missing.csv", files["a folder"], folder / "out.csv"
    nowhere = folder / "no such folder" / "out.csv"
    for command in ("reasons", "replies", "risk"):
        predict = ["predict", command]
        yield f"predict {command} missing input", [*predict, "-i", str(missing), "-o", str(out)]
        yield f"predict {command} folder as input", [*predict, "-i", str(directory), "-o", str(out)]
        for name in ("empty.csv", "header only.csv", "no columns.csv", "latin-1.csv", "binary.csv"):
            yield f"predict {command} {name}", [*predict, "-i", str(files[name]), "-o", str(out)]
        good = files["texts good.csv"] if command == "reasons" else files["requests price=abc.csv"]
        yield f"predict {command} output folder missing", [*predict, "-i", str(good), "-o", str(nowhere)]
        yield (
            f"predict {command} output is a folder",
            [*predict, "-i", str(files["texts good.csv"]), "-o", str(directory)],
        )
    for name in ("texts lang=xx.csv", "texts only blank.csv"):
        yield f"predict reasons {name}", ["predict", "reasons", "-i", str(files[name]), "-o", str(out)]
    for name in sorted(files):
        if name.startswith("requests "):
            yield f"predict risk {name}", ["predict", "risk", "-i", str(files[name]), "-o", str(out)]
            yield f"monitor --current {name}", ["monitor", "--current", str(files[name])]
        if name.startswith("replies "):
            yield f"predict replies {name}", ["predict", "replies", "-i", str(files[name]), "-o", str(out)]
    yield "monitor --current missing", ["monitor", "--current", str(missing)]
    yield "monitor --current folder", ["monitor", "--current", str(directory)]
    for name in ("empty.csv", "binary.csv"):
        yield f"monitor --current {name}", ["monitor", "--current", str(files[name])]
    yield "policy check missing", ["policy", "check", str(folder / "missing.yaml")]
    yield "policy check folder", ["policy", "check", str(directory)]
    yield "policy check empty", ["policy", "check", str(files["empty.csv"])]
    yield "policy check binary", ["policy", "check", str(files["binary.csv"])]
    for name in POLICY_PROBLEMS:
        yield f"policy check {name}", ["policy", "check", str(files[f"policy {name}.yaml"])]
    yield "policy simulate bad policy", ["policy", "simulate", "--policy", str(files["policy negative window.yaml"])]
    yield "policy simulate missing current", [
        "policy", "simulate", "--policy", str(files["policy.yaml"]), "--current", str(folder / "missing.yaml"),
    ]  # fmt: skip
    yield "policy tune output folder missing", ["policy", "tune", "-o", str(folder / "no such folder" / "p.yaml")]
    yield "policy tune output is a folder", ["policy", "tune", "-o", str(directory)]
    yield "batch score missing folder", ["batch", "score", "-i", str(folder / "missing"), "-o", str(folder / "x")]
    yield "batch score file as folder", ["batch", "score", "-i", str(files["empty.csv"]), "-o", str(folder / "x")]
    yield "batch score empty folder", ["batch", "score", "-i", str(files["empty folder"]), "-o", str(folder / "x")]
    yield "data load missing folder", ["data", "load", str(folder / "missing")]
    yield "data load file", ["data", "load", str(files["empty.csv"])]
    yield "data load empty folder", ["data", "load", str(files["empty folder"])]
    yield "data load rejects to a missing folder", [
        "data", "load", str(files["empty folder"]), "--rejects", str(nowhere),
    ]  # fmt: skip
    yield "data load rejects to a folder", ["data", "load", str(files["empty folder"]), "--rejects", str(directory)]
    yield "report output folder missing", ["report", "-o", str(nowhere)]
    yield "report output is a folder", ["report", "-o", str(directory)]
    yield "data generate out is a file", ["data", "generate", "--out", str(files["empty.csv"])]
    for name in ("missing.csv", "empty.csv", "latin-1.csv", "binary.csv", "no columns.csv"):
        path = missing if name == "missing.csv" else files[name]
        yield f"retrain --held-back {name}", ["retrain", "--model", "reasons", "--held-back", str(path)]
    yield "retrain --model bogus", ["retrain", "--model", "bogus"]
    yield "keys revoke unknown", ["keys", "revoke", "no-such-key"]
    yield "webhooks remove unknown", ["webhooks", "remove", "999999"]
    yield "webhooks remove not a number", ["webhooks", "remove", "abc"]
    yield "webhooks add not a URL", ["webhooks", "add", "not a url", "--events", "decision.made"]
    yield "webhooks add unknown event", ["webhooks", "add", "https://example.com/h", "--events", "no.such"]
    # Targets no receiver of events should be: cloud metadata (link-local or by name), and no one host.
    for target in (
        "http://169.254.169.254/latest/meta-data/",
        "http://2852039166/",
        "http://[fe80::1]/h",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://0.0.0.0:8080/h",
        "http://[::1",  # no URL: urlsplit's ValueError was a traceback
    ):
        yield f"webhooks add {target}", ["webhooks", "add", target, "--events", "decision.made"]
    # as was a Spark master that is no URL, once the models were loaded
    yield "batch score --master no URL", ["batch", "score", "-i", "x", "-o", "y", "--master", "spark://[::1"]
    yield "lists add unknown kind", ["lists", "add", "block", "planet", "X1", "--by", "a", "--note", "n"]
    yield "lists add NUL value", ["lists", "add", "block", "sku", "X\x001", "--by", "a", "--note", "n"]
    yield from more_probes(files, folder)


# What cannot be written even by root, so a refusal cannot come from permissions alone.
UNWRITABLE = "/proc/version"


def more_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(probe name, the command's arguments): encodings, delimiters, long texts, a sparse file of zeros,
    spoiled exports, outputs that are an input or cannot be written."""
    out = folder / "out.csv"
    for command, texts in (("reasons", "texts"), ("replies", "texts"), ("risk", "requests")):
        predict = ["predict", command]
        for variant in ("utf-16", "utf-16-le", "semicolon"):
            yield (
                f"predict {command} {texts} {variant}",
                [*predict, "-i", str(files[f"{texts} {variant}.csv"]), "-o", str(out)],
            )
        yield f"predict {command} zeros 1 GB", [*predict, "-i", str(files["zeros 1 GB.csv"]), "-o", str(out)]
        long_name = {"reasons": "texts", "replies": "replies text", "risk": "requests reason_text"}[command]
        yield (
            f"predict {command} a text of 5,010 chars",
            [*predict, "-i", str(files[f"{long_name} 5,010 chars.csv"]), "-o", str(out)],
        )
        source = files["texts good.csv"] if command != "risk" else files["good requests.csv"]
        yield f"predict {command} output is the input", [*predict, "-i", str(source), "-o", str(source)]
        yield f"predict {command} output {UNWRITABLE}", [*predict, "-i", str(source), "-o", UNWRITABLE]
    # The request CSVs are probed with every command that reads them above (named twice, the second hid the first).
    yield "monitor --current zeros 1 GB.csv", ["monitor", "--current", str(files["zeros 1 GB.csv"])]
    for spoil in ("not gzipped", "cut short", "utf-16", "gzip of zeros", "a 10 MB reason text"):
        yield f"data load export {spoil}", ["data", "load", str(files[f"export {spoil}"])]
    export = files["export utf-16"]
    yield (
        "data load rejects to an export file",
        ["data", "load", str(export), "--rejects", str(export / "returns.csv.gz")],
    )
    yield (
        "retrain --held-back zeros 1 GB",
        ["retrain", "--model", "reasons", "--held-back", str(files["zeros 1 GB.csv"])],
    )
    yield "retrain --held-back utf-16", ["retrain", "--model", "reasons", "--held-back", str(files["texts utf-16.csv"])]
    yield "policy check utf-16", ["policy", "check", str(files["texts utf-16.csv"])]
    yield "policy check zeros 1 GB", ["policy", "check", str(files["zeros 1 GB.csv"])]
    yield "policy tune output is the policy in force", ["policy", "tune", "-o", str(files["policy.yaml"])]
    yield "batch score output is the input folder", ["batch", "score", "-i", str(export), "-o", str(export)]
    yield "batch score output holds the input folder", ["batch", "score", "-i", str(export), "-o", str(folder)]
    yield f"report output {UNWRITABLE}", ["report", "-o", UNWRITABLE]
    for command, texts in (("reasons", "texts"), ("replies", "replies text"), ("risk", "requests reason_text")):
        yield (
            f"predict {command} a 10 MB cell",
            ["predict", command, "-i", str(files[f"{texts} a 10 MB cell.csv"]), "-o", str(out)],
        )
    for name in ("held back a 10 MB cell.csv", "texts xlsx renamed.csv"):
        yield f"retrain --held-back {name}", ["retrain", "--model", "reasons", "--held-back", str(files[name])]
    for command in ("reasons", "replies"):
        yield (
            f"predict {command} xlsx renamed",
            ["predict", command, "-i", str(files["texts xlsx renamed.csv"]), "-o", str(out)],
        )
    yield "policy check xlsx renamed", ["policy", "check", str(files["texts xlsx renamed.csv"])]
    yield "keys create unknown scope", ["keys", "create", "probe", "--scope", "root"]
    yield "serve port 70000", ["serve", "--port", "70000"]


# Run as root, the permission probes drop the capabilities that let root read and write any file, so a file of
# mode 000 is unreadable to the command as to anyone else.
WITHOUT_DAC = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
    "--",
]


def sixth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): files and folders the command may not read or write (`without_dac`),
    and a database that cannot be opened (`env`)."""
    unreadable, locked, read_only = folder / "unreadable.csv", folder / "locked", folder / "read-only"
    unreadable.write_bytes(files["texts good.csv"].read_bytes())
    unreadable.chmod(0)
    locked.mkdir()
    (locked / "texts.csv").write_bytes(files["texts good.csv"].read_bytes())
    locked.chmod(0)
    read_only.mkdir()
    read_only.chmod(0o555)
    dac = {"without_dac": True}
    good = str(files["texts good.csv"])
    for command in ("reasons", "replies", "risk"):
        for name, path in (("unreadable", unreadable), ("in a folder without access", locked / "texts.csv")):
            yield (
                f"predict {command} input {name}",
                ["predict", command, "-i", str(path), "-o", str(folder / "o.csv")],
                dac,
            )
        yield f"predict {command} output in a read-only folder", [
            "predict", command, "-i", good, "-o", str(read_only / "o.csv"),
        ], dac  # fmt: skip
    yield "monitor --current unreadable", ["monitor", "--current", str(unreadable)], dac
    yield "policy check in a folder without access", ["policy", "check", str(locked / "texts.csv")], dac
    yield "retrain --held-back unreadable", ["retrain", "--model", "reasons", "--held-back", str(unreadable)], dac
    yield "data load a folder without access", ["data", "load", str(locked)], dac
    yield "batch score -o in a read-only folder", [
        "batch", "score", "-i", str(files["export utf-16"]), "-o", str(read_only / "parts"),
    ], dac  # fmt: skip
    yield "report -o in a read-only folder", ["report", "-o", str(read_only / "a.html")], dac
    yield "policy tune -o in a read-only folder", ["policy", "tune", "-o", str(read_only / "p.yaml")], dac
    yield "data generate --out in a read-only folder", ["data", "generate", "--out", str(read_only / "sample")], dac
    no_server = {"env": {"TRIAGE_DATABASE_URL": "postgresql+psycopg://shop:s3cret@127.0.0.1:1/returns"}}
    below_a_file = {"env": {"TRIAGE_STATE_DIR": str(files["empty.csv"] / "state")}}
    for name, options in (("no database server", no_server), ("a state folder below a file", below_a_file)):
        for arguments in (["keys", "list"], ["history", "check"], ["data", "purge"], ["monitor"], ["report"]):
            yield f"{' '.join(arguments)} with {name}", arguments, options


def eighth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(probe name, arguments): the policies `policy simulate` and `policy tune` read besides the one checked
    (`--policy`, `--current`), their shares past (0, 1], `monitor`'s window at the ends of the calendar or
    reversed, list and agent values past what they hold."""
    bad = {
        "missing": folder / "missing.yaml",
        "a folder": files["a folder"],
        "binary": files["binary.csv"],
        "utf-16": files["texts utf-16.csv"],
        "negative window": files["policy negative window.yaml"],
        "nested 5,000 deep": files["policy nested 5,000 deep.yaml"],
    }
    good = str(files["policy.yaml"])
    for name, path in bad.items():
        yield f"policy simulate --policy {name}", ["policy", "simulate", "--policy", str(path)]
        yield f"policy simulate --current {name}", ["policy", "simulate", "--policy", good, "--current", str(path)]
        yield f"policy tune --current {name}", ["policy", "tune", "-o", str(folder / "p.yaml"), "--current", str(path)]
    current = folder / "current policy.yaml"
    current.write_bytes(files["policy.yaml"].read_bytes())
    yield "policy tune -o is its --current", ["policy", "tune", "-o", str(current), "--current", str(current)]
    for share in ("nan", "inf", "0", "1.5", "-0.1", "0.1_0", "\u0660.\u0665", " 0.5"):
        for option in ("--max-warned", "--max-reviewed"):
            yield f"policy tune {option} {share}", ["policy", "tune", "-o", str(folder / "p.yaml"), option, share]
    for name, window in (
        ("at the start of the calendar", ["--since", "0001-01-01", "--until", "0001-01-02"]),
        ("at the end of the calendar", ["--since", "9999-12-31T23:59:59"]),
        ("reversed", ["--since", "2026-12-05", "--until", "2026-12-01"]),
        ("not a date", ["--since", "yesterday"]),
        ("--last 0", ["--last", "0"]),
        ("--last 2^63", ["--last", str(2**63)]),
        ("--last with --since", ["--last", "5", "--since", "2026-12-01"]),
        ("--current with --last", ["--current", str(files["good requests.csv"]), "--last", "5"]),
    ):
        yield f"monitor window {name}", ["monitor", *window]
    yield "webhooks log --limit 2^63", ["webhooks", "log", "--limit", str(2**63)]
    yield "webhooks remove 2^63", ["webhooks", "remove", str(2**63)]
    # A note is free text, optional from the command line: only its length is probed.
    yield (
        "lists add note 10,000 chars",
        ["lists", "add", "block", "sku", "PROBE-1", "--by", "a", "--note", "X" * 10_000],
    )
    values = (("10,000 chars", "X" * 10_000), ("a zero-width space", "X\u200b1"), ("spaces only", "   "))
    for number, (name, value) in enumerate(values, start=2):
        yield f"lists add value {name}", ["lists", "add", "block", "sku", value, "--by", "a", "--note", "n"]
        yield (
            f"lists add --by {name}",
            ["lists", "add", "block", "sku", f"PROBE-{number}", "--by", value, "--note", "n"],
        )
        yield f"agents create {name}", ["agents", "create", value]
        yield f"keys create {name}", ["keys", "create", value]


def tenth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): an export with bad values in several fields (one line naming each), a price
    of 1e308 under TRIAGE_MAX_ITEM_PRICE=1e308 (since the eleventh round the settings refuse that ceiling), a Ctrl-C
    while the command's imports run."""
    yield "data load export bad values in 4 fields", ["data", "load", str(files["export bad values in 4 fields"])], {}
    requests, ceiling = str(files["requests price=1e308.csv"]), {"env": {"TRIAGE_MAX_ITEM_PRICE": "1e308"}}
    yield "predict risk price=1e308 under a ceiling of 1e308", [
        "predict", "risk", "-i", requests, "-o", str(folder / "out.csv"),
    ], ceiling  # fmt: skip
    yield "monitor --current price=1e308 under a ceiling of 1e308", ["monitor", "--current", requests], ceiling
    # SIGINT as a terminal's Ctrl-C sends it, half a second after the start: the imports take seconds. Run as
    # `python -m cli`, the `triage` script's function: a venv installed before it keeps an older script.
    yield "Ctrl-C during the imports", ["monitor", "--help"], {"interrupt_after": 0.5, "command": CHECKOUT}


def eleventh_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): a `TRIAGE_MAX_ITEM_PRICE` no price in cents reaches or no number (one line
    naming the variable, from every command), and dates in forms no entry point reads, on the command line and in a
    history export (the request and reply CSVs' are probed with the other `requests …`/`replies …` files)."""
    out = str(folder / "out.csv")
    # commands that succeed under the default ceiling: refused here for the setting alone
    replies = ["predict", "replies", "-i", str(files["good replies dates as moments.csv"]), "-o", out]
    for ceiling, command in (
        ("inf", replies),
        ("1e300", ["keys", "list"]),
        ("abc", ["policy", "check", str(files["policy.yaml"])]),
    ):
        yield (
            f"TRIAGE_MAX_ITEM_PRICE={ceiling} {' '.join(command[:2])}",
            command,
            {"env": {"TRIAGE_MAX_ITEM_PRICE": ceiling}},
        )
    export = str(files["export request_ts=20261110"])
    yield "data load export request_ts=20261110", ["data", "load", export], {}
    yield "batch score export request_ts=20261110", ["batch", "score", "-i", export, "-o", str(folder / "x")], {}
    yield "batch score --since 20261110", [
        "batch", "score", "-i", str(files["empty folder"]), "-o", str(folder / "x"), "--since", "20261110",
    ], {}  # fmt: skip
    yield "monitor --since 2026-11", ["monitor", "--since", "2026-11"], {}
    yield "monitor --until 1762767000", ["monitor", "--until", "1762767000"], {}


def twelfth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): exports with a space around an id or outside the shop's bounds, to `data
    load` and `batch score`; a price above a ceiling of 2^46; counts, ids and ports that are no whole number in range
    (the request and reply CSVs' cells are probed with the other `requests …`/`replies …` files)."""
    for name in ("export customer_id with a space", "export request_ts in 2030", "export price of 250,000"):
        yield f"data load {name}", ["data", "load", str(files[name])], {}
        yield f"batch score {name}", ["batch", "score", "-i", str(files[name]), "-o", str(folder / "x")], {}
    yield "predict risk price above 2^46 under a ceiling of 2^46", [
        "predict", "risk", "-i", str(files["requests price above 2^46.csv"]), "-o", str(folder / "out.csv"),
    ], {"env": {"TRIAGE_MAX_ITEM_PRICE": str(2**46)}}  # fmt: skip
    texts = str(files["texts good.csv"])
    for name, arguments in (
        ("webhooks log --limit 0", ["webhooks", "log", "--limit", "0"]),
        ("webhooks remove 1.5", ["webhooks", "remove", "1.5"]),
        ("monitor --last x", ["monitor", "--last", "x"]),
        ("serve --port 70000", ["serve", "--port", "70000"]),
        ("batch score --buckets 0", ["batch", "score", "-i", str(files["empty folder"]), "-o", str(folder / "x"),
                                     "--buckets", "0"]),
        ("predict reasons --batch-size 0", ["predict", "reasons", "-i", texts, "-o", str(folder / "out.csv"),
                                            "--batch-size", "0"]),
        ("retrain --history-rows 99", ["retrain", "--history-rows", "99"]),
    ):  # fmt: skip
        yield name, arguments, {}


def thirteenth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): `batch score` on Spark and of spoiled export files, outputs that are no
    regular file, `TRIAGE_*` values set to an empty string, texts with a repeated header or a late Latin-1 byte,
    `data generate --seed abc` (the request and reply CSVs' are probed with the other `requests …`/`replies …`)."""
    out = folder / "x"
    spark = ["--engine", "spark", "--master", "local[1]"]
    for name in ("export bad values in 4 fields", "export price of 250,000", "export cut short"):
        yield (
            f"batch score --engine spark {name}",
            ["batch", "score", "-i", str(files[name]), "-o", str(out), *spark],
            {},
        )
    for spoil in ("not gzipped", "cut short", "utf-16", "gzip of zeros"):
        export = str(files[f"export {spoil}"])
        yield f"batch score export {spoil}", ["batch", "score", "-i", export, "-o", str(out)], {}
    # a file written whole is renamed over its path: these were replaced by a regular file
    fifo = folder / "a fifo"
    os.mkfifo(fifo)
    outputs = {"a FIFO": fifo}
    if os.geteuid() == 0:  # a copy of /dev/full (as root the real one would have been replaced)
        outputs["a device"] = folder / "full"
        os.mknod(outputs["a device"], 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    texts = str(files["texts good.csv"])
    for kind, path in outputs.items():
        yield f"predict reasons -o {kind}", ["predict", "reasons", "-i", texts, "-o", str(path)], {}
        yield f"report -o {kind}", ["report", "-o", str(path)], {}
    yield "policy tune -o a FIFO", ["policy", "tune", "-o", str(fifo)], {}
    empty_folder = str(files["empty folder"])
    yield "data load --rejects a FIFO", ["data", "load", empty_folder, "--rejects", str(fifo)], {}
    # an empty string for a setting: a path was the current folder (a new, empty state where the command ran)
    for variable, arguments in (
        ("TRIAGE_STATE_DIR", ["keys", "list"]),
        ("TRIAGE_POLICY_PATH", ["policy", "simulate", "--policy", str(files["policy.yaml"])]),
        ("TRIAGE_SAMPLE_DATA_DIR", ["keys", "list"]),
        ("TRIAGE_MAX_ITEM_PRICE", ["keys", "list"]),
        ("TRIAGE_SHOP_FOUNDED", ["keys", "list"]),
        ("TRIAGE_RETENTION_DAYS", ["data", "purge"]),
    ):
        yield f"{variable}= {' '.join(arguments[:2])}", arguments, {"env": {variable: ""}}
    for name in ("texts header repeated.csv", "texts Latin-1 byte past 64 KB.csv"):
        yield (
            f"predict reasons {name}",
            ["predict", "reasons", "-i", str(files[name]), "-o", str(folder / "out.csv")],
            {},
        )
    yield "data generate --seed abc", ["data", "generate", "--out", str(folder / "sample"), "--seed", "abc"], {}


def _mounted_tmpfs(path: Path, options: str) -> bool:
    """A small tmpfs mounted at `path` (root only; False where it cannot be mounted: the probes on it are skipped)."""
    path.mkdir()
    if os.geteuid() != 0:
        return False
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    return mounted.returncode == 0


def _fill(disk: Path) -> None:
    """Fill a file system until it refuses one more byte."""
    with contextlib.suppress(OSError), (disk / "filler").open("wb", buffering=0) as filler:
        while True:
            filler.write(b"\0" * 4096)
    with contextlib.suppress(OSError), (disk / "filler small").open("wb", buffering=0) as filler:
        while True:
            filler.write(b"\0")


def _export_with(folder: Path, name: str, table: str, change: Callable[[str], str]) -> Path:
    """A copy of the sample export whose `table` file's text is `change`d."""
    export = _sample_export(folder, name)
    text = gzip.decompress((export / f"{table}.csv.gz").read_bytes()).decode()
    (export / f"{table}.csv.gz").write_bytes(gzip.compress(change(text).encode()))
    return export


def _pasted_again(text: str) -> str:
    """A table's text with its header again after the first row (two exports pasted together)."""
    header, first, rest = text.split("\n", 2)
    return f"{header}\n{first}\n{header}\n{rest}"


def _first_price(text: str, price: str) -> str:
    """A line items table's text with its first row's price written as `price`."""
    rows = list(csv.DictReader(io.StringIO(text)))
    rows[0]["price"] = price
    return _csv(rows)


FINER = "89.000000000000000000001"  # a double reads it as 89.0


def fourteenth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): what the fourteenth round fixed (a header repeated in a texts CSV without
    `lang` and in a history export, a return twice in `monitor --current`, a price finer than a cent that a double
    reads in cents, `--master` Spark cannot start on, another program's SQLite file as the state's database) and
    kinds no round tried: outputs on a read-only file system and on a full one (a 64 KB tmpfs, root only; else
    left out), outputs that are a FIFO for the commands the thirteenth round left out, symlink loops as inputs and
    outputs, and a file name that is no UTF-8 (must succeed, with the others in `must_succeed`)."""
    out = str(folder / "out.csv")
    made: dict[str, str | bytes] = {
        "texts without lang header repeated.csv": "text\nToo small\ntext\nToo big\n",
        "requests same return twice.csv": _csv([REQUEST, REQUEST]),
        "requests same return_id, another request.csv": _csv([REQUEST, REQUEST | {"reason_text": "Too big"}]),
        f"requests price={FINER}.csv": _csv([REQUEST | {"price": FINER}]),
        f"replies price={FINER}.csv": _csv([REPLY | {"price": FINER}]),
    }
    paths = {}
    for name, content in made.items():
        paths[name] = folder / name
        paths[name].write_text(str(content), encoding="utf-8")
    texts = str(files["texts good.csv"])
    yield "predict reasons texts without lang header repeated", [
        "predict", "reasons", "-i", str(paths["texts without lang header repeated.csv"]), "-o", out,
    ], {}  # fmt: skip
    for name in ("requests same return twice.csv", "requests same return_id, another request.csv"):
        yield f"monitor --current {name}", ["monitor", "--current", str(paths[name])], {}
    yield (
        f"predict risk price={FINER}",
        ["predict", "risk", "-i", str(paths[f"requests price={FINER}.csv"]), "-o", out],
        {},
    )
    yield f"monitor --current price={FINER}", ["monitor", "--current", str(paths[f"requests price={FINER}.csv"])], {}
    yield f"predict replies price={FINER}", [
        "predict", "replies", "-i", str(paths[f"replies price={FINER}.csv"]), "-o", out,
    ], {}  # fmt: skip
    exports = {
        "customers header repeated": _export_with(
            folder, "export customers header repeated", "customers", _pasted_again
        ),
        f"price {FINER}": _export_with(folder, "export finer price", "line_items", lambda t: _first_price(t, FINER)),
        "price 89.001": _export_with(folder, "export price 89.001", "line_items", lambda t: _first_price(t, "89.001")),
    }
    for name, export in exports.items():
        yield f"data load export {name}", ["data", "load", str(export)], {}
        yield f"batch score export {name}", ["batch", "score", "-i", str(export), "-o", str(folder / "x")], {}
    yield "batch score --engine spark --master nonsense", [
        "batch", "score", "-i", "data/sample", "-o", str(folder / "x"), "--engine", "spark", "--master", "nonsense",
    ], {}  # fmt: skip
    # another program's SQLite file as the state's database: this project's tables were added to it
    theirs = folder / "state of another program"
    theirs.mkdir()
    with contextlib.closing(sqlite3.connect(theirs / "triage.db")) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.commit()
    state = Path(os.environ["TRIAGE_STATE_DIR"])
    for kept in ("mlflow.db", "mlruns"):  # the champions, so predict risk reaches the database
        (theirs / kept).symlink_to(state / kept)
    for arguments in (["keys", "list"], ["history", "check"], ["data", "purge"], ["predict", "risk"]):
        if arguments[0] == "predict":
            arguments = [*arguments, "-i", str(files["good requests BOM and CRLF.csv"]), "-o", out]
        yield (
            f"{' '.join(arguments[:2])} on another program's triage.db",
            arguments,
            {
                "env": {
                    "TRIAGE_STATE_DIR": str(theirs),
                    "TRIAGE_MLFLOW_TRACKING_URI": f"sqlite:///{state / 'mlflow.db'}",
                }
            },
        )
    # outputs that are a FIFO, for the commands the thirteenth round left out
    fifo = folder / "another fifo"
    os.mkfifo(fifo)
    requests = str(files["good requests BOM and CRLF.csv"])
    replies = str(files["good replies BOM and CRLF.csv"])
    yield "predict risk -o a FIFO", ["predict", "risk", "-i", requests, "-o", str(fifo)], {}
    yield "predict replies -o a FIFO", ["predict", "replies", "-i", replies, "-o", str(fifo)], {}
    yield "batch score -o a FIFO", ["batch", "score", "-i", "data/sample", "-o", str(fifo)], {}
    yield "data generate --out a FIFO", ["data", "generate", "--out", str(fifo), "--scale", "0.001"], {}
    # symlink loops, as an input and as an output
    loop, back = folder / "loop.csv", folder / "loop back.csv"
    loop.symlink_to(back)
    back.symlink_to(loop)
    yield "predict reasons -i a symlink loop", ["predict", "reasons", "-i", str(loop), "-o", out], {}
    yield "predict reasons -o a symlink loop", ["predict", "reasons", "-i", texts, "-o", str(loop)], {}
    yield "monitor --current a symlink loop", ["monitor", "--current", str(loop)], {}
    yield "policy check a symlink loop", ["policy", "check", str(loop)], {}
    yield "data load a symlink loop", ["data", "load", str(loop)], {}
    yield "batch score -i a symlink loop", ["batch", "score", "-i", str(loop), "-o", str(folder / "x")], {}
    yield "report -o a symlink loop", ["report", "-o", str(loop)], {}
    # outputs on a read-only file system and on a full one
    writers = {
        "predict reasons": lambda where: ["predict", "reasons", "-i", texts, "-o", str(where / "out.csv")],
        "report": lambda where: ["report", "-o", str(where / "report.html")],
        "policy tune": lambda where: ["policy", "tune", "-o", str(where / "candidate.yaml")],
        "data generate": lambda where: ["data", "generate", "--out", str(where / "sample"), "--scale", "0.001"],
    }
    if _mounted_tmpfs(folder / "read-only file system", "ro,size=64k"):
        for name, arguments in writers.items():
            yield f"{name} -o on a read-only file system", arguments(folder / "read-only file system"), {}
    if _mounted_tmpfs(folder / "full disk", "size=64k"):
        _fill(folder / "full disk")
        for name, arguments in writers.items():
            yield f"{name} -o on a full disk", arguments(folder / "full disk"), {}
    # a file name that is no UTF-8 (Latin-1 bytes): refused as missing, on one line
    missing = folder / os.fsdecode(b"textes r\xe9clam\xe9s manquants.csv")
    yield (
        "predict reasons a missing file whose name is no UTF-8",
        ["predict", "reasons", "-i", str(missing), "-o", out],
        {},
    )


# File systems the fourteenth round mounts for its probes, unmounted when the run ends.
MOUNTS = ("read-only file system", "full disk", "full disk again")


# Commands run at once on the same state (each must succeed): SQLite's one writer at a time.
TOGETHER = {
    "two lists add at once": [
        ["lists", "add", "block", "sku", f"PROBE-AT-ONCE-{number}", "--by", "a", "--note", "n"] for number in (1, 2)
    ],
    "two keys create at once": [["keys", "create", f"at-once-{number}"] for number in (1, 2)],
    "two agents create at once": [["agents", "create", f"at-once-{number}"] for number in (1, 2)],
}


def fifteenth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): what the fifteenth round fixed (`predict risk` with a return twice, the
    writers the fourteenth round left out on a full disk: `predict risk`, `predict replies`, `data load --rejects`)
    and a kind no round tried: a state folder on a full disk (its database cannot be made)."""
    out = str(folder / "out.csv")
    for name in ("requests same return twice.csv", "requests same return_id, another request.csv"):
        yield f"predict risk {name}", ["predict", "risk", "-i", str(folder / name), "-o", out], {}
    if not _mounted_tmpfs(folder / "full disk again", "size=64k"):
        return
    _fill(folder / "full disk again")
    full = folder / "full disk again"
    requests, replies = str(files["good requests BOM and CRLF.csv"]), str(files["good replies BOM and CRLF.csv"])
    yield "predict risk -o on a full disk", ["predict", "risk", "-i", requests, "-o", str(full / "risk.csv")], {}
    yield "predict replies -o on a full disk", ["predict", "replies", "-i", replies, "-o", str(full / "r.csv")], {}
    bad = _export_with(folder, "export a price finer than a cent", "line_items", lambda text: _first_price(text, FINER))
    yield "data load --rejects on a full disk", ["data", "load", str(bad), "--rejects", str(full / "rejects.csv")], {}
    for command in (["keys", "list"], ["agents", "list"], ["lists", "show"]):
        yield (
            f"{' '.join(command)} with the state folder on a full disk",
            command,
            {"env": {"TRIAGE_STATE_DIR": str(full / "state")}},
        )


def sixteenth_round_probes(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): what the sixteenth round fixed, run from this checkout (`CHECKOUT`): a texts
    CSV whose `lang` is spelled "Lang" (read as no language), an export naming a column twice or in two cases on both
    engines (Spark said "missing columns"), commands that change what is stored on a state folder with no database
    yet (they made it to say there was nothing), and request ids of 1 MB (assessed and written back whole)."""
    here = {"command": CHECKOUT}
    texts = folder / "texts Lang spelled otherwise.csv"
    texts.write_text("text,Lang\nTrop petit,fr\n", encoding="utf-8")
    yield (
        "predict reasons texts Lang spelled otherwise",
        ["predict", "reasons", "-i", str(texts), "-o", str(folder / "out.csv")],
        here,
    )
    for name, header in (
        ("a column named twice", ",currency,currency\n"),
        ("currency and Currency", ",currency,Currency\n"),
    ):
        export = _export_with(
            folder, f"export {name}", "orders", lambda text, header=header: text.replace(",currency\n", header, 1)
        )
        for engine in ("pandas", "spark"):
            yield (
                f"batch score --engine {engine} export {name}",
                [
                    "batch",
                    "score",
                    "-i",
                    str(export),
                    "-o",
                    str(folder / "x"),
                    "--engine",
                    engine,
                    "--master",
                    "local[1]",
                ],
                here,
            )
    nothing_yet = here | {"env": {"TRIAGE_STATE_DIR": str(folder / "no state yet")}}
    for command in (
        ["keys", "revoke", "k1"],
        ["agents", "disable", "amelie"],
        ["agents", "enable", "amelie"],
        ["webhooks", "remove", "5"],
        ["lists", "remove", "customer", "C1", "--by", "ops"],
    ):
        yield f"{' '.join(command[:2])} on a state folder with no database", command, nothing_yet
    for column in ("return_id", "customer_id", "order_id", "sku", "customer_email_hash"):
        requests = folder / f"requests {column} of 1 MB.csv"
        requests.write_text(_csv([REQUEST | {column: "y" * 1_000_000}]), encoding="utf-8")
        yield (
            f"predict risk {column} of 1 MB",
            ["predict", "risk", "-i", str(requests), "-o", str(folder / "out.csv")],
            here,
        )


# The eighteenth round's settings: JSON that does not parse, values no finite number, a span of days reversed.
REFUSED_SETTINGS = (
    ("TRIAGE_REPLY_TRANSIT_DAYS", "abc"),
    ("TRIAGE_REPLY_TRANSIT_DAYS", "[5, 1]"),
    ("TRIAGE_MONITOR_NUMERICAL_DRIFT", "nan"),
    ("TRIAGE_API_KEY_CACHE_SECONDS", "inf"),
    ("TRIAGE_REQUEST_BODY_SECONDS", "1e400"),
    ("TRIAGE_CONSOLE_SESSION_HOURS", "inf"),
    # then a drift method Evidently does not know or that answers a p-value, a threshold of 0 or less, a seed numpy
    # refuses minutes into a training
    ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["wasserstien", 0.25]'),
    ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["ks", 0.05]'),
    ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["jensenshannon", -0.2]'),
    ("TRIAGE_SEED", "-1"),
    # and spans of time past the calendar's end: `data purge`'s and every reply's OverflowError
    ("TRIAGE_RETENTION_DAYS", "1000000000"),
    ("TRIAGE_REPLY_SEND_BACK_DAYS", "10000000"),
    ("TRIAGE_REPLY_PREPARED_ON", "9999-12-31"),
    # and waits that left the service unusable: ten years of keep-alive or reload polling, a revoked key kept valid
    # for a year, a body's time past the traffic timeout (its 504 answered first)
    ("TRIAGE_KEEP_ALIVE_SECONDS", "315360000"),
    ("TRIAGE_RELOAD_POLL_SECONDS", "315360000"),
    ("TRIAGE_REQUEST_HEAD_SECONDS", "315360000"),
    ("TRIAGE_API_KEY_CACHE_SECONDS", "31536000"),
    ("TRIAGE_REQUEST_BODY_SECONDS", "600"),
    ("TRIAGE_SERVE_MAX_LATENCY_MS", "600000"),
    # or just below it, with no time left for the batch after the wait (its 504 answered first)
    ("TRIAGE_SERVE_MAX_LATENCY_MS", "59999"),
    ("TRIAGE_SERVE_CALL_SECONDS", "59.9"),
)
# The seventeenth round's settings no command could open, each with the words its refusal must hold.
UNOPENABLE_SETTINGS = {
    "TRIAGE_DATABASE_URL": ("garbage", "mysql://shop:s3cret@db/returns", "postgresql+asyncpg://db/r", "sqlite://"),
    "TRIAGE_MLFLOW_TRACKING_URI": ("garbage", "ftp://u:s3cret@h/x", "http://", "sqlite:///mlflow.db"),
}


def seventeenth_round_probes(
    files: dict[str, Path], folder: Path, held: socket.socket
) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): settings that named a database or registry no command could open (a traceback
    from SQLAlchemy or MLflow, or an in-memory database taken), and `serve` on `held`'s port, which another program
    listens on (BentoML's traceback, after the models were read), or on a host that is no address; commands that open
    a registry that never answers (each within a minute)."""
    for variable, values in UNOPENABLE_SETTINGS.items():
        for value in values:
            options = {"command": CHECKOUT, "env": {variable: value}, "refused_naming": variable, "secret": "s3cret"}
            yield f"keys list {variable}={value}", ["keys", "list"], options
    port = str(held.getsockname()[1])
    yield "serve on a port another program listens on", ["serve", "--port", port], {"command": CHECKOUT}
    # The eighteenth round: a tracking server that takes connections and never answers (`held` answers nothing) held
    # every command that opens the registry 200 s and more, then said "no champion".
    silent = {
        "command": CHECKOUT,
        "env": {"TRIAGE_MLFLOW_TRACKING_URI": f"http://u:s3cret@127.0.0.1:{port}"},
        "refused_naming": "TRIAGE_MLFLOW_TRACKING_URI",
        "secret": "s3cret",
        "timeout": 60,
    }
    texts = ["predict", "reasons", "-i", str(files["texts BOM.csv"]), "-o", str(folder / "out.csv")]
    # and settings that are no JSON (pydantic-settings' traceback) or infinite (taken without a word)
    for variable, value in REFUSED_SETTINGS:
        options = {"command": CHECKOUT, "env": {variable: value}, "refused_naming": variable}
        yield f"keys list {variable}={value}", ["keys", "list"], options
    # a registry file that is no database (SQLAlchemy's traceback), a PostgreSQL registry that never answers (MLflow
    # retried opening it for most of an hour)
    garbage = folder / "registry that is no database.db"
    garbage.write_bytes(bytes(range(256)) * 20)
    for registry in (f"sqlite:///{garbage}", f"postgresql+psycopg://u:s3cret@127.0.0.1:{port}/r"):
        unread = silent | {"env": {"TRIAGE_MLFLOW_TRACKING_URI": registry}}
        yield f"predict reasons with a {registry.split(':')[0]} registry that cannot be read", texts, unread
    for name, command in (
        ("predict reasons", texts),
        ("serve", ["serve", "--port", "1"]),
        ("train risk", ["train", "risk"]),
    ):
        yield f"{name} with a registry that never answers", command, silent
    yield "serve on a host that is no address", ["serve", "--host", "no-such-host.invalid"], {"command": CHECKOUT}


def nineteenth_round_probes(folder: Path, aside: Path) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(probe name, arguments, options): history exports whose ids the API would refuse (a full-width customer id, a
    zero-width space in an order id), which `data load` and `batch score` took: held to no more than their spaces;
    a state folder with a file for its mlruns or reports folder, or a folder for its pseudonym key or its registry; a
    copy of the state's registry without its models (in `aside`)."""
    here = {"command": CHECKOUT}
    for name, table, odd in (
        ("a full-width customer id", "customers", "\uff23"),
        ("a zero-width space", "orders", "\u200b"),
    ):
        export = _export_with(folder, f"export {name}", table, lambda text, odd=odd: text.replace("\n", f"\n{odd}", 1))
        yield f"data load export {name}", ["data", "load", str(export)], here
        yield f"batch score export {name}", ["batch", "score", "-i", str(export), "-o", str(folder / "x")], here
    # a file where the state keeps a folder: FileExistsError's traceback
    for kept in ("mlruns", "reports"):
        filed = folder / f"state with a file for its {kept}"
        filed.mkdir()
        (filed / kept).write_text("", encoding="utf-8")
        yield (
            f"train risk with a file for the state's {kept}",
            ["train", "risk"],
            here | {"env": {"TRIAGE_STATE_DIR": str(filed)}},
        )
    # a pseudonym key file that is a folder: IsADirectoryError's traceback
    spoiled = folder / "state with a folder for its pseudonym key"
    (spoiled / "pseudonym.key").mkdir(parents=True)
    yield (
        "lists add with a folder for the pseudonym key",
        ["lists", "add", "block", "customer", "C1", "--by", "ops"],
        here | {"env": {"TRIAGE_STATE_DIR": str(spoiled)}},
    )
    # a copy of the state's registry without its models (outside `folder`: opening it points it at its own artifacts):
    # MLflow records absolute paths, and the copy loaded the original's champion without a word
    copied = aside / "copied state without its models"
    copied.mkdir()
    shutil.copy2(Path(os.environ["TRIAGE_STATE_DIR"]) / "mlflow.db", copied / "mlflow.db")
    (copied / "texts.csv").write_text("text\nthe zip broke on day one\n", encoding="utf-8")
    yield (
        "predict reasons on a copied state without its models",
        ["predict", "reasons", "-i", str(copied / "texts.csv"), "-o", str(copied / "out.csv")],
        here | {"env": {"TRIAGE_STATE_DIR": str(copied)}, "refused_naming": "could not be loaded"},
    )
    # a folder in the registry's place: read as "no champion" (`triage up` trained new ones); opened, MLflow retried
    # for two minutes; a FIFO there was called a folder
    (copied / "folder state" / "mlflow.db").mkdir(parents=True)
    (copied / "fifo state").mkdir()
    os.mkfifo(copied / "fifo state" / "mlflow.db")
    for kind, said in (("folder", "is a folder"), ("fifo", "is no regular file")):
        yield (
            f"predict reasons with a {kind} for the state's registry",
            ["predict", "reasons", "-i", str(copied / "texts.csv"), "-o", str(copied / "out.csv")],
            here | {"env": {"TRIAGE_STATE_DIR": str(copied / f"{kind} state")}, "refused_naming": said},
        )


# Commands run at once on the same state of which all but the first must be refused, saying this.
ONE_AT_A_TIME = {
    "two data load at once": ([["data", "load", "data/sample"]] * 2, "another `triage data load` is running")
}


# A command names the files it wrote as the system names them: a name in Latin-1 bytes is no UTF-8, and reading the
# output strictly ended the probe (taken for an argument the OS could not pass) where the command had succeeded.
OUTPUT_ERRORS = "surrogateescape"


def run_together(commands: list[list[str]], environment: dict[str, str], timeout: float) -> tuple[int | None, str]:
    """Start every command at once; the first non-zero exit code (None when one ran past `timeout`) and their
    outputs."""
    running = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors=OUTPUT_ERRORS, env=environment
        )
        for command in commands
    ]
    codes, outputs = [], []
    for process in running:
        try:
            outputs.append(process.communicate(timeout=timeout)[0])
            codes.append(process.returncode)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None, "timed out"
    return next((code for code in codes if code), 0), "\n".join(outputs)


def must_succeed(files: dict[str, Path], folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(probe name, arguments) of inputs a command must read: a BOM, CRLF, mixed and bare-CR line ends, a
    path with spaces, accents and an emoji, dates in two ISO 8601 forms, reply dates as moments, a lower-case t and
    z, a reason text with spaces around it; agents', keys' and list entries' names and notes holding "[/]", which rich
    read as markup, and the listings showing them."""
    out = str(folder / "out.csv")
    for name in (
        "texts BOM.csv",
        "texts CRLF.csv",
        "texts mixed line ends.csv",
        "texts CR line ends.csv",
        "textes réclamés ü 🙂.csv",
    ):
        yield f"predict reasons {name}", ["predict", "reasons", "-i", str(files[name]), "-o", out]
    mixed = files["good requests mixed line ends.csv"]
    yield "predict risk mixed line ends", ["predict", "risk", "-i", str(mixed), "-o", out]
    two_forms = files["good requests dates in two ISO forms.csv"]
    yield "predict risk dates in two ISO forms", ["predict", "risk", "-i", str(two_forms), "-o", out]
    moments = files["good replies dates as moments.csv"]
    yield "predict replies dates as moments", ["predict", "replies", "-i", str(moments), "-o", out]
    for command, name in (
        ("risk", "good requests lower-case t and z.csv"),
        ("replies", "good replies lower-case t and z.csv"),
        ("risk", "good requests reason_text with spaces around.csv"),
    ):
        yield f"predict {command} {name.removesuffix('.csv').split(' ', 2)[2]}", [
            "predict", command, "-i", str(files[name]), "-o", out,
        ]  # fmt: skip
    # the sixteenth round: dates without a zone (read as UTC)
    for command, row in (("risk", REQUEST), ("replies", REPLY | {"reason": "too_small"})):
        unzoned = folder / f"good {command} dates without a zone.csv"
        unzoned.write_text(
            _csv([row | {"delivery_date": "2026-10-05T14:00:00", "request_date": "2026-10-08 18:30:00"}]),
            encoding="utf-8",
        )
        yield f"predict {command} dates without a zone", ["predict", command, "-i", str(unzoned), "-o", out]
    for command, name in (("risk", "good requests BOM and CRLF.csv"), ("replies", "good replies BOM and CRLF.csv")):
        yield f"predict {command} {name.removesuffix('.csv').split(' ', 2)[2]}", [
            "predict", command, "-i", str(files[name]), "-o", out,
        ]  # fmt: skip
    latin = folder / os.fsdecode(b"textes r\xe9clam\xe9s.csv")  # a name in Latin-1 bytes, no UTF-8
    if not latin.exists():
        latin.write_bytes(files["texts good.csv"].read_bytes())
    yield "predict reasons a file whose name is no UTF-8", ["predict", "reasons", "-i", str(latin), "-o", out]
    yield "predict reasons to a file whose name is no UTF-8", [
        "predict", "reasons", "-i", str(files["texts good.csv"]), "-o", str(folder / os.fsdecode(b"r\xe9ponses.csv")),
    ]  # fmt: skip
    yield "predict reasons to a path with an emoji", [
        "predict", "reasons", "-i", str(files["texts good.csv"]), "-o", str(folder / "réponses 🙂 out.csv"),
    ]  # fmt: skip
    # names and notes rich read as markup: a MarkupError traceback once the agent or key was made, its secret unshown
    marked = f"m[/]{uuid.uuid4().hex[:6]}"
    yield "agents create a name holding [/]", ["agents", "create", marked]
    yield "keys create a name holding [/]", ["keys", "create", marked]
    yield (
        "lists add a value, author and note holding [/]",
        ["lists", "add", "block", "sku", marked, "--by", marked, "--note", "[/]"],
    )
    yield "agents list with a name holding [/]", ["agents", "list"]
    yield "lists show with a note holding [/]", ["lists", "show"]


# Typer's usage errors print the usage, a hint and the message in a box: the boxed line is the message.
USAGE_PANEL = re.compile(r"^(Usage: |Try '.*' for help\.$|[╭╰])")


def message_lines(output: str) -> list[str]:
    """The lines a command said: blank lines and the usage panel's usage, hint and frame left out."""
    return [
        line.strip().strip("│").strip() for line in output.splitlines() if line.strip() and not USAGE_PANEL.match(line)
    ]


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file below `folder`, and every FIFO or device: its kind, size and modification time."""
    return {
        str(path): (path.lstat().st_mode, path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file() or not path.is_dir()
    }


def run_command(
    command: list[str], environment: dict[str, str], timeout: float, interrupt_after: float | None = None
) -> tuple[int | None, str]:
    """The command's exit code (None when it ran past `timeout`; 128 + the signal that ended it, as a shell says it)
    and its output, stdout then stderr; with `interrupt_after`, SIGINT is sent that many seconds after the start."""
    # A command started in the background of a shell inherits SIGINT ignored: restored, or the Ctrl-C probe would send
    # a signal the command never sees.
    restore = (lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if interrupt_after is not None else None
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors=OUTPUT_ERRORS,
        env=environment,
        preexec_fn=restore,
    ) as done:
        if interrupt_after is not None:
            time.sleep(interrupt_after)
            done.send_signal(signal.SIGINT)
        try:
            stdout, stderr = done.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            done.kill()
            done.communicate()
            return None, "timed out"
    return (128 - done.returncode if done.returncode < 0 else done.returncode), stdout + stderr


def run(folder: Path, aside: Path, timeout: float, match: list[str] | None = None) -> dict[str, Any]:
    """Run every probe (or those whose name holds one of `match`) one after the other; `aside` holds what must stay
    out of `folder`, whose files a refused command must leave as they were."""
    files = inputs(folder)
    succeed = dict(must_succeed(files, folder))
    # `policy tune` probes the policy in force: a copy in the folder, never the repository's.
    environment = os.environ | {"COLUMNS": "200", "TRIAGE_POLICY_PATH": str(files["policy.yaml"])}
    held = socket.create_server(("127.0.0.1", 0))  # a port another program listens on, for `serve`
    try:
        every = [
            *probes(files, folder),
            *sixth_round_probes(files, folder),
            *eighth_round_probes(files, folder),
            *tenth_round_probes(files, folder),
            *eleventh_round_probes(files, folder),
            *twelfth_round_probes(files, folder),
            *thirteenth_round_probes(files, folder),
            *fourteenth_round_probes(files, folder),
            *fifteenth_round_probes(files, folder),
            *sixteenth_round_probes(files, folder),
            *seventeenth_round_probes(files, folder, held),
            *nineteenth_round_probes(folder, aside),
            *succeed.items(),
            *((name, commands[0], {"together": commands}) for name, commands in TOGETHER.items()),
            *(
                (name, commands[0], {"together": commands, "refused_saying": said, "command": CHECKOUT})
                for name, (commands, said) in ONE_AT_A_TIME.items()
            ),
        ]
        results, failures = _run_each(every, folder, timeout, match, succeed, environment)
    finally:
        held.close()
        for mount in MOUNTS:
            if os.path.ismount(folder / mount):
                subprocess.run(["umount", str(folder / mount)], check=False)
    return _figures(results, failures, succeed)


def _run_each(
    every: list[tuple[Any, ...]],
    folder: Path,
    timeout: float,
    match: list[str] | None,
    succeed: dict[str, list[str]],
    environment: dict[str, str],
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Run the probes one after the other: each one's result, and the failures."""
    results: dict[str, dict[str, Any]] = {}
    failures = []
    for name, arguments, *extra in every:
        if match and not any(part in name for part in match):
            continue
        options: dict[str, Any] = extra[0] if extra else {}
        prefix = WITHOUT_DAC if options.get("without_dac") and os.geteuid() == 0 else []
        (folder / "out.csv").unlink(missing_ok=True)
        before = snapshot(folder)
        started = time.perf_counter()
        try:
            if "together" in options:
                code, output = run_together(
                    [[*options.get("command", [TRIAGE]), *command] for command in options["together"]],
                    environment,
                    timeout,
                )
            else:
                code, output = run_command(
                    [*prefix, *options.get("command", [TRIAGE]), *arguments],
                    environment | options.get("env", {}),
                    options.get("timeout", timeout),
                    options.get("interrupt_after"),
                )
        except ValueError as error:  # an argument the OS cannot pass (NUL): the shell could not send it either
            code, output = 2, f"not sendable: {error}"
        lines = message_lines(output)
        problem = None
        if code is None:
            problem = "hang"
        elif "Traceback" in output:
            problem = "traceback"
        elif name in TOGETHER:
            problem = None if code == 0 else "refused what it must read"
        elif "refused_saying" in options:
            problem = None if code == 1 and options["refused_saying"] in output else "ran together"
        elif name in succeed:  # and writes its output, when it has one
            written = Path(arguments[arguments.index("-o") + 1]) if "-o" in arguments else None
            problem = None if code == 0 and (written is None or written.is_file()) else "refused what it must read"
        elif code == 0:
            problem = "accepted"
        elif options.get("secret") and options["secret"] in output:
            problem = "said the password"
        elif options.get("refused_naming") and options["refused_naming"] not in output:
            problem = "did not name the setting"
        elif snapshot(folder) != before:
            problem = "wrote on refusal"
        results[name] = {
            "exit": code,
            "seconds": round(time.perf_counter() - started, 1),
            "message": lines[-1][:300] if lines else "",
            "lines": len(lines),
            "problem": problem,
        }
        if problem:
            failures.append({"probe": name, **results[name]})
        print(
            f"{problem or 'ok':9} exit {code} lines {len(lines)}  {name}: {results[name]['message'][:150]}", flush=True
        )
    return results, failures


def _figures(
    results: dict[str, dict[str, Any]], failures: list[dict[str, Any]], succeed: dict[str, list[str]]
) -> dict[str, Any]:
    """The run's counts by kind, its failures, the refusals said over several lines, and every result."""
    # a refusal should be one line; a longer one is listed
    several = [
        name
        for name, result in results.items()
        if not result["problem"]
        and name not in succeed
        and name not in TOGETHER | ONE_AT_A_TIME
        and result["lines"] > 1
    ]
    counts: dict[str, int] = {}
    for name, result in results.items():
        must = name in succeed or name in TOGETHER | ONE_AT_A_TIME
        said = "read (must succeed)" if must else "refused over several lines" if name in several else None
        kind = result["problem"] or said or "refused with a message"
        counts[kind] = counts.get(kind, 0) + 1
    return {
        "probes": len(results),
        "counts": counts,
        "failures": failures,
        "several_lines": several,
        "results": results,
    }


def holds_history() -> bool:
    """Whether the state folder's database holds the history tables (a served state, or one data was loaded into)."""
    import sqlalchemy as sa

    from serving.db import create_db_engine
    from triage.settings import Settings

    settings = Settings()
    if settings.db_url.startswith("sqlite") and not settings.sqlite_path.exists():
        return False  # not made here: opening it would
    engine = create_db_engine(settings.db_url)
    try:
        return sa.inspect(engine).has_table("customers")
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--timeout", type=float, default=600, help="seconds a command may take")
    parser.add_argument("--match", nargs="+", help="run only the probes whose name holds one of these")
    arguments = parser.parse_args()
    if "TRIAGE_STATE_DIR" not in os.environ:
        raise SystemExit("set TRIAGE_STATE_DIR to a copy of a served state folder")
    if not holds_history():
        # `monitor --current` reads the history before the file: 18 of its probes were refused for that instead.
        raise SystemExit("the state folder's database holds no history: run `triage data load data/sample` on the copy")
    # both removed after the run: the copied state of the nineteenth round was left in /tmp by each run
    with tempfile.TemporaryDirectory(prefix="cli-probes-") as folder, tempfile.TemporaryDirectory() as aside:
        figures = run(Path(folder), Path(aside), arguments.timeout, arguments.match)
    print(json.dumps({key: value for key, value in figures.items() if key != "results"}, indent=2))
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2))
    sys.exit(1 if figures["failures"] else 0)


if __name__ == "__main__":
    main()
