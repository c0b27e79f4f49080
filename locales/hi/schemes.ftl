# योजनाएँ: खोज, नतीजे और एक योजना का पन्ना।

schemes-search-label = योजना खोजें
schemes-search-placeholder = बताइए क्या चाहिए: भैंस के लिए लोन, विधवा पेंशन, सिलाई मशीन…
schemes-level-all = सभी योजनाएँ
schemes-level-central = केंद्र सरकार
schemes-level-state = राज्य सरकार
schemes-hint-empty = जो चाहिए उसके बारे में कुछ शब्द लिखें, हिन्दी या अंग्रेज़ी में। जैसे: “मुद्रा लोन”, “विधवा पेंशन”, “सिलाई मशीन”।
schemes-hint-no-match = इन शब्दों से कोई योजना नहीं मिली। दूसरे शब्द लिखें, या कम शब्द लिखें।
schemes-results-count = { $count ->
    [one] { $count } योजना मिली
   *[other] { $count } योजनाएँ मिलीं
}
schemes-searching = खोज रहे हैं…

schemes-filter-state = राज्य
schemes-filter-any-state = सभी राज्य
schemes-filter-category = विषय
schemes-filter-any-category = सभी विषय
schemes-filter-group = किसके लिए
schemes-filter-anyone = सभी के लिए
schemes-group-female = महिलाएँ
schemes-group-widowed = विधवा महिलाएँ
schemes-group-pwd = दिव्यांगजन
schemes-group-sc = अनुसूचित जाति (एससी)
schemes-group-st = अनुसूचित जनजाति (एसटी)
schemes-group-obc = पिछड़ा वर्ग (ओबीसी)
schemes-group-ews = आर्थिक रूप से कमज़ोर वर्ग (ईडब्ल्यूएस)
schemes-group-pvtg = विशेष रूप से कमज़ोर जनजाति समूह (पीवीटीजी)
schemes-group-transgender = ट्रांसजेंडर लोग

scheme-back = नतीजों पर लौटें
scheme-level-central = केंद्र सरकार की योजना
scheme-level-state = राज्य सरकार की योजना
scheme-states = कहाँ लागू है
scheme-ministry = कौन चलाता है
scheme-categories = विषय
scheme-source = स्रोत
scheme-last-verified = आख़िरी बार { $date } को जाँचा गया
scheme-no-description = अभी इसका छोटा विवरण नहीं है। संचालक से स्रोत देखने को कहें।
scheme-show-other-language = Read in English

scheme-benefits = क्या मिलता है
scheme-eligibility = कौन आवेदन कर सकता है
scheme-how-to-apply = आवेदन कैसे करें
scheme-documents = साथ ले जाने वाले कागज़
scheme-detail-english-only = पूरी जानकारी अभी सिर्फ़ अंग्रेज़ी में है; संचालक इसे पढ़कर सुना सकते हैं।
scheme-no-detail = इस योजना की पूरी जानकारी अभी कियोस्क में नहीं है। नीचे दिया स्रोत देखें।

checklist-open = कागज़ों की सूची छापें
checklist-title = साथ ले जाने वाले कागज़
checklist-for = योजना: { $scheme }
checklist-where = कहाँ और कैसे आवेदन करें
checklist-tick = हर कागज़ साथ रख लेने पर उसके आगे निशान लगाएँ।
checklist-printed = { $kiosk } से { $date } को छापा गया
checklist-print = छापें
checklist-back = योजना पर लौटें
checklist-no-documents = इस योजना के कागज़ों की सूची अभी कियोस्क में नहीं है। जहाँ आवेदन करना है, वहाँ पूछें।
scheme-where-to-apply = कहाँ आवेदन करें
scheme-helpline = हेल्पलाइन
