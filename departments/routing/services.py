"""Routing cases automatically and training the router (officers' routing is
departments.cases.actions.case_route)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from departments import sla
from departments.models import Case, CaseEvent, CaseStatus, Department, RouterModel, Topic
from departments.notifications import notify_case_routed
from departments.routing import training
from departments.routing.active import active_router, router_for
from departments.routing.router import PostToRoute

logger = logging.getLogger(__name__)


def cases_route_automatically(*, case_ids: list[int]) -> int:
    """Route new cases that nobody has routed yet. A case an officer already handled is left
    alone, so a late or repeated task never overrides a person. Returns how many were routed
    to a department (the rest stay in triage with their explanation)."""
    cases = list(
        Case.objects.filter(
            id__in=case_ids,
            status=CaseStatus.NEW,
            department__isnull=True,
            routing_confidence__isnull=True,
        ).select_related("post", "post__account__department")
    )
    if not cases:
        return 0
    routings = active_router().route_many(
        [
            PostToRoute(
                text=case.post.text,
                language=case.post.language,
                account_department=case.post.account.department.slug,
            )
            for case in cases
        ]
    )
    departments = {d.slug: d for d in Department.objects.all()}
    topics = {t.slug: t for t in Topic.objects.all()}
    members: dict[int, list] = {}
    routed = 0
    for case, routing in zip(cases, routings, strict=True):
        department = departments.get(routing.department) if routing.department else None
        case_topics = [topics[slug] for slug in routing.topics if slug in topics]
        # The citizen's clock starts when they wrote, with the strictest target of the topics.
        first_response_due, resolution_due = sla.due_times_for(
            case.created_at, sla.targets_for(department, case_topics)
        )
        with transaction.atomic():
            claimed = Case.objects.filter(
                pk=case.pk, status=CaseStatus.NEW, routing_confidence__isnull=True
            ).update(
                routing_confidence=routing.confidence,
                routing_explanation=routing.explanation,
                department=department,
                status=CaseStatus.ROUTED if department else CaseStatus.NEW,
                language=(routing.language or "")[:8],
                first_response_due_at=first_response_due,
                resolution_due_at=resolution_due,
            )
            if not claimed:
                continue
            case.topics.set(case_topics)
            if department:
                routed += 1
                event = CaseEvent.record(
                    case,
                    kind=CaseEvent.Kind.ROUTED,
                    new=routing.department,
                    reason=f"automatic: {routing.explanation['summary']}",
                )
                if department.pk not in members:
                    members[department.pk] = list(department.members.filter(is_active=True))
                notify_case_routed(
                    case=case, department=department, event=event, members=members[department.pk]
                )
    return routed


def corrections() -> list[training.LabelledPost]:
    """The latest re-route of each case, as a labelled post. Posts pseudonymised by retention or
    erasure (departments.privacy) have no text left and are never learned from again."""
    latest = (
        CaseEvent.objects.filter(
            kind=CaseEvent.Kind.REROUTED, case__post__pseudonymised_at__isnull=True
        )
        .values("case_id")
        .annotate(last=Max("id"))
        .values_list("last", flat=True)
    )
    # A case re-routed to the central office is one the router should have left in triage.
    central = set(Department.objects.filter(is_central=True).values_list("slug", flat=True))
    return [
        training.correction(
            text=event.case.post.text,
            department=None if event.new_value in central else event.new_value,
            language=event.case.post.language,
        )
        for event in CaseEvent.objects.filter(id__in=list(latest)).select_related("case__post")
    ]


def router_train(
    *, epochs: int | None = None, note: str = "", activate: bool = False
) -> RouterModel:
    """Train a new version on the shipped set and every correction, evaluate it on the held-out
    split, and activate it only if it is not worse than the active version on that split (or
    whatever its score, with `activate`)."""
    _, held_out = training.split(training.shipped_training_set())
    learned = corrections()
    train = training.training_posts(learned)
    version = (RouterModel.objects.aggregate(v=Max("version"))["v"] or 0) + 1
    out_dir = Path(settings.ROUTER_MODEL_DIR) / f"v{version}"
    if out_dir.exists():
        shutil.rmtree(out_dir)  # left by an interrupted run that never registered it
    out_dir.mkdir(parents=True)
    training.train_pipelines(train, out_dir, epochs=epochs)

    candidate = RouterModel(
        version=version,
        path=str(out_dir),
        training_examples=len(train),
        corrections_used=len(learned),
        note=note,
    )
    candidate.metrics = training.evaluate(router_for(candidate), held_out)
    active = RouterModel.objects.filter(is_active=True).first()
    baseline = training.evaluate(router_for(active), held_out) if active else None
    better_or_equal = (
        activate
        or baseline is None
        or (
            candidate.metrics["overall"]["macro_f1"]
            >= baseline["overall"]["macro_f1"] - settings.ROUTER_ACTIVATION_TOLERANCE
        )
    )
    if baseline is not None:
        candidate.metrics["baseline_macro_f1"] = baseline["overall"]["macro_f1"]
    with transaction.atomic():
        if better_or_equal:
            RouterModel.objects.filter(is_active=True).update(is_active=False)
            candidate.is_active = True
        candidate.save()
    return candidate


def router_forget_erased(*, epochs: int | None = None) -> RouterModel | None:
    """After an erasure (departments.privacy): the versions that learned from the erased
    resident's words keep them in their files (spaCy's vocabulary). When the active version is
    one of them, a new one is trained without them and made active whatever its score: keeping
    erased words is not a trade-off to weigh against routing quality. Then every marked
    version's folder is deleted; its row stays, without a folder, as the history of scores.
    The new active version; None when no version was marked."""
    marked = RouterModel.objects.filter(holds_erased_text=True).exclude(path="")
    if not marked.exists():
        return None
    active = RouterModel.objects.filter(is_active=True).first()
    if active is None or active.holds_erased_text:
        active = router_train(epochs=epochs, note="trained again after an erasure", activate=True)
    for model in marked.exclude(pk=active.pk):
        shutil.rmtree(model.path, ignore_errors=True)
    marked.exclude(pk=active.pk).update(
        path="", is_active=False, note="Folder deleted: it held an erased resident's words."
    )
    return active


def router_trial(*, corrections: list[training.LabelledPost], out_dir: Path, epochs=None):
    """A router trained as router_train trains one (the shipped training split and
    `corrections`), built with the city's topics, accounts and thresholds, and registered
    nowhere: the active version is never touched (evaluate_routing's learning curve)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    training.train_pipelines(training.training_posts(corrections), out_dir, epochs=epochs)
    return router_for(RouterModel(path=str(out_dir)))


@transaction.atomic
def router_rollback() -> RouterModel:
    """Reactivate the version before the active one."""
    active = RouterModel.objects.select_for_update().filter(is_active=True).first()
    if active is None:
        raise LookupError("No router version is active.")
    previous = (
        RouterModel.objects.filter(version__lt=active.version)
        .exclude(path="")  # deleted after an erasure (router_forget_erased)
        .order_by("-version")
        .first()
    )
    if previous is None:
        raise LookupError(
            f"Router v{active.version} is the first version: nothing to roll back to."
        )
    active.is_active = False
    active.save(update_fields=["is_active"])
    previous.is_active = True
    previous.save(update_fields=["is_active"])
    return previous
