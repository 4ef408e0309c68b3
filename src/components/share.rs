use leptos::prelude::*;

use super::attr;
use crate::browser;
use crate::i18n::{Lang, fill};
use crate::nav::{BasePath, file_href, state_href};
use crate::route::{Frame, Mode, ViewState};

const SHARE_DIALOG: &str = "share-dialog";
const EMBED_DIALOG: &str = "embed-dialog";
const SHARE_BUTTON: &str = "share-button";
const EMBED_BUTTON: &str = "embed-button";
const SHARE_ADDRESS: &str = "share-address";
const CODE_PLAIN: &str = "embed-code-plain";
const CODE_SCRIPT: &str = "embed-code-script";
/// The widget's starting height in the generated code, until the editor changes it.
const DEFAULT_HEIGHT: u32 = 640;
const HEIGHT_RANGE: std::ops::RangeInclusive<u32> = 200..=4000;

/// A QR code of `text`, drawn as one SVG path (with its quiet zone of 4 modules): the share
/// dialog's and the printed page's way from a desktop to a phone, made on the device.
pub fn qr_svg(text: &str) -> Option<(usize, String)> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == qrcode::Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Some((width + 8, path))
}

#[component]
fn QrCode(text: String, label: String) -> impl IntoView {
    qr_svg(&text).map(|(size, path)| {
        view! {
            <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label shape-rendering="crispEdges">
                <rect width=size.to_string() height=size.to_string() fill="#ffffff"/>
                <path d=path fill="#000000"/>
            </svg>
        }
    })
}

/// "分享" on every page and "嵌入" on each page that has a widget, each opening a dialog; and,
/// for print, the page's address with its QR code at the end. The buttons are in the prerendered
/// page, shown by the styles only where scripts run (`html[data-script]`): a press before the app
/// runs starts it and is handed over (build/start.js). The dialogs and the printed address read
/// the address the site is served from, so they are drawn by the app, outside the hydrated page
/// (`browser::show_modal`).
#[component]
pub fn PageTools(view: Memo<ViewState>) -> impl IntoView {
    let base = use_context::<BasePath>().unwrap_or_default();
    let address = Memo::new(move |_| view.with(|v| format!("{}{}", browser::origin(), state_href(v))));
    let embeddable = Memo::new(move |_| view.with(|v| v.page.embedded().is_some()));
    // Printing shows the address and its code at the end, drawn as the page is printed.
    browser::on_print(move || {
        let (url, lang) = (address.get_untracked(), view.with_untracked(|v| v.lang));
        let label = lang.ui().share_qr;
        browser::replace_detached("print-address", "print-only print-address", move || {
            view! {
                <QrCode text=url.clone() label=label.to_string()/>
                <p>{lang.ui().share_address} ": " {url.clone()}</p>
            }
        })
    });
    let share = {
        let base = base.clone();
        move |_| {
            let (base, state, address) = (base.clone(), view.get_untracked(), address.get_untracked());
            browser::show_modal(
                SHARE_DIALOG,
                "share-heading",
                "dialog",
                move || {
                    provide_context(base);
                    view! { <ShareBody state address/> }
                },
                || browser::focus(SHARE_BUTTON),
            );
        }
    };
    let embed = move |_| {
        let (base, state) = (base.clone(), view.get_untracked());
        browser::show_modal(
            EMBED_DIALOG,
            "embed-heading",
            "dialog dialog-wide",
            move || {
                provide_context(base);
                view! { <EmbedBody state/> }
            },
            || browser::focus(EMBED_BUTTON),
        );
    };
    move || {
        let ui = view.with(|v| v.lang).ui();
        let embed = embed.clone();
        view! {
            // The label lets the loader print the address in words before the app runs (build/start.js).
            <div class="page-tools" {..attr::data_print_label(ui.share_address)}>
                <button type="button" class="button" id=SHARE_BUTTON aria-haspopup="dialog" on:click=share.clone()>{ui.share}</button>
                {embeddable.get().then(|| view! {
                    <button type="button" class="button" id=EMBED_BUTTON aria-haspopup="dialog" on:click=embed>{ui.embed}</button>
                })}
            </div>
        }
    }
}

/// A "copied" or "could not copy" line under a copy button, said to screen readers too.
fn copy_status(lang: Lang, state: RwSignal<Option<bool>>, copied: &'static str) -> impl IntoView {
    let ui = lang.ui();
    view! { <p class="copy-status" role="status">{move || state.get().map(|ok| if ok { copied } else { ui.copy_failed })}</p> }
}

