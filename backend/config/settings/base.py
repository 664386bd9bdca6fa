"""Settings shared by every environment; each value can be overridden from the environment."""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parents[3]
BACKEND_DIR = BASE_DIR / "backend"
VAR_DIR = Path(os.environ.get("GLOSSA_VAR_DIR", BASE_DIR / "var"))
FRONTEND_DIST = Path(os.environ.get("GLOSSA_FRONTEND_DIST", BASE_DIR / "frontend" / "dist"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def load_or_create_secret_key(path: Path) -> str:
    """Return the key kept in ``path``, creating it (readable by the owner only) on first use.

    The embedded default needs no setup, yet two installations must never share a key: a key
    committed to the repository would let anyone forge sessions and password-reset links.
    """
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    try:
        # O_EXCL: when two processes start at once, the second reads the first one's key.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(key)
    return key


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("GLOSSA_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "rest_framework_tus",
    "glossa.common",
    "glossa.accounts",
    "glossa.profiles",
    "glossa.media",
    "glossa.captions",
    "glossa.speech",
    "glossa.courses",
    "glossa.questions",
    "glossa.exercises",
    "glossa.progress",
    "glossa.packages",
    "glossa.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "glossa.common.middleware.RequestIdMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "glossa.media.middleware.TusMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "glossa.common.middleware.ApiErrorMiddleware",
    # Axes must come last so it sees the outcome of every authentication attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BACKEND_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'glossa.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.mysql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"charset": "utf8mb4", "init_command": "SET sql_mode='STRICT_TRANS_TABLES'"}
    )
    DATABASES["default"]["TEST"] = {"CHARSET": "utf8mb4", "COLLATION": "utf8mb4_unicode_ci"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web threads and the task worker share one file: take the write lock up front and
    # wait for it rather than fail with "database is locked"; WAL lets reads run beside a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "display_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "glossa.accounts.validators.MaximumLengthValidator"},
]

LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BACKEND_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# S3-compatible object storage (AWS, MinIO, Ceph, ...) when a bucket is named. Files are
# private: players get short-lived signed URLs (GLOSSA_MEDIA_SIGNED_URL_SECONDS).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "default_acl": None,
            "querystring_auth": True,
            "signature_version": "s3v4",
            "querystring_expire": int(os.environ.get("GLOSSA_MEDIA_SIGNED_URL_SECONDS", "300")),
            "file_overwrite": False,
        },
    }
# The built single-page app is served from the site root by WhiteNoise.
WHITENOISE_ROOT = FRONTEND_DIST if FRONTEND_DIST.is_dir() else None

# Request bodies: JSON stays small; uploads have their own per-field limits.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
GLOSSA_AVATAR_MAX_BYTES = 5 * 1024 * 1024
GLOSSA_IMPORT_MAX_BYTES = 2 * 1024 * 1024

# Generated speech (glossa.speech): the eSpeak NG and FFmpeg programs, and the longest text
# (in characters) a teacher may have spoken, about ten minutes of audio.
GLOSSA_ESPEAK_NG = os.environ.get("GLOSSA_ESPEAK_NG", "espeak-ng")
GLOSSA_FFMPEG = os.environ.get("GLOSSA_FFMPEG", "ffmpeg")
GLOSSA_SPEECH_MAX_CHARS = int(os.environ.get("GLOSSA_SPEECH_MAX_CHARS", "10000"))
# Course packages (glossa.packages): the largest zip accepted for import (repeated in
# deploy/nginx.conf and the Ingress; keep them equal), what it may unpack to, how many files it
# may hold and how large its manifest.json may be.
GLOSSA_PACKAGE_MAX_BYTES = int(os.environ.get("GLOSSA_PACKAGE_MAX_BYTES", str(2 * 1024**3)))
GLOSSA_PACKAGE_MAX_UNCOMPRESSED_BYTES = int(
    os.environ.get("GLOSSA_PACKAGE_MAX_UNCOMPRESSED_BYTES", str(4 * 1024**3))
)
GLOSSA_PACKAGE_MAX_ENTRIES = int(os.environ.get("GLOSSA_PACKAGE_MAX_ENTRIES", "5001"))
GLOSSA_PACKAGE_MAX_MANIFEST_BYTES = int(
    os.environ.get("GLOSSA_PACKAGE_MAX_MANIFEST_BYTES", str(50 * 1024**2))
)

