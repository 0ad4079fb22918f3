//! On a phone, a bar at the bottom of the screen with the section's answer in a few words,
//! which leads to the answer; it hides while the answer itself is on screen.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StickySummaryProps {
    /// The id of the element with the answer (the bar links to it and hides while it shows).
    pub target: AttrValue,
    /// The answer in a few words: `Studiegeld: € 1.116,00`.
    pub children: Html,
    /// Shown only once the answer has scrolled up out of view (for a section whose answer
    /// comes before further fields, so that the bar never covers the fields above it).
    #[prop_or_default]
    pub after_answer: bool,
}

#[component]
pub fn StickySummary(props: &StickySummaryProps) -> Html {
    let answer_in_view = use_state(|| false);
    {
        let answer_in_view = answer_in_view.clone();
        let target = props.target.clone();
        let after_answer = props.after_answer;
        use_effect_with(target, move |target| {
            let target = target.clone();
            let check = move || {
                let document = gloo::utils::document();
                let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                let in_view = document.get_element_by_id(&target).is_some_and(|answer| {
                    let rect = answer.get_bounding_client_rect();
                    (rect.top() < height || after_answer) && rect.bottom() > 0.0
                });
                answer_in_view.set(in_view);
            };
            check();
            let window = gloo::utils::window();
            let on_scroll = gloo::events::EventListener::new(&window, "scroll", {
                let check = check.clone();
                move |_| check()
            });
            let on_resize = gloo::events::EventListener::new(&window, "resize", move |_| check());
            move || drop((on_scroll, on_resize))
        });
    }
    // Scrolls to the answer without following the link: a new address fragment would be
    // read as a change of section (the app listens to the history).
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            if let Some(answer) = gloo::utils::document().get_element_by_id(&target) {
                answer.scroll_into_view();
            }
        })
    };
    html! {
        <a class="jump-to-result sticky-summary" href={format!("#{}", props.target)} hidden={*answer_in_view} {onclick}>
            { props.children.clone() }
        </a>
    }
}
