"""Persistent stores of the service: prediction log, feedback, API keys, customer history."""
