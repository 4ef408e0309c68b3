//! Type-erased views (`AnyView`) without asynchronous hydration.
//!
//! tachys 0.2's `AnyView` keeps, for every type erased into it, a function that hydrates that view
//! asynchronously, and so compiles the asynchronous hydration of the whole tree beneath it: 558 KB
//! of the 2.1 MB WASM (a quarter), for code this app never runs, since it hydrates synchronously
//! (`hydrate_body`) and has no lazy route. A view erased through `.erased()` is wrapped first in
//! `HydrateNow`, whose asynchronous hydration is the synchronous one, so that is all `AnyView`
//! keeps. Everything else passes through unchanged. `tests/structure.rs` keeps `.into_any()` out
//! of the app's code.

use leptos::prelude::*;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState, Render, RenderHtml};

/// A view that hydrates synchronously even when asked to hydrate asynchronously.
pub struct HydrateNow<V>(pub V);

/// `.erased()`: the app's `.into_any()`.
pub trait Erase {
    fn erased(self) -> AnyView;
}

impl<V: RenderHtml + Send + 'static> Erase for V {
    fn erased(self) -> AnyView {
        HydrateNow(self).into_any()
    }
}

impl<V: Render> Render for HydrateNow<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        self.0.rebuild(state)
    }
}

impl<V: AddAnyAttr> AddAnyAttr for HydrateNow<V> {
    type Output<SomeNewAttr: Attribute> = HydrateNow<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        HydrateNow(self.0.add_any_attr(attr))
    }
}

impl<V: RenderHtml> RenderHtml for HydrateNow<V> {
    type AsyncOutput = HydrateNow<V::AsyncOutput>;
    type Owned = HydrateNow<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;
    const EXISTS: bool = V::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve()
    }

    async fn resolve(self) -> Self::AsyncOutput {
        HydrateNow(self.0.resolve().await)
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(buf, position, escape, mark_branches, extra_attrs)
    }

    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    // The one change: not `self.0.hydrate_async`, whose code is the whole tree again.
    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        HydrateNow(self.0.into_owned())
    }
}
