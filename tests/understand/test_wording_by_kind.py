"""Kinds of wording a blind round found the lexicon could not read, or misread, each checked in
words of our own (never a vignette's): what must be read, and what must not."""
import pytest


def present(reading):
    return reading.present()


@pytest.mark.parametrize(
    "text, finding",
    [
        # a pain that moves into the chest or down the left arm
        ("started as toothache but now the pain has spread into my chest", "chest_pain"),
        ("dull ache in my neck and now it's gone into my chest", "pain_spreading_to_chest"),
        # a grey-out is a faint, not a low mood
        ("stood up too quick and everything went black for a second", "fainted"),
        # pain at the tip of the shoulder
        ("weird pain at the tip of my right shoulder since this morning", "shoulder_tip_pain"),
        # tummy pain that jolts make worse
        ("belly pain and every time the car hits a pothole it's agony", "pain_on_movement"),
        # a knock to the mouth
        ("she fell off the sofa and banged her mouth on the floor", "mouth_injury"),
        # a breathing rate told in words
        ("my grandad is breathing really fast and feels hot", "fast_breathing"),
        # a small boil
        ("got a little boil on my neck, sore but not spreading", "boil_small"),
        # someone who cannot manage their own toenails
        ("my nan can't cut her toenails any more, they're like claws", "foot_problem"),
        # a testicle not felt
        ("changing his nappy and his scrotum on one side looks empty", "undescended_testicle"),
        # ovulation told plainly
        ("I get a pain when I ovulate every month", "ovulation_pain"),
        ("my discharge is like egg white this week", "ovulation_discharge"),
        # stitches healing
        ("had a cyst removed on Friday with stitches, is this normal healing", "stitches_healing"),
        # breast pain that follows the cycle
        ("sore boobs every month before my period", "breast_pain_with_periods"),
        # the worst pain ever, told apart from the headache
        ("a sudden pounding headache. it is the worst pain of my life", "worst_pain_ever"),
        # a neck "a bit stiff"
        ("temperature and my neck is a little bit stiff", "stiff_neck"),
        # a thunderclap told as a blow
        ("headache at the back of my head, like somebody hit me with a brick", "thunderclap_headache"),
        # "it" after a sore joint, after angina, after piles
        ("arthritis in my knee for years, now it is red hot and swollen", "hot_swollen_joint"),
        ("I have angina. This month it keeps coming on more easily", "angina_worse"),
        ("had piles on and off, now there's a lump and pus coming out of it", "anal_abscess"),
        # a bone bent in the middle; a dog named by its breed
        ("he fell off his bike and his forearm is bent in the middle", "deformity_words"),
        ("our neighbour's spaniel nipped my hand and broke the skin", "animal_bite"),
        ("my son gets car sickness, what can he take", "travel_sickness"),
        # a lasting lung condition, dated by its diagnosis, told worse than usual
        ("Emphysema since 2019. Lately I'm a lot more breathless than my usual", "copd_flare"),
        ("he has asthma and he's coughing more than normal at night", "asthma_worsening"),
        # a bite or spot that never went away
        ("a mosquito bite on her arm from the summer never went away", "skin_sore_not_healing"),
        # bumps or a lump on the genitals, in everyday names for them
        ("some small bumps on my fanny that weren't there before", "sti_symptoms"),
        ("tiny bumps on my knob, could be nothing", "sti_symptoms"),
        # a pain told first that spreads to the jaw or arm; a chest "pulled" lifting
        ("a crushing pain in my middle and now it's gone down my left arm", "heart_referred_pain"),
        ("think I pulled something in my chest moving the sofa", "chest_pain"),
        # a fall from scaffolding, out of a tree
        ("he came off the scaffold at work and hurt his back", "high_energy_injury"),
        ("fell out of a tree at the park", "high_energy_injury"),
        # blacking out at sport
        ("she collapsed at squash and was out for a few seconds", "blackout_on_exertion"),
        # an eye operated on, then red; a lens wearer's eye that light hurts; everything blurry
        ("had a lens implant op on my right eye last week and now it's gone redder and more painful", "red_eye"),
        ("I wear dailies and my eye is sore", "contact_lens_wearer"),
        ("can't keep my eye open in daylight", "light_sensitivity"),
        ("everything looks fuzzy out of my left eye", "vision_change"),
        # flashes at the side of the sight, a shadow creeping across it
        ("I keep seeing flashes in the corner of my eye", "flashes_floaters"),
        ("there's a dark curtain coming across the vision in my right eye", "sudden_vision_loss"),
        # thirst told in other words
        ("she's drinking so much and weeing all the time", "diabetes_symptoms"),
        # barely able to bear weight
        ("since the tackle he can barely put weight on his ankle", "possible_fracture"),
        # deaf in one ear told without "suddenly"; a bang beside the ear
        ("my right ear has gone completely deaf since this afternoon", "sudden_hearing_loss"),
        ("a firework went off by my head and now I can't hear out of that ear", "sudden_hearing_loss"),
        # a gas appliance told a long clause apart from the symptoms
        ("we both get headaches and feel dizzy in the evenings in the flat, there is an old gas fire in the lounge",
         "carbon_monoxide"),
        # needing more pillows; calf pain on walking
        ("I've started sleeping on four pillows", "orthopnoea"),
        ("my calves ache when walking to the shops", "claudication"),
        # a faint's everyday trigger, and being well again told in other words
        ("she fainted in assembly, it was boiling hot and she'd skipped breakfast", "faint_trigger"),
        ("an hour later I was totally fine", "feels_well_now"),
        # a cut told as a nick; a burn from falling into a fire; a pulled hamstring told as a twinge
        ("nicked my finger on the bread knife", "wound"),
        ("my son fell into the fire pit and his palm is red and blistered", "burn"),
        ("felt a twinge in my calf at five a side football", "muscle_strain"),
        # a blood pressure check asked for; the baby blues after a birth told with the baby's sex
        ("never had my bp checked, where can I go", "bp_check_request"),
        ("had my girl on Tuesday and I'm crying at everything", "baby_blues"),
        # contractions told as tightenings at intervals; struggling for breath; a toe pointing sideways
        ("I'm 35 weeks and getting tightenings every 5 minutes", "labour_signs"),
        ("he's struggling for breath and can't talk", "severe_breathing_difficulty"),
        ("stubbed my foot and my little toe is sticking out sideways", "deformity_words"),
        # a raw throat; a scalp patch where the hair has broken off; a second dose given not knowing
        ("my throat is raw and it hurts to swallow", "sore_throat"),
        ("bald patch on her head with broken hairs in it", "ringworm_scalp"),
        ("my mum gave him another dose, she didn't know I had", "accidental_extra_dose"),
        # where someone has travelled, told as a place in the tropics
        ("we flew back from Costa Rica on Sunday and now she's burning up", "tropical_travel"),
        # before round 78: a body part that "aches" (every form of a pain word in a word group)
        ("my belly aches on and off", "abdominal_pain"),
        ("my left ear throbs at night", "earache"),
        # a choking relieved by first aid, or a choke on a piece of food
        ("had to give him back blows and it came out, he is still coughing", "inhaled_object"),
        ("grandad choke on a bit of steak at tea", "inhaled_object"),
        # a pregnancy that ended, and bleeding that gets heavier
        ("I had a termination 2 weeks ago and now I feel hot and shivery", "pregnancy_recently_ended"),
        ("the spotting has got heavier again since yesterday", "bleeding_heavier"),
        # a passive wish not to be alive
        ("some nights I wish I could just not wake up", "suicidal_thoughts"),
        ("honestly think everyone would be better off if I was not here", "suicidal_thoughts"),
        # severe pain placed low on one side, told as the worst ever
        ("sharp pain low on the left, it is agony", "severe_abdominal_pain"),
        # an adrenaline pen used, by its make
        ("I had to use the emerade on my daughter", "severe_allergic_reaction"),
        # a course of an antibiotic, however told
        ("day 3 of flucloxacillin for a cut on my leg", "antibiotic_course"),
        # medicines brought back up
        ("he threw up his tablets this morning", "medicine_vomited"),
        # hives, and hives most days
        ("raised itchy welts came up on my arms", "hives"),
        ("I get hives most days", "hives_lasting"),
        # blisters that burst and crusted (bullous impetigo)
        ("a blister on her arm popped and now has a yellow crust", "impetigo"),
        # a cracked helmet
        ("came off my horse and my riding hat is cracked", "head_injury"),
        # episodes counted as spells
        ("four dizzy spells this week", "recurring"),
        # growing pains told without the name
        ("he wakes at night with both legs aching", "growing_pains"),
        # before round 79: blood spat after the tonsils came out; nothing getting down, not even saliva
        ("she spat out some bright red blood", "blood_from_mouth"),
        ("had her tonsils out on Monday", "tonsils_out_recent"),
        ("a bit of chicken is stuck and I cant get anything down, spitting my saliva into a cup", "cannot_swallow"),
        ("his eyelid is swollen shut and it hurts when he looks around", "orbital_cellulitis_signs"),
        ("she didnt know who her own son was this morning", "confusion"),
        ("my brother took a couple of pills at a rave", "recreational_drugs"),
        ("honestly I wouldnt mind if I didnt wake up tomorrow", "suicidal_thoughts"),
        ("we had a bead stuck, he put a bead inside his left ear", "foreign_body_nose_ear"),
        # before round 80: what happened told in one sentence, what it did in the next
        ("We were out on the hills in the snow all night. Now his toes are hard and waxy.", "frostbite"),
        ("We walked through long grass on holiday. Now there's a red ring on my arm that is getting wider.",
         "target_rash"),
        ("Dozed off on the beach for hours. My legs are very red with blisters.", "sunburn"),
        ("Sore chest since the gym yesterday. It hurts more when I push on the spot.", "chest_wall_pain"),
        ("Tight chest when I climb the stairs at work. I have to stop and it eases with rest.",
         "chest_pain_on_exertion"),
        # a bullseye described; nappies barely wet; a baby dropping across the growth chart's lines
        ("there's a circle of redness with a clearer middle on his calf", "target_rash"),
        ("her nappy has only been damp since lunch", "dehydration"),
        ("the scales show she's slipped from the 50th centile to below the 9th", "not_gaining_weight"),
        # a knock to the side; a slip indoors; a faint in the sunshine; a baby's temperature by number
        ("I bashed my side on the table corner", "rib_injury"),
        ("mum slipped in the kitchen this morning", "fall_lay"),
        ("he passed out standing in the sunshine at the match", "faint_trigger"),
        ("my 5 month old is 39.1 on the thermometer", "temperature_39_or_more"),
        ("the chainsaw slipped and caught my knee", "serious_wound"),
        # before round 81: an overdose in a second language's base form; paracetamol too often; wanting
        # it all over; a clinician who said to go to A&E; nitrous oxide; a toe going black
        ("last night my brother swallow 20 of his sleeping tablets", "overdose"),
        ("I've had 2 paracetamol every three hours since Sunday for my back", "paracetamol_excess"),
        ("honestly I just want it all to be over", "suicidal_thoughts"),
        ("the practice nurse told me to go to A&E this evening about my results", "sent_to_ae_by_a_clinician"),
        ("been doing nangs every weekend since the summer", "nitrous_oxide_use"),
        ("the end of her little toe is turning black", "foot_wound"),
        # before round 82: clammy told with cold; a cold person slurring or drowsy; speech gone slurry;
        # a knock on the furniture; grit by its material; sick on journeys; the STI check asked for
        ("grandad has gone cold and clammy and says his stomach feels heavy", "sweating"),
        ("having cold sweats on and off tonight", "sweating"),
        ("the flat has no heating and her hands are ice cold, she's really drowsy", "hypothermia"),
        ("dad's words are coming out all slurry tonight", "speech_problem"),
                ("I banged into the bedside table last night and there's a bruise on my hip", "knock_bruise"),
        ("a bit of sawdust went in his eye at work", "eye_foreign_body"),
        ("my daughter is sick on long car journeys, what can she have", "travel_sickness"),
        ("I'm with someone new. We didn't use a condom", "unprotected_sex"),
        ("I'd like a check for infections, I've got no symptoms", "sti_testing"),
        ("he keeps having thoughts about hurting someone", "harm_to_others"),
        ("horrible intrusive thoughts that I might push someone in front of a train, I know I never would",
         "intrusive_harm_thoughts"),
        ("my armpits smell even after I wash", "excessive_sweating"),
        ("I finish too quickly during sex with my girlfriend", "premature_ejaculation"),
        # before round 83: shingles told in two sentences; wet cement on the skin; a hook in a finger; a
        # weight dropped on a foot; a double round of medicines; a pressure sore that has opened
        ("A stabbing pain over my left eyebrow since Monday. Today a blistery rash appeared on my forehead.",
         "shingles_face"),
        ("knelt in wet concrete all morning laying the drive. Tonight my shins are blistered", "chemical_burn"),
        ("a fish hook has gone into my thumb and won't come out", "wound_foreign_body"),
        ("dropped a heavy box on my foot at work, big toe is purple", "knock_bruise"),
        ("the night carer gave him his tablets twice, once at 8 and again at 10", "accidental_extra_dose"),
        ("the sore on his tailbone has opened up and is weeping", "pressure_sore_lay"),
        # pain told as "killing me"; the workout in one sentence and the soreness in the next; the board
        ("his chest has been killing him since tea time", "chest_pain"),
        ("my belly is killing me tonight", "abdominal_pain"),
        ("Did a spin class on Saturday. Now my legs are so stiff I can hardly walk", "exercise_soreness"),
        ("she can't see the whiteboard from the back of the class", "eye_test_needed"),
        # after round 83: ending life told of another, or as not going on; a time set; empty packets;
        # a drop not passed; a pulse without rhythm; drops "but it's no better"; a flu jab's sore arm
        ("my brother keeps talking about ending his life", "suicidal_thoughts"),
        ("honestly I can't go on living", "suicidal_thoughts"),
        ("I have the tablets and tonight I will end everything", "suicide_immediate_risk"),
        ("there were two empty packets of paracetamol by his bed. He says he took them", "overdose"),
        ("he has not passed a drop since breakfast and is desperate to go", "urinary_retention"),
        ("checked my pulse and there is no rhythm to it", "irregular_pulse"),
        ("used chloramphenicol for four days but it is no better", "antibiotics_not_working"),
        ("had the covid jab this morning and my arm is sore", "after_vaccination"),
        ("the rubber has come off during sex", "contraception_emergency"),
        ("my 15 year old has not started her periods", "periods_not_started"),
        ("three cans of red bull and I'm shaking", "caffeine_excess"),
        # after round 84: concrete then the skin; a beach day without enough cream then blisters; a lump
        # come to a head; out and back in; no real difference; a sore after oral sex; fear of the dentist
        ("We poured a concrete path on Sunday and I knelt in it for hours. My shins are raw and grey now", "chemical_burn"),
        ("at the beach all afternoon and I didn't put enough cream on him. His back has blisters", "sunburn_lay"),
        ("a lump on my thigh, hot and sore, and now it has a white head on it", "skin_abscess"),
        ("my shoulder went out to the side and popped back in at rugby", "dislocation"),
        ("the chloramphenicol made no real difference", "antibiotics_not_working"),
        ("gave my boyfriend oral sex last month. Now there's a painless sore on my tongue", "sti_symptoms"),
        ("I am petrified of the dentist and keep cancelling", "dental_anxiety"),
        # after round 85: a finding's noun in the plural; text-speak "n" and "nappys"; an injury's
        # severity, a tight cast's signs and a plan told of "it" or "her"; a head told after what it hit
        ("she keeps getting sharp pains low in her belly", "abdominal_pain"),
        ("I have had back pains on and off", "back_pain"),
        ("fewer wet nappys than normal for my lad", "dehydration"),
        ("clear n stretchy discharge mid month", "ovulation_discharge"),
        ("fell off his bike onto his hand. it has swollen up massive since", "possible_fracture"),
        ("a thorn went in under my toenail in the garden", "splinter_difficult"),
        ("her nipple has gone inwards and it never used to", "breast_change"),
        ("her periods are all over the place since she turned 13", "irregular_periods"),
        ("her toes are numb and tingly in the new cast", "pins_and_needles"),
        ("my brother says he will take all his tablets tonight and then switched his phone off", "suicide_immediate_risk"),
        ("my toddler walked into the door frame with his forehead", "head_injury"),
        ("miscarried at 7 weeks last week and now I feel shivery", "pregnancy_recently_ended"),
        ("his gums are puffy and red and bleed when he brushes", "gum_problem"),
        # after round 86: a verb told of someone else; a condition told as past, then "it" now; a
        # collapse told as a drop during sport; what they do to themselves told as "it"; a chip told
        # verb first
        ("my mum vomits whenever she eats", "vomiting"),
        ("the baby wheezes when she feeds", "wheeze"),
        ("had angina for years, but since Sunday it's coming on much more easily", "angina_worse"),
        ("diagnosed with SVT a while back. it started an hour ago and it is still going", "svt_episode_long"),
        ("my nephew just dropped to the ground during a tennis match", "blackout_on_exertion"),
        ("she admitted she does it to cope, there are marks on her thighs", "self_harm"),
        ("bit a corner off my front tooth on a boiled sweet", "broken_tooth"),
        # one list of word forms for terms and word groups: a term's "ache" also reads "aching"
        ("he's 7 and his knees aching at night again", "growing_pains"),
        # after round 87: a voice heard told as someone's; a fist against a door; a knuckle gone flat;
        # a sedative stopped dead; a child's night terror and night waking told by what happens;
        # ringing ears after loud music
        ("he hears a man's voice when he's alone in the flat", "psychosis"),
        ("my son punched a door last night and his knuckles are swollen", "limb_injury"),
        ("the knuckle on his ring finger has gone flat since the fight", "possible_fracture"),
        ("been on diazepam for years and stopped it dead on monday, now shaking and sweating", "sedative_stopped_suddenly"),
        ("my 4 year old sits up screaming in the night and has no memory of it in the morning", "night_terrors"),
        ("my 9 month old wakes 5 times a night crying for a feed", "toddler_behaviour"),
        ("my ears are still ringing from the festival on saturday", "ringing_after_loud_noise"),
        # after round 88: a headache's warning signs told of anyone; pain worse on coughing or walking;
        # a limp as a noun; a penis emergency told without its usual words; memory trouble by what is
        # seen; something blown into an eye; an erection that failed, in the past; blood in the semen
        # by its colour
        ("her headaches are worse whenever she sneezes or bends down", "headache_red_flags"),
        ("the headaches wake her up in the early hours", "headache_red_flags"),
        ("he says his tummy hurts more when he coughs", "pain_on_movement"),
        ("she has had a slight limp since Sunday", "child_limp"),
        ("took a viagra at 10pm and it's 4am and still hard", "priapism"),
        ("his foreskin has gone back and it won't go back over, it looks like a ring round it", "paraphimosis"),
        ("felt a snap mid-sex and it went soft straight away", "penile_fracture"),
        ("mum keeps asking the same questions and got lost on the way home from church", "memory_problems"),
        ("a midge flew into my right eye on the bike", "eye_foreign_body"),
        ("couldnt keep it up last night for the first time", "erectile_dysfunction"),
        ("my sperm looked a bit rusty brown yesterday", "haematospermia"),
        # after round 89: the toilet water going red in the present; weight lost in the present or
        # by the clothes; hot and cold in waves; long-term steroid tablets; an insulin pen injected;
        # pauses and grunting in a baby's breathing told in other words; a thirst never quenched;
        # wanting everything to stop; hands in a claw; a thyroid taken out; insulin left out to lose
        # weight; hardly eaten or drunk; a fall onto an arm in the present; a bump on the white of the eye
        ("each time he opens his bowels the water goes bright red every time", "rectal_bleeding_heavy"),
        ("she loses weight every week and her school trousers are falling off her", "weight_loss"),
        ("his jeans are hanging off him lately", "weight_loss"),
        ("I keep shivering then roasting and sweating buckets", "fever"),
        ("been taking steroids every day since my lung flare in spring", "steroid_dependent"),
        ("my dad injected his entire lantus pen an hour ago", "overdose"),
        ("the baby stopped breathing for 5 seconds in her cot", "breathing_pauses"),
        ("he grunts with every breath and his tummy is sucking in", "severe_breathing_difficulty"),
        ("she's thirsty and can't get enough water, up all night weeing", "excessive_thirst"),
        ("I just want everything to stop", "suicidal_lay"),
        ("her fingers go into a claw and won't straighten", "tetany"),
        ("had a parathyroid op on thursday", "thyroid_surgery"),
        ("he's been skipping his insulin to keep his weight down", "insulin_left_out_for_weight"),
        ("grandad has hardly eaten or drunk since the weekend", "not_eating_or_drinking"),
        ("she had a fall onto her wrist at the shops", "limb_injury"),
        ("a yellow bump on the white of my eye near the nose", "eye_surface_lump"),
        # after round 90: pain out of proportion to a wound; a rash that started behind the ears; a heart
        # "going mental"; a weight come down on a leg; a bad tooth with words between; swallowing getting
        # difficult; something felt at the entrance after the waters; water from the vagina; an arm slept
        # on; a nose bent a clause after the blow; the second time this month
        ("the pain is way out of proportion to such a small cut", "pain_out_of_proportion"),
        ("spots started behind his ears yesterday and spread to his face", "measles"),
        ("my heart's been going ten to the dozen all evening", "palpitations"),
        ("a paving slab fell on my foot at work this morning", "limb_injury"),
        ("I've got a bad upper wisdom tooth", "toothache"),
        ("his swallowing is getting difficult since lunch", "difficulty_swallowing"),
        ("waters went an hour ago and I can feel a loop of something between my legs", "something_coming_down"),
        ("there is clear fluid coming from my vagina, not wee", "waters_leaking"),
        ("I slept funny on my arm and it went numb", "arm_slept_on"),
        ("got hit in the face, bled a lot from my nose, and now it is squashed", "possible_fracture"),
        ("third time this week my ears have blocked", "recurring"),
        # after round 91: a weekly medicine taken every day, told far apart; a blow to the face without
        # its article
        ("she has been giving him it every day with his breakfast since last week instead of weekly",
         "weekly_medicine_taken_daily"),
        ("he got punched in face outside the pub", "facial_injury"),
        # after round 92: a fit still going after the rescue medicine, or gone past its usual length
        ("we gave her the buccolam and she is still fitting", "seizure_prolonged"),
        ("her seizure has gone past 6 minutes now", "seizure_prolonged"),
        # a sting's redness told by its size in numbers or by how far it reaches; a baby's head swelling
        # by its size; a part taken off told with its verb; a crooked knuckle; skin tight and shiny over
        # a crushed foot; cold told as a workplace; a baby rolled off furniture; the coloured part of the
        # eye; a bang right by the ear; an ordinal in figures; a testicle that cannot be felt; hives as
        # raised bumps; a test for an allergy asked for in other words; weaning said by the parents
        ("bee sting on my calf, the red swollen patch is about 12 cm wide now", "bite_large_reaction"),
        ("bitten by something in the garden and the swelling goes right up to my knee", "bite_large_reaction"),
        ("a bump on his head about 2 inches across after he fell", "large_head_swelling"),
        ("sliced the tip of my thumb off with the mandoline", "amputation"),
        ("jammed it in the car door, the knuckle looks crooked", "deformity_words"),
        ("a forklift went over my hand, the back of it is tight and shiny", "compartment_signs"),
        ("working in the blast freezer all night, two toes have gone waxy and hard", "frostbite"),
        ("she wriggled off the changing table onto the tiles", "fall_lay"),
        ("the white round the coloured part is bloodshot", "red_eye"),
        ("a firework went off right by my ear and it has been muffled since", "sudden_hearing_loss"),
        ("this is my 4th water infection since the summer", "recurrent_uti"),
        ("I can only feel one testicle in his scrotum", "undescended_testicle"),
        ("raised bumps on her tummy since the new bubble bath", "hives"),
        ("could he be allergic to milk and can he be tested", "allergy_testing"),
        ("we are starting to wean him next month, any tips on first foods", "toddler_behaviour"),
        # after round 93: a hernia that will not go back in plain or second-language words; a few days
        # without going properly; the day's dose count; not eating properly for a number of days; hot food
        # or drink spilt; a full, sore bladder; teeth that zing; an eyelid that flickers; a sore inside the
        # lip; grinding the teeth; a pain that built up
        ("my hernia doesn't go back in today and it's really tender", "hernia_complicated"),
        ("not been able to go properly for 5 days, it's all hard", "constipation_described"),
        ("oops, he has had 6 doses of calpol today between us", "accidental_extra_dose"),
        ("mum hasn't eaten properly for over a week since the funeral", "self_neglect"),
        ("knocked his porridge over and it spilt on his leg", "burn"),
        ("can't pee at all and my bladder feels like it is going to burst", "bladder_feels_full"),
        ("my back teeth zing when I drink anything cold", "tooth_sensitivity"),
        ("my top eyelid has been fluttering on and off all week", "eye_twitch"),
        ("a little white sore inside my cheek where I bit it", "mouth_ulcer"),
        ("my dentist says I grind my teeth at night and my jaw aches", "teeth_grinding"),
        ("the pain in his side has built up gradually since yesterday", "came_on_gradually"),
        ("my brother says he keeps wishing he was dead", "suicidal_lay"),
        ("my back molar has a crack. it hurts when I chew anything", "toothache"),
        # after round 94: chest pain whose spread is told after how long it has lasted; not knowing a
        # relative's name; the Achilles told by tiptoes; toenails an older person cannot do; sunburn told
        # by blisters after a day in the sun, past a "but"; a partner's infection is the typist's exposure;
        # safety gear not worn denies nothing that follows
        ("a pressure in my chest on and off since about teatime, now going into my left arm", "cardiac_chest_pain"),
        ("grandad didn't know my name when I visited today", "confusion"),
        ("jumped for a header and now I can't go up on tiptoes on my left leg", "achilles_rupture"),
        ("dad's toenails have gone so thick and curved he can't wear shoes", "foot_problem"),
        ("a long day at the beach and we forgot the sun cream. His back has come up in blisters", "sunburn"),
        # a contrast in the first of two sentences does not part what happened from what it did next
        ("all day at the beach, we put sun cream on but not enough. Her shoulders are covered in blisters", "sunburn"),
        ("my girlfriend has tested positive for chlamydia", "partner_sti"),
        ("no hard hat on, hit my head on a scaffold pole", "head_injury"),
        ("my leg went numb from sitting on it but the feeling came back after a few minutes", "limb_feeling_back"),
        # a real faint or collapse, apart from feeling faint; cooling that has not helped
        ("my nan collapsed in the garden", "collapsed"),
        ("he keeled over on the hottest day of the year", "heat_collapse"),
        ("sat him under the fan with wet towels for ages and he still feels awful", "unwell_despite_cooling"),
        # after round 95: a phrase that holds a whole block phrase is read ("side" alone is no side here)
        ("it hurts her to look to the side with that swollen eye", "orbital_cellulitis_signs"),
        ("she says she can see two of the telly", "double_vision"),
        ("scalded his leg with soup, the blistered bit is a bigger area than his hand", "burn_severe"),
        ("a collie bit him on the nose at the park", "bite_severe"),
        ("a chunk of chicken is stuck, I'm having to spit out my own saliva", "cannot_swallow"),
        ("took some erection pills at 8 and by morning it still hasn't gone down", "priapism"),
        ("he was chewing two little magnets and they went down", "swallowed_object"),
        ("a dropped needle went into my palm while I was cleaning the park toilets", "needlestick"),
        ("I sliced my thigh with a razor earlier. The urge to do it again is so strong", "self_harm"),
        ("my little boy's hip clunks when I move his leg", "hip_dysplasia_signs"),
        ("the bleeding slowed right down after I pressed on it", "bleeding_stopped"),
        ("nicked my finger with a knife, it's stopped now", "bleeding_stopped"),
        ("his eyelids are crusty along the lash line", "blepharitis"),
        ("the glands in his neck are up and sore", "swollen_glands"),
        # after round 96: a cut that gapes; thirst and night weeing told apart; walking told as done;
        # angina brought on more easily; a passive wish with "me"; sex told before the hurt; a missed
        # pill; a blood pressure never taken; bulgy veins
        ("the gash on his knee gapes when he bends it", "wound_needs_closure"),
        ("she's so thirsty, downing bottles of water all day long, and up every night for the toilet", "diabetes_symptoms"),
        ("my legs ache once I've walked a few hundred yards and I have to stop", "claudication"),
        ("my angina is coming on more easily and I'm on the spray 5 times a day", "angina_worse"),
        ("honestly the family would be better off with me gone", "suicidal_lay"),
        ("since the new coil went in, sex has started to hurt", "painful_sex"),
        ("I forgot my pill on Tuesday night", "missed_pill"),
        ("I don't think I've ever had my bp taken, can the chemist do it", "bp_check_request"),
        ("bulgy veins behind both knees", "varicose_veins"),
        ("there's a sore lump in her neck that came up when she got a cold last week", "swollen_glands"),
        # after round 97: a face told by what it will not do; frostbite told by the mountain or the
        # rewarming; pain "killing him"; a bite told by the holes teeth left; a bite got abroad
        ("since lunch I cannot smile on one side and my tea spills out", "face_droop"),
        ("the left half of his face has stopped working", "face_droop"),
        ("she can't close her left eye and her eyebrow won't go up on that side", "bells_palsy"),
        ("after a day mountaineering his toes were hard and waxy", "frostbite"),
        ("we thawed out his fingers by the fire and now there are blisters on them", "frostbite"),
        ("he came off his bike and his neck is killing him", "neck_pain_lay"),
        ("the puppy went for my son, there are puncture marks from its teeth on his arm", "animal_bite"),
        ("we were on holiday in Greece when the bites started", "travel_abroad"),
        # after round 98: plural fevers; "ain't" for the negation it stands for; a
        # belief of being listened to; no spleen; fresh water; an attempt told as "tried to"; someone else's wish not to be
        # here; the means told as "easier to"; voices that command harm; a birth "9 days before"; one
        # cloth soaking through under pressure; an eyelid puffing up; a child crying as the eye moves;
        # an object named before where it went; mania told by plans and no sleep
        ("he's had fevers on and off since the weekend", "fever"),
        ("my brother ain't slept for three nights and he's talking non stop", "mania_signs"),
        ("he is convinced the neighbours are listening through the walls", "psychosis_lay"),
        ("I had my spleen removed after a fall from a horse", "on_chemotherapy"),
        ("we went wild swimming in a lake on holiday and now I have a temperature", "fresh_water_exposure"),
        ("my son tried to hang himself in his room last night", "suicide_immediate_risk"),
        ("he told his sister the family would be better off if he was gone", "suicidal_lay"),
        ("sometimes driving home it feels like it would be easier to just drive off the bridge", "suicidal_lay"),
        ("he hears a voice telling him he has to hurt his dad", "harm_to_others"),
        ("my sister had baby 2 weeks before and now she is very strange", "postnatal"),
        ("I've been pressing a cloth on his leg for ten minutes and it went straight through", "severe_bleeding"),
        ("her eyelid is puffing up and it's red", "eyelid_swelling"),
        ("his eye is swollen and he cries when he looks up or down", "painful_eye_movement"),
        ("she pushed a bead from her bracelet that she was playing with up her nose", "object_put_in_nose_or_ear"),
        ("he says he's going to be a millionaire by spring, he hasn't slept in days", "mania_signs"),
        ("my left nipple is pulling inwards", "breast_change"),
        ("a bottle of wine a night most nights. I need to cut back", "drinking_cut_down"),
        ("I lie awake most nights worrying about the mortgage", "sleep_problem"),
        ("keep crying at my desk for no reason", "low_mood_lay"),
        ("I've started dreading Sunday nights because of work", "anxiety"),
        ("my dad died two months ago and I can't stop thinking about it", "grief"),
        ("he posted sorry for everything and now his phone is off", "suicide_imminent_lay"),
        # after round 99: a panic attack told by its pieces; waters "from down there"; a pain told as
        # "strong"; a ball to the head; a headache "even after" the painkiller; a mix-up over the days
        ("out of nowhere my heart races and I'm sure I'm going to die, then it passes", "anxiety"),
        ("30 weeks gone and there's clear fluid coming from down there", "waters_broken"),
        ("my eye has a strong pain since this morning", "eye_pain_severe"),
        ("she headed the ball really hard in netball and now feels sick", "head_injury"),
        ("a cricket ball hit him on the head at practice", "head_injury"),
        ("her headache is still there even after paracetamol", "headache_severe"),
        ("nan got her tablets mixed up this morning", "medicine_mix_up"),
        # after round 100: pads filled in hours and clots by size; a chemical drunk from its bottle; a snap
        # felt; a dog that "got" a hand; puncture holes beside the animal; a nose bent days after a blow;
        # bleeding through gauze; a wish to be with someone who has died; someone who cannot be woken
        # properly; an empty strip
        ("I've soaked through four pads in the last hour", "heavy_vaginal_bleeding"),
        ("passing clots the size of a plum since the birth", "heavy_vaginal_bleeding"),
        ("my son swallowed some toilet cleaner from the bottle", "poisoning"),
        ("I went over on my ankle and felt something snap", "possible_fracture"),
        ("the neighbour's collie got my hand over the fence", "animal_bite"),
        ("there are puncture wounds on her calf where the cat latched on", "animal_bite"),
        ("he took a ball to the face on Saturday. His nose looks crooked now", "broken_nose"),
        ("I've been biting on the gauze for an hour and it's still bleeding", "dental_bleeding"),
        ("since Dad passed, mum says she's had enough and wants to be with him", "suicidal_lay"),
        ("we can't wake grandad properly, he's just snoring", "unconscious"),
        ("there was an empty packet of his tablets on the floor", "overdose"),
        ("some paint stripper splashed up my arm at work", "chemical_burn"),
        # after round 101: black stools told by the toilet; a dose taken again after forgetting; a catheter
        # bag that has been empty; a dark patch with a foul smell
        ("the toilet has been black and sticky since Monday", "black_stool"),
        ("I forgot I'd had my tablet and took another one at lunch", "accidental_extra_dose"),
        ("his catheter bag has been empty all afternoon", "catheter_blocked"),
        # after round 98: a burn's grey-white patch; after round 98: an unknown biter
        ("hot oil on his arm, big blisters and a patch that looks grey white", "burn_severe"),
        ("something bit him on the ankle in the garden", "insect_bite"),
        ("the skin on her leg is swollen with a patch going black and a horrible rotten smell", "rapid_spreading_redness"),
        # after round 102: an erection that has not gone back down after a pill; a discharge seen in the
        # underwear; an old cancer is still a history of cancer; a joint unlike the other side; people heard
        # when no one is there; an old way of saying weeing; agitation; new pill; sleep and tension in other words
        ("took a viagra at midnight and it still hasn't gone back down, really sore", "priapism"),
        ("noticed some yellow discharge on my briefs this week", "sti_symptoms"),
        ("back pain at night, I was treated for prostate cancer ten years ago", "msk_cancer_history"),
        ("came off her horse and her wrist looks different to the other one, all lumpy", "deformity_words"),
        ("he keeps hearing people talking in the flat when nobody is there", "psychosis"),
        ("it stings when I pass water and I'm going every hour", "uti_symptoms"),
        ("she stings terribly every time she spends a penny", "uti_symptoms"),
        ("since starting the new tablets he has been agitated and pacing", "agitation"),
        ("I switched to the mini pill last month and now I'm spotting", "contraception_started_recently"),
        ("I have real trouble dropping off at night", "sleep_problem"),
        ("she's been on edge all the time since the move", "stress_burnout"),
        ("is it normal that one of my balls hangs lower than the other", "testicle_hangs_lower"),
        # after round 103: a heart that cannot keep a rhythm; fewer wet nappies; a swig of a garden chemical;
        # tablets found open after a child got to them; a hard tummy that hurts to touch; tablets had twice;
        # "rite"; a faint at a needle; an eyebrow that can't lift; weeing that "kills"; gunk out the tip
        ("my pulse keeps going erratic, fast then slow", "irregular_pulse"),
        ("she's only had two wet nappies since yesterday", "dry_nappies_or_no_tears"),
        ("my son took a gulp of the screen wash from the garage", "poisoning"),
        ("the toddler got hold of nan's pills and the blister pack is torn open", "poisoning"),
        ("his belly is tight and swollen and he cries if you press on it", "rigid_abdomen"),
        ("I think dad has taken his pills twice this morning", "accidental_extra_dose"),
        ("sharp pain under my rite ribs after tea", "gallstone_pain"),
        ("she went down at the sight of the needle for her jab", "faint_trigger"),
        ("my face is drooping on the left and I can't raise my eyebrow on that side", "bells_palsy"),
        ("it's killing me when I pee", "uti_symptoms"),
        ("yellow goo coming out the tip of my knob", "sti_symptoms"),
        # after round 104: a pet handed over, debts paid off, tablets saved in a jar, "tonight ... the end";
        # eating next to nothing, bingeing; a crash from behind; hot oil that jumped; a belt off a socket; a
        # slapping foot; an ear muffled on waking; eyes that will not open; a child who won't swallow
        ("she's handed her cat over to her sister and keeps saying sorry", "suicide_warning_acts"),
        ("he's paid off all his debts this week out of the blue", "suicide_warning_acts"),
        ("I found her sleeping tablets stockpiled in a shoebox", "suicide_means"),
        ("she told me tomorrow will be the end of it", "suicide_imminent_lay"),
        ("he's eating next to nothing and has lost loads of weight since the summer", "eating_disorder"),
        ("I binge on huge amounts when I'm stressed", "eating_disorder"),
        ("my wife got rear ended on the motorway", "road_collision"),
        ("hot fat jumped up onto her wrist from the frying pan", "burn"),
        ("I got a belt off the socket changing a plug", "electric_shock"),
        ("my left foot is slapping down on the floor when I walk", "foot_drop"),
        ("woke up and my right ear is muffled, like cotton wool", "sudden_hearing_loss"),
        ("we can't get her to open her eyes", "unconscious"),
        ("his throat is so bad he won't swallow anything", "cannot_swallow"),
        # after round 106: a neck that hurts to bend the head down; light shut out; a heart "going like the
        # clappers"; not managed to pass water; a live wire touched; a scald bigger than the child's hand;
        # swallowing that has got hard
        ("her neck hurts when she bends her head to look down", "stiff_neck"),
        ("he's made us close the curtains, the light hurts his eyes", "light_sensitivity"),
        ("my pulse has been going like the clappers since tea", "palpitations"),
        ("dad hasn't been able to pass any urine all day", "urinary_retention"),
        ("my son grabbed a bare wire in the shed", "electric_shock"),
        ("she scalded her arm and the blisters cover more than her hand, bigger than her hand", "burn_severe"),
        ("my jaw is swollen and swallowing is getting hard", "difficulty_swallowing"),
        # after round 107: green told clauses after the sickness; a crust like honey; cuts found on a child;
        # cutting to let the pressure out; insects on the wall that are not there; not knowing their own
        # home; a pad full within the hour; clots as pieces of blood; a birth told in second-language English
        ("she was sick twice this evening and the second lot was dark green", "green_vomit_described"),
        ("the sore on her chin has a golden crust on it", "impetigo"),
        ("I found cuts on his forearms when he rolled his sleeves up", "self_harm"),
        ("she says cutting helps to let the pressure out", "self_harm"),
        ("mum keeps pointing at ants on the ceiling but there's nothing there", "psychosis"),
        ("grandad doesn't know he is in his own home tonight", "confusion"),
        ("her maternity pads are soaked through every half hour", "heavy_vaginal_bleeding"),
        ("she is passing lumps of blood as big as a golf ball", "heavy_vaginal_bleeding"),
        ("my sister have her baby 6 days before and now she has a fever", "postnatal"),
        # after round 108: thrown from a motorbike; "a few too many"; a carer afraid of what they might do;
        # pain that started at the belly button told a sentence before it moved ("but this morning")
        ("my son fell off his moped on the roundabout", "high_energy_injury"),
        # after round 102: bleeding after sex, which keeps spotting on a new pill from self-care
        ("I started the mini pill last month and I bleed after sex now", "bleeding_after_sex"),
        ("I'd had one too many and tripped over the step", "drunk_or_drugs"),
        ("my mum has dementia and I'm scared of what I might do when she screams at night", "harm_to_others"),
        ("it started round her belly button. But now it has moved to the bottom right", "appendicitis_signs"),
        # after round 109: emphasis that adds nothing ("at all"); days of tablets at once; tablets brought back up;
        # Parkinson's by its medicine; a hip that hurt; a filler set off by commas; a mole changed a sentence on;
        # one dose given twice by two people; teething told by what the baby does; the menopause told as periods
        # stopping; the head pounding; drinking too much the night before; nostrils flaring; gasping on waking
        ("his colostomy has had nothing at all in it since last night", "stoma_problem"),
        ("grandad took the whole lot from his dosette box in one go", "overdose"),
        ("she keeps bringing her tablets back up", "medicine_vomited"),
        ("my wife takes madopar and sees the neurologist yearly", "parkinsons"),
        ("his hip hurt when he stood up after the fall", "hip_pain"),
        ("took a blue pill at 10 and it is still, um, up and painful", "priapism"),
        ("found a mole on my shin. My partner says it has doubled in size and gone jagged", "mole_change"),
        ("my husband and I both gave her the amlodipine so she had two lots this morning", "accidental_extra_dose"),
        ("she is dribbling everywhere and gnawing on her hands", "teething"),
        ("my last period was 3 years ago. Now I have some brown spotting", "postmenopausal_bleeding"),
        ("my head is thumping today", "headache"),
        ("had far too much wine at the party, feel rough", "hangover"),
        ("her nostrils flare a little with each breath", "breathless"),
        ("I have woken up gasping most nights this month", "orthopnoea"),
        # after round 110: a new mother's thoughts told sentences after the birth; "better off ... without me";
        # crying all day; steroid tablets as a daily dose; a streaming nose, a scratchy throat (and plurals);
        # a toe smacked; the pubic bone hurting told with the weeks; a blister on the heel that popped
        ("our son was born in May. Since then I have these awful thoughts all the time", "postnatal_mood_lay"),
        ("sometimes I think the kids would be better off living with their dad and without me", "suicidal_lay"),
        ("I cry all the time at the moment", "low_mood"),
        ("I take hydrocortisone 20mg a day for Addison's", "steroid_dependent"),
        ("we've both got streaming noses", "cold_symptoms"),
        ("my throat is scratchy and dry", "sore_throat"),
        ("smacked my big toe on the door frame", "limb_injury"),
        ("I'm 30 weeks and my pubic bone aches when I go up stairs", "pelvic_girdle_pain"),
        ("a blister came up on my heel from my new shoes and it popped", "blisters"),
        ("a woman I slept with last month just rang to say she has chlamydia", "partner_sti"),
        # after round 111: dialysis missed "but"; a stoma named a sentence before its bag; nobody missing him,
        # "better off with" the one who died; a limb with a bend in it; sliding off a chair; little "kip"
        ("he has haemodialysis every other day but he missed Wednesday's session", "missed_dialysis"),
        ("she had a colostomy in March. Nothing has come out since yesterday morning", "stoma_problem"),
        ("my grandad keeps saying nobody would miss him", "suicidal_lay"),
        ("since nan died in June grandad says he'd be better off with her", "suicidal_lay"),
        ("his wrist has a kink in it after the fall", "deformity_words"),
        ("dad slid off his armchair onto the carpet", "fall_lay"),
        ("I only get a few hours sleep on my night shifts", "sleep_problem"),
        # after round 112: the chin to the chest hurting without the neck; a cord felt in the vagina; a baby's soft
        # place pushing up; a strange high cry; a wire that was live; boiled water down a child's front; skin
        # peeling off a scald; a bone stuck told with the throat later; cutting a thigh with a blade; stopping
        # drinking beside the shakes or the amount; pictures of harm to the baby
        ("he says it hurts to put his chin to his chest", "stiff_neck"),
        ("my waters went and now there is a cord in my vagina", "cord_prolapse"),
        ("the soft bit on top of his head feels hard and is pushing up", "bulging_fontanelle"),
        ("she has a strange high pitched cry today", "high_pitched_cry"),
        ("I grabbed a cable that was still live", "electric_shock"),
        ("a cup of hot tea went down her front", "burn"),
        ("the skin on his arm is peeling off and looks white, bigger than his hand", "burn_severe"),
        ("I think a chicken bone is stuck, it scratches when I swallow", "foreign_body_throat"),
        ("I cut my thigh with a pencil sharpener blade again", "self_harm"),
        ("gave up drinking on Sunday after years of a bottle of wine a night", "alcohol_stopped_suddenly"),
        ("I keep getting awful pictures in my head of him getting hurt", "intrusive_thoughts_about_baby"),
        # after round 113: lying still because moving hurts; a hard tummy no one may touch; poo like tar; pain
        # under the right ribs round to the shoulder blade
        ("he is lying very still on the bed because it hurts when he moves", "rigid_abdomen"),
        ("her belly is hard and she screams if I go near it, she won't let me touch it", "rigid_abdomen"),
        ("the runs have gone black and sticky, like tar", "black_stool"),
        ("an ache under his right ribs going through to his shoulder blade after eating", "gallstone_pain"),
        # after round 114: the chin that will not reach the chest; light that stings the eyes; the pain that
        # moved to the lower right; a cough that catches the pain; a chemical after its verb; any comparative
        # of a burn's size; bubbles on a scald; a hot drink pulled onto the chest; a closed-word chemical;
        # magnetic toys that went down; no point still being alive; one of a teacher's year group
        ("he couldn't bring his chin down to his chest this morning", "stiff_neck"),
        ("the sunlight through the window is stinging her eyes", "light_sensitivity"),
        ("by lunch the ache had shifted to the bottom right", "appendicitis_signs"),
        ("my tummy is sore and it stabs when I walk", "pain_on_movement"),
        ("I spilt some oven cleaner over my hand and it's stinging", "chemical_on_skin"),
        ("the scald on her leg is larger then her palm", "large_skin_area"),
        ("the burn on his wrist has bubbled up", "blisters"),
        ("she knocked a mug of tea over and it went on her arm and chest", "burn_site_serious"),
        ("my toddler had a mouthful of windscreen wash", "poisoning"),
        ("he was playing with magnetic beads and thinks one went down", "swallowed_object"),
        ("she says there is no point in her still being alive", "suicidal_lay"),
        # after round 115: a headache told by a simile of a blow, and by how fast it came; dialysis missed told
        # by its day; breathless against the usual; sickness beside an early week of pregnancy
        ("the pain at the back of my head felt like I'd been whacked with a plank", "thunderclap_headache"),
        ("a headache came on within seconds while I was lifting", "thunderclap_headache"),
        ("she has haemodialysis three times a week and didn't go on Monday", "missed_dialysis"),
        ("my dad is more out of breath than usual", "breathless"),
        ("I'm 9 weeks pregnant and throwing up every morning and evening", "morning_sickness"),
        ("she had a febrile fit a year ago and now she's hot and just had another", "febrile_seizures_before"),
        # after round 116: sick shooting across the room; dark marks on the teeth; hot water that caught an arm, the
        # middle gone white and waxy, a size told after the limb; a means told as a gerund, and a train; no point in
        # anything; picking at things in the air; eyes closing, not answering properly; red and hot in a list;
        # back pain on one side; a day out with the top off; landing awkwardly
        ("after feeds the milk flies across the kitchen", "vomiting"),
        ("there are dark patches on his baby teeth", "tooth_decay"),
        ("boiling water from the kettle caught my hand", "burn"),
        ("the centre has gone pale and leathery", "burn_severe"),
        ("it covers her thigh and is larger than her hand", "large_skin_area"),
        ("I keep thinking about jumping in front of a lorry", "suicidal_lay"),
        ("he said he'd jump when the next train comes", "suicide_means"),
        ("I don't see the point in anything", "low_mood_lay"),
        ("she keeps grabbing at things in the air", "psychosis"),
        ("his eyes keep closing while I talk to him", "drowsy"),
        ("she isn't answering me properly", "confusion"),
        ("the top of my ear is red, swollen and hot", "red_hot_skin"),
        ("my back aches low down on the left side", "loin_pain"),
        ("gardening all day with my shirt off and now my shoulders are red raw", "sunburn"),
        ("came down awkwardly on my ankle at netball", "limb_injury"),
        # after round 117: an arm red, warm and sore; a second dose told as a count, or by both parents; steering
        # off the road as a thought; a pet given away; "bought stuff to do it"; meals skipped beside running
        ("the back of my hand is red, warm and throbbing", "red_hot_skin"),
        ("she's had two tablets this morning instead of one", "accidental_extra_dose"),
        ("we both gave him his medicine at bedtime", "accidental_extra_dose"),
        ("she said she keeps thinking about swerving into a wall", "suicidal_lay"),
        ("he's been giving away his things to his friends", "suicide_imminent_lay"),
        ("she told me she's got the stuff to do it", "suicide_means"),
        ("he keeps skipping meals and has lost weight while exercising for hours", "eating_disorder"),
        # after round 118: paracetamol too often or too much told with any interval or count, or with another
        # paracetamol medicine on top; an erection after a pill told by the hours and the pain
        ("I've had 2 paracetamol every 2 to 3 hrs since yesterday", "paracetamol_excess"),
        ("so I'm on about 18 tablets a day of the paracetamol", "paracetamol_excess"),
        ("taking paracetamol plus lemsip for this cold", "paracetamol_excess"),
        ("took a cialis last night and it's been over 6 hours, it's throbbing", "priapism"),
        # after round 119: a baby sleepier than usual or not waking for feeds; a feeding tube come out; a pain score
        # of 7 or more; a crisis a sentence after sickle cell; behind that ear, an ear that sticks out; a throat in bits
        ("he didn't wake for his feed at 2am", "drowsy"),
        ("her PEG tube fell out when she rolled over", "feeding_tube_out"),
        ("he rates the pain 8 out of 10", "severe_pain"),
        ("he has HbSS. he's having a crisis in his arms", "sickle_crisis"),
        ("the skin behind that ear is swollen and red", "mastoid_swelling"),
        ("his ear sticks out more than the other one", "mastoid_swelling"),
        ("my throat is on fire today", "sore_throat"),
        # after round 120: dialysis missed told in second-language English; an extra pillow needed; weight put on
        # since a weekday; a foot sore a sentence after the diabetes; an ankle that went over on a step; only a
        # few steps managed; blood soaking straight through; a blow to the eye in the base form; an eye gone black
        ("she have dialysis three times a week. yesterday she miss it because she was sick", "missed_dialysis"),
        ("he needed another pillow last night to get to sleep", "orthopnoea"),
        ("she has put on 3 kilos since Monday", "rapid_weight_gain"),
        ("she has diabetes and poor feeling in her feet. there is a weeping sore on her heel", "diabetic_foot"),
        ("his ankle went over on a step at the station", "limb_injury"),
        ("she can only manage a few steps on that foot", "possible_fracture"),
        ("the blood is soaking straight through the tea towel", "severe_bleeding"),
        ("someone hit me in my eye outside the pub", "eye_injury"),
        ("his eye has gone black and it is closed up", "black_eye"),
        # after rounds 121 to 127: a reaction a sentence after the food; a bleeding disorder; blood in diarrhoea the next
        # sentence; tablets counted before they are named; several days' doses at once; "better I die"; practice
        # tightenings; an egg cup of blood coughed up; a blow "to the nuts"; blood out with every heartbeat; nosebleeds
        # counted by the week and one that "stopped in" minutes; iron tablets; hardly drinking; skin gone dark grey with
        # a smell; erections that take hours to go down; a finger pointing sideways; one side of the "ball sack"
        # sitting higher; steroids "every single day"; "sickness and diarrhoea"; sciatica, one leg and both; "stuff
        # coming out the end"; a sore that never properly heals; going "out" and coming "round"; a leg gone pale and
        # numb; heart tablets told by what they are for; wee like coke; a calf swelled up bigger; a burst in the head
        ("he had some satay chicken with peanuts in. ten minutes later he came up in red blotches", "food_reaction"),
        ("my son has haemophilia and banged his head on the table", "bleeding_disorder"),
        ("he has had the runs since tuesday. this morning there was blood mixed in it", "bloody_diarrhoea"),
        ("my flatmate says she took 30 of her antidepressants an hour ago", "overdose"),
        ("dad got muddled and took two days of his tablets in one go", "overdose"),
        ("she keeps saying it is better she die, it would be better I die she says", "suicidal_lay"),
        ("32 weeks and my bump goes hard now and then for a few seconds", "braxton_hicks"),
        ("he brought up what looked like an egg cup of blood when he was coughing", "coughing_blood_heavy"),
        ("got a hockey ball to the nuts at training and one side has swelled up", "testicular_pain"),
        ("the blood is coming out with every heartbeat even though I'm pressing", "severe_bleeding"),
        ("I get nose bleeds 3 times a week and have done for months", "nosebleeds_frequent"),
        ("my nose bled but it stopped in about 5 minutes of pinching", "bleeding_stopped"),
        ("on ferrous sulphate from the GP and my poo is very dark", "takes_iron_tablets"),
        ("grandad has hardly had anything to drink since Sunday", "hardly_drinking"),
        ("the skin round the wound has a dark grey patch and it smells rotten", "rapid_spreading_redness"),
        ("I keep waking with painful erections that take hours to go down", "stuttering_priapism"),
        ("caught a ball on my thumb and now it is pointing off sideways", "dislocation"),
        ("his privates hurt, one side of his ball sack, and that side is sitting higher", "testicular_pain"),
        ("she takes steroid tablets every single day for her adrenal glands", "steroid_dependent"),
        ("he has had sickness and diarrhoea since last night", "vomiting"),
        ("now the shooting pains go down both legs", "sciatica_both_legs"),
        ("pain from my buttock shooting down the back of my right leg", "sciatica"),
        ("there is yellow stuff coming out the end of my willy", "sti_symptoms"),
        ("a crusty spot on my nose that never properly heals", "skin_sore_not_healing"),
        ("grandad just went out for a minute in his chair, didn't answer, then came round", "blacked_out"),
        ("my foot has gone pale and whitish and it is numb and hurts", "cold_pale_limb"),
        ("mum is on tablets for her heart", "takes_heart_or_bp_medicine"),
        ("since the marathon my wee has been the colour of coke", "dark_urine"),
        ("her left calf swelled up bigger than the other one and it is warm", "calf_swelling"),
        ("he grabbed his head and said it felt like something had burst in there", "thunderclap_headache"),
        # after blind round 128
        ("my dad had a fit in the garden, jerking for two minutes", "seizure"),
        ("she's brought up blood twice since tea time", "vomiting_blood"),
        ("I'm puffed walking up the hill to the shops now", "breathless"),
        ("splashed drain cleaner at work, an hour later my hand has gone white and the pain is awful", "chemical_burn"),
        ("the nail gun slipped and there's a nail through my thumb", "serious_wound"),
        ("up and down to the toilet all night and it stings every time I go", "uti_symptoms"),
        ("a magnet off the fridge letters set, now one has disappeared and he was holding them", "small_battery_missing"),
        ("sanding metal without goggles and a bit of metal flew into my eye", "eye_penetrating_injury"),
        # after blind round 129
        ("she keeps shielding her eyes from the light and won't open the sore one", "light_sensitivity"),
        ("he's walking into things on his left since the eye went red", "sudden_vision_loss"),
        ("33 weeks and the baby has gone quiet since this morning", "reduced_fetal_movements"),
        ("fell asleep in the chair with my arm hung over the side, now my hand is numb", "arm_slept_on"),
        ("she hasn't been out of bed for four days and refuses to wash", "self_neglect"),
        ("he hasn't eaten and I can hardly get him to drink anything", "not_eating_or_drinking"),
        ("I binge, I eat a huge amount in one evening and then feel so much shame", "eating_disorder"),
        ("door slammed on the end of my ring finger and now the tip of my ring finger droops", "mallet_finger"),
        ("there's a small white sore inside my top lip that stings with orange juice", "mouth_ulcer"),
        # after blind round 130
        ("we found grandad on the kitchen floor this morning. he says he has been there all night", "long_lie"),
        ("my brother was headbutted in town and knocked out for a few seconds", "head_injury"),
        ("slept with someone last week and today she told me she has HIV", "hiv_exposure"),
        ("the clinic is shut at the weekend", "service_closed"),
        ("had sex w/o a condom at a festival", "unprotected_sex"),
        ("his fever broke yesterday and today he has come out in a rash of pink spots", "roseola"),
        ("every winter my fingers go red, itchy and swollen in the cold", "chilblains"),
        # after blind round 131
        ("her stump is black and hanging off, is that normal at 10 days", "cord_stump_care"),
        ("mum is 90, her toenails are like horns and the carers aren't allowed to cut them", "toenails_hard_to_cut"),
        # after blind round 132
        ("28 weeks, the pain is not going off, and my bump is rock hard", "abruption_signs"),
        ("it is not like period pains, my tummy has gone rigid", "rigid_abdomen"),
        ("pregnant and I keep seeing little spots in my eyes with a headache", "seeing_spots"),
        ("found out I'm pregnant and I take topiramate for migraines", "pregnancy_harmful_medicine"),
        ("worrying about money all the time and my chest goes tight when I get stressed", "attacks_that_pass"),
        # after blind round 133
        ("my grandad's nails are like horn now and he cannot cut them himself", "toenails_hard_to_cut"),
        ("since the divorce the worry has taken over my whole life", "anxiety"),
        ("my chest gets tight when the phone rings in case it's the bailiffs", "attacks_that_pass"),
        ("stubbed my toe on the bed frame and this morning there's a bruise right across the top of my foot", "knock_bruise"),
        # after blind round 134
        ("I'm using the reliever most days now and I keep forgetting the preventer", "asthma_poorly_controlled"),
        ("the cut bled for ages last night but it did stop eventually", "bleeding_stopped"),
        ("we spent Sunday moving house and today my back and arms are so stiff", "exercise_soreness"),
        ("I've been living on the loo all day since that kebab", "diarrhoea"),
        # after blind round 135
        ("his eyes have taken on a yellowy colour since the weekend", "jaundice"),
        ("her ex had me round the neck against the wall last night", "strangulation"),
        ("the voices have got louder since I stopped my tablets", "psychosis"),
        ("a rough crusty spot on my scalp that never heals over", "skin_sore_not_healing"),
        ("his voice goes all rasping when he's crying but it's quiet when he's calm", "stridor_when_upset"),
        ("the doctor said one testicle hadn't come down yet", "undescended_testicle"),
        ("he smokes skunk all day in his room and has dropped out of his course", "drug_problem"),
        ("I packed in smoking on Monday and I'm climbing the walls", "stop_smoking"),
        ("I've not had a poo since Thursday", "constipation_described"),
        ("when I am stressed my chest gets tight and I can't settle", "attacks_that_pass"),
        ("a little soft bit of skin on my neck that catches on my collar", "skin_tag"),
        ("I've had more and more of these tiny bright red raised spots on my back over the years", "cherry_angiomas"),
        # after blind round 136
        ("my dad's smile has gone wonky on one side and he's slurring", "face_droop"),
        ("when she talks it all comes out mushed", "speech_problem"),
        ("the attacks last a few minutes then they go and I'm wiped out", "attacks_that_pass"),
        ("she slipped on the ice and put her hand out to break her fall, now her wrist is fat", "fall_on_hand"),
        ("woke in the night with my big toe throbbing. Red and swollen and I can't bear the sheet on it", "gout"),
        ("there's pressure behind my cheeks and it's worse when I bend down to tie my laces", "sinus_symptoms"),
        ("woke at 4am with my calf knotted up solid for a few minutes", "night_cramps_described"),
        ("he's been sweating buckets at night and coughing", "night_sweats"),
        ("she has barely had a wee since breakfast", "dehydration"),
        ("a tiny bit of blood in our newborn daughter's nappy, it's coming from her front", "vaginal_blood_newborn"),
        # after blind round 137
        ("my elbow went red and hot and very swell overnight", "hot_swollen_joint"),
        ("he has been sick three times and it smell of poo", "bowel_obstruction_signs"),
        ("she has been sick 5 times today and last time it was green", "vomiting"),
        ("the white of my left eye has gone bright blood red after sneezing", "eye_blood_spot"),
        ("her eye has been sticky since she was born", "blocked_tear_duct"),
        ("yellow stuff dripping from my penis since the weekend", "sti_symptoms"),
        # after blind round 138
        ("my brother has come off the scaffolding and hurt his back", "high_energy_injury"),
        ("a grey shadow came down over my right eye and then lifted", "sudden_vision_loss"),
        ("my mate took something at a festival and he's burning up", "recreational_drugs"),
        ("we can't understand what he is saying, it's all jumbled", "confusion"),
        ("my chest goes tight in the supermarket and I have to leave", "attacks_that_pass"),
        ("I keep getting cramps in my calfs at night", "night_cramps_described"),
        # after blind round 139
        ("I cut my legs again last night and the urge keeps coming back", "self_harm"),
        ("she's been eating very little for months to get thinner", "eating_disorder"),
        ("he's only taking half his bottles today", "poor_feeding"),
        ("her last wet nappy was 12 hours ago", "dehydration"),
        ("mum hasn't had her bowels open since Monday", "constipation_described"),
        ("still nothing even with the lactulose", "laxatives_not_working"),
        ("I left my epilepsy tablets back at home and we're away till Sunday", "run_out_of_medicine"),
        ("at 30 weeks my tummy keeps going hard for a few seconds", "braxton_hicks"),
        ("one of her front teeth has turned grey since she fell on it last year", "tooth_decay"),
        # after blind round 140
        ("sat on the edge of the multi storey, going to do it tonight", "suicide_immediate_risk"),
        ("the newsreaders on the telly are talking about me every night", "psychosis"),
        ("my neighbour has planted a camera in my light fitting", "psychosis"),
        ("mum said she'd be relieved if she never woke up", "suicidal_lay"),
        ("he cracked his head on the cupboard door", "head_injury"),
        ("I got a jolt off the consumer unit changing a breaker", "electric_shock"),
        ("the skin over her tailbone has broken down from lying in bed", "wound_care"),
        ("there's a sore on my big toe that isn't healing", "foot_wound"),
        # after blind round 141
        ("since yesterday I've felt weak all over and shaky", "weak_all_over"),
        ("I feel all floppy and washed out today", "weak_all_over"),
        ("her fingers went itchy and purple in the cold spell, worse warming them on the radiator", "chilblains"),
        ("cramping pain in my calf since Sunday", "calf_swelling"),  # a DVT's cramping pain still reads
        # after blind round 142
        ("she keeps scratching the palms of her hands, she's 32 weeks", "itchy_hands_feet"),
        ("he's been sick four times and the last lot was dark green", "green_vomit_described"),
        ("my foot is stone cold to the touch and has gone a mottled bluish colour", "cold_pale_limb"),
        ("I spilt boiling water on my hand", "burn"),  # "water" voids a burn's match only outside its own part
        ("spilt boiling water down my shin this morning", "burn_site_serious"),
        ("thick yellow fluid out of his penis since the weekend", "sti_symptoms"),
        ("yesterday I twist my wrist at work", "limb_injury"),
        ("my hairline keeps creeping back", "hair_thinning"),
        ("I can barely turn my head after sleeping on the sofa", "neck_pain_lay"),
        ("most nights I wake at 5 and can't get back to sleep", "sleep_problem"),
        # after blind round 143
        ("fell off the kerb and now can't put any wait on my foot", "possible_fracture"),
        ("got in a fight and hit a bloke, caught his teeth. There's a small cut on my knuckle", "fight_bite"),
        ("the practice nurse said my stitches need to come out next week", "wound_care"),
        ("she's brought up a lot of dark blood this afternoon", "vomiting_blood"),
        ("nervous and getting butterflies about my exams next week", "exam_stress"),
        # after blind round 144
        ("this morning I wake up and the left ear is almost deaf", "sudden_hearing_loss"),
        ("we still need to book her 12 week jabs", "vaccinations_not_given"),
        ("when I stood up my head went light", "dizzy"),
        ("he keeps repeating the same questions over and over", "memory_problems"),
        ("my dad not do a poo for 5 days", "constipation"),
        ("yellowish crusty patches around his mouth", "impetigo"),
        # after blind round 145
        ("a tin of paint fell off the shelf onto his head", "head_injury"),
        ("caught a cricket ball in the face. One of my front teeth is chipped", "tooth_injury"),
        ("since they took the lymph nodes out my left arm has got swollen and heavy", "lymphoedema"),
        # after blind round 146
        ("three cans of cider every night for ages. Last night I had enough and stopped", "alcohol_stopped_suddenly"),
        ("stubbed my little toe on the door frame this morning", "knock_bruise"),
        ("I'm scared I could hurt the baby", "harm_to_others"),  # a fear of harming, not a question
        # after blind round 147's writing (round 146's other misses): a likeness told of something else; constipation
        # told as going without or as "blocked up" beside its remedy; headaches from close work
        ("did squats at the gym on monday, walking like an old man, my thighs are so stiff", "exercise_soreness"),
        ("been blocked up for a week now and the senna hasn't done much", "constipation"),
        ("five days without a poo and it hurts to push", "constipation"),
        ("he gets a headache after reading for a while", "eye_strain"),
        ("smoked some skunk for the first time and went proper paranoid, she's much calmer now", "calmer_now"),
        # after blind round 147: a set time for a plan; stung on the lip with the insect told first; bleeding told by
        # how it comes out of a cut; a shock told a sentence after the electrical job; a garden product or a bottle with
        # a hazard symbol swallowed; jabs asked for a trip; hay fever by its season; a faint told in the plain form;
        # the heat told in degrees
        ("the pills are in the drawer and I've got it all planned for tomorrow night", "plan_tonight"),
        ("a bee flew in her mouth and stung her on the tongue", "bite_mouth_or_eye"),
        ("sliced my thumb with a bread knife and it keeps spurting out", "severe_bleeding"),
        ("pressing a clean tea towel on it for 15 minutes and it will not stop", "severe_bleeding"),
        ("I was rewiring the garage. Got a shock off it that threw me back", "electric_shock"),
        ("she had a swig of the tomato feed from the greenhouse", "poisoning"),
        ("off to Kenya in March, which jabs and malaria tablets do I need", "travel_vaccines_wanted"),
        ("every May without fail I'm sneezing and my eyes stream", "hay_fever"),
        ("she was playing netball and just drop to the floor", "collapsed"),
        ("it was 31 degrees at the fete and he went dizzy", "heat_illness"),
        ("he's walking on it but with a limp", "walks_normally"),
        # after blind round 148: a red eye shut against the light and its sight told a sentence on; a knock to the
        # testicles; a testicle told by the side that stays empty; few words at 2; the tightness of panic gone with the
        # calm; the cheeks heavy when bending over
        ("he keeps screwing it shut when the lights are on", "light_sensitivity"),
        ("her eye went red this morning. She says it's all misty now", "vision_change"),
        ("the left side of his scrotum always seems empty", "undescended_testicle"),
        ("she's nearly 2 and only says a few words", "neurodevelopment"),
        ("my chest goes tight when I panic but it goes when I calm down", "attacks_that_pass"),
        ("pressure across my cheeks, worse bending over", "sinus_symptoms"),
        # after blind round 149: hot fat that spat; a thorn's scratch; what leaks from an ear told after it; agony told
        # as "it's"; fluids hardly kept down; sick like used coffee; a day's few sips; never waking as a wish; a thing
        # given away "as he won't be needing it"
        ("the frying pan spat hot oil onto my wrist", "burn"),
        ("caught my arm on the brambles yesterday", "wound"),
        ("his ear has ached for days and now there's green stuff coming out", "ear_discharge"),
        ("since this morning its utter agony", "severe_pain"),
        ("she can hardly keep water down", "cant_keep_fluids_down"),
        ("threw up and it looked like coffee grounds", "vomiting_blood"),
        ("only a few sips of water a day since monday", "dehydration"),
        ("some nights I think I'd be better off not waking up", "suicidal_lay"),
        ("he gave me his car keys and said he won't be needing them", "suicide_warning_acts"),
        # after blind round 150: headaches that wake a child; a flare's blood told as what it mostly is; swallowing told
        # by the cough after a drink and the wet voice after meals
        ("he keeps waking up in the night with headaches", "headache_red_flags"),
        ("my colitis is flaring, going 8 times a day and it's all blood", "rectal_bleeding"),
        ("mum chokes every time she has a drink now", "difficulty_swallowing"),
        ("his voice sounds gurgly after he eats", "difficulty_swallowing"),
        # and round 150's other misses: a hope never to wake; sight "getting blurrier"; no poo told as not "done the
        # toilet"; a missed dose keeps the medicine that names the condition
        ("she told me she hopes she won't wake up", "suicidal_lay"),
        ("my eyes are getting blurrier for reading", "vision_change"),
        ("dad has not done the toilet for 4 days", "constipation"),
        ("I forgot my lamotrigine last night", "epilepsy"),
        # after blind round 151: water not passed told as "not a single drop"; a drinker's daily amount; the stop told
        # with its day; a painful lump by the anus with the fever a sentence later; a drip from "my end"; thrush by its
        # look; a seizure by its type; pauses named with the snore; milk brought "back up"; an extra pill "instead of 1";
        # a sore throat "like swallowing glass"; glands as lumps under the jaw "up"
        ("he's got prostate problems and today he hasn't passed a single drop", "urinary_retention"),
        ("she's not been able to pee since lunchtime", "urinary_retention"),
        ("I get through 2 bottles of wine a night", "alcohol_dependence"),
        ("I was drinking every night and stopped dead on Friday", "alcohol_stopped_suddenly"),
        ("white drip from the end since the weekend", "sti_symptoms"),
        ("thick white cottage cheese stuff and very itchy down there", "vaginal_thrush"),
        ("the usual lady itch again", "vaginal_thrush"),
        ("had a grand mal this morning", "seizure"),
        ("had a grand mal this morning", "epilepsy"),
        ("she snores like a train and then stops breathing, most nights", "sleep_apnoea"),
        ("he brings some of his milk back up after feeds", "baby_reflux"),
        ("gave her 3 of her tablets instead of one", "accidental_extra_dose"),
        ("it's like swallowing razor blades", "sore_throat"),
        ("the lumps in his neck are swollen", "swollen_glands"),
        # after blind round 152: a tooth pushed up into the gum; few words in other orders; toes itchy "in the cold snap"
        ("she fell on the step and her front tooth has gone up into the gum", "tooth_injury"),
        ("my daughter is 2 and says only maybe 5 words", "neurodevelopment"),
        ("his toes are itchy and purple since the cold snap", "chilblains"),
        ("his nose began bleeding 20 minutes ago, we've pinched it but it keeps dripping", "nosebleed_prolonged"),
        ("his waterworks have been slow for years, but since last night not a single drop", "urinary_retention"),
        # after blind round 153: a will sorted told of someone else; a gun taken out as the means; "better off ... than
        # with me"; the side "sitting higher than the other"; days "after my second baby"; hair shedding by where it lands
        ("my dad has written his will this week and keeps saying goodbye", "settling_affairs"),
        ("he got his rifle out of the cabinet and drove off", "suicide_means"),
        ("my kids would be happier with me out of the way", "suicidal_lay"),
        ("pain in my groin since football, the left one is sitting higher than the other", "testicle_pain_lay"),
        ("2 weeks after my first baby and the stitches sting", "postnatal"),
        ("my hair is shedding on the pillow every morning", "hair_thinning"),
        # after blind round 154: "the trots"; the pregnancy told a sentence before the bleeding; a wish not to wake
        # with "just"
        ("he's had the trots all weekend", "diarrhoea"),
        ("I had a positive test on Monday. Since this morning I've started bleeding a bit", "pregnancy_bleeding"),
        ("she said it'd be easier if she just never woke up", "suicidal_lay"),
        # after blind round 159
        ("back 10 days from a safari in Tanzania, temp 38.9 and shivering", "tropical_travel"),
        ("old gas range in the kitchen at work and I keep getting headaches and feel dizzy on shift", "carbon_monoxide"),
        ("twisted my ankle and I can't stand on that foot whatsoever", "possible_fracture"),
        ("slipped on the slope, my foot turned under me and there was a snap noise", "possible_fracture"),
        ("my jaw is aching, came on walking up the hill, sweating and feel sick", "heart_referred_pain"),
        ("fell asleep on a lilo and the backs of my legs are burnt", "sunburn"),
        ("bit pink on my face and shoulders after a day at the cricket", "sunburn"),
        ("can't read the board at school, anything far away is fuzzy", "eye_test_needed"),
        ("never had an eye test in my life", "eye_test_needed"),
        ("burning behind my breastbone most nights after I eat my dinner", "indigestion_described"),
        ("where the metal button of my jeans touches my belly I've got an itchy red patch", "contact_dermatitis"),
        ("she started her periods last year. Every month the first day she has cramps in the belly", "period_pain"),
        # after blind round 160
        ("long term catheter, nothing has gone in the bag for about 4 hours", "catheter_blocked"),
        ("she can't keep even sips of water down", "cant_keep_fluids_down"),
        ("my left eye started aching badly this evening", "eye_pain_severe"),
        ("he drink whisky every day for years. 3 day ago he stop because no money", "stopped_drinking"),
        ("had my last drink Thursday night and now my hands are shaking", "stopped_drinking"),
        ("been on 2 bottles of red a night for years", "alcohol_dependence"),
        ("he's sure MI5 have hacked his phone", "psychosis_lay"),
        ("he's been muttering to someone who isn't there", "psychosis_lay"),
        ("I keep losing track of what I'm doing, it all came on this morning", "confusion"),
        ("she is screaming and sitting in the bed with open eyes, in the morning she remember nothing", "night_terrors"),
        ("yesterday going down the stairs I turn my ankle", "sprain_lay"),
        ("missed the last stair and sat down hard on my bottom", "fall_lay"),
        ("when I cough or jump a little urine is coming out", "incontinence"),
        ("forgetting people's names and forever losing my keys", "memory_problems"),
        ("not ill at all, just lonely if I'm honest", "loneliness"),
        ("it lasted about 10 minutes then went. I'm fine today", "feels_well_now"),
        ("did legs for the first time in ages on monday. thighs just ache all over", "exercise_soreness"),
        ("fishing on sunday and something had a go at the back of my knee", "insect_bite"),
        ("every year from november I feel a bit meh, less get up and go", "low_mood"),
        # after blind round 161
        ("34 weeks, keep getting little gushes of clear watery stuff. is this my waters??", "waters_lay"),
        ("Mum gave him Calpol before she dropped him off. I didn't know so I gave him doses at 9 and 12",
         "accidental_extra_dose"),
        # after blind round 162
        ("got a splash of the concentrated footbath stuff right in my eye", "chemical_eye"),
        ("been having a few hypos over the last 2 weeks", "recurring"),
        # after blind round 163
        ("type 2 for years and I've lost some of the feeling in my toes", "numb_feet_gradual"),
        ("diabetic and there's a blister under my big toe from my new work boots", "foot_blister"),
        ("she's on co-codamol 4 times a day and her son's been giving her paracetamol in between", "paracetamol_excess"),
        ("after the run in this heat he's hot to the touch and his skin has gone bone dry", "heatstroke_signs"),
        ("he was boiling to touch and his skin's dry, no sweat at all", "heatstroke_signs"),
        ("my dad keeps asking where he is and what happened", "confusion"),
        ("there's a lump in my armpit that's gone red and it's throbbing", "skin_abscess"),
        ("since lunchtime I've had sweats and chills", "fever"),
        ("I switched to Microgynon a month ago and keep spotting", "contraception_started_recently"),
        ("got a knee to the nose playing rugby", "nose_knock"),
        ("got hit in the nose at netball on friday. the swelling's down and it's bent to the right", "broken_nose"),
        ("chip pan spat at me and got my forearm", "burn"),
        ("mum forgot her levothyroxine this morning, should she double up", "missed_dose"),
        ("could someone go through all his tablets with him and sort them", "medicines_help"),
        # after blind round 164
        ("since her heart attack in the spring she worries about every twinge", "long_term_lung_or_heart"),
        ("my 3 year old got into nan's pill box and I don't know how many he took", "medicine_ingestion_child"),
        ("he sits up at night talking to people who aren't there", "psychosis"),
        ("she says the man upstairs is putting things in her tea to poison her", "psychosis"),
        ("been on pred 5mg a day for my arthritis", "steroid_dependent"),
        ("ran into a lamp post on my bike and was out cold for a few seconds", "head_injury"),
        ("had operation for cataract on Friday and now it's sore", "eye_operation_recent"),
        ("it's like I'm seeing through fog in my right eye", "vision_change"),
        ("had a vasectomy 4 days ago, bit achy", "post_op"),
        ("my operation scar has started itching like mad", "scar_itch"),
        ("the skin round my stoma is sore and the bag keeps leaking", "stoma_skin_or_leak"),
        ("my son's front teeth have gone black at the edges", "tooth_decay"),
        # after blind round 165
        ("out in the sun all day and she's gone really hot, skin dry, not sweating", "heatstroke_signs"),
        ("after the long run his skin is completely dry and there's no sweat at all", "heatstroke_signs"),
        ("there's been a buzzing in my left ear for months", "tinnitus_described"),
        ("I can hear them talking about me through the wall at night", "psychosis"),
        ("forgot sun cream at the beach and my back is red raw", "sunburn"),
        # after blind rounds 188 and 189
        ("she went over on the stairs and now her left foot has flopped outwards", "hip_fracture_signs"),
        ("he has loads of bruises on his shins that he hasn't got from falling off anything", "bruising_unexplained_many"),
        ("my elbow is twice the size it should be and really hot", "hot_swollen_joint"),
        ("he keeps going lots of small amounts and says it stings", "uti_symptoms"),
        ("he won't pee because he says it stings", "uti_symptoms"),
        ("my 3 day old yellow all over, is that normal", "jaundice"),
        ("the end of his toe has gone a purple black colour", "black_toe"),
        ("tingling over my eyebrow and now little bubbles on my forehead", "shingles_face"),
        ("found a tick behind my knee. Now a round mark is spreading round it", "target_rash"),
        ("grey stuff coming out of my privates since the weekend", "sti_symptoms"),
        ("the rubber got torn halfway through", "contraception_emergency"),
        ("a chunk of my back tooth went away when I bit on a crisp", "broken_tooth"),
        ("I have a running stomach since Monday", "diarrhoea"),
        ("the temp went yesterday and today a blotchy rash came out on his back", "roseola"),
        ("she knocked her front tooth last year. It has gone a grey colour since", "tooth_decay"),
        ("she has a bluish patch on her back that has been there since birth", "birthmark"),
        ("came back from holiday with lighter patches on my shoulders that are a bit flaky", "ringworm"),
        ("a dark brown line has come up in my thumbnail", "nail_streak"),
        ("kicked the table leg with my pinky toe last night", "small_toe_knock"),
        ("fell down the last two stairs and my tailbone is really tender", "tailbone_bruised"),
        ("had a one night stand, condom split, want to get checked", "sti_testing"),
        ("awful pain in one nut (sorry, testicle) since this morning", "testicular_pain"),
        # after blind rounds 190 and 191
        ("the vision in my right eye went all of a sudden an hour ago", "sudden_vision_loss"),
        ("like a curtain came down over the sight in her left eye", "sudden_vision_loss"),
        ("ate some mackerel and a bone got caught in my throat, still prickling", "foreign_body_throat"),
        ("nurofen has barely touched this headache since he banged his head", "painkillers_not_helping"),
        ("some nights I lie awake wondering what the point of living is", "suicidal_lay"),
        ("I feel so fat after I eat anything so I skip meals", "eating_disorder"),
        ("saved up all my tablets. won't be around by tomorrow", "suicide_imminent_lay"),
        ("I've never had chickenpox and my friend's little girl came out in spots the day after we visited", "infection_contact"),
        # after rounds 192 and 193: dizziness is its own finding, not a faint; no wee since a clock time; an animal named a
        # sentence before its bite; a foreskin that will not come forward; wee told as a shade of red; a transplant however
        # long ago; a cut to oneself beside a break-up; zaps without "brain"; several people better out of the room
        ("I've felt a bit giddy all morning", "dizzy"),
        ("he hasn't had a wee since about 6 yesterday evening", "no_urine_day"),
        ("our neighbour's terrier is usually soft. Today he sank his teeth into my ankle", "animal_bite"),
        ("his foreskin got pulled back at bath time and now it won't go forward", "paraphimosis"),
        ("my pee has been a reddy colour since Tuesday", "blood_in_urine"),
        ("I had a liver transplant back in 2015 and now I've got a temperature", "on_chemotherapy"),
        ("I cut my wrist again on Friday after my girlfriend dumped me", "self_harm"),
        ("missed two doses of my sertraline and I'm getting zaps in my head", "antidepressant_withdrawal"),
        ("the whole office has headaches and we all feel better outside on our breaks", "carbon_monoxide"),
        # after round 194: a racing heart lasting hours with words between; breathing "not so easy"; smoke breathed in told
        # by its signs after a fire; something flying into the eye while grinding; a scar told as raised or growing; all the
        # saved tablets to be taken tonight; a test wanted after a partner's affair
        ("his pulse has been pounding away for a couple of hours now", "racing_heart_prolonged"),
        ("since this morning the breathing is not so easy for my father", "breathless"),
        ("the chip pan went up in flames. Afterwards I was coughing and my spit is black", "smoke_inhalation"),
        ("I was drilling into the wall and a chip of brick shot into my eye", "eye_penetrating_injury"),
        ("my c-section scar has gone thick and keeps growing past the line", "scar_problem"),
        ("I have stockpiled my sleeping pills and I will take them all this evening", "suicide_imminent_lay"),
        ("found out he cheated on me with his ex. I want to get tested", "sti_testing"),
        # after round 195: bleeding through what is pressed on it; a back told as "bad"; no point "anymore"
        ("we've been pressing on it with a tea towel but it keeps soaking through", "severe_bleeding"),
        ("my back's been playing up all week", "back_pain"),
        ("she keeps saying she can't see the point in living", "suicidal_lay"),
        # dizziness split from fainting: sickness on long car journeys; a hangover told in slang beside the night before
        ("my daughter goes green and dizzy on long car journeys", "travel_sickness"),
        ("feeling rough as anything, too much wine at the works party", "hangover"),
        # a hanging told by where the person was found
        ("my brother found our dad hanging from the banister, he's cut him down", "suicide_imminent_lay"),
        ("first time I smoked a joint I went white as a sheet", "recreational_drugs"),
    ],
)
def test_reads_the_kind(read, text, finding):
    assert finding in present(read(text))


