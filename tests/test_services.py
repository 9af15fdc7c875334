"""The conversation's services (bot.services) over the Kent and Medway catalogue."""
import pytest

from bot import assembly


@pytest.fixture(scope="module")
def services():
    return assembly.conversation().services


def test_a_postcode_anywhere_in_kent_and_medway_gets_services_with_their_area(services):
    listed, note = services.for_disposition("urgent_treatment_centre", "CT1 3RX")  # Canterbury
    assert note is None and listed[0]["name"] == "Urgent Treatment Centre, Kent and Canterbury Hospital"
    assert listed[0]["area"] == "Canterbury and Coastal"
    pharmacies, note = services.for_kind("pharmacy", "TN23 1LQ")  # Ashford
    assert note is None and len(pharmacies) == 3 and {s["kind"] for s in pharmacies} == {"pharmacy"}


def test_a_helpline_asked_for_comes_from_the_patients_own_area(services):
    crisis, _ = services.for_kind("mental_health_crisis", "ME7 5NY")  # Gillingham, Medway
    regional = [s for s in crisis if "distance_km" not in s]
    assert regional and {s["area"] for s in regional} == {"Medway"}


@pytest.mark.parametrize("postcode", ["SE1 7EH", "BN1 1AA", "TN6 1HB"])  # London, Brighton, Crowborough
def test_outside_kent_and_medway_the_note_points_to_the_nhs_website(services, postcode):
    assert services.recognises(postcode)
    listed, note = services.for_disposition("pharmacy", postcode)
    assert listed == [] and "nhs.uk/service-search" in note and "111" in note


def test_an_unknown_postcode_gets_its_own_note(services):
    assert not services.recognises("ZZ99 9ZZ")
    listed, note = services.for_disposition("pharmacy", "ZZ99 9ZZ")
    assert listed == [] and "couldn't recognise" in note
