"""The advice to a community service names the one that fits: the rule's `service` first, from the
patient's own area, then the other community services; a rule without it lists them as before."""
import pytest

FACTS = {"postcode": "DA11 0DG", "age": "70", "sex": "female", "duration": "8 weeks", "pregnant": "no"}


@pytest.mark.parametrize("message, service", [
    ("I have a painful corn on my foot, I'm 70", "podiatry"),
    ("I keep leaking urine when I cough, I'm 55 and female", "continence"),
    ("I've had back pain for 8 weeks, I'm 45", "physiotherapy"),
    ("my 2 year old has terrible tantrums", "health_visiting"),
    ("I need my dressing changed on my leg, I'm 70", "community_nursing"),
])
def test_the_named_service_of_the_patients_area_comes_first(chat, message, service):
    chat.say(message)
    advice = chat.answer_until_advice(FACTS)
    assert advice["disposition"] == "community_service"
    first, *others = advice["services"]
    assert first["service"] == service and first["area"] == "Dartford, Gravesham and Swanley"
    assert first["referral"] and first["runs_at"] and (first.get("phone") or first.get("url"))
    assert others and not any(s.get("service") for s in others)  # then the community services as before


def test_a_foot_problem_in_east_kent_names_its_podiatry_service(chat):
    chat.say("I have a painful corn on my foot, I'm 70")
    advice = chat.answer_until_advice({**FACTS, "postcode": "CT1 3RX"})
    assert advice["services"][0]["id"] == "canterbury-coastal-podiatry"


def test_where_the_area_has_no_entry_for_it_the_community_services_are_listed_as_before(chat):
    chat.say("I have a painful corn on my foot, I'm 70")
    advice = chat.answer_until_advice({**FACTS, "postcode": "ME7 5NY"})  # Medway: no podiatry entry
    assert advice["disposition"] == "community_service" and advice["services"]
    assert not any(s.get("service") for s in advice["services"])


def test_a_rule_without_a_named_service_lists_the_community_services_as_before(chat):
    chat.say("I think I have a gambling problem, I'm 30")
    advice = chat.answer_until_advice(FACTS)
    assert chat.state.audit[-1]["rule"] == "gambling"
    assert advice["services"] and not any(s.get("service") for s in advice["services"])


def test_memory_problems_go_to_the_gp_who_refers_to_memory_assessment(chat):
    """The memory rule's disposition is the GP's (only a GP or professional refers to the memory
    assessment service), and the service the GP refers to is named first, then the practices."""
    chat.say("my mum keeps forgetting things, she is 80")
    advice = chat.answer_until_advice(FACTS)
    assert advice["disposition"] == "gp_routine"
    first, *others = advice["services"]
    assert first.get("service") == "memory_assessment" and others
