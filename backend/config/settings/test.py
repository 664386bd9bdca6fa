"""Settings for the test suite: fast hashing, synchronous tasks, in-memory mail."""

import os

from config.settings.base import *

SECRET_KEY = "test-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
SIMPLE_JWT["SIGNING_KEY"] = SECRET_KEY
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only; prod uses Argon2
if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
# Tests read English unless they send Accept-Language; the shipped default stays Russian.
LANGUAGE_CODE = "en"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "media"],
    }
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests never run collectstatic: let WhiteNoise look up files per request instead of scanning
# a STATIC_ROOT that a fresh clone does not have (its start-up warning is an error here).
WHITENOISE_AUTOREFRESH = True