@pytest.mark.parametrize(
    "text, finding",
    [
        ("woke up and the world went grey, then I came round on the floor", "low_mood_lay"),
        ("my jaw clicks and aches when I chew gum", "heart_referred_pain"),
        ("sharp electric shocks in my jaw when I brush my teeth", "heart_referred_pain"),
        ("tripped on the step and split his lip, it gapes", "chapped_lips"),
        ("tiny red spots spreading across her chest, she's fine in herself", "spreading_redness"),
        ("I need someone to cut his toenails, he can't bend", "wound"),
        ("my back aches low down on the left after gardening", "one_sided_lower_abdominal_pain"),
        # idioms and similes
        ("my wife nearly had a fit when she saw the rash", "seizure"),
        ("walking on it fine with a slight limp", "drowsy"),
        ("the dog has had all his jabs", "after_vaccination_described"),
        ("sudden pain in the back of my head like somebody hit me", "head_bump"),
        # worse than usual with no lasting lung condition named: breathless, no flare of anything
        ("I'm more out of breath than usual on the hills", "copd_flare"),
        ("the swelling went down after my run", "blackout_on_exertion"),
        ("I fell over and hurt my knee, walked 3 metres after", "high_energy_injury"),
        ("I have a shadow on my lung from the xray", "sudden_vision_loss"),
        ("my ear's been a bit deaf since my cold started", "sudden_hearing_loss"),
        ("I sleep on my usual two pillows", "orthopnoea"),
        ("someone nicked my bike", "wound"),
        ("I cut my thumb with a kitchen knife", "has_a_weapon"),
        ("a sore lump in my groin since a few weeks back", "renal_colic"),
        ("my blood pressure was checked last week and it was fine", "bp_check_request"),
        # before round 78: sores are not an ache; the age of a thing; a nose spray; a time is no long lie
        ("I have a few sores on my lip", "abdominal_pain"),
        ("fluid filled blisters on his tummy", "swollen_tummy_fluid"),
        ("red spots all over my body and chest", "acne"),
        ("I use a steroid nose spray every day", "angina_worse"),
        ("slipped onto the kitchen floor last night but got straight up", "long_lie"),
        ("used my insulin pen as usual", "severe_allergic_reaction"),
        ("her confusion is no worse than normal", "confusion"),
        ("nobody is dizzy or sick", "dizzy"),
        ("I would like to make this rash disappear", "suicidal_thoughts"),
        ("my tummy hurts and my headache is the worst pain I have ever had", "severe_abdominal_pain"),
        ("I was on antibiotics for a chest infection last month", "chest_infection"),
        ("my legs ache after the gym", "growing_pains"),
        ("I play centre back for a Sunday league team and sprained my ankle", "back_pain"),
        ("I find it hard talking to a stranger on the phone", "speech_problem"),
        ("would you mind if I asked about my rash", "suicidal_thoughts"),
        # before round 80: a trade's tool is no wound; one sentence per thing unless a pattern says so;
        # a cold is not frost; a hot day is no sunburn without the skin
        ("I am a joiner and use a circular saw all day, my wrist aches", "serious_wound"),
        ("It was snowing. My fingers were hard to move because my gloves were thin", "injured_limb_circulation"),
        ("my fingers go white and numb when it's cold", "frostbite"),
        ("It was sunny at the beach. Now he has a temperature and a cough.", "sunburn"),
        ("I walk up the hill to work every day. My chest is fine, I just get a cough.", "chest_pain_on_exertion"),
        # before round 81: an accident with a glass; talking through contractions; a symptom wanted gone;
        # a clinician's advice for if it gets worse; a daily count of tablets
        ("I was drunk and dropped the bottle, the glass cut my hand", "arm_weakness"),
        ("she can't talk through the contractions any more", "speech_problem"),
        ("I just want everything to stop itching", "suicidal_thoughts"),
        ("the GP said if it gets worse I should go to A&E", "sent_to_ae_by_a_clinician"),
        ("I take 10 tablets a day for my heart and sugar", "overdose"),
        # before round 82: tablets too big are no trouble swallowing; a tremor is no weak hand; a denied
        # thirst is no refusal to drink; bumps after shaving are no STI; a pain's quick onset is no
        # ejaculation; a cold office is no hypothermia; sick in a car park is no travel sickness
        ("he can't swallow big tablets, so can he have a liquid", "cannot_swallow"),
        ("my hands tremble so much I can't hold a cup of tea", "arm_weakness"),
        ("she isn't drinking more than usual", "dehydration"),
        ("little itchy spots down below after I shaved", "sti_symptoms"),
        ("the pain came on really quickly after sex", "premature_ejaculation"),
        ("it's freezing cold in our office and I'm confused about my rota", "hypothermia"),
        ("I was sick in the car park after the film", "travel_sickness"),
        ("no dark thoughts about harming myself, and I have people around me", "harm_to_others"),
        ("he walked into the coffee table and has a bump on his forehead", "knock_bruise"),
        # before round 83: an idiom of being busy; spots along the jaw
        ("looking after mum, I've hardly had time to breathe this week", "breathless"),
        ("cystic acne along my jaw, big painful spots", "heart_referred_pain"),
        # after round 83: a cause of death is the dead person's; heavy legs with varicose veins
        ("our neighbour died of a heart attack last month and I keep thinking about it", "cardiac_chest_pain"),
        ("with my varicose veins my left leg gets achy and heavy by the evening", "one_sided_weakness"),
        # after round 84: positions, sizes and similes that are not the finding
        ("a mouth ulcer on my bottom lip, sore and raw", "nappy_rash_described"),
        ("a swelling under my arm the size of a golf ball", "testicular_lump"),
        ("high temperature with shivering fits all night", "seizure"),
        ("my baby has coughing fits that go on and on", "seizure"),
        ("a spot on his chin with a yellow head", "head_bump"),
        # after round 85: skin hot where it is red; a twig's flick; one's own bite; a baby's usual
        # milk; gums swollen all along; a swelling from a sting; steps counted on a watch
        ("her cheeks are red and sore, hot to touch, after the wind", "fever"),
        ("a twig flicked me in the eye while I was hedging, it is watering", "eye_penetrating_injury"),
        ("I bit my cheek eating a sandwich and now it is sore", "bite_severe"),
        ("still taking her milk well but now a blotchy rash on her legs", "food_reaction"),
        ("his gums are puffy and red and bleed when he brushes", "dental_abscess"),
        ("stung on the finger by a bee and it has swollen up massive", "possible_fracture"),
        ("up and down ladders all shift, my apple watch says 30k steps a day", "pulse_very_slow"),
        # after round 86: a fright told as a heart attack; cans of pop
        ("opened the bill and nearly had a heart attack", "cardiac_chest_pain"),
        ("I get through 5 cans of fizzy pop a day", "drinking_cut_down"),
        # after round 89: an age beside a blood pressure; a lump above the collarbone with no injury;
        # a mole gone a funny shape; glucose tablets for a hypo; a wish to lose weight; dizziness denied
        # against unsteadiness; coughing fits
        ("I'm 80 with high blood pressure", "low_bp"),
        ("a hard lump just above her collar bone, no injury", "possible_fracture"),
        ("my mole has gone a funny shape this year", "possible_fracture"),
        ("I had 4 glucose tablets and 2 more after 15 minutes", "overdose"),
        ("I'm trying to lose weight before the wedding", "weight_loss"),
        ("he feels unsteady rather than dizzy", "dizzy"),
        ("she has fits of coughing at night", "seizure"),
        # after round 90: a bruise's colour on a limb; a look to the side; a cold drink; fine at rest;
        # a few drinks at night
        ("it is a little bit swollen and a blue colour on the outside of the ankle", "blue_lips"),
        ("it hurts when he tries to look to the side", "side_pain"),
        ("the tooth twinges when I drink anything cold", "cold_symptoms"),
        ("my calf cramps when I walk, fine when resting", "limb_rest_pain"),
        ("woke up on my arm after a few drinks all night", "excessive_thirst"),
        # after round 91: one's own lip bitten; a shy bladder; an injury that has healed
        ("my son fell over and bit his lip, it bled a lot", "animal_bite"),
        ("I can't pee in public toilets if anyone is around", "urinary_retention"),
        ("I had whiplash last spring which has healed now", "neck_injury"),
        ("a bright red patch on the white of my eye this morning", "eye_surface_lump"),
        # feeling faint or dizzy is not a collapse
        ("I feel really light headed and woozy in this heat", "collapsed"),
        ("she felt like she might pass out in the queue", "collapsed"),
        # after round 95: the weather is no burn; a lump of food is no lump; glands are no swollen face;
        # an ache near the ears is no earache
        ("spots on her back after the park, it was boiling today", "burn"),
        ("a lump of bread went down the wrong way", "lump"),
        ("the glands under his jaw are swollen", "face_swelling"),
        ("my jaw aches near my ears when I chew", "earache"),
        ("he's chatting away to me and watching telly", "psychosis_lay"),
        # after round 97: holes in the patient's own teeth are no bite; a country at home is no trip
        ("my daughter has holes in her teeth and her hand hurts from writing", "animal_bite"),
        ("I warmed up before football and my fingers went white", "frostbite"),
        ("I am from Poland and my son has a rash on his arm", "travel_abroad"),
        # after round 98: chilblains warmed up are no frostbite; a shaky hand is no shivering fit
        ("her toes went red and itchy after the cold and burned when she warmed up, no blisters", "frostbite"),
        ("my hands shake so much when I'm nervous", "rigors"),
        # after round 99: a face's side raised or shut is no arm; a mix-up over the days is no confusion
        ("I can't raise my eyebrow on that side", "arm_weakness"),
        ("grandad got his days muddled with his tablets", "confusion"),
        # after round 100: a child better off with a living parent is no wish to die
        ("since the split he's had enough of the rows and thinks the kids are better off with mum", "suicidal_lay"),
        # after round 98: a burn's colour is no grey skin; biting into something is no bite
        ("hot oil on his arm, big blisters and a patch that looks grey white", "blue_lips"),
        ("I bit into something hard and my tooth hurts", "insect_bite"),
        # after round 102: a burn's own red mark is no spreading redness; agitation is no confusion; one
        # eye or shoulder lower than the other is no testicle
        ("scalded my hand on the kettle, there's a red line across the back of it", "spreading_redness"),
        ("since this morning I feel jittery and agitated", "confusion"),
        ("one of my shoulders sits lower than the other", "testicle_hangs_lower"),
        ("one of his eyelids is hanging lower than the other", "testicle_hangs_lower"),
        # after round 103: a shingles stripe's red blotchy skin is no mottling
        ("a band of red blotchy skin with blisters round my side", "mottled_skin"),
        # after round 104: a jab ruled out by the writer is no jab
        ("temp of 38.3, he had his jabs a month ago so it's not that", "after_vaccination"),
        # after round 105: "no feeling sick" beside an arm is no numbness and no nausea; skin drawn in is
        # the skin's, not a catheter going in
        ("no sweating, no feeling sick, and the ache doesn't spread to my arm", "nausea"),
        ("no sweating, no feeling sick, and the ache doesn't spread to my arm", "arm_weakness"),
        ("it's sore where the tube goes in and she has pain low in her tummy", "severe_breathing_difficulty"),
        # after round 106: spreading redness bigger than a hand is an infection's, not a burn's
        ("the red patch round the bite is bigger than my hand now", "burn_severe"),
        # after round 109: the side of the ribs is no side of the tummy; weeing plenty beside drinking plenty is
        # no frequency; breathless lying flat, nostrils flaring and gasping on waking are not an airway in trouble
        ("a sharp pain along the side of his ribs when he twists", "abdominal_pain"),
        ("she is drinking well and weeing plenty", "uti_symptoms"),
        ("he can't breathe lying down so he sleeps in the chair", "severe_breathing_difficulty"),
        ("her nostrils flare a little with each breath", "severe_breathing_difficulty"),
        ("I have woken up gasping most nights this month", "severe_breathing_difficulty"),
        # after round 110: a heel blister that popped is no torn Achilles; a mole "bigger than last summer" is now
        ("a blister came up on my heel from my new shoes and it popped", "achilles_rupture"),
        # after round 111: "hasn't stopped breathing" denies (and what follows it)
        ("he hasn't stopped breathing or gone blue", "severe_breathing_difficulty"),
        ("he hasn't stopped breathing or gone blue", "blue_lips"),
        ("my mum woke in the night gasping twice last week", "severe_breathing_difficulty"),
        # after round 112: "no joy" after trying something is no low mood
        ("tried a hot drink and some bread, no joy", "low_mood"),
        # after round 113: muffled sounds are hearing, not a muffled voice; not breathing through one nostril
        ("my ear is blocked and everything sounds muffled", "quinsy_signs"),
        ("I can't breathe through my left nostril since the knock", "severe_breathing_difficulty"),
        # after round 114: "can't be far from a toilet" is urgency, not a bladder that will not empty; a burn
        # compared with a hand is not on the hand; a cough that hurts the chest is no tummy sign
        ("weeing all the time and can't be far from a loo", "urinary_retention"),
        ("the burn on his chest is bigger than his hand", "burn_hand_foot"),
        ("my chest hurts when I cough", "pain_on_movement"),
        # after round 115: the rest of a pill packet taken on time is no overdose
        ("missed one pill in the middle of the pack but took all the others on time", "overdose"),
        # after round 116: out for an occasion; the typist's own worry told as paranoid; water drunk
        ("we were out for a meal and she was fine", "fainted"),
        ("am I just being paranoid about this mole", "psychosis"),
        ("I've been drinking plenty of water", "drunk_or_drugs"),
        # after round 119: a child a little sleepier than usual is not drowsy (hard to wake)
        ("she's a bit sleepier than usual with this cold", "drowsy"),
        # after round 117: jabs still to come; food cut up; spots on the tummy that hurt to touch
        ("her 12 week jabs are booked for Friday and she has a cold", "after_vaccination"),
        ("he cuts his food into tiny pieces", "wound"),
        ("the spots on her tummy are sore and she cries if I touch them", "rigid_abdomen"),
        # after round 118: a bad reaction to cannabis ("a whitey") is no overdose
        ("smoked a joint and had a whitey, felt faint for a bit", "overdose"),
        # after round 133: one's own mind that "won't let me"; a shoulder that stops the arm going up; another's
        # guess at what the typist has; loose stools since which the rash began; nails that cannot be cut
        ("my anxiety won't let me leave the house some days", "domestic_abuse"),
        ("I can't lift my left arm higher than my shoulder since I strained it painting", "arm_weakness"),
        ("my mum thinks I'm having a heart attack but it's only when I eat spicy food", "cardiac_chest_pain"),
        ("it's three days since he had watery poos and his bottom is red raw", "constipation"),
        # after round 134: acne's painful lumps on the chest; an ulcer on the lip; a sore gone red and hot; a heart
        # attack told as past; a dose to lower that was forgotten
        ("spots all over his chest, some are painful lumps that leave marks", "chest_pain"),
        ("I've got an ulcer on my bottom lip from biting it", "wound_care"),
        ("the graze has gone red and feels hot but I feel fine", "fever"),
        ("my husband had a heart attack back in the summer and now he's low", "cardiac_chest_pain"),
        ("I forgot to lower my insulin before football and went a bit low", "missed_dose"),
        ("with all this stress my blood pressure must be sky high", "very_high_bp"),  # a guess, not a reading
        # after round 135: swelling that "went down then" came back is no burn; the typist's own aside "that's just my"
        ("stung at the bonfire, it went down then came back bigger", "burn"),
        # after round 136: a face "wonky"; hardly any wee "at all"; stress as a trigger; a pad wet with the waters
        ("her smile looks wonky since this morning", "deformity_words"),
        ("he's hardly had a wee at all today", "urinary_retention"),
        ("I get cold sores when I'm stressed at work", "low_mood"),
        ("clear fluid keeps trickling and my pad is wet through", "heavy_vaginal_bleeding"),
        # after round 137: grit in a graze; music on full blast; pee that burns; feeding a little less; all his tetanus jabs
        ("we got the bits of grit out of his knee", "eye_foreign_body"),
        ("he has the telly on full blast and says we mumble", "sudden_hearing_loss"),
        ("it burns when I pee", "burn"),
        ("he is feeding a little less with his cold", "poor_feeding"),
        ("she grazed her hand, she has had all her tetanus jabs", "tetanus_concern"),
        # after round 139: a tooth's grey colour is no grey skin
        ("his back tooth has gone a brownish grey colour", "blue_lips"),
        # after round 140: a popped blister on a heel is no pressure sore; a sore that "feels warm" is warm there
        ("blisters on both heels, one has popped and is a bit raw", "wound_care"),
        ("the sore on my shin has a red ring round it and it feels warm", "fever"),
        # anxiety as what a medicine is for, or a disclaimer before the question, is background
        ("I take sertraline for my anxiety and now I've got a chesty cold", "anxiety"),
        ("I have health anxiety so I'm probably overthinking this rash", "anxiety"),
        ("my calves ache like I've done a half marathon but I've been sat at my desk", "exercise_soreness"),  # a likeness
        # after round 141: "floppy" said of how one feels is weakness, not the floppy, hard-to-wake patient
        ("I'm feeling weak and floppy after this bug", "drowsy"),
        ("a horribly painful cramp in my right calf woke me at 2am", "calf_swelling"),  # the cramp's pain
        ("I can't feel my fingers or move them properly after the cold", "reduced_fetal_movements"),
        ("the sore spot feels like a bruise when I press it", "bruise"),
        ("it burns when I pass water", "burn"),
        ("crusty sores on his chin and on the back of his hand", "wound_care"),
        ("bringing up phlegm with some blood in it", "vomiting_blood"),
        ("he soaked his foot in a bowl of warm salty water", "waters_broken"),
        ("my dad passed away last month and I could not travel home to be with him", "suicidal_lay"),
        ("since coming off my tablets I get electric shock feelings when I turn my head", "electric_shock"),
        ("will it hurt the baby if I take ibuprofen?", "harm_to_others"),
        ("my eye is itchy and waters all day", "waters_broken"),
        ("I was working on the roof all day and my neck is sunburnt", "suicide_means"),
        ("she's still passing wind and she hasn't lost any weight", "no_wind"),
        ("banged my finger in the car door, it is blue colour now", "blue_lips"),
        # after round 146: a nose or ears "bunged up" are blocked, not a bowel; a week without going out is no
        # constipation; a heart that felt fast beside breathing that is fine is no breathlessness
        ("my nose is really bunged up and I keep sneezing", "constipation"),
        ("both ears feel bunged up since the flight", "constipation"),
        ("I've been a week without going out because of my knee", "constipation"),
        ("her heart felt fast for a bit, but she's calmer now, breathing fine", "breathless"),
        # after round 147: what nearly happened did not; a cold towel is no cold; a leg below the knee is no knee; a
        # drink out of a bottle is no overdose of tablets; childhood jabs are no travel jabs
        ("I nearly fainted in the queue", "collapsed"),
        ("we put cold flannels on his head", "cold_symptoms"),
        ("her leg below the knee is red hot and swollen", "hot_swollen_joint"),
        ("he had a drink out of a bottle of squash", "overdose"),
        # after round 148: "cold turkey" tried is no withdrawal from drugs
        ("I've smoked for years and tried cold turkey last month", "drug_problem"),
        ("my baby is going to have her jabs next week", "travel_vaccines_wanted"),
        # after round 148: a cause named and denied; a walk that cannot be managed is no breath that cannot be got
        ("she says it's beetroot but she hasn't eaten any", "ate_beetroot"),
        ("more out of breath lately, can't get up the stairs without a rest", "severe_breathing_difficulty"),
        ("she says she hopes she won't wake up tomorrow", "unconscious"),
        # after round 151: an egg's size is no food; a lip down below is no face; wet nappies are no wetting; feeling
        # cold is no cold; a cough that is "not a fever" denies the fever only
        ("a lump came up on his forehead the size of an egg", "food_reaction"),
        ("a painful swelling on the lip of my vagina", "face_swelling_allergy"),
        ("she has plenty of wet nappies and mum says she's feeding fine", "incontinence"),
        ("I'm tired and cold all the time lately", "cold_symptoms"),
        ("she hasn't managed a single drop of milk and only one wee today", "urinary_retention"),
        ("cottage cheese stuff on his tongue, sore", "vaginal_thrush"),
        # after round 152: the air's temperature is no body's; a floppy flame no floppy child; "an hour ago" is when, not
        # how long; "nobody pregnant" at home; Crohn's "in remission" no cancer; white spots on huge tonsils no rash
        ("the office hit 34 degrees today and I felt faint", "hypothermia"),
        ("the boiler has a floppy orange flame and we all have headaches", "drowsy"),
        ("had a nosebleed about an hour ago, it stopped after 5 minutes", "nosebleed_prolonged"),
        ("my colitis has been in remission for years", "msk_cancer_history"),
        ("his tonsils are massive and have white spots", "rash"),
        ("took a ball in the nuts at cricket and the left one is swollen", "food_reaction"),
        # after round 153: marks a bite "left" are no rash; the hive is the bees'; a swollen part "and a bit warm" is no
        # fever; a horse fly is no horse; feeling out of shape is no deformity
        ("the cat bit me and left two pinprick marks", "non_blanching_rash"),
        ("stung near the hive this morning", "hives"),
        ("my ankle is swollen and a bit warm after the sting", "fever"),
        ("a horse fly got me on the arm", "animal_bite"),
        ("feeling out of shape since the lockdown", "possible_fracture"),
        # after round 154: "barely" that belongs to eating is no drowsiness; a scabby patch under a nostril is nothing
        # stuck in the nose
        ("she wakes up crying from bad dreams and barely eats", "drowsy"),
        ("crusty yellow patches under his nostril and on his lip", "foreign_body_nose_ear"),
        ("she's all bunged up and sneezy, can't breathe through her nose", "constipation"),
    ],
)
def test_does_not_misread_the_kind(read, text, finding):
    assert finding not in present(read(text))


