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
what that story says at the moment the city ends ("now"), so they agree with each other."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd

from bench.city import OWN_SHARE
from bench.city import vocabulary as vocab

US = 1_000_000
HOUR = 3600 * US
DAY = 24 * HOUR
NULL_TIME = np.iinfo(np.int64).min
SPAN_DAYS = 730
X_EPOCH_MS = 1_288_834_974_657  # X's snowflake ids count milliseconds from here

# When the city's tooling reads engagement of its own posts, after publishing (decaying: often
# in the first day, rarely after a week), in minutes.
# fmt: off
SNAPSHOT_SCHEDULE_MIN = np.array(
    [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1200, 1440, 1800, 2160,
     2880, 3600, 4320, 5760, 7200, 8640, 10080, 14400, 20160, 30240, 43200]
)
# fmt: on
STATUS_OPEN = ("new", "routed", "in_progress", "waiting_on_citizen", "answered")


@dataclass
class Table:
    """Rows of one table: column name -> ("int" | "ts" | "bool" | "float" | "str", values).
    int columns use -1 for NULL, ts columns NULL_TIME, float columns NaN; str columns hold
    escaped strings (None for NULL)."""

    name: str
    rows: int
    columns: dict[str, tuple[str, object]] = field(default_factory=dict)


@dataclass
class CityInputs:
    posts: int
    seed: int
    end: datetime  # UTC, aware
    zone: str
    department_ids: dict[str, int]
    department_names: dict[str, str]
    topic_ids: dict[str, int]
    topic_departments: dict[str, str]
    account_ids: list[int]  # in vocabulary.ACCOUNTS order
    account_platform_ids: list[str]
    officers: list[int]
    staff: dict[str, list[int]]  # department slug -> user ids (communication: the officers)
    usernames: dict[int, str]
    # Per department: (first response hours, resolution hours); holidays of the city's country.
    sla_hours: dict[str, tuple[int, int]]
    holidays: list
    opening_seconds: tuple[int, int]


@dataclass
class City:
    tables: list[Table]
    end_us: int
    summary: dict


def _lognormal(rng, median_seconds: float, sigma: float, size: int) -> np.ndarray:
    # Whole seconds, like every time the generator makes (platforms give seconds too).
    seconds = np.maximum(median_seconds * np.exp(sigma * rng.standard_normal(size)), 1)
    return seconds.astype(np.int64) * US


