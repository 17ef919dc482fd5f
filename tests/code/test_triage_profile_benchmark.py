"""`benchmarks/triage_profile.py stages` shares out the timed batches' samples only: the warm-up's first-use work
(patterns compiled, their words read, weights loaded) is left out."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import triage_profile


def test_stages_leave_out_the_warm_up_and_share_the_timed_batches(tmp_path: Path) -> None:
    batch = "triage_batch (serving/model_side.py:150)"
    reading = "read_asks (features/customer_asks/reading.py:180)"
    top = "main (triage_profile.py:140)"
    raw = tmp_path / "samples.txt"
    raw.write_text(
        f"{top};warm_up (triage_profile.py:72);{batch};{reading};compile (re/_compiler.py:1) 90\n"
        f"{top};run (triage_profile.py:90);{batch};{reading} 30\n"
        f"{top};run (triage_profile.py:90);{batch};forward (features/use_torch.py:99) 10\n"
        f"{top};run (triage_profile.py:85);sample_requests (serve_load.py:50) 500\n"
    )
    output = tmp_path / "stages.json"
    triage_profile.stages(raw, output)
    figures = json.loads(output.read_text())
    assert figures["samples"] == 40
    assert figures["share_by_stage"] == {
        "text reading (read_asks)": 0.75,
        "reason: multilingual encoder (USE)": 0.25,
    }