def test_a_swollen_lip_after_a_knock_is_the_knock(read):
    """The lip swelling is still read (a clinician wants it), with the knock beside it: the
    anaphylaxis rule leaves a knocked mouth to the injury rules unless an allergy's signs come too."""
    reading = read("toddler bumped his mouth on the table and his lip is swollen, no rash, breathing fine")
    assert "mouth_injury" in present(reading)


def test_febrile_seizures_before_keeps_the_fit_told_now(read):
    reading = read("she gets febrile convulsions, she is 2, and just had another one with her temperature, "
                   "she's back to normal now")
    assert {"febrile_seizures_before", "febrile_convulsion"} <= present(reading)



def test_someone_who_has_died_is_not_the_patient(read):
    """"Since my husband passed I can't sleep": the typist's own findings, not the husband's."""
    reading = read("Since my husband passed away I can't sleep and I feel there's no point in anything")
    assert reading.subject == "self"
    assert "low_mood" in present(reading)
    # nor is the next sentence about them, while their own cause of death stays theirs
    reading = read("My husband died last month after a long illness. I'm not sleeping well at all")
    assert reading.subject == "self" and "sleep_problem" in present(reading)
    assert "cardiac_chest_pain" not in present(read("my dad died of a heart attack and now I have chest pain"))
    # someone named only by a pronoun as having died is not the patient either
    reading = read("ever since she died I just want to be with her")
    assert reading.subject == "self" and "suicidal_thoughts" in present(reading)
    # what someone is thanked for being is no new person ("thanks for being a good friend ... he's got pills")
    reading = read("my cousin has sent me messages saying sorry for everything and thanks for being a good friend. He "
                   "rang and said he's got all his tablets out and he's going to take them all tonight.")
    assert reading.subject == "other" and "suicide_immediate_risk" in present(reading)
    # "passed out" is a faint: the one who passed out is the patient
    for text in ("my mum passed out in the kitchen and won't wake up", "she's passed out on the floor and I can't wake her"):
        reading = read(text)
        assert reading.subject == "other" and "unconscious" in present(reading)


