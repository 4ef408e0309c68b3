use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::Role;

/// A role as a tag: its text, with shape and colour from its class (`role role-lead`), so colour
/// is never the only cue. `short` is the matrix cell's word, else the role in full.
#[component]
pub fn RoleTag(lang: Lang, role: Role, #[prop(optional)] short: bool) -> impl IntoView {
    let ui = lang.ui();
    let text = if short { ui.role_cell(role) } else { ui.role(role) };
    view! { <span class=format!("role role-{}", role.key())>{text}</span> }
}
