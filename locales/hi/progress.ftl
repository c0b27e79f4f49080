# उद्यमी की प्रगति (काम के पड़ाव, मुलाक़ातें, बिक्री का चार्ट) और पूरे कार्यक्रम का
# हिसाब दिखाने वाली स्क्रीन।

progress-stages-heading = काम कहाँ तक पहुँचा
progress-stage-now = अभी यहाँ
progress-stage-passed = पूरा हुआ
progress-empty = अभी कोई मुलाक़ात नहीं लिखी गई। हर मुलाक़ात के बाद उसे यहाँ लिखें, तब काम की बढ़त यहाँ दिखेगी।
progress-timeline-heading = अब तक क्या-क्या हुआ (नई बात सबसे ऊपर)
progress-registered = कियोस्क पर नाम लिखा गया
progress-check-in = मुलाक़ात
progress-training-done = ट्रेनिंग पूरी हो गई
progress-loan-applied = { $rupees } के लोन की अर्ज़ी दी
progress-loan-sanctioned = { $rupees } का लोन मंज़ूर हुआ
progress-loan-source = लोन कहाँ से: { $source }
progress-revenue = महीने की बिक्री: { $rupees }
progress-people = काम में लगे लोग: { $people }

progress-chart-heading = बिक्री और काम में लगे लोग
progress-chart-label = हर मुलाक़ात का चार्ट: खंभे महीने की बिक्री दिखाते हैं, रेखा काम में लगे लोग
progress-chart-revenue = महीने की बिक्री (₹)
progress-chart-people = काम में लगे लोग (दाईं ओर की गिनती)
progress-chart-latest = सिर्फ़ आख़िरी { $count } मुलाक़ातें दिखाई गई हैं।

progress-dashboard-heading = कार्यक्रम में अब तक
progress-dashboard-back = वापस
progress-dashboard-loading = आँकड़े गिने जा रहे हैं…
progress-dashboard-registered = उद्यमियों के नाम लिखे गए
progress-dashboard-women = महिलाएँ
progress-dashboard-youth = युवा (18 से 35 साल)
progress-dashboard-percent = सभी नामों में से { $percent }%
progress-dashboard-launched = जिनका काम शुरू हो गया
progress-dashboard-jobs = इन कामों में लगे लोग
progress-dashboard-loans = मंज़ूर हुए लोन
progress-dashboard-loans-total = कुल { $rupees }
progress-dashboard-chart = पिछले 12 महीने: कितने नाम लिखे गए, कितनों का काम शुरू हुआ
progress-dashboard-month-registered = नाम लिखे गए
progress-dashboard-month-launched = काम शुरू हुआ
progress-dashboard-jobs-chart = हर महीने के आख़िर में काम में लगे लोग
