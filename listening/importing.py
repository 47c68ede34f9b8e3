"""Importing saved raw API responses (a city's back-fill, or a platform export) through the same
normalisation and ingestion as live polling."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from departments.models import Department
from listening.models import Account, Platform, Post, QuarantinedPayload
from listening.services import IngestCounts, batch_ingest

IMPORTABLE = {
    Platform.X: "listening.sources.x",
    Platform.FACEBOOK: "listening.sources.facebook",
    Platform.MASTODON: "listening.sources.mastodon",
}


class ImportRefused(Exception):
    """The import cannot start (unknown platform, no department to own a new account)."""


@dataclass
class ImportResult:
    path: Path
    created: int = 0
    updated: int = 0
    quarantined: int = 0
    error: str = ""


def _adapter_module(platform: str):
    try:
        return import_module(IMPORTABLE[platform])
    except KeyError:
        raise ImportRefused(
            f"Cannot import {platform!r} payloads; choose one of {', '.join(IMPORTABLE)}."
        ) from None


def account_for_import(
    *, platform: str, handle: str, payload, department_slug: str | None
) -> tuple[Account, bool]:
    """The account the posts were pulled for, created from what the payload says about it when
    it does not exist yet (owned by the given department, else the communication office)."""
    handle = handle.lstrip("@")
    account = Account.objects.filter(platform=platform, handle__iexact=handle).first()
    if account is not None:
        return account, False
    departments = Department.objects.all()
    department = (
        departments.filter(slug=department_slug).first()
        if department_slug
        else departments.filter(is_central=True).first()
    )
    if department is None:
        raise ImportRefused(
            f"Account @{handle} does not exist yet and there is no department "
            f"{department_slug or '(central)'} to own it: create the department first."
        )
    identity = _adapter_module(platform).identify_account(payload, handle=handle)
    account = Account.objects.create(
        platform=platform,
        handle=handle,
        department=department,
        platform_id=identity.get("platform_id", ""),
        display_name=identity.get("display_name", ""),
        # Imported accounts have no credentials yet: nothing to poll until someone adds them.
        is_active=False,
    )
    return account, True


def file_import(*, account: Account, path: Path) -> ImportResult:
    result = ImportResult(path=path)
    try:
        body = path.read_text(encoding="utf-8")
        payload = json.loads(body)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        result.error = f"{type(error).__name__}: {error}"
        if isinstance(error, json.JSONDecodeError):
            # Keep the body: a file that does not parse is still somebody's data.
            QuarantinedPayload.objects.create(
                account=account, error=f"{path.name}: {result.error}", raw=body
            )
            result.quarantined = 1
        return result
    return payload_import(account=account, payload=payload, result=result)


def payload_import(*, account: Account, payload, result: ImportResult) -> ImportResult:
    module = _adapter_module(account.platform)
    batch = module.batch_from_payload(payload, account=account, now=timezone.now())
    # Imported history must not move the polling cursor: live polling continues where it was.
    batch.cursor = {}
    with transaction.atomic():
        result.updated = _refresh_changed_posts(batch.posts)
        counts: IngestCounts = batch_ingest(account=account, batch=batch)
    result.created = counts.posts_created
    result.quarantined += counts.items_quarantined
    return result


def _refresh_changed_posts(fetched) -> int:
    """Posts already stored whose payload changed since (an edit, a fuller export) take the new
    text and raw payload; identical ones are left alone."""
    by_id = {(item.platform, item.external_id): item for item in fetched}
    if not by_id:
        return 0
    stored = Post.objects.filter(
        platform__in={p for p, _ in by_id}, external_id__in=[e for _, e in by_id]
    ).only("id", "platform", "external_id", "raw", "text")
    changed = []
    for post in stored:
        item = by_id.get((post.platform, post.external_id))
        if item is not None and (item.raw != post.raw or item.text != post.text):
            post.raw, post.text = item.raw, item.text
            changed.append(post)
    Post.objects.bulk_update(changed, ["raw", "text"], batch_size=500)
    return len(changed)
