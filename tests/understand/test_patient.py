"""Who the patient is: the person the findings are about, whoever is typing."""
import pytest


def present(reading):
    return {f.symptom for f in reading.findings if f.present}


@pytest.mark.parametrize("text,subject", [
    ("My son has had a bad headache and a high temperature. Now his neck is stiff and he has a rash "
     "that doesn't fade when I press a glass on it", "child"),
    ("I have a 3 year old with a fever and a cough", "child"),
    ("my husband is 80 and he's had a cough for days, today I can't keep him awake", "other"),
    ("my mum has asthma and I've got a cough", "self"),
    ("my friend has covid and now I have a sore throat", "self"),
    # a fronted time clause does not name the patient
    ("Since my husband left I cannot sleep and I have thoughts it is better if I am not here", "self"),
    ("when I got home my son was being sick", "child"),
    ("My husband is 79. Since yesterday he's more muddled, seeing children in the garden that aren't there", "other"),
    # where an illness came from is not who has it
    ("I've got asthma and I've picked up a cough off the grandkids, sore throat and sneezing for 3 days", "self"),
    # the baby named in the birth is not the patient of what follows
    ("had my daughter 10 days ago and now my left calf is swollen and sore", "self"),
    # the typist describing themselves ("I am student") is not someone else
    ("I am student here, I worry about everything and I cannot sleep", "self"),
    # a possessive ("neighbour's") read as "is" does not make the owner the patient
    ("My neighbour's little lad fell off the trampoline, he's holding his arm and won't use it", "child"),
    # "I've got it now too" beside a child's illness names nothing of the typist's own
    ("my 2 year old has had loose poos for 2 days, no blood, eating toast. also I've got it now too lol", "child"),
    # a relative reporting a clause ("said that", "pointed out that") is not who it is about
    ("my husband pointed out that the mole on my shoulder has got bigger and darker", "self"),
    ("my sister told me that my speech went slurred for a minute", "self"),
    # ... nor is one who noticed it, with no "that" ("my boyfriend spotted my lips look swollen")
    ("my boyfriend spotted my lips look swollen", "self"),
    ("my husband pointed out the mole on my shoulder looks bigger", "self"),
    ("my daughter caught that bug going round and has been sick 6 times", "child"),
    ("my son has that rash on his tummy again and a temperature", "child"),
    # a relation word with a comma after it names the patient
    ("Mum, 84, has fallen and hurt her hip", "other"),
    # "when I try to wee" is the typist's own body, not the typist handling someone named before
    ("new boyfriend 10 days ago. it stings when i try to wee", "self"),
    ("my son says his willy is sore when I move his leg", "child"),
    # someone only reporting ("my mum said") does not take over "she" from the patient
    ("I look after my nan who is 86. My mum said to check. She has been a lot more muddled than normal", "other"),
    # the typist's belongings after "my" name no one
    ("Toddler (20 months) pulled my cup of tea off the side, it went down his chest and the skin is blistering",
     "child"),
    # someone named after a preposition does not take over "he" from the one who did it
    ("my brother rang me last night. he gave his guitar to his son. he is not answering and he has "
     "been very low", "other"),
])
def test_the_patient_is_the_person_described(read, text, subject):
    assert read(text).subject == subject


@pytest.mark.parametrize("text", [
    "I've been up all night watching my 18 month old, it's just a cold I think",
    "I'm worried about my son. Chest pain and sweating.",
])
def test_findings_said_of_no_one_beside_a_named_child_are_the_childs(read, text):
    assert read(text).subject == "child"


def test_a_typist_who_has_worked_something_out_reports_it(read):
    reading = read("My daughter is 17 and I've worked out she's been making herself sick after meals")
    assert reading.subject == "other" and reading.age_years == 17


def test_findings_said_of_no_one_are_the_pregnant_typists(read):
    reading = read("waters just went at home 38 wks and something is hanging down. partner at work, what do i do")
    assert reading.subject == "self" and reading.sex == "female"


def test_the_typists_handling_does_not_make_them_the_patient(read):
    reading = read("my son has a rash that doesn't fade when I press a glass on it")
    assert {"non_blanching_rash", "rash"} <= present(reading) and reading.subject == "child"


def test_a_relatives_past_is_not_the_patients(read):
    reading = read("my dad died of a heart attack and now I have chest pain")
    assert "chest_pain" in present(reading) and "cardiac_chest_pain" not in present(reading)


