//! Sharing without a server: download the set as a file, make a link whose fragment carries
//! it, open a set file, or make a set from your own drafts. Everything read goes through
//! `crate::workshop::share`'s strict parser; text is only ever rendered as text.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Workshop;
use crate::ui::drafts::{browser, Drafts};
use crate::workshop::round::set_from_drafts;
use crate::workshop::share::{parse_json, to_fragment, to_json, MAX_SET_BYTES};

#[component]
pub fn SharePanel() -> impl IntoView {
    let w = Workshop::get();
    let drafts = Drafts::get();
    let link = RwSignal::new(None::<String>);
    let current = move || w.round.with_untracked(|r| r.set.clone());
    let download = move |_| {
        let set = current();
        let name = format!("frankly-set-{}.json", set.id);
        if let Err(e) = browser::download(&name, "application/json", &to_json(&set)) {
            w.notice
                .set(Some((true, format!("The set was not saved: {e}."))));
        }
    };
    let make_link = move |_| {
        let loc = window().location();
        let base = format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        );
        link.set(Some(format!("{base}#{}", to_fragment(&current()))));
    };
    let copy = move |_| {
        if let Some(l) = link.get_untracked() {
            browser::copy_text(&l, move |ok| {
                let text = if ok {
                    "Link copied."
                } else {
                    "Copy it from the box (the clipboard is not available)."
                };
                w.notice.set(Some((!ok, text.to_string())));
            });
        }
    };
    let open_file = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("input event").unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_SET_BYTES as f64 {
            w.notice.set(Some((
                true,
                crate::workshop::share::ShareError::TooLarge {
                    bytes: file.size() as usize,
                }
                .to_string(),
            )));
            return;
        }
        browser::read_file(file, move |bytes| {
            match bytes
                .map_err(|e| format!("The set was not opened: {e}."))
                .and_then(|b| parse_json(&b).map_err(|e| e.to_string()))
            {
                Ok(set) => {
                    let title = set.title.clone();
                    w.add_set(set);
                    w.notice
                        .set(Some((false, format!("Opened the set “{title}”."))));
                }
                Err(e) => w.notice.set(Some((true, e))),
            }
        });
    };
    let from_drafts = move |_| {
        let made = drafts
            .store
            .with_untracked(|s| set_from_drafts(s.drafts(), "From my drafts"));
        match made {
            Some(set) => {
                let n = set.items.len();
                w.add_set(set);
                w.notice.set(Some((false, format!("Made a set of {n} from your drafts, each with Frankly’s placement as its answer."))));
            }
            None => w.notice.set(Some((
                true,
                "None of your drafts can be placed on the matrix yet.".into(),
            ))),
        }
    };
    view! {
        <details class="share-panel" data-testid="share-panel">
            <summary>"Share or open a set"</summary>
            <div class="button-row">
                <button type="button" class="button" data-testid="download-set" on:click=crate::ui::click(download)>"Download this set"</button>
                <button type="button" class="button" data-testid="make-link" on:click=crate::ui::click(make_link)>"Make a link"</button>
                <label class="button file-button">
                    "Open a set file"
                    <input type="file" accept=".json,application/json" class="visually-hidden"
                        data-testid="open-set-file" on:change=crate::ui::on(open_file)/>
                </label>
                <button type="button" class="button" data-testid="set-from-drafts" on:click=crate::ui::click(from_drafts)>"Make a set from my drafts"</button>
            </div>
            {move || link.get().map(|l| view! {
                <div class="share-link">
                    <label for="set-link">"Link (the set travels inside it; nothing is uploaded)"</label>
                    <input id="set-link" readonly data-testid="set-link" prop:value=l
                        on:focus=crate::ui::on(move |ev: leptos::ev::FocusEvent| { let el: web_sys::HtmlInputElement = ev.target().expect("focus").unchecked_into(); el.select(); })/>
                    <button type="button" class="button" data-testid="copy-link" on:click=crate::ui::click(copy)>"Copy"</button>
                </div>
            })}
        </details>
    }
}
