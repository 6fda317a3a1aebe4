//! Before / after: a weak sentence, the room's rewrite, and what Frankly sees improved
//! (findings gone, the matrix, the SBI parts present); then the set's own better version.
use leptos::prelude::*;

use super::Workshop;
use crate::ui_logic::coaching::sbi_items;
use crate::workshop::round::{compare, Comparison};

#[component]
pub fn BeforeAfter() -> impl IntoView {
    let w = Workshop::get();
    let round = w.round;
    let rewrite = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Comparison>);
    let show_better = RwSignal::new(false);
    // A new item starts clean.
    crate::ui::effect(move || {
        round.with(|r| r.index);
        rewrite.set(String::new());
        result.set(None);
        show_better.set(false);
    });
    let text = move || round.with(|r| r.item().map(|i| i.text.clone()).unwrap_or_default());
    let better =
        move || round.with(|r| r.item().and_then(|i| i.better.clone()).unwrap_or_default());
    let progress = move || round.with(|r| format!("Item {} of {}", r.index + 1, r.len()));
    let run = move || result.set(Some(compare(&text(), &rewrite.get_untracked())));
    view! {
        <div class="before-after" data-testid="before-after">
            <div class="guess-meta"><span data-testid="progress">{progress}</span></div>
            <p class="ba-label">"Before"</p>
            <blockquote class="workshop-sentence" data-testid="sentence">{text}</blockquote>
            <label class="ba-label" for="ba-rewrite">"The room’s version"</label>
            <textarea id="ba-rewrite" class="ba-rewrite" data-testid="rewrite" rows="3"
                prop:value=move || rewrite.get()
                on:input=crate::ui::on(move |ev: leptos::ev::Event| rewrite.set(event_target_value(&ev)))></textarea>
            <div class="button-row">
                <button type="button" class="button button-primary" data-testid="compare"
                    on:click=crate::ui::click(move |_| run())>"Compare"</button>
                <button type="button" class="button" data-testid="show-better"
                    aria-expanded=move || show_better.get().to_string()
                    on:click=crate::ui::click(move |_| show_better.update(|s| *s = !*s))>"The guide’s version"</button>
                <button type="button" class="button" data-testid="previous"
                    on:click=crate::ui::click(move |_| round.update(|r| { r.back(); }))>"← Previous"</button>
                <button type="button" class="button" data-testid="next"
                    on:click=crate::ui::click(move |_| round.update(|r| { r.advance(); }))>"Next →"</button>
            </div>
            {move || show_better.get().then(|| view! {
                <blockquote class="workshop-sentence better" data-testid="better">{better()}</blockquote>
            })}
            <div class="comparison" aria-live="polite" data-testid="comparison">
                {move || result.get().map(|c| {
                    let moved = format!("{} → {}", c.before_quadrant.label(), c.after_quadrant.label());
                    view! {
                        <p class="reveal-verdict" class:right=c.improved()>
                            {if c.improved() { "Improved: it reads as Radical Candor." } else { "Frankly’s reading:" }}
                        </p>
                        <p>"Matrix: "<strong data-testid="moved">{moved}</strong></p>
                        <h3 class="sub-title">"Gone"</h3>
                        <ul data-testid="gone">
                            {if c.gone.is_empty() { view! { <li class="muted">"Nothing the weak version was flagged for is gone yet."</li> }.into_any() }
                             else { c.gone.into_iter().map(|m| view! { <li>{m}</li> }).collect_view().into_any() }}
                        </ul>
                        {(!c.new.is_empty()).then(|| view! {
                            <h3 class="sub-title">"New in the rewrite"</h3>
                            <ul data-testid="new">{c.new.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                        })}
                        <h3 class="sub-title">"Situation–Behavior–Impact"</h3>
                        <ul class="sbi-parts" data-testid="sbi-parts">
                            {sbi_items(c.after_sbi).into_iter().map(|s| view! {
                                <li class:present=s.present data-present=s.present.to_string()>
                                    {if s.present { "✓ " } else { "– " }}{s.label}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                })}
            </div>
        </div>
    }
}
