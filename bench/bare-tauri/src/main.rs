// The smallest Tauri 2 app: one window showing one page.
fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the window opens");
}
