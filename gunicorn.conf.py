"""gunicorn's settings for the web container (docker-compose.yml); each can be changed through
the environment without rebuilding the image."""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Processes: two per core and one more (gunicorn's own advice); threads: four each. A page
# spends part of its time waiting (PostgreSQL, Redis), and while it waits another thread can
# draw a page; but a process draws one page at a time (Python's GIL), and a keep-alive
# connection stays with the process that accepted it, so with few processes one of them ends
# up with more officers than it can serve while another idles. With 50 officers on two cores
# (python -m bench run load), back to back: 5 processes x 4 threads gave a 95th percentile of
# 293 ms on the queue, 3 x 8 gave 639 ms.
# The cores this process may use (a container's cpuset; not a CPU quota: set GUNICORN_WORKERS
# when the container is limited that way).
cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
workers = int(os.environ.get("GUNICORN_WORKERS", str(2 * cores + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Exports and the weekly report's PDF can take a while; anything longer is a bug, not a wait.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
graceful_timeout = 30
# How long an idle keep-alive connection stays open. Longer than the pause between a person's
# clicks and polls (and than a load balancer's idle time-out, often 60 s): a server that closes
# a connection just as the browser sends on it resets that request (gunicorn's default of 2 s
# reset 2-5 % of requests with 50 officers; bench/load). With threads, an idle connection waits
# in the worker's poller and holds no thread.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# Slowly leaking memory (a C library, a cache) is bounded: a worker is replaced after this many
# requests, at a random point so that they do not all restart together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
# The access log leaves out query strings: search terms and filters can hold residents' names.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss'
# Which proxies may tell gunicorn the client's address and scheme (X-Forwarded-*): the reverse
# proxy's address. The default trusts only the same host.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Once a process has loaded Django and the app, move everything loaded so far out of the
    garbage collector's reach (as the Celery worker does, smartgov/celery.py): those objects live
    as long as the process, yet every full collection walked all ~180,000 of them again, about
    160 ms, and the request that happened to trigger it waited that long (measured in-process
    on the case panel and the queue; python -m bench run load shows it as the p95)."""
    import gc

    gc.collect()  # what importing left behind is garbage, not something to keep for good
    gc.freeze()
