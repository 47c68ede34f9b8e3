"""Every row of the generated city, drawn with numpy from one seeded generator.

Times are int64 microseconds since the epoch (UTC); NULL_TIME stands for NULL. Rows come out as
`Table`s: columns of numpy arrays (or lists of strings already escaped for COPY) that load.py
formats chunk by chunk, so that a million posts never exist as a million Python tuples.

The story every case follows: a citizen writes; the post is fetched a little later (the
"created" event); routing sends it to a department within seconds, or leaves it in triage for an
officer (a "rerouted" correction); a department sometimes gets a case wrong and an officer
corrects it; the case is assigned, acknowledged on the platform (the first response), perhaps
waits on the citizen, is answered and closed. Some are spam, not for us, dismissed, merged into
an earlier case, or lie forgotten. The status, every timestamp and every event of a case are
what that story says at the moment the city ends ("now"), so they agree with each other.

posts.py draws the posts, engagement.py the snapshots of the city's own posts, cases.py each
case's story and its topics, replies.py and events.py what the city sent and what happened.
They draw from the one generator in this order: moving a draw changes the whole city.
"""

from __future__ import annotations

import numpy as np

from bench.city.cases import case_story, case_topics_table
from bench.city.engagement import engagement_snapshots
from bench.city.events import case_events
from bench.city.posts import draw_posts
from bench.city.replies import draw_replies
from bench.city.tables import City, CityInputs
from bench.city.timing import US


def generate(inputs: CityInputs) -> City:
    rng = np.random.default_rng(inputs.seed)
    end_us = int(inputs.end.timestamp() * US)
    posts = draw_posts(rng, inputs, end_us=end_us)
    snapshots, engagement_checked_at = engagement_snapshots(rng, posts, end_us=end_us)
    rows = posts.citizen_rows
    story = case_story(
        rng,
        inputs,
        end_us=end_us,
        rows=rows,
        times=posts.times,
        post_language=posts.citizen_language,
        department=posts.citizen_department,
        topic=posts.citizen_topic,
        account_department=posts.citizen_account_department,
    )
    case_topics = case_topics_table(rng, inputs, story)
    replies = draw_replies(
        rng, inputs, story, handle=posts.citizen_handle, platform=posts.citizen_platform
    )
    events, updated_at = case_events(rng, inputs, story, replies, fetched_at=posts.fetched_at[rows])
    cases = [story.table(updated_at=updated_at), case_topics, replies.table, events]
    summary = {
        "posts": len(posts.times),
        "own_posts": posts.own_count,
        "citizen_posts": posts.citizen_count,
        "snapshots": snapshots.rows,
        "authors": posts.authors,
        **{table.name: table.rows for table in cases},
    }
    tables = [posts.table(engagement_checked_at=engagement_checked_at), snapshots, *cases]
    return City(tables=tables, end_us=end_us, summary=summary)
