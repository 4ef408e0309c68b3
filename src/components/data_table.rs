use leptos::prelude::*;

/// A titled, collapsible data table that scrolls sideways on its own (never the page): the
/// table alternative of a chart, or a reference list.
#[component]
pub fn DataTable<C: IntoView + 'static>(
    /// The summary line, also the scroll region's name.
    title: &'static str,
    /// Column headers.
    headers: Vec<&'static str>,
    /// Extra class for the `<details>`.
    #[prop(optional)]
    class: &'static str,
    #[prop(optional)] open: bool,
    /// The `<tr>` rows (typed: `Children` would erase them into an `AnyView`, see `erased.rs`).
    children: TypedChildren<C>,
) -> impl IntoView {
    let headers = headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    view! {
        <details class=format!("data-table-details {class}") open=open>
            <summary>{title}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=title>
                <table class="data-table">
                    <thead><tr>{headers}</tr></thead>
                    <tbody>{children.into_inner()()}</tbody>
                </table>
            </div>
        </details>
    }
}
