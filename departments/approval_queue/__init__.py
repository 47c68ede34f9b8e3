"""The officers' approval queue: replies departments wrote that wait for the office."""
