"""The Celery app: one queue per kind of work, task routes and beat schedules in one place."""

from __future__ import annotations

import gc
import os
from fnmatch import fnmatch

from celery import Celery, bootsteps
from celery.schedules import crontab
from celery.signals import beat_init, worker_process_init
from kombu import Queue

from smartgov.beat import hold_the_only_beat

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartgov.settings")

app = Celery("smartgov")
app.config_from_object("django.conf:settings", namespace="CELERY")

# Each kind of work has its own queue so that a city can give it its own workers and hosts:
# pulling from platforms must never wait behind a slow weekly report.
QUEUES = ("ingest", "route", "send", "reports")
app.conf.task_queues = [Queue(name) for name in QUEUES]
app.conf.task_default_queue = "ingest"
app.conf.task_routes = {
    "listening.tasks.*": {"queue": "ingest"},
    "departments.tasks.route_*": {"queue": "route"},
    "departments.tasks.train_*": {"queue": "route"},
    "departments.tasks.send_*": {"queue": "send"},
    "analytics.tasks.*": {"queue": "reports"},
    # Long, set-based background work like the reports: never in front of a poll.
    "departments.tasks.apply_retention_task": {"queue": "reports"},
}

# Time limits per kind of work, in seconds (soft, hard). At the soft limit the task gets an
# exception it can end on cleanly; at the hard limit its process is killed and replaced. A hung
# platform call or a stuck Chromium then holds one worker slot for minutes, never for good.
# They stay well under the broker's visibility time-out (settings), or Redis would hand a task
# still running to a second worker.
QUEUE_TIME_LIMITS = {
    "ingest": (240, 300),
    "route": (300, 360),
    "send": (120, 150),
    "reports": (900, 960),
}
TASK_TIME_LIMITS = {
    "departments.tasks.train_router_task": (1800, 1900),
    "departments.tasks.apply_retention_task": (3600, 3700),
}


def queue_of(task_name: str) -> str:
    """The queue a task goes to: its own route, else the first pattern that matches it."""
    routes = app.conf.task_routes
    route = routes.get(task_name) or next(
        (route for pattern, route in routes.items() if fnmatch(task_name, pattern)), None
    )
    return route["queue"] if route else app.conf.task_default_queue


class TimeLimits:
    """A Celery task annotation: each task gets its queue's limits, or its own."""

    def annotate(self, task) -> dict[str, int] | None:
        if not task.name.startswith(("listening.", "departments.", "analytics.")):
            return None  # Celery's own tasks
        soft, hard = TASK_TIME_LIMITS.get(task.name) or QUEUE_TIME_LIMITS[queue_of(task.name)]
        return {"soft_time_limit": soft, "time_limit": hard}


app.conf.task_annotations = (TimeLimits(),)
app.conf.beat_schedule = {
    "route-waiting-cases": {
        "task": "departments.tasks.route_waiting_cases_task",
        "schedule": 60.0,
    },
    # Learns from the week's corrections; activates the new version only if it is not worse.
    "train-router-weekly": {
        "task": "departments.tasks.train_router_task",
        "schedule": crontab(minute=0, hour=3, day_of_week="sunday"),
    },
    # Fans out one small task per active account whose poll interval has passed.
    "poll-due-accounts": {
        "task": "listening.tasks.poll_due_accounts_task",
        "schedule": 10.0,
    },
    # Last week's reports per department and for the city, mailed to subscribed managers;
    # CELERY_TIMEZONE is the city's, so this is 07:00 city time all year.
    "weekly-reports": {
        "task": "analytics.tasks.weekly_reports_task",
        "schedule": crontab(minute=0, hour=7, day_of_week="monday"),
    },
    "refresh-engagement": {
        "task": "listening.tasks.refresh_due_engagement_task",
        "schedule": 300.0,
    },
    # Reminders go out up to one business hour ahead; every five minutes is early enough.
    "send-sla-reminders": {
        "task": "departments.tasks.send_due_sla_reminders_task",
        "schedule": 300.0,
    },
    # The replies' outbox: tasks lost with Redis are enqueued again, a dead worker's sends are
    # checked with the platform. Every minute: an officer waits for these replies.
    "sweep-replies": {
        "task": "departments.tasks.send_sweep_replies_task",
        "schedule": 60.0,
    },
    # Notifications and escalation: people chose e-mails at once or digests of a few minutes.
    "send-notifications": {
        "task": "departments.tasks.send_notifications_task",
        "schedule": 60.0,
    },
    # The demo's colleague answers the replay's new cases (only with DEMO_COLLEAGUE on).
    "demo-colleague": {
        "task": "departments.tasks.send_demo_colleague_replies_task",
        "schedule": 60.0,
    },
    # Raw payloads and residents past their retention periods (docs/privacy.md), at night.
    "apply-retention-nightly": {
        "task": "departments.tasks.apply_retention_task",
        "schedule": crontab(minute=30, hour=2),
    },
}
app.autodiscover_tasks()
# One beat at a time, the others standing by (smartgov/beat.py).
beat_init.connect(hold_the_only_beat)


def gc_freeze_startup_objects(**_signal) -> None:
    """Move everything a worker process holds once started (Django, settings, the router's
    models) out of the garbage collector's reach. Those objects live as long as the process,
    yet every full collection walks them again; ingesting a page of posts allocates enough
    containers to trigger such collections often (bench/ingest.py measured about a third of
    the parsing time)."""
    gc.freeze()


worker_process_init.connect(gc_freeze_startup_objects)


class WorkerHeartbeat(bootsteps.StartStopStep):
    """Writes a short-lived key to Redis while the worker runs, for /healthz."""

    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker, **kwargs):
        self.tref = None

    def start(self, worker):
        from smartgov.health import record_worker_heartbeat

        record_worker_heartbeat(worker.hostname)
        from django.conf import settings

        interval = settings.WORKER_HEARTBEAT_SECONDS
        self.tref = worker.timer.call_repeatedly(
            interval, record_worker_heartbeat, (worker.hostname,), priority=10
        )

    def stop(self, worker):
        if self.tref is not None:
            self.tref.cancel()


app.steps["worker"].add(WorkerHeartbeat)
