"""Settings for Creative Tracks.

Every value comes from the environment, read here once, with defaults that are
safe for production (DEBUG off, secure cookies, HTTPS). `make run` switches on
development mode with DEBUG=1; `docs/configuration.md` lists every variable.
"""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))

# A development key is only acceptable while DEBUG is on; production must set one.
SECRET_KEY = os.environ.get("SECRET_KEY") or (
    "django-insecure-development-only-key-change-me" if DEBUG else ""
)
if not SECRET_KEY:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Set SECRET_KEY in the environment (DEBUG is off).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "https://localhost")

INSTALLED_APPS = [
    "creativetracks.core",
    "creativetracks.accounts",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "creativetracks.profiles",
    "creativetracks.networks",
    "creativetracks.social",
    "creativetracks.messaging",
    "creativetracks.labs",
    "creativetracks.events",
    "creativetracks.meetings",
    "creativetracks.opportunities",
    "creativetracks.resources",
    "creativetracks.ambassadors",
    "creativetracks.challenges",
    "creativetracks.mentoring",
    "creativetracks.reports",
    "creativetracks.api",
    "creativetracks.notifications",
    "creativetracks.moderation",
    "anymail",
    "django_countries",
    "taggit",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django_ratelimit",
    "creativetracks.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Before anything reads the session: its member page comes with it (core.cache).
    "creativetracks.core.cache.MemberPagePrefetchMiddleware",
    # Django's, with the user row read from the cache (accounts.cached_auth).
    "creativetracks.accounts.cached_auth.CachedAuthenticationMiddleware",
    "creativetracks.core.middleware.MemberLanguageMiddleware",
    "creativetracks.core.middleware.ViewerTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "creativetracks.core.middleware.InvalidFormStatusMiddleware",
    # Sends a member who accepted older terms to accept the current ones.
    "creativetracks.accounts.middleware.CurrentTermsMiddleware",
    # Turns a refused rate-limited action into the 429 page (RATELIMIT_VIEW).
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last: serves a few public pages to signed-out visitors from the cache (core.cache).
    "creativetracks.core.cache.VisitorPageCacheMiddleware",
]

ROOT_URLCONF = "creativetracks.urls"
WSGI_APPLICATION = "creativetracks.wsgi.application"
ASGI_APPLICATION = "creativetracks.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "creativetracks" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "creativetracks.core.context_processors.site",
                "creativetracks.notifications.context_processors.notifications",
                "creativetracks.messaging.context_processors.messaging",
                "creativetracks.reports.context_processors.reports",
            ],
        },
    },
]

# Every field's help and errors are its description, radio groups included.
FORM_RENDERER = "creativetracks.core.forms.FormRenderer"

# Database: SQLite in var/ unless DATABASE_URL says otherwise.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'creativetracks.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the task worker use the file at the same time.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation costs more than it saves on the short queries of web pages
    # (measured in docs/performance.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server: cached pages and
# fragments, rate limits, sessions), else local memory for one development process.
REDIS_URL = os.environ.get("REDIS_URL", "")
# How long cached pages and fragments live at most (seconds); writes invalidate
# them sooner (core.cache). 0 turns page and fragment caching off.
CACHE_SECONDS = int(os.environ.get("CACHE_SECONDS", "300"))
# How long a member's own copy of a busy page (core.cache.MEMBER_PAGES) may be served
# back to their session when nothing was written meanwhile; 0 renders every time.
MEMBER_PAGE_CACHE_SECONDS = int(os.environ.get("MEMBER_PAGE_CACHE_SECONDS", "30"))
# How long the signed-in member's user row may come from the cache (every change to it
# drops it: accounts.cached_auth); 0 reads it on every request. Without Redis each
# process has its own cache, which another process's change can't reach: kept short.
USER_CACHE_SECONDS = int(os.environ.get("USER_CACHE_SECONDS", "300" if REDIS_URL else "10"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ct",
        }
    }
    # Sessions are read from Redis and written through to the database, so app
    # servers keep no state and a Redis restart signs nobody out.
    SESSION_ENGINE = "creativetracks.accounts.sessions"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rate limits per member (or IP for visitors) on actions open to abuse; see core.ratelimit.
