"""Everyday English words the fuzzy matcher must never "correct".

They are real words that sit close to a lexicon word (stick~sick, could~cold, fix~fit,
couch~cough, string~sting ...). spaCy's English stop words are protected as well.
Add words here when the evaluation shows a false correction.
"""

WORDS = frozenset(
    """
    overreacting overreact overthinking overdoing overworked overtired fussing
    hive beehive
    able about above accident across act acting action active actually add added address adult
    advice afraid after afternoon again against age aged ages ago agree ahead air alarm alive
    all allowed almost alone along already alright also always amazing amount and angry animal
    annoying another answer anxious anybody anymore anything anyway anywhere appointment april
    area arms army around arrive arrived ask asked asking asleep ate attack august aunt auntie
    autumn avoid awake away awful
    baby back bad badly bag baked balance ball band bank bar bare barely basically bath
    bathroom battery beach bear beard beat beaten beautiful became because become bed bedroom
    beer before began begin behind being believe bell belong below belt bench bend bent best
    better between big bigger bike bill bird birth birthday biscuit bit bite bitter black blame
    blanket bleach bleed blind block blocked blood blow blown blue board boat body boil boiled
    bone book booked boot bored boring born borrow boss both bother bottle bottom bought bowl
    box boyfriend brain brand bread break breakfast breath breathe breathing brick bridge brief
    bright bring broke broken brother brought brown brush bubble build building bump bunch
    burger bus busy butter button buy buying
    cake call called calling calm came camera cancel cancelled car card care careful carefully
    carer carpet carried carry case cash cast cat catch caught cause caused ceiling centre
    certain chain chair chance change changed changing charge chat cheap check checked cheese cheeky cheekily nosy
    chef chemist chicken child children chip chips chocolate choice choose chose chosen
    christmas church cinema circle city class clean cleaned clear clearly clever climb clinic
    clock close closed closer clothes cloud club coach coast coat code coffee coin colleague
    collect collected college colour come comes comfortable coming common company complain
    complete completely computer concern concerned condition contact continue control cook
    cooked cooking cool copy corner correct cost costs cotton couch council count counter
    country couple course court cousin cover covered cow crack crash crazy cream create crew
    cried crime cross crowd crown cry crying cup cupboard curry curtain customer cycle
    dad daddy daily damage damp dance danger dark date daughter day days dead deal dear death
    decide decided deep definitely degree delivery dentist depend describe desk detail diet
    different difficult dinner direct direction dirty discuss dish doctor doctors dog doing
    dollar done door double doubt down downstairs drawer dream dress dressed drink drinking
    drive driver driving drop dropped drove drug drunk dry due dull during dust duty
    each ear earlier early earn easily east easy eat eaten eating edge effect effort egg eggs
    either elbow else email emergency empty end ended ending energy engine enjoy enough enter
    entire especially evening event ever every everybody everyday everyone everything exactly
    exam example except excited exercise expect expensive explain extra
    face fact fail fair fall fallen false family famous fancy far farm fast fat father fault
    favour favourite fear feel feeling fell felt few field fight figure file fill film final
    finally find fine finger finish finished fire first fish fitness fix fixed flat flight
    floor flower fly fold follow food foot football force forest forget forgot form forward
    found free fresh friday fridge friend friends front fruit full fun funny furniture future
    game garden gate gave general gentle get gets getting gift girl girlfriend give given glad
    glass glasses go goal goes going gold golf gone good got grab grade grand grandad grass
    great green grew grey ground group grow guess guest guide gun guy gym
    habit hair half hall hand handle hang happen happened happy hard hardly hat hate have head
    health healthy hear heard heart heat heavy held hello help helped helpful here hide high
    hill hire history hit hobby hold hole holiday home honest hope horse hospital hot hotel
    hour hours house however huge human hungry hurry hurt husband
    ice idea ill important inside instead interest internet iron island issue item
    jacket job join joke journey juice jump june july just
    keen keep kept key kick kid kids kill kind king kiss kitchen knee knew knife knock know
    known
    lady lake land large last late lately later laugh law lay lazy lead learn least leave left
    leg legs lend less lesson let letter level library lie life lift light like liked likely
    line link list listen little live lived living load local lock lonely long look looked
    looking lose lost lot loud love lovely low luck lucky lunch
    machine mad made mail main make making man manage many map mark market married match mate
    matter maybe meal mean meaning meant measure meat medicine meet meeting member memory
    mention mess message met metal middle might mile milk mind mine minute minutes mirror miss
    missed mistake mix model moment monday money month months mood moon more morning most
    mother mouse mouth move moved movie much mum mummy music must
    name nasty natural near nearby nearly neat neck need needed neighbour nephew nervous never
    new news next nice niece night nobody noise none normal north nose note nothing notice
    noticed now number nurse
    obviously ocean odd offer office often oil okay old once only open opened opposite orange
    order other outside oven over own
    pack page paid pain paint pair pan paper parent parents park part party pass passed past
    path pay peace pen pencil people pepper perfect perhaps period person pet phone photo pick
    picked picture piece pill pillow pin pink place plan plane plant plastic plate play played
    player please pleased plenty plus pocket point police pool poor pop possible post pot pound
    power practice present press pretty price print prison private probably problem problems
    promise proper properly proud pull pulled pupil purple purpose push put
    quarter queen question quick quickly quiet quite
    race radio rain raise ran rang rather reach read ready real really reason receive recent
    recently red relax remember remove rent repeat reply report rest result return rice rich
    ride right ring rise risk river road rock role roll roof room rough round row rub rubbish
    rule run running rush
    sad safe said sale salt same sand saturday save saw say saying scabbed scabbing scabby scared school screen sea
    season seat second secret see seem seen sell send sense sent serious service set settle
    several shake shall shape share sharp shed sheet shelf shift shine shirt shock shoe shoes
    shop shopping short shot should shoulder shout show shower shut side sign silly simple
    since sing single sister sit site sitting size skill sky sleep slept slice slightly slip
    slow slowly small smart smell smile smoke snow soap sock sofa soft soil sold soldier some
    somebody someone something sometimes somewhere son song soon sorry sort sound soup south
    space speak special speed spell spend spent spoke spoon sport spot spring square staff
    stage stair stairs stand star start started state station stay steal step stick sticking
    sticky still stock stone stood stop stopped store storm story straight strange street
    stress stressed strong student study stuff stupid style subject sugar suit summer sun
    sunday supper support suppose sure surprise sweet swim switch
    table take taken taking talk talked tall tape taste taxi tea teach teacher team tear tell
    tend test text thank thanks thick thin thing things think third thought through throw
    thursday ticket tidy tie till time tiny tip tired today together toilet told tomorrow tone
    tonight too took tool top total touch tough towel town toy track traffic train travel tree
    trick tried trip trouble trousers truck true trust truth try trying tuesday turn turned
    twice type
    ugly uncle under understand unit until upset upstairs use used useful usual usually
    van very view village visit voice
    wait waited waiting wake walk walked wall want wanted war warm wash washing waste watch
    water wave way wear weather wedding wednesday week weekend weeks weight welcome well went
    west wet wheel whole wide wife wild win wind window wine winter wish woke woman women won
    wonder wonderful wood word words wore work worked working world worried worry worse worst
    worth would write writing wrong wrote
    digging stretches stretch stretching tingly tingling drilling grinding feeding feed fed couch string cheat shots slots
    spits breed bleed wheel sleeve coat
    thing thank chest cheap sweat slick stuck stink stock spike smoke spine spite flute
    yard yeah year years yellow yes yesterday young younger youngest
    access aware barking bloating booking borough boroughs breaking bringing bugger cancelling
    cancer cared carrying cased causes challenge chase chatting checks cheers chopping cling codes
    combing conditions content contractors controls cooling cores decides derived dropping drops
    election failing feature fewer filled fills finder finding floating flushes forceful france
    freezing fuzzy greet greeting guessed guessing hallo header headers healed heels hell helper
    helpline hone infect joins leaning learning lighter links lion listing lives locked locks
    mapping mates mentions misses modules moore netting numbers nursery padding panicked peeling
    pending personal picks pinned popped popping produces property quit raises reading reads recall
    regent rinsing roller rules scalp scaring scored scores seeded seeds sending setting shapes
    shared shes hes shooting shops shows skating skipped slapped slashed smashed smoking sources
    spain spelling spending spotty stabbing stack steps stepped stepping stinking stinks storage
    stored stories swear swearing swells swing tables takes tells tested tests ties tinge token
    tuned tuning turns unreadable waits warning warns woods worded wording wordings wrap writes
    wholly arching bathing bearing bending bits blaster blaze bleating bleep bleeping blending
    bluster booth bottled bough breeding calls chancing charging cheating clamp click clotting
    comet confessed confined coring costing crawling craze crest croaking dripping fearing flock
    flood flopping flowing flushing glowing grain halls heading healing hearth heating hikes
    hooking inflected injected inspected jarred knack leading lighting lisp minus mopping mowing
    mucking pacing pasting pitch pleading plucking poking polled purely ranging scold scoring
    sealing searing seating seeding seeping seething shell shipping sifting singing slapping slash
    sling slinging slipping sloppy slowing smelling snipping soaring soothing sorting sporting
    steeping stint stoke stoked stoking stole stolen storing stringing sullen sweep sweeping swell
    swept swinging tapping tasting thump topping touring trapping treating trucking tucking
    twisting warms wasting weeding witch witching facing shore speeding
    """.split()
)
