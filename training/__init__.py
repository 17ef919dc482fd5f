"""Fitting, evaluation, MLflow logging, registration and the champion gate."""
