from glossa.common.exceptions import DomainError


class InvalidCredentialsError(DomainError):
    code = "invalid_credentials"


class EmailNotVerifiedError(DomainError):
    status_code = 403
    code = "email_not_verified"


class LockedError(DomainError):
    """Too many failed sign-ins for this account from this client address; carries retry_after."""

    status_code = 429
    code = "locked"


class InvalidTokenError(DomainError):
    code = "invalid_token"


class SessionEndedError(DomainError):
    status_code = 401
    code = "not_authenticated"


class CsrfFailedError(DomainError):
    status_code = 403
    code = "csrf_failed"