def test_a_cause_of_death_is_the_dead_persons_whatever_the_cause(read):
    """"died of/from ..." reaches the few words after it, for any cause, not a list of causes."""
    reading = read("since my brother died of a pulmonary embolism I worry about every twinge")
    assert "pe_named" not in present(reading)
    # it reaches the cause only, not the typist's own clause after it
    assert "anxiety" in present(read("after my colleague died from sepsis I panic when I get a temperature"))


def test_the_loss_is_the_one_left_behinds_and_the_dead_persons_symptoms_are_theirs(read):
    """"My uncle died ... in his lung": the grief is the typist's; "he had chest pains" is his."""
    reading = read("my uncle died from a blood clot in his lung and I keep worrying")
    assert reading.subject == "self" and "grief" in present(reading)
    reading = read("my grandad passed away, he had bad chest pains for weeks before")
    assert reading.subject == "self" and "chest_pain" not in present(reading)


def test_a_condition_told_in_a_who_clause_is_the_persons_named_before_it(read):
    """"a man with a learning disability who has epilepsy": the epilepsy is his, and he is the patient."""
    reading = read("I care for a man with a learning disability who has epilepsy. He had a fit")
    assert {"epilepsy", "seizure"} <= set(present(reading))


@pytest.mark.parametrize(
    "text, not_finding",
    [
        # after round 87: "paranoid" said of one's own worry; "the end of my rope" is tiredness; a place
        # name is never spelling-corrected into a body word
        ("worrying about this lump is making me paranoid", "psychosis"),
        ("at the end of my rope with the kids this week", "suicide_means"),
        ("my girl got a sting at minnis bay, red and sore on her arm", "vulval_soreness_child"),
        # after round 88: the grass being cut is hay fever's season, no wound
        ("sneezing and red puffy eyes every time the grass gets cut", "wound"),
        # a limp as a noun is no floppiness
        ("the limp is getting worse since the weekend", "drowsy"),
        # after round 92: the fit of a stoma bag or a shoe is no seizure; a small size is no large reaction;
        # cystitis that makes one wee three times an hour is not recurrent; a bag of ice on a fingertip
        ("the skin round my stoma is sore, I need to check the fit of the bag", "seizure"),
        ("wasp sting on my hand, the red patch is about 3 cm", "bite_large_reaction"),
        ("cystitis again, weeing 3 times an hour", "recurrent_uti"),
        ("trapped the tip of my finger in the door so I put a bag of ice on it", "amputation"),
        # after round 93: an ice lolly eaten with sore feet is no frostbite
        ("his feet are sore and blistered, he is only managing ice lollies", "frostbite"),
        ("a child who has stopped eating her tea for the last 2 days with a cold", "self_neglect"),
        # after round 94: not being able to cut one's toenails is no wound
        ("I can't cut through her toenails any more", "wound"),
        # after round 108: a fitting fixed to a ceiling, or fitted as a job, is no fit
        ("burnt my thumb on the bulb putting up a new ceiling fitting", "seizure"),
        ("my husband was fitting a new kitchen and cut his hand on a panel", "seizure"),
        # after rounds 121 to 127: spots on the tonsils, mucus beside a blocked nose, a burning behind the breastbone
        # and a pain worse lying flat are those parts'; "blood pressure", scratching till it bleeds, "the bottom of my
        # feet" and streaks on the loo roll name something else; a denied manner of breathing, a vaccine up to date,
        # blood "from my bottom" denied beside "not being sick", and flat coke to drink
        ("my 12 year old has a sore throat and his tonsils are swollen with white spots", "rash"),
        ("nose is blocked up with lots of green mucus and my cheeks ache", "sputum_change"),
        ("every night after tea I get a burning up behind my breastbone", "fever"),
        ("sharp pain in my chest that is worse when I lie flat or breathe in, fine otherwise", "orthopnoea"),
        ("since starting tablets for my blood pressure I have had a dry cough", "coughing_blood"),
        ("my legs itch so much at night I scratch them until they are bleeding", "heavy_vaginal_bleeding"),
        ("the bottom of my feet itch like mad", "itchy_bottom"),
        ("red streaks on the loo roll after a poo", "spreading_redness"),
        ("he has a cold but he's not breathing fast or struggling", "unconscious"),
        ("he has a cold but he's not breathing fast or struggling", "fast_breathing"),
        ("cut my finger on a knife, I'm up to date with tetanus", "tetanus_concern"),
        ("no blood from my bottom, not being sick, just the pain", "vomiting_blood"),
        ("a cold, breathing normal, not working hard to breathe", "breathless"),
        ("tummy bug, he is keeping down sips of water and flat coke and his wee is fine", "dark_urine"),
        # after blind round 128
        ("she just doesnt fit in at her new school", "seizure"),
        ("rough after a party, had lots of fluids and took 2 ibuprofen this morning", "overdose"),
        ("streaming cold, I can't breathe at night through my nose", "severe_breathing_difficulty"),
        ("snotty and bunged up with a cold since Monday", "constipation"),
        ("my asthma is fine, reliever no more than normal", "asthma_worsening"),
        ("caught my finger in the car door, throbbing and the nail has gone purple", "nail_infection"),
        # after blind round 129
        ("had a cough for 4 days bringing up green stuff and feel grotty", "bilious_vomiting"),
        ("I bite my nails when I'm stressed and I cant stop myself", "suicide_immediate_risk"),
        # after blind round 130
        ("hardly sleeping, full of ideas and my mum says I'm talking too fast", "speech_problem"),
        ("no rash or anything, just kind of paranoid after a one night stand", "psychosis"),
        ("found him in the garden, his arms are icy and cold when I touch them", "cold_symptoms"),
        # after blind round 131
        ("his belly button stump looks dry and dark", "hernia"),
        ("feeding well, bonding fine, no low mood and no thoughts of harming the baby", "harm_to_others"),
        # after blind round 132
        ("pregnant, face puffy and spots in my eyes since this morning", "rash"),
        # after blind round 159
        ("the skin has torn back in a big flap on her shin", "tearing_pain"),
        ("grabbed the edge of a disposable bbq on the beach, his palm has come up in blisters", "sunburn"),
        ("itchy welts since yesterday, they come and go", "hives_lasting"),
        ("my knee makes a cracking noise when I squat", "possible_fracture"),
        # after blind round 160
        ("throat really sore, high temp, big swollen glands in his neck", "face_swelling_allergy"),
        ("sitting in the bed with open eyes but she is not awake", "unconscious"),
        ("painful red rash with small blisters like a band on the right side of my chest", "cardiac_chest_pain"),
        ("landed on the side of my foot going for a drop shot", "abdominal_injury"),
        ("today she told me she think about to kill herself", "suicide_immediate_risk"),
        ("missed the last stair and sat down hard on my bottom", "erectile_dysfunction"),
        ("his nose bled this morning, he takes just a tablet for his prostate", "prostate_symptoms"),
        ("gave up energy drinks on sunday and have a headache", "stopped_drinking"),
        ("she has stopped eating her meals with a cold. She's drinking her milk fine", "stopped_drinking"),
        ("nothing in the catheter bag even though I've been drinking tea all afternoon", "drunk_or_drugs"),
        ("itchy bum every night, saw tiny white threads wriggling in his poo", "alcohol_dependence"),
        ("itchy red rash in my groin either side, ring shaped", "renal_colic"),
        ("keep getting little red itchy bumps on my neck after shaving", "hives_lasting"),
        ("she's been skipping lunch and cutting out whole food groups", "self_harm"),
        ("sleeping on 3 pillows now instead of 1", "accidental_extra_dose"),
        # after blind round 161
        ("had it under cool running water for 20 min and took his top off. The skin is bright red", "sunburn"),
        ("need an appointment that fits round his day centre", "seizure"),
        ("midwife checked my blood pressure and wee on tuesday and both were fine", "blood_in_urine"),
        ("had the runs since yesterday, drinking loads of water and peeing fine", "excessive_thirst"),
        # after blind round 163
        ("on ramipril and amlodipine, I've lost a lot of sleep lately", "run_out_of_medicine"),
        ("a furry thick coating on my tongue since the antibiotics", "face_swelling_allergy"),
        ("can I take paracetamol as well as my cold and flu tablets?", "paracetamol_excess"),
        ("no sores or blisters, and my feet feel normal", "foot_blister"),
        ("up and down to the toilet all night. Think it was the damp swimsuit", "urinary_incontinence_lay"),
        ("I get in a muddle with all the appointments", "confusion"),
        ("he took Monday's and Tuesday's tablets from his dosette box together", "medicines_help"),
        # after blind round 164
        ("since his heart attack last year he worries all the time", "cardiac_chest_pain"),
        ("a filling came out of a back molar last night", "back_pain"),
        ("keyhole gallbladder removal on monday, wound is fine", "gallstone_pain"),
        ("she is weeing normally, just eating a bit less", "dehydration"),
        ("2 weeks post birth and the stitches are still sore", "post_op"),
        ("finished antibiotics for an ear infection last week", "earache"),
        # after blind round 165
        ("a blister on my heel about the size of a 5p", "large_skin_area"),
        ("her confusion is the same as always, she just has a cough", "confusion"),
        ("I can hear the neighbours talking through the walls at night", "psychosis"),
        # after blind rounds 179 and 180: pints of water are no drink; "violent" of a cough is no violence; a plaster
        # (with its article) is no cast; an irregular heartbeat a medicine is taken for is no palpitation now; a smile
        # that goes up on one side is no fit; one side of the face numb is no arm or leg
        ("trying to drink 6 pints of water a day for my kidneys", "drunk_or_drugs"),
        ("a violent cough for three days", "harm_to_others"),
        ("put a plaster on it and it's a bit swollen", "plaster_cast_problem"),
        ("she's on apixaban for an irregular heartbeat and has a sore throat", "palpitations"),
        ("only one side of my mouth goes up when I smile and my eye won't shut", "seizure"),
        ("the right side of my face went numb and tingly", "arm_weakness"),
        # after blind round 181: a hernia already repaired is no hernia stuck out; a nose "pissing" blood is no blood in
        # the wee
        ("had my hernia done 10 days ago and the scar has gone hard and red", "hernia_complicated"),
        ("his nose started pissing blood at football", "blood_in_urine"),
        # after blind round 183: a child who will not wake up for school is no wish to die; biting down hard on gauze is
        # no low mood; the irregular heart a medicine is for is no palpitation now
        ("my son doesn't want to wake up for school in the mornings", "suicidal_thoughts"),
        ("I've been biting down hard on the gauze like they said", "low_mood"),
        ("he's on bisoprolol for an irregular heart and has a rash", "palpitations"),
        # after blind rounds 188 and 189: a baby's yellow poo is no jaundice; the cheek of a bum is no sinus; hours of a
        # medicine are no count of tablets; a child bitten by something did not bite; a patch darker than the skin is no
        # blue skin; fat in a fresh cut is no pus; a face that burns with blushing is no burn
        ("my 5 day old has yellow poo, is that ok", "jaundice"),
        ("a throbbing pain in my left bum cheek when I sit", "sinus_symptoms"),
        ("been taking paracetamol for over 48 hours for this toothache", "overdose"),
        ("my toddler got bitten by something in the garden, a red lump", "animal_bite"),
        ("a patch on my shin darker than my normal skin, a purple colour", "blue_lips"),
        ("the cut gapes and you can see fatty yellow stuff in it", "infected_wound_signs"),
        ("I blush all the time, my face burns and I hate it", "burn"),
        ("slipped over and landed on my bum, tailbone is sore", "nappy_rash_described"),
        # after rounds 192 and 193: dizziness alone is no faint; the GP practice called "the surgery" is no operation; a
        # little finger called a pinky is no blood in the wee; a cut to the arm from a knife slipping is no self-harm
        ("I've been a bit dizzy today with this cold", "fainted"),
        ("ran out of my blood pressure tablets 2 days ago and the surgery can't see me till Monday", "post_op"),
        ("I trapped my pinky in the door and had to run it under the tap before I could pee", "blood_in_urine"),
        ("the bread knife slipped and cut my arm, I just want it to stop bleeding", "self_harm"),
        # after round 194: a pounding head for hours is no racing heart; an affair with no test wanted is no test
        ("my head has been pounding for hours and the tablets haven't touched it", "racing_heart_prolonged"),
        ("my wife had an affair years ago and we got past it, now I just want my cholesterol checked", "sti_testing"),
        # after round 195: night sweats alone are no menopause; a towel pressed on a cut is no heavy period; no point in a
        # trip is no thought of suicide
        ("I'm a 60 year old man with night sweats and a cough", "menopause"),
        ("I've had a towel pressed on the cut on his leg and it's soaking", "heavy_vaginal_bleeding"),
        ("I can't see the point of driving all that way for a two minute appointment", "suicidal_lay"),
        ("they found him hanging in the garage after a night out", "hangover"),
        ("I was hanging the washing in the garden when I felt dizzy", "suicide_imminent_lay"),
    ],
)
def test_does_not_read(read, text, not_finding):
    assert not_finding not in present(read(text))


