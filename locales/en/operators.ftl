# Kiosk set-up, operator sign-in and the operator's own screen.
operator-open = Operator
operator-signed-in = { $role ->
    [admin] Signed in: { $name } (admin)
   *[other] Signed in: { $name }
}
operator-task-course-packs = Add courses
operator-task-course-packs-hint = Install or update a course from a USB stick.
operator-task-learning-report = Learners and certificates
operator-task-learning-report-hint = Who is learning, and courses finished each week.
operator-task-operators = Operators
operator-task-operators-hint = See the kiosk's operators and add one.
sign-out = Sign out

sign-in-heading = Operator sign-in
sign-in-hint = Tap your name and type your PIN.
sign-in-locked = The screen locked after { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} without use. Sign in again to carry on.
sign-in-who = Your name
sign-in-pin = PIN
sign-in-submit = Sign in
sign-in-no-operators = This kiosk has no operators yet. Set up the kiosk first.

setup-heading = Set up this kiosk
setup-hint = Done once, by the person in charge of the kiosk. The kiosk's name is printed on slips and certificates.
setup-kiosk = The kiosk
setup-kiosk-name = Kiosk name
setup-state = State
setup-district = District
setup-block = Block
setup-village = Village
setup-choose = — choose —
setup-admin = First admin
setup-admin-hint = The admin signs in to register entrepreneurs, add operators and export records.
setup-admin-name = Admin's name
setup-pin = PIN (6 to 12 digits)
setup-pin-again = The same PIN again
setup-pin-mismatch = The two PINs are not the same. Type the PIN again in both boxes.
setup-submit = Save and start
setup-later = Later: only schemes and courses for now

operators-back = Back to operator screen
operators-heading = Operators of this kiosk
operators-role-operator = Operator
operators-role-admin = Admin
operators-add = Add an operator
operators-name = Name
operators-pin = PIN (6 to 12 digits)
operators-role = Role
operators-submit = Add operator
operators-added = { $name } can now sign in.

course-packs-heading = Add courses from a USB stick
course-packs-hint = Put the USB stick with the course files in the kiosk. The kiosk looks for course packs (zip files or course folders) on it and in the Downloads folder.
course-packs-look = Look again
course-packs-looking = Looking for course packs…
course-packs-none = No course packs found. Check that the USB stick is in, wait a few seconds, and tap "Look again".
course-packs-install = Check and install
course-packs-installing = Checking…
course-packs-installed = Course "{ $id }" installed (version { $version }). Learners can start it now.
course-packs-upgraded = Course "{ $id }" updated from version { $from } to { $version }. Learners keep their progress in lessons that are still there.
course-packs-already-current = Course "{ $id }" version { $version } is already on the kiosk. Nothing was changed.

# Kiosk mode and start on login (operator screen).
operator-task-kiosk-mode = Kiosk mode
operator-task-kiosk-mode-hint = Full screen that only an operator can leave; start with the computer.
kiosk-mode-heading = Kiosk mode
kiosk-mode-active = The window is in kiosk mode now: full screen, and it closes only after an operator's PIN.
kiosk-mode-inactive = The window is an ordinary window now.
kiosk-mode-enabled = Open in kiosk mode
kiosk-mode-enabled-hint = Full screen, no window frame; leaving it takes an operator's PIN.
kiosk-mode-login = Start when this computer starts
kiosk-mode-login-hint = Gram Kiosk opens by itself when the computer's user logs in.
kiosk-mode-on = On
kiosk-mode-off = Off
kiosk-mode-save = Save
kiosk-mode-saved = Saved.
kiosk-mode-admin-only = Only an admin can change these.
kiosk-mode-leave-heading = Leave kiosk mode
kiosk-mode-leave-pin = Your PIN
kiosk-mode-leave = Leave kiosk mode
kiosk-mode-left = The window is an ordinary window again.
kiosk-mode-left-next-start = While the setting is on, it opens in kiosk mode at the next start.
kiosk-mode-back = Back to the operator screen
