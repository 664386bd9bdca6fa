import logging
import re
from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends.filebased import EmailBackend

logger = logging.getLogger(__name__)
_LINK = re.compile(r"https?://\S+")


class FileAndConsoleEmailBackend(EmailBackend):
    """Write each mail to ``EMAIL_FILE_PATH`` and print its links, for the embedded default."""

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        sent = super().send_messages(email_messages)
        for message in email_messages:
            for link in _LINK.findall(str(message.body)):
                # Printed on purpose: in the embedded default the console is the mailbox.
                print(f"[mail] {message.subject}: {link}", flush=True)
        return sent
