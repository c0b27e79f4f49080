# पात्रता जाँच: योजना किसके लिए है, क्यों मिल सकती है, क्या बाकी है।
# समूहों के नाम "... के लिए" में आते हैं, इसलिए तिर्यक रूप में हैं (महिलाओं, पुरुषों)।

elig-group-everyone = सभी लोगों
elig-group-female = महिलाओं
elig-group-male = पुरुषों
elig-group-transgender = ट्रांसजेंडर लोगों
elig-group-general = सामान्य वर्ग
elig-group-obc = पिछड़ा वर्ग (ओबीसी)
elig-group-sc = अनुसूचित जाति (एससी)
elig-group-st = अनुसूचित जनजाति (एसटी)
elig-group-ews = आर्थिक रूप से कमज़ोर वर्ग (ईडब्ल्यूएस)
elig-group-pvtg = विशेष रूप से कमज़ोर जनजाति समूह (पीवीटीजी)
elig-group-widowed = विधवा महिलाओं
elig-group-pwd = दिव्यांगजनों

elig-why-group = { $group } के लिए, उम्र { $min } से { $max } साल: आपकी उम्र { $age } साल है
elig-why-group-no-age = { $group } के लिए
elig-why-state-all = पूरे भारत में लागू
elig-why-state = { $state } में लागू, जहाँ आप रहते हैं
elig-missing-age = आपकी उम्र नहीं बताई गई: यह योजना { $min } से { $max } साल की उम्र के लिए है
elig-missing-answer = सिर्फ़ { $groups } के लिए: इसका जवाब अभी नहीं दिया
elig-missing-state = सिर्फ़ { $states } में: आपका राज्य अभी नहीं बताया
elig-not-age = सिर्फ़ { $min } से { $max } साल की उम्र के लिए: आपकी उम्र { $age } साल है
elig-not-group = सिर्फ़ { $groups } के लिए
elig-not-state = सिर्फ़ { $states } में

# निवास, काम, बीपीएल कार्ड और विद्यार्थी के नियम (जगह और काम "... के लिए" से पहले आते हैं)।
elig-place-rural = गाँव (ग्रामीण क्षेत्र)
elig-place-urban = शहर या कस्बे (शहरी क्षेत्र)
elig-why-residence = { $place } के लोगों के लिए, जहाँ आप रहते हैं
elig-missing-residence = सिर्फ़ { $place } के लोगों के लिए: आप कहाँ रहते हैं, यह अभी नहीं बताया
elig-not-residence = सिर्फ़ { $place } के लोगों के लिए
elig-work-farmer = किसानों
elig-work-livestock = पशुपालकों (डेयरी, बकरी, मुर्गी)
elig-work-fisher = मछुआरों
elig-work-labourer = मज़दूरों और असंगठित कामगारों
elig-work-construction-worker = पंजीकृत निर्माण मज़दूरों
elig-work-artisan = कारीगरों और शिल्पकारों
elig-work-street-vendor = रेहड़ी-पटरी वालों
elig-work-business = छोटा धंधा या दुकान चलाने वालों
elig-work-health-worker = स्वास्थ्य कर्मियों
elig-work-safai-karamchari = सफ़ाई कर्मचारियों
elig-work-ex-serviceman = पूर्व सैनिकों
elig-work-sportsperson = खिलाड़ियों
elig-work-journalist = पत्रकारों
elig-work-unemployed = काम की तलाश करने वालों
elig-why-work = { $work } के लिए: आपका काम यही है
elig-missing-work = सिर्फ़ { $works } के लिए: आपका काम अभी नहीं बताया
elig-not-work = सिर्फ़ { $works } के लिए
elig-why-bpl = बीपीएल कार्ड चाहिए: आपके पास है
elig-missing-bpl = बीपीएल कार्ड चाहिए: अभी नहीं बताया
elig-not-bpl = बीपीएल कार्ड चाहिए: आपने बताया कि आपके पास नहीं है
elig-why-student = विद्यार्थियों के लिए: आप पढ़ रहे हैं
elig-missing-student = सिर्फ़ विद्यार्थियों के लिए: अभी नहीं बताया
elig-not-student = सिर्फ़ विद्यार्थियों के लिए

# योजना स्क्रीन पर सवाल।
elig-open = मुझे कौन सी योजनाएँ मिल सकती हैं?
elig-title = आपके लिए योजनाएँ खोजें
elig-intro = जितना चाहें उतना बताइए; कोई भी सवाल छोड़ सकते हैं। जवाब हटाने के लिए उसे दोबारा छुएँ।
elig-q-age = उम्र (साल में)
elig-q-gender = लिंग
elig-q-caste = वर्ग
elig-q-state = राज्य
elig-q-widowed = विधवा हैं?
elig-q-disability = दिव्यांग हैं?
elig-q-residence = कहाँ रहते हैं?
elig-q-occupation = आपका काम
elig-q-bpl = बीपीएल कार्ड है?
elig-q-student = पढ़ाई कर रहे हैं?
elig-a-rural = गाँव
elig-a-urban = शहर या कस्बा
elig-a-no-answer = नहीं बताया
elig-a-work-farmer = किसान
elig-a-work-livestock = पशुपालन (डेयरी, बकरी, मुर्गी)
elig-a-work-fisher = मछली पालन / मछुआरा
elig-a-work-labourer = मज़दूर / दिहाड़ी
elig-a-work-construction-worker = निर्माण मज़दूर (पंजीकृत)
elig-a-work-artisan = कारीगर / शिल्पकार
elig-a-work-street-vendor = रेहड़ी-पटरी वाला
elig-a-work-business = छोटा धंधा या दुकान
elig-a-work-health-worker = स्वास्थ्य कर्मी
elig-a-work-safai-karamchari = सफ़ाई कर्मचारी
elig-a-work-ex-serviceman = पूर्व सैनिक
elig-a-work-sportsperson = खिलाड़ी
elig-a-work-journalist = पत्रकार
elig-a-work-unemployed = काम की तलाश में
elig-a-female = महिला
elig-a-male = पुरुष
elig-a-transgender = ट्रांसजेंडर
elig-a-general = सामान्य
elig-a-obc = ओबीसी
elig-a-sc = एससी
elig-a-st = एसटी
elig-a-ews = ईडब्ल्यूएस
elig-a-pvtg = पीवीटीजी
elig-a-other-state = कोई दूसरा राज्य
elig-a-yes = हाँ
elig-a-no = नहीं
elig-fit-fits = आपके लिए है
elig-fit-possible = शायद मिल सकती है
elig-results = { $count ->
    [one] { $count } योजना
   *[other] { $count } योजनाएँ
}
elig-none = इन जवाबों से कोई योजना नहीं मिली। कोई जवाब हटाकर देखें।
elig-back = खोज पर लौटें