def test_someone_elses_infection_is_the_patients_contact(read):
    reading = read("I'm 18 weeks pregnant and my niece has come out in chickenpox spots")
    assert reading.subject == "self" and reading.pregnant
    assert "infection_contact" in present(reading) and "chickenpox" not in present(reading)


def test_a_scene_finding_belongs_to_everyone(read):
    reading = read("my brother is hearing voices and has a knife, saying he will hurt our mum")
    assert "risk_to_others" in present(reading)


def test_an_adult_daughters_pregnancy_is_kept(read):
    reading = read("my daughter is 16 weeks pregnant and has a headache and blurred vision")
    assert reading.pregnant and {"headache", "vision_change"} <= present(reading)


def test_one_finding_read_twice_counts_once_when_choosing_the_patient(read):
    """The parent's own reaction, read as a term and a near match, does not outweigh the child's
    two findings."""
    r = read("my son (6) fell off the climbing frame and the cut on his knee is gaping. "
             "I'm rubbish with blood and my hands are shaking")
    assert r.subject == "child" and "wound_needs_closure" in r.present()


def test_a_person_named_by_their_group_is_the_patient(read):
    """'One of my players' is someone the typist is describing, like 'my son'."""
    reading = read("I run a youth football team. One of the lads fell and was knocked out for a few seconds. "
                   "He has been sick since.")
    assert {"unconscious", "vomiting"} <= present(reading) and reading.subject == "other"


def test_a_possessive_owner_does_not_take_over_the_pronoun(read):
    reading = read("a 15 year old lad at our club swallowed a load of his dad's tablets this morning. "
                   "He says he feels fine now")
    assert "overdose" in present(reading) and reading.subject == "child"


def test_a_clause_opening_with_a_first_person_verb_is_the_typists(read):
    reading = read("im 17, my dad is at work. ive got a high temperature. feel really confused")
    assert {"fever", "confusion"} <= present(reading) and reading.subject == "self"


def test_an_emergency_sign_seen_now_counts_whoever_it_is_about(read):
    reading = read("our baby (4 months) has a cold, her mum is on her way. Just now her lips went blue")
    assert "blue_lips" in present(reading)
    reading = read("my dad had a heart attack, I have chest pain since Monday")
    assert "cardiac_chest_pain" not in present(reading)


def test_someone_who_has_died_is_not_the_patient(read):
    reading = read("My grandad has been very low since nan passed in May, and he keeps saying he wants to join her")
    assert {"suicidal_thoughts"} <= present(reading) and reading.subject == "other"


def test_a_word_like_just_keeps_its_subject(read):
    reading = read("Dad here. My 15 year old daughter has been cutting her arms. She says she just can't cope. "
                   "I don't know what to do")
    assert reading.subject == "child"
    assert {"self_harm", "low_mood"} <= {f.symptom for f in reading.findings if f.present}


@pytest.mark.parametrize("text,subject", [
    ("My partner had our son on Monday. Today she is shaking with a high temperature", "other"),
    ("had my daughter 10 days ago and since this morning I've had a temperature", "self"),
])
def test_the_mother_is_the_patient_when_she_names_the_birth(read, text, subject):
    reading = read(text)
    assert {"postnatal", "fever"} <= present(reading) and reading.subject == subject


def test_a_finding_only_a_child_can_have_makes_the_child_named_the_patient(read):
    reading = read("My granddaughter is 2. I left my handbag open and when I came back the strip of my heart "
                   "tablets was popped through, I think 2 are missing. I am 74")
    assert "medicine_ingestion_child" in present(reading)
    assert (reading.subject, reading.age_years) == ("child", 2.0)


def test_nappies_told_by_the_one_changing_them_are_the_babys(read):
    reading = read("My baby is 10 months and has diarrhoea. Since this morning I have not changed one wet nappy, it is dry.")
    assert {"dry_nappies_or_no_tears", "diarrhoea"} <= present(reading) and reading.subject == "child"


def test_the_typists_own_aside_does_not_make_them_the_patient(read):
    reading = read("My dad is staying with us. He is muddled in the evenings and weeing a lot. "
                   "I'm not sleeping well myself with all this")
    assert {"confusion", "uti_symptoms"} <= present(reading) and reading.subject == "other"


