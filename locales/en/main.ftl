# The kiosk's shell: title, language switch, home tiles, placeholder and start-up screens.

app-title = Gram Kiosk
app-tagline = Information, learning and support for your village

lang-switch-label = Language
lang-hi = हिन्दी
lang-en = English

home-heading = What would you like to do today?

tile-schemes = Schemes
tile-schemes-hint = Find government schemes, who can get them and which papers to carry
tile-courses = Courses
tile-courses-hint = Learn at your own pace: business, accounts, digital payments
tile-register = Register entrepreneur
tile-register-hint = For the operator: record a new entrepreneur and their progress
tile-sync = Sync
tile-sync-hint = Send saved records to the head office when the internet is available

nav-back-home = Back to home

startup-loading = Starting the kiosk…

error-screen-title = The kiosk cannot open its records
error-screen-file = File
error-screen-code = Error code
error-screen-safe = Nothing has been changed or deleted. Keep this screen open or write down the code before calling support.

language-not-saved = The language was changed on screen but could not be saved: { $reason }

# kioskctl doctor: the health report's labels.
doctor-data-dir = Data folder
doctor-database = Database
doctor-schema-version = Schema version
doctor-schema-current = { $found } (this app: { $latest })
doctor-schema-none = none yet: the app has not been started with this folder
doctor-language = Language
doctor-kiosk-id = Kiosk id
doctor-catalog-version = Scheme list version
doctor-records = Records per table
doctor-last-errors = Last errors in the app's log
doctor-no-errors = none
