//! A category's badge: icon, label, and a sample of its underline — never colour alone.
use leptos::prelude::*;

use crate::engine::Category;
use crate::ui_logic::coaching::category_icon;

#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    let id = category.id();
    view! {
        <span class=format!("cat-badge cat-{id}")>
            <span class="cat-icon" aria-hidden="true">{category_icon(category)}</span>
            <span class=format!("cat-label mark-{id}")>{category.label()}</span>
        </span>
    }
}
