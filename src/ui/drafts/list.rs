//! The list of drafts, last edited first, with search and "New draft".
use leptos::prelude::*;

use super::controller::{now, Drafts};
use crate::state::Millis;

#[component]
pub fn DraftList() -> impl IntoView {
    let drafts = Drafts::get();
    let query = RwSignal::new(String::new());
    // "5 min ago" moves on by itself.
    let minute = RwSignal::new(0u32);
    set_interval(
        move || minute.update(|m| *m += 1),
        std::time::Duration::from_secs(60),
    );
    // Each row is keyed by everything it shows, so an edit re-renders only its own row.
    let rows = move || {
        minute.track();
        let q = query.get();
        drafts.store.with(|s| {
            let current = s.current_id().map(str::to_string);
            s.search(&q)
                .into_iter()
                .map(|d| Row {
                    id: d.id.clone(),
                    title: d.display_title(),
                    meta: meta(d.recipient.as_deref(), d.mode.label(), d.updated),
                    current: current.as_deref() == Some(d.id.as_str()),
                })
                .collect::<Vec<_>>()
        })
    };
    let searching = move || !query.with(String::is_empty);
    let total = move || drafts.store.with(|s| s.len());

    view! {
        <div class="drafts-list-head">
            <button type="button" class="button button-primary new-draft" data-testid="new-draft"
                on:click=crate::ui::click(move |_| {
                    drafts.create();
                    crate::ui::focus_editor();
                })>
                <span aria-hidden="true">"+ "</span>"New draft"
            </button>
        </div>
        <Show when=crate::ui::when(move || { total() > 1 || searching() })>
            <label class="visually-hidden" for="draft-search">"Search drafts"</label>
            <input
                id="draft-search"
                class="input draft-search"
                type="search"
                data-testid="draft-search"
                placeholder="Search drafts"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=crate::ui::on(move |ev: leptos::ev::Event| query.set(event_target_value(&ev)))
            />
        </Show>
        <ul class="draft-list" data-testid="draft-list" aria-label="Your drafts">
            <For each=rows key=|r| format!("{}\u{1e}{}\u{1e}{}\u{1e}{}", r.id, r.title, r.meta, r.current) let:row>
                <li class="draft-row">
                    <button
                        type="button"
                        class="draft-item"
                        class:current=row.current
                        data-testid="draft-item"
                        aria-current=if row.current { Some("true") } else { None }
                        on:click={
                            let id = row.id.clone();
                            crate::ui::click(move |_| drafts.select(&id))
                        }
                    >
                        <span class="draft-item-title">{row.title.clone()}</span>
                        <span class="draft-item-meta">{row.meta.clone()}</span>
                    </button>
                </li>
            </For>
        </ul>
        <Show when=crate::ui::when(move || searching() && rows().is_empty())>
            <p class="muted drafts-empty" data-testid="draft-search-empty">"No draft matches."</p>
        </Show>
    }
}

#[derive(Clone)]
struct Row {
    id: String,
    title: String,
    meta: String,
    current: bool,
}

fn meta(recipient: Option<&str>, mode: &str, updated: Millis) -> String {
    let when = ago(now(), updated);
    match recipient {
        Some(r) => format!("{} · {mode} · {when}", r.trim()),
        None => format!("{mode} · {when}"),
    }
}

/// "just now", "5 min ago", "3 h ago", "2 days ago".
fn ago(now: Millis, then: Millis) -> String {
    let mins = now.saturating_sub(then) / 60_000;
    match mins {
        0 => "just now".into(),
        m if m < 60 => format!("{m} min ago"),
        m if m < 60 * 24 => format!("{} h ago", m / 60),
        m if m < 60 * 48 => "yesterday".into(),
        m => format!("{} days ago", m / (60 * 24)),
    }
}
