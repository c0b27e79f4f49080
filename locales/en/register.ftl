# The registration form, the entrepreneur's page and the photo, as the operator sees them.
register-heading = Register an entrepreneur
register-edit-heading = Correct this record
register-cancel = Back
register-person = The person
register-place = Where they live
register-enterprise = The business
register-aadhaar-photo = Aadhaar and photo
register-aadhaar-short = Aadhaar
register-caste-none = Would rather not say
register-answer-all = Please answer gender, self-help group and bank account before saving.
register-save = Save
register-saving = Saving…
register-saved = Saved. The record is safe on this kiosk and will go to the head office at the next sync.
register-duplicate-open = Open this record

photo-none = No photo yet
photo-alt = Photo of the entrepreneur
photo-camera = Take a photo
photo-file = Choose a photo file
photo-capture = Take it now
photo-cancel = Cancel
photo-remove = Remove photo
photo-saving = Saving the photo…
photo-no-camera = No webcam was found or it is switched off. Choose a photo file instead.

entrepreneur-back = Back to the list
entrepreneur-edit = Correct details
entrepreneur-tombstone = This record was erased on { $date } because the person took back their consent. Only an anonymous number is left.

check-in-save = Save check-in
check-in-saved = Check-in saved.
check-in-no-loan = No loan
entrepreneur-synced = ✓ Reached the head office
entrepreneur-not-synced = Waiting to be sent to the head office
