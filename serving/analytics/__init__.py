"""Returns analytics: pure computations (`metrics`), their inputs from the database (`tables`), charts
and HTML (`report`)."""
