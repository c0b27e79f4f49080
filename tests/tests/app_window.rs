//! The real app window: home tiles in both languages, the language kept across
//! restarts, the 1024×600 layout, and the error screen for a damaged data folder.

use std::path::Path;

use gram_kiosk_e2e::{kill_renderers, kiosk_in_use, App, Driver, ADMIN_PIN};
use kiosk_core::{fixtures, store::DB_FILE};

const TILES_EN: [(&str, &str); 4] = [
    ("tile-schemes-label", "Schemes"),
    ("tile-courses-label", "Courses"),
    ("tile-register-label", "Register entrepreneur"),
    ("tile-sync-label", "Sync"),
];

const TILES_HI: [(&str, &str); 4] = [
    ("tile-schemes-label", "सरकारी योजनाएँ"),
    ("tile-courses-label", "सीखें"),
    ("tile-register-label", "उद्यमी पंजीकरण"),
    ("tile-sync-label", "डेटा भेजें"),
];

async fn assert_tiles(app: &App, tiles: &[(&str, &str)]) {
    app.find("screen-home").await;
    for (testid, label) in tiles {
        app.wait_for_text(testid, label).await;
    }
}

fn is_devanagari(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

#[tokio::test(flavor = "multi_thread")]
async fn home_screen_switches_language_and_keeps_it_after_restart() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());

    // A new kiosk opens in Hindi; the switch brings English at once.
    let app = driver.launch().await;
    assert_eq!(
        app.client.title().await.expect("title"),
        "Gram Kiosk · ग्राम कियोस्क"
    );
    assert_tiles(&app, &TILES_HI).await;
    app.click("lang-en").await;
    assert_tiles(&app, &TILES_EN).await;
    app.wait_for_text("app-title", "Gram Kiosk").await;
    app.screenshot("01-home-en").await;

    app.click("lang-hi").await;
    assert_tiles(&app, &TILES_HI).await;
    app.wait_for_text("app-title", "ग्राम कियोस्क").await;
    let pressed = app.find("lang-hi").await.attr("aria-pressed").await;
    assert_eq!(pressed.expect("attribute").as_deref(), Some("true"));
    app.screenshot("02-home-hi").await;

    // The bundled font is what renders the Devanagari.
    let font_loaded = app
        .eval("return [...document.fonts].some(f => f.family.includes('Noto Sans Devanagari') && f.status === 'loaded');")
        .await;
    assert_eq!(font_loaded, true, "bundled Devanagari font not loaded");

    // Sync holds records, so it asks for an operator first; a kiosk not yet connected
    // asks for the head office's address and code.
    app.click("tile-sync").await;
    app.find("screen-sign-in").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.wait_for("sync-enrol", "the connect form", |t| {
        t.contains("मुख्य कार्यालय")
    })
    .await;
    app.screenshot("03-sync-not-connected-hi").await;
    app.click("lang-en").await;
    app.wait_for("sync-enrol", "the connect form in English", |t| {
        t.contains("head office")
    })
    .await;
    app.click("lang-hi").await;
    app.click("nav-back-home").await;
    assert_tiles(&app, &TILES_HI).await;
    app.close().await;

    // Restart: Hindi was saved.
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_HI).await;
    app.screenshot("04-home-hi-after-restart").await;
    app.click("lang-en").await;
    assert_tiles(&app, &TILES_EN).await;
    app.close().await;

    // And the other way round: English was saved.
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_EN).await;
    app.close().await;
}

