//! The care/challenge matrix: x = challenge directly, y = care personally. A dot for the draft,
//! faint dots for its sentences, a short trail of where it was. It places the draft, never the
//! person.
use leptos::prelude::*;

use super::state::CoachState;
use crate::engine::scoring::NEUTRAL_ZONE;
use crate::engine::Quadrant;
use crate::ui_logic::coaching::{matrix_description, reading};

// Plot area inside the 260×262 viewBox.
const LEFT: i32 = 28;
const TOP: i32 = 6;
const SIZE: i32 = 224;

/// A coordinate (never negative) to one decimal, formatted with integers: formatting a float
/// would bring the standard library's float printing (about 3 KB gzip) into the page.
fn tenths(v: f32) -> String {
    let t = (v * 10.0).round() as u32;
    format!("{}.{}", t / 10, t % 10)
}
fn fx(challenge: f32) -> f32 {
    LEFT as f32 + challenge.clamp(0.0, 100.0) / 100.0 * SIZE as f32
}
fn fy(care: f32) -> f32 {
    TOP as f32 + (100.0 - care.clamp(0.0, 100.0)) / 100.0 * SIZE as f32
}
fn px(challenge: f32) -> String {
    tenths(fx(challenge))
}
fn py(care: f32) -> String {
    tenths(fy(care))
}

#[component]
pub fn Matrix() -> impl IntoView {
    let cs = CoachState::get();
    let a = cs.ws.analysis;
    let pos = move || a.with(|a| (a.challenge, a.care));
    let quadrant = move || a.with(|a| a.quadrant);
    crate::ui::effect(move || {
        let (ch, care) = pos();
        cs.trail.maybe_update(|t| t.push(ch, care));
    });
    let sentences = move || {
        a.with(|a| {
            if a.sentences.len() > 1 {
                a.sentences.iter().map(|s| (s.challenge, s.care)).collect()
            } else {
                Vec::new()
            }
        })
    };
    let half = SIZE / 2;
    let quad = move |q: Quadrant, x: i32, y: i32, class: &'static str| {
        view! {
            <rect
                class=move || format!("q {class}{}", if quadrant() == q { " is-current" } else { "" })
                x=x y=y width=half height=half
            />
        }
    };
    let label = move |x: i32, y: i32, anchor: &'static str, l1: &'static str, l2: &'static str| {
        view! {
            <text class="q-label" x=x y=y text-anchor=anchor>
                <tspan x=x dy="0">{l1}</tspan>
                <tspan x=x dy="13.5">{l2}</tspan>
            </text>
        }
    };
    let trail_points = move || {
        let mut pts = cs.trail.with(|t| t.past());
        pts.push(pos());
        pts.iter()
            .map(|&(x, y)| format!("{},{}", px(x), py(y)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let reading = move || a.with(reading);

    view! {
        <section class="panel matrix-panel" aria-labelledby="matrix-title">
            <h2 class="panel-title" id="matrix-title">"Care and challenge"</h2>
            <div class="matrix-body">
            <div class="matrix-wrap">
                <svg
                    class="matrix"
                    data-testid="matrix"
                    viewBox="0 0 260 262"
                    role="img"
                    aria-label=move || a.with(matrix_description)
                >
                    {quad(Quadrant::RuinousEmpathy, LEFT, TOP, "q-re")}
                    {quad(Quadrant::RadicalCandor, LEFT + half, TOP, "q-rc")}
                    {quad(Quadrant::ManipulativeInsincerity, LEFT, TOP + half, "q-mi")}
                    {quad(Quadrant::ObnoxiousAggression, LEFT + half, TOP + half, "q-oa")}
                    // Where the reading says "neutral": the dot there is not placed yet.
                    <g class=move || format!("q-neutral{}", if quadrant() == Quadrant::Neutral { " is-current" } else { "" })
                        data-testid="matrix-neutral">
                        {NEUTRAL_ZONE.iter().map(|&(x0, x1, y0, y1)| view! {
                            <rect x=px(x0) y=py(y1) width=tenths(fx(x1) - fx(x0)) height=tenths(fy(y0) - fy(y1))/>
                        }).collect_view()}
                    </g>
                    <line class="axis-mid" x1=LEFT + half y1=TOP x2=LEFT + half y2=TOP + SIZE/>
                    <line class="axis-mid" x1=LEFT y1=TOP + half x2=LEFT + SIZE y2=TOP + half/>
                    {label(LEFT + 6, TOP + 15, "start", "Ruinous", "Empathy")}
                    {label(LEFT + SIZE - 6, TOP + 15, "end", "Radical", "Candor")}
                    {label(LEFT + 6, TOP + SIZE - 18, "start", "Manipulative", "Insincerity")}
                    {label(LEFT + SIZE - 6, TOP + SIZE - 18, "end", "Obnoxious", "Aggression")}
                    <text class="axis-label" x=LEFT + half y="252" text-anchor="middle">"Challenge directly →"</text>
                    <text class="axis-label" x="-118" y="16" text-anchor="middle" transform="rotate(-90)">"Care personally →"</text>
                    <g class="sentence-dots">
                        // Keyed by place: typing moves one sentence's dot, not all of them.
                        <For
                            each=move || sentences().into_iter().enumerate()
                            key=|&(i, (x, y))| format!("{i} {} {}", (x * 10.0) as i32, (y * 10.0) as i32)
                            children=|(_, (x, y))| view! { <circle class="dot-sentence" cx=px(x) cy=py(y) r="3.5"/> }
                        />
                    </g>
                    <polyline class="trail" points=trail_points/>
                    {move || {
                        let past = cs.trail.with(|t| t.past());
                        let n = past.len();
                        past.into_iter().enumerate().map(|(i, (x, y))| view! {
                            <circle class="dot-trail" cx=px(x) cy=py(y) r="3" opacity=format!("0.{:02}", 15 + 50 * (i + 1) / (n + 1))/>
                        }).collect_view()
                    }}
                    <circle class="dot-draft-halo" cx=move || px(pos().0) cy=move || py(pos().1) r="11"/>
                    <circle class="dot-draft" data-testid="matrix-dot" cx=move || px(pos().0) cy=move || py(pos().1) r="6.5"/>
                </svg>
            </div>
            <div class="matrix-text">
            <p class="quadrant" data-testid="quadrant" data-quadrant=move || quadrant().id()>
                <span class=move || format!("q-swatch q-swatch-{}", quadrant().id()) aria-hidden="true"></span>
                <strong>{move || quadrant().label()}</strong>
            </p>
            <p class="quadrant-reading" data-testid="quadrant-reading">{reading}</p>
            <p class="matrix-note muted">"The matrix places the draft, never the person."</p>
            <super::why_here::WhyHere/>
            </div>
            </div>
        </section>
    }
}
