//! Everything at once: export all drafts, import a drafts file, delete all data.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{browser, controller::Drafts, controller::NoticeKind};
use crate::state::transfer::MAX_IMPORT_BYTES;
use crate::state::ImportError;

#[component]
pub fn DataControls() -> impl IntoView {
    let drafts = Drafts::get();
    let on_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Reset, so choosing the same file again still fires `change`.
        input.set_value("");
        let Some(file) = file else { return };
        // The previous import's result no longer applies (even if this one is cancelled).
        drafts.clear_notice();
        let size = file.size() as usize;
        if size > MAX_IMPORT_BYTES {
            drafts.notify(
                NoticeKind::ImportFailed,
                ImportError::TooLarge { bytes: size }.to_string(),
                false,
            );
            return;
        }
        browser::read_file(file, move |result| match result {
            Ok(bytes) => drafts.import_bytes(&bytes),
            Err(e) => drafts.notify(
                NoticeKind::ImportFailed,
                format!(
                    "The file could not be read ({e}), so nothing was imported. Choose it again."
                ),
                false,
            ),
        });
    };

    view! {
        <section class="drafts-data" aria-labelledby="drafts-data-heading">
            <h3 id="drafts-data-heading" class="drafts-subtitle">"All drafts"</h3>
            <div class="button-row">
                <button type="button" class="button" data-testid="export-all"
                    on:click=crate::ui::click(move |_| drafts.export_all())>"Export all"</button>
                <label class="button file-button">
                    "Import…"
                    <input type="file" class="visually-hidden" data-testid="import-file"
                        accept=".json,application/json" on:change=crate::ui::on(on_file)/>
                </label>
            </div>
            <button type="button" class="button button-quiet button-danger" data-testid="delete-all"
                on:click=crate::ui::click(move |_| drafts.ask_delete_all())>"Delete all my data…"</button>
            <p class="drafts-privacy muted">"Drafts stay in this browser. Export to keep a copy elsewhere."</p>
        </section>
    }
}
