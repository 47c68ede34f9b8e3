"""The demo's source: a bundled fictional municipality replayed as if it were live.

The data set (listening/replay/data/) holds eight weeks of the city's own posts and of what
citizens wrote to it, as minute offsets before "now". On the first poll an account's anchor is set
to the current time: the whole history is back-filled (so charts and reports have weeks of data),
then citizen posts keep arriving in real time, a few a minute, cycling through the data set with
fresh ids. Everything goes through the same ingestion as the live connectors.
"""

from __future__ import annotations

import gzip
import json
import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings

from listening.models import Account, Platform, PostKind
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost

# Moments after publication at which the back-fill records engagement, like a decaying poller.
HISTORY_SNAPSHOT_AGES = [timedelta(hours=h) for h in (1, 3, 6, 12, 24, 48, 96, 168, 336, 672)]


@dataclass(frozen=True)
class ReplayDataset:
    accounts: dict[str, dict[str, Any]]
    # Per account key: own and citizen posts merged, oldest first.
    history: dict[str, list[dict[str, Any]]]
    citizen: dict[str, list[dict[str, Any]]]
    own_by_id: dict[str, dict[str, Any]]
    roots: dict[str, str]
    total_citizen_posts: int


@cache
def load_dataset(path: str) -> ReplayDataset:
    with gzip.open(Path(path), "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    accounts = {account["key"]: account for account in data["accounts"]}
    history: dict[str, list] = {key: [] for key in accounts}
    citizen: dict[str, list] = {key: [] for key in accounts}
    items_by_id: dict[str, dict] = {}
    for item in data["own_posts"]:
        items_by_id[item["id"]] = {**item, "kind": PostKind.OWN_POST}
    for item in data["citizen_posts"]:
        items_by_id[item["id"]] = item
        citizen[item["account"]].append(item)
    for item in items_by_id.values():
        history[item["account"]].append(item)
    for items in history.values():
        items.sort(key=lambda item: (item["offset_minutes"], item["id"]))
    return ReplayDataset(
        accounts=accounts,
        history=history,
        citizen=citizen,
        own_by_id={i["id"]: i for i in items_by_id.values() if i["kind"] == PostKind.OWN_POST},
        roots=_conversation_roots(items_by_id),
        total_citizen_posts=len(data["citizen_posts"]),
    )


def _conversation_roots(items_by_id: dict[str, dict]) -> dict[str, str]:
    roots: dict[str, str] = {}
    for item_id in items_by_id:
        current, seen = item_id, set()
        while items_by_id.get(current, {}).get("in_reply_to") and current not in seen:
            seen.add(current)
            current = items_by_id[current]["in_reply_to"]
        roots[item_id] = current
    return roots


def engagement_at(item: dict[str, Any], age: timedelta) -> dict[str, int | None]:
    """Engagement grows towards its final value with the post's half-life."""
    hours = max(age.total_seconds() / 3600, 0)
    share = 1 - math.pow(0.5, hours / float(item.get("half_life_hours") or 6))
    final = item["final"]
    counts: dict[str, int | None] = {
        name: round(final.get(name, 0) * share) for name in ("likes", "shares", "replies", "quotes")
    }
    impressions = final.get("impressions")
    counts["impressions"] = None if impressions is None else round(impressions * share)
    return counts


class ReplaySource:
    def __init__(self, account: Account, dataset_path: str | None = None):
        self.account = account
        self.dataset = load_dataset(str(dataset_path or settings.REPLAY_DATASET))
        self.key = account.platform_id
        if self.key not in self.dataset.accounts:
            raise LookupError(
                f"Replay account @{account.handle} has platform id {self.key!r}, which is not an "
                f"account of the replay data set ({', '.join(sorted(self.dataset.accounts))})."
            )

    # -- the Source interface -------------------------------------------------------------

    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        anchor = datetime.fromisoformat(cursor["anchor"]) if "anchor" in cursor else now
        history_done = int(cursor.get("history", 0))
        live_done = int(cursor.get("live", 0))
        batch_size = settings.REPLAY_BATCH_SIZE
        batch = FetchBatch()
        history = self.dataset.history[self.key]
        for item in history[history_done : history_done + batch_size]:
            self._add(batch, item, anchor=anchor, now=now, external_id=item["id"])
            history_done += 1
        room = batch_size - len(batch.posts) - len(batch.unparseable)
        due_total = self._live_items_due(anchor=anchor, now=now)
        # After the demo was stopped for a while, skip the posts of the pause instead of
        # flooding the queue with them at once: keep at most an hour's worth.
        backlog_cap = int(timedelta(hours=1) / self._live_interval()) if due_total else 0
        live_done = max(live_done, due_total - backlog_cap)
        live_due = due_total - live_done
        if history_done == len(history):
            for round_index in range(live_done, live_done + min(max(live_due, 0), room)):
                item = self._live_item(round_index, anchor=anchor)
                self._add(batch, item, anchor=anchor, now=now, external_id=item["id"])
                live_done += 1
        batch.cursor = {"anchor": anchor.isoformat(), "history": history_done, "live": live_done}
        batch.has_more = history_done < len(history) or live_done < self._live_items_due(
            anchor=anchor, now=now
        )
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        anchor = datetime.fromisoformat(self.account.cursor.get("anchor", now.isoformat()))
        found = []
        for external_id in external_ids:
            item = self.dataset.own_by_id.get(external_id)
            if item is not None:
                created = anchor + timedelta(minutes=item["offset_minutes"])
                found.append(self._engagement(item, external_id, taken_at=now, age=now - created))
        return found

    def send_reply(self, *, in_reply_to: str, text: str, idempotency_key: str = "") -> str:
        # Nothing leaves the machine in the demo; the reply gets an id like a platform's would.
        return f"replay-reply-{uuid.uuid4().hex}"

    def find_reply(self, *, in_reply_to: str, text: str) -> str | None:
        return None  # nothing was posted anywhere: sending again is harmless

    def publish(self, *, text: str, idempotency_key: str = "") -> str:
        return f"replay-post-{uuid.uuid4().hex}"

    def find_published(self, *, text: str) -> str | None:
        return None

    # -- helpers --------------------------------------------------------------------------

    def _live_interval(self) -> timedelta:
        share = len(self.dataset.citizen[self.key]) / max(self.dataset.total_citizen_posts, 1)
        per_minute = settings.REPLAY_LIVE_POSTS_PER_MINUTE * share
        return timedelta(minutes=1 / per_minute) if per_minute > 0 else timedelta.max

    def _live_items_due(self, *, anchor: datetime, now: datetime) -> int:
        if not self.dataset.citizen[self.key] or now <= anchor:
            return 0
        interval = self._live_interval()
        if interval == timedelta.max:
            return 0
        return int((now - anchor) / interval)

    def _live_item(self, round_index: int, *, anchor: datetime) -> dict[str, Any]:
        templates = self.dataset.citizen[self.key]
        template = templates[round_index % len(templates)]
        at = anchor + self._live_interval() * (round_index + 1)
        offset = (at - anchor).total_seconds() / 60
        return {
            **template,
            "id": f"{template['id']}-live{round_index}",
            "offset_minutes": offset,
            "replayed_from": template["id"],
        }

    def _add(
        self, batch: FetchBatch, item: dict, *, anchor: datetime, now: datetime, external_id: str
    ) -> None:
        try:
            post = self._post(item, anchor=anchor, external_id=external_id)
        except (KeyError, TypeError, ValueError) as error:
            batch.quarantine(item, error)
            return
        batch.posts.append(post)
        if post.kind == PostKind.OWN_POST:
            for age in HISTORY_SNAPSHOT_AGES:
                if post.created_at + age <= now:
                    batch.engagement.append(
                        self._engagement(item, external_id, taken_at=post.created_at + age, age=age)
                    )

    def _post(self, item: dict, *, anchor: datetime, external_id: str) -> FetchedPost:
        network = item["network"]
        author = item.get("author") or self.dataset.accounts[item["account"]]
        if item["kind"] == PostKind.OWN_POST:
            account = self.dataset.accounts[item["account"]]
            author = {
                "id": account["key"],
                "handle": account["handle"],
                "name": account["display_name"],
            }
        root = self.dataset.roots.get(item.get("replayed_from", item["id"]), item["id"])
        return FetchedPost(
            platform=network,
            external_id=external_id,
            kind=item["kind"],
            created_at=anchor + timedelta(minutes=float(item["offset_minutes"])),
            raw=item,
            author_id=str(author["id"]),
            author_handle=author["handle"],
            author_name=author.get("name", ""),
            text=item["text"],
            language=item.get("lang", ""),
            in_reply_to=item.get("in_reply_to") or "",
            conversation_key=f"{network}:{root}",
            has_media=bool(item.get("has_media")),
            has_link=bool(item.get("has_link")),
        )

    def _engagement(
        self, item: dict, external_id: str, *, taken_at: datetime, age: timedelta
    ) -> FetchedEngagement:
        counts = engagement_at(item, age)
        reactions = {}
        if item["network"] == Platform.FACEBOOK:
            # Facebook splits likes into reaction types; most are plain likes.
            likes = int(counts["likes"] or 0)
            reactions = {
                "like": likes - likes // 5 - likes // 10,
                "love": likes // 5,
                "wow": likes // 10,
            }
        return FetchedEngagement(
            platform=item["network"],
            external_id=external_id,
            taken_at=taken_at,
            likes=int(counts["likes"] or 0),
            shares=int(counts["shares"] or 0),
            replies=int(counts["replies"] or 0),
            quotes=int(counts["quotes"] or 0),
            impressions=counts["impressions"],
            reactions=reactions,
        )
