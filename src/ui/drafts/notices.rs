//! Notices about drafts: storage problems (with "Export all drafts" when saving is not
//! working), conflict copies, import results, and "Undo" after a delete.
use leptos::prelude::*;

use super::controller::{Drafts, NoticeKind};

#[component]
pub fn DraftNotices() -> impl IntoView {
    let drafts = Drafts::get();
    let problem = drafts.storage_problem;
    view! {
        <div class="drafts-notices" role="status" aria-live="polite">
            {move || problem.get().map(|err| view! {
                <div class="notice notice-warning" data-testid="storage-notice" data-kind="ongoing">
                    <p>{err.to_string()}</p>
                    <Show when={
                        let export = err.offers_export();
                        crate::ui::when(move || export)
                    }>
                        <button type="button" class="button" data-testid="notice-export"
                            on:click=crate::ui::click(move |_| drafts.export_all())>"Export all drafts"</button>
                    </Show>
                </div>
            })}
            <For each=move || drafts.notices.get() key=|n| n.id.to_string() let:notice>
                <div
                    class="notice"
                    class:notice-warning=matches!(notice.kind, NoticeKind::Storage | NoticeKind::ImportFailed | NoticeKind::Conflict)
                    data-testid=match notice.kind {
                        NoticeKind::Storage => "storage-notice",
                        NoticeKind::Conflict => "conflict-notice",
                        NoticeKind::ImportFailed => "import-error",
                        NoticeKind::Info => "drafts-notice",
                    }
                >
                    <p>{notice.text.clone()}</p>
                    <div class="notice-actions">
                        <Show when=crate::ui::when(move || notice.offers_export)>
                            <button type="button" class="button" on:click=crate::ui::click(move |_| drafts.export_all())>
                                "Export all drafts"
                            </button>
                        </Show>
                        <button type="button" class="button button-quiet" aria-label="Dismiss notice"
                            on:click=crate::ui::click(move |_| drafts.dismiss_notice(notice.id))>"Dismiss"</button>
                    </div>
                </div>
            </For>
            {move || drafts.undo_title.get().map(|title| view! {
                <div class="notice notice-undo" data-testid="undo-notice">
                    <p>{format!("Deleted “{title}”.")}</p>
                    <div class="notice-actions">
                        <button type="button" class="button" data-testid="undo-delete"
                            on:click=crate::ui::click(move |_| drafts.undo_delete())>"Undo"</button>
                        <button type="button" class="button button-quiet" aria-label="Dismiss"
                            on:click=crate::ui::click(move |_| drafts.undo_title.set(None))>"Dismiss"</button>
                    </div>
                </div>
            })}
        </div>
    }
}
