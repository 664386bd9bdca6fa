from glossa.accounts.models import User


def email_normalize(email: str) -> str:
    """Return the one spelling of an address that accounts are stored and looked up by."""
    return email.strip().lower()


def user_get_by_email(*, email: str) -> User | None:
    return User.objects.filter(email=email_normalize(email), is_active=True).first()


def user_get(*, user_id: int) -> User | None:
    return User.objects.filter(pk=user_id, is_active=True).first()
