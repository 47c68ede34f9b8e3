"""50 officers working the queue against the real web server while ingestion stores 100 posts a
second (issue 17: the 95th percentile of the queue and case pages under 500 ms, no errors).

Everything runs on this machine, over loopback: a copy of the generated city (bench.make_city),
gunicorn with gunicorn.conf.py as the web container runs it (DEBUG off), one Celery worker that
routes the new cases as they come (a real worker, not eager routing), ingestion in a process of
its own (bench/load/ingestion.py), and the officers as threads of this process, each with its
own keep-alive connection, session and seeded think time of 1-3 s (bench/load/officers.py).
Officers are logged in by writing their sessions directly, as the log-in view would.

The reference of each page is the same page asked for by one officer alone, one request after
another, on the same server before the load and the ingestion start."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench.load.figures import ALL_REQUESTS, figures_of
from bench.load.officers import PAGES, Officer, Sample
from bench.load.server import (
    CpuMeter,
    copy_database,
    drop_database,
    routing_queue_purge,
    start_web,
    start_worker,
    stop,
)

OFFICERS = 50
WARM_UP_SECONDS = 10
LOAD_SECONDS = 60
POSTS_PER_SECOND = 100
REFERENCE_WARM_UP, REFERENCE_ROUNDS = 3, 10
SEED = 17
TARGET_MS = 500
# The pages the target speaks of; the left pane, presence and notes are reported beside them.
TARGET_PAGES = tuple(page for page in PAGES if page.startswith(("queue", "case")))
MODEL_OFFICER = "officer01"
ROUTER_START_SECONDS = 180


def run_load(size: int) -> dict:
    """The registry's runner: `size` is the city's number of cases (its database is current)."""
    return load_run(
        officers=OFFICERS,
        seconds=LOAD_SECONDS,
        warm_up=WARM_UP_SECONDS,
        posts_per_second=POSTS_PER_SECOND,
    )


def meets_target(figure: str, median: float, reference: float, errors: int) -> bool | None:
    """Each queue and case page: under TARGET_MS at the 95th percentile, without an error.
    The whole run ("all requests"): no error on any page. The other rows are figures to read
    beside them."""
    page = figure.removesuffix(" p95")
    if figure.endswith(" p95") and page in TARGET_PAGES:
        return errors == 0 and median < TARGET_MS
    if figure == ALL_REQUESTS:
        return errors == 0
    return None


def load_run(
    *,
    officers: int,
    seconds: float,
    warm_up: float,
    posts_per_second: float,
    seed: int = SEED,
    reference_rounds: int = REFERENCE_ROUNDS,
) -> dict:
    """The whole run on a copy of the city DATABASE_URL names; the figures, and what else a
    reader needs to trust them (requests, errors, posts ingested, cases routed)."""
    from django.db import connection

    city_url = os.environ["DATABASE_URL"]
    connection.close()
    url = copy_database(city_url)
    logs = Path(tempfile.mkdtemp(prefix="smartgov-load-"))
    env = {
        **os.environ,
        "DATABASE_URL": url,
        # A deployment's settings, on plain HTTP: cookies without the Secure flag.
        "DJANGO_DEBUG": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "SMARTGOV_LOCAL_SECRETS": "1",
    }
    processes = []
    try:
        _use_database(url)
        sessions = officer_sessions(officers)
        first_new_case = _newest_case_id() + 1
        connection.close()
        with open(logs / "web.log", "w") as web_log, open(logs / "worker.log", "w") as worker_log:
            web, base_url = start_web(env, web_log)
            processes.append(web)
            routing_queue_purge()  # a run stopped before its end may have left some
            processes.append(start_worker(env, worker_log))
            reference = _reference(base_url, sessions[0], seed, reference_rounds)
            meter = CpuMeter(web=web.pid, worker=processes[-1].pid, url=url)
            result = _under_load(
                meter=meter,
                first_new_case=first_new_case,
                base_url=base_url,
                sessions=sessions,
                seconds=seconds,
                warm_up=warm_up,
                posts_per_second=posts_per_second,
                seed=seed,
            )
            result["connections"] = _connections(url)
        result["routing"] = _routing(first_new_case)
    except BaseException:
        print(f"load benchmark logs kept in {logs}", flush=True)
        raise
    finally:
        for process in reversed(processes):
            stop(process)
        routing_queue_purge()
        connection.close()
        drop_database(url)
    shutil.rmtree(logs)
    return {
        **figures_of(result, reference, officers=officers),
        "database": urlsplit(url).path.lstrip("/"),
    }


def _use_database(url: str) -> None:
    """Point this process's Django at the copy (its settings were read for the city)."""
    from django.db import connection

    from bench.database import use_database

    use_database(url)  # and the processes started from here
    connection.close()
    connection.settings_dict["NAME"] = urlsplit(url).path.lstrip("/")


