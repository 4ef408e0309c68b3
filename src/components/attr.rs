//! Attributes that hydrate as they were served.
//!
//! tachys 0.2 writes again, while hydrating, every attribute that `view!` cannot check by name:
//! all of an SVG element's and every `data-*` one, keyed by a string it cannot tell from one made
//! at run time (`CustomAttr` with an empty `KEY`). On a county page that is the map's 520
//! attributes, one `setAttribute` each, a fifth of the page's hydration. A key here names its
//! attribute at compile time, so hydration leaves the served value alone, as it does for every
//! attribute tachys knows: `<rect {..(attr::x(2), attr::y(2))}/>`. Building and updating are
//! unchanged, and the markup is the same.

use leptos::tachys::html::attribute::AttributeValue;
use leptos::tachys::html::attribute::custom::{CustomAttr, CustomAttributeKey, custom_attribute};

macro_rules! served_attributes {
    ($($(#[$doc:meta])* $attr:ident: $Key:ident = $name:literal;)*) => {
        /// One type per attribute name: the name is its `KEY`.
        pub mod key {$(
            #[derive(Clone, Copy, Debug)]
            pub struct $Key;

            impl AsRef<str> for $Key {
                fn as_ref(&self) -> &str {
                    $name
                }
            }

            impl super::CustomAttributeKey for $Key {
                const KEY: &'static str = $name;
            }
        )*}

        $(
            $(#[$doc])*
            pub fn $attr<V: AttributeValue>(value: V) -> CustomAttr<key::$Key, V> {
                custom_attribute(key::$Key, value)
            }
        )*
    };
}

served_attributes! {
    /// The page a map tile leads to, which the loader follows before the app runs (build/start.js).
    data_href: DataHref = "data-href";
    /// A county's division code on what stands for it (a chip, a report marker).
    data_code: DataCode = "data-code";
    /// The local-storage key under which a link or switch remembers its choice (build/start.js).
    data_remember_key: DataRememberKey = "data-remember-key";
    /// The value remembered under `data-remember-key`.
    data_remember_value: DataRememberValue = "data-remember-value";
    /// A chart's phase (`ChartPhase::key`), for tests and styles.
    data_state: DataState = "data-state";
    /// The words printed before the page's address (build/start.js).
    data_print_label: DataPrintLabel = "data-print-label";
    /// A link the router follows without scrolling.
    data_noscroll: DataNoScroll = "data-noscroll";

    // What an SVG element says of itself.
    id: Id = "id";
    role: Role = "role";
    aria_label: AriaLabel = "aria-label";
    aria_pressed: AriaPressed = "aria-pressed";
    aria_hidden: AriaHidden = "aria-hidden";
    tabindex: TabIndex = "tabindex";
    focusable: Focusable = "focusable";

    // SVG geometry.
    view_box: ViewBox = "viewBox";
    x: X = "x";
    y: Y = "y";
    x1: X1 = "x1";
    y1: Y1 = "y1";
    x2: X2 = "x2";
    y2: Y2 = "y2";
    cx: Cx = "cx";
    cy: Cy = "cy";
    r: R = "r";
    rx: Rx = "rx";
    width: Width = "width";
    height: Height = "height";
    points: Points = "points";
    text_length: TextLength = "textLength";
    length_adjust: LengthAdjust = "lengthAdjust";
}