def test_a_complaint_the_typist_sets_aside_is_not_theirs(read):
    """The typist's own complaint told in a sentence they set aside ("that can wait") does not
    outweigh the child's, whatever its length."""
    reading = read("I was going to ask about my own periods, they've been really heavy for months and I'm "
                   "exhausted all the time, but that can wait. My son's 11 and he has a really bad pain in one "
                   "of his balls and he's been sick")
    assert {"testicular_pain", "vomiting"} <= present(reading) and reading.subject == "child"
    assert "heavy_periods" not in present(reading)


def test_two_person_words_together_are_one_person(read):
    """"One resident lady she ...": the resident and the lady are the same patient."""
    reading = read("I am carer in the care home. One resident lady she have dementia. Today she is more "
                   "confused than normal, she not knowing me")
    assert {"dementia_known", "confusion_sudden"} <= present(reading) and reading.subject == "other"


def test_a_relation_word_said_to_the_reader_is_no_one(read):
    """"mate my jaw's swollen": the typist's own jaw, the reader addressed as "mate"."""
    reading = read("mate my jaws proper swollen by my back tooth, cant open my gob")
    assert {"facial_swelling_dental", "trismus"} <= present(reading)
    assert "suicidal_thoughts" in present(read("proper low mate, keep thinking everyone would be better off without me"))
    assert read("my mate has a rash and a temperature").subject == "other"


def test_a_finding_in_the_typists_own_words_is_theirs(read):
    """A finding told with "my" or "me" is the typist's, though someone else is the clause's subject."""
    reading = read("a lorry clipped my car on the bypass this morning, the other bloke was fine. "
                   "neck is killing me since")
    assert "neck_pain_lay" in present(reading) and reading.subject == "self"


def test_a_relation_word_naming_a_body_part_is_no_one(read):
    """"lady bits", "man flu": a body part or an illness, not a person."""
    reading = read("painful lump on one side of my lady bits since Tuesday, hot to touch, and I've a temperature")
    assert reading.subject == "self"
    assert all(f.context != "other_person" for f in reading.findings)


def test_someone_named_in_brackets_is_not_who_follows(read):
    """"(my sister drove me)": a person named in an aside in brackets does not become the subject
    of the sentences after it."""
    reading = read("had my ears pierced at the weekend (my sister paid). now one lobe is hot, swollen and "
                   "oozing and I feel shivery")
    assert reading.subject == "self"
    assert all(f.context != "other_person" for f in reading.findings)


def test_who_caught_an_infection_is_the_patient_not_who_had_it(read):
    """One child with an infection named and another with its spots told after: the infection
    passed to the one told last, who is the patient (with their own age)."""
    reading = read("My eldest has got chickenpox and now her little brother, who is 2 weeks old, has a few "
                   "spots on his chest that are turning into blisters")
    assert reading.subject == "child" and reading.age_years is not None and reading.age_years < 0.1


def test_someone_with_only_an_infection_named_is_where_it_came_from(read):
    """"My son has chickenpox and my daughter has a cough": the daughter is the patient, in
    contact with it."""
    reading = read("my boy has chickenpox and my girl has a cough")
    assert {"cough", "infection_contact"} <= reading.present()
    assert reading.finding("chickenpox").context == "other_person"


@pytest.mark.parametrize("text,subject", [
    ("Mum of two here. My youngest has a temperature and her neck is stiff", "child"),
    ("mum of 4 here, my eldest has had a temp for 3 days and her eyes are sore", "child"),
    ("16 year old lad here, got hit in the face at football and my cheek is swollen", "self"),
])
def test_a_typist_introducing_themselves_is_not_someone_else(read, text, subject):
    """ "mum of two here": the typist, so "her" is the child's, not the mum's."""
    reading = read(text)
    assert reading.subject == subject
    assert not [f for f in reading.findings if f.context == "other_person"]


@pytest.mark.parametrize("text,subject", [
    # a person told as what a time clause's own subject did to them; the "I" after opens the main clause
    ("Since the crash where we hit a cyclist I keep shaking and can't sleep", "self"),
    ("Ever since we lost our daughter I can't stop crying", "self"),
    # the first named is the time clause's subject, or the main clause's
    ("Since yesterday we noticed my son has a rash and I'm worried", "child"),
])
def test_someone_named_in_a_fronted_time_clause_is_not_the_patient(read, text, subject):
    assert read(text).subject == subject


def test_a_reporting_verb_without_its_s_still_reports(read):
    """Second-language English drops the -s ("my wife tell me ..."): what she tells is about the typist."""
    reading = read("My wife tell me the white of my eyes is yellow colour")
    assert "jaundice" in present(reading) and reading.subject == "self"


