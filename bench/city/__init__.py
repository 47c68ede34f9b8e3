"""A city at scale for the benchmarks: `python -m bench.make_city --posts N`.

vocabulary.py renders pools of texts from the project's own synthetic templates, generate.py
draws every row with numpy from one seeded generator, load.py streams the rows into PostgreSQL
with COPY around a drop and rebuild of the secondary indexes."""

# The city's own posts among all posts; every other post is a citizen's, with a case.
OWN_SHARE = 0.10
