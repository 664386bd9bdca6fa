from django.test import Client


def test_api_answers_a_bad_host_header_with_the_error_shape(client: Client) -> None:
    response = client.get("/api/v1/courses", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "code": "bad_request",
        "message": "The request could not be understood.",
        "fields": {},
    }


def test_pages_keep_the_plain_bad_request_page(client: Client) -> None:
    response = client.get("/courses", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
