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
error-app-crypto = The kiosk could not protect the PIN just now. Nothing was saved. Please try again.
error-kiosk-profile-invalid = { $field ->
    [name] Please type the kiosk's name: 1 to 60 letters.
    [village] Please type the village's name: 1 to 60 letters.
    [block] Please type the block's name: 1 to 60 letters.
    [state] Please choose the state from the list.
   *[district] Please choose the district from the list for the chosen state.
}