def _local_to_utc(local_ns: np.ndarray, zone: str) -> np.ndarray:
    index = pd.DatetimeIndex(local_ns.astype("datetime64[ns]"))
    # An autumn hour that happens twice is read as winter time; a spring hour that does not
    # exist moves forward: both as a phone's clock would show it.
    utc = index.tz_localize(
        zone, ambiguous=np.zeros(len(index), dtype=bool), nonexistent="shift_forward"
    ).tz_convert("UTC")
    return (utc.asi8 // 1000).astype(np.int64)


def _utc_to_local_ns(utc_us: np.ndarray, zone: str) -> np.ndarray:
    index = pd.DatetimeIndex((utc_us * 1000).astype("datetime64[ns]"), tz="UTC")
    return index.tz_convert(zone).tz_localize(None).asi8


def _draw_times(rng, n, *, start_us, end_us, zone, weekday_hours, weekend_hours, weekend_factor):
    """n moments between start and end, with the city's growth, weekly and daily rhythm and
    the odd busy day (a storm, a tram outage)."""
    first_day = (
        _utc_to_local_ns(np.array([start_us]), zone)
        .astype("datetime64[ns]")
        .astype("datetime64[D]")
    )[0]
    days = int((end_us - start_us) // DAY) + 2
    day_dates = first_day + np.arange(days)
    weekday = (day_dates.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    weekend = weekday >= 5
    weight = np.linspace(0.75, 1.25, days) * np.where(weekend, weekend_factor, 1.0)
    weight *= rng.gamma(8.0, 1 / 8.0, days)
    busy = rng.random(days) < 0.025
    weight[busy] *= rng.uniform(1.5, 3.5, busy.sum())
    chosen = rng.choice(days, size=n, p=weight / weight.sum())
    hours = np.empty(n, dtype=np.int64)
    on_weekend = weekend[chosen]
    for mask, profile in ((~on_weekend, weekday_hours), (on_weekend, weekend_hours)):
        p = np.asarray(profile, dtype=float)
        hours[mask] = rng.choice(24, size=int(mask.sum()), p=p / p.sum())
    seconds = rng.integers(0, 3600, n)
    local_ns = (
        day_dates[chosen].astype("datetime64[ns]").view("int64")
        + (hours * 3600 + seconds) * 1_000_000_000
    )
    utc = _local_to_utc(local_ns, zone)
    utc = np.where(utc >= end_us, utc - 7 * DAY, utc)
    return np.where(utc < start_us, utc + 7 * DAY, utc)


def _pick_earlier(rng, group_times: np.ndarray, group_index: np.ndarray, times, p_back: float):
    """For each moment, one of the group's items from before it: the latest one, or a few
    before that. -1 where the group has nothing earlier."""
    position = np.searchsorted(group_times, times, side="left") - rng.geometric(p_back, len(times))
    found = position >= 0
    result = np.full(len(times), -1, dtype=np.int64)
    result[found] = group_index[position[found]]
    return result


class BusinessClock:
    """departments.sla.add_business_hours for arrays: business days counted with numpy's busday
    functions (the same weekmask and holidays), the rest in seconds of opening time."""

    def __init__(self, *, zone: str, holidays: list, opening_seconds: tuple[int, int]):
        self.zone = zone
        self.holidays = np.array(sorted(holidays), dtype="datetime64[D]")
        self.open, self.close = opening_seconds
        self.day_length = self.close - self.open
        self.epoch = np.busday_offset(
            np.datetime64("2000-01-03"), 0, roll="forward", holidays=self.holidays
        )

    def add(self, start_us: np.ndarray, hours: np.ndarray) -> np.ndarray:
        local_ns = _utc_to_local_ns(start_us, self.zone)
        day = local_ns.astype("datetime64[ns]").astype("datetime64[D]")
        seconds = (local_ns - day.astype("datetime64[ns]").view("int64")) / 1e9
        open_day = np.is_busday(day, holidays=self.holidays)
        into = np.where(open_day, np.clip(seconds - self.open, 0, self.day_length), 0.0)
        day = np.where(
            open_day, day, np.busday_offset(day, 0, roll="forward", holidays=self.holidays)
        )
        index = np.busday_count(self.epoch, day, holidays=self.holidays)
        total = index * self.day_length + into + hours * 3600.0
        whole, rest = np.divmod(total, self.day_length)
        # A deadline that uses up a day exactly falls at closing time.
        exact = rest == 0
        whole = np.where(exact, whole - 1, whole)
        rest = np.where(exact, self.day_length, rest)
        due_day = np.busday_offset(self.epoch, whole.astype(np.int64), holidays=self.holidays)
        due_local = due_day.astype("datetime64[ns]").view("int64") + (
            (self.open + rest) * 1e9
        ).astype(np.int64)
        return _local_to_utc(due_local, self.zone)


def generate(inputs: CityInputs) -> City:
    rng = np.random.default_rng(inputs.seed)
    end_us = int(inputs.end.timestamp() * US)
    start_us = end_us - SPAN_DAYS * DAY
    n = inputs.posts
    n_own = max(1, round(n * OWN_SHARE))
    n_cit = n - n_own
    from listening.replay import build_dataset as replay

    # ---------------------------------------------------------------- when, which account
    own_times = _draw_times(
        rng,
        n_own,
        start_us=start_us,
        end_us=end_us,
        zone=inputs.zone,
        weekday_hours=replay.OWN_WEEKDAY_HOURS,
        weekend_hours=replay.OWN_WEEKEND_HOURS,
        weekend_factor=0.3,
    )
    cit_times = _draw_times(
        rng,
        n_cit,
        start_us=start_us,
        end_us=end_us,
        zone=inputs.zone,
        weekday_hours=replay.CITIZEN_WEEKDAY_HOURS,
        weekend_hours=replay.CITIZEN_WEEKEND_HOURS,
        weekend_factor=replay.WEEKEND_FACTOR,
    )
    times = np.concatenate([own_times, cit_times])
    is_own = np.concatenate([np.ones(n_own, bool), np.zeros(n_cit, bool)])
    order = np.argsort(times, kind="stable")
    times, is_own = times[order], is_own[order]
    post_id = np.arange(1, n + 1, dtype=np.int64)  # ids follow time, as ingestion's do

    accounts = vocab.ACCOUNTS
    account_platform = np.array([a[0] for a in accounts])
    account_department = np.array([a[3] for a in accounts])
    platforms = list(vocab.PLATFORM_MIX)
    departments = list(vocab.DEPARTMENTS)
    # The city's own posts: central accounts publish most.
    own_weight = np.array([3, 1.5, 1.5, 1.5, 2, 1, 1, 1, 1, 0.4, 0.4, 0.4])
    own_rows = np.flatnonzero(is_own)
    cit_rows = np.flatnonzero(~is_own)
    account = np.empty(n, dtype=np.int64)
    account[own_rows] = rng.choice(len(accounts), size=n_own, p=own_weight / own_weight.sum())

    # Citizens: what they write about decides the department; where, the platform and account.
    language_codes = list(vocab.LANGUAGE_MIX)
    citizen_pool = vocab.citizen_pool(seed=inputs.seed, variants=120 if n >= 50_000 else 40)
    pool_department = np.array(citizen_pool.departments)
    pool_language = np.array(citizen_pool.languages)
    pool_weight = np.array(citizen_pool.weights)
    cit_platform = rng.choice(
        len(platforms), size=n_cit, p=np.array(list(vocab.PLATFORM_MIX.values()))
    )
    authors = max(60, n_cit // 7)
    author_language = rng.choice(
        len(language_codes), size=authors, p=np.array(list(vocab.LANGUAGE_MIX.values()))
    )
    # A long tail: a few people write very often, most once or twice.
    cit_author = np.minimum((authors * rng.random(n_cit) ** 2.4).astype(np.int64), authors - 1)
    cit_language = np.where(
        rng.random(n_cit) < 0.92,
        author_language[cit_author],
        rng.choice(len(language_codes), size=n_cit, p=np.array(list(vocab.LANGUAGE_MIX.values()))),
    )
    cit_department = rng.choice(
        len(departments), size=n_cit, p=np.array(list(vocab.DEPARTMENT_MIX.values()))
    )
    cit_text = np.empty(n_cit, dtype=np.int64)
    for li, language in enumerate(language_codes):
        for di, department in enumerate(departments):
            mask = (cit_language == li) & (cit_department == di)
            candidates = np.flatnonzero(
                (pool_language == language) & (pool_department == department)
            )
            w = pool_weight[candidates]
            cit_text[mask] = rng.choice(candidates, size=int(mask.sum()), p=w / w.sum())
    # To the department's own account on that platform now and then, else the central one.
    central = {
        p: next(i for i, a in enumerate(accounts) if a[0] == p and a[3] == "communication")
        for p in platforms
    }
    own_account = {(a[0], a[3]): i for i, a in enumerate(accounts)}
    to_department = rng.random(n_cit) < 0.4
    cit_account = np.empty(n_cit, dtype=np.int64)
    for pi, platform in enumerate(platforms):
        for di, department in enumerate(departments):
            mask = (cit_platform == pi) & (cit_department == di)
            cit_account[mask] = np.where(
                to_department[mask], own_account[(platform, department)], central[platform]
            )
    account[cit_rows] = cit_account
    platform = account_platform[account]

    # ---------------------------------------------------------------- kinds and conversations
    KIND = np.array(["own_post", "mention", "reply", "comment", "direct_message"], dtype=object)
    kind = np.zeros(n, dtype=np.int8)  # own_post
    parent = np.full(n, -1, dtype=np.int64)  # row index of the parent
    u = rng.random(n_cit)
    cit_is_fb = platform[cit_rows] == "facebook"
    wants = np.where(
        cit_is_fb,
        np.select([u < 0.10, u < 0.90], [4, 3], default=5),  # dm, comment on a page post, reply
        np.select([u < 0.08, u < 0.33, u < 0.42], [4, 2, 5], default=1),
    )  # 5: a reply to another citizen, 2/3: under the city's post, 1: a mention
    kind[cit_rows] = 1
    kind[cit_rows[wants == 4]] = 4
    # Under one of the account's own posts from before.
    for ai in range(len(accounts)):
        own_of_account = own_rows[account[own_rows] == ai]
        children = cit_rows[((wants == 2) | (wants == 3)) & (cit_account == ai)]
        if not len(children):
            continue
        found = _pick_earlier(rng, times[own_of_account], own_of_account, times[children], 0.35)
        ok = found >= 0
        parent[children[ok]] = found[ok]
        kind[children[ok]] = 3 if accounts[ai][0] == "facebook" else 2
    root = np.where(parent >= 0, parent, np.arange(n))
    # Replies to another citizen's post (or comment), in that post's conversation.
    for ai in range(len(accounts)):
        candidates = cit_rows[(cit_account == ai) & np.isin(kind[cit_rows], (1, 3)) & (wants != 5)]
        children = cit_rows[(wants == 5) & (cit_account == ai)]
        if not len(children) or not len(candidates):
            continue
        found = _pick_earlier(rng, times[candidates], candidates, times[children], 0.2)
        ok = found >= 0
        parent[children[ok]] = found[ok]
        kind[children[ok]] = 3 if accounts[ai][0] == "facebook" else 2
        root[children[ok]] = root[found[ok]]

    # ---------------------------------------------------------------- ids, authors, texts
    ms = times // 1000
    external = np.empty(n, dtype=object)
    is_x, is_fb, is_md = platform == "x", platform == "facebook", platform == "mastodon"
    x_ids = ((ms - X_EPOCH_MS) << 22) | (post_id & 0x3FFFFF)
    external[is_x] = x_ids[is_x].astype(str)
    md_ids = (ms << 16) | (post_id & 0xFFFF)
    external[is_md] = md_ids[is_md].astype(str)
    page_ids = np.array(inputs.account_platform_ids, dtype=object)
    fb_numbers = (10**15 + post_id).astype(str).astype(object)
    fb = np.flatnonzero(is_fb)
    fb_roots = root[fb]
    external[fb] = np.where(
        is_own[fb] | (kind[fb] == 1) | (kind[fb] == 4),
        page_ids[account[fb]] + "_" + fb_numbers[fb],
        fb_numbers[fb_roots] + "_" + fb_numbers[fb],
    )
    in_reply_to = np.full(n, "", dtype=object)
    has_parent = parent >= 0
    in_reply_to[has_parent] = external[parent[has_parent]]
    conversation = platform.astype(object) + ":" + external[root]

    first_names, last_names, handles, names = {}, {}, [], []
    for li, language in enumerate(language_codes):
        first_names[li], last_names[li] = vocab.author_names(language)
    author_first = rng.integers(0, 10**6, authors)
    author_last = rng.integers(0, 10**6, authors)
    for a in range(authors):
        li = int(author_language[a])
        first = first_names[li][author_first[a] % len(first_names[li])]
        last = last_names[li][author_last[a] % len(last_names[li])]
        base = "".join(ch for ch in f"{first}{last[:1]}".lower() if ch.isalnum())
        handles.append(f"{base}{a}")
        names.append(vocab.copy_escape(f"{first} {last}"))
    handles_arr = np.array(handles, dtype=object)
    names_arr = np.array(names, dtype=object)
    instances = np.array(
        ["mastodon.social", "mastodon.nl", "toot.community", "mstdn.social"], dtype=object
    )

    author_id = np.empty(n, dtype=object)
    author_handle = np.empty(n, dtype=object)
    author_name = np.empty(n, dtype=object)
    acc_handle = np.array([a[1] for a in accounts], dtype=object)
    acc_name = np.array([vocab.copy_escape(a[2]) for a in accounts], dtype=object)
    own_acc = account[own_rows]
    author_id[own_rows] = page_ids[own_acc]
    author_handle[own_rows] = np.where(is_fb[own_rows], "", acc_handle[own_acc])
    author_name[own_rows] = acc_name[own_acc]
    cit_plat = platform[cit_rows]
    author_id[cit_rows] = np.select(
        [cit_plat == "x", cit_plat == "facebook"],
        [(1_000_000_000 + cit_author).astype(str), (10**14 + cit_author).astype(str)],
        default=(109_000_000_000 + cit_author).astype(str),
    ).astype(object)
    cit_handle = handles_arr[cit_author]
    md_handle = cit_handle + "@" + instances[cit_author % len(instances)]
    author_handle[cit_rows] = np.select(
        [cit_plat == "x", cit_plat == "facebook"], [cit_handle, ""], default=md_handle
    )
    author_name[cit_rows] = names_arr[cit_author]

    own_pool = vocab.own_pool(seed=inputs.seed, variants=60 if n >= 50_000 else 20)
    own_weights = np.array(own_pool.weights)
    own_text = rng.choice(len(own_pool.texts), size=n_own, p=own_weights / own_weights.sum())
    own_texts = np.array(own_pool.texts, dtype=object)
    cit_texts = np.array(citizen_pool.texts, dtype=object)
    text = np.empty(n, dtype=object)
    text[own_rows] = own_texts[own_text]
    body = cit_texts[cit_text]
    # On X and Mastodon a post starts with whom it addresses.
    addressee = np.where(
        parent[cit_rows] >= 0,
        author_handle[np.maximum(parent[cit_rows], 0)],
        acc_handle[cit_account],
    )
    mentions = (cit_plat != "facebook") & (kind[cit_rows] != 4)
    text[cit_rows] = np.where(
        mentions, "@" + addressee.astype(str).astype(object) + " " + body, body
    )
    language = np.empty(n, dtype=object)
    language[own_rows] = np.array(own_pool.languages, dtype=object)[own_text]
    cit_lang_code = np.array(language_codes, dtype=object)[cit_language]
    language[cit_rows] = cit_lang_code
    language[is_fb] = ""  # the Graph API does not say
    text_has_link = np.array(["https://" in t for t in text], dtype=bool)
    has_media = np.where(is_own, rng.random(n) < 0.45, rng.random(n) < 0.12)
    has_link = text_has_link | (~is_own & (rng.random(n) < 0.02))

    url = np.select(
        [is_x, is_fb],
        [
            "https://x.com/"
            + np.where(author_handle == "", "i/web", author_handle)
            + "/status/"
            + external,
            "https://www.facebook.com/" + external,
        ],
        default="https://mastodon.example/@" + author_handle + "/" + external,
    )
    fetch_delay = rng.integers(20 * US, 600 * US, n)
    fetched_at = np.minimum(times + fetch_delay, end_us)

    # ---------------------------------------------------------------- engagement of own posts
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

    raw = [
        f'{{"id": "{e}", "created_at": "{t}", "author_id": "{a}", "generated_by": '
        f'"bench.make_city"}}'
        for e, t, a in zip(
            external.tolist(),
            np.datetime_as_string(times.astype("datetime64[us]"), unit="s").tolist(),
            author_id.tolist(),
            strict=True,
        )
    ]
    posts = Table(
        "listening_post",
        n,
        {
            "id": ("int", post_id),
            "platform": ("str", platform.astype(object)),
            "external_id": ("str", external),
            "account_id": ("int", np.array(inputs.account_ids)[account]),
            "kind": ("str", KIND[kind]),
            "author_id": ("str", author_id),
            "author_handle": ("str", author_handle),
            "author_name": ("str", author_name),
            "text": ("str", text),
            "language": ("str", language),
            "created_at": ("ts", times),
            "url": ("str", url.astype(object)),
            "in_reply_to": ("str", in_reply_to),
            "parent_id": ("int", np.where(has_parent, parent + 1, -1)),
            "conversation_key": ("str", conversation),
            "has_media": ("bool", has_media),
            "has_link": ("bool", has_link),
            "raw": ("str", np.array(raw, dtype=object)),
            "fetched_at": ("ts", fetched_at),
            "engagement_checked_at": ("ts", last_check),
        },
    )
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

    cases = _cases(
        rng,
        inputs,
        end_us=end_us,
        rows=cit_rows,
        times=times,
        fetched_at=fetched_at,
        post_language=cit_lang_code,
        department=np.array(departments, dtype=object)[cit_department],
        topic=np.array(citizen_pool.topics, dtype=object)[cit_text],
        handle=np.where(is_fb[cit_rows], names_arr[cit_author], author_handle[cit_rows]),
        platform=cit_plat,
        account_department=account_department[cit_account],
    )
    summary = {
        "posts": n,
        "own_posts": n_own,
        "citizen_posts": n_cit,
        "snapshots": n_snap,
        "authors": authors,
        **{table.name: table.rows for table in cases},
    }
    return City(tables=[posts, snapshots, *cases], end_us=end_us, summary=summary)


def _json_str(value: str) -> str:
    return vocab.copy_escape(json.dumps(value, ensure_ascii=False))


def _cases(
    rng,
    inputs: CityInputs,
    *,
    end_us,
    rows,
    times,
    fetched_at,
    post_language,
    department,
    topic,
    handle,
    platform,
    account_department,
) -> list[Table]:
    m = len(rows)
    case_id = np.arange(1, m + 1, dtype=np.int64)
    created = times[rows]
    never = np.iinfo(np.int64).max // 4  # a moment that never comes
    departments = list(vocab.DEPARTMENTS)
    dept_code = np.array([departments.index(d) for d in department.tolist()])
    spam = topic == vocab.SPAM_TOPIC
    greek = post_language == "el"

    # Routing: most cases go to a department within seconds; the rest wait in triage.
    p_triage = np.where(spam, 0.9, np.where(greek, 0.4, np.where(dept_code == 3, 0.3, 0.14)))
    auto = rng.random(m) >= p_triage
    confidence = np.where(
        auto, 0.5 + 0.49 * rng.beta(4, 2, m), 0.05 + 0.44 * rng.beta(2, 2, m)
    ).round(4)
    wrong = auto & ~spam & (rng.random(m) < 0.07)
    wrong_dept = (dept_code + rng.integers(1, len(departments), m)) % len(departments)
    initial_dept = np.where(wrong, wrong_dept, dept_code)

    outcome_u = rng.random(m)
    # 0 normal, 1 spam, 2 not for us, 3 dismissed, 4 merged, 5 left open and forgotten (what
    # lands in triage is forgotten more often)
    outcome = np.select(
        [
            spam & (outcome_u < 0.95),
            outcome_u < 0.035,
            outcome_u < 0.065,
            outcome_u < 0.085,
            outcome_u < np.where(auto, 0.11, 0.185),
        ],
        [1, 2, 3, 4, 5],
        default=0,
    )
    t_route = created + np.where(
        auto, rng.integers(15 * US, 180 * US, m), _lognormal(rng, 1.5 * 3600, 1.0, m)
    )
    t_correct = np.where(wrong, t_route + _lognormal(rng, 2 * 3600, 1.0, m), never)
    routed_by_person = ~auto  # triage: an officer picks the department
    t_effective = np.where(wrong, t_correct, t_route)
    assigned = (outcome == 0) | (outcome == 5)
    assigned &= rng.random(m) < 0.8
    t_assign = np.where(assigned, t_effective + _lognormal(rng, 3600, 1.0, m), never)
    responds = (outcome == 0) | (outcome == 5)
    t_first = np.where(
        responds,
        np.maximum(t_effective, np.where(assigned, t_assign, 0))
        + _lognormal(rng, 2.5 * 3600, 1.1, m),
        never,
    )
    # Forgotten cases stop somewhere along the way: in triage (never routed), after routing,
    # after assignment, while waiting on the citizen, after answering.
    forgotten = outcome == 5
    stage = np.where(
        auto,
        rng.choice(5, size=m, p=[0.0, 0.30, 0.25, 0.20, 0.25]),
        rng.choice(5, size=m, p=[0.40, 0.15, 0.15, 0.15, 0.15]),
    )
    waits = responds & ((rng.random(m) < 0.12) | (forgotten & (stage == 3)))
    t_wait = np.where(waits, t_first + _lognormal(rng, 3 * 3600, 1.0, m), never)
    t_answer = np.where(
        responds,
        np.maximum(t_first, np.where(waits, t_wait, 0)) + _lognormal(rng, 20 * 3600, 1.0, m),
        never,
    )
    t_close = np.where(outcome == 0, t_answer + _lognormal(rng, 24 * 3600, 0.8, m), never)
    t_route = np.where(forgotten & (stage == 0), never, t_route)
    t_assign = np.where(forgotten & (stage < 2), never, t_assign)
    t_first = np.where(forgotten & (stage < 2), never, t_first)
    t_wait = np.where(forgotten & (stage < 3), never, t_wait)
    t_answer = np.where(forgotten & (stage < 4), never, t_answer)
    t_spam = np.where(outcome == 1, created + _lognormal(rng, 3600, 1.0, m), never)
    t_nfu = np.where(outcome == 2, t_effective + _lognormal(rng, 4 * 3600, 1.0, m), never)
    t_dismiss = np.where(outcome == 3, t_effective + _lognormal(rng, 10 * 3600, 1.0, m), never)
    t_merge = np.where(outcome == 4, created + _lognormal(rng, 2 * 3600, 1.0, m), never)
    # Spam never gets a department: the officer marks it from triage.
    t_route = np.where(outcome == 1, np.where(auto, t_route, never), t_route)

    def by_end(moment):
        return moment <= end_us

    routed_now = by_end(t_route)
    closed_time = np.select(
        [outcome == 0, outcome == 1, outcome == 2, outcome == 3, outcome == 4],
        [t_close, t_spam, t_nfu, t_dismiss, t_merge],
        default=never,
    )
    closed_now = by_end(closed_time)
    status = np.select(
        [
            closed_now & (outcome == 0),
            closed_now & (outcome == 1),
            closed_now & (outcome == 2),
            closed_now & (outcome == 3),
            closed_now & (outcome == 4),
            by_end(t_answer),
            by_end(t_wait),
            by_end(t_first) | by_end(t_assign),
            routed_now,
        ],
        [
            "closed",
            "spam",
            "not_for_us",
            "dismissed",
            "merged",
            "answered",
            "waiting_on_citizen",
            "in_progress",
            "routed",
        ],
        default="new",
    ).astype(object)
    # Routing ran (a confidence and an explanation), whether or not it found a department: for
    # a case left in triage, half a minute after it came in.
    routing_ran = by_end(np.where(auto, t_route, created + 30 * US))
    department_now = np.where(routed_now, np.where(by_end(t_correct), dept_code, initial_dept), -1)
    department_id = np.array([inputs.department_ids[d] for d in departments])
    dept_ids = np.where(department_now >= 0, department_id[np.maximum(department_now, 0)], -1)

    # Who works on it: someone of the department (the officers for communication).
    assignee = np.full(m, -1, dtype=np.int64)
    final_dept = np.where(department_now >= 0, department_now, dept_code)
    has_assignee = by_end(t_assign)
    for di, slug in enumerate(departments):
        people = np.array(inputs.staff[slug])
        mask = has_assignee & (final_dept == di)
        assignee[mask] = people[rng.integers(0, len(people), int(mask.sum()))]
    officers = np.array(inputs.officers)
    officer = officers[rng.integers(0, len(officers), m)]

    priority = rng.choice([1, 2, 3, 4], size=m, p=[0.10, 0.70, 0.15, 0.05])
    priority = np.where(routed_now, priority, 2)

    clock = BusinessClock(
        zone=inputs.zone, holidays=inputs.holidays, opening_seconds=inputs.opening_seconds
    )
    first_hours = np.array([inputs.sla_hours[d][0] for d in departments])
    resolution_hours = np.array([inputs.sla_hours[d][1] for d in departments])
    has_department = dept_ids >= 0
    first_due = np.full(m, NULL_TIME, dtype=np.int64)
    resolution_due = np.full(m, NULL_TIME, dtype=np.int64)
    if has_department.any():
        d = department_now[has_department]
        first_due[has_department] = clock.add(created[has_department], first_hours[d])
        resolution_due[has_department] = clock.add(created[has_department], resolution_hours[d])
    first_responded = np.where(by_end(t_first), t_first, NULL_TIME)
    closed_at = np.where(closed_now, closed_time, NULL_TIME)
    # A reminder an hour before a deadline that was still running then.
    remind_first = np.where(has_department, first_due - HOUR, never)
    first_reminded = np.where(
        has_department
        & (assignee >= 0)
        & by_end(remind_first)
        & ((first_responded == NULL_TIME) | (first_responded > remind_first)),
        remind_first,
        NULL_TIME,
    )
    remind_resolution = np.where(has_department, resolution_due - HOUR, never)
    resolution_reminded = np.where(
        has_department
        & (assignee >= 0)
        & by_end(remind_resolution)
        & ((closed_at == NULL_TIME) | (closed_at > remind_resolution)),
        remind_resolution,
        NULL_TIME,
    )
    merged_into = np.full(m, -1, dtype=np.int64)
    merging = np.flatnonzero(closed_now & (outcome == 4))
    if len(merging):
        targets = np.flatnonzero(outcome != 4)
        found = _pick_earlier(rng, created[targets], targets, created[merging], 0.05)
        ok = found >= 0
        merged_into[merging[ok]] = found[ok] + 1
        orphans = merging[~ok]
        status[orphans] = "dismissed"  # nothing earlier to merge into
        merged_into[orphans] = -1

    case_language = np.where(rng.random(m) < 0.02, "unknown", post_language).astype(object)
    case_language = np.where(routing_ran, case_language, "")
    summary_text = np.where(
        department_now >= 0,
        np.array(departments, dtype=object)[np.maximum(initial_dept, 0)],
        "triage",
    )
    conf_text = confidence.astype(str)
    # Built as Python strings: a numpy string array of a million explanations would hold each
    # at the width of the longest, four bytes a character.
    explanation = np.full(m, "{}", dtype=object)
    ran = np.flatnonzero(routing_ran)
    explanation[ran] = [
        f'{{"language": "{lang}", "keywords": [], "model": {{"{dept}": {c}}}, '
        f'"account": "{acc}", "combined": {{"{dept}": {c}}}, "threshold": 0.5, '
        f'"model_version": 1, "summary": "{s} ({c})"}}'
        for lang, dept, c, acc, s in zip(
            case_language[ran].tolist(),
            np.array(departments, dtype=object)[initial_dept[ran]].tolist(),
            conf_text[ran].tolist(),
            account_department[ran].tolist(),
            summary_text[ran].tolist(),
            strict=True,
        )
    ]
    confidence_col = np.where(routing_ran, confidence, np.nan)
    status_now = status.astype(str)

    # ---------------------------------------------------------------- topics
    topic_ids = np.array([inputs.topic_ids[t] for t in topic.tolist()])
    tagged = routing_ran
    extra = tagged & (rng.random(m) < 0.08) & ~spam
    all_topics = np.array(sorted(inputs.topic_ids.values()))
    extra_topic = all_topics[rng.integers(0, len(all_topics), m)]
    extra &= extra_topic != topic_ids
    ct_case = np.concatenate([case_id[tagged], case_id[extra]])
    ct_topic = np.concatenate([topic_ids[tagged], extra_topic[extra]])
    order = np.argsort(ct_case, kind="stable")
    case_topics = Table(
        "departments_case_topics",
        len(ct_case),
        {
            "id": ("int", np.arange(1, len(ct_case) + 1, dtype=np.int64)),
            "case_id": ("int", ct_case[order]),
            "topic_id": ("int", ct_topic[order]),
        },
    )

    # ---------------------------------------------------------------- replies
    dept_names = np.array([inputs.department_names[d] for d in departments], dtype=object)
    reply_lang = np.where(np.isin(post_language, list(vocab.ACKNOWLEDGEMENTS)), post_language, "en")
    responder = np.where(assignee >= 0, assignee, officer)
    blocks = []

    def reply_texts(templates, idx):
        langs = reply_lang[idx].tolist()
        picks = rng.integers(0, 100, len(idx)).tolist()
        return [
            vocab.copy_escape(
                templates[lang][p % len(templates[lang])].format(handle=h, department=d)
            )
            for lang, p, h, d in zip(
                langs,
                picks,
                handle[idx].tolist(),
                dept_names[final_dept[idx]].tolist(),
                strict=True,
            )
        ]

    acked = np.flatnonzero(by_end(t_first))
    blocks.append(
        ("acknowledgement", acked, t_first[acked], reply_texts(vocab.ACKNOWLEDGEMENTS, acked))
    )
    answered = np.flatnonzero(by_end(t_answer))
    blocks.append(("answer", answered, t_answer[answered], reply_texts(vocab.ANSWERS, answered)))
    noted = np.flatnonzero(routed_now & (rng.random(m) < 0.06))
    t_note = t_effective[noted] + rng.integers(10 * 60 * US, DAY, len(noted))
    keep = t_note <= end_us
    noted, t_note = noted[keep], t_note[keep]
    note_texts = np.array([vocab.copy_escape(t) for t in vocab.NOTES], dtype=object)
    blocks.append(
        (
            "internal_note",
            noted,
            t_note,
            note_texts[rng.integers(0, len(note_texts), len(noted))].tolist(),
        )
    )
    # A few first replies the platform refused lately (rate limits): shown as failed.
    failing = np.flatnonzero(
        np.isin(status_now, STATUS_OPEN) & ~by_end(t_first) & routed_now & (rng.random(m) < 0.01)
    )
    t_fail = np.minimum(t_effective[failing] + HOUR, end_us)
    blocks.append(("failed", failing, t_fail, reply_texts(vocab.ACKNOWLEDGEMENTS, failing)))

    r_case = np.concatenate([b[1] for b in blocks])
    r_time = np.concatenate([b[2] for b in blocks])
    r_text = np.array([t for b in blocks for t in b[3]], dtype=object)
    r_kind = np.concatenate([np.full(len(b[1]), b[0], dtype=object) for b in blocks])
    order = np.argsort(r_time, kind="stable")
    r_case, r_time, r_text, r_kind = r_case[order], r_time[order], r_text[order], r_kind[order]
    n_replies = len(r_case)
    reply_id = np.arange(1, n_replies + 1, dtype=np.int64)
    r_sent = np.isin(r_kind, ("acknowledgement", "answer"))
    r_failed = r_kind == "failed"
    r_note = r_kind == "internal_note"
    retried = r_sent & (rng.random(n_replies) < 0.03)
    attempts = np.select([r_note, r_failed, retried], [0, 3, 2], default=1)
    sent_ms = r_time // 1000
    r_platform = platform[r_case]
    platform_ids = np.select(
        [r_platform == "x", r_platform == "facebook"],
        [
            (((sent_ms - X_EPOCH_MS) << 22) | (reply_id & 0x3FFFFF) | (1 << 21)).astype(str),
            np.char.add(
                np.char.add((10**15 + r_case).astype(str), "_"), (9 * 10**14 + reply_id).astype(str)
            ),
        ],
        default=((sent_ms << 16) | (reply_id & 0xFFFF) | 0x8000).astype(str),
    ).astype(object)
    platform_ids[~r_sent] = ""
    replies = Table(
        "departments_reply",
        n_replies,
        {
            "id": ("int", reply_id),
            "case_id": ("int", case_id[r_case]),
            "author_id": ("int", responder[r_case]),
            "kind": ("str", np.where(r_failed, "acknowledgement", r_kind).astype(object)),
            "text": ("str", r_text),
            "send_state": (
                "str",
                np.select([r_note, r_failed], ["not_sent", "failed"], default="sent").astype(
                    object
                ),
            ),
            "platform_external_id": ("str", platform_ids),
            "error": (
                "str",
                np.where(
                    r_failed, "RateLimited: 429 Too Many Requests, retry after the reset", ""
                ).astype(object),
            ),
            "created_at": ("ts", np.where(r_sent, r_time - 45 * US, r_time)),
            "sent_at": ("ts", np.where(r_sent, r_time, NULL_TIME)),
            "attempts": ("int", attempts),
            "last_attempt_at": ("ts", np.where(r_note, NULL_TIME, r_time)),
        },
    )

    # ---------------------------------------------------------------- events
    ev_case, ev_time, ev_actor, ev_kind, ev_old, ev_new, ev_reason = [], [], [], [], [], [], []
    null = None

    def add(idx, when, kind, actor=None, old=None, new=None, reason=""):
        k = len(idx)
        ev_case.append(idx)
        ev_time.append(when)
        ev_actor.append(np.full(k, -1) if actor is None else actor)
        ev_kind.append(np.full(k, kind, dtype=object))
        for target, value in ((ev_old, old), (ev_new, new), (ev_reason, reason)):
            if isinstance(value, np.ndarray):
                target.append(value.astype(object))
            else:
                target.append(np.full(k, value, dtype=object))

    slugs_json = np.array([_json_str(d) for d in departments], dtype=object)
    status_json = {
        s: _json_str(s)
        for s in (
            "new",
            "routed",
            "in_progress",
            "waiting_on_citizen",
            "answered",
            "closed",
            "spam",
            "not_for_us",
            "dismissed",
            "merged",
        )
    }
    user_json = {uid: _json_str(name) for uid, name in inputs.usernames.items()}

    everyone = np.arange(m)
    add(everyone, fetched_at[rows], "created")
    i = np.flatnonzero(auto & by_end(t_route))
    add(
        i,
        t_route[i],
        "routed",
        new=slugs_json[initial_dept[i]],
        reason=np.array(
            [
                "automatic: " + d
                for d in np.array(departments, dtype=object)[initial_dept[i]].tolist()
            ],
            dtype=object,
        ),
    )
    i = np.flatnonzero(routed_by_person & by_end(t_route) & (outcome != 1))
    add(
        i,
        t_route[i],
        "rerouted",
        actor=officer[i],
        old=null,
        new=slugs_json[dept_code[i]],
        reason="from triage",
    )
    i = np.flatnonzero(by_end(t_correct))
    reasons = np.array([vocab.copy_escape(r) for r in vocab.REROUTE_REASONS], dtype=object)
    add(
        i,
        t_correct[i],
        "rerouted",
        actor=officer[i],
        old=slugs_json[wrong_dept[i]],
        new=slugs_json[dept_code[i]],
        reason=reasons[rng.integers(0, len(reasons), len(i))],
    )
    i = np.flatnonzero((priority != 2) & routed_now)
    add(
        i,
        t_effective[i] + 5 * 60 * US,
        "priority_changed",
        actor=officer[i],
        old="2",
        new=priority[i].astype(str),
    )
    i = np.flatnonzero(has_assignee)
    add(
        i,
        t_assign[i],
        "assigned",
        actor=officer[i],
        old=null,
        new=np.array([user_json[u] for u in assignee[i].tolist()], dtype=object),
    )
    add(
        i,
        t_assign[i] + US,
        "status_changed",
        actor=officer[i],
        old=status_json["routed"],
        new=status_json["in_progress"],
    )
    for reply_kind, event_reason in (
        ("acknowledgement", "acknowledgement sent"),
        ("answer", "answer sent"),
    ):
        sel = np.flatnonzero(r_kind == reply_kind)
        c = r_case[sel]
        new = np.array(
            [
                f'{{"reply": {r}, "kind": "{reply_kind}", "platform_id": "{p}"}}'
                for r, p in zip(reply_id[sel].tolist(), platform_ids[sel].tolist(), strict=True)
            ],
            dtype=object,
        )
        add(c, r_time[sel], "replied", actor=responder[c], new=new)
        if reply_kind == "answer":
            add(
                c,
                r_time[sel] + US,
                "status_changed",
                actor=responder[c],
                old=np.where(
                    by_end(t_wait[c]), status_json["waiting_on_citizen"], status_json["in_progress"]
                ),
                new=status_json["answered"],
                reason=event_reason,
            )
    i = np.flatnonzero(by_end(t_wait))
    add(
        i,
        t_wait[i],
        "status_changed",
        actor=responder[i],
        old=status_json["in_progress"],
        new=status_json["waiting_on_citizen"],
    )
    sel = np.flatnonzero(r_kind == "internal_note")
    c = r_case[sel]
    add(
        c,
        r_time[sel],
        "note_added",
        actor=responder[c],
        new=np.array([f'{{"note": {r}}}' for r in reply_id[sel].tolist()], dtype=object),
    )
    sel = np.flatnonzero(r_kind == "failed")
    c = r_case[sel]
    add(
        c,
        r_time[sel],
        "reply_failed",
        actor=null,
        new=np.array([f'{{"reply": {r}}}' for r in reply_id[sel].tolist()], dtype=object),
        reason="RateLimited: 429 Too Many Requests",
    )
    closing = {
        "closed": ("status_changed", t_close, status_json["answered"]),
        "spam": ("marked_spam", t_spam, status_json["new"]),
        "not_for_us": ("not_for_us", t_nfu, status_json["routed"]),
        "dismissed": ("status_changed", closed_time, status_json["routed"]),
        "merged": ("merged", t_merge, status_json["routed"]),
    }
    for final, (kind, when, old) in closing.items():
        i = np.flatnonzero((status_now == final) & closed_now)
        actor = responder[i] if final == "closed" else officer[i]
        reason = ""
        if final == "merged":
            reason = np.array(
                [f"merged into case {t}" for t in merged_into[i].tolist()], dtype=object
            )
        add(i, when[i], kind, actor=actor, old=old, new=status_json[final], reason=reason)
        if final == "merged":
            targets = merged_into[i] - 1
            add(
                targets,
                when[i],
                "merged",
                actor=actor,
                old=null,
                new=np.array([f'{{"merged_from": {s}}}' for s in (i + 1).tolist()], dtype=object),
                reason=np.array(
                    [f"case {s} merged into this one" for s in (i + 1).tolist()], dtype=object
                ),
            )
    i = np.flatnonzero(first_reminded != NULL_TIME)
    add(i, first_reminded[i], "reminder_sent", old=null, new=_json_str("first_response"))
    i = np.flatnonzero(resolution_reminded != NULL_TIME)
    add(i, resolution_reminded[i], "reminder_sent", old=null, new=_json_str("resolution"))

    e_case = np.concatenate(ev_case)
    e_time = np.concatenate(ev_time)
    order = np.argsort(e_time, kind="stable")
    e_case, e_time = e_case[order], e_time[order]
    n_events = len(e_case)
    events = Table(
        "departments_caseevent",
        n_events,
        {
            "id": ("int", np.arange(1, n_events + 1, dtype=np.int64)),
            "case_id": ("int", case_id[e_case]),
            "actor_id": ("int", np.concatenate(ev_actor)[order]),
            "kind": ("str", np.concatenate(ev_kind)[order]),
            "old_value": ("str", np.concatenate(ev_old)[order]),
            "new_value": ("str", np.concatenate(ev_new)[order]),
            "reason": ("str", np.concatenate(ev_reason)[order]),
            "created_at": ("ts", e_time),
        },
    )
    updated = np.full(m, 0, dtype=np.int64)
    np.maximum.at(updated, e_case, e_time)

    cases = Table(
        "departments_case",
        m,
        {
            "id": ("int", case_id),
            "post_id": ("int", rows + 1),
            "status": ("str", status),
            "department_id": ("int", dept_ids),
            "routing_confidence": ("float", confidence_col),
            "routing_explanation": ("str", explanation),
            "assignee_id": ("int", assignee),
            "priority": ("int", priority),
            "first_response_due_at": ("ts", first_due),
            "resolution_due_at": ("ts", resolution_due),
            "first_responded_at": ("ts", first_responded),
            "closed_at": ("ts", closed_at),
            "created_at": ("ts", created),
            "updated_at": ("ts", np.maximum(updated, created)),
            "language": ("str", case_language),
            "merged_into_id": ("int", merged_into),
            "first_response_reminded_at": ("ts", first_reminded),
            "resolution_reminded_at": ("ts", resolution_reminded),
        },
    )
    return [cases, case_topics, replies, events]