def test_the_typist_as_a_child_is_still_the_typist(read):
    """"Since I was a teenager" is the typist's own past, no child in the conversation."""
    reading = read("the same migraines I've had since I was a teenager, zigzag lights then a headache")
    assert reading.subject == "self"


def test_the_carer_with_a_complaint_now_is_the_patient_beside_someone_told_by_lasting_conditions(read):
    """"He has Parkinson's and dementia ... I've caught myself thinking they'd be better off without me":
    the typist's thoughts now, not the husband's conditions, decide; "caught myself" is no aside."""
    reading = read("my wife has MS and dementia and I care for her. I've caught myself thinking "
                   "everyone would be better off if I wasn't here")
    assert reading.subject == "self" and "suicidal_lay" in present(reading)
    # an aside that closes its clause is still one
    reading = read("my son has had a high temperature and a cough since Monday, not sleeping well myself")
    assert reading.subject == "child"


def test_a_relation_word_said_of_someone_named_is_no_one_new(read):
    """"My son is 12 ... he's a big lad for his age": the lad is the son, with his age."""
    reading = read("my son is 12 and has a limp. he's a big lad for his age and the limp is getting worse")
    assert reading.subject == "child" and reading.age_years == 12
    assert "child_limp" in present(reading)


def test_a_child_told_as_one_with_a_describing_word_is_the_patient(read):
    """"My middle one had a cold ... his eyelid has puffed up": the middle child, not the typist."""
    for text in ("my middle one had a cold and his eyelid is puffed up",
                 "our eldest one has a temperature and her neck is stiff"):
        assert read(text).subject == "child"


def test_the_person_the_typist_says_the_message_is_about_is_the_patient(read):
    """"My eldest has a cold, but it's my daughter I'm writing about": whoever else has findings, the
    person named beside "writing about" or "messaging about" is the patient."""
    reading = read("my husband has had a cold all week but it's my daughter I'm writing about, she is 3 "
                   "and her temperature is 39.2")
    assert reading.subject == "child" and "fever" in present(reading)
    assert "cold_symptoms" not in present(reading)
    # "worried about" says nothing of who the patient is ("I'm not worried about him")
    reading = read("my son has a temperature of 39 and a stiff neck. I'm not worried about my husband's cough")
    assert "stiff_neck" in present(reading)


def test_the_typists_aside_told_as_not_why_they_are_writing_does_not_make_the_typist_the_patient(read):
    """"Our son is 2 weeks old ... I'm sore from my c section but that's not why I'm writing" (read as "that
    isnt why i am writing"): the baby."""
    reading = read("our son is 2 weeks old and hasn't woken for his last feed. I'm still sore from my c section "
                   "but that's not why I'm writing")
    assert reading.subject == "child" and "drowsy" in present(reading)


def test_me_and_my_partner_told_first_makes_the_typist_the_patient(read):
    """"Me and my boyfriend were together ... the condom came off": the typist, told first as a subject, is
    the patient (the emergency pill is hers)."""
    reading = read("me and my boyfriend slept together last night and the condom split")
    assert reading.subject == "self" and "contraception_emergency" in present(reading)


def test_a_person_named_by_their_group_is_the_patient_and_a_size_by_a_hand_names_no_one(read):
    """"One of my year 10s ... her wrist": the pupil, with the school year's number between "my" and the
    group; "grandad says the scald is bigger than his hand": a size, not grandad's scald."""
    reading = read("I'm her form tutor. One of my year 10s fainted in PE and her lips went blue")
    assert reading.subject != "self" and "blue_lips" in present(reading)
    reading = read("one of our older residents has a hot red swollen calf")
    assert reading.subject != "self" and "calf_swelling" in present(reading)
    reading = read("grandad is minding my 3 year old. she tipped his tea on her leg and the scald is bigger "
                   "than his hand")
    assert reading.subject == "child" and "large_skin_area" in present(reading)



def test_a_message_opening_with_an_age_and_a_man_or_woman_gives_the_sex(read):
    assert read("64 year old woman. itchy rash on both arms since friday").sex == "female"
    assert read("58 year old man, sore throat for a week").sex == "male"


def test_a_tummy_swollen_like_a_pregnancy_is_no_pregnancy(read):
    for text in ("my tummy is so swollen it's like I'm expecting", "his belly has ballooned as if he was pregnant"):
        assert read(text).pregnant is not True


def test_a_course_told_of_the_typists_thoughts_does_not_make_the_cared_for_person_the_patient(read):
    """"They keep coming back" qualifies the thoughts; it names no patient."""
    reading = read("I care for my mum who has dementia. I can't sleep and the dark thoughts about ending it "
                   "keep coming back")
    assert reading.subject == "self" and "suicidal_thoughts" in present(reading)


def test_a_person_named_again_after_a_comma_is_the_same_person(read):
    """"One of my students, a 16 year old girl, ... can't catch her breath": the girl is the student, so her
    panic attacks and her racing heart are the one patient's."""
    reading = read("One of my students, a 16 year old girl, has been having panic attacks (racing heart, can't "
                   "catch her breath) before exams")
    assert {"anxiety", "palpitations", "breathless"} <= present(reading)
    reading = read("one of our residents, an 89 year old lady, fell and she has hip pain")
    assert reading.subject != "self" and reading.sex == "female"


def test_the_typists_hot_drink_names_no_one(read):
    """"My toddler pulled my cuppa off the table ... down her arm": the scald is the toddler's."""
    reading = read("my toddler pulled my cuppa off the table and its gone down her arm. 2 blisters have come up. "
                   "she was screaming but shes calmer now")
    assert reading.subject == "child" and "burn" in present(reading)



def test_recent_episodes_told_as_in_the_past_fortnight_are_current(read):
    """"Twice in the past fortnight ... a tight squeezing pain in my chest": recent, not a past illness."""
    assert "chest_pain" in present(read("twice in the past fortnight I've had a squeezing pain in my chest"))
    assert "chest_pain" not in present(read("in the past I've had chest pain"))


def test_the_typists_own_clause_after_a_time_clause_about_someone_else(read):
    """"Ever since my mate had a heart attack I can't stop worrying": the worry is the typist's, the heart attack the
    mate's."""
    reading = read("ever since my brother had a stroke last year I can't stop worrying about my health")
    assert reading.subject == "self" and "anxiety" in present(reading)


def test_a_support_workers_own_words_do_not_make_them_the_patient(read):
    """"I'm a support worker ... I've worked with her 6 years ... temp 38.4": the tenant's temperature."""
    reading = read("im a support worker. one of our tenants is really muddled today and didn't know me, ive worked "
                   "with her for years. temp 38.4")
    assert reading.subject != "self" and {"confusion", "fever"} <= present(reading)


def test_a_carer_reporting_is_not_the_patient(read):
    """"The carer got there 10 mins ago and says that leg looks shorter": the fallen mum's leg, not the carer's."""
    reading = read("my nan fell in the bathroom and can't get up. the carer arrived and says her leg looks shorter "
                   "and turned out")
    assert reading.subject != "self" and "hip_fracture_signs" in present(reading)


def test_a_contrast_with_not_denies_only_the_thing_it_names(read):
    """"It's blood not waters, bright red, soaked a pad": "not" sets one thing against another and reaches only to
    the comma; "I'm not eating, drinking or weeing" still denies the list."""
    reading = read("34 weeks pregnant, it is blood not waters, bright red, soaked through a maternity pad")
    assert "heavy_vaginal_bleeding" in present(reading) and "waters_broken" not in present(reading)
    assert "wheeze" not in present(read("I am not coughing, wheezy or short of breath"))


def test_a_denial_that_ends_at_a_time_is_no_denial(read):
    """"Never had chest pain until today": the pain is there now."""
    assert "chest_pain" in present(read("I've never had chest pain until this morning"))
    assert "chest_pain" not in present(read("I've never had chest pain"))


def test_a_typists_aside_that_tells_an_emergency_makes_the_typist_the_patient(read):
    """"While I've got you, I've had crushing chest pain": an emergency is never an aside."""
    reading = read("my daughter has a bit of a rash on her arm. while I'm here, I've had crushing pain in my chest "
                   "going down my arm for half an hour")
    assert reading.subject == "self" and "cardiac_chest_pain" in present(reading)


def test_someone_found_on_waking_is_the_patient(read):
    """"I woke up at 3 to him drenched in sweat and muddled": his sweat, not the typist's."""
    reading = read("my dad lives with us and I woke up to him soaked in sweat and confused")
    assert reading.subject != "self" and "confusion" in present(reading)


def test_a_professional_named_before_she_said_is_not_the_patient(read):
    """"The practice nurse did an ECG, she said it's anxiety": the typist's anxiety, the nurse only reporting."""
    reading = read("my heart races when I'm stressed. the practice nurse did an ECG and she said it's anxiety")
    assert reading.subject == "self" and "anxiety" in present(reading)


def test_an_illness_at_an_age_told_is_past(read):
    """"He had chickenpox when he was 4": his past, not a contact now."""
    reading = read("my son has a sore throat, he had chickenpox when he was 4")
    assert "chickenpox" not in present(reading) and "sore_throat" in present(reading)


def test_an_age_after_a_name_in_brackets(read):
    """"Baby G (14 months)": an age, not how long it has lasted."""
    reading = read("Baby G (14 months) has had a runny nose since yesterday")
    assert reading.age_years is not None and 1.1 < reading.age_years < 1.2 and reading.duration_days == 1


def test_nobody_pregnant_at_home_is_no_pregnancy(read):
    """"Chickenpox, nobody pregnant at home": a denial, not a pregnancy."""
    assert read("she has chickenpox, nobody pregnant in the house").pregnant is not True


def test_a_babys_weeks_after_she_is_are_her_age(read):
    """"Our first baby. She's 6 weeks and felt hot so I checked, 38.3": the baby's age, not a pregnancy."""
    reading = read("our first baby. she's 6 weeks and felt hot so I checked, 38.3 under her arm")
    assert reading.pregnant is not True and reading.subject == "child" and "fever" in present(reading)



def test_a_first_time_in_a_while_is_not_how_long_it_has_lasted(read):
    """"First run in about a year on Sunday, calves ache now": not a year's illness."""
    assert read("first run in about a year yesterday and my calves ache").duration_days == 1


def test_someone_visited_is_not_the_one_who_travelled(read):
    """"Back from Accra a week ago, was visiting my aunt. Now a fever": the typist's trip."""
    reading = read("got back from Accra a week ago, was visiting my aunt. since yesterday I have a fever and shivers")
    assert reading.subject == "self" and "malaria_area_travel" in present(reading)


def test_a_day_to_come_is_not_when_it_began(read):
    """"We're flying to Spain on Sunday; she's had a cough since Tuesday": the cough's days, not the trip's."""
    cough = read("she has had a cough since tuesday").duration_days
    assert cough is not None and read("we fly to Spain on Sunday and she has had a cough since tuesday").duration_days == cough


# ---- after blind round 155
@pytest.mark.parametrize("text", [
    "my son lifted a hot dish out of the oven without gloves, there are blisters coming up on his fingers",
    "grabbed the pan off the hob by the metal bit, held my hand under the cold tap for ages",
])
def test_a_burn_told_by_the_hot_thing_handled_or_its_first_aid(read, text):
    """"Picked a tray out of the oven with no glove ... blisters", "cooled it under the tap": a burn."""
    assert "burn" in read(text).present()


def test_pain_on_moving_the_eye_told_by_what_the_child_does(read):
    """"Eyelid red and puffy ... he screams when he tries to turn to look to the left": pain on moving the eye."""
    reading = read("his eyelid is red and puffy and he screams when he tries to turn to look to the left")
    assert "painful_eye_movement" in reading.present()


def test_a_part_held_by_a_block_phrase_is_freed_when_the_match_holds_the_phrase(read):
    """"Looks to the side" keeps "side" from being a side; a match whose parts together hold the whole phrase
    ("eye ... cries when she looks | to the side") is read."""
    assert "painful_eye_movement" in read("her eye is swollen and she cries when she looks to the side").present()


def test_double_vision_told_as_two_of_one_person(read):
    """"Says he can see two daddies": double vision; "we saw two doctors" is not."""
    assert "double_vision" in read("he keeps saying he can see two daddies").present()
    assert "double_vision" not in read("we saw two doctors last week about her rash").present()


def test_regular_drug_use_told_by_how_often_or_wanting_to_stop(read):
    """"Smoking cannabis most nights ... says he wants to quit but can't": a drug problem."""
    assert "drug_problem" in read("my daughter is on cannabis most nights").present()
    assert "drug_problem" in read("he uses coke at weekends, he has told me he wants to quit").present()


def test_a_birth_told_as_days_after_the_baby_named_any_way(read):
    """"Day 3 after my second baby", "after having my little boy": recently had a baby."""
    assert "postnatal" in read("day 3 after my second baby and my stitches sting").present()
    assert "postnatal" in read("a week after having my little boy my stitches sting").present()


@pytest.mark.parametrize(
    "text,subject,finding",
    [
        # a relation who tells what they saw past a who-clause reports on the patient, not on themselves
        ("can't stand on that leg, and my daughter who popped in says the foot is pointing outwards", "self",
         "hip_fracture_signs"),
        # "gave birth" passes nothing on: the wife is the patient
        ("Wife gave birth 2 weeks ago. Over the last 2 days she's up all night talking non-stop. Is this just tiredness?",
         "other", "mania_signs"),
        # a clause joined by "and" keeps the subject before it; a sentence opened by "feel" is still the typist's
        ("My son has been throwing up since yesterday and now can't keep even sips of water down.", "child",
         "cant_keep_fluids_down"),
        ("my mum is at work. feel proper confused", "self", None),
        # no one catches COPD: the typist's shingles beside it make the typist the patient, not a source
        ("i care for my wife whos got copd. got a painful stripe of red blisters round the left side of my ribs", "self",
         "shingles_rash"),
        # a lodger is someone named
        ("My lodger has had a throbbing back tooth and now the side of his face has swelled up", "other",
         "facial_swelling_dental"),
        # an ordinal in figures is one word: "had my 2nd baby" is the typist's birth, not a baby's
        ("had my 2nd baby 5 days ago and now a bad headache", "self", "postnatal"),
        # the typist giving someone medicine reports on the patient; "her" as an object is no one's subject
        ("He's on co-codamol for his back and I've been giving him paracetamol in between", "other",
         "paracetamol_excess"),
        ("my little one is 3 months now and I feel so low, crying most days, not enjoying her like I should", "self",
         "low_mood"),
    ],
)
def test_who_the_patient_is_told_past_the_words_between(read, text, subject, finding):
    """Who the message is about, and their finding affirmed, when words between could mislead (rounds 158 to 163)."""
    reading = read(text)
    assert reading.subject == subject
    if finding is not None:
        assert (finding, "affirmed") in {(f.symptom, f.context) for f in reading.findings}


def test_tears_in_the_first_days_after_a_birth_are_the_baby_blues(read):
    """"Keep welling up ... day 5 after the birth": the baby blues."""
    assert "baby_blues" in read("day 5 after having our baby and I keep welling up at nothing").present()


def test_loneliness_told_by_a_life_change_and_what_is_missed(read):
    """"Since the kids left home the days drag": loneliness without the word lonely."""
    assert "loneliness" in read("since the kids left home the days drag and I dont see anyone").present()


def test_a_limb_told_back_to_normal_within_minutes(read):
    """"Slept on my arm ... it came back fully within a few minutes": the feeling came back."""
    assert "limb_feeling_back" in read("slept on my arm and it went numb but it came back fully within minutes").present()


def test_phlegm_told_rust_coloured(read):
    """"Coughing up orange phlegm": phlegm changing colour."""
    assert "sputum_change" in read("coughing up orange phlegm since the weekend").present()


# ---- after blind round 156
def test_a_pregnancy_told_without_i_before_anyone_is_named_is_the_typists(read):
    """"20 weeks pregnant and my niece has measles, never had it myself": the typist is the patient, in contact."""
    reading = read("20 weeks pregnant, never had measles. my niece came out in a rash today and it is measles")
    assert reading.subject == "self" and reading.pregnant is True and "infection_contact" in reading.present()


def test_a_blow_to_the_head_told_with_a_striking_verb_and_whose_head(read):
    """"Clipped her head on the cupboard door": a head injury."""
    assert "head_injury" in read("mum clipped her head on the cupboard door this morning").present()


def test_a_chemical_burn_told_by_the_product_and_the_skin_it_reached(read):
    """"The oven cleaner leaked and went on my hand": a chemical burn."""
    assert "chemical_burn" in read("the oven cleaner tin leaked and went on my hand and wrist").present()


def test_something_that_flew_into_the_ear_is_no_flight(read):
    """"A moth flew into his ear": an insect in the ear, not ear pressure after flying."""
    found = read("a moth flew into his ear and he can feel it fluttering").present()
    assert "insect_in_ear" in found and "ear_pressure" not in found


def test_hearing_told_muffled_and_an_eardrum_hurt_by_a_cotton_bud(read):
    """"Hearing is muffled" is a hearing problem; a cotton bud that went in too far, with blood, a burst eardrum."""
    assert "hearing_problem" in read("since yesterday my hearing is muffled on the left").present()
    assert "perforated_eardrum" in read("the cotton bud went in too far and there was blood on it").present()


def test_a_typists_sentence_ending_on_either_is_an_aside(read):
    """"My son has chickenpox ... I've not eaten either lol": the son is the patient."""
    reading = read("my son (6) has chickenpox spots all over his tummy. I haven't slept either lol")
    assert reading.subject == "child"


def test_a_head_turned_is_no_headache(read):
    """"Neck sore turning my head, bit worse today": the head moved, not a headache getting worse."""
    assert "headache_severe" not in read("my neck is stiff and sore turning my head, bit worse today than yesterday").present()


def test_scratching_the_arms_is_an_itch_unless_the_harm_is_told(read):
    """"Scratching her arms a lot" with jaundice is an itch; "scratches his arms till they bleed" is self-harm."""
    assert "self_harm" not in read("he has been scratching his arms a lot since the rash came").present()
    assert "self_harm" in read("when he is upset he scratches his arms till they bleed").present()


def test_tetanus_told_as_had_and_told_in_doubt(read):
    """"Had all my jabs including the tetanus booster": covered; "not sure he's had his tetanus": a doubt."""
    assert "tetanus_covered" in read("cut my knee, but I had a tetanus booster last year").present()
    assert "tetanus_doubt" in read("not sure if he has had his tetanus jabs").present()


def test_the_roof_of_the_mouth_is_no_roof(read):
    """"An ulcer on the roof of her mouth": no means of suicide."""
    assert "suicide_means" not in read("an ulcer on the roof of her mouth for weeks").present()


def test_the_baby_in_the_womb_told_as_she_is_the_pregnant_patients(read):
    """"34 weeks ... she usually kicks all evening, tonight just a couple of flutters": the typist's baby moving less."""
    reading = read("I'm 34 weeks. she usually kicks all evening but tonight only a couple of flutters")
    assert reading.subject == "self" and "movements_barely_felt" in reading.present()


def test_a_night_terror_told_from_going_to_sleep(read):
    """"Screams and thrashes an hour after he drops off, eyes open, remembers nothing": a night terror."""
    assert "night_terrors" in read("my 5 year old screams and thrashes about after he drops off, and remembers nothing").present()


def test_a_tooth_that_break_in_half(read):
    """"My tooth break in half", as a learner of English may say: a broken tooth."""
    assert "broken_tooth" in read("yesterday my back tooth break in half when eating").present()


def test_wax_told_by_how_much_someone_makes(read):
    """"He gets a lot of wax": ear wax."""
    assert "ear_wax" in read("his ear feels blocked, he gets a lot of wax").present()


# ---- after blind round 157
def test_a_sure_word_between_the_words_of_a_term_is_skipped(read):
    """"The little battery is definitely gone": a small battery missing ("definitely" like "really")."""
    assert "small_battery_missing" in read("the little button battery is definitely gone from the remote").present()


def test_runs_without_the_told_with_how_often(read):
    """"Runs since monday 5 times a day": diarrhoea; "my nose runs since monday" is not."""
    assert "diarrhoea" in read("runs since monday, 5 times a day").present()
    assert "diarrhoea" not in read("my nose runs since monday and I keep sneezing").present()


def test_a_fit_seen_by_a_bystander(read):
    """"Collapsed in the shop jerking", "jerking for 6 minutes now, not stopping": a seizure."""
    assert "seizure" in read("a man collapsed in the queue and is jerking on the floor").present()
    assert "seizure" in read("she has been jerking for 6 minutes now and it is not stopping").present()


