"""Project-wide pytest set-up lives in tests/conftest.py; this file marks the project root."""
