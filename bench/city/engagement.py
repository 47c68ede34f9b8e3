"""Engagement of the city's own posts: the snapshots its tooling took after publishing, growing
towards each post's final likes, shares, replies, quotes and impressions."""

from __future__ import annotations

import numpy as np

from bench.city import vocabulary as vocab
from bench.city.posts import Posts
from bench.city.tables import Table
from bench.city.timing import NULL_TIME, US

# When the city's tooling reads engagement of its own posts, after publishing (decaying: often
# in the first day, rarely after a week), in minutes.
# fmt: off
SNAPSHOT_SCHEDULE_MIN = np.array(
    [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1200, 1440, 1800, 2160,
     2880, 3600, 4320, 5760, 7200, 8640, 10080, 14400, 20160, 30240, 43200]
)
# fmt: on


def engagement_snapshots(rng, posts: Posts, *, end_us: int) -> tuple[Table, np.ndarray]:
    """The snapshots table, and per post when its engagement was last checked (NULL_TIME for
    a citizen's post)."""
    n, n_own = len(posts.times), posts.own_count
    own_rows, own_acc, parent, times = posts.own_rows, posts.own_account, posts.parent, posts.times
    platform = posts.platform
    is_x = platform == "x"
    follower_base = np.array(vocab.BASE_LIKES, dtype=float)
    final_likes = np.round(
        follower_base[own_acc] * np.exp(0.9 * rng.standard_normal(n_own))
    ).astype(np.int64)
    children_count = np.bincount(parent[parent >= 0], minlength=n)[own_rows]
    final_shares = np.round(final_likes * rng.uniform(0.03, 0.35, n_own)).astype(np.int64)
    final_quotes = np.where(is_x[own_rows], np.round(final_shares * rng.uniform(0, 0.3, n_own)), 0)
    final_impressions = np.round((final_likes + 1) * rng.uniform(35, 140, n_own)).astype(np.int64)
    tau = np.exp(np.log(4 * 3600) + 0.8 * rng.standard_normal(n_own))  # seconds
    offsets = SNAPSHOT_SCHEDULE_MIN * 60  # seconds
    jitter = rng.integers(0, 120, (n_own, len(offsets)))
    taken = times[own_rows, None] + (offsets[None, :] + jitter) * US
    elapsed = offsets[None, :] + jitter
    # Most engagement comes in the first hours; a slow tail keeps growing for a week or two.
    fraction = 0.75 * (1 - np.exp(-elapsed / tau[:, None])) + 0.25 * (
        1 - np.exp(-elapsed / (6 * 86400))
    )
    likes = np.floor(final_likes[:, None] * fraction).astype(np.int64)
    shares = np.floor(final_shares[:, None] * fraction).astype(np.int64)
    replies = np.floor((children_count + final_likes // 12)[:, None] * fraction).astype(np.int64)
    quotes = np.floor(final_quotes[:, None] * fraction).astype(np.int64)
    impressions = np.floor(final_impressions[:, None] * fraction**0.7).astype(np.int64)
    impressions = np.where(is_x[own_rows, None], impressions, -1)
    changed = np.ones_like(likes, dtype=bool)
    changed[:, 1:] = (
        (likes[:, 1:] != likes[:, :-1])
        | (shares[:, 1:] != shares[:, :-1])
        | (replies[:, 1:] != replies[:, :-1])
        | (quotes[:, 1:] != quotes[:, :-1])
        | (impressions[:, 1:] != impressions[:, :-1])
    )
    keep = changed & (taken <= end_us)
    snap_post_row = np.broadcast_to(own_rows[:, None], likes.shape)[keep]
    snap_taken = taken[keep]
    snap_order = np.argsort(snap_taken, kind="stable")
    snap = {
        "post_row": snap_post_row[snap_order],
        "taken": snap_taken[snap_order],
        "likes": likes[keep][snap_order],
        "shares": shares[keep][snap_order],
        "replies": replies[keep][snap_order],
        "quotes": quotes[keep][snap_order].astype(np.int64),
        "impressions": impressions[keep][snap_order],
    }
    n_snap = len(snap["taken"])
    fb_snap = platform[snap["post_row"]] == "facebook"
    reactions = np.full(n_snap, "{}", dtype=object)
    if fb_snap.any():
        total = snap["likes"][fb_snap]
        love = total // 6
        care = total // 25
        haha = total // 30
        wow = total // 40
        sad = total // 50
        angry = total // 35
        like = total - love - care - haha - wow - sad - angry
        reactions[fb_snap] = [
            f'{{"like": {a}, "love": {b}, "care": {c}, "wow": {d}, "haha": {e}, "sad": {f}, '
            f'"angry": {g}}}'
            for a, b, c, d, e, f, g in zip(
                like.tolist(),
                love.tolist(),
                care.tolist(),
                wow.tolist(),
                haha.tolist(),
                sad.tolist(),
                angry.tolist(),
                strict=True,
            )
        ]
    last_check = np.full(n, NULL_TIME, dtype=np.int64)
    last_taken = np.where(taken <= end_us, taken, NULL_TIME).max(axis=1)
    last_check[own_rows] = last_taken
    snapshots = Table(
        "listening_engagementsnapshot",
        n_snap,
        {
            "id": ("int", np.arange(1, n_snap + 1, dtype=np.int64)),
            "post_id": ("int", snap["post_row"] + 1),
            "taken_at": ("ts", snap["taken"]),
            "likes": ("int", snap["likes"]),
            "shares": ("int", snap["shares"]),
            "replies": ("int", snap["replies"]),
            "quotes": ("int", snap["quotes"]),
            "impressions": ("int", snap["impressions"]),
            "reactions": ("str", reactions),
        },
    )
    return snapshots, last_check
