# कोर्स: कोर्स पैक और उनमें क्या ग़लत हो सकता है (id: pack-<समस्या का कोड>)।

pack-at-file = फ़ाइल { $file }
pack-at-line = फ़ाइल { $file }, पंक्ति { $line }
pack-lang-hi = हिन्दी
pack-lang-en = अंग्रेज़ी
pack-field-title = शीर्षक
pack-field-description = विवरण
pack-field-lesson = पाठ
pack-field-prompt = सवाल
pack-field-option = जवाब का एक विकल्प
pack-field-explanation = समझाने वाला हिस्सा

pack-unreadable = यह कोर्स का फ़ोल्डर या पढ़ी जा सकने वाली ज़िप फ़ाइल नहीं है ({ $detail })।
pack-unsafe-path = यह फ़ाइल का नाम पैक के बाहर की ओर जाता है; पैक में सिर्फ़ उसके अपने फ़ोल्डर के अंदर के सीधे नाम हो सकते हैं।
pack-symlink = यह किसी दूसरी जगह का लिंक है; इसकी जगह असली फ़ाइल पैक में कॉपी करें।
pack-file-too-large = यह फ़ाइल { $megabytes } MB की है; पैक की एक फ़ाइल ज़्यादा से ज़्यादा 2 MB की हो सकती है।
pack-too-many-files = पैक में { $count } से ज़्यादा फ़ाइलें हैं; ज़्यादा से ज़्यादा 500 हो सकती हैं।
pack-too-large = खोलने पर पैक 20 MB से बड़ा हो जाता है, जो किसी कोर्स के लिए ज़रूरत से ज़्यादा है; इसे आगे नहीं खोला गया।
pack-missing-file = यह फ़ाइल पैक में नहीं है।
pack-syntax = यह फ़ाइल पढ़ी नहीं जा सकी: { $detail }
pack-missing-language = { $field } में { $lang } का लेख नहीं है।
pack-duplicate-id = पहचान “{ $id }” दो बार इस्तेमाल हुई है।
pack-bad-id = पहचान “{ $id }” में सिर्फ़ छोटे अक्षर a–z, अंक और - हो सकते हैं।
pack-no-lessons = इस कोर्स में कोई पाठ नहीं है।
pack-few-questions = इस क्विज़ में { $count } सवाल हैं; हर क्विज़ में कम से कम 3 सवाल चाहिए।
pack-option-count = इस सवाल में जवाब के { $count } विकल्प हैं; 2 से 6 विकल्प दें।
pack-answer-out-of-range = सही जवाब { $answer } दिए गए { $options } विकल्पों में से नहीं है।
pack-right-answers = इस सवाल के { $count } अलग सही जवाब हैं: एक जवाब वाले सवाल का ठीक एक सही जवाब होना चाहिए, कई जवाब वाले का कम से कम एक, और हर जवाब एक ही बार।
pack-broken-image = तस्वीर “{ $target }” पैक के images फ़ोल्डर में नहीं है।
pack-bad-link = लिंक “{ $target }” कियोस्क के बाहर जाता है; सिर्फ़ images/… या किसी योजना (scheme:ID) का लिंक दें।
pack-unknown-scheme = कियोस्क की योजना सूची में “{ $id }” नाम की कोई योजना नहीं है।
pack-html-in-lesson = पाठ सादे Markdown में होने चाहिए; HTML टैग की अनुमति नहीं है।
pack-not-an-image = यह PNG, JPEG या SVG तस्वीर नहीं है।
pack-svg-script = इस SVG तस्वीर में स्क्रिप्ट या कोड चलाने वाला लिंक है; सिर्फ़ सादे चित्र चल सकते हैं।
pack-older-version = कियोस्क में इस कोर्स का संस्करण { $installed } पहले से है, जो इस पैक के संस्करण { $offered } से नया है; कुछ नहीं बदला गया।

# kioskctl courses
courses-list-size = { $lessons } पाठ, लगभग { $minutes } मिनट
courses-valid = सही पैक, संस्करण { $version }, { $lessons } पाठ।
courses-import-installed = लग गया, संस्करण { $version }।
courses-import-upgraded = संस्करण { $from } से { $version } में बदला गया; जो पाठ अब भी हैं उनमें सीखने वालों की प्रगति बनी रहती है।
courses-import-already-current = संस्करण { $version } पहले से कियोस्क में है; कुछ नहीं बदला गया।

# कोर्स स्क्रीन।
courses-who = आज कौन सीख रहा है?
courses-who-hint = अपना नाम छुएँ। पहली बार आए हैं? नीचे अपना नाम जोड़ें।
courses-new-learner = नया नाम जोड़ें
courses-your-name = आपका नाम
courses-choose-picture = अपनी तस्वीर चुनें
courses-add = सीखना शुरू करें
courses-not-you = आप नहीं हैं? बदलें
courses-hello = नमस्ते, { $name }! कोई कोर्स चुनें।
courses-lessons-done = { $total } में से { $passed } पाठ पूरे
courses-minutes = लगभग { $minutes } मिनट
courses-completed = पूरा हुआ
courses-continue = आगे पढ़ें
courses-start = शुरू करें
courses-back-to-list = सभी कोर्स
courses-back-to-course = पाठों की सूची
courses-lesson-of = पाठ { $number } / { $count }
courses-status-passed = पास
courses-status-read = पढ़ लिया
courses-status-new = अभी शुरू नहीं
courses-take-quiz = मैंने पढ़ लिया: क्विज़ दें
courses-quiz-title = क्विज़
courses-quiz-single = एक जवाब चुनें।
courses-quiz-multiple = हर सही जवाब चुनें।
courses-quiz-check = मेरे जवाब जाँचें
courses-quiz-answer-all = पहले हर सवाल का जवाब दें।
courses-quiz-score = { $total } में से { $right } सही ({ $score }%)
courses-quiz-passed = शाबाश! आपने यह पाठ पास कर लिया।
courses-quiz-failed = पास होने के लिए 70% चाहिए। समझाने वाली बातें पढ़ें और फिर कोशिश करें।
courses-quiz-right = सही
courses-quiz-wrong = सही नहीं
courses-quiz-retry = फिर कोशिश करें
courses-next-lesson = अगला पाठ
courses-course-complete = आपने पूरा कोर्स कर लिया!
courses-see-certificate = अपना प्रमाण पत्र देखें
courses-certificate-title = कोर्स पूरा करने का प्रमाण पत्र
courses-certificate-name-line = प्रमाणित किया जाता है कि
courses-certificate-course-line = ने यह कोर्स पूरा किया है
courses-certificate-given = { $kiosk } में, { $date } को
courses-print = छापें
avatar-mango = आम
avatar-peacock = मोर
avatar-lotus = कमल
avatar-tiger = बाघ
avatar-elephant = हाथी
avatar-parrot = तोता
avatar-sun = सूरज
avatar-moon = चाँद
avatar-star = तारा
avatar-tree = पेड़
avatar-cow = गाय
avatar-kite = पतंग
courses-back = वापस
courses-report-open = कियोस्क संचालक के लिए: सीखने वाले और पूरे हुए कोर्स
courses-report-title = इस कियोस्क पर पढ़ाई
courses-report-chart = हर हफ़्ते पूरे हुए कोर्स
courses-report-learners = { $count ->
    [one] 1 सीखने वाला
   *[other] { $count } सीखने वाले
}
courses-report-lessons = पास किए पाठ
courses-report-courses = पूरे किए कोर्स
courses-report-last = आख़िरी क्विज़
