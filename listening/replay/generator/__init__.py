"""The generator of the replay demo data set (listening/replay/build_dataset.py runs it).

How it works:
  1. vocabulary and templates are data: listening/replay/data/templates/*.yaml, read by
     material.py; the numbers that set volumes and mixes are in tuning.py;
  2. the city's own posts (own_posts.py): incident posts at fixed moments plus a background of
     routine posts, each with the engagement it eventually reaches;
  3. citizen posts (citizen_posts.py): spikes around incidents (storm, tram outage, cold snap,
     quay works; their timing is in clock.py), replies and comments under the city's posts, and
     a background of mentions and direct messages whose size tops up the language and
     department mix; then a few "still not fixed" follow-ups;
  4. authors are assigned per language with a long-tailed activity (authors.py), texts are
     rendered and roughened up (writing.py, text.py: typos, slang, caps, emoji, hashtags), and
     ids follow chronological order.

One random.Random drives every choice, in a fixed order: moving a draw changes the data set.
"""