def test_a_plain_stop_is_about_drink_only_beside_a_word_for_it(read):
    """"The nosebleed ... stopped completely" is no drinking stopped; beside "vodka" it is."""
    assert "stopped_drinking" not in read("he had a nosebleed and after 10 minutes it stopped completely").present()
    assert "stopped_drinking" in read("I drink a bottle of vodka a day and I want to stop completely tomorrow").present()


def test_genital_discharge_that_burns_is_no_burn(read):
    """"Yellow stuff out of my penis and it burns": an infection's, not a burn."""
    found = read("there is yellow stuff coming out of my penis and it burns").present()
    assert "burn" not in found and "burn_severe" not in found


def test_the_lips_down_there_are_not_the_mouths(read):
    """"A swollen lump on the lips down there": not a lip swelling that can block the airway."""
    assert "face_swelling_allergy" not in read("a swollen painful lump on the lips down there").present()


def test_nothing_used_told_beside_the_partner(read):
    """"Me and my girlfriend didn't use anything on Friday": unprotected sex."""
    assert "unprotected_sex" in read("me and my girlfriend didnt use anything on friday").present()


def test_not_weeing_more_is_no_dehydration(read):
    """"He's not weeing more in the day": no more often than usual, not too little."""
    assert "dehydration" not in read("he is not weeing more in the day and is not thirsty").present()


# ---- after blind round 158
def test_someone_found_on_the_floor_named_any_way(read):
    """"Found Mrs K on her kitchen floor": a long lie; "found tablets on the floor" is a thing found."""
    assert "long_lie" in read("I found Mrs K on her kitchen floor when I came in this morning").present()
    assert "long_lie" not in read("I found tablets on the floor by his bed").present()


def test_pain_that_spreads_into_a_testicle(read):
    """"Pain low in my belly that goes down into my left testicle": a testicle's pain (torsion can start so)."""
    assert "testicular_pain" in read("a pain low in my belly that goes down into my left testicle").present()


def test_no_urine_told_as_not_able_to_pass_anything(read):
    """"Prostate ... since last night he can't pass anything at all": urinary retention."""
    text = "he has an enlarged prostate. since last night he cant pass anything at all and his tummy is swollen"
    assert "urinary_retention" in read(text).present()


def test_pain_on_standing_after_a_fall(read):
    """"It hurts in her groin when she puts weight on it": pain on weight bearing."""
    assert "pain_on_weight_bearing" in read("nan fell yesterday and it hurts in her groin when she puts weight on it").present()


def test_many_times_in_a_year_is_recurring(read):
    """"Tonsillitis 6 times this year": keeps coming back."""
    assert "recurring" in read("I have had tonsillitis 6 times this year").present()


def test_usual_nonsense_is_no_muddled_speech(read):
    """"Walking normally, talking his usual nonsense": a toddler's usual chatter, not muddled speech."""
    assert "speech_problem" not in read("bumped his head, walking normally, talking his usual nonsense").present()


def test_down_before_where_something_goes_is_no_low_mood(read):
    """"A fair bit down my shoulder", "a tingling feeling down my arm": a direction; "feeling down the last few
    weeks" is still a low mood."""
    assert "low_mood" not in read("he brings up milk after feeds, a fair bit down my shoulder").present()
    assert "low_mood" not in read("a tingling feeling down my left arm").present()
    assert "low_mood" in read("I've been feeling down the last few weeks").present()


def test_a_dose_taken_after_someone_handed_it_is_the_typists(read):
    """"My husband handed me the pill box and I took another": the typist's own extra dose."""
    reading = read("took my lansoprazole this morning, then my husband handed me the pill box at lunch and I took another, "
                   "so 60mg today instead of 30")
    assert reading.subject == "self"
    assert "accidental_extra_dose" in reading.present()


def test_single_is_an_intensifier(read):
    """"Hasn't managed to pass a single drop": no urine passed, as "a drop" would say."""
    assert "urinary_retention" in read("he hasnt managed to pass a single drop of water since 6 o'clock").present()


def test_urine_told_redder_and_clots_in_it(read):
    """"His wee has gone much redder ... with clots in it": blood and clots in the urine; a period's clots are not."""
    present = read("his wee has gone much redder than yesterday with a few small clots in it").present()
    assert {"blood_in_urine", "urine_clots"} <= present
    assert "urine_clots" not in read("a heavy period with clots in it and it stings when I wee").present()


def test_a_cable_that_turned_out_live_and_a_jolt_up_the_arm(read):
    """"Grabbed a cable that turned out to be live": an electric shock; an eye socket's jolt of pain is not."""
    assert "electric_shock" in read("I grabbed a cable that turned out to be live, proper jolt right up my arm").present()
    assert "electric_shock" not in read("my eye socket aches and I get a jolt right up into my head").present()


def test_more_than_two_paracetamol_every_few_hours_is_an_overdose(read):
    """"Taking 3 or 4 paracetamol every few hours": a staggered overdose; 2 every 4 hours is the dose."""
    assert "overdose" in read("she has been taking 3 or 4 paracetamol every few hours since yesterday").present()
    assert "overdose" not in read("I take 2 paracetamol every 4 hours for my back").present()


def test_testicle_named_and_the_worst_pain_later_in_the_sentence(read):
    """"It's his left testicle, came on all of a sudden while asleep and he says it's the worst pain": testicle
    pain; "the balls of my feet are agony" is not."""
    text = "its actually his left testicle, came on all of a sudden while he was asleep and he says its the worst pain ever"
    assert "testicular_pain" in read(text).present()
    assert "testicular_pain" not in read("the balls of my feet are agony after the half marathon").present()


def test_a_visit_not_made_yet_is_no_one_unconscious(read):
    """"The midwife isn't coming round till tomorrow": a visit; "fainted and isn't coming round" is unconscious."""
    assert "unconscious" not in read("the midwife isnt coming round till tomorrow afternoon").present()
    assert "unconscious" in read("he fainted and isnt coming round").present()


def test_stains_on_a_boys_sheets_are_wet_dreams(read):
    """"Keep finding stains on his sheets": wet dreams; blood stains are not."""
    assert "wet_dreams" in read("my son is 14 and I keep finding stains on his sheets in the morning").present()
    assert "wet_dreams" not in read("there are blood stains on his sheets from his nose").present()


def test_a_strain_told_by_the_lift_being_done(read):
    """"A twinge in my thigh doing squats": a strained muscle, the gym named by the lift."""
    assert "muscle_strain" in read("felt a twinge in the top of my thigh doing deadlifts last night").present()


def test_swollen_said_of_it_after_a_fall_onto_the_hand(read):
    """"My wrist - I landed on it when I went down and it's swollen": the wrist is swollen."""
    text = "back to normal apart from my wrist - I landed on it when I went down and it's swollen and painful to bend"
    assert "limb_swollen" in read(text).present()


def test_a_twisted_knee_that_will_not_straighten_in_the_next_sentence(read):
    """"Twisted my knee ... Now it's stuck bent, can't straighten it": a locked knee."""
    text = "twisted my knee at netball yesterday. this morning its stuck bent and i cant straighten it"
    assert "knee_locked" in read(text).present()


def test_a_floppy_lip_is_no_floppy_person(read):
    """"Talking ok apart from my lip being floppy": the lip's weakness, not drowsiness; a floppy baby still is."""
    assert "drowsy" not in read("my face has dropped and I'm talking ok apart from my lip being floppy").present()
    assert "drowsy" in read("my baby is floppy and wont wake properly").present()


def test_grunting_told_with_a_fits_jerking_is_no_breathing_grunt(read):
    """"A weird grunting noise and his whole body was jerking": a fit's noise, not a struggle to breathe."""
    present = read("he was making a weird grunting noise and his whole body was jerking for a minute").present()
    assert "seizure" in present and "severe_breathing_difficulty" not in present
    assert "severe_breathing_difficulty" in read("the baby is grunting with every breath").present()


def test_itchy_spotty_blisters_all_over_are_no_burn(read):
    """"Itchy spotty blisters all over his tummy" (chickenpox): no burn; blisters all over after the kettle are."""
    assert "burn_severe" not in read("chickenpox, itchy spotty blisters all over his tummy and back").present()
    assert "burn_severe" in read("he pulled the kettle over, blisters all over his chest and tummy").present()


def test_angina_coming_on_with_less_in_the_next_sentence(read):
    """"Stable angina ... This past week it's coming on with much less, and a lot more often": angina getting worse."""
    text = "I've had stable angina for years, the spray sorts it. This week it's coming on with much less effort"
    assert "angina_worse" in read(text).present()


def test_named_food_sticking_on_the_way_down(read):
    """"Rice and meat get stuck halfway down her chest": difficulty swallowing; meat stuck in the teeth is not."""
    assert "difficulty_swallowing" in read("bread and meat get stuck halfway down my chest").present()
    assert "difficulty_swallowing" not in read("bits of meat get stuck in my teeth").present()


def test_a_limb_that_hurts_is_no_injury(read):
    """"His knee and thigh hurt, no fall": pain, not an injury; "I hurt my ankle" is one."""
    assert "limb_injury" not in read("he says his knee and the front of his thigh hurt").present()
    assert "limb_injury" in read("I hurt my ankle at netball").present()



def test_just_one_of_something_else_is_no_count_of_wees(read):
    """"Wee is normal ... no swelling in just one leg": not one wee; "only had one wet nappy" is."""
    assert "dehydration" not in read("wee is normal colour not dark, no swelling in just one leg").present()
    assert "dehydration" in read("she has only had one wet nappy since this morning").present()


def test_better_off_if_i_wasnt_here_is_the_typists(read):
    """"Everyone, her included, would be better off if I wasn't here": the typist's suicidal thoughts."""
    reading = read("I had my baby 7 weeks ago and I keep thinking everyone, her included, would be better off if "
                   "I wasn't here")
    assert reading.subject == "self" and "suicidal_thoughts" in reading.present()


def test_electric_shock_zaps_felt_in_the_head_are_no_shock_taken(read):
    """"Electric shock zaps in my head" after stopping an antidepressant: a sensation; one off a socket is a shock."""
    assert "electric_shock" not in read("I get weird electric shock zaps in my head when I turn my eyes").present()
    assert "electric_shock" in read("I got an electric shock off the socket and my arm is tingling").present()


def test_driving_myself_mad_scratching_is_no_self_harm(read):
    """"Driving myself mad scratching": itching, not self-harm."""
    assert "self_harm" not in read("thrush again and I'm driving myself mad scratching").present()
    assert "self_harm" in read("I have been scratching myself till it bleeds on purpose").present()


def test_a_not_phrase_reads_after_the_verb_it_joins(read):
    """"Is not regular" reads "isnt regular": a word group's "not regular" still matches it."""
    assert "irregular_pulse" in read("her pulse is not regular this evening").present()
    assert "irregular_pulse" in read("my heart hasn't been regular since lunch").present()
    assert "irregular_pulse" not in read("her pulse is regular this evening").present()


def test_a_testicle_named_then_its_pain_in_the_next_sentence(read):
    """"It's the right testicle. The pain started an hour ago": the testicle's pain, across the full stop."""
    assert "testicular_pain" in read("It's the right testicle. The pain started an hour ago").present()
    assert "testicular_pain" not in read("Checked his testicles. Nothing odd. The pain is in his knee").present()


def test_steering_a_vehicle_into_something_imagined_is_a_suicidal_thought(read):
    """Thoughts about steering (or driving) the car into something, the vehicle named between: suicidal."""
    assert "suicidal_thoughts" in read("I keep having thoughts about driving my car into a tree").present()
    assert "suicidal_thoughts" not in read("I keep thinking about driving my car to the coast").present()


def test_struggling_with_another_verb_before_waking_is_no_drowsiness(read):
    """"Struggling to settle at night, wakes every hour": sleep trouble; "we could barely wake her" is drowsy."""
    assert "drowsy" not in read("she is struggling to settle at night, wakes every hour or so").present()
    assert "drowsy" in read("we could barely wake her this morning").present()


def test_something_running_down_a_part_is_not_feeling_run_down(read):
    """"Sweat running down my face": movement, not feeling run down."""
    assert "generally_unwell" not in read("sweat was running down my face at work").present()
    assert "generally_unwell" in read("I've been feeling run down for weeks").present()


def test_an_eye_that_has_been_watering_for_months(read):
    """"Her eye has been watering for months": a watering eye, told in the perfect."""
    assert "watery_eyes" in read("her left eye has been watering for months now").present()


def test_blood_in_most_of_them_after_a_bowel_flare_is_rectal_bleeding(read):
    """"Going 6 times a day ... blood in most of them": blood in the poo, told of the trips."""
    assert "rectal_bleeding" in read("crohns playing up, going 6 times a day, blood in most of them").present()


def test_a_count_of_urine_infections_told_sentences_later(read):
    """"Cystitis again ... No fever. It's my 4th one this year": urine infections that keep coming back."""
    reading = read("I think I have cystitis again, it stings. No fever or back pain. It's my 4th one since March.")
    assert "recurrent_uti" in reading.present()


def test_the_pain_just_below_the_thumb_after_landing_on_the_hand(read):
    """A fall on the hand, then the pain "just below my thumb" in the next sentence: a possible scaphoid fracture."""
    assert "scaphoid_lay" in read("I slipped on ice and landed on my hand. It really hurts just below my thumb").present()


def test_a_day_in_the_garden_then_red_blistered_skin_is_sunburn(read):
    """Outdoors in the garden all day, then skin bright red or blistered: sunburn."""
    assert "sunburn" in read("he was out in the garden all day and his back is bright red").present()


def test_coming_up_in_an_egg_after_a_knock_is_no_food_reaction(read):
    """"Came up in a huge egg on his head": a bump's swelling; "ate egg and came up in hives" is a reaction."""
    reading = read("he walked into the door and came up in a huge egg on his head")
    assert "food_reaction" not in reading.present() and "head_injury" in reading.present()
    assert "food_reaction" in read("she had egg for breakfast and came up in hives").present()


def test_a_kidney_named_in_a_condition_is_not_where_the_pain_is(read):
    """"Kidney failure ... my back hurts": the back's pain, not the loin's; "my kidney hurts" is."""
    assert "loin_pain" not in read("I have kidney failure and hurt my back lifting a box").present()
    assert "loin_pain" in read("my kidney hurts on the left").present()


def test_where_a_nappy_rash_is_not_does_not_deny_it(read):
    """"A red patch in the nappy area ... nothing outside the nappy": a nappy rash still."""
    reading = read("a sore red patch in his nappy area since Monday. no spots outside the nappy")
    assert "nappy_rash" in reading.present()


def test_plenty_of_wee_among_the_signs_of_being_well_is_no_frequency(read):
    """"Eating fine, weeing lots": a well child; "weeing a lot and it stings" is a urine infection's."""
    assert "uti_symptoms" not in read("runny poo since this morning but eating well, weeing lots").present()
    assert "uti_symptoms" in read("she's weeing a lot and it stings").present()


def test_a_contrast_inside_the_later_sentence_does_not_part_it_from_the_one_before(read):
    """"Fell on my outstretched hand. The wrist looks fine, but it hurts at the base of my thumb": the "but" sets the wrist
    against the pain, not the fall; a "but" opening the sentence still parts them."""
    reading = read("I fell on my outstretched hand. The wrist looks fine, but it hurts at the base of my thumb")
    assert "scaphoid_lay" in reading.present()
    assert "scaphoid_lay" not in read("I fell on my outstretched hand. But the pain is below my knee, not the thumb").present()


def test_ending_it_judged_kinder_or_easier_is_a_suicidal_thought(read):
    """"It would be easier to end it all": suicidal thoughts; "better to end it with him" ends a relationship."""
    assert "suicidal_thoughts" in read("some nights I think it would be easier to end it all").present()
    assert "suicidal_thoughts" not in read("would it be better to end things with my girlfriend").present()


def test_a_grandparent_or_friend_who_died_weeks_ago_is_grief(read):
    """"My grandad passed away two weeks ago": grief, as for a parent."""
    assert "grief" in read("my grandad passed away two weeks ago and I keep crying at work").present()


def test_knowing_no_one_nearby_is_loneliness(read):
    """"I don't know anyone round here": isolation."""
    assert "loneliness" in read("we moved last year and I don't know anyone round here").present()


def test_paracetamol_or_co_codamol_is_one_or_the_other(read):
    """"Taking paracetamol or co-codamol most days": not both together; "paracetamol and co-codamol" is, and either
    still reads with too short a gap ("paracetamol or co-codamol every 2 hours")."""
    assert "paracetamol_excess" not in read("I've been taking paracetamol or co-codamol most days").present()
    assert "paracetamol_excess" in read("I've been taking paracetamol and co-codamol for my back").present()
    assert "paracetamol_excess" in read("she's taking paracetamol or cocodamol every 2 hours").present()


def test_spots_turning_into_blisters_further_along_are_chickenpox(read):
    """"Itchy red spots on my chest and back and some are already turning into little blisters": chickenpox."""
    reading = read("itchy red spots on my chest and back and some of them are already turning into little blisters")
    assert "chickenpox" in reading.present()


def test_runny_nappies_are_diarrhoea(read):
    """"3 runny nappies today": diarrhoea in a baby or toddler."""
    assert "diarrhoea" in read("my 1 year old has had 3 runny nappies today").present()


def test_still_weeing_loads_is_no_frequency(read):
    """"Still weeing loads (nappies are heavy)": a sign of a child drinking well, not a urine infection."""
    assert "uti_symptoms" not in read("sick once but still weeing loads, nappies are heavy").present()


def test_hot_and_cold_by_turns_is_a_temperature(read):
    """"Hot then cold, drenching sweats": a fever told by its swings."""
    assert "fever" in read("since yesterday I'm hot then cold and aching all over").present()
    assert "fever" in read("she goes hot one minute and cold the next").present()


def test_wavy_lines_on_the_skin_are_no_change_in_vision(read):
    """"Little wavy lines between my fingers": a scabies burrow; "straight lines look wavy" is the eye's."""
    assert "vision_change" not in read("itchy at night and some little wavy lines between my fingers").present()
    assert "vision_change" in read("I keep seeing wavy lines in my left eye").present()


def test_frostbite_told_by_the_slopes_and_what_the_cold_left(read):
    """"Skiing ... fingertips ... blood blisters and going dark": frostbite, not Raynaud's."""
    reading = read("I was skiing off piste and got lost. My fingertips are now swollen with blood blisters and going dark")
    assert "frostbite" in reading.present()


def test_a_hit_taken_in_the_side_or_the_tummy_is_a_blow_there(read):
    """"Took a hit in the side in a tackle": a blow to the ribs ("in the stomach": the tummy); "to the side of my head"
    is the head's."""
    assert "rib_injury" in read("took a hit in the side playing rugby tonight").present()
    assert "abdominal_injury" in read("got kicked in the stomach playing football").present()
    assert "rib_injury" not in read("took a knock to the side of my head playing rugby").present()


def test_a_catheter_bag_named_bare_with_nothing_in_it_is_blocked(read):
    """"Dad has a catheter. Bag has had nothing in it since 7am": a blocked catheter."""
    assert "catheter_blocked" in read("dad has a catheter in. bag has had nothing in it since 7am").present()


def test_pain_under_the_left_ribs_is_the_top_left_of_the_tummy(read):
    """"A bad pain under my left ribs": the top left of the tummy (the spleen's side)."""
    assert "left_upper_tummy_pain" in read("I've got a bad pain under my left ribs since the tackle").present()


def test_panic_that_comes_back_in_the_same_places_is_anxiety(read):
    """"I get panicky whenever I leave the house": anxiety; "I'm panicking" about what is asked is not."""
    assert "anxiety" in read("I get panicky whenever I eat out or leave the house").present()
    assert "anxiety" not in read("first baby and I'm panicking, is this rash normal").present()


def test_a_time_set_by_others_leaving_is_a_plan(read):
    """"Going to take the lot once staff leave": a time set for it; gathered medicine read beside it."""
    assert "plan_tonight" in read("he says he's going to take the lot once staff leave").present()
    assert "medicines_gathered" in read("I've got all my mum's sleeping tablets here").present()


def test_a_loss_told_with_when_it_was_is_grief_now(read):
    """"Lost my wife of 55 years last autumn": grief now, the typist's (not the wife's, not 55 years old, not past)."""
    reading = read("lost my wife of 55 years last autumn and I can't seem to pick myself up")
    assert "grief" in reading.present()
    assert reading.subject == "self" and reading.age_years is None


def test_something_that_nipped_is_a_bite(read):
    """"Something nipped me on the forearm": an insect bite; "something a bit odd" is not."""
    assert "insect_bite" in read("something nipped me on the forearm while I was weeding").present()
    assert "insect_bite" not in read("there's something a bit odd about my mole").present()


def test_a_wounds_infection_told_of_it_in_the_next_sentence(read):
    """"Stitches ... The last 2 days there's yellowy stuff coming from it and it smells bad": an infected wound."""
    reading = read("I had stitches in my leg 10 days ago. The last 2 days there's yellowy stuff coming from it and it "
                   "smells bad")
    assert "infected_wound_signs" in reading.present()


def test_a_runny_tummy_is_diarrhoea(read):
    """"Mum has had a runny tummy since yesterday": diarrhoea."""
    assert "diarrhoea" in read("mum has had a runny tummy since yesterday, 4 times").present()


def test_one_small_wee_is_drying_out(read):
    """"Only done one small wee since last night": a sign of dehydration."""
    assert "dehydration" in read("she's only done one small wee since last night").present()


def test_thirst_at_night_and_wetting_the_bed_again_are_diabetes_signs(read):
    """"Asking for drinks through the night ... started wetting the bed again": thirst and weeing more."""
    reading = read("he's been gulping water, asking for drinks through the night, and he's started wetting the bed again")
    assert {"excessive_thirst", "diabetes_symptoms"} <= reading.present()


def test_swelling_that_goes_back_down_overnight(read):
    """"My ankles swell up by the evening and go back down overnight": swelling that settles overnight."""
    assert "swelling_goes_down_overnight" in read("my ankles swell up by the evening and go back down overnight").present()


def test_a_loud_crack_or_no_way_to_stand_on_it_is_a_possible_break(read):
    """"My ankle went under me with a loud crack ... no way I can stand on it": a possible fracture."""
    assert "possible_fracture" in read("my ankle went under me with a loud crack").present()
    assert "possible_fracture" in read("twisted my ankle and there's no way I can stand on it").present()
    assert "possible_fracture" in read("hurt my knee and I've been shuffling upstairs on my bum").present()


def test_painkillers_that_help_but_not_enough_are_not_helping(read):
    """"Ibuprofen and a hot water bottle help a bit but not enough": the painkillers are not enough."""
    reading = read("ibuprofen and a hot water bottle help a bit but not enough")
    assert "painkillers_not_helping" in reading.present()


def test_a_reliever_counted_in_puffs_every_few_hours_is_asthma_getting_worse(read):
    """"Needing 2 puffs every 3 to 4 hours": the reliever needed often."""
    assert "asthma_worsening" in read("she's needing 2 puffs every 3 to 4 hours and coughing at night").present()


def test_a_filling_told_in_the_plain_form_of_the_verb(read):
    """"Filling fall out from my back tooth": a lost filling."""
    assert "dental_repair" in read("filling fall out from my back tooth when eating bread yesterday").present()


def test_tablets_set_out_beside_a_time_set_are_a_plan_whoever_else_is_named(read):
    """"I've got them all out on the kitchen table ... going to take them tonight once the kids are at their dad's":
    the means and the time are the typist's, whoever else the time is told by."""
    reading = read("I've got them all out on the kitchen table and I'm going to take them tonight once the kids are at "
                   "their dads")
    assert {"medicines_gathered", "plan_tonight"} <= reading.present()


def test_a_dog_that_caught_a_hand_is_a_bite(read):
    """"Farm collie caught my hand": an animal bite."""
    assert "animal_bite" in read("the farm collie caught my hand this morning, 2 puncture holes").present()


def test_a_chip_off_a_tooth_after_a_trip_is_a_tooth_injury(read):
    """"Tripped on the step and knocked his mouth. His front tooth has a small chip off the corner": an injured tooth."""
    reading = read("he tripped on the back step and knocked his mouth. his top front tooth has a small chip off the corner")
    assert "tooth_injury" in reading.present()


def test_someone_who_has_left_is_not_the_patient(read):
    """"Decided to stop drinking after my girlfriend left": the typist stopped; "my husband left for work and then he
    rang with chest pain" is still his."""
    reading = read("Decided to stop drinking after my girlfriend left. Now my hands are shaking")
    assert "stopped_drinking" in reading.present() and reading.subject == "self"
    assert read("my husband left for work and then he rang to say he has chest pain").subject == "other"


def test_the_rest_of_a_box_swallowed_is_an_overdose(read):
    """"I've just swallowed the rest of the box, about 25": an overdose."""
    assert "overdose" in read("I've just swallowed the rest of the box, about 25, half an hour ago").present()


def test_a_foreskin_stuck_pulled_back_is_paraphimosis(read):
    """"His foreskin is stuck pulled back behind the head": paraphimosis."""
    assert "paraphimosis" in read("his foreskin is stuck pulled back behind the head and swollen").present()


def test_a_shadow_creeping_over_the_sight_is_sudden_vision_loss(read):
    """"Flashes and floaters ... now a grey shadow creeping down from the top": a possible retinal detachment."""
    reading = read("new floaters and flashes in the left and now there's a grey shadow creeping down from the top")
    assert "sudden_vision_loss" in reading.present()


def test_drinks_counted_before_a_knock_are_drink(read):
    """"Had about 7 pints then slipped and hit his head": drink before the injury, which the head injury rules read."""
    reading = read("he'd had about seven pints then slipped on the steps and hit his head")
    assert {"drunk_or_drugs", "head_injury"} <= set(reading.present())


def test_a_bone_broken_in_the_plain_form_and_its_plaster(read):
    """"She break her wrist ... they put plaster on. Now her hand is swollen": a fracture and a cast with a warning sign."""
    reading = read("she break her wrist on saturday, they put plaster on at the hospital. now her hand is very swollen")
    assert {"possible_fracture", "plaster_cast_problem"} <= set(reading.present())


def test_a_back_told_as_bad_is_back_pain(read):
    """"Her back's been really bad all week": back pain."""
    assert "back_pain" in read("her back has been really bad all week and the tablets do nothing").present()


def test_a_finger_that_will_not_bend_after_a_cut_told_later(read):
    """A cut told, then a sentence on the finger's end that cannot be bent: a cut tendon."""
    reading = read("cut my thumb on a broken glass in the sink. It's stopped bleeding now but I cannot bend the tip of my thumb")
    assert "cut_nerve_tendon" in reading.present()


def test_shivers_told_with_their_force_are_rigors(read):
    """"Uncontrollable shivers all evening": rigors."""
    assert "rigors" in read("uncontrollable shivers all evening and aching everywhere").present()


def test_letters_written_for_the_family_are_affairs_settled(read):
    """"Wrote letters to my kids": read as settling affairs, which the suicide rules read beside the means."""
    assert "settling_affairs" in read("I wrote letters to my kids last night and I have the tablets ready").present()


def test_violence_is_still_read_when_told_of_a_person(read):
    """"He turned violent last night": still violence."""
    assert "harm_to_others" in read("my son turned violent last night and punched the door").present()


def test_a_baby_said_to_be_not_theirs_or_to_be_sent_to_god_after_a_birth(read):
    """After a birth, "the baby isn't my baby" is postpartum psychosis; a baby to be "sent to heaven" is in danger."""
    reading = read("my partner gave birth 2 weeks ago and now she says the baby is not my baby and she has to send him to heaven")
    assert {"postpartum_psychosis", "harm_to_others"} <= set(reading.present())


def test_mania_told_in_plain_words(read):
    """"He doesn't sleep, he talks so fast": mania."""
    assert "mania_signs" in read("for three nights he doesn't sleep and he talks so fast I can't follow").present()