@pytest.mark.parametrize("text,subject", [
    # an age and "man" or "woman" opening a message told in the first person: the typist
    ("58 year old woman, tight chest since lunch and my left arm aches", "self"),
    ("Man 71 - dizzy when I stand up and my ankles are swollen", "self"),
    # someone named first, or told as he or she: not the typist
    ("client 80 yr old man, his leg is red and hot and I'm his carer", "other"),
    ("70 year old man, he fell in the street and I'm with him now", "other"),
])
def test_an_age_and_man_or_woman_opening_a_first_person_message_is_the_typist(read, text, subject):
    assert read(text).subject == subject


def test_a_reported_no_before_a_finding_denies_it_not_the_question(read):
    """"He asked ... he says no lumps": the "no" is the lumps', and what he asked about stands."""
    reading = read("he asked me if it's normal that one of his hangs lower than the other. he says no lumps")
    assert "testicle_hangs_lower" in present(reading)
    assert read("I asked her about wanting to die and she said no").finding("suicidal_thoughts").context == "negated"


def test_the_typists_aside_by_the_by_leaves_the_child_the_patient(read):
    reading = read("My son is 3 and he won't use his right arm since he fell off the sofa. "
                   "I've done my back in lifting the pushchair but that's by the by.")
    assert reading.subject == "child"


def test_an_older_or_younger_one_is_a_child_of_the_family(read):
    """"My older one had a cough last month": that child's history, not the typist's."""
    reading = read("My baby is 8 weeks old and has coughing fits. My older one had a cough last month.")
    assert reading.subject == "child" and "whooping_cough" in present(reading)


def test_the_typists_aside_ignore_that_leaves_the_child_the_patient(read):
    reading = read("My son (4) has pushed a rubber up his nose. (I've got a bad cough too, ignore that.)")
    assert reading.subject == "child"


def test_he_after_someone_who_died_is_the_living_man_named_before(read):
    """"My husband ... his brother died ... tonight he said": the husband said it, not the brother."""
    reading = read("Writing for my husband. His brother died 2 weeks ago. Tonight he said there's no point carrying on.")
    assert reading.finding("suicidal_thoughts").context == "affirmed"


def test_because_i_have_got_is_the_typists_own(read):
    """"She's feeding better now. I'm messaging because I've got a sore throat": the typist's throat,
    not reported of the baby (unlike "a rash that doesn't fade when I press a glass on it")."""
    assert read("she's feeding much better now. I'm messaging because I've got a sore throat").subject == "self"
    assert read("my son has a rash that doesn't fade when I press a glass on it").subject == "child"


def test_a_side_question_while_im_here_leaves_the_first_child_the_patient(read):
    reading = read("my son (4) has pushed a pea up his nose and I can't get it out. "
                   "Also while I'm here, is ibuprofen ok for my baby's teething?")
    assert "foreign_body_nose_ear" in present(reading)


def test_spots_counted_as_little_ones_are_not_children(read):
    """"2 more little ones popped up next to it": spots, not two more children."""
    reading = read("my 5 year old has a crusty sore on his lip and 3 more little ones have come up")
    assert reading.subject == "child"


def test_someone_whose_occasion_it_was_is_not_the_patient(read):
    """"after my nephews birthday cake": whose birthday it was says nothing of who is unwell."""
    reading = read("type 2 diabetes, sugar was 12 after my nephews birthday cake, feel fine now")
    assert all(f.context != "other_person" for f in reading.findings)


