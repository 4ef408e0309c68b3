use leptos::prelude::*;

use crate::browser;
use crate::i18n::Lang;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Speech {
    Idle,
    Speaking,
    Paused,
}

/// "朗读": reads the element `target` aloud with the browser's own speech synthesis (nothing
/// leaves the device), with pause, resume and stop; the sentence being read is marked. It is in
/// the prerendered page, shown by the styles only where the browser can speak and scripts run
/// (`html[data-speech]`, set by build/start.js): a press before the app runs starts it.
#[component]
pub fn ReadAloud(lang: Lang, #[prop(into)] target: String) -> impl IntoView {
    let ui = lang.ui();
    let state = RwSignal::new(Speech::Idle);
    // Leaving the page stops the reading.
    on_cleanup(move || {
        if state.get_untracked() != Speech::Idle {
            browser::stop_speech();
        }
    });
    // One button that starts, pauses and resumes (it keeps the keyboard's place), and a stop
    // button while reading; stopping brings focus back to the first.
    let id = format!("read-{target}");
    let toggle = move |_| match state.get_untracked() {
        Speech::Idle => {
            state.set(Speech::Speaking);
            browser::speak(&target, move || state.set(Speech::Idle));
        }
        Speech::Speaking => {
            browser::pause_speech();
            state.set(Speech::Paused);
        }
        Speech::Paused => {
            browser::resume_speech();
            state.set(Speech::Speaking);
        }
    };
    let stop = {
        let id = id.clone();
        move |_| {
            browser::stop_speech();
            browser::focus(&id);
        }
    };
    let label = move || match state.get() {
        Speech::Idle => ui.read_aloud,
        Speech::Speaking => ui.read_pause,
        Speech::Paused => ui.read_resume,
    };
    let controls = view! {
        <button type="button" class="button" id=id.clone() on:click=toggle>{label}</button>
        {move || (state.get() != Speech::Idle).then(|| {
            view! { <button type="button" class="button" on:click=stop.clone()>{ui.read_stop}</button> }
        })}
    };
    // The row keeps its place whether or not it is shown, so nothing below it moves.
    view! {
        <div class="read-aloud" role="group" aria-label=ui.read_aloud>
            {controls}
        </div>
    }
}