def test_an_itch_worst_between_the_fingers_is_scabies(read):
    """"Itchy everywhere but worse between my fingers" (after the "but" that parts a word group): scabies."""
    assert "scabies" in read("itchy everywhere, but worse between my fingers at night").present()


def test_a_recovery_to_the_normal_self_is_back_to_normal(read):
    """"Back to his normal self" after a fit: recovered."""
    assert "usual_seizure_recovered" in read("he had a short fit with his fever and now he's back to his normal self").present()


def test_balance_lost_told_by_toppling(read):
    """"Suddenly ... keeps toppling to the right": sudden loss of balance."""
    reading = read("an hour ago she suddenly went dizzy. She keeps toppling to the right when she stands")
    assert "sudden_balance_loss" in reading.present()


def test_a_replaced_heart_valve_is_read(read):
    """"Had my mitral valve repaired": an artificial or repaired heart valve."""
    assert "heart_valve_replaced" in read("I had my mitral valve repaired in 2019 and now a temperature").present()


def test_pharmacy_drops_that_have_not_done_much(read):
    """"The pharmacist's drops haven't done much": a pharmacy medicine not helping."""
    reading = read("the pharmacist gave me drops last week and they haven't done much")
    assert "pharmacy_medicine_not_helping" in reading.present()


def test_a_pulse_told_as_the_heart_going_at_a_number(read):
    """"Heart going 170 on my watch": a very fast pulse; a watch the number is read on hides no hypothetical."""
    reading = read("heart going 170 on my watch for the last half hour and my chest feels tight")
    assert {"pulse_very_fast", "chest_pain"} <= set(reading.present())


def test_a_hernia_that_has_stayed_out_told_a_sentence_later(read):
    """"The GP said it's a hernia. Since this afternoon it's stayed out": a hernia that will not go back."""
    reading = read("the GP said the bulge is a hernia. Since this afternoon it has stayed out and he is being sick")
    assert "hernia_complicated" in reading.present()


def test_a_new_mothers_worry_told_by_her_own_mother(read):
    """"She had a baby in March ... she is always worried and not happy anymore": postnatal low mood."""
    reading = read("my daughter had a baby in march. since then she is always worried and she is not happy anymore")
    assert "postnatal_mood_lay" in reading.present()


def test_a_nosebleed_told_in_slang(read):
    """"My nose is pissing blood": a nosebleed."""
    assert "nosebleed" in read("my nose is pissing blood and won't stop").present()



def test_upper_tummy_pain_through_to_someone_elses_back(read):
    """"Bad pain at the top of her stomach going straight through to her back": pancreatitis's pain."""
    reading = read("my wife has bad pain at the top of her stomach going straight through to her back and keeps being sick")
    assert "pancreatitis_signs" in reading.present()


def test_wee_told_as_weed_red(read):
    """"Peed pink twice today": blood in the wee (beetroot decides only when it is told)."""
    assert "blood_in_urine" in read("peed pink twice today and it stings a bit").present()


def test_wild_mushrooms_picked_and_eaten_are_a_poisoning(read):
    """"Foraged some mushrooms on a walk and fried them for lunch": a possible poisoning."""
    reading = read("we foraged some mushrooms on our walk and fried them for lunch. now my son has tummy ache")
    assert "poisoning" in reading.present()
    assert "poisoning" not in read("I picked some mushrooms to take a photo of them").present()


def test_not_wanting_to_wake_up_tomorrow_told_of_someone(read):
    """"My brother says he doesn't want to wake up tomorrow": a wish to die."""
    assert "suicidal_thoughts" in read("my brother says he doesn't want to wake up tomorrow").present()


def test_a_tooth_out_still_bleeding_after_the_hours_since(read):
    """"Had a wisdom tooth out this morning and it's 8 hours later and still bleeding": bleeding after an extraction."""
    reading = read("had my tooth out this morning, it's 8 hours later and it is still bleeding")
    assert "dental_bleeding" in reading.present()


def test_a_face_swollen_from_a_tooth_told_past_its_side(read):
    """"Her face has ballooned on one side from an abscess": facial swelling from a tooth."""
    reading = read("her face has ballooned on one side from an abscess on her back tooth")
    assert "facial_swelling_dental" in reading.present()


def test_an_eating_disorder_told_by_thinness_and_eating(read):
    """"He's skin and bone and hardly eats": a possible eating disorder."""
    assert "eating_disorder" in read("my son is skin and bone these days and hardly eats anything").present()


def test_thirst_with_getting_up_at_night_to_wee(read):
    """"A glass of water to bed and up in the night to wee": diabetes symptoms."""
    reading = read("he takes a glass of water to bed and is up in the night to wee")
    assert "diabetes_symptoms" in reading.present()


def test_the_heart_felt_as_uneven(read):
    """"My heart feels uneven and jumpy": an irregular heartbeat."""
    assert "irregular_pulse" in read("since tuesday my heart feels uneven and jumpy").present()


def test_a_hedge_after_cannot(read):
    """"I can't seem to catch my breath": read as "can't catch my breath"."""
    assert "breathless" in read("since lunch I can't seem to catch my breath").present()


def test_a_joint_named_as_how_far_a_red_line_tracks(read):
    """"A red line going up to his knee from a cut on his shin": how far the line tracks, not a sore joint."""
    present = read("a cut on his shin is swollen and there's a red line going up to his knee").present()
    assert not {"hot_swollen_joint", "joint_pain"} & present
    assert "lymphangitis" in present


def test_a_hearing_aid_that_whistles(read):
    """"Her hearing aid keeps whistling": its feedback, no tinnitus; ears that whistle still are."""
    assert "tinnitus_described" not in read("her hearing aid keeps whistling at her").present()
    assert "tinnitus_described" in read("my ears have been whistling since the concert").present()


def test_every_time_i_go_tells_when(read):
    """"Every time I go I check the paper": when, not weeing all the time."""
    assert "uti_symptoms" not in read("I'm nervous all the time and look at the paper every time I go").present()


def test_wiping_told_in_any_tense(read):
    """"Blood on the paper when I wiped" at 10 weeks: bleeding in pregnancy."""
    assert "pregnancy_bleeding" in read("I'm 10 weeks pregnant and there was blood on the paper when I wiped").present()


def test_light_sensitivity_told_by_an_eye_kept_shut(read):
    """"He won't open his eye when the light is on": light hurting the eye."""
    assert "light_sensitivity" in read("his eye is red and he won't open his eye when the light is on").present()


def test_anxiety_told_by_a_tight_chest_with_the_worry(read):
    """"My chest gets tight with the stress": anxiety told by its body sign."""
    assert "anxiety" in read("for months my chest gets tight with the stress of it all").present()


def test_a_vasectomy_told_with_how_recent(read):
    """"Had the snip last week": a recent vasectomy; one years ago is not."""
    assert "recent_vasectomy" in read("I had the snip last week and it's still achy").present()
    assert "recent_vasectomy" not in read("I had a vasectomy years back and now my knee hurts").present()


def test_skin_freed_from_a_zip(read):
    """"Caught in his zip but he got it free": freed; tweezers getting a splinter out are not a zip's."""
    assert "zip_freed" in read("he caught himself in his zipper but he got it free in the end").present()
    assert "zip_freed" not in read("a splinter in my thumb, I got it out with tweezers").present()


def test_memory_told_by_questions_asked_again_and_the_way_home_lost(read):
    """"Keeps asking the same question", "got lost on her way home": memory problems."""
    assert "memory_problems" in read("mum asks the same question over and over now").present()
    assert "memory_problems" in read("she got lost on her way home from the shops").present()


def test_jet_lag_told_as_the_body_clock(read):
    """"My body clock is all over the place since the flight": jet lag."""
    assert "jet_lag" in read("since the long flight my body clock is all over the place").present()


def test_sciatica_from_the_buttock_to_the_calf(read):
    """"An ache from my buttock down to my calf": sciatica."""
    assert "sciatica" in read("a nagging ache from my buttock down to my calf").present()


def test_an_eye_caught_by_claws_or_nails(read):
    """"The cat caught my eye with its claws": an eye injury."""
    assert "eye_injury" in read("the cat caught my eye with its claws this morning").present()


def test_pallor_and_yellow_told_by_comparison(read):
    """"Much paler than usual", "inside her eyelids very pale", "more yellow": pallor and jaundice."""
    assert "pale_skin" in read("she looks much paler than usual today").present()
    assert "pale_skin" in read("inside her eyelids are very pale").present()
    assert "jaundice" in read("the whites of his eyes look more yellow today").present()


def test_a_wound_told_as_weepy(read):
    """"The wound is weepy": a wound with signs of infection."""
    assert "infected_wound_signs" in read("the wound on my knee is weepy").present()


def test_a_swelling_of_the_scrotum_still_getting_bigger(read):
    """"His scrotum has swollen up and keeps growing": a growing swelling there; a growing lump elsewhere is not."""
    assert "scrotum_swelling_growing" in read("since the op his scrotum has swollen up and it keeps growing").present()
    assert "scrotum_swelling_growing" not in read("a lump that's growing on my arm").present()


def test_pain_beyond_what_a_wound_has_any_right_to_be(read):
    """"Hurts far worse than a small cut has any right to": pain out of proportion; "unreal" pain is severe."""
    assert "pain_out_of_proportion" in read("it hurts far worse than a small cut has any right to").present()
    assert "severe_pain" in read("the pain was insane last night").present()
    assert "severe_pain" not in read("everything feels unreal lately").present()


def test_putting_something_down_to_a_cause(read):
    """"I put it down to the weather": blaming, not a foot that can't be put down."""
    assert "possible_fracture" not in read("my knees are stiff but I put it down to the weather").present()


def test_hardly_any_of_something_else(read):
    """"Peeing fine, hardly any swelling": no dehydration; "hardly any wee" still is."""
    assert "dehydration" not in read("peeing fine, hardly any swelling now").present()
    assert "dehydration" in read("he's had hardly any wee today").present()


def test_a_soft_lump_in_the_neck_is_a_gland(read):
    """"A small lump in his neck, moves about, the size of a pea": a gland, no head swelling."""
    present = read("a squishy lump in his neck that moves about, the size of a pea").present()
    assert "swollen_glands" in present
    assert "large_head_swelling" not in present


def test_dementia_known_or_feared(read):
    """"He has early dementia": known; "I think it might be early dementia": a memory worry."""
    present = read("he has early dementia and a cough").present()
    assert "dementia_known" in present and "memory_problems" not in present
    assert "memory_problems" in read("I think it might be early dementia").present()


def test_protection_not_used_in_the_perfect_tense(read):
    """"A new girlfriend and we haven't been using condoms": unprotected sex."""
    assert "unprotected_sex" in read("got a new girlfriend and we haven't been using condoms").present()


def test_an_overdose_planned_as_taking_the_lot(read):
    """"A box of paracetamol and I'm going to take the lot later": about to act; daily tablets are not."""
    assert "suicide_immediate_risk" in read("I've got a box of paracetamol and I'm going to take the lot later").present()
    assert "suicide_immediate_risk" not in read("I take all of my tablets in the morning with breakfast").present()


def test_someone_up_high_saying_they_will_jump(read):
    """"She's on the ledge saying she's going to jump": about to act."""
    assert "suicide_immediate_risk" in read("my sister is on the ledge saying she's going to jump").present()


def test_no_point_in_being_alive(read):
    """"He says there's no point in living any more": thoughts of suicide."""
    assert "suicidal_thoughts" in read("he keeps saying there's no point in living any more").present()


def test_a_bump_told_as_hard_and_a_pad_as_full(read):
    """"My tummy is hard all the time" at 34 weeks; "my pad is already full": abruption signs, heavy bleeding."""
    assert "abruption_signs" in read("34 weeks pregnant and my tummy is hard all the time").present()
    assert "heavy_vaginal_bleeding" in read("bleeding and my pad is already full after half an hour").present()


def test_waters_told_coming_out_from_down_there(read):
    """"Some water is leaking from down there" at 30 weeks: the waters."""
    assert "waters_leaking" in read("I'm 30 weeks and some water is leaking from down there").present()


def test_drooling_told_as_spit_running_out(read):
    """"Spit is running out of her mouth", "won't swallow, even her own spit": drooling, saliva not swallowed."""
    assert "drooling" in read("spit is running out of her mouth all the time").present()
    assert "swallow_saliva_difficulty" in read("she won't swallow anything, even her own spit").present()


def test_a_fingertip_off_the_finger_named(read):
    """"Chopped the tip of my little finger off": an amputation."""
    assert "amputation" in read("I chopped the tip of my little finger off with a knife").present()


def test_sweet_breath_and_a_meter_reading_hi(read):
    """"His breath smells sweet", "her meter just says HI": ketoacidosis signs, high sugar."""
    assert "dka_signs" in read("he is type 1 and his breath smells sweet").present()
    assert "high_blood_sugar" in read("her meter just says HI").present()


def test_a_fit_told_by_the_one_who_saw_it(read):
    """"Jerking all over and we couldn't wake him": a seizure."""
    assert "seizure" in read("he was jerking all over and we couldn't wake him for a bit").present()


def test_double_vision_in_the_plain_present(read):
    """"She sees double": double vision."""
    assert "double_vision" in read("since the fall she sees double").present()


def test_a_ball_named_by_its_game_to_the_eye(read):
    """"Got hit by a tennis ball in the eye": an eye injury."""
    assert "eye_injury" in read("got hit by a tennis ball in the eye at the club").present()


def test_groin_pain_after_a_fall(read):
    """"Slipped on the ice and now there's pain in my groin": hip pain."""
    assert "hip_pain" in read("I slipped on the ice and now there's pain in my groin").present()


def test_walking_only_on_the_heel_after_a_weight_dropped(read):
    """"Dropped a heavy box on my foot and can only walk on my heel": a possible fracture."""
    assert "possible_fracture" in read("dropped a heavy box on my foot and I can only walk on my heel").present()


def test_flu_told_by_how_fast_it_came(read):
    """"It came on so fast, I'm aching all over": flu."""
    assert "flu_covid" in read("it came on so fast, I'm aching all over and shivery").present()


def test_an_abscess_told_as_a_gumboil(read):
    """"A gum boil above my tooth": a dental abscess."""
    assert "dental_abscess" in read("there's a gum boil above my back tooth").present()


def test_weight_told_as_lines_dropped_on_the_chart(read):
    """"She's dropped two lines on her weight chart": not gaining weight."""
    assert "not_gaining_weight" in read("the baby has dropped two lines on her weight chart").present()


def test_anxiety_told_as_a_state_about_going_out(read):
    """"I get in a state about leaving the house": anxiety."""
    assert "anxiety" in read("I get in a state about leaving the house these days").present()


# ---- after blind rounds 196 and 197

def test_arm_ache_spreading_into_the_arm(read):
    """An ache told going "down into her arm" is the arm ache a heart can cause; an arm sore after the gym is not."""
    assert "heart_referred_pain" in read("a dull ache from her shoulder running down into her arm, and she's clammy").present()
    assert "heart_referred_pain" not in read("my arm aches after the gym yesterday").present()


def test_stroke_signs_told_plainly(read):
    """A mouth "hanging down" on one side, words "all mixed", a cup that fell out of the hand: stroke signs; a phone
    that slipped and cracked, or trousers hanging down, are not."""
    assert "face_droop" in read("one side of her mouth is hanging down").present()
    assert "face_droop" not in read("his trousers are hanging down, he has lost weight").present()
    assert "speech_problem" in read("his words are all mixed and I can't follow him").present()
    assert "arm_weakness" in read("the cup fell out of her hand at lunch").present()
    assert "arm_weakness" not in read("my phone slipped out of my hand and the screen cracked").present()


def test_thoughts_of_dying_reported(read):
    """Someone reported saying others would be better without him, or thinking about dying: suicidal thoughts; a team
    that plays better without a player is not."""
    assert "suicidal_thoughts" in read("my husband says the kids would be better without him").present()
    assert "suicidal_thoughts" in read("my flatmate keeps thinking about dying").present()
    assert "suicidal_thoughts" not in read("the team plays better without him, he says").present()


def test_cut_length_in_numbers(read):
    """A cut 2 cm or more, by its number, may need closing; a 1 cm cut does not."""
    assert "wound_needs_closure" in read("caught my shin on the trailer. The cut is about 4 cm long").present()
    assert "wound_needs_closure" not in read("a 1 cm cut on my finger from a tin lid").present()


def test_headache_waking_told_a_sentence_later(read):
    """Headaches, then "they've woken her up twice" in the next sentence: a headache's warning sign."""
    assert "headache_red_flags" in read("She keeps getting headaches. They've woken her up at night twice this week.").present()
    assert "headache_red_flags" not in read("She keeps getting headaches when she's tired.").present()


def test_sore_told_by_its_cycle(read):
    """A sore that scabs, then "comes back" again: a sore that will not heal; a graze that scabbed and healed is not."""
    assert "skin_sore_not_healing" in read("There's a sore on the rim of my ear. It scabs over and then it comes back.").present()
    assert "skin_sore_not_healing" not in read("the graze on his knee scabbed over and healed").present()


def test_a_person_told_burning_hot(read):
    """"He's burning hot": a temperature; an ankle that feels burning hot is the ankle's."""
    assert "fever" in read("he's burning hot and shivering under the duvet").present()
    assert "fever" not in read("my ankle feels burning hot at night").present()


def test_sense_of_doom_told_of_someone_else(read):
    """"He keeps saying he's going to die": the feeling that something is seriously wrong."""
    assert "sepsis_feeling" in read("he keeps saying he's going to die").present()
    assert "sepsis_feeling" not in read("she's scared of flying").present()


def test_same_questions_told_as_new(read):
    """The same questions again, "which isn't like him": new confusion; the same questions for a year are memory."""
    assert "confusion" in read("dad keeps asking the same thing over and over, which isn't like him").present()
    assert "confusion" not in read("mum has been asking the same questions for about a year now").present()


def test_an_infection_caught_told_as_my_turn(read):
    """"My husband had chickenpox and now it's me": the patient's own chickenpox; "I've never had it" is only contact."""
    assert "chickenpox" in read("my husband had chickenpox last week and now it's me").present()
    contact = read("my husband had chickenpox last week and I've never had it, I'm 30 weeks pregnant").present()
    assert "chickenpox" not in contact and "infection_contact" in contact


def test_pharmacy_medicine_barely_any_better(read):
    """Drops from the chemist "barely any better": a pharmacy medicine that has not helped."""
    assert "pharmacy_medicine_not_helping" in read("tried the drops from the chemist for a week, barely any better").present()


def test_food_stuck_then_nothing_gets_past(read):
    """Food stuck, and in the next sentence not even water gets down: cannot swallow; a seed stuck in a tooth is not."""
    stuck = "A chunk of chicken is stuck. I can't even swallow water, it comes straight back up."
    assert "cannot_swallow" in read(stuck).present()
    assert "cannot_swallow" not in read("a seed got stuck in my back tooth").present()


def test_coughing_on_drinks_is_food_going_the_wrong_way(read):
    """Spluttering with every drink: signs that drink goes into the airway (and a swallowing problem)."""
    assert {"aspiration_signs", "difficulty_swallowing"} <= read("grandad splutters every time he drinks now").present()
    assert "aspiration_signs" not in read("he coughs at night when he lies down").present()


def test_something_flying_into_the_eye(read):
    """A stone flying up into the eye is a high-speed injury; a midge that flew in, or floaters "flying around", are
    not."""
    assert "eye_penetrating_injury" in read("a stone flew up off the drive into my eye").present()
    midge = read("a midge flew into my eye on my run and it's still gritty").present()
    assert "eye_penetrating_injury" not in midge and "eye_foreign_body" in midge
    floaters = read("I see little dots flying around in my vision").present()
    assert "eye_penetrating_injury" not in floaters and "floaters_described" in floaters


def test_an_open_bound_goes_with_its_number(read):
    """"15+ days a month" is how often; "30+ tablets" is a count."""
    assert "overdose" not in read("I've needed paracetamol 15+ days a month since the summer").present()
    assert "overdose" in read("she swallowed 30+ tablets about an hour ago").present()


def test_skin_under_the_knee_is_not_the_knee(read):
    """The skin under the knee hot, red and swollen is the leg's, not a hot swollen joint."""
    assert "hot_swollen_joint" not in read("the skin under her knee is hot, red and swollen").present()
    assert "hot_swollen_joint" in read("her knee is hot, red and swollen").present()


# ---- after blind rounds 198 and 199

def test_paranoid_beliefs_told_plainly(read):
    """Strangers talking about him, the police hacking his phone to watch him: psychosis; a phone hacked by scammers
    or colleagues gossiping are not."""
    assert "psychosis" in read("he says strangers on the bus are talking about him").present()
    assert "psychosis" in read("she thinks the government hacked her phone to watch her").present()
    assert "psychosis" not in read("my phone was hacked by scammers and they took money").present()
    assert "psychosis" not in read("people at work keep talking about me behind my back").present()


def test_eye_strain_told_by_tired_sore_eyes_after_a_screen(read):
    """A laptop all day, then eyes "sore and tired": eye strain."""
    assert "eye_strain" in read("I'm on the computer all day at work and by home time my eyes are sore and tired").present()


def test_a_sexual_health_check_before_a_new_relationship(read):
    """A check-up wanted before a new relationship goes further: a sexual health test."""
    text = "I've met someone new. I'd like us both to get tested before things go further."
    assert "sti_testing" in read(text).present()


def test_an_owner_named_before_their_animal_is_not_the_patient(read):
    """"My aunt's spaniel bit my son": the son is bitten (the aunt owns the dog), told by "my little one" too."""
    bitten = read("my aunt's spaniel bit my little one on the hand and it's bleeding")
    assert "animal_bite" in bitten.present() and bitten.subject == "child"


def test_a_bite_told_in_the_present_tense(read):
    """A resident who "bite my arm" (a learner's tense): a human bite; biting one's nails is not."""
    assert "animal_bite" in read("a patient on the ward bite my arm and it broke the skin").present()
    assert "animal_bite" not in read("I bite my nails when I'm stressed").present()


def test_pulled_out_of_the_waves(read):
    """Under a wave and pulled out: near drowning."""
    assert "near_drowning" in read("he got knocked over by a wave and went under, his dad pulled him out").present()


def test_an_ear_gone_dead(read):
    """An ear that has "gone dead" overnight: sudden hearing loss."""
    assert "sudden_hearing_loss" in read("woke up and my left ear has gone completely dead").present()


def test_a_parent_thinking_the_child_better_off_with_someone_else(read):
    """"He'd be better off with a different mum": thoughts that others are better off without you."""
    assert "suicidal_thoughts" in read("I keep thinking I'm a bad mum and he'd be better off with a different mum").present()


def test_the_one_replaced_is_the_one_who_thinks_it(read):
    """"Happier with a different dad" is the typist's own thought of being replaced; said by someone else it is
    theirs, and "sex with someone new" replaces no one."""
    own = read("sometimes I think he'd be better off with a different mum, I'm 29 and so tired")
    assert "suicidal_thoughts" in own.present() and own.subject == "self" and own.age_years == 29
    told = read("my husband keeps saying the kids would be better off with another mum")
    assert told.subject != "self"
    assert read("my son had unprotected sex with someone new last weekend").subject == "child"


def test_not_knowing_how_closes_someone_elses_finding(read):
    """"Bruises on his legs and I have no idea how": the bruises are his, not the typist's; a brother's report of the
    typist knocked out stays the typist's."""
    bruised = read("my son is 6, he has bruises on his legs and I have no idea how")
    assert "bruising_unexplained_many" in bruised.present() and bruised.subject == "child"
    knocked = read("fell off the ladder, went down and my brother reckons I was out cold for a bit")
    assert "blacked_out" in knocked.present() and knocked.subject == "self"


def test_a_blow_to_the_side_or_back_of_the_head(read):
    """An elbow "to the back of the head" is a head injury, not a rib injury; the drive home forgotten after it."""
    hit = read("caught an elbow to the back of the head at netball and now I can't remember the drive home")
    assert {"head_injury", "head_injury_amnesia"} <= hit.present()
    assert "rib_injury" not in hit.present()


def test_checking_on_someone_is_no_compulsion(read):
    """Checking on a poorly child through the night is care, not OCD."""
    assert "ocd" not in read("I keep checking on her through the night, she's asleep now").present()


def test_painkillers_taken_without_counting(read):
    """Painkillers taken until the count was lost: an overdose."""
    assert "overdose" in read("been on the co-codamol all week for my back, lost track of how many I've had").present()


def test_blood_told_by_where_it_ran(read):
    """In pregnancy, blood that "ran down my legs": heavy bleeding."""
    text = "36 weeks pregnant and in the shower blood ran down my legs"
    assert "heavy_vaginal_bleeding" in read(text).present()


def test_sunburn_told_across_two_sentences(read):
    """The sun in one sentence, the red skin in the next: sunburn; skin "pink and sore now, hot to touch" is hot there,
    not a fever."""
    burnt = read("we were at the beach all afternoon without sunscreen. Her back is bright red tonight")
    assert "sunburn" in burnt.present()
    assert "fever" not in read("my arms are pink and sore now, hot to touch").present()


def test_a_battery_then_swallowed_one(read):
    """A battery named, then "swallowed one" in the next sentence: a swallowed battery."""
    text = "he was playing with the batteries from the remote. I think he has swallowed one"
    assert "swallowed_object" in read(text).present()


def test_cannot_step_on_it_or_hopping(read):
    """Not able to step on a foot, or hopping on the other one, is not bearing weight; a crack heard with the twist."""
    assert "possible_fracture" in read("went over on my foot at work and now I can't step on it").present()
    assert "possible_fracture" in read("fell off the kerb and I'm hopping about on one foot").present()
    assert "possible_fracture" in read("I twisted my knee and heard a crack").present()


def test_spending_alone_is_no_psychosis(read):
    """Money spent on ordinary things is no sign of psychosis."""
    assert "psychosis" not in read("I've spent a fortune on the car this month and now my back aches").present()


def test_movements_counted_as_few(read):
    """"Only one kick all day" in pregnancy, or the baby still quiet a sentence later: reduced movements."""
    assert "reduced_fetal_movements" in read("34 weeks and I've felt only one kick all day").present()
    text = "the baby usually goes wild after tea. I had a cold drink and lay down and she's still quiet"
    assert "reduced_fetal_movements" in read(text).present()


def test_a_hole_in_it_after_the_tooth(read):
    """A tooth named, then "a black hole in it": tooth decay."""
    assert "tooth_decay" in read("my back tooth aches when I eat. There's a black hole in it").present()


def test_someone_elses_medicine_does_not_make_them_the_patient(read):
    """"A row w my mum and took a packet of her tablets": "w" is "with", and the tablets' owner is not who took
    them."""
    took = read("big argument w my dad and i took a whole packet of his tablets an hour ago")
    assert "overdose" in took.present() and took.subject == "self"


def test_a_cough_sounding_like_a_seal(read):
    """"Sounding like a seal" is croup's barking cough."""
    assert "croup" in read("my 2 year old woke in the night sounding like a seal, temp 38").present()


def test_a_crash_imagined_on_the_drive(read):
    """Thinking about driving into something on the way home: suicidal thoughts."""
    text = "on the motorway I think about driving into the barrier and ending it"
    assert "suicidal_thoughts" in read(text).present()
    assert "suicidal_lay" in read("some nights I think about just steering into a lorry").present()


def test_a_workmate_is_someone_else(read):
    """A workmate who fell is the patient, not the typist."""
    assert read("my workmate collapsed at the till and isnt making sense").subject == "other"


def test_a_tooth_gone_grey(read):
    """A front tooth gone greyish after a knock: a discoloured tooth for the dentist."""
    assert "tooth_decay" in read("she banged her face on the slide and now her front tooth has gone greyish").present()


def test_a_live_wire_caught(read):
    """A live cable caught or touched: an electric shock."""
    assert "electric_shock" in read("my fingertip caught a live 230v wire in the fuse board, there's a little mark").present()


