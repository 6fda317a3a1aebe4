//! The keyboard shortcuts, opened by the `?` button.
use leptos::prelude::*;

const SHORTCUTS: &[(&str, &str)] = &[
    (
        "Tab / Shift+Tab",
        "In the draft: select the next / previous [placeholder] (moves focus when there is none)",
    ),
    (
        "Esc, then Tab",
        "In the draft: leave the editor even with placeholders ahead",
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        "Undo / redo, including applied rewrites",
    ),
    (
        "J / K or Alt+↓ / Alt+↑",
        "In the findings: next / previous finding",
    ),
    ("Enter or A", "On a finding: apply its first rewrite"),
    (
        "D",
        "On a finding: dismiss it for this draft (a group card: all its places)",
    ),
    ("Home / End", "On a finding: first / last finding"),
    (
        "Esc",
        "In the draft: hide the mark tooltip. Here: close this list",
    ),
];

#[component]
pub fn ShortcutsHelp(on_close: Callback<()>) -> impl IntoView {
    view! {
        <div
            class="shortcuts"
            id="shortcuts-help"
            data-testid="shortcuts-help"
            role="region"
            aria-label="Keyboard shortcuts"
            on:keydown=crate::ui::on(move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) })
        >
            <dl>
                {SHORTCUTS.iter().map(|(k, what)| view! {
                    <div class="shortcut">
                        <dt><kbd>{*k}</kbd></dt>
                        <dd>{*what}</dd>
                    </div>
                }).collect_view()}
            </dl>
            <button type="button" class="btn btn-quiet" on:click=crate::ui::click(move |_| on_close.run(()))>"Close"</button>
        </div>
    }
}
