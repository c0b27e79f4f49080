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