def test_the_stoma_bag_empty_told_a_sentence_later(read):
    """The stoma named, then nothing in the bag in the next sentence: a stoma not working."""
    text = "I've had a colostomy for five years. Since yesterday morning there's been nothing in my bag"
    assert "stoma_problem" in read(text).present()


def test_episodes_counted_as_lots(read):
    """"My fourth lot since the summer": it keeps coming back."""
    assert "recurring" in read("thrush again, my fourth lot since the summer").present()


def test_drinks_brought_straight_back_up(read):
    """Sips that "come straight back up": nothing kept down."""
    assert "cant_keep_fluids_down" in read("he tries a bit of squash but it comes straight back up").present()


def test_kneeling_at_work_is_no_long_lie(read):
    """A tiler kneeling on the floor all day is at work, not lying after a fall; a gas ring is no swallowed ring."""
    assert "long_lie" not in read("I'm a floor fitter, kneeling on the floor all day, my knee is swollen").present()
    assert "swallowed_small_object" not in read("she ate her tea then left the gas ring on again").present()


def test_tablets_counted_in_the_plural(read):
    """"15 paracetamols": an overdose."""
    assert "overdose" in read("I took 15 paracetamols last night after we argued").present()


def test_a_small_battery_had_in_the_mouth(read):
    """A little round battery, then "he had it in his mouth": swallowed."""
    text = "he found one of the little round batteries from the scales on the floor. I think he had it in his mouth"
    assert "swallowed_object" in read(text).present()


def test_something_flicking_into_the_eye_from_a_grinder(read):
    """A grinder, then something that "flicks into" the eye in the next sentence: a penetrating eye injury."""
    text = "I was using the angle grinder on the gate. Felt something flick into my left eye"
    assert "eye_penetrating_injury" in read(text).present()


def test_pain_shown_by_holding_or_wincing(read):
    """Someone who cannot say shows it: holding the tummy, wincing over bumps."""
    assert "abdominal_pain" in read("she keeps holding her tummy and won't eat her tea").present()
    assert "pain_on_movement" in read("he winced every time we went over a speed bump").present()


def test_the_chest_told_without_the_word(read):
    """A heaviness "behind the bone" going to the arm: chest pain that could be a heart attack."""
    text = "very heavy pressure behind the bone in the middle, and it goes to my left arm"
    assert "cardiac_chest_pain" in read(text).present()


def test_stroke_signs_in_learners_words(read):
    """The mouth "going down" on one side; "no power" in a hand."""
    assert "face_droop" in read("his mouth is going down on the left side").present()
    assert "arm_weakness" in read("she says there is no power in her left hand").present()


def test_ribs_going_inside_and_light_avoided(read):
    """Skin between the ribs that "goes inside"; a child turning away from the light; a neck he screams at bending."""
    assert "severe_breathing_difficulty" in read("the skin between her ribs goes inside when she breathes").present()
    assert "light_sensitivity" in read("keeps turning away from the light and crying").present()
    assert "stiff_neck" in read("he screams when I try to bend his neck").present()


def test_down_and_come_round(read):
    """Fell down and "came round": collapsed."""
    assert "collapsed" in read("she fell down in the kitchen and came round after a minute").present()


def test_some_pus_after_chickenpox(read):
    """Chickenpox spots that have "got some yellow pus": infected."""
    assert "infected_wound_signs" in read("chickenpox day 6 and two of the spots have got some yellow pus").present()


def test_twins_are_children(read):
    """"One of my twins": a child, not the typist."""
    assert read("one of my twins has a temperature of 39 and a blotchy rash").subject == "child"


def test_a_decade_told_of_the_past_is_no_age(read):
    """"I had shingles in my 30s, I'm 71 now": 71."""
    assert read("I had shingles in my 30s and I'm 71 now, it's back on my side").age_years == 71


def test_it_has_spread_after_a_bite(read):
    """A bite, then "it has spread a bit": spreading redness; "has spread" with nothing before it to be is no finding."""
    assert "spreading_redness" in read("a horsefly bite on my calf on Sunday and it has spread a bit since").present()
    assert "spreading_redness" not in read("the news has spread round the office").present()


def test_no_poo_for_days_told_as_an_absence(read):
    """"Not one proper poo all week": constipation; "no poo problems" with days said elsewhere is none."""
    assert "constipation" in read("my dad has had not one proper poo all week and he's off his food").present()
    assert "constipation" not in read("no poo problems, just a rash on her arm for 3 days").present()


def test_bowels_swinging_between_the_two(read):
    """Swinging or flipping between loose and bunged up is the IBS pattern."""
    assert "ibs" in read("for months I've been swinging between the runs and being bunged up").present()
    assert "ibs" in read("sometimes loose, sometimes constipated, always worse with stress").present()


def test_the_typists_own_full_account_beside_a_childs_small_problem(read):
    """A parent's own account with several findings, after a child's small question, makes the parent the patient;
    a one-finding aside does not."""
    r = read("Is calpol ok for my daughter's teething? Also my own bleeding since the birth is much heavier today, "
             "soaking a maternity pad each hour, and I feel faint when I get up.")
    assert r.subject == "self" and "heavy_vaginal_bleeding" in r.present()
    assert read("my son has had a cough for 3 days, I've got a cold myself").subject != "self"


def test_an_allergy_to_the_milk_with_words_between(read):
    """"Allergic to the formula", "reacting to his new milk": a cows' milk allergy."""
    assert "cows_milk_allergy" in read("I think she might be allergic to the formula").present()
    assert "cows_milk_allergy" in read("he seems to be reacting to his new milk").present()


def test_the_rest_of_a_box_taken(read):
    """Taking "the rest of" a box or packet at once is an overdose; the rest of the day off is not."""
    assert "overdose" in read("she took the rest of her box an hour ago after a row").present()
    assert "overdose" not in read("I took the rest of the week off work").present()


def test_thoughts_heard_or_read_by_others(read):
    """Others hearing or reading one's thoughts is a psychotic belief."""
    assert "psychosis" in read("he is sure the man upstairs can hear his thinking").present()
    assert "psychosis" not in read("I keep overthinking and my thoughts race").present()


def test_sleep_self_help_that_has_not_worked(read):
    """Sleep self-help told, then that nothing has worked ("but nothing has helped" does not part them)."""
    assert "insomnia_self_help_tried" in read("I've tried a sleep app and no screens but nothing has helped").present()
    assert "insomnia_self_help_tried" not in read("no screens before bed and it's fine now, nothing wrong").present()


def test_an_eye_aching_something_awful(read):
    """An eye that aches "something awful" or with "terrible pain" is severe eye pain."""
    assert "eye_pain_severe" in read("my right eye has been aching something awful since tea").present()


def test_travel_told_in_the_present_tense(read):
    """"I return from Ghana" (a learner's tense): back from a malaria country."""
    assert "malaria_area_travel" in read("I return from Ghana one week ago and now fever").present()


def test_a_joint_sticking_out_sideways(read):
    """A joint or knuckle "sticking out sideways" after an injury is out of shape."""
    assert "deformity_words" in read("jammed it catching a ball and now the top joint is sticking out sideways").present()


def test_not_able_to_talk_to_someone_is_no_speech_problem(read):
    """"Can't talk to my husband about it" is not a speech problem; "suddenly can't talk" is."""
    assert "speech_problem" not in read("I feel so low and I can't talk to the wife about it").present()
    assert "speech_problem" in read("she suddenly can't talk and her arm is weak").present()


def test_a_head_struck_on_a_car_is_no_crash(read):
    """Hitting one's head on a car is a head injury, not a head-on crash."""
    r = read("I clonked my head on the car door this morning")
    assert "high_energy_injury" not in r.present()
    assert "high_energy_injury" in read("a lorry and our car went head on on the A2").present()


def test_a_baby_not_waking_for_milk_or_with_no_strength(read):
    """A baby who does "not wake for milk", or whose arms "drop down when I lift" them, is drowsy or floppy."""
    assert "drowsy" in read("my 2 week old did not wake for his milk all afternoon").present()
    assert "drowsy" in read("her arms drop down when I lift them, she has no strength").present()


def test_a_finding_only_one_sex_can_have_is_not_a_partner_of_the_other_sex(read):
    """"Me and my wife were ..., a crack and it went soft": the typist's penile injury, not the wife's."""
    r = read("me and my wife were having sex last night, there was a crack and it went soft and swelled up purple")
    assert "penile_fracture" in r.present() and r.subject == "self"


def test_what_is_told_before_a_quoting_word_is_the_previous_subjects(read):
    """"My aunt ... not slept for days, talking non stop, says the baby is not hers": the aunt's, not the baby's."""
    r = read("my auntie had her baby last week. not slept for days, talking non stop, says the baby isnt hers")
    assert r.subject == "other" and r.sex == "female"
    assert "mania_signs" in r.present()


def test_an_assault_told_of_the_one_who_did_it(read):
    """"I think a man had sex with me ... when I could not say no": the typist's assault, not the man's."""
    r = read("I think a man had sex with me at the party when I could not say no")
    assert "sexual_assault" in r.present() and r.subject == "self"


def test_a_birth_told_in_a_learners_words(read):
    """"We see the head": the birth is happening; pushing a tooth back in is not."""
    assert "birth_imminent" in read("my wife is on the floor, we see the head now").present()
    assert "birth_imminent" not in read("do I need to push his tooth back in").present()


def test_a_small_battery_that_is_not_anywhere(read):
    """A button battery named, then "isn't anywhere": missing near a child."""
    assert "small_battery_missing" in read("the tiny round battery from the remote isnt anywhere, my toddler had it").present()


def test_a_whole_tooth_told_by_where_it_is(read):
    """"My front tooth is on the pitch": knocked out."""
    assert "knocked_out_tooth" in read("took a ball to the mouth and my front tooth is on the pitch").present()


def test_drinks_refused(read):
    """"Won't take any drinks", "refusing fluids": dehydration, not thirst."""
    r = read("she won't take any drinks and keeps refusing fluids all day")
    assert "dehydration" in r.present() and "excessive_thirst" not in r.present()


def test_a_dog_that_went_for_the_face(read):
    """"The dog went for her face": a bite to the face."""
    assert "bite_severe" in read("my friend's dog went for her face at the park").present()


def test_something_flying_into_the_eye_while_grinding(read):
    """Grinding, then "something fly in my eye": a high-speed eye injury."""
    assert "eye_penetrating_injury" in read("Was grinding a hinge at work. Something fly in my right eye").present()


def test_the_reliever_counted_today(read):
    """"Today he's needed his blue inhaler 6 times": asthma getting worse."""
    assert "asthma_worsening" in read("today he's needed his blue inhaler 6 times already").present()
    assert "asthma_worsening" not in read("I've used my inhaler 5 times in the last year").present()


def test_glasses_not_worn_deny_no_injury(read):
    """"With no glasses" is the protection missing, not the injury denied."""
    r = read("grinding a gate hinge with no glasses, something fly in my left eye")
    assert "eye_penetrating_injury" in r.present()


def test_breathless_lying_flat_told_as_drowning_or_propped(read):
    """"Propped on 4 pillows", "like I'm drowning when I lie down": breathless lying flat."""
    assert "orthopnoea" in read("I sleep propped on 4 pillows now or I can't breathe").present()
    assert "orthopnoea" in read("at night it feels like drowning when I lie down").present()


def test_nothing_kept_down_told_in_the_past(read):
    """"Hasn't kept anything down since Friday": cannot keep fluids down."""
    assert "cant_keep_fluids_down" in read("he hasn't kept anything down since Friday, even sips").present()


def test_a_headache_brought_on_by_coughing_or_bending(read):
    """A headache each time she coughs, sneezes or bends: brought on by straining."""
    assert "headache_on_exertion" in read("she gets a bad headache every time she coughs or bends down").present()


def test_thirst_told_as_never_enough_a_few_words_on(read):
    """"Downing pints of water like she can't get enough": great thirst (pints need not be beer)."""
    assert "excessive_thirst" in read("she's downing pints of water like she can't get enough").present()


def test_teeth_that_chatter(read):
    """Shaking so that the teeth chatter: rigors."""
    assert "rigors" in read("I'm shaking so much my teeth chatter and I feel boiling").present()


def test_nothing_to_be_got_out_of_the_bladder(read):
    """"Hasn't been able to get anything out" told beside the wee or bladder: urinary retention."""
    assert "urinary_retention" in read("for 6 hours he hasn't been able to get a drop out. his bladder is bursting").present()


def test_a_toe_become_black(read):
    """A toe that has "become black": a foot wound."""
    assert "foot_wound" in read("her big toe has become black and smells").present()


def test_what_comes_out_gone_green(read):
    """What comes out of an ulcer gone green or smelly: an infected wound; a green discharge alone is not a wound."""
    assert "infected_wound_signs" in read("the ulcer on my shin, the stuff coming out has gone green this week").present()
    assert "infected_wound_signs" not in read("my nose is blocked and the discharge has gone green").present()


def test_a_leak_said_not_to_be_urine_with_the_weeks_of_pregnancy(read):
    """A trickle she says "isn't wee", told with how many weeks along she is: the waters leaking."""
    assert "waters_broken" in read("something keeps dripping out of me, it isn't wee I'm sure. 34 weeks with my second").present()
    assert "waters_broken" not in read("I keep leaking when I cough, it's definitely wee, had it for weeks").present()


def test_a_headache_that_changes_with_posture(read):
    """Worse sitting or standing up, eased lying flat (as after an epidural): a postural headache."""
    assert "headache_postural" in read(
        "since the epidural my headache is unbearable when I'm sitting up but goes when I lie back down").present()
    assert "headache_postural" not in read("my headache is bad so I went to lie down in a dark room").present()


def test_gums_grown_thick_are_not_teething(read):
    """Gums gone thick and lumpy, growing over the teeth: a gum problem, whoever has them."""
    assert "gum_problem" in read("my gums are thick and growing over my front teeth").present()


def test_retching_is_being_sick_and_blood_streaks_in_it_are_its(read):
    """Retching, then "flecks of dark red blood in it": blood in the vomit."""
    assert "vomiting_blood" in read("he kept retching after the party and there were flecks of dark red blood in it").present()


def test_the_latest_time_told_with_there_were(read):
    """"The last time there were ...": the latest time of this illness, not history."""
    assert "vomiting_blood" in read("she's been sick 5 times and the last time there were bits of blood in it").present()


def test_shaking_that_will_not_stop_with_a_temperature(read):
    """"Can't stop shaking" told beside a temperature: rigors."""
    assert "rigors" in read("his temp is up and now he cannot stop shaking under the blanket").present()
    assert "rigors" not in read("I'm so anxious I can't stop shaking").present()


def test_something_really_bad_happening_to_me(read):
    """"Feel like something terrible is happening to me": the sense that something is seriously wrong."""
    assert "sepsis_feeling" in read("I've got a fever and I feel like something terrible is happening to me").present()
    assert "sepsis_feeling" not in read("I always feel like something bad is going to happen").present()


def test_a_drinkers_shakes_in_the_morning(read):
    """Shaky first thing until a drink: new tremor (withdrawal)."""
    assert "tremor_new" in read("I drink a bottle a day and I'm shaky in the mornings till I've had one").present()


def test_teeth_pulled_and_bleeding(read):
    """Teeth pulled or extracted, the bleeding told after: bleeding after an extraction."""
    assert "dental_bleeding" in read("I had three teeth extracted this morning and it is still bleeding").present()


def test_scrape_as_a_verb_is_no_wound(read):
    """"Red when I scrape them" of white patches: not an infected wound."""
    assert "infected_wound_signs" not in read("white patches in her mouth, if you scrape them it's red and raw").present()


def test_meh_is_low_mood_only_with_the_mood_or_the_season(read):
    """"A bit meh" beside a rash is feeling under the weather; "meh" since the clocks went back is low mood."""
    assert "low_mood" not in read("got a rash on my leg and I feel a bit meh").present()
    assert "low_mood" in read("I've felt a bit meh since the clocks went back, sleeping more").present()


def test_lumps_behind_the_ears_with_a_runny_nose_are_glands(read):
    """Small lumps behind the ears or like peas, with a snotty cold: swollen glands."""
    assert "swollen_glands" in read("she's snotty with a cough and has lumps behind her ears").present()
    assert "swollen_glands" in read("a small lump in his neck, like peas, that moves about").present()


def test_the_organ_an_operation_was_on_is_history(read):
    """"After his appendix op": the operation, not appendicitis now."""
    assert "appendicitis_signs" not in read("after his appendix op last month he's had a sore throat").present()
    assert "gallstone_pain" in read("I think it's my gallbladder, pain under my right ribs after food").present()


def test_aching_shoulders_and_tops_of_the_legs_and_a_hard_time_out_of_a_chair(read):
    """Aching shoulders and the tops of the legs; the effort of getting up from a chair: weakness."""
    assert "polymyalgia_signs" in read("my shoulders and the tops of my legs have been achy for weeks").present()
    assert "weakness_gradual" in read("it's a struggle to get up out of the sofa now").present()


def test_doses_thrown_up_are_lost_not_taken_twice(read):
    """"Vomited both my last doses": doses lost, not an extra dose."""
    assert "accidental_extra_dose" not in read("I had a tummy bug and vomited both of my last two doses").present()
    assert "accidental_extra_dose" in read("I had both doses this morning by mistake").present()


def test_a_febrile_fit_then_another_one(read):
    """A febrile fit told, then "another one": febrile fits before this one."""
    assert "febrile_seizures_before" in read(
        "she had a febrile seizure on Sunday and they said it was a virus. Today she had a second one").present()


def test_taking_enough_to_not_wake_up(read):
    """Thinking of taking "enough" of something "to not wake up": suicidal thoughts."""
    assert "suicidal_thoughts" in read("last night I was thinking about swallowing enough of my pills to never wake up").present()


def test_hardly_any_wee_coming_out(read):
    """Trying to wee and "barely anything comes out": trouble passing urine."""
    assert "trouble_passing_urine" in read("when I try to wee barely anything comes out").present()


def test_what_clears_away_from_home_beside_a_new_appliance(read):
    """Better when they are out of the house, a new boiler told in the next sentence: carbon monoxide."""
    assert "carbon_monoxide" in read("The kids have had headaches for a week. It all clears up when we stay at my mum's. "
                                     "We had a second hand boiler put in last month").present()


def test_a_hard_purple_lump_at_the_back_passage(read):
    """A rock hard, purple lump by the back passage, agony to sit: seen today."""
    reading = read("there's a bump at my bumhole, rock hard and throbbing")
    assert "anal_abscess" in reading.present() and "rigid_abdomen" not in reading.present()


def test_no_position_helps_denies_nothing_after_it(read):
    """"No position helps, lost weight": the weight loss is told, not denied; back pain keeping someone up at night."""
    reading = read("backache for 2 months now, keeps me up at night, no position helps, lost half a stone without trying")
    assert "weight_loss" in reading.present() and "back_pain_night" in reading.present()


def test_ran_out_told_after_the_medicine(read):
    """The medicine named, then "ran out" in the next sentence: run out of a medicine."""
    assert "run_out_of_medicine" in read("My prescription for citalopram is stuck at the surgery. I ran out on Friday").present()


def test_a_whiff_of_cleaners_mixed(read):
    """A "whiff" or a "lungful" of descaler or oven cleaner fumes: fumes breathed in."""
    assert "fumes_inhaled" in read("the oven cleaner and a descaler got mixed in the sink and I caught a lungful").present()


def test_nightmares_after_a_disaster(read):
    """Bad dreams about a flood, a fire or an explosion that happened to them: trauma (PTSD)."""
    assert "ptsd" in read("since the explosion at the factory I have bad dreams most nights and cannot relax").present()


def test_back_stiff_first_thing_that_eases_with_moving(read):
    """Back pain worst first thing that loosens up as you move: the inflammatory pattern, and back pain."""
    reading = read("my spine is painful and stiff in the mornings for ages then loosens up once I get going")
    assert {"inflammatory_back_pain", "back_pain"} <= reading.present()


def test_a_fuel_appliance_and_the_household_told_across_sentences(read):
    """A gas fire named, then more of the household with headaches in the next sentence: carbon monoxide."""
    assert "carbon_monoxide" in read("We put the gas fire on for the first time this week. "
                                     "The kids as well as me are dizzy and sick").present()


def test_better_away_from_home_with_the_clause_turned_round(read):
    """"When we go out ... I feel better", a boiler named after: carbon monoxide."""
    assert "carbon_monoxide" in read("My head pounds every evening. When we go out for a walk I feel better. "
                                     "The boiler is ancient").present()


def test_a_family_sized_thing_is_no_household(read):
    """"A whole family pizza" eaten is food, not the household taken ill."""
    assert "carbon_monoxide" not in read("ate a whole family pizza and now I feel sick and dizzy").present()


def test_the_upper_right_tummy_told_by_the_breast(read):
    """An ache below the right breast: the gallbladder's place."""
    assert "gallstone_pain" in read("sharp ache below my right breast since dinner").present()


def test_a_trail_of_blisters_round_the_body(read):
    """A trail or row of blisters round to the back: shingles."""
    assert "shingles_rash" in read("a trail of blisters round to her back on the left").present()


def test_impetigo_still_there_after_the_cream(read):
    """Impetigo still there after the pharmacy's cream: not cleared (the GP)."""
    assert "impetigo_spreading" in read("her impetigo is still there after a week of the cream").present()


def test_if_anything_ends_a_denial(read):
    """"It hasn't gone, if anything there are more": what follows "if anything" is told, not denied or supposed."""
    reading = read("The cream hasn't worked, if anything the redness is spreading up his arm")
    assert "spreading_redness" in reading.present()


def test_bleeding_told_in_the_plain_form_of_the_verb(read):
    """"I hold a cloth ... blood soak through", "blood keeps coming": bleeding that will not stop."""
    assert "severe_bleeding" in read("I hold a cloth on it 10 minutes and blood soak through").present()
    assert "severe_bleeding" in read("blood keeps coming from the cut on his head").present()


def test_a_parents_thought_of_what_they_might_do(read):
    """"I keep thinking I might drop him": an upsetting thought about the baby."""
    assert "intrusive_thoughts_about_baby" in read("I keep thinking I might drop him when I carry him downstairs").present()


def test_a_visitor_from_a_malaria_country(read):
    """Someone "visiting from" a malaria country: back from a malaria area."""
    assert "malaria_area_travel" in read("my uncle flew over from Nigeria last week and now has fevers").present()


def test_rings_worn_are_no_halos(read):
    """"Her rings" beside lights seen: rings worn, not halos round lights."""
    assert "halos_round_lights" not in read("her rings are tight today and the lights look strange to her").present()


def test_an_arm_held_back_by_pain_is_not_weak(read):
    """"Can't hold a pen in my left hand without pain": the pain stops it, not a weak arm."""
    assert "arm_weakness" not in read("can't hold a pen in my left hand without pain shooting up my arm").present()


def test_better_off_dead_and_with_the_dead(read):
    """"She'd be better off dead and with him": her own wish to die, no one else in danger."""
    reading = read("she keeps saying she'd be better off dead and with him")
    assert "suicidal_thoughts" in reading.present() and "risk_to_others" not in reading.present()


def test_the_co_op_is_a_shop(read):
    """"Outside the Co-op yesterday": a shop, not an operation."""
    assert "post_op" not in read("slipped on the ice outside the Co-op yesterday, my wrist hurts").present()


def test_a_pain_told_by_its_side_beside_an_ovary(read):
    """A cyst on the left ovary, then "a pain on the left" in the next sentence: one-sided lower tummy pain."""
    assert "one_sided_lower_abdominal_pain" in read("They found a cyst on my left ovary in the summer. "
                                                    "This evening there's a horrible pain on the left").present()


def test_the_last_period_ago_is_no_heavy_period(read):
    """"My last period started 10 days ago": when, not how long it lasted."""
    assert "heavy_periods" not in read("my last period started 10 days ago and was normal").present()


def test_saddle_numbness_told_in_the_past_or_gone_dead(read):
    """Could not feel the tissue when wiping; between the legs gone dead: numbness of the saddle."""
    assert "saddle_numbness" in read("this morning I couldn't feel the tissue when I wiped").present()
    assert "saddle_numbness" in read("everything between my legs has gone dead since last night").present()


def test_a_wee_slow_to_come(read):
    """Waiting on the toilet "before anything would come out": trouble passing urine."""
    assert "trouble_passing_urine" in read("I stood at the loo for ages before anything would come out").present()


def test_a_collapse_at_a_school_race(read):
    """Collapsing during a school race ("the 800m", "cross country"): a blackout during exercise; "nearly" is not one."""
    assert "blackout_on_exertion" in read("she collapsed halfway round the 800m this afternoon").present()
    assert "blackout_on_exertion" not in read("he nearly fainted on the bleep test, it was roasting").present()


def test_food_narrowed_to_a_few_things(read):
    """Eating nothing but a few things, beside weight lost or periods stopped: a possible eating disorder."""
    assert "eating_disorder" in read("he eats nothing but rice cakes and black coffee now and has lost weight").present()


def test_tablets_taken_in_the_plain_form_of_the_verb(read):
    """"She take 20 tablet": an overdose told in a second language; "I take 12 tablets a day" is a daily count."""
    assert "overdose" in read("my son he take 20 tablet from my box this morning").present()
    assert "overdose" not in read("I take 12 tablets a day for my heart and my sugar").present()


def test_a_tooth_kept_in_milk(read):
    """A tooth put in milk a sentence after the knock: a knocked-out tooth."""
    assert "knocked_out_tooth" in read("He took a cricket ball to the face and his tooth came away. "
                                       "We've put it in milk").present()


def test_a_sting_told_by_the_insect_and_its_size(read):
    """"A bee got him", then the whole arm red and swollen: a large reaction to a sting."""
    assert "bite_large_reaction" in read("A bee got him on the hand at the park. "
                                         "Now the whole arm is red and puffed up").present()


def test_a_nose_pointing_to_one_side_after_a_blow(read):
    """A nose "pointing to the right" after being punched: possibly broken."""
    assert "broken_nose" in read("got punched on a night out and my nose is pointing to the right now").present()


def test_ribs_sore_after_a_crash_told_later(read):
    """A car crash, then ribs that hurt in the next sentence: a rib injury."""
    assert "rib_injury" in read("We were rear ended on the A2 this morning. Now my ribs are really sore when I laugh").present()


def test_an_aura_told_as_a_zigzag_or_shimmering_shape(read):
    """A shimmering pattern in the sight, or a zigzag seen first: a migraine aura."""
    assert "migraine_aura" in read("a shimmering pattern spread across my vision for half an hour").present()
    assert "migraine_aura" in read("I saw a zigzag and then my head started pounding").present()


def test_a_combined_pill_named_by_its_brand(read):
    """Taking a combined pill named by its brand ("on Rigevidon"): on the combined pill."""
    assert "on_combined_pill" in read("I've been taking Rigevidon since I was 18").present()


def test_the_lower_tummy_told_as_the_bottom_of_the_belly(read):
    """"Pain in the left bottom of my belly": one-sided lower tummy pain."""
    assert "one_sided_lower_abdominal_pain" in read("I have sharp pain in left bottom of my belly").present()


def test_severity_told_by_a_doubled_intensifier(read):
    """"The pain is very very bad": severe pain."""
    assert "severe_pain" in read("my back pain is very very bad since this morning").present()


def test_a_days_drinks_told_as_a_few_sips(read):
    """"Only a few sips a day": hardly drinking."""
    assert "hardly_drinking" in read("Mum has only had a few sips a day since Friday").present()


def test_drunk_told_in_slang(read):
    """"Came home paralytic": drunk."""
    assert "drunk_or_drugs" in read("he came home paralytic and fell down the stairs").present()


def test_swallowing_ones_own_spit_told_as_hard(read):
    """"Swallowing my saliva is a struggle": cannot swallow saliva."""
    assert "swallow_saliva_difficulty" in read("my throat is so swollen that swallowing my saliva is a struggle").present()


def test_a_long_standing_swallowing_problem(read):
    """Thickened fluids or a feeding tube: a known swallowing problem."""
    assert "swallowing_problem_known" in read("she has thickened fluids since her stroke").present()
