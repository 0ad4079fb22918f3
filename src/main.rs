//! The app's entry point. It exports nothing: the JavaScript API is its own module
//! (`crates/wasm`), so that sites calling the calculation do not download the app.

fn main() {
    studierekenaar_web::crash::install_panic_hook();
    // The app renders only on its own page.
    let root = gloo::utils::document()
        .query_selector("meta[name='studierekenaar-app']")
        .ok()
        .flatten()
        .and_then(|_| gloo::utils::document().get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<studierekenaar_web::App>::with_root(root).render();
        if studierekenaar_web::crash::self_test_requested() {
            yew::platform::spawn_local(async {
                yew::platform::time::sleep(std::time::Duration::from_millis(200)).await;
                panic!("zelftest van het foutscherm (selftest=crash)");
            });
        }
    }
}
