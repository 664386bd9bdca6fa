"""OpenAPI description of the bearer authentication (imported by ``AccountsConfig.ready``)."""

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme


class SessionJWTScheme(SimpleJWTScheme):  # type: ignore[no-untyped-call]
    target_class = "glossa.accounts.authentication.SessionJWTAuthentication"
    name = "jwtAuth"
