"""The demo municipality Zeestad: its eight weeks of posts (data/zeestad.json.gz, replayed by
listening.sources.replay) and the generator that writes them (build_dataset.py)."""
