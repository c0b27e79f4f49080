# The Sync screen: sending the kiosk's records to the head office.
sync-heading = Send records to the head office
sync-enrol-hint = The head office gives you its address and a one-time code for this kiosk. Type both here once; after that the kiosk sends its records by itself whenever the internet works.
sync-server = Head office address
sync-token = One-time code
sync-enrol-submit = Connect this kiosk
sync-waiting = { $count ->
    [0] Nothing is waiting: every record has reached the head office.
    [one] record is waiting to be sent.
   *[other] records are waiting to be sent.
}
sync-now = Send now
sync-sending = Sending…
sync-sending-hint = Sending the records. This can take a few minutes on slow internet; the kiosk keeps working meanwhile.
sync-last-success = Last sent
sync-never = Not yet
sync-kind = { $kind ->
    [entrepreneur] Entrepreneurs
    [check_in] Check-ins
    [learner] Learners
    [lesson_progress] Lessons read and quizzes
   *[course_completion] Courses completed
}
sync-quarantined = { $count ->
    [one] 1 record was refused by the head office
   *[other] { $count } records were refused by the head office
}
sync-quarantined-hint = The others were sent. Tell the head office the reason shown; when they say it is fixed, try again.
sync-retry = Try again
sync-retry-all = Try all again
