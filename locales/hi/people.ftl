# उद्यमी: सहमति के साथ नाम लिखना, मिलते-जुलते रिकॉर्ड, रिकॉर्ड में बदलाव, महीनों की
# मुलाक़ातें और कार्यक्रम का डैशबोर्ड।

entrepreneurs-heading = उद्यमी
entrepreneurs-register = नया नाम लिखें
entrepreneurs-search = नाम, गाँव या मोबाइल नंबर से खोजें
entrepreneurs-none = अभी तक किसी का नाम नहीं लिखा गया है।
entrepreneurs-no-match = इस खोज से कोई नहीं मिला।
entrepreneurs-erased-row = मिटाया गया रिकॉर्ड (सहमति वापस ली गई)
entrepreneurs-saved = सेव हो गया। { $name } का नाम लिख लिया गया है।
entrepreneurs-changes-saved = बदलाव सेव हो गए।
entrepreneurs-nothing-changed = कुछ बदला नहीं था, इसलिए कुछ सेव नहीं हुआ।

entrepreneur-field = { $field ->
    [full_name] पूरा नाम
    [gender] लिंग
    [birth_date] जन्म की तारीख़
    [age] उम्र
    [mobile] मोबाइल नंबर
    [village] गाँव
    [state] राज्य
    [district] ज़िला
    [caste] जाति की श्रेणी (अगर बताना चाहें)
    [education] पढ़ाई
    [shg_member] स्वयं सहायता समूह से जुड़े हैं
    [sector] काम-धंधे का प्रकार
    [idea] काम का आइडिया
    [stage] काम कहाँ तक पहुँचा
    [bank_account] बैंक खाता है
    [aadhaar] आधार नंबर (सिर्फ़ आख़िरी 4 अंक रखे जाते हैं)
    [photo] फ़ोटो
   *[consent] सहमति
}
entrepreneur-age-or-birth-date = जन्म की तारीख़ लिखें, या तारीख़ पता न हो तो उम्र लिखें।
entrepreneur-aadhaar-kept = आधार: सिर्फ़ आख़िरी 4 अंक रखे गए हैं (…{ $last4 })।
entrepreneur-age-at-registration = नाम लिखते समय उम्र: { $age }

consent-heading = सहमति
consent-read-aloud = यह सूचना व्यक्ति को उनकी चुनी भाषा में पढ़कर सुनाएँ, और उनके सवालों के जवाब दें।
consent-agree = व्यक्ति ने सूचना सुनी और वे सहमत हैं
consent-recorded = सहमति { $date } को दी गई (सूचना का संस्करण { $version })।
consent-ask-again = सहमति की सूचना बदल गई है। सेव करने से पहले नई सूचना व्यक्ति को पढ़कर सुनाएँ और फिर से पूछें।

duplicates-heading = हो सकता है इस व्यक्ति का नाम पहले से लिखा हो
duplicates-hint = अगर यही व्यक्ति है तो उनका रिकॉर्ड खोलें। नया रिकॉर्ड तभी सेव करें जब यह कोई और हो।
duplicate-why = { $why ->
    [same_mobile] वही मोबाइल नंबर (आख़िरी अंक { $last4 })
   *[similar_name] उसी गाँव में मिलता-जुलता नाम
}
duplicates-save-anyway = यह कोई और है: नया रिकॉर्ड सेव करें

history-heading = इस रिकॉर्ड में हुए बदलाव
history-entry = { $action ->
    [registered] { $operator } ने नाम लिखा
    [edited] { $operator } ने बदलाव किया
   *[erased] { $operator } ने मिटाया
}
history-fields = बदला गया: { $fields }
history-operator-gone = ऐसा संचालक जो अब इस कियोस्क पर नहीं है

erase-heading = यह रिकॉर्ड मिटाएँ
erase-explain = ऐसा तब करें जब व्यक्ति अपनी सहमति वापस ले ले। उनका नाम, नंबर, फ़ोटो, सारी जानकारी और मुलाक़ातें हमेशा के लिए हट जाएँगी। सिर्फ़ बिना नाम का एक नंबर बचेगा, ताकि गिनती सही रहे।
erase-confirm = हमेशा के लिए मिटाएँ
erase-done = रिकॉर्ड मिटा दिया गया।

check-ins-heading = मुलाक़ातें
check-ins-add = नई मुलाक़ात लिखें
check-ins-none = अभी कोई मुलाक़ात नहीं लिखी गई।
check-in-field = { $field ->
    [date] मुलाक़ात की तारीख़
    [stage] काम अब कहाँ तक पहुँचा
    [note] नोट
    [training_done] ट्रेनिंग हो गई
    [loan_applied_amount] कितने लोन के लिए अर्ज़ी दी (₹)
    [loan_sanctioned_amount] कितना लोन मंज़ूर हुआ (₹)
    [loan_source] लोन कहाँ से मिला
    [monthly_revenue] महीने की बिक्री (₹)
   *[people_employed] काम में लगे लोग (उद्यमी समेत)
}
check-ins-loans-hint = पिछली मुलाक़ात के बाद जिन लोन के लिए अर्ज़ी दी गई या जो मंज़ूर हुए।
check-ins-chart-revenue = महीने की बिक्री (₹)
check-ins-chart-people = काम में लगे लोग

dashboard-heading = कार्यक्रम का डैशबोर्ड
dashboard-registered = कितने उद्यमियों के नाम लिखे गए
dashboard-women = महिलाएँ: { $percent }%
dashboard-youth = युवा (18 से 35 साल): { $percent }%
dashboard-launched = जिनका काम शुरू हो गया
dashboard-jobs = काम में लगे लोग
dashboard-loans = मंज़ूर हुए लोन: { $count } (₹{ $rupees })
dashboard-by-month = महीने के हिसाब से
dashboard-month-registered = नाम लिखे गए
dashboard-month-launched = काम शुरू हुआ
dashboard-month-loans = लोन मंज़ूर हुए
dashboard-month-jobs = महीने के आख़िर में काम में लगे लोग
