# Sending records to the head office, as kioskctl reports it (the Sync screen's own
# words are in sync-screen.ftl).
sync-enrolled = This kiosk is now connected to the head office at { $url } (kiosk id { $kiosk }). Records waiting will be sent from now on.
sync-report = Sent: { $sent } new records, { $duplicates } the head office already had. Batches: { $batches }. Photos uploaded: { $photos }.
sync-report-quarantined = { $count ->
    [one] 1 record was refused by the head office and set aside; see "kioskctl sync status".
   *[other] { $count } records were refused by the head office and set aside; see "kioskctl sync status".
}
sync-report-nothing = Nothing was waiting to be sent.
sync-what-to-do = Say what to do: "kioskctl sync --once" sends what is waiting now; "kioskctl sync enrol", "status" and "retry" are the other commands.
sync-status-not-enrolled = This kiosk is not connected to a head office yet. Ask the head office for its address and a one-time token, then run "kioskctl sync enrol --url ADDRESS --token TOKEN".
sync-status-server = Head office: { $url } (kiosk id { $kiosk })
sync-status-pending = { $count ->
    [0] Nothing is waiting to be sent.
    [one] 1 record is waiting to be sent:
   *[other] { $count } records are waiting to be sent:
}
sync-status-pending-kind = { $kind ->
    [entrepreneur] Entrepreneurs
    [check_in] Check-ins
    [learner] Learners
    [lesson_progress] Lessons read and quizzes
    [course_completion] Courses completed
   *[other] Other records ({ $kind })
}: { $count }
sync-status-last-success = Last sent: { $at } (UTC)
sync-status-never-sent = Nothing has reached the head office yet.
sync-status-last-error = Last problem, at { $at } (UTC): { $message }
sync-status-next-attempt = Next try: { $at } (UTC)
sync-status-quarantined = { $count ->
    [one] 1 record was refused by the head office (tell the head office the reason; "kioskctl sync retry" sends it again):
   *[other] { $count } records were refused by the head office (tell the head office the reasons; "kioskctl sync retry" sends them again):
}
sync-status-quarantined-record = { $kind } { $id }, version { $version }: { $reason }
sync-retried = { $count ->
    [0] No refused records were waiting.
    [one] 1 refused record is back in the queue.
   *[other] { $count } refused records are back in the queue.
}
