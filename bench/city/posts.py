"""The city's posts: when each is written and on which account, who writes it and what, the
conversations that replies hang in, and the platforms' ids and urls."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bench.city import OWN_SHARE
from bench.city import vocabulary as vocab
from bench.city.tables import CityInputs, Table
from bench.city.timing import DAY, SPAN_DAYS, US, draw_times, pick_earlier
from listening.replay.generator import material as replay

X_EPOCH_MS = 1_288_834_974_657  # X's snowflake ids count milliseconds from here
KIND = np.array(["own_post", "mention", "reply", "comment", "direct_message"], dtype=object)


@dataclass
class Posts:
    """Every post as columns (row i is post id i + 1; ids follow time), with what the engagement
    and the cases are drawn from."""

    columns: dict[str, tuple[str, object]]  # listening_post, but for engagement_checked_at
    own_count: int
    citizen_count: int
    authors: int
    times: np.ndarray
    platform: np.ndarray
    parent: np.ndarray  # row index of the parent, -1 for none
    own_rows: np.ndarray
    own_account: np.ndarray  # index in vocabulary.ACCOUNTS, per own post
    # Per citizen post, for its case.
    citizen_rows: np.ndarray
    fetched_at: np.ndarray  # every post
    citizen_language: np.ndarray
    citizen_department: np.ndarray
    citizen_topic: np.ndarray
    citizen_handle: np.ndarray  # how a reply addresses the author (Facebook: by name)
    citizen_platform: np.ndarray
    citizen_account_department: np.ndarray

    def table(self, *, engagement_checked_at: np.ndarray) -> Table:
        columns = {**self.columns, "engagement_checked_at": ("ts", engagement_checked_at)}
        return Table("listening_post", len(self.times), columns)


def draw_posts(rng, inputs: CityInputs, *, end_us: int) -> Posts:
    start_us = end_us - SPAN_DAYS * DAY
    n = inputs.posts
    n_own = max(1, round(n * OWN_SHARE))
    n_cit = n - n_own

    # ---------------------------------------------------------------- when, which account
    own_times = draw_times(
        rng,
        n_own,
        start_us=start_us,
        end_us=end_us,
        zone=inputs.zone,
        weekday_hours=replay.OWN_WEEKDAY_HOURS,
        weekend_hours=replay.OWN_WEEKEND_HOURS,
        weekend_factor=0.3,
    )
    cit_times = draw_times(
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
        found = pick_earlier(rng, times[own_of_account], own_of_account, times[children], 0.35)
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
        found = pick_earlier(rng, times[candidates], candidates, times[children], 0.2)
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
    columns = {
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
    }
    return Posts(
        columns=columns,
        own_count=n_own,
        citizen_count=n_cit,
        authors=authors,
        times=times,
        platform=platform,
        parent=parent,
        own_rows=own_rows,
        own_account=own_acc,
        citizen_rows=cit_rows,
        fetched_at=fetched_at,
        citizen_language=cit_lang_code,
        citizen_department=np.array(departments, dtype=object)[cit_department],
        citizen_topic=np.array(citizen_pool.topics, dtype=object)[cit_text],
        citizen_handle=np.where(is_fb[cit_rows], names_arr[cit_author], author_handle[cit_rows]),
        citizen_platform=cit_plat,
        citizen_account_department=account_department[cit_account],
    )
