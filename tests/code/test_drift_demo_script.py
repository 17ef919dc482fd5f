"""`benchmarks/drift_demo.py` runs as the README shows it, `python benchmarks/drift_demo.py`, from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "drift_demo.py"


def test_the_script_imports_the_service_harness_when_run_as_a_file(tmp_path: Path) -> None:
    # run as a file, the folder on the path was benchmarks/: `from benchmarks.serve_load import ...` in main() ended
    # the demo with "ModuleNotFoundError: No module named 'benchmarks'" before it replayed anything
    loads = f"import runpy; runpy.run_path({str(SCRIPT)!r}); from benchmarks.serve_load import start_server"
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", loads], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
