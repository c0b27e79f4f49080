# An entrepreneur's progress (stages, check-ins over time, the sales chart) and the
# programme dashboard's screen.

progress-stages-heading = How far the business has come
progress-stage-now = Now here
progress-stage-passed = done
progress-empty = No check-ins yet. After each visit, add a check-in: the progress will show here.
progress-timeline-heading = What happened, newest first
progress-registered = Registered at the kiosk
progress-check-in = Check-in
progress-training-done = Training done
progress-loan-applied = Applied for a loan of { $rupees }
progress-loan-sanctioned = Loan of { $rupees } sanctioned
progress-loan-source = Loan from: { $source }
progress-revenue = Sales in a month: { $rupees }
progress-people = People working: { $people }

progress-chart-heading = Sales and people working
progress-chart-label = Chart of each check-in: monthly sales as bars, people working as a line
progress-chart-revenue = Sales in a month (₹)
progress-chart-people = People working (right-hand scale)
progress-chart-latest = Showing the latest { $count } check-ins.

progress-dashboard-heading = The programme so far
progress-dashboard-back = Back
progress-dashboard-loading = Counting the figures…
progress-dashboard-registered = Entrepreneurs registered
progress-dashboard-women = Women
progress-dashboard-youth = Young people (18 to 35)
progress-dashboard-percent = { $percent }% of all registered
progress-dashboard-launched = Businesses started
progress-dashboard-jobs = People working in these businesses
progress-dashboard-loans = Loans sanctioned
progress-dashboard-loans-total = { $rupees } in all
progress-dashboard-chart = Last 12 months: registered and started
progress-dashboard-month-registered = Registered
progress-dashboard-month-launched = Business started
progress-dashboard-jobs-chart = People working at the end of each month
