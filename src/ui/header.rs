//! The product header.
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"F"</span>
                <h1 class="brand-name">"Frankly"</h1>
                <span class="brand-tagline">"Feedback that is kind and clear"</span>
            </div>
            <super::workshop::Launcher/>
            <p class="privacy-badge" title="Drafts are kept in this browser only. Nothing is sent anywhere.">
                <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor"/>
                    <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6"/>
                </svg>
                "Stays on this device"
            </p>
        </header>
    }
}
