"""The embedded default: one machine, SQLite, local files, mail written to var/mail/."""

import os

from config.settings.base import *
from config.settings.base import VAR_DIR, env_bool, load_or_create_secret_key

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or load_or_create_secret_key(
    VAR_DIR / "secret_key"
)
SIMPLE_JWT["SIGNING_KEY"] = SECRET_KEY
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "glossa.common.mail.FileAndConsoleEmailBackend"
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
