# Sending records to the head office, as kioskctl reports it (the Sync screen's own
# words are in sync-screen.ftl).
sync-enrolled = यह कियोस्क अब { $url } पर मुख्य कार्यालय से जुड़ गया है (कियोस्क आईडी { $kiosk })। भेजे जाने वाले रिकॉर्ड अब से भेजे जाएँगे।
sync-report = भेजे गए: { $sent } नए रिकॉर्ड, { $duplicates } जो मुख्य कार्यालय के पास पहले से थे। खेपें: { $batches }। अपलोड हुई फ़ोटो: { $photos }।
sync-report-quarantined = { $count ->
    [one] 1 रिकॉर्ड मुख्य कार्यालय ने नहीं लिया और उसे अलग रखा गया है; "kioskctl sync status" देखें।
   *[other] { $count } रिकॉर्ड मुख्य कार्यालय ने नहीं लिए और उन्हें अलग रखा गया है; "kioskctl sync status" देखें।
}
sync-report-nothing = भेजने के लिए कुछ भी बाक़ी नहीं था।
sync-what-to-do = बताइए क्या करना है: "kioskctl sync --once" बाक़ी रिकॉर्ड अभी भेजता है; "kioskctl sync enrol", "status" और "retry" बाक़ी कमांड हैं।
sync-status-not-enrolled = यह कियोस्क अभी किसी मुख्य कार्यालय से नहीं जुड़ा है। मुख्य कार्यालय से उसका पता और एक बार चलने वाला टोकन माँगें, फिर "kioskctl sync enrol --url ADDRESS --token TOKEN" चलाएँ।
sync-status-server = मुख्य कार्यालय: { $url } (कियोस्क आईडी { $kiosk })
sync-status-pending = { $count ->
    [0] भेजने के लिए कुछ भी बाक़ी नहीं है।
    [one] 1 रिकॉर्ड भेजा जाना बाक़ी है:
   *[other] { $count } रिकॉर्ड भेजे जाने बाक़ी हैं:
}
sync-status-pending-kind = { $kind ->
    [entrepreneur] उद्यमी
    [check_in] मुलाक़ातें
    [learner] सीखने वाले
    [lesson_progress] पढ़े गए पाठ और क्विज़
    [course_completion] पूरे हुए कोर्स
   *[other] दूसरे रिकॉर्ड ({ $kind })
}: { $count }
sync-status-last-success = पिछली बार भेजा गया: { $at } (UTC)
sync-status-never-sent = अभी तक कुछ भी मुख्य कार्यालय तक नहीं पहुँचा है।
sync-status-last-error = पिछली दिक़्क़त, { $at } (UTC) पर: { $message }
sync-status-next-attempt = अगली कोशिश: { $at } (UTC)
sync-status-quarantined = { $count ->
    [one] 1 रिकॉर्ड मुख्य कार्यालय ने नहीं लिया (मुख्य कार्यालय को कारण बताएँ; "kioskctl sync retry" इसे फिर से भेजता है):
   *[other] { $count } रिकॉर्ड मुख्य कार्यालय ने नहीं लिए (मुख्य कार्यालय को कारण बताएँ; "kioskctl sync retry" इन्हें फिर से भेजता है):
}
sync-status-quarantined-record = { $kind } { $id }, संस्करण { $version }: { $reason }
sync-retried = { $count ->
    [0] अलग रखा गया कोई रिकॉर्ड नहीं था।
    [one] अलग रखा गया 1 रिकॉर्ड फिर से भेजने की कतार में है।
   *[other] अलग रखे गए { $count } रिकॉर्ड फिर से भेजने की कतार में हैं।
}
