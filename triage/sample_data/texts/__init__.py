"""Customer-text generation: phrase banks per language (`en`, `fr`) and the shared composer (`compose`)."""
