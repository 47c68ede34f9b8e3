from tests.replay_fixtures import tiny_dataset  # noqa: F401 - a fixture for these tests
