"""Questions in the right person: "are you" to a patient writing about themselves."""

def test_questions_are_put_as_you_to_a_patient_writing_about_themselves(chat):
    chat.say("I've got a sore throat")
    assert chat.asked == "age" and chat.texts == "How old are you?"


def test_questions_speak_of_the_patient_to_a_parent(chat):
    chat.say("my daughter has a sore throat")
    assert chat.asked == "age" and "the person who is unwell" in chat.texts
