# One image for web, worker and beat (docker-compose.yml picks the command); the target
# "reports" adds Chromium for the worker that draws the weekly report's charts.
FROM python:3.11-slim-bookworm AS app

# PYTHONPATH: the apps run from /app (with their templates and data), not from site-packages.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PYTHONPATH=/app \
    STATIC_MANIFEST=true DJANGO_DEBUG=false

# Pango and fonts: weasyprint lays out the weekly report's PDF.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       fonts-dejavu-core fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 smartgov
WORKDIR /app

# The locked versions, checked against their hashes; then the project itself, without
# resolving anything again. No embedded servers and no test tools in the image.
COPY requirements/production.txt requirements/production.txt
RUN pip install --upgrade pip && pip install --require-hashes -r requirements/production.txt
COPY pyproject.toml README.md ./
COPY smartgov/ smartgov/
COPY listening/ listening/
COPY departments/ departments/
COPY analytics/ analytics/
RUN pip install --no-deps .

COPY manage.py gunicorn.conf.py ./
COPY templates/ templates/
COPY static/ static/
COPY locale/ locale/
# collectstatic needs settings, not services: point it at throwaway URLs it never opens.
# Throwaway secrets too, so that no key is generated into the image.
RUN DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    DJANGO_SECRET_KEY=build-only \
    CREDENTIALS_ENCRYPTION_KEYS=YnVpbGQtb25seS1rZXktbm90LWZvci11c2UtMDAwMDA= \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/var && chown -R smartgov /app/var

USER smartgov
EXPOSE 8000
# Settings in gunicorn.conf.py (bind, workers, threads, time-outs, log format).
CMD ["gunicorn", "smartgov.wsgi"]

# The reports worker: the same image with Chromium, which kaleido drives to draw the weekly
# report's charts. Without it a report still has every table, with a note.
FROM app AS reports
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium \
    && rm -rf /var/lib/apt/lists/*
ENV CHART_BROWSER_PATH=/usr/bin/chromium
USER smartgov
