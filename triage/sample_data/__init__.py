"""Deterministic, seeded generator of the shop's historical sample data (`triage data generate`)."""
