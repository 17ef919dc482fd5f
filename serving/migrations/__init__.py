"""Alembic migrations of the serving database (run by `serving.db.migrate`)."""
