"""What each model is: estimators and pipelines with fit/predict. No I/O."""
