"""Benchmarks: `python -m bench run [NAME ...] [--json]`; `make bench` rewrites
docs/performance.md. Each figure is measured next to a reference on the same machine in the same
run, at two sizes at least, so that growth shows as a ratio."""
