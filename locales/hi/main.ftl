# कियोस्क का ढाँचा: शीर्षक, भाषा बदलना, मुख्य पन्ने की टाइलें, "जल्द आ रहा है" और शुरुआत की स्क्रीन।

app-title = ग्राम कियोस्क
app-tagline = आपके गाँव के लिए जानकारी, सीख और सहायता

lang-switch-label = भाषा
lang-hi = हिन्दी
lang-en = English

home-heading = आज आप क्या करना चाहते हैं?

tile-schemes = सरकारी योजनाएँ
tile-schemes-hint = सरकारी योजनाएँ खोजें, कौन ले सकता है और कौन से कागज़ साथ ले जाने हैं
tile-courses = सीखें
tile-courses-hint = अपनी रफ़्तार से सीखें: धंधा, हिसाब-किताब, डिजिटल भुगतान
tile-register = उद्यमी पंजीकरण
tile-register-hint = संचालक के लिए: नए उद्यमी का नाम दर्ज करें और उनकी प्रगति लिखें
tile-sync = डेटा भेजें
tile-sync-hint = इंटरनेट मिलने पर सहेजे गए रिकॉर्ड मुख्य कार्यालय भेजें

nav-back-home = मुख्य पन्ने पर लौटें

startup-loading = कियोस्क शुरू हो रहा है…

error-screen-title = कियोस्क अपने रिकॉर्ड नहीं खोल पा रहा है
error-screen-file = फ़ाइल
error-screen-code = त्रुटि कोड
error-screen-safe = कुछ भी बदला या मिटाया नहीं गया है। सहायता के लिए फ़ोन करने से पहले यह स्क्रीन खुली रखें या कोड लिख लें।

language-not-saved = भाषा स्क्रीन पर बदल गई, पर सहेजी नहीं जा सकी: { $reason }

# kioskctl doctor: जाँच रिपोर्ट के शीर्षक।
doctor-data-dir = डेटा फ़ोल्डर
doctor-database = डेटाबेस
doctor-schema-version = डेटा संस्करण
doctor-schema-current = { $found } (यह ऐप: { $latest })
doctor-schema-none = अभी कोई नहीं: इस फ़ोल्डर के साथ ऐप अभी तक शुरू नहीं हुआ
doctor-language = भाषा
doctor-kiosk-id = कियोस्क पहचान
doctor-catalog-version = योजना सूची का संस्करण
doctor-records = हर तालिका में रिकॉर्ड
doctor-last-errors = ऐप के लॉग में आख़िरी गड़बड़ियाँ
doctor-no-errors = कोई नहीं