@pytest.mark.parametrize("text, subject, finding", [
    # "writing for my daughter ... I've been off with stress myself": whom the typist writes for
    ("writing for my daughter who is 15. she told her teacher she would be better off dead. "
     "I've been off work with stress myself", "child", "suicidal_thoughts"),
    # "... on my leg. Sorry, it's my daughter not me": what was told of the typist was the daughter's
    ("stung by a wasp on my leg this morning and it's hot and itchy. sorry, it's my daughter not me, she is 6",
     "child", "insect_bite"),
    # "writing for my dad, I'm his son": the son is the typist, and "he" stays the dad
    ("writing for my dad who is 81, I'm his son. He has had a new headache for a week and his scalp is sore to "
     "touch", "other", "scalp_tenderness"),
    # "she hasn't slept, keeps saying the baby isn't ours": the baby named after the verb is not whom it is about
    ("my partner had our son a week ago. she hasn't slept for days, keeps saying the baby is not ours",
     None, "postpartum_psychosis"),
    # "her mum is at work. she's had a temperature": someone named through "her" does not take the pronoun
    ("writing for my granddaughter, she is 2. her mum is at work. she has had a temperature of 39 since yesterday",
     "child", "fever"),
    # "our son is 3 months old and since he came home I have felt low": a time clause of its own, the typist's
    ("writing this as a dad. our son is 3 months old and since he came home I have felt low and irritable most "
     "days", "self", "low_mood"),
    # "I got 38.6 on the thermometer": the typist took it; it is the son's fever
    ("my son is 3, he says his ear hurts. he feels hot, I got 38.6 on the thermometer", "child", "fever"),
    # "one of my year 3 boys fell": the pupil, not the teacher
    ("teacher here. one of my year 3 boys fell off the climbing frame and his wrist is swollen", "child", None),
    # "kept calling me by my mum's name": a name, not a person in the room
    ("my grandad is 84. anyway when I got there he didn't know where he was and kept calling me by my mum's name",
     "other", "confusion"),
    # after rounds 121 to 127: "my GP / health visitor mentioned ...": the typist's carer, told of the baby
    ("my 3 month old is sicky after every feed and her eczema is worse. my GP mentioned milk allergy", "child",
     "cows_milk_allergy"),
    ("my 3 month old is sicky after every feed and her eczema is worse. my health visitor mentioned milk allergy",
     "child", "cows_milk_allergy"),
    ("my 3 month old is sicky after every feed and her eczema is worse. my practice nurse mentioned milk allergy",
     "child", "cows_milk_allergy"),
    # "while I've got you, he ...": a way of talking; what follows is his
    ("my husband is 80. anyway while I've got you, this afternoon he had a coughing fit and brought up bright red "
     "blood", "other", "coughing_blood"),
    # "... would be better off without me": the typist's own thought, whoever is named before it
    ("since the birth I keep thinking my husband and the baby would be better off without me", "self",
     "suicidal_thoughts"),
    # "I came back from Nigeria ... after visiting my dad": the typist's own journey
    ("I came back from Nigeria last week after visiting my dad and now I have a fever and shivers", "self",
     "malaria_area_travel"),
    # after round 128: "a bug my granddaughter gave me": who passed it on, not the patient
    ("probably a bug my granddaughter gave me at the weekend. I'm on chemo for breast cancer and my temperature is "
     "38.3", "self", "on_chemotherapy"),
    # ... and "I had a look and one of his ...": what the typist saw on him
    ("my boy is crying and holding himself. I had a look and one of his testicles is red and swollen", "child",
     "testicular_pain"),
    # after round 133: first aid the typist gives ("I've had it under cool running water") does not make the typist the
    # one the next sentence is about
    ("my toddler pulled a hot drink over her arm. I've had it under the cold tap for 20 minutes. blisters are coming "
     "up over an area bigger than my hand", "child", "burn_severe"),
])
def test_who_the_patient_is_as_blind_rounds_found(read, text, subject, finding):
    """Who the patient is, told in ways blind rounds 109 to 112 and 121 to 133 found (each case's comment names
    its kind)."""
    reading = read(text)
    assert subject is None or reading.subject == subject
    assert finding is None or finding in present(reading)



def test_one_of_a_group_picked_out_is_the_patient(read):
    """"The boys banged heads ... the 12 year old's tooth knocked out, an adult tooth not a baby one": the 12 year old
    (one of the group, picked out), and "a baby one" is a kind of tooth, not a baby."""
    reading = read("the boys banged heads in the garden. the 8 year old is fine. the 12 year old's front tooth has been "
                   "knocked clean out, it's an adult tooth not a baby one. he didn't pass out, gum bleeding a bit")
    assert reading.subject == "child" and reading.age_years == 12
    assert "knocked_out_tooth" in present(reading)


def test_what_was_lost_of_someone_is_no_death(read):
    """"They've lost my wife's prescription": she is alive and can be the patient."""
    reading = read("the chemist lost my wife's prescription again. just now her face has dropped on one side and "
                   "her speech is slurred")
    assert reading.subject == "other" and "face_droop" in present(reading)


def test_the_one_helped_is_not_the_subject(read):
    """"Helped my uncle clear his loft ... since Monday a cough": the typist's cough, not the uncle's."""
    reading = read("Helped my uncle clear his loft on Saturday, dusty as anything. Since Monday bad cough and a temperature")
    assert reading.subject == "self"
