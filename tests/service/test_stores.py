"""Prediction log, feedback and API-key stores against SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine

from serving.db import create_db_engine, metadata, migrate, open_database, redecisions
from serving.stores.api_keys import ApiKeyError, ApiKeyStore, KeyCheck, KeyScope, KeyStatus
from serving.stores.feedback import (
    FeedbackRecord,
    FeedbackStore,
    IdempotencyKey,
    KeyReused,
    ToldAnotherDecision,
    fingerprint,
)
from serving.stores.predictions import PredictionLog, pseudonym_key, pseudonymise, redact_contact_details
from serving.stores.redecisions import RedecisionStore
from serving.stores.reloads import ReloadRequests
from triage.settings import Settings

KEY = b"test-key"


def test_migrations_match_table_definitions(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_migrate_twice_is_harmless(engine: Engine) -> None:
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "0015"


def _database_at(revision: str, path) -> Engine:
    """A SQLite database migrated up to `revision` only (as an older release left it)."""
    from alembic import command
    from alembic.config import Config

    from serving.db import MIGRATIONS_DIR

    engine = create_db_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def test_redecisions_made_twice_for_one_reason_keep_the_newest(tmp_path) -> None:
    # agents correcting a return to the same reason at once each kept one before 0010; the console showed the newest
    engine = _database_at("0009", tmp_path / "old.db")
    rows = [("R1", "defective", "a"), ("R1", "defective", "b"), ("R1", "too_large", "a"), ("R2", "defective", "a")]
    with engine.begin() as connection:
        for return_id, reason, agent in rows:
            connection.execute(
                sa.text(
                    "INSERT INTO redecisions (return_id, reason, agent_id, created_at, response) "
                    "VALUES (:return_id, :reason, :agent, '2026-12-04', :response)"
                ),
                {"return_id": return_id, "reason": reason, "agent": agent, "response": json.dumps({"by": agent})},
            )
    migrate(engine)
    store = RedecisionStore(engine)
    assert store.latest("R1", "defective")[1] == {"by": "b"}
    assert store.add("R1", "defective", "c", {"by": "c"}) == {"by": "b"}  # kept once per reason from now on
    with engine.connect() as connection:
        kept = connection.execute(sa.select(redecisions.c.return_id, redecisions.c.reason, redecisions.c.agent_id))
        assert sorted(kept) == [("R1", "defective", "b"), ("R1", "too_large", "a"), ("R2", "defective", "a")]


def test_returns_logged_before_claims_are_claimed_once(tmp_path) -> None:
    engine = _database_at("0005", tmp_path / "old.db")
    rows = [
        ("triage", "R1", "2026-12-01", None),
        ("triage", "R1", "2026-12-02", "k1"),
        ("triage", "R2", "2026-12-02", "k2"),
        ("classify", None, "2026-12-02", None),
    ]
    with engine.begin() as connection:  # R1 logged twice: retries before 0005 made duplicates
        for number, (endpoint, return_id, day, key) in enumerate(rows):
            connection.execute(
                sa.text(
                    "INSERT INTO predictions (request_id, endpoint, return_id, created_at, request, response, "
                    "model_versions, request_fingerprint) "
                    "VALUES (:request_id, :endpoint, :return_id, :day, '{}', '{}', '{}', :key)"
                ),
                {"request_id": f"q{number}", "endpoint": endpoint, "return_id": return_id, "day": day, "key": key},
            )
    migrate(engine)
    with engine.begin() as connection:  # each claimed for the request it was last logged with (0007)
        assert PredictionLog(engine, KEY).claim({"R1": "k", "R2": "k", "R3": "k"}, connection) == {
            "R1": "k1",
            "R2": "k2",
        }


def test_keys_created_before_scopes_keep_scoring_only(tmp_path) -> None:
    engine = _database_at("0003", tmp_path / "old.db")
    store = ApiKeyStore(engine)
    with engine.begin() as connection:  # a key as 0003 stored it: no scope column yet
        connection.execute(
            sa.text("INSERT INTO api_keys (key_id, name, key_hash, created_at) VALUES ('k1', 'old', :h, '2026-11-30')"),
            {"h": hashlib.sha256(b"trk_k1_old").hexdigest()},
        )
    migrate(engine)
    assert store.check("trk_k1_old") == KeyCheck(KeyStatus.VALID, KeyScope.SCORE, "k1")


def test_sqlite_durability_pragmas(tmp_path) -> None:
    engine = open_database(Settings(state_dir=tmp_path))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL


def _item(**overrides) -> dict:
    item = {
        "return_id": "R0000001",
        "customer_id": "C000123",
        "customer_name": "Amélie",
        "reason_text": "Trop petit, écrivez-moi à amelie.dupont@example.fr ou au +33 6 12 34 56 78",
    }
    return item | overrides


def test_prediction_log_pseudonymises_customer_and_keeps_text(engine: Engine) -> None:
    log = PredictionLog(engine, KEY)
    result = {"return_id": "R0000001", "reason": {"code": "too_small"}, "decision": None, "model_versions": {"r": "3"}}
    log.record("req-1", "triage", [_item()], [result])
    (row,) = log.recent()
    assert row.customer_pseudonym == pseudonymise("C000123", KEY)
    assert "C000123" not in str(row.request) and "Amélie" not in str(row.request)
    assert row.request["reason_text"] == _item()["reason_text"]
    assert (row.reason_code, row.decision_code, row.model_versions) == ("too_small", None, {"r": "3"})
    assert row.response == result


def test_prediction_log_redacts_contact_details_when_asked(engine: Engine) -> None:
    PredictionLog(engine, KEY, redact=True).record("req-1", "triage", [_item()], [{"model_versions": {}}])
    (row,) = PredictionLog(engine, KEY).recent()
    assert row.request["reason_text"] == "Trop petit, écrivez-moi à [email] ou au [phone]"


def test_prediction_log_rejects_mismatched_lengths(engine: Engine) -> None:
    with pytest.raises(ValueError, match="2 request items but 1 results"):
        PredictionLog(engine, KEY).record("r", "triage", [_item(), _item()], [{}])
    assert PredictionLog(engine, KEY).count() == 0


def test_prediction_log_is_writable(engine: Engine) -> None:
    assert PredictionLog(engine, KEY).is_writable() is None


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (needs root, as `benchmarks/faults.py disk-full` does)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    # Lazy: a failed test may still hold the database open, which would make a plain umount fail.
    subprocess.run(["umount", "--lazy", str(mount)], check=True)


def test_log_on_a_full_disk_is_not_writable_until_space_returns(small_disk) -> None:
    engine = open_database(Settings(state_dir=small_disk / "state"))
    log = PredictionLog(engine, KEY)
    assert log.is_writable() is None
    filler = small_disk / "filler"
    # Unbuffered: a buffered file's close would flush what the full disk refused and raise outside `suppress`.
    with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
    # The lock probe writes nothing, so it alone said "writable" here while commits failed.
    reason = log.is_writable()
    assert reason is not None and f"0 bytes free on the disk of {small_disk / 'state'}" in reason
    filler.unlink()
    assert log.is_writable() is None
    engine.dispose()


def test_log_below_its_free_space_reserve_is_not_writable(tmp_path) -> None:
    engine = open_database(Settings(state_dir=tmp_path))
    reason = PredictionLog(engine, KEY, min_free_bytes=2**62).is_writable()
    assert reason is not None and "TRIAGE_MIN_FREE_DISK_MB" in reason


def test_unwritable_log_reports_reason(tmp_path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gone' / 'triage.db'}")
    reason = PredictionLog(engine, KEY).is_writable()
    assert reason is not None and reason.startswith("prediction log not writable: OperationalError")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me: a.b+c@shop.co.uk now", "mail me: [email] now"),
        ("call 07700 900123", "call [phone]"),
        ("it cost 129.99 EUR, order O1234567", "it cost 129.99 EUR, order O1234567"),
    ],
)
def test_redaction(text: str, expected: str) -> None:
    assert redact_contact_details(text) == expected


def test_pseudonym_key_persists_in_state_dir(tmp_path) -> None:
    settings = Settings(state_dir=tmp_path)
    assert pseudonym_key(settings) == pseudonym_key(settings)
    assert pseudonym_key(Settings(state_dir=tmp_path, pseudonym_key="k")) == b"k"


def test_processes_starting_together_on_a_new_state_read_one_key(tmp_path, monkeypatch) -> None:
    """Workers and model processes create the key at once on a served state's first start: each saw
    no file and wrote its own (10 of 50 four-process starts ended with different keys, 5 with an empty
    one read half-written). Here every caller sees no file, as they all did."""
    settings = Settings(state_dir=tmp_path / "state")
    monkeypatch.setattr(Path, "exists", lambda path: False)
    first = pseudonym_key(settings)
    assert len(first) == 64 and pseudonym_key(settings) == first
    monkeypatch.undo()
    key_file = tmp_path / "state" / "pseudonym.key"
    assert [path.name for path in key_file.parent.iterdir()] == ["pseudonym.key"]  # no temporary file left
    assert key_file.stat().st_mode & 0o777 == 0o600
    key_file.write_text("\n")
    with pytest.raises(ValueError, match=r"pseudonym\.key is empty"):
        pseudonym_key(settings)


def test_feedback_round_trip(engine: Engine) -> None:
    store = FeedbackStore(engine)
    first = FeedbackRecord(
        "R1", "agent-7", reason_accepted=True, final_decision="free_return", reply_status="sent_as_is"
    )
    second = FeedbackRecord(
        "R1",
        "agent-7",
        reason_accepted=False,
        corrected_reason="too_large",
        reply_status="edited",
        edited_reply="Bonjour, ...",
        inspection_outcome="ok",
    )
    store.add(first)
    store.add(second)
    assert store.for_return("R1") == [first, second]
    assert store.for_return("R2") == []
    assert store.count() == 2


def test_feedback_retries_are_stored_once(engine: Engine) -> None:
    """Issue 16, defect 9: the same record sent again (a client retrying) is stored once, same id;
    going back to an earlier outcome after a different one is new feedback."""
    store = FeedbackStore(engine)
    accepted = FeedbackRecord("R1", "agent-7", reason_accepted=True, final_decision="free_return")
    changed = FeedbackRecord("R1", "agent-7", reason_accepted=True, final_decision="paid_return")
    ids = [store.add(accepted), store.add(accepted), store.add(changed), store.add(changed), store.add(accepted)]
    assert ids[0] == ids[1] and ids[2] == ids[3] and len(set(ids)) == 3
    assert store.for_return("R1") == [accepted, changed, accepted]


def test_each_client_has_its_own_idempotency_keys(engine: Engine) -> None:
    # the keys were global: a second client numbering its records from "1" as well got 409 for its first record
    store = FeedbackStore(engine)
    portal, warehouse = FeedbackRecord("R1", "agent-1", True), FeedbackRecord("R2", "agent-2", False, "too_large")
    first = store.add_with_history(portal, IdempotencyKey("portal", "1"))
    other = store.add_with_history(warehouse, IdempotencyKey("warehouse", "1"))
    assert first != other and store.for_return("R2") == [warehouse]
    assert store.add_with_history(warehouse, IdempotencyKey("warehouse", "1")) == other  # its retry
    with pytest.raises(KeyReused, match="'1'"):
        store.add_with_history(warehouse, IdempotencyKey("portal", "1"))


def test_feedback_keys_sent_before_they_were_per_client_still_answer_every_client(tmp_path) -> None:
    engine = _database_at("0013", tmp_path / "old.db")
    with engine.begin() as connection:  # a key as 0013 kept it, for no client in particular, and two clients
        connection.execute(
            sa.text(
                "INSERT INTO feedback (id, return_id, agent_id, created_at, reason_accepted) "
                "VALUES (7, 'R1', 'agent-1', '2026-12-01', 1)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO feedback_keys (idempotency_key, fingerprint, feedback_id, created_at) "
                "VALUES ('1', :fingerprint, 7, '2026-12-01')"
            ),
            {"fingerprint": fingerprint(FeedbackRecord("R1", "agent-1", True), None)},
        )
        for key_id in ("portal", "warehouse"):
            connection.execute(
                sa.text(
                    "INSERT INTO api_keys (key_id, name, key_hash, created_at) VALUES (:id, :id, :id, '2026-11-30')"
                ),
                {"id": key_id},
            )
    migrate(engine)
    store = FeedbackStore(engine)
    for key_id in ("portal", "warehouse"):
        assert store.add_with_history(FeedbackRecord("R1", "agent-1", True), IdempotencyKey(key_id, "1")) == 7
    assert store.count() == 1


def test_a_record_stored_meanwhile_by_another_connection_is_answered_with_its_id(engine: Engine) -> None:
    # one record posted ten times at once: on PostgreSQL one post was a 500 (TypeError: the insert that conflicted
    # on the fingerprint reported a row count, and its primary key was None), the nine others got the stored id
    store = FeedbackStore(engine)
    record = FeedbackRecord("R1", "agent-7", reason_accepted=False, corrected_reason="too_large")
    inserted, stored = threading.Event(), {}

    def first() -> None:
        with engine.begin() as connection:
            stored["first"] = store.add(record, connection)
            inserted.set()
            time.sleep(0.5)  # the second reads before this commits, and writes after

    writer = threading.Thread(target=first)
    writer.start()
    inserted.wait(10)
    second = store.add(record)
    writer.join()
    assert second == stored["first"] and store.for_return("R1") == [record]


def test_a_redecision_is_stored_or_read_back_in_one_statement(engine: Engine) -> None:
    # the insert's row count was read as its answer: on PostgreSQL it is -1, stored or not (the insert returns
    # its id), so every stored re-decision was read back with a second query
    store = RedecisionStore(engine)
    statements: list[str] = []

    def counted(connection, cursor, statement: str, *rest) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", counted)
    try:
        assert store.add("R1", "defective", "a", {"by": "a"}) == {"by": "a"}
        assert len(statements) == 1, statements
        statements.clear()
        assert store.add("R1", "defective", "b", {"by": "b"}) == {"by": "a"}  # kept: the first agent's
        assert len(statements) == 2, statements  # the insert, then the kept one read
    finally:
        sa.event.remove(engine, "before_cursor_execute", counted)


def test_the_log_recognises_a_retried_triage(engine: Engine) -> None:
    log = PredictionLog(engine, b"key")
    item = {"return_id": "R1", "customer_name": "Olivia", "reason_text": "too small"}
    key = log.fingerprint(item)
    assert key == log.fingerprint(dict(reversed(item.items()))) != log.fingerprint(item | {"reason_text": "big"})
    assert "Olivia" not in key and key != PredictionLog(engine, b"other").fingerprint(item)
    log.record("req-1", "triage", [item], [{"model_versions": {}, "return_id": "R1"}], fingerprints=[key])
    with engine.connect() as connection:
        assert log.answered(["R1", "R2"], connection) == {"R1": (key, {"model_versions": {}, "return_id": "R1"})}


@pytest.mark.parametrize("name", ["", "   ", "k" * 201, "a\x00b", "a\u200bb"])
def test_key_names_fit_their_column_and_print(engine: Engine, name: str) -> None:
    # 201 characters or a NUL failed on PostgreSQL with a database error; SQLite stored them
    with pytest.raises(ApiKeyError, match="printable characters"):
        ApiKeyStore(engine).create(name)


def test_api_keys_lifecycle(engine: Engine) -> None:
    store = ApiKeyStore(engine)
    info, plain = store.create("returns-portal")
    assert plain.startswith("trk_") and info.key_id in plain
    assert store.check(plain) == KeyCheck(KeyStatus.VALID, KeyScope.SCORE, info.key_id)
    assert store.check(plain + "x") == KeyCheck(KeyStatus.UNKNOWN)
    with engine.connect() as connection:
        stored = connection.execute(sa.text("SELECT key_hash FROM api_keys")).scalar_one()
    assert plain not in stored
    admin_info, admin = store.create("deploys", KeyScope.ADMIN)
    assert store.check(admin) == KeyCheck(KeyStatus.VALID, KeyScope.ADMIN, admin_info.key_id)
    assert [(key.name, key.scope) for key in store.list()] == [
        ("returns-portal", KeyScope.SCORE),
        ("deploys", KeyScope.ADMIN),
    ]
    assert store.revoke(info.key_id) is True
    assert store.revoke(info.key_id) is False
    assert store.check(plain) == KeyCheck(KeyStatus.REVOKED, KeyScope.SCORE, info.key_id)
    assert isinstance(store.list()[0].revoked_at, datetime)


def test_reload_requests_only_grow(engine: Engine) -> None:
    requests = ReloadRequests(engine)
    assert requests.newest() == 0
    first, second = requests.record(), requests.record()
    assert 0 < first < second == requests.newest()


def test_an_address_longer_than_rfc_5321_allows_is_redacted_whole() -> None:
    # not its last 64 characters; how redaction's time grows with a text's length is benchmarks/slow_text.py's
    assert redact_contact_details("first.middle." + "x" * 100 + "@shop.example") == "[email]"


def test_two_feedback_writers_for_one_return_each_read_the_others_record(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # both read the newest record, then both inserted: the record committed second was stored without what the first
    # had just recorded (the reply marked sent, or the inspection), and the newest record is what every view reads
    from serving.stores import feedback as feedback_module

    store = FeedbackStore(engine)
    store.add(FeedbackRecord("R1", "agent-1", reason_accepted=True))
    reading = threading.Event()
    kept = feedback_module._facts_kept

    def slow_facts_kept(record: FeedbackRecord, newest: FeedbackRecord) -> FeedbackRecord:
        if record.reply_status is not None:  # the first writer, between its read and its insert
            reading.set()
            time.sleep(1.0)
        return kept(record, newest)

    monkeypatch.setattr(feedback_module, "_facts_kept", slow_facts_kept)
    replied = FeedbackRecord("R1", "agent-1", reason_accepted=True, reply_status="sent_as_is")
    inspected = FeedbackRecord("R1", "warehouse", reason_accepted=True, inspection_outcome="ok")
    first = threading.Thread(target=store.add_with_history, args=(replied,))
    first.start()
    assert reading.wait(timeout=30)
    store.add_with_history(inspected)
    first.join(timeout=30)
    records = store.for_return("R1")
    assert [(record.reply_status, record.inspection_outcome) for record in records] == [
        (None, None),
        ("sent_as_is", None),
        ("sent_as_is", "ok"),
    ]


def _triaged(engine: Engine, return_id: str, reason: str, decision: str) -> None:
    result = {"return_id": return_id, "reason": {"code": reason}, "decision": {"code": decision}}
    PredictionLog(engine, KEY).record(f"req-{return_id}", "triage", [_item(return_id=return_id)], [result])


def test_a_draft_sent_as_is_beside_a_decision_it_did_not_state_is_refused_either_way_round(engine: Engine) -> None:
    """The draft sent unchanged told the customer the answer's decision: a record saying so beside another final
    decision read as a draft the agent agreed with, and as a decision the customer was told. Refused when the record
    says both, names the decision after the reply was recorded, or the reply after the decision; the decision told,
    or another with the reply edited, is stored."""
    store = FeedbackStore(engine)
    _triaged(engine, "R1", "too_small", "free_return")
    accepted = FeedbackRecord("R1", "agent-1", reason_accepted=True)
    with pytest.raises(ToldAnotherDecision, match="final_decision paid_return is not the decision") as both:
        store.add(replace(accepted, final_decision="paid_return", reply_status="sent_as_is"))
    assert both.value.reply_sent and store.for_return("R1") == []
    store.add(replace(accepted, reply_status="sent_as_is"))
    with pytest.raises(ToldAnotherDecision) as after:  # the reply kept from the newest record
        store.add(FeedbackRecord("R1", "agent-2", reason_accepted=None, final_decision="paid_return"))
    assert not after.value.reply_sent and (after.value.told, after.value.decided) == ("free_return", "paid_return")
    store.add(replace(accepted, final_decision="free_return", reply_status="sent_as_is"))
    edited = replace(accepted, final_decision="paid_return", reply_status="edited", edited_reply="A fee applies.")
    store.add(edited)
    with pytest.raises(ToldAnotherDecision) as sent_after:  # the decision kept from the newest record
        store.add(FeedbackRecord("R1", "agent-2", reason_accepted=None, reply_status="sent_as_is"))
    assert sent_after.value.reply_sent
    assert store.for_return("R1")[-1] == edited


def test_a_draft_made_for_a_corrected_reason_told_its_re_decision(engine: Engine) -> None:
    store = FeedbackStore(engine)
    _triaged(engine, "R2", "too_small", "free_return")
    RedecisionStore(engine).add("R2", "no_longer_needed", "agent-1", {"decision": {"code": "paid_return"}})
    corrected = FeedbackRecord("R2", "agent-1", reason_accepted=False, corrected_reason="no_longer_needed")
    drafted = replace(corrected, reply_status="sent_as_is", reply_reason="no_longer_needed")
    store.add(replace(drafted, final_decision="paid_return", decision_reason="no_longer_needed"))
    with pytest.raises(ToldAnotherDecision, match=r"\(paid_return\)"):
        store.add(replace(drafted, final_decision="free_return", decision_reason="no_longer_needed"))


def test_an_inspection_of_a_return_whose_records_held_the_pair_already_is_stored(engine: Engine) -> None:
    """A record stored before the rule (or by a returns system before the return was logged) keeps its pair: the
    warehouse's inspection after it is no new statement of the reply or the decision, and is stored."""
    store = FeedbackStore(engine)
    store.add(FeedbackRecord("R3", "agent-1", True, final_decision="paid_return", reply_status="sent_as_is"))
    _triaged(engine, "R3", "too_small", "free_return")
    store.add(FeedbackRecord("R3", "warehouse", None, inspection_outcome="ok"))
    assert [record.inspection_outcome for record in store.for_return("R3")] == [None, "ok"]
