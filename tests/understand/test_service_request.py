"""Services asked for directly (bot.understand.service_request)."""
import pytest


@pytest.mark.parametrize(
    "text, service",
    [
        ("where is the nearest pharmacy open now", "pharmacy"),
        ("is there a chemist open near me", "pharmacy"),
        ("I need an emergency dentist", "dentist"),
        ("how do I register with a GP", "gp_practice"),
        ("where is the nearest A&E", "emergency_department"),
        ("find me a walk in centre", "urgent_treatment_centre"),
        ("I need an eye test, where is an optician", "optometrist"),
        ("where's the sexual health clinic", "sexual_health"),
        ("number for the maternity unit", "maternity"),
        ("how do I contact the crisis team", "mental_health_crisis"),
        ("can I refer myself for talking therapies", "talking_therapies"),
        ("how do I see a podiatrist", "community_service"),
        ("pharmacy", "pharmacy"),
        ("my GP said to rest", None),
        ("should I go to A&E?", None),
        ("I have a cough", None),
    ],
)
def test_service_request(read, text, service):
    assert read(text).service_request == service
