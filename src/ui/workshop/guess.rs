//! One item of a guessing round: the sentence, the choices (the matrix's four quadrants as a
//! 2×2 grid, or two answers), the reveal with Frankly's placement and why, and the score.
use leptos::prelude::*;

use super::Workshop;
use crate::engine::{Axis, Category};
use crate::ui_logic::coaching::{reading, signal_lines};
use crate::workshop::round::Round;
use crate::workshop::sets::{Answer, SetKind};

#[component]
pub fn Guess() -> impl IntoView {
    let w = Workshop::get();
    let round = w.round;
    let text = move || round.with(|r| r.item().map(|i| i.text.clone()).unwrap_or_default());
    let progress = move || round.with(|r| format!("Item {} of {}", r.index + 1, r.len()));
    let score = move || {
        round.with(|r| {
            let (right, shown) = r.score();
            format!("Score: {right} of {shown}")
        })
    };
    // A memo: the choice buttons are rebuilt only when the kind changes, so a guess or a reveal
    // keeps the focused button.
    let kind_memo = Memo::new(move |_| round.with(|r| r.set.kind));
    let kind = move || kind_memo.get();
    let choices = move || {
        let kind = kind();
        kind.answers()
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let pressed = move || round.with(|r| r.guess() == Some(a));
                let locked = move || round.with(Round::is_revealed);
                view! {
                    <button type="button" class=format!("choice choice-{}", a.id())
                        data-testid=format!("choice-{}", a.id())
                        aria-pressed=move || pressed().to_string()
                        aria-disabled=move || locked().to_string()
                        on:click=crate::ui::click(move |_| round.update(|r| { r.choose(a); }))>
                        <kbd aria-hidden="true">{(i + 1).to_string()}</kbd>
                        <span>{a.label()}</span>
                    </button>
                }
            })
            .collect_view()
    };
    let grid_class = move || match kind() {
        SetKind::Quadrant | SetKind::BeforeAfter => "choices matrix-choices",
        _ => "choices pair-choices",
    };
    view! {
        <div class="guess" data-testid="guess">
            <div class="guess-meta">
                <span data-testid="progress">{progress}</span>
                <span data-testid="score">{score}</span>
            </div>
            <blockquote class="workshop-sentence" data-testid="sentence">{text}</blockquote>
            <div class="choices-wrap">
                {move || (kind() == SetKind::Quadrant).then(|| view! {
                    <span class="axis-label axis-care" aria-hidden="true">"Care personally ↑"</span>
                    <span class="axis-label axis-challenge" aria-hidden="true">"Challenge directly →"</span>
                })}
                <div class=grid_class role="group" aria-label="Your answer">{choices}</div>
            </div>
            <div class="button-row guess-actions">
                <button type="button" class="button" data-testid="previous"
                    on:click=crate::ui::click(move |_| round.update(|r| { r.back(); }))>"← Previous"</button>
                <button type="button" class="button button-primary" data-testid="reveal"
                    on:click=crate::ui::click(move |_| round.update(Round::reveal))>"Reveal"</button>
                <button type="button" class="button" data-testid="next"
                    on:click=crate::ui::click(move |_| round.update(|r| { r.advance(); }))>"Next →"</button>
            </div>
            <div class="reveal" aria-live="polite" data-testid="reveal-panel">
                {move || round.with(|r| r.is_revealed().then(|| r.reveal_details()).flatten()).map(|rev| {
                    let text = text();
                    let right = rev.guess == Some(rev.expected);
                    let verdict = match rev.guess {
                        None => "No guess.".to_string(),
                        Some(_) if right => "Right!".to_string(),
                        Some(g) => format!("You said {}.", g.label()),
                    };
                    let frankly = rev.frankly.map_or("no quadrant yet (not enough signal)", Answer::label);
                    let agrees = rev.frankly == Some(rev.expected);
                    let why = match kind() {
                        SetKind::Quadrant | SetKind::BeforeAfter => {
                            let lines = signal_lines(&rev.analysis, &text, 2);
                            view! {
                                <p>{reading(&rev.analysis)}</p>
                                <ul class="signals">
                                    {lines.into_iter().map(|l| {
                                        let axis = match l.axis { Axis::Care => "Care", Axis::Challenge => "Challenge" };
                                        let dir = if l.up { "raised by" } else { "lowered by" };
                                        view! { <li>{format!("{axis} {dir} ")}<q>{l.quote}</q>{format!(" ({})", l.label)}</li> }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                        SetKind::Mindset | SetKind::Specificity => {
                            let wanted = |f: &crate::engine::Finding| {
                                f.category == Category::Vague || f.rule == "fixed-mindset"
                            };
                            let msgs: Vec<String> = rev.analysis.findings.iter().filter(|f| wanted(f)).map(|f| f.message.clone()).collect();
                            if msgs.is_empty() {
                                view! { <p>"Frankly flags nothing vague or fixed here."</p> }.into_any()
                            } else {
                                view! { <ul class="signals">{msgs.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> }.into_any()
                            }
                        }
                    };
                    view! {
                        <p class="reveal-verdict" class:right=right data-testid="verdict">{verdict}</p>
                        <p>"The set’s answer: "<strong data-testid="expected">{rev.expected.label()}</strong></p>
                        <p>"Frankly: "<strong data-testid="frankly">{frankly}</strong>
                            {(!agrees).then(|| view! { <span class="muted">" (Frankly disagrees with the set here)"</span> })}
                        </p>
                        <div class="reveal-why">
                            <h3 class="sub-title">"Why here"</h3>
                            {why}
                        </div>
                    }
                })}
            </div>
        </div>
    }
}
