use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::html::element::{ElementChild, InnerHtml, InnerHtmlAttribute};
use leptos::tachys::view::add_attr::AddAnyAttr;

/// An element whose contents stay as drawn (text, links, `<details>`; nothing in them reacts).
/// A page that wakes on its prerendered markup leaves those contents as they are instead of
/// walking them node by node (the app's start on a county page is mostly that walk); links in
/// them still go through the router, which listens on the whole document. Drawn anew (a move to
/// another page or place) or prerendered, the element gets its contents as usual.
///
/// Only for contents that are the same on the prerendered page and in the app: a hydrating page
/// never checks them.
pub fn still<El, Ch>(element: El, contents: impl FnOnce() -> Ch) -> Still<El, Ch>
where
    El: InnerHtmlAttribute<&'static str> + ElementChild<Ch>,
    Ch: IntoRender,
{
    let hydrating = Owner::current_shared_context().is_some_and(|context| context.during_hydration());
    // An `inner_html` that a hydrating page does not apply: the prerendered contents stay.
    if hydrating { Either::Left(element.inner_html("")) } else { Either::Right(element.child(contents())) }
}

/// What `still` gives: the element as the hydrating page keeps it, or with its contents. Named
/// (not `impl IntoView`) so that it does not borrow from the closure that draws the contents.
pub type Still<El, Ch> = Either<<El as AddAnyAttr>::Output<InnerHtml<&'static str>>, <El as ElementChild<Ch>>::Output>;
