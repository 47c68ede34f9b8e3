"""The generated files in the repository are what their generators make from the data files
(vocabularies, templates, taxonomy) today: an edit to a YAML file without regenerating, or a
generator that stopped being deterministic, fails here."""

import gzip
import json

from departments.routing.data import build_training_set
from listening.replay import build_dataset


def test_the_shipped_training_set_is_what_its_generator_makes(tmp_path):
    regenerated = tmp_path / "training.csv"
    build_training_set.write(build_training_set.build(), regenerated)
    assert regenerated.read_bytes() == build_training_set.OUT.read_bytes()


def test_the_bundled_demo_dataset_is_what_its_generator_makes():
    data = build_dataset.build()
    build_dataset.validate(data)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert payload == gzip.decompress(build_dataset.OUT_PATH.read_bytes())
