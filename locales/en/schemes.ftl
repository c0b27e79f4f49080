# The Schemes screen: search, results and one scheme's page.

schemes-search-label = Search schemes
schemes-search-placeholder = Say what you need: loan for a buffalo, widow pension, sewing machine…
schemes-level-all = All schemes
schemes-level-central = Central government
schemes-level-state = State government
schemes-hint-empty = Type a few words about what you need, in Hindi or English. For example: “mudra loan”, “vidhwa pension”, “silai machine”.
schemes-hint-no-match = No scheme matched these words. Try other words, or fewer of them.
schemes-results-count = { $count ->
    [one] 1 scheme found
   *[other] { $count } schemes found
}
schemes-searching = Searching…

schemes-filter-state = State
schemes-filter-any-state = All states
schemes-filter-category = Subject
schemes-filter-any-category = All subjects
schemes-filter-group = Made for
schemes-filter-anyone = Anyone
schemes-group-female = Women
schemes-group-widowed = Widows
schemes-group-pwd = Persons with disability
schemes-group-sc = Scheduled Castes (SC)
schemes-group-st = Scheduled Tribes (ST)
schemes-group-obc = OBC
schemes-group-ews = EWS
schemes-group-pvtg = PVTG
schemes-group-transgender = Transgender people

scheme-back = Back to results
scheme-level-central = Central government scheme
scheme-level-state = State government scheme
scheme-states = Where it applies
scheme-ministry = Run by
scheme-categories = Subjects
scheme-source = Source
scheme-last-verified = Last checked on { $date }
scheme-no-description = No short description is available yet. Ask the operator to check the source.
scheme-show-other-language = पढ़ें हिन्दी में

scheme-benefits = What you get
scheme-eligibility = Who can apply
scheme-how-to-apply = How to apply
scheme-documents = Papers to carry
scheme-detail-english-only = The full details are in English only for now; the operator can read them out.
scheme-no-detail = The full details of this scheme are not in the kiosk yet. See the source below.

checklist-open = Print the list of papers
checklist-title = Papers to carry
checklist-for = Scheme: { $scheme }
checklist-where = Where and how to apply
checklist-tick = Tick each paper once you have it with you.
checklist-printed = Printed at { $kiosk } on { $date }
checklist-print = Print
checklist-back = Back to the scheme
checklist-no-documents = The kiosk has no list of papers for this scheme yet. Ask at the office where you apply.
scheme-where-to-apply = Where to apply
scheme-helpline = Helpline
