# The eligibility finder: who a scheme is for, why it fits, what is missing.
# Group names stand after "for" (Hindi: before "के लिए", in the oblique form).

elig-group-everyone = everyone
elig-group-female = women
elig-group-male = men
elig-group-transgender = transgender people
elig-group-general = the General category
elig-group-obc = OBC
elig-group-sc = Scheduled Castes (SC)
elig-group-st = Scheduled Tribes (ST)
elig-group-ews = EWS
elig-group-pvtg = particularly vulnerable tribal groups (PVTG)
elig-group-widowed = widows
elig-group-pwd = persons with disability

elig-why-group = For { $group }, aged { $min } to { $max }: you are { $age }
elig-why-group-no-age = For { $group }
elig-why-state-all = Open in all of India
elig-why-state = Open in { $state }, where you live
elig-missing-age = Your age is not answered: this scheme is for ages { $min } to { $max }
elig-missing-answer = Only for { $groups }: not answered yet
elig-missing-state = Only in { $states }: your state is not answered yet
elig-not-age = Only for ages { $min } to { $max }: you are { $age }
elig-not-group = Only for { $groups }
elig-not-state = Only in { $states }

# Residence, work, BPL card and student rules (places and works stand after "for").
elig-place-rural = villages (rural areas)
elig-place-urban = towns and cities (urban areas)
elig-why-residence = For people in { $place }, where you live
elig-missing-residence = Only for people in { $place }: where you live is not answered yet
elig-not-residence = Only for people in { $place }
elig-work-farmer = farmers
elig-work-livestock = livestock keepers (dairy, goats, poultry)
elig-work-fisher = fishers
elig-work-labourer = labourers and unorganised workers
elig-work-construction-worker = registered construction workers
elig-work-artisan = artisans and craftspeople
elig-work-street-vendor = street vendors
elig-work-business = people running a small business or shop
elig-work-health-worker = health workers
elig-work-safai-karamchari = safai karamcharis (sanitation workers)
elig-work-ex-serviceman = ex-servicemen
elig-work-sportsperson = sportspersons
elig-work-journalist = journalists
elig-work-unemployed = people looking for work
elig-why-work = For { $work }: your work
elig-missing-work = Only for { $works }: your work is not answered yet
elig-not-work = Only for { $works }
elig-why-bpl = Needs a BPL card: you have one
elig-missing-bpl = Needs a BPL card: not answered yet
elig-not-bpl = Needs a BPL card: you said you have none
elig-why-student = For students: you are one
elig-missing-student = Only for students: not answered yet
elig-not-student = Only for students

# The questionnaire on the Schemes screen.
elig-open = Which schemes can I get?
elig-title = Find schemes for you
elig-intro = Answer what you like; every question can be skipped. Tap an answer again to clear it.
elig-q-age = Age in years
elig-q-gender = Gender
elig-q-caste = Category
elig-q-state = State
elig-q-widowed = Widow?
elig-q-disability = Person with disability?
elig-q-residence = Where do you live?
elig-q-occupation = Your work
elig-q-bpl = BPL card?
elig-q-student = Student?
elig-a-rural = Village
elig-a-urban = Town or city
elig-a-no-answer = Not answered
elig-a-work-farmer = Farmer
elig-a-work-livestock = Livestock (dairy, goats, poultry)
elig-a-work-fisher = Fisher
elig-a-work-labourer = Labourer / daily wages
elig-a-work-construction-worker = Construction worker (registered)
elig-a-work-artisan = Artisan / craftsperson
elig-a-work-street-vendor = Street vendor
elig-a-work-business = Small business or shop
elig-a-work-health-worker = Health worker
elig-a-work-safai-karamchari = Safai karamchari
elig-a-work-ex-serviceman = Ex-serviceman
elig-a-work-sportsperson = Sportsperson
elig-a-work-journalist = Journalist
elig-a-work-unemployed = Looking for work
elig-a-female = Woman
elig-a-male = Man
elig-a-transgender = Transgender
elig-a-general = General
elig-a-obc = OBC
elig-a-sc = SC
elig-a-st = ST
elig-a-ews = EWS
elig-a-pvtg = PVTG
elig-a-other-state = Another state
elig-a-yes = Yes
elig-a-no = No
elig-fit-fits = Fits you
elig-fit-possible = May fit
elig-results = { $count ->
    [one] 1 scheme
   *[other] { $count } schemes
}
elig-none = No scheme fits these answers. Try clearing an answer.
elig-back = Back to search
