# Entrepreneurs: registration with consent, possible duplicates, the record's history,
# check-ins over the months and the programme dashboard.

entrepreneurs-heading = Entrepreneurs
entrepreneurs-register = Register a person
entrepreneurs-search = Search by name, village or mobile number
entrepreneurs-none = No one is registered yet.
entrepreneurs-no-match = No one matches this search.
entrepreneurs-erased-row = Erased record (consent taken back)
entrepreneurs-saved = Saved. { $name } is registered.
entrepreneurs-changes-saved = Changes saved.
entrepreneurs-nothing-changed = Nothing was changed, so nothing was saved.

entrepreneur-field = { $field ->
    [full_name] Full name
    [gender] Gender
    [birth_date] Date of birth
    [age] Age
    [mobile] Mobile number
    [village] Village
    [state] State
    [district] District
    [caste] Caste category (if they want to tell)
    [education] Schooling
    [shg_member] Member of a self-help group
    [sector] Kind of business
    [idea] Business idea
    [stage] Stage
    [bank_account] Has a bank account
    [aadhaar] Aadhaar number (only the last 4 digits are kept)
    [photo] Photo
   *[consent] Consent
}
entrepreneur-age-or-birth-date = Give the date of birth, or the age if the person does not know it.
entrepreneur-aadhaar-kept = Aadhaar: only the last 4 digits are kept (…{ $last4 }).
entrepreneur-age-at-registration = Age when registered: { $age }

consent-heading = Consent
consent-read-aloud = Read this notice to the person in the language they choose, and answer their questions.
consent-agree = The person heard the notice and agrees
consent-recorded = Consent given on { $date } (notice version { $version }).
consent-ask-again = The consent notice has changed. Read the new notice to the person and ask again before saving.

duplicates-heading = This person may already be registered
duplicates-hint = Open the record if it is the same person. Save a new record only if it is someone else.
duplicate-why = { $why ->
    [same_mobile] Same mobile number (ending { $last4 })
   *[similar_name] A similar name in the same village
}
duplicates-save-anyway = It is someone else: save a new record

history-heading = Changes to this record
history-entry = { $action ->
    [registered] Registered by { $operator }
    [edited] Changed by { $operator }
   *[erased] Erased by { $operator }
}
history-fields = Changed: { $fields }
history-operator-gone = an operator no longer on this kiosk

erase-heading = Erase this record
erase-explain = Do this when the person takes back their consent. Their name, number, photo, details and check-ins are removed for good. Only an anonymous number stays, so that the counts stay right.
erase-confirm = Erase for good
erase-done = The record was erased.

check-ins-heading = Check-ins
check-ins-add = Add a check-in
check-ins-none = No check-ins yet.
check-in-field = { $field ->
    [date] Date of the check-in
    [stage] Stage now
    [note] Note
    [training_done] Training done
    [loan_applied_amount] Loan applied for (₹)
    [loan_sanctioned_amount] Loan sanctioned (₹)
    [loan_source] Where the loan came from
    [monthly_revenue] Sales in a month (₹)
   *[people_employed] People working in the business (with the entrepreneur)
}
check-ins-loans-hint = Loans applied for or sanctioned since the last check-in.
check-ins-chart-revenue = Monthly sales (₹)
check-ins-chart-people = People working

dashboard-heading = Programme dashboard
dashboard-registered = Entrepreneurs registered
dashboard-women = Women: { $percent }%
dashboard-youth = Youth (18 to 35): { $percent }%
dashboard-launched = Businesses launched
dashboard-jobs = People working
dashboard-loans = Loans sanctioned: { $count } (₹{ $rupees })
dashboard-by-month = By month
dashboard-month-registered = Registered
dashboard-month-launched = Launched
dashboard-month-loans = Loans sanctioned
dashboard-month-jobs = People working at month end
