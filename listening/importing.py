"""Importing saved raw API responses (a city's back-fill, or a platform export) through the same
normalisation and ingestion as live polling."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
from django.db import transaction
from django.utils import timezone

from listening.ingestion import IngestCounts, batch_ingest
from listening.models import Account, Post, QuarantinedPayload
from listening.sources import importable_platforms, saved_payload_reader
from listening.sources.base import FetchBatch, SavedPayloadReader

# The import_posts command's --platform choices.
IMPORTABLE = importable_platforms()


class ImportRefused(Exception):
    """The import cannot start (unknown platform, no department to own a new account)."""


@dataclass
class ImportResult:
    path: Path
    created: int = 0
    updated: int = 0
    quarantined: int = 0
    error: str = ""


def _adapter_module(platform: str) -> SavedPayloadReader:
    try:
        return saved_payload_reader(platform)
    except LookupError:
        raise ImportRefused(
            f"Cannot import {platform!r} payloads; choose one of {', '.join(IMPORTABLE)}."
        ) from None


def account_for_import(
    *, platform: str, handle: str, payload, department_for_new_account
) -> tuple[Account, bool]:
    """The account the posts were pulled for, created from what the payload says about it when
    it does not exist yet, owned by `department_for_new_account()` (called only then; None
    refuses the import)."""
    handle = handle.lstrip("@")
    account = Account.objects.filter(platform=platform, handle__iexact=handle).first()
    if account is not None:
        return account, False
    department = department_for_new_account()
    if department is None:
        raise ImportRefused(
            f"Account @{handle} does not exist yet and there is no department to own it: "
            "create the department first."
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


@dataclass
class ParsedFile:
    path: Path
    batch: FetchBatch | None = None
    body: str = ""
    error: str = ""


def file_parse(*, account: Account, path: Path) -> ParsedFile:
    """Read and normalise one saved response body (no database work)."""
    parsed = ParsedFile(path=path)
    try:
        parsed.body = path.read_text(encoding="utf-8")
        payload = orjson.loads(parsed.body)
    except (OSError, UnicodeDecodeError, orjson.JSONDecodeError) as error:
        parsed.error = f"{type(error).__name__}: {error}"
        return parsed
    module = _adapter_module(account.platform)
    parsed.batch = module.batch_from_payload(payload, account=account, now=timezone.now())
    # Imported history must not move the polling cursor: live polling continues where it was.
    parsed.batch.cursor = {}
    return parsed


def parsed_file_store(*, account: Account, parsed: ParsedFile) -> ImportResult:
    result = ImportResult(path=parsed.path, error=parsed.error)
    if parsed.batch is None:
        if parsed.body:
            # Keep the body: a file that does not parse is still somebody's data.
            QuarantinedPayload.objects.create(
                account=account, error=f"{parsed.path.name}: {parsed.error}", raw=parsed.body
            )
            result.quarantined = 1
        return result
    with transaction.atomic():
        result.updated = _refresh_changed_posts(parsed.batch.posts)
        counts: IngestCounts = batch_ingest(account=account, batch=parsed.batch)
    result.created = counts.posts_created
    result.quarantined += counts.items_quarantined
    return result


def files_import(*, account: Account, paths: list[Path]) -> Iterator[ImportResult]:
    """Import files in order, each in its own transaction, reporting as it goes."""
    for path in paths:
        yield parsed_file_store(account=account, parsed=file_parse(account=account, path=path))


def _refresh_changed_posts(fetched) -> int:
    """Posts already stored whose payload changed since (an edit, a fuller export) take the new
    text and raw payload; identical ones are left alone, and so are posts whose author was
    pseudonymised or whose payload was removed (departments.privacy): an old export must not
    bring back what an erasure or the retention took away."""
    by_id = {(item.platform, item.external_id): item for item in fetched}
    if not by_id:
        return 0
    stored = Post.objects.filter(
        platform__in={p for p, _ in by_id},
        external_id__in=[e for _, e in by_id],
        pseudonymised_at__isnull=True,
        raw_removed_at__isnull=True,
    ).only("id", "platform", "external_id", "raw", "text")
    changed = []
    for post in stored:
        item = by_id.get((post.platform, post.external_id))
        if item is not None and (item.raw != post.raw or item.text != post.text):
            post.raw, post.text = item.raw, item.text
            changed.append(post)
    Post.objects.bulk_update(changed, ["raw", "text"], batch_size=500)
    return len(changed)
