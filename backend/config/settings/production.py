"""Production: every secret and endpoint comes from the environment."""

import os

from config.settings.base import *
from config.settings.base import env_bool

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SIMPLE_JWT["SIGNING_KEY"] = SECRET_KEY
GLOSSA_COOKIE_SECURE = env_bool("GLOSSA_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = GLOSSA_COOKIE_SECURE
SESSION_COOKIE_SECURE = GLOSSA_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
LOGGING["handlers"]["console"]["formatter"] = os.environ.get("GLOSSA_LOG_FORMAT", "json")
