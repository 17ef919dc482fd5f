"""The layers point one way: each package imports only the layers below it (imports inside functions count).

    features                    imports nothing of the project
    models                      features
    decisions                   features, models
    training, serving, monitoring   features, models, decisions, triage (settings + registry); never each other
    cli                         everything
    triage (ground floor)       settings and registry, importing nothing else of the project but
                                `features.plain_errors` (which imports nothing);
                                its `sample_data` generator (a development tool) imports features only

Nothing but the data CLI (`cli/data.py`, `cli/app.py` for `triage up`) and tests imports the
sample-data generator (`triage.sample_data`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from triage.settings import REPO_ROOT

PROJECT = ("features", "models", "decisions", "training", "serving", "monitoring", "cli", "triage")
ALLOWED: dict[str, set[str]] = {
    "features": set(),
    "models": {"features"},
    "decisions": {"features", "models"},
    "training": {"features", "models", "decisions", "triage"},
    "serving": {"features", "models", "decisions", "triage"},
    "monitoring": {"features", "models", "decisions", "triage"},
    "cli": set(PROJECT),
    "triage": set(),
}
GENERATOR = "triage.sample_data"
# The one module of `features` the settings read: why a value is refused, in plain words, for the settings as for the
# policy file. It imports nothing of the project, so the ground floor reading it keeps the layers pointing one way.
GROUND_FLOOR_READS = "features.plain_errors"
GENERATOR_IMPORTERS = {"cli/data.py", "cli/up.py"}


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (module level, functions, TYPE_CHECKING blocks)."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def package_files(package: str) -> list[Path]:
    return sorted((REPO_ROOT / package).rglob("*.py"))


def test_every_package_is_checked() -> None:
    found = {path.name for path in REPO_ROOT.iterdir() if (path / "__init__.py").is_file()}
    assert found == set(PROJECT), "a new top-level package needs its place in ALLOWED"


@pytest.mark.parametrize("package", [name for name in PROJECT if name != "triage"])
def test_package_imports_only_lower_layers(package: str) -> None:
    wrong = []
    for path in package_files(package):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in PROJECT and top != package and top not in ALLOWED[package]:
                wrong.append(f"{path.relative_to(REPO_ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_ground_floor_imports_only_itself() -> None:
    """Settings and registry import nothing else of the project but `GROUND_FLOOR_READS`; the generator (a
    development tool kept in `triage/sample_data/`) only `features`, whose schemas it writes."""
    wrong = []
    for path in package_files("triage"):
        generator = path.relative_to(REPO_ROOT).parts[1] == "sample_data"
        allowed = {"triage", "features"} if generator else {"triage"}
        for module in imported_modules(path):
            top = module.split(".")[0]
            read = module == GROUND_FLOOR_READS or module.startswith(f"{GROUND_FLOOR_READS}.")
            if top in PROJECT and top not in allowed and not read:
                wrong.append(f"{path.relative_to(REPO_ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_only_the_data_cli_and_tests_import_the_sample_data_generator() -> None:
    wrong = []
    for package in PROJECT:
        for path in package_files(package):
            relative = path.relative_to(REPO_ROOT).as_posix()
            if relative.startswith("triage/sample_data/") or relative in GENERATOR_IMPORTERS:
                continue
            wrong += [f"{relative} imports {m}" for m in imported_modules(path) if m.startswith(GENERATOR)]
    assert not wrong, "\n".join(wrong)


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text("def f():\n    from serving.api import ReturnRequest\n    import training.risk\n")
    assert {"serving.api", "training.risk"} <= imported_modules(source)
