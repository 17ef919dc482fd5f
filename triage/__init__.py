"""Glue shared by every package: the settings object, the model registry access and the `triage` CLI."""