RATE_LIMITS = {
    "conversation": os.environ.get("RATE_LIMIT_CONVERSATION", "20/h"),
    "message": os.environ.get("RATE_LIMIT_MESSAGE", "120/h"),
    "connection_request": os.environ.get("RATE_LIMIT_CONNECTION", "30/h"),
    "invitation": os.environ.get("RATE_LIMIT_INVITATION", "300/d"),
    "post": os.environ.get("RATE_LIMIT_POST", "60/h"),
    "contact": os.environ.get("RATE_LIMIT_CONTACT", "5/h"),
    "report": os.environ.get("RATE_LIMIT_REPORT", "30/h"),
    # The API (creativetracks.api): per member (token or session), per IP for visitors.
    "api_read": os.environ.get("RATE_LIMIT_API_READ", "1200/h"),
    "api_write": os.environ.get("RATE_LIMIT_API_WRITE", "300/h"),
}
RATELIMIT_VIEW = "creativetracks.core.views.rate_limited"
# The local-memory cache is per process: fine for one development server; production
# sets REDIS_URL so every process shares the counts.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# Background tasks: the database queue by default, RQ on Redis when REDIS_URL is set.
if REDIS_URL:
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: the email address is the login, and it must be verified.
ACCOUNT_ADAPTER = "creativetracks.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# Sign-up says plainly that an address is taken (a clear message beats a
# silent email); sign-in and reset are rate limited against enumeration.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_EMAIL_CONFIRMATION_HMAC = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Creative Tracks] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# Lockout: after 5 failed sign-ins for one account within 5 minutes, further
# attempts are refused (429) until the window passes; 10 a minute per IP.
# Signing up accepts the terms and privacy notice in this version; raising it asks every
# signed-in member who accepted an older one to accept again (docs/personal-data.md).
TERMS_VERSION = os.environ.get("TERMS_VERSION", "2026-12")
ACCOUNT_SIGNUP_FORM_CLASS = "creativetracks.accounts.forms.SignupConsentForm"
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Creative Tracks"

# Email: every message is queued as a background task (core.email), which then
# delivers it with the backend EMAIL_URL describes (console by default).
_email = dj_email_url.parse(os.environ.get("EMAIL_URL", "console:"))
EMAIL_BACKEND = "creativetracks.core.email.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = _email.get("EMAIL_TIMEOUT") or 30
if _email.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = _email["EMAIL_FILE_PATH"]
# Bounces and complaints reach /email/webhooks/postmark/ (django-anymail), protected
# by HTTP basic auth "user:password" from EMAIL_WEBHOOK_SECRET; the address is then suppressed.
ANYMAIL = {"WEBHOOK_SECRET": os.environ.get("EMAIL_WEBHOOK_SECRET", "")}
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Creative Tracks <hello@creativetracks.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where members write to the moderators (an appeal against a suspension or a ban).
MODERATION_EMAIL = os.environ.get("MODERATION_EMAIL", "moderation@creativetracks.org")

# Internationalisation: English first; the others follow as translations land.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "creativetracks" / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# Set by static/js/time-zone.js from the browser: the zone times are shown in for
# visitors (members have their own setting). Not personal enough to need consent.
TIME_ZONE_COOKIE_NAME = "time_zone"

# Static files ship with the project and are served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "creativetracks" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Uploads go to local files by default, or to S3-compatible object storage
# (AWS S3, MinIO, Scaleway, OVH...) through django-storages when a bucket is named.
# The bucket stays private: links are signed and expire (AWS_QUERYSTRING_EXPIRE).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
MEDIA_ORIGIN = ""
if AWS_STORAGE_BUCKET_NAME:
    _s3_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
    _s3_endpoint = os.environ.get("AWS_S3_ENDPOINT_URL", "")
    _media_storage = {
        "BACKEND": "creativetracks.core.storage.SafeS3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": _s3_endpoint or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": _s3_domain or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
            "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "3600")),
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    if _s3_domain:
        MEDIA_ORIGIN = f"https://{_s3_domain}"
    elif _s3_endpoint:
        MEDIA_ORIGIN = _s3_endpoint.rstrip("/")
    else:
        MEDIA_ORIGIN = "https://*.amazonaws.com"
    SERVE_MEDIA = False
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "creativetracks.core.staticfiles.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000

# Security: strict by default, relaxed only in development.
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: no inline scripts or styles, nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Benchmarks only (bench/load.py): mounts /bench/bare/, a fixed page that measures
# what the server and Django cost without any app work. Never on in production.
BENCH_BARE_VIEW = env_bool("BENCH_BARE_VIEW", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Where the footer points people to; configurable per deployment.
SOCIAL_LINKS = {
    "Facebook": os.environ.get("SOCIAL_FACEBOOK", "https://www.facebook.com/creativetracks"),
    "Twitter": os.environ.get("SOCIAL_TWITTER", "https://twitter.com/creativetracks"),
    "Instagram": os.environ.get("SOCIAL_INSTAGRAM", "https://www.instagram.com/creativetracks"),
}
