# One image for web, worker and beat (docker-compose.yml picks the command).
FROM python:3.11-slim-bookworm

# PYTHONPATH: the apps run from /app (with their templates and data), not from site-packages.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PYTHONPATH=/app \
    STATIC_MANIFEST=true DJANGO_DEBUG=false

# Pango and fonts: weasyprint renders the weekly report's PDF. Chromium: kaleido draws the
# report's charts as static images with it (BROWSER_PATH below).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       fonts-dejavu-core fonts-noto-color-emoji chromium \
    && rm -rf /var/lib/apt/lists/*
ENV BROWSER_PATH=/usr/bin/chromium

RUN useradd --create-home --uid 1000 smartgov
WORKDIR /app

COPY pyproject.toml README.md ./
COPY smartgov/ smartgov/
COPY listening/ listening/
COPY departments/ departments/
COPY analytics/ analytics/
RUN pip install --upgrade pip && pip install .

COPY manage.py ./
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
CMD ["gunicorn", "smartgov.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "4"]
