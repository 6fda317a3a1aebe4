//! "Why here": the phrases that moved each axis, and the one change most likely to move the
//! draft toward Radical Candor.
use leptos::prelude::*;

use super::state::CoachState;
use crate::engine::{Axis, Finding};
use crate::ui_logic::coaching::{next_move, signal_lines};

#[component]
pub fn WhyHere() -> impl IntoView {
    let cs = CoachState::get();
    let lines = move || {
        cs.ws
            .settled
            .with(|t| cs.ws.analysis.with(|a| signal_lines(a, t, 3)))
    };
    let advice = move || {
        cs.panel.with(|v| {
            let shown: Vec<&Finding> = v.iter().map(|x| &x.finding).collect();
            cs.ws.settled.with(|t| {
                cs.ws
                    .analysis
                    .with(|a| next_move(cs.ws.mode.get(), a, t, &shown))
            })
        })
    };
    view! {
        <div class="why-here" data-testid="why-here">
            <h3 class="sub-title">"Why here"</h3>
            <Show
                when=crate::ui::when(move || !lines().is_empty())
                fallback=|| view! { <p class="muted small">"No phrase has moved either axis yet."</p> }
            >
                <ul class="signals">
                    {move || lines().into_iter().map(|l| {
                        let axis = match l.axis { Axis::Care => "Care", Axis::Challenge => "Challenge" };
                        let dir = if l.up { "↑" } else { "↓" };
                        let sr = if l.up { "raised by" } else { "lowered by" };
                        view! {
                            <li class=format!("signal {}", if l.up { "up" } else { "down" }) data-testid="signal">
                                <span class="signal-axis">{axis}" "<span aria-hidden="true">{dir}</span><span class="visually-hidden">{sr}</span></span>
                                <q>{l.quote}</q>
                                <span class="signal-label">{l.label}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <div class="next-move" data-testid="next-move">
                <h3 class="sub-title">"One change toward Radical Candor"</h3>
                <p>{advice}</p>
            </div>
        </div>
    }
}
