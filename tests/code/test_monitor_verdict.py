"""What `triage monitor` prints under its table: a healthy window says which checks did not run and why."""

import io

from cli.monitor import status_said, verdict


def _check(name: str, status: str, note: str = "") -> dict[str, object]:
    return {
        "name": name,
        "metric_id": f"triage:{name}",
        "value": None,
        "threshold": 0.1,
        "status": status,
        "note": note,
    }


def test_a_healthy_window_says_which_checks_were_skipped() -> None:
    skipped = "0 feedback rows, fewer than 20"
    checks = [
        _check("drift.text", "ok"),
        _check("quality.reason_accuracy.en", "skipped", skipped),
        _check("quality.reason_accuracy.fr", "skipped", skipped),
    ]
    said = verdict({"reasons": [], "checks": checks})
    assert said == (
        "healthy on the 1 check that ran; skipped (see the table): quality.reason_accuracy.en, "
        "quality.reason_accuracy.fr"
    )
    assert status_said(checks[1]) == f"skipped: {skipped}"
    assert status_said(checks[0]) == "ok"


def test_every_check_run_is_healthy_and_an_alarm_says_its_reasons() -> None:
    assert verdict({"reasons": [], "checks": [_check("drift.text", "ok")]}) == "healthy"
    alarmed = {"reasons": ["text drift 0.81 above 0.70"], "checks": [_check("drift.text", "alarm")]}
    assert verdict(alarmed) == "retrain recommended: text drift 0.81 above 0.70"


def test_the_table_says_each_check_whole_on_a_narrow_log() -> None:
    # on a cron log's 80 columns every name was cut to its first 17 characters: "quality.reason_a…" for en and fr
    from rich.console import Console

    from cli.monitor import checks_table

    names = ["quality.reason_accuracy.en", "quality.reason_accuracy.fr", "data_drift.share_of_drifted_features"]
    checks = [{**_check(name, "skipped", "0 feedback rows, fewer than 20"), "metric_id": "a" * 32} for name in names]
    log = Console(width=80, record=True, file=io.StringIO())
    log.print(checks_table({"checks": checks}, "prediction log (1,000 requests)"))
    printed = log.export_text()
    assert all(name in printed for name in names), printed
