"""Evidently reports over the prediction log; talks back to training through a decision file."""
