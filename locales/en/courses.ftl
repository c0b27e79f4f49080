# Courses: course packs and what can be wrong with one (ids pack-<problem code>).

pack-at-file = File { $file }
pack-at-line = File { $file }, line { $line }
pack-lang-hi = Hindi
pack-lang-en = English
pack-field-title = the title
pack-field-description = the description
pack-field-lesson = the lesson
pack-field-prompt = the question
pack-field-option = an answer option
pack-field-explanation = the explanation

pack-unreadable = this is not a course folder or a zip file that can be read ({ $detail }).
pack-unsafe-path = this file name points outside the pack; packs may only hold plain names inside their own folder.
pack-symlink = this is a link to another place; copy the real file into the pack instead.
pack-file-too-large = this file is { $megabytes } MB; a file in a pack may be at most 2 MB.
pack-too-many-files = the pack holds more than { $count } files; at most 500 are allowed.
pack-too-large = the pack unpacks to more than 20 MB, which is more than a course needs; it was not opened further.
pack-missing-file = this file is missing from the pack.
pack-syntax = this file cannot be read: { $detail }
pack-missing-language = { $field } has no { $lang } text.
pack-duplicate-id = the id “{ $id }” is used twice.
pack-bad-id = the id “{ $id }” may only use small letters a–z, digits and -.
pack-no-lessons = the course has no lessons.
pack-few-questions = the quiz has { $count } questions; every quiz needs at least 3.
pack-option-count = the question has { $count } answer options; give 2 to 6.
pack-answer-out-of-range = right answer { $answer } is not one of the { $options } options.
pack-right-answers = the question has { $count } different right answers: a single-choice question needs exactly one, a multiple-choice question at least one, each given once.
pack-broken-image = the picture “{ $target }” is not in the pack’s images folder.
pack-bad-link = the link “{ $target }” goes outside the kiosk; link only to images/… or to a scheme as scheme:ID.
pack-unknown-scheme = there is no scheme “{ $id }” in the kiosk’s catalog.
pack-html-in-lesson = lessons are plain Markdown; HTML tags are not allowed.
pack-not-an-image = this is not a PNG, JPEG or SVG picture.
pack-svg-script = this SVG picture holds a script or a link that runs code; only plain drawings are allowed.
pack-older-version = the kiosk already has version { $installed } of this course, newer than this pack’s version { $offered }; nothing was changed.

# kioskctl courses
courses-list-size = { $lessons } lessons, about { $minutes } minutes
courses-valid = a good pack, version { $version }, with { $lessons } lessons.
courses-import-installed = installed, version { $version }.
courses-import-upgraded = updated from version { $from } to { $version }; learners keep their progress in lessons that are still there.
courses-import-already-current = version { $version } is already on the kiosk; nothing was changed.

# The Courses screen.
courses-who = Who is learning today?
courses-who-hint = Tap your name. New here? Add yourself below.
courses-new-learner = New learner
courses-your-name = Your name
courses-choose-picture = Choose your picture
courses-add = Start learning
courses-not-you = Not you? Change
courses-hello = Namaste, { $name }! Choose a course.
courses-lessons-done = { $passed } of { $total } lessons done
courses-minutes = about { $minutes } minutes
courses-completed = Completed
courses-continue = Continue
courses-start = Start
courses-back-to-list = All courses
courses-back-to-course = Lessons
courses-lesson-of = Lesson { $number } of { $count }
courses-status-passed = Passed
courses-status-read = Read
courses-status-new = Not started
courses-take-quiz = I have read it: take the quiz
courses-quiz-title = Quiz
courses-quiz-single = Choose one answer.
courses-quiz-multiple = Choose every right answer.
courses-quiz-check = Check my answers
courses-quiz-answer-all = Answer every question first.
courses-quiz-score = { $right } of { $total } right ({ $score }%)
courses-quiz-passed = Well done! You passed this lesson.
courses-quiz-failed = You need 70% to pass. Read the explanations and try again.
courses-quiz-right = Right
courses-quiz-wrong = Not right
courses-quiz-retry = Try again
courses-next-lesson = Next lesson
courses-course-complete = You have completed the whole course!
courses-see-certificate = See your certificate
courses-certificate-title = Certificate of completion
courses-certificate-name-line = This is to certify that
courses-certificate-course-line = has completed the course
courses-certificate-given = at { $kiosk } on { $date }
courses-print = Print
avatar-mango = mango
avatar-peacock = peacock
avatar-lotus = lotus
avatar-tiger = tiger
avatar-elephant = elephant
avatar-parrot = parrot
avatar-sun = sun
avatar-moon = moon
avatar-star = star
avatar-tree = tree
avatar-cow = cow
avatar-kite = kite
courses-back = Back
courses-report-open = For the operator: learners and completions
courses-report-title = Learning on this kiosk
courses-report-chart = Courses completed each week
courses-report-learners = { $count ->
    [one] 1 learner
   *[other] { $count } learners
}
courses-report-lessons = Lessons passed
courses-report-courses = Courses completed
courses-report-last = Last quiz
