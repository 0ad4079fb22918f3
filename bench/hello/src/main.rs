use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <main><h1>{ "Studierekenaar" }</h1><p id="fee-total"><span class="amount">{ "€ 1.181,40" }</span></p></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
