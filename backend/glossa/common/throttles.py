from rest_framework.request import Request
from rest_framework.throttling import UserRateThrottle
from rest_framework.views import APIView


class UploadRateThrottle(UserRateThrottle):
    """Limit how many files a person may send (``upload`` rate), per account.

    Decoding an image or probing a media file costs far more than answering a read, so a
    script that posts files in a loop must not be able to keep a worker busy. Reads and
    deletions pass through.
    """

    scope = "upload"

    def allow_request(self, request: Request, view: APIView) -> bool:
        if request.method in {"GET", "HEAD", "OPTIONS", "DELETE"}:
            return True
        return super().allow_request(request, view)
