# पंजीकरण फ़ॉर्म, उद्यमी का पन्ना और फ़ोटो, जैसे संचालक देखता है।
register-heading = उद्यमी का पंजीकरण करें
register-edit-heading = इस रिकॉर्ड में सुधार करें
register-cancel = वापस
register-person = व्यक्ति
register-place = कहाँ रहते हैं
register-enterprise = काम-धंधा
register-aadhaar-photo = आधार और फ़ोटो
register-aadhaar-short = आधार
register-caste-none = नहीं बताना चाहते
register-answer-all = सहेजने से पहले लिंग, स्वयं सहायता समूह और बैंक खाते का जवाब चुनें।
register-save = सहेजें
register-saving = सहेज रहे हैं…
register-saved = सहेज लिया गया। रिकॉर्ड इस कियोस्क पर सुरक्षित है और अगले सिंक में मुख्य कार्यालय पहुँच जाएगा।
register-duplicate-open = यह रिकॉर्ड खोलें

photo-none = अभी फ़ोटो नहीं है
photo-alt = उद्यमी की फ़ोटो
photo-camera = फ़ोटो खींचें
photo-file = फ़ोटो फ़ाइल चुनें
photo-capture = अभी खींचें
photo-cancel = रद्द करें
photo-remove = फ़ोटो हटाएँ
photo-saving = फ़ोटो सहेज रहे हैं…
photo-no-camera = वेबकैम नहीं मिला या बंद है। इसकी जगह फ़ोटो फ़ाइल चुनें।

entrepreneur-back = सूची पर वापस
entrepreneur-edit = जानकारी सुधारें
entrepreneur-tombstone = यह रिकॉर्ड { $date } को मिटाया गया क्योंकि व्यक्ति ने अपनी सहमति वापस ले ली। अब सिर्फ़ एक गुमनाम नंबर बचा है।

check-in-save = मुलाक़ात सहेजें
check-in-saved = मुलाक़ात सहेज ली गई।
check-in-no-loan = कोई लोन नहीं
entrepreneur-synced = ✓ मुख्य कार्यालय पहुँच गया
entrepreneur-not-synced = मुख्य कार्यालय भेजना बाकी है
