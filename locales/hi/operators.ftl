# कियोस्क की शुरुआती सेटिंग, संचालक का साइन इन और संचालक की अपनी स्क्रीन।
operator-open = संचालक
operator-signed-in = { $role ->
    [admin] साइन इन: { $name } (एडमिन)
   *[other] साइन इन: { $name }
}
operator-task-course-packs = कोर्स जोड़ें
operator-task-course-packs-hint = पेन ड्राइव से नया कोर्स लगाएँ या पुराना कोर्स अपडेट करें।
operator-task-learning-report = सीखने वाले और प्रमाणपत्र
operator-task-learning-report-hint = कौन सीख रहा है, और हर हफ़्ते कितने कोर्स पूरे हुए।
operator-task-operators = संचालक
operator-task-operators-hint = कियोस्क के संचालक देखें और नया संचालक जोड़ें।
sign-out = साइन आउट

sign-in-heading = संचालक साइन इन
sign-in-hint = अपने नाम पर दबाएँ और अपना पिन लिखें।
sign-in-locked = { $minutes ->
    [one] 1 मिनट
   *[other] { $minutes } मिनट
} तक काम न होने से स्क्रीन बंद हो गई। आगे काम करने के लिए फिर से साइन इन करें।
sign-in-who = आपका नाम
sign-in-pin = पिन
sign-in-submit = साइन इन करें
sign-in-no-operators = इस कियोस्क पर अभी कोई संचालक नहीं है। पहले कियोस्क की सेटिंग करें।

setup-heading = इस कियोस्क की सेटिंग करें
setup-hint = यह एक ही बार होता है, कियोस्क के प्रभारी द्वारा। कियोस्क का नाम पर्चियों और प्रमाणपत्रों पर छपता है।
setup-kiosk = कियोस्क
setup-kiosk-name = कियोस्क का नाम
setup-state = राज्य
setup-district = ज़िला
setup-block = ब्लॉक
setup-village = गाँव
setup-choose = — चुनें —
setup-admin = पहला एडमिन
setup-admin-hint = एडमिन साइन इन करके उद्यमियों का पंजीकरण करता है, संचालक जोड़ता है और रिकॉर्ड निकालता है।
setup-admin-name = एडमिन का नाम
setup-pin = पिन (6 से 12 अंक)
setup-pin-again = वही पिन दोबारा
setup-pin-mismatch = दोनों पिन एक जैसे नहीं हैं। दोनों खानों में पिन फिर से लिखें।
setup-submit = सहेजें और शुरू करें
setup-later = बाद में: अभी सिर्फ़ योजनाएँ और कोर्स

operators-back = संचालक स्क्रीन पर वापस
operators-heading = इस कियोस्क के संचालक
operators-role-operator = संचालक
operators-role-admin = एडमिन
operators-add = संचालक जोड़ें
operators-name = नाम
operators-pin = पिन (6 से 12 अंक)
operators-role = भूमिका
operators-submit = संचालक जोड़ें
operators-added = { $name } अब साइन इन कर सकते हैं।

course-packs-heading = पेन ड्राइव से कोर्स जोड़ें
course-packs-hint = कोर्स की फ़ाइलों वाली पेन ड्राइव कियोस्क में लगाएँ। कियोस्क उसमें और डाउनलोड फ़ोल्डर में कोर्स पैक (zip फ़ाइल या कोर्स फ़ोल्डर) ढूँढता है।
course-packs-look = फिर से ढूँढें
course-packs-looking = कोर्स पैक ढूँढ रहे हैं…
course-packs-none = कोई कोर्स पैक नहीं मिला। देखें कि पेन ड्राइव लगी है, कुछ सेकंड रुकें, और "फिर से ढूँढें" दबाएँ।
course-packs-install = जाँचें और लगाएँ
course-packs-installing = जाँच रहे हैं…
course-packs-installed = कोर्स "{ $id }" लग गया (संस्करण { $version })। सीखने वाले अब इसे शुरू कर सकते हैं।
course-packs-upgraded = कोर्स "{ $id }" संस्करण { $from } से { $version } में अपडेट हो गया। जो पाठ अब भी हैं, उनमें सीखने वालों की प्रगति बनी रहती है।
course-packs-already-current = कोर्स "{ $id }" का संस्करण { $version } पहले से कियोस्क पर है। कुछ नहीं बदला।

# Kiosk mode and start on login (operator screen).
operator-task-kiosk-mode = कियोस्क मोड
operator-task-kiosk-mode-hint = पूरी स्क्रीन, जिससे सिर्फ़ संचालक निकल सकें; कंप्यूटर के साथ शुरू।
kiosk-mode-heading = कियोस्क मोड
kiosk-mode-active = विंडो अभी कियोस्क मोड में है: पूरी स्क्रीन, और यह सिर्फ़ संचालक के पिन से बंद होगी।
kiosk-mode-inactive = विंडो अभी सामान्य विंडो है।
kiosk-mode-enabled = कियोस्क मोड में खोलें
kiosk-mode-enabled-hint = पूरी स्क्रीन, विंडो का किनारा नहीं; इससे निकलने के लिए संचालक का पिन चाहिए।
kiosk-mode-login = कंप्यूटर चालू होते ही शुरू करें
kiosk-mode-login-hint = कंप्यूटर का उपयोगकर्ता लॉग इन करते ही ग्राम कियोस्क अपने आप खुलेगा।
kiosk-mode-on = चालू
kiosk-mode-off = बंद
kiosk-mode-save = सहेजें
kiosk-mode-saved = सहेज लिया।
kiosk-mode-admin-only = इन्हें सिर्फ़ एडमिन बदल सकते हैं।
kiosk-mode-leave-heading = कियोस्क मोड से निकलें
kiosk-mode-leave-pin = आपका पिन
kiosk-mode-leave = कियोस्क मोड से निकलें
kiosk-mode-left = विंडो फिर से सामान्य है।
kiosk-mode-left-next-start = सेटिंग चालू रहने तक अगली बार यह कियोस्क मोड में ही खुलेगी।
kiosk-mode-back = संचालक स्क्रीन पर वापस
