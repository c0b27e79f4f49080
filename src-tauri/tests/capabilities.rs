//! The window may call our commands and nothing else, and a strict CSP is set.

use serde_json::Value;

fn read_json(path: &str) -> Value {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{full}: {e}"))
}

#[test]
fn the_main_window_gets_only_our_commands() {
    let capabilities = std::fs::read_dir(format!("{}/capabilities", env!("CARGO_MANIFEST_DIR")))
        .expect("capabilities folder");
    for entry in capabilities {
        let path = entry.expect("entry").path();
        let capability = read_json(&format!(
            "capabilities/{}",
            path.file_name().and_then(|n| n.to_str()).expect("name")
        ));
        let permissions = capability["permissions"].as_array().expect("permissions");
        assert!(!permissions.is_empty());
        for permission in permissions {
            let name = permission.as_str().expect("a plain permission name");
            assert!(
                name.starts_with("allow-") && !name.contains(':'),
                "{path:?} grants {name}: only our own allow-<command> permissions are allowed"
            );
        }
    }
}

#[test]
fn a_strict_content_security_policy_is_set() {
    let config = read_json("tauri.conf.json");
    let csp = &config["app"]["security"]["csp"];
    assert_eq!(csp["default-src"], "'self'");
    let script = csp["script-src"].as_str().expect("script-src");
    for unsafe_source in [
        "data:",
        "blob:",
        "unsafe-eval",
        "unsafe-inline",
        "http:",
        "https:",
    ] {
        assert!(
            !script.contains(unsafe_source),
            "script-src allows {unsafe_source}"
        );
    }
    assert_eq!(csp["object-src"], "'none'");
    let title = config["app"]["windows"][0]["title"]
        .as_str()
        .expect("title");
    assert_eq!(title, "Gram Kiosk · ग्राम कियोस्क");
}
