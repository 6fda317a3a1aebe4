//! The product header.
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"F"</span>
                <span class="brand-name">"Frankly"</span>
                <span class="brand-tagline">"Feedback that is kind and clear"</span>
            </div>
            <p class="privacy-badge" title="Drafts are kept in this browser only. Nothing is sent anywhere.">
                <span aria-hidden="true">"🔒 "</span>"Stays on this device"
            </p>
        </header>
    }
}
