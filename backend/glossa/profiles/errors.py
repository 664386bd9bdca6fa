from glossa.common.exceptions import DomainError


class AvatarTooLargeError(DomainError):
    code = "too_large"


class InvalidImageError(DomainError):
    code = "invalid_image"
