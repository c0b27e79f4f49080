# kioskctl people export|import: entrepreneurs as a spreadsheet (CSV), and what can be
# wrong in a sheet being imported (ids people-csv-<code>, from codes people_csv.<code>).

people-csv-pin-prompt = { $name } का पिन
people-csv-no-pin = पिन नहीं मिला। एडमिन का पिन इनपुट की पहली लाइन में टाइप करें; कमांड के साथ पिन कभी नहीं लिया जाता।
people-csv-cannot-open = फ़ाइल { $path } खुल नहीं रही। उसका नाम जाँचें, और देखें कि यूएसबी स्टिक लगी है।
people-csv-exported = { $rows } रिकॉर्ड { $file } में लिख दिए गए। इस फ़ाइल में लोगों की निजी जानकारी है: इसे सँभालकर रखें, और सौंपने के बाद मिटा दें।
people-csv-imported = शीट से { $count } लोगों का पंजीकरण हो गया, काग़ज़ पर ली गई सहमति के साथ (सूचना का संस्करण { $version })।
people-csv-rows-invalid = कुछ भी दर्ज नहीं हुआ: शीट में { $count ->
    [one] 1 गलती है
   *[other] { $count } गलतियाँ हैं
}। नीचे दी गई हर पंक्ति ठीक करें, फिर पूरी शीट दोबारा डालें।
people-csv-warnings = इन पंक्तियों को जाँच लें:
people-csv-row = पंक्ति { $row }, { $column }: { $problem }
people-csv-row-only = पंक्ति { $row }: { $problem }

# What can be wrong in a sheet.
people-csv-missing-column = पहली पंक्ति में “{ $column }” कॉलम नहीं है। इसे जोड़ें (किसी एक्सपोर्ट की पहली पंक्ति में सारे कॉलम के नाम होते हैं), फिर दोबारा कोशिश करें।
people-csv-blank = यह खाना खाली है। इसे भरें।
people-csv-not-a-choice = “{ $value }” दिए गए विकल्पों में नहीं है। इसे वैसे ही लिखें जैसे पंजीकरण फ़ॉर्म में दिखता है, हिंदी या अंग्रेज़ी में, या एक्सपोर्ट में लिखे उसके id की तरह।
people-csv-not-yes-no = “{ $value }” न हाँ है, न नहीं। हाँ या नहीं लिखें (yes या no भी चलेगा)।
people-csv-no-consent = सहमति (consent) वाले खाने में हाँ होना चाहिए। सिर्फ़ उन्हीं लोगों को दर्ज करें जिन्होंने सहमति की सूचना सुनी और काग़ज़ के सहमति फ़ॉर्म पर दस्तख़त किए।
people-csv-not-utf8 = फ़ाइल UTF-8 में सेव नहीं है, इसलिए उसके हिंदी अक्षर बिगड़ जाएँगे। स्प्रेडशीट प्रोग्राम में इसे “CSV UTF-8” चुनकर सेव करें, फिर दोबारा कोशिश करें।
people-csv-unreadable = यह फ़ाइल CSV शीट की तरह पढ़ी नहीं जा सकी ({ $detail })। स्प्रेडशीट प्रोग्राम में इसे “CSV UTF-8” चुनकर सेव करें, फिर दोबारा कोशिश करें।
people-csv-no-rows = शीट में किसी का नाम नहीं है: कॉलम के नामों वाली पंक्ति के नीचे कुछ नहीं लिखा।

# Warnings: the sheet is imported all the same.
people-csv-same-mobile-in-sheet = पंक्ति { $first } वाला ही मोबाइल नंबर है। जाँच लें कि ये दो अलग-अलग लोग हैं।
people-csv-possible-duplicate = { $why }: { $village } के { $name } पहले से कियोस्क पर दर्ज हैं। जाँच लें कि यह कोई और है।
people-csv-erased-row = मिटाया गया रिकॉर्ड (व्यक्ति ने अपनी सहमति वापस ले ली थी)। इसे छोड़ दिया गया, दोबारा दर्ज नहीं किया गया।
