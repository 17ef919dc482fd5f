"""The train/serve contract: schemas, taxonomy and pure feature functions. Imports nothing else from the project."""