#[component]
fn ShareBody(state: ViewState, address: String) -> impl IntoView {
    let lang = state.lang;
    let ui = lang.ui();
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let address = address.clone();
        move |_| {
            copied.set(None);
            browser::copy_text(address.clone(), SHARE_ADDRESS, move |ok| copied.set(Some(ok)));
        }
    };
    let title = state.title();
    let system = browser::can_share().then(|| {
        let (title, address) = (title.clone(), address.clone());
        view! { <button type="button" class="button" on:click=move |_| browser::share(&title, &address)>{ui.share_system}</button> }
    });
    view! {
        <h2 id="share-heading">{ui.share_heading}</h2>
        <p class="dialog-subject">{title}</p>
        <label for=SHARE_ADDRESS>{ui.share_address}</label>
        <div class="copy-row">
            <input id=SHARE_ADDRESS type="text" readonly value=address.clone()/>
            <button type="button" class="button primary" on:click=copy>{ui.share_copy}</button>
        </div>
        {copy_status(lang, copied, ui.share_copied)}
        <figure class="qr-figure">
            <QrCode text=address.clone() label=ui.share_qr.to_string()/>
            <figcaption>{ui.share_qr}</figcaption>
        </figure>
        <p class="dialog-actions">
            {system}
            <button type="button" class="button" on:click=|_| browser::close_dialog(SHARE_DIALOG)>{ui.close}</button>
        </p>
    }
}

/// The embed code generator: language, text size and starting height; a live preview; the code
/// as a plain iframe and as an iframe with the resizing script, each with a copy button.
#[component]
fn EmbedBody(state: ViewState) -> impl IntoView {
    let lang = state.lang;
    let ui = lang.ui();
    let page = state.page.clone();
    let widget_lang = RwSignal::new(lang);
    let size = RwSignal::new(state.mode);
    let height = RwSignal::new(DEFAULT_HEIGHT);
    let widget = Memo::new(move |_| ViewState::embed(widget_lang.get(), size.get(), &page));
    let src = Memo::new(move |_| widget.get().map(|w| format!("{}{}", browser::origin(), state_href(&w))).unwrap_or_default());
    let frame_title = Memo::new(move |_| {
        let site = widget.get().map(|w| w.with_frame(Frame::Site).title()).unwrap_or_default();
        fill(widget_lang.get().ui().embed_frame_title, &[&site])
    });
    let plain = Memo::new(move |_| {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" frameborder=\"0\"></iframe>",
            src.get(),
            escape_attr(&frame_title.get()),
            height.get()
        )
    });
    let script =
        Memo::new(move |_| format!("{}\n<script src=\"{}{}\" async></script>", plain.get(), browser::origin(), file_href("embed.js")));
    let copied_plain = RwSignal::new(None::<bool>);
    let copied_script = RwSignal::new(None::<bool>);
    let copy = move |code: Memo<String>, id: &'static str, state: RwSignal<Option<bool>>| {
        state.set(None);
        browser::copy_text(code.get_untracked(), id, move |ok| state.set(Some(ok)));
    };
    let langs = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <label class="choice">
                    <input type="radio" name="embed-lang" value=l.tag() checked=move || widget_lang.get() == l on:change=move |_| widget_lang.set(l)/>
                    <span lang=l.tag()>{l.pick("中文", "English")}</span>
                </label>
            }
        })
        .collect_view();
    let sizes = Mode::ALL
        .into_iter()
        .map(|s| {
            let label = s.size_label(lang);
            view! {
                <label class="choice">
                    <input type="radio" name="embed-size" value=s.key() checked=move || size.get() == s on:change=move |_| size.set(s)/>
                    {label}
                </label>
            }
        })
        .collect_view();
    let on_height = move |ev: leptos::ev::Event| {
        if let Ok(h) = event_target_value(&ev).trim().parse::<u32>() {
            height.set(h.clamp(*HEIGHT_RANGE.start(), *HEIGHT_RANGE.end()));
        }
    };
    view! {
        <h2 id="embed-heading">{ui.embed_heading}</h2>
        <p class="dialog-subject">{state.title()}</p>
        <p class="source-note">{ui.embed_intro}</p>
        <div class="embed-options">
            <fieldset><legend>{ui.embed_lang}</legend>{langs}</fieldset>
            <fieldset><legend>{ui.text_size}</legend>{sizes}</fieldset>
            <label class="embed-height">
                {ui.embed_height}
                <input type="number" inputmode="numeric" min=HEIGHT_RANGE.start().to_string() max=HEIGHT_RANGE.end().to_string() step="10"
                    value=DEFAULT_HEIGHT.to_string() on:change=on_height/>
            </label>
        </div>
        <h3>{ui.embed_preview}</h3>
        <iframe class="embed-preview" src=move || src.get() title=move || frame_title.get() height=move || height.get().to_string()></iframe>
        <label for=CODE_PLAIN class="code-label">{ui.embed_code_plain}</label>
        <textarea id=CODE_PLAIN class="code" readonly rows="3" prop:value=move || plain.get()></textarea>
        <p><button type="button" class="button" on:click=move |_| copy(plain, CODE_PLAIN, copied_plain)>{ui.embed_copy}</button></p>
        {copy_status(lang, copied_plain, ui.embed_copied)}
        <label for=CODE_SCRIPT class="code-label">{ui.embed_code_script}</label>
        <textarea id=CODE_SCRIPT class="code" readonly rows="4" prop:value=move || script.get()></textarea>
        <p><button type="button" class="button primary" on:click=move |_| copy(script, CODE_SCRIPT, copied_script)>{ui.embed_copy}</button></p>
        {copy_status(lang, copied_script, ui.embed_copied)}
        <p class="dialog-actions">
            <button type="button" class="button" on:click=|_| browser::close_dialog(EMBED_DIALOG)>{ui.close}</button>
        </p>
    }
}

/// Text inside a double-quoted HTML attribute.
fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