# Lesson media (glossa.media). The limits are repeated in deploy/nginx.conf; keep them equal.
GLOSSA_MEDIA_MAX_VIDEO_BYTES = int(os.environ.get("GLOSSA_MEDIA_MAX_VIDEO_BYTES", str(2 * 1024**3)))
GLOSSA_MEDIA_MAX_AUDIO_BYTES = int(
    os.environ.get("GLOSSA_MEDIA_MAX_AUDIO_BYTES", str(200 * 1024**2))
)
# Resumable (tus) uploads are written here chunk by chunk; with several app processes on
# several machines it must be a shared volume. Unfinished uploads expire after a day.
GLOSSA_MEDIA_UPLOAD_DIR = Path(os.environ.get("GLOSSA_MEDIA_UPLOAD_DIR", VAR_DIR / "uploads"))
GLOSSA_MEDIA_UPLOAD_EXPIRES = timedelta(
    hours=int(os.environ.get("GLOSSA_MEDIA_UPLOAD_HOURS", "24"))
)
# Largest tus PATCH chunk: Django holds one chunk in memory (DATA_UPLOAD_MAX_MEMORY_SIZE).
GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES = DATA_UPLOAD_MAX_MEMORY_SIZE
# Processing: attempts before an asset is marked failed, and a bound on one ffmpeg run.
GLOSSA_MEDIA_PROCESSING_ATTEMPTS = int(os.environ.get("GLOSSA_MEDIA_PROCESSING_ATTEMPTS", "3"))
GLOSSA_MEDIA_TRANSCODE_TIMEOUT = int(os.environ.get("GLOSSA_MEDIA_TRANSCODE_TIMEOUT", "7200"))
# How long a delivery link handed to a player works, and an object store's signed redirect.
GLOSSA_MEDIA_URL_MAX_AGE = int(os.environ.get("GLOSSA_MEDIA_URL_MAX_AGE", str(6 * 60 * 60)))
GLOSSA_MEDIA_SIGNED_URL_SECONDS = int(os.environ.get("GLOSSA_MEDIA_SIGNED_URL_SECONDS", "300"))
REST_FRAMEWORK_TUS = {
    "UPLOAD_MODEL": "media.MediaUpload",
    "SAVE_HANDLER_CLASS": "glossa.media.uploads.KeepUploadHandler",
    "MAX_FILE_SIZE": max(GLOSSA_MEDIA_MAX_VIDEO_BYTES, GLOSSA_MEDIA_MAX_AUDIO_BYTES),
    "UPLOAD_EXPIRES": GLOSSA_MEDIA_UPLOAD_EXPIRES,
}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Queues: "default" for mail and short jobs, "media" for transcoding, so a long video never
# holds up a password-reset mail. Embedded: the database backend, whose worker `serve` starts.
# Production: GLOSSA_TASKS_BACKEND=django_tasks_rq.RQBackend with REDIS_URL, and workers
# started with `python -m glossa rqworker default media --job-class django_tasks_rq.Job`.
GLOSSA_TASKS_BACKEND = os.environ.get("GLOSSA_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
TASKS = {"default": {"BACKEND": GLOSSA_TASKS_BACKEND, "QUEUES": ["default", "media"]}}
if GLOSSA_TASKS_BACKEND.startswith("django_tasks_rq."):
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {
        "default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 600},
        "media": {
            "URL": REDIS_URL or "redis://127.0.0.1:6379/0",
            # One task may run ffmpeg three times (two renditions and a poster).
            "DEFAULT_TIMEOUT": 3 * GLOSSA_MEDIA_TRANSCODE_TIMEOUT + 600,
        },
    }

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Glossa <no-reply@glossa.local>")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "glossa.accounts.authentication.SessionJWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["glossa.common.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "glossa.common.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "glossa.common.exceptions.api_exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "login": os.environ.get("GLOSSA_THROTTLE_LOGIN", "20/min"),
        "email": os.environ.get("GLOSSA_THROTTLE_EMAIL", "5/hour"),
        "signup": os.environ.get("GLOSSA_THROTTLE_SIGNUP", "20/hour"),
        "upload": os.environ.get("GLOSSA_THROTTLE_UPLOAD", "60/hour"),
    },
    "NUM_PROXIES": int(os.environ.get("GLOSSA_NUM_PROXIES", "0")) or None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Glossa API",
    "DESCRIPTION": "REST API of Glossa, a self-hosted platform for learning foreign languages.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "AnswerStatusEnum": "glossa.exercises.models.AnswerStatus",
        "CourseStatusEnum": "glossa.courses.models.CourseStatus",
        "BlockTypeEnum": "glossa.courses.models.BlockType",
        "RoleEnum": "glossa.accounts.models.Role",
        "AuthorRoleEnum": "glossa.courses.models.AuthorRole",
        "CaptionTrackKindEnum": "glossa.captions.models.TrackKind",
        "QuestionTypeEnum": "glossa.questions.models.QuestionType",
        "TextFormatEnum": "glossa.questions.models.TextFormat",
    },
    # /api/docs/ is served from our own static files: a self-hosted site may have no internet.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=14),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "SIGNING_KEY": SECRET_KEY,
}
# The refresh token lives only in this HttpOnly cookie, scoped to the auth endpoints.
GLOSSA_REFRESH_COOKIE = "glossa_refresh"
GLOSSA_REFRESH_COOKIE_PATH = "/api/v1/auth/"
GLOSSA_COOKIE_SECURE = env_bool("GLOSSA_COOKIE_SECURE", False)
# Mailed links: a password reset link works once and for 2 hours, a confirmation link 3 days.
PASSWORD_RESET_TIMEOUT = 2 * 60 * 60
GLOSSA_VERIFY_EMAIL_MAX_AGE = 3 * 24 * 60 * 60
CSRF_COOKIE_SECURE = GLOSSA_COOKIE_SECURE
SESSION_COOKIE_SECURE = GLOSSA_COOKIE_SECURE

# Lockout: a failure counts against the pair (account, client address), so an attacker
# elsewhere cannot lock a learner out of their own account.
AXES_FAILURE_LIMIT = int(os.environ.get("GLOSSA_LOCKOUT_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("GLOSSA_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "email"
# Attempts during a lockout do not extend it, so "try again in N minutes" stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "glossa.accounts.lockout.lockout_response"
# Axes' access log keys logins by server session, which JWT sign-ins would create for nothing.
AXES_DISABLE_ACCESS_LOG = True
# Axes' own log lines would otherwise carry the email address that was tried.
AXES_CLIENT_STR_CALLABLE = "glossa.accounts.lockout.lockout_client_str"
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("GLOSSA_NUM_PROXIES", "0"))

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "glossa.common.logging.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "glossa.common.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": os.environ.get("GLOSSA_LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("GLOSSA_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
