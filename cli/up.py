"""`triage up`: the README's main command."""

from __future__ import annotations

from cli import service, train
from features.schemas import TABLES
from features.tables import table_path
from triage.sample_data.generate import generate
from triage.settings import get_settings


def up() -> None:
    """The README's main command: sample data if missing, a champion for every model, then serve."""
    settings = get_settings()
    settings.prepare_state()
    if not all(table_path(table, settings.sample_data_dir).is_file() for table in TABLES):
        generate(settings.sample_data_dir, seed=settings.seed)
    train.ensure_champions(settings)
    service.serve_with_example(settings)
