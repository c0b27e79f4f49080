# Errors: one message per error code (`store.too_new` -> `error-store-too-new`).
# Each says what happened and what to do, in words an operator can act on.

error-store-no-data-dir = This computer has no folder where the kiosk can keep its records. Ask support to set GRAM_KIOSK_DATA_DIR to a folder on this computer.
error-store-dir-unwritable = The kiosk cannot save in the folder { $path }. Check that the disk is connected and not full or locked, then restart the kiosk. If it happens again, call support.
error-store-corrupt = The records file { $path } is damaged and cannot be opened. Do not delete it: copy it to a USB stick and call support. The kiosk has not changed the file.
error-store-too-new = The records file { $path } was made by a newer version of Gram Kiosk (data version { $found }; this version understands up to { $supported }). Install the newer version of the app. The file has not been changed.
error-store-sqlite = The kiosk could not read or save its records just now. Nothing was lost. Please try again; if it keeps happening, restart the kiosk.
error-i18n-unknown-language = The language “{ $code }” is not available. Choose हिन्दी or English.
error-app-invalid-input = Something in the request was not valid. Please go back and try again.
error-app-internal = Something went wrong inside the kiosk. Nothing was lost. Please try again.
error-app-window = The window could not change to or from kiosk mode. Nothing was lost. Please try again, or restart the app.
error-catalog-invalid = The list of schemes that came with this version of the app is damaged, so the kiosk keeps the list it had. Schemes may be out of date; tell support.
error-file-write-failed = The file { $path } could not be written. Check that the folder exists, that the disk or USB stick is not full or locked, and try again.
error-courses-pack-invalid = The course pack has { $count ->
    [one] a problem
   *[other] { $count } problems
}, so nothing was changed. Fix what is listed and try again.
error-learners-name-invalid = Please type a name of 1 to 60 letters, in Hindi or English.
error-learners-avatar-unknown = Please choose one of the pictures shown.
error-learners-not-found = This learner is no longer on the kiosk. Choose your name again from the list.
error-courses-lesson-not-found = This lesson is no longer in the course. Go back to the course and choose a lesson.
error-courses-answers-invalid = The answers did not fit the quiz. Please answer each question again.
error-people-name-invalid = Please type the operator's name: 1 to 60 letters, in Hindi or English.
error-people-name-taken = An operator with this name already exists. Add a surname or a number to tell them apart.
error-people-pin-weak = Choose a PIN of 6 to 12 digits that is not easy to guess (not 123456 or 111111).
error-people-sign-in-failed = { $left ->
    [-1] The name or the PIN is wrong.
    [0] The name or the PIN is wrong.
    [1] The PIN is wrong. One more wrong PIN locks this account for a while.
   *[other] The PIN is wrong. { $left } tries left before this account locks for a while.
}
error-people-pin-locked = Too many wrong PINs. This account is locked; try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}, or ask the admin.
error-people-already-set-up = This kiosk is already set up. Sign in as its admin to make changes.
error-people-not-admin = Only an admin of this kiosk can do this.
error-people-sign-in-needed = Please sign in as an operator of this kiosk to see or change this.
error-app-crypto = The kiosk could not protect the PIN just now. Nothing was saved. Please try again.
error-kiosk-profile-invalid = { $field ->
    [name] Please type the kiosk's name: 1 to 60 letters.
    [village] Please type the village's name: 1 to 60 letters.
    [block] Please type the block's name: 1 to 60 letters.
    [state] Please choose the state from the list.
   *[district] Please choose the district from the list for the chosen state.
}
error-photos-too-big = This photo file is { $megabytes } MB; the kiosk takes photos up to 10 MB. Take the photo again or choose a smaller file.
error-photos-not-an-image = This file is not a photo the kiosk can read (PNG, JPEG or WebP), or it is damaged. Take the photo again or choose another file.
error-photos-too-many-pixels = This photo is too large (more than 4096 × 4096 dots). Take the photo again with the webcam or choose a smaller one.
error-entrepreneurs-invalid = { $field ->
    [full_name] { $reason ->
        [missing] Please type the person's full name.
        [too_long] The name is too long: use at most 60 letters.
       *[letters] Type the name in Hindi or English letters only, without numbers, signs, emoji or hidden marks.
    }
    [birth_date] { $reason ->
        [missing] Please give the date of birth, or the age if the person does not know it.
        [both] Give the date of birth or the age, not both. Clear one of them.
        [future] The date of birth is in the future. Check the day, month and year.
        [too_young] The person must be at least 14 years old to register.
        [too_old] Check the year of birth: the age comes to more than 100 years.
       *[format] This is not a real date. Choose the day, month and year again (for example 1990-05-12).
    }
    [age] { $reason ->
        [too_young] The person must be at least 14 years old to register.
       *[too_old] Check the age: give an age from 14 to 100.
    }
    [mobile] { $reason ->
        [missing] Please type the mobile number: 10 digits starting with 6, 7, 8 or 9.
       *[format] Check the mobile number: it needs 10 digits starting with 6, 7, 8 or 9.
    }
    [village] { $reason ->
        [missing] Please type the village's name.
        [too_long] The village name is too long: use at most 60 letters.
       *[letters] Type the village name in Hindi or English letters, without signs, emoji or hidden marks.
    }
    [state] Please choose the state from the list.
    [district] Please choose the district from the list for the chosen state.
    [education] Please choose the schooling from the list.
    [sector] Please choose the kind of business from the list.
    [idea] { $reason ->
        [missing] Please write the business idea in a few words.
        [too_long] The business idea is too long: use at most 500 letters.
       *[invisible] The business idea has hidden marks in it (perhaps it was copied from somewhere). Please type it again.
    }
    [aadhaar] { $reason ->
        [format] Type all 12 digits of the Aadhaar number, or leave it empty.
       *[checksum] This is not a valid Aadhaar number — check each digit.
    }
    [photo] { $reason ->
        [not_found] The photo is no longer on the kiosk. Please take the photo again.
       *[format] The photo could not be used. Please take the photo again.
    }
   *[other] Something on the form is not right. Check the marked field and try again.
}
error-entrepreneurs-consent-missing = The person has not agreed to the current consent notice. Read the notice on this screen to them and tick their consent. Nothing was saved.
error-entrepreneurs-not-found = This entrepreneur's record is not on this kiosk. Go back to the list and search again.
error-entrepreneurs-erased = This record was erased when the person took back their consent. It cannot be changed or added to.
error-entrepreneurs-stale-edit = Someone saved this record after you opened it, so your changes were not saved. Open the record again to see the latest, then make your changes.
error-entrepreneurs-check-in-invalid = { $field ->
    [date] { $reason ->
        [future] The check-in date is in the future. Choose today or an earlier day.
        [before_registration] The check-in date is before the person was registered. Check the date.
       *[format] This is not a real date. Choose the day of the check-in again.
    }
    [note] { $reason ->
        [too_long] The note is too long: use at most 1000 letters.
       *[invisible] The note has hidden marks in it (perhaps it was copied from somewhere). Please type it again.
    }
    [loan_applied_amount] Check the loan applied for: rupees from 0 to 1 crore.
    [loan_sanctioned_amount] Check the loan sanctioned: rupees from 0 to 1 crore.
    [monthly_revenue] Check the monthly sales: rupees from 0 to 1 crore.
    [people_employed] Check the number of people working: from 0 to 1000.
    [loan_source] { $reason ->
        [missing] Please choose where the loan came from.
       *[unknown] Please choose where the loan came from, from the list.
    }
   *[other] Something on the check-in form is not right. Check the marked field and try again.
}
error-sync-not-enrolled = This kiosk is not connected to the head office, or the head office has withdrawn its connection. Ask the head office for a new enrolment token and enter it on the Sync screen. Records waiting to be sent are kept.
error-sync-offline = The head office could not be reached. Check that the internet (mobile data or Wi-Fi) is on. Records are kept and will be sent automatically when the connection is back.
error-sync-server-error = The head office had a problem and did not take the records. They are kept and will be sent again automatically. If this goes on for a whole day, tell the head office.
error-sync-not-head-office = The answer did not come from the head office. The internet connection may first want a sign-in page (open a browser to check), or the head office address may be wrong. Records are kept and will be sent later.
error-sync-token-invalid = The head office did not accept this token. It may be mistyped, already used or expired. Check it, or ask the head office for a new one.
error-sync-bad-url = This is not a usable head office address. Type it exactly as the head office gave it, starting with https://
