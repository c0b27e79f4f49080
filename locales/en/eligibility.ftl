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
