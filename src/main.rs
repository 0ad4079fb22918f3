fn main() {
    yew::Renderer::<studierekenaar_web::App>::new().render();
}