def officer_sessions(count: int) -> list[tuple[str, str]]:
    """(cookie name, session key) for officer01 ... officerNN, logged in. The city has a dozen
    officers; the others are made like officer01 (same groups and departments)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    from departments.models import Department

    User = get_user_model()
    model = User.objects.get(username=MODEL_OFFICER)
    names = [f"officer{i:02d}" for i in range(1, count + 1)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    made = User.objects.bulk_create(
        [
            User(username=name, first_name="Officer", last_name=name[-2:], password=model.password)
            for name in names
            if name not in existing
        ]
    )
    for group in model.groups.all():
        group.user_set.add(*made)
    for department in Department.objects.filter(members=model):
        department.members.add(*made)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    sessions = []
    for user in sorted(User.objects.filter(username__in=names), key=lambda u: u.username):
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append((settings.SESSION_COOKIE_NAME, session.session_key))
    return sessions


def _newest_case_id() -> int:
    from departments.queue.query import _newest_case_id as newest

    return newest()


def _officer(number: int, base_url: str, session: tuple[str, str], seed: int, stop, samples):
    cookie, key = session
    return Officer(
        number=number,
        base_url=base_url,
        session_key=key,
        session_cookie=cookie,
        seed=seed,
        stop=stop,
        samples=samples,
    )


def _reference(
    base_url: str, session: tuple[str, str], seed: int, rounds: int
) -> dict[str, list[float]]:
    samples: list[Sample] = []
    alone = _officer(0, base_url, session, seed, threading.Event(), samples)
    alone.measure_alone(warm_up=min(REFERENCE_WARM_UP, rounds), rounds=rounds)
    failed = [s for s in samples if s.failed]
    if failed:
        raise SystemExit(f"the pages fail without load: {failed[:3]}")
    return {page: [s.ms for s in samples if s.page == page] for page in PAGES}


def _under_load(
    *,
    meter,
    first_new_case: int,
    base_url: str,
    sessions: list[tuple[str, str]],
    seconds: float,
    warm_up: float,
    posts_per_second: float,
    seed: int,
) -> dict:
    from bench.load.ingestion import ingest_at_rate

    spawn = multiprocessing.get_context("spawn")
    stop_ingest, ingested = spawn.Event(), spawn.Queue()
    ingestion = spawn.Process(
        target=ingest_at_rate, args=(posts_per_second, stop_ingest, ingested, seed), daemon=True
    )
    ingestion.start()
    _wait_for_routing(first_new_case, ingestion)
    stop_officers = threading.Event()
    samples: list[Sample] = []
    officers = [
        _officer(n, base_url, session, seed, stop_officers, samples)
        for n, session in enumerate(sessions, start=1)
    ]
    try:
        for officer in officers:
            officer.start()
            # Spread over the first seconds, as people do not all click at once.
            time.sleep(min(warm_up, 3) / len(officers))
        time.sleep(max(0.0, warm_up - min(warm_up, 3)))
        started = time.time()
        meter.start()
        time.sleep(seconds)
        ended, cpu = time.time(), meter.stop()
        load = os.getloadavg()[0]
    finally:
        stop_officers.set()
        stop_ingest.set()
        for officer in officers:
            officer.join(timeout=60)
    ingestion_report = ingested.get(timeout=60)
    ingestion.join(timeout=30)
    measured = [s for s in samples if started <= s.at < ended]
    return {
        "samples": measured,
        "window": ended - started,
        "load_average": load,
        "ingestion": ingestion_report,
        "window_start": started,
        "window_end": ended,
        "cpu": cpu,
    }


def _wait_for_routing(first_new_case: int, ingestion) -> None:
    """Until the worker routed its first ingested cases: the officers meet a warm worker, as
    they would in the city (its first message loads the router, a cost paid once per worker
    process)."""
    from django.db import connection

    from departments.models import Case

    deadline = time.monotonic() + ROUTER_START_SECONDS
    routed = Case.objects.filter(id__gte=first_new_case, routing_confidence__isnull=False)
    try:
        while not routed.exists():
            if not ingestion.is_alive():
                raise SystemExit("the ingestion process died")
            if time.monotonic() > deadline:
                raise SystemExit(f"the worker routed nothing in {ROUTER_START_SECONDS} s")
            time.sleep(1)
    finally:
        connection.close()


def _connections(url: str) -> int:
    """Connections to the copy at the end of the load: the web server's, the worker's and the
    ingestion's (persistent ones stay open between requests)."""
    import psycopg

    from bench.database import server_conninfo

    with psycopg.connect(server_conninfo(url), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
            [urlsplit(url).path.lstrip("/")],
        ).fetchone()
    return row[0]


def _routing(first_new_case: int) -> dict:
    from departments.models import Case, CaseStatus

    new = Case.objects.filter(id__gte=first_new_case)
    return {
        "cases": new.count(),
        "routed": new.exclude(status=CaseStatus.NEW, routing_confidence__isnull=True).count(),
    }
