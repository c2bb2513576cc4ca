"""Qt item models over the open case's data."""
