"""Posting the city's answer to a status: addressed so that the citizen is notified, never more
public than what it answers, and posted once however often the send task is retried. Also the
city's own public posts (an incident's status message), posted once the same way."""

from __future__ import annotations

import hashlib

from listening.sources.base import reply_text_matches
from listening.sources.errors import SourceError
from listening.sources.mastodon.client import EndpointMissing, Instance
from listening.sources.mastodon.html_text import html_text
from listening.sources.mastodon.parsing import is_own


def reply_post(
    instance: Instance, *, in_reply_to: str, text: str, idempotency_key: str = ""
) -> str:
    """Posts the reply; returns the new status's id."""
    account = instance.account
    try:
        instance.call(lambda: instance.client.status(in_reply_to))
    except EndpointMissing as error:
        raise SourceError(
            f"Mastodon status {in_reply_to} is gone or no longer visible to "
            f"@{account.handle}; the reply was not sent."
        ) from error
    parent = instance.last_body()
    author = parent.get("account") or {}
    acct = author.get("acct") or ""
    # Mastodon shows a reply to whoever it mentions: without the author's handle the
    # citizen would not be notified.
    if acct and not is_own(author, account) and not _mentions(text, acct):
        text = f"@{acct} {text}"
    # A reply takes the account's default visibility, not the parent's: an answer to a
    # direct message would otherwise be public. Keep the parent's when it is narrower.
    visibility = parent.get("visibility")
    if visibility not in ("unlisted", "private", "direct"):
        visibility = None
    # The same reply is posted once, however often the task is retried: Mastodon keeps a key
    # for an hour; after that an uncertain send is looked up first (reply_find).
    key = (
        idempotency_key or hashlib.sha256(f"{account.pk}:{in_reply_to}:{text}".encode()).hexdigest()
    )
    instance.call(
        lambda: instance.client.status_post(
            text, in_reply_to_id=in_reply_to, visibility=visibility, idempotency_key=key
        )
    )
    return str(instance.last_body()["id"])


def reply_find(instance: Instance, *, in_reply_to: str, text: str) -> str | None:
    """The account's own status in reply to in_reply_to with this text, among the status's
    descendants; None when the status shows none (or is gone)."""
    try:
        instance.call(lambda: instance.client.status_context(in_reply_to))
    except EndpointMissing:
        return None
    body = instance.last_body()
    descendants = body.get("descendants") if isinstance(body, dict) else None
    for status in descendants or []:
        if (
            str(status.get("in_reply_to_id")) == in_reply_to
            and is_own(status.get("account") or {"id": ""}, instance.account)
            and reply_text_matches(text, html_text(status.get("content") or "")[0])
        ):
            return str(status["id"])
    return None


def public_post(instance: Instance, *, text: str, idempotency_key: str = "") -> str:
    """Posts on the account's own timeline, with the account's default visibility; returns
    the new status's id."""
    key = idempotency_key or hashlib.sha256(f"{instance.account.pk}:{text}".encode()).hexdigest()
    instance.call(lambda: instance.client.status_post(text, idempotency_key=key))
    return str(instance.last_body()["id"])


def public_post_find(instance: Instance, *, account_id: str, text: str) -> str | None:
    """The account's own recent status with this text that answers nothing."""
    instance.call(
        lambda: instance.client.account_statuses(account_id, exclude_replies=True, limit=40)
    )
    body = instance.last_body()
    for status in body if isinstance(body, list) else []:
        if (
            isinstance(status, dict)
            and not status.get("in_reply_to_id")
            and reply_text_matches(text, html_text(status.get("content") or "")[0])
        ):
            return str(status["id"])
    return None


def _mentions(text: str, acct: str) -> bool:
    words = {word.strip(".,:;!?()").lower() for word in text.split()}
    username = acct.split("@")[0].lower()
    return f"@{acct.lower()}" in words or f"@{username}" in words