/// Checks that the four tiles are inside the window and every button is at least 48 px.
async fn assert_fits(app: &App, max_width: f64) {
    let layout = app
        .eval(
            r#"const tiles = ['schemes', 'courses', 'register', 'sync']
                 .map(f => document.querySelector(`[data-testid="tile-${f}"]`)).filter(Boolean);
               const sizes = [...document.querySelectorAll('button')].map(b => b.getBoundingClientRect());
               return {
                 width: window.innerWidth,
                 height: window.innerHeight,
                 tiles: tiles.length,
                 tilesInside: tiles.every(t => {
                   const r = t.getBoundingClientRect();
                   return r.bottom <= window.innerHeight && r.right <= window.innerWidth;
                 }),
                 smallestTap: Math.min(...sizes.map(r => Math.min(r.width, r.height))),
               };"#,
        )
        .await;
    let width = layout["width"].as_f64().expect("width");
    assert!(width > 0.0 && width <= max_width, "{layout}");
    assert_eq!(layout["tiles"], 4, "{layout}");
    assert_eq!(
        layout["tilesInside"], true,
        "tiles overflow the window: {layout}"
    );
    assert!(
        layout["smallestTap"].as_f64().expect("tap") >= 48.0,
        "a tap target is under 48 px: {layout}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn home_screen_fits_kiosk_screens_with_large_visible_targets() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_HI).await;
    assert_fits(&app, 1366.0).await;

    app.client
        .set_window_size(1024, 600)
        .await
        .expect("resized");
    assert_tiles(&app, &TILES_HI).await;
    assert_fits(&app, 1024.0).await;

    // Keyboard focus is visible: Tab reaches a control that shows an outline.
    let active = app.client.active_element().await.expect("active element");
    active.send_keys("\u{E004}").await.expect("Tab");
    let focus = app
        .eval(
            r#"const el = document.activeElement;
               const style = getComputedStyle(el);
               return { tag: el.tagName, visible: el.matches(':focus-visible'),
                        outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };"#,
        )
        .await;
    assert_eq!(focus["tag"], "BUTTON", "{focus}");
    assert_eq!(focus["visible"], true, "{focus}");
    assert_ne!(focus["outline"], "none", "{focus}");
    assert!(focus["width"].as_f64().expect("width") >= 3.0, "{focus}");
    app.screenshot("05-home-hi-1024x600-focus").await;
    app.close().await;
}

async fn assert_error_screen(data_dir: &Path, named: &Path, code: &str, shot: &str) {
    let driver = Driver::start(data_dir);
    let app = driver.launch().await;
    let named = named.display().to_string();

    app.find("screen-error").await;
    assert_eq!(app.text_of("error-code").await, code);
    assert_eq!(app.text_of("error-path").await, named);
    assert!(
        !app.is_present("screen-home").await,
        "home shown over a broken store"
    );
    let hindi = app.text_of("error-message").await;
    assert!(hindi.contains(&named) && is_devanagari(&hindi), "{hindi}");
    app.screenshot(&format!("{shot}-hi")).await;

    app.click("lang-en").await;
    app.wait_for("error-message", "the English message", |text| {
        text.contains(&named) && !is_devanagari(text)
    })
    .await;
    app.screenshot(&format!("{shot}-en")).await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_corrupt_database_shows_the_error_screen_and_is_not_touched() {
    let data = tempfile::tempdir().expect("tempdir");
    let bytes = fixtures::write_corrupt_db(data.path()).expect("written");
    let db = data.path().join(DB_FILE);
    assert_error_screen(data.path(), &db, "store.corrupt", "06-error-corrupt").await;
    assert_eq!(
        std::fs::read(&db).expect("kept"),
        bytes,
        "the file was changed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_a_newer_app_shows_the_error_screen() {
    let data = tempfile::tempdir().expect("tempdir");
    fixtures::write_too_new_db(data.path()).expect("written");
    let db = data.path().join(DB_FILE);
    let before = std::fs::read(&db).expect("read");
    assert_error_screen(data.path(), &db, "store.too_new", "07-error-too-new").await;
    assert_eq!(std::fs::read(&db).expect("kept"), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unwritable_data_folder_shows_the_error_screen() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let dir = fixtures::unwritable_data_dir(scratch.path()).expect("made");
    assert_error_screen(&dir, &dir, "store.dir_unwritable", "08-error-unwritable").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hindi_query_finds_the_scheme_and_its_page_switches_language() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_HI).await;
    app.click("tile-schemes").await;
    app.find("scheme-hint").await;

    let search = app.find("scheme-search").await;
    search.send_keys("मुद्रा योजना").await.expect("typed");
    app.find("scheme-result-pmmy").await;
    let first = app
        .eval("return document.querySelector('[data-testid=\"scheme-results\"] button').dataset.testid;")
        .await;
    assert_eq!(first, "scheme-result-pmmy", "Mudra is not the first result");
    app.screenshot("09-schemes-search-hi").await;

    app.click("scheme-result-pmmy").await;
    let name = app.text_of("scheme-name").await;
    assert!(name.contains("मुद्रा") || name.contains("Mudra"), "{name}");
    let source = app.text_of("scheme-source").await;
    assert!(source.contains("myscheme.gov.in/schemes/pmmy"), "{source}");
    app.screenshot("10-scheme-page-hi").await;
    app.click("checklist-open").await;
    app.wait_for_text("checklist-scheme", "योजना: प्रधानमंत्री मुद्रा योजना")
        .await;
    let papers = app.text_of("checklist-documents").await;
    assert!(papers.contains("आधार कार्ड"), "{papers}");
    assert!(papers.contains("किशोर और तरुण लोन के लिए यह भी"), "{papers}");
    let helpline = app.text_of("checklist-helpline").await;
    assert!(helpline.contains("1800-180-1111"), "{helpline}");
    app.screenshot("10b-checklist-hi").await;
    app.eval(
        "document.querySelector('[data-testid=\"checklist-printed\"]').scrollIntoView(); return true;",
    )
    .await;
    app.screenshot("10c-checklist-hi-end").await;
    app.click("checklist-back").await;
    app.click("scheme-other-language").await;
    app.wait_for_text("scheme-name", "Pradhan Mantri Mudra Yojana")
        .await;
    app.screenshot("11-scheme-page-en").await;
    app.click("scheme-back").await;
    app.find("scheme-result-pmmy").await;

    // The eligibility finder: a woman of 30 in Madhya Pradesh and Ladli Behna.
    app.click("elig-open").await;
    let age = app.find("elig-age").await;
    age.send_keys("30").await.expect("typed");
    app.click("elig-gender-female").await;
    app.click("elig-state-madhya-pradesh").await;
    app.wait_for(
        "elig-result-cmlby",
        "Ladli Behna fitting with reasons",
        |text| text.contains("आपके लिए है") && text.contains("उम्र 21 से 60 साल: आपकी उम्र 30 साल है"),
    )
    .await;
    app.screenshot("12-eligibility-hi").await;

    // Her work: schemes for small businesses, Mudra among them, come to the top.
    app.eval(
        "const work = document.querySelector('[data-testid=\"elig-occupation\"]');
         work.value = 'business';
         work.dispatchEvent(new Event('change', { bubbles: true }));
         return true;",
    )
    .await;
    app.click("elig-residence-rural").await;
    app.wait_for("elig-result-pmmy", "Mudra fitting her work", |text| {
        text.contains("आपके लिए है")
            && text.contains("छोटा धंधा या दुकान चलाने वालों के लिए: आपका काम यही है")
    })
    .await;
    app.screenshot("12b-eligibility-work-hi").await;
    app.close().await;
}

/// The right options of every question of a shipped lesson, read from the course itself.
fn right_options(course: &str, lesson: &str) -> Vec<Vec<u32>> {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = kiosk_core::Store::open(dir.path()).expect("store");
    kiosk_core::catalog::ensure_current(&store).expect("catalog");
    kiosk_core::courses::ensure_shipped(&store).expect("courses");
    let quiz = kiosk_core::courses::quiz(&store, course, lesson).expect("quiz");
    quiz.questions.into_iter().map(|q| q.correct).collect()
}

async fn answer(app: &App, answers: &[Vec<u32>]) {
    for (q, options) in answers.iter().enumerate() {
        for option in options {
            app.click(&format!("quiz-option-{}-{option}", q + 1)).await;
        }
    }
    app.click("quiz-check").await;
    app.find("quiz-result").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_learner_reads_answers_finishes_a_course_and_gets_a_certificate() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    app.click("tile-courses").await;
    app.find("screen-learners").await;
    app.screenshot("13-learners-hi").await;
    let name = app.find("learner-name").await;
    name.send_keys("सुनीता देवी").await.expect("typed");
    app.click("avatar-lotus").await;
    app.click("learner-add").await;
    app.wait_for("courses-hello", "a greeting by name", |t| {
        t.contains("सुनीता देवी")
    })
    .await;
    app.find("course-digital-payments").await;
    app.screenshot("14-courses-hi").await;

    let course = "digital-payments";
    app.click(&format!("course-{course}")).await;
    app.click("course-continue").await;
    app.find("screen-lesson").await;
    let pictures_shown = app
        .eval("return [...document.querySelectorAll('[data-testid=\"lesson-body\"] img')].every(i => i.complete && i.naturalWidth > 0 && i.src.startsWith('data:'));")
        .await;
    assert_eq!(pictures_shown, true, "a lesson picture did not load");
    app.screenshot("15-lesson-hi").await;

    let lessons = [
        "01-what-is-upi",
        "02-receive-with-qr",
        "03-pay-and-send",
        "04-fraud-and-otp",
        "05-everyday-habits",
    ];
    for (n, lesson) in lessons.iter().enumerate() {
        if n > 0 {
            app.click("quiz-next").await;
        }
        app.wait_for("lesson-title", "the next lesson", |t| !t.is_empty())
            .await;
        app.click("lesson-take-quiz").await;
        let right = right_options(course, lesson);
        if n == 0 {
            // A wrong try first: one wrong option each, then feedback and a retry.
            let wrong: Vec<Vec<u32>> = right
                .iter()
                .map(|r| vec![(1..=6).find(|o| !r.contains(o)).expect("a wrong option")])
                .collect();
            answer(&app, &wrong).await;
            let result = app.text_of("quiz-result").await;
            assert!(result.contains("70%"), "{result}");
            assert!(app.text_of("quiz-feedback-1").await.contains("सही नहीं"));
            app.screenshot("16-quiz-wrong-hi").await;
            app.click("quiz-retry").await;
        }
        answer(&app, &right).await;
        let result = app.text_of("quiz-result").await;
        assert!(result.contains("शाबाश"), "{lesson}: {result}");
        if n == 0 {
            app.screenshot("17-quiz-right-hi").await;
        }
    }
    app.find("quiz-course-complete").await;
    app.click("quiz-certificate").await;
    app.wait_for_text("certificate-name", "सुनीता देवी").await;
    let title = app.text_of("certificate-course").await;
    assert!(title.contains("डिजिटल"), "{title}");
    app.screenshot("18-certificate-hi").await;
    app.click("certificate-other-language").await;
    app.wait_for("certificate-course", "the English title", |t| {
        t.contains("digital payments")
    })
    .await;
    app.screenshot("19-certificate-en").await;

    // The operator's view: Sunita with her course, and this week's bar in the chart.
    app.click("certificate-back").await;
    app.click("course-back").await;
    app.click("learner-change").await;
    app.click("learning-report-open").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.wait_for("report-learners", "Sunita's row", |t| {
        t.contains("सुनीता देवी")
    })
    .await;
    let bars = app
        .eval("return [...document.querySelectorAll('[data-testid=\"report-chart\"] rect')].filter(r => Number(r.getAttribute('height')) > 0).length;")
        .await;
    assert_eq!(bars, 1, "one week with a completion");
    app.screenshot("20-learning-report-hi").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_reloads_its_screen_by_itself_when_the_renderer_dies() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_HI).await;
    app.click("tile-schemes").await;
    app.find("scheme-hint").await;
    app.screenshot("10-schemes-before-renderer-crash-hi").await;
    let window = app.window_rect().await;
    let search = app
        .find("scheme-search")
        .await
        .rectangle()
        .await
        .expect("rect");
    let search_box = (
        window.0 + (search.0 + search.2 / 2.0) as u64,
        window.1 + (search.1 + search.3 / 2.0) as u64,
    );
    let before = driver.frame(window);

    // The renderer runs without JavaScriptCore's optimising compilers (decision 0015).
    let renderers = gram_kiosk_e2e::renderers(data.path());
    assert!(!renderers.is_empty(), "no renderer of the app found");
    for pid in renderers {
        let environment = gram_kiosk_e2e::environment_of(pid);
        assert!(
            environment.iter().any(|var| var == "JSC_useDFGJIT=false"),
            "renderer {pid} runs with JavaScriptCore's optimising compilers"
        );
    }

    // WebKitWebDriver ends its session when the page crashes, so from here the test
    // looks at the display and types on it, as a person at the kiosk would.
    assert!(
        kill_renderers(data.path()) >= 1,
        "no renderer of the app found"
    );
    wait_for("the crash in the app's log", || {
        kiosk_core::logs::last_errors(data.path(), 10)
            .iter()
            .any(|line| line.contains("renderer stopped; reloading the screen"))
    })
    .await;

    // Usable again, on the same screen: a search typed now shows results where the
    // hint was. Keys typed while the page still loads are lost, so type again until.
    let deadline = std::time::Instant::now() + gram_kiosk_e2e::SCREEN_TIMEOUT;
    let results = loop {
        driver.click_and_type(search_box, "mudra");
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        let frame = driver.frame(window);
        // The header and the row of filters stay as they were (the schemes screen, not
        // the home tiles); below them, results replace the hint.
        let header = frame.changed_share(&before, 0.0, 0.1);
        let filters = frame.changed_share(&before, 0.3, 0.39);
        let lower = frame.changed_share(&before, 0.5, 1.0);
        if header < 0.01 && filters < 0.01 && lower > 0.05 {
            break frame;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no results on the schemes screen after the reload (changed: header {header:.3}, \
             filters {filters:.3}, lower half {lower:.3})"
        );
    };
    driver.save_frame(&results, "11-schemes-after-renderer-crash-hi");
    drop(app);
}

/// Polls `ready` until it holds, for at most a screen's timeout.
async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + gram_kiosk_e2e::SCREEN_TIMEOUT;
    while !ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
