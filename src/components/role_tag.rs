use leptos::prelude::*;
use maud::{Markup, html};

use crate::i18n::Lang;
use crate::model::Role;

/// A role as a tag: its text, with shape and colour from its class (`role role-lead`), so colour
/// is never the only cue. `short` is the matrix cell's word, else the role in full.
#[component]
pub fn RoleTag(lang: Lang, role: Role, #[prop(optional)] short: bool) -> impl IntoView {
    view! { <span class=role_class(role)>{role_text(lang, role, short)}</span> }
}

/// The same as markup, for lists written as one `innerHTML` (see mod.rs).
pub fn role_tag_markup(lang: Lang, role: Role, short: bool) -> Markup {
    html! { span class=(role_class(role)) { (role_text(lang, role, short)) } }
}

fn role_class(role: Role) -> String {
    format!("role role-{}", role.key())
}

fn role_text(lang: Lang, role: Role, short: bool) -> &'static str {
    let ui = lang.ui();
    if short { ui.role_cell(role) } else { ui.role(role) }
}
