//! Workshop mode, for a trainer with a projector: exercise sets (`crate::workshop`), a round of
//! "guess the quadrant" (or fixed/growth, vague/specific), before/after rewrites, a presenter
//! view, and sharing sets by file or link. A full-screen modal dialog over the coach screen; its
//! launcher sits in the header beside the coaching toolkit's.
mod before_after;
mod guess;
mod share;

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::workshop::round::Round;
use crate::workshop::sets::{builtin, ExerciseSet, SetKind};
use crate::workshop::share::parse_fragment;

/// The workshop's state, provided as context by `Launcher`.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub open: RwSignal<bool>,
    pub presenter: RwSignal<bool>,
    /// The built-in sets, then any opened from a link, a file or the trainer's drafts.
    pub sets: RwSignal<Vec<ExerciseSet>>,
    pub selected: RwSignal<usize>,
    pub round: RwSignal<Round>,
    /// A message about the last share action: (is it a problem, text).
    pub notice: RwSignal<Option<(bool, String)>>,
    pub toolkit_open: RwSignal<bool>,
}

impl Workshop {
    fn new() -> Self {
        let sets = builtin();
        let first = sets[0].clone();
        Workshop {
            open: RwSignal::new(false),
            presenter: RwSignal::new(false),
            sets: RwSignal::new(sets),
            selected: RwSignal::new(0),
            round: RwSignal::new(Round::new(first)),
            notice: RwSignal::new(None),
            toolkit_open: RwSignal::new(false),
        }
    }

    pub fn get() -> Self {
        expect_context::<Workshop>()
    }

    pub fn select(self, index: usize) {
        let Some(set) = self.sets.with_untracked(|s| s.get(index).cloned()) else {
            return;
        };
        self.selected.set(index);
        self.round.set(Round::new(set));
    }

    /// Adds a set (from a link, a file or the drafts) and starts a round of it. A set equal to
    /// one already listed is selected instead of listed twice.
    pub fn add_set(self, set: ExerciseSet) {
        let existing = self
            .sets
            .with_untracked(|s| s.iter().position(|x| *x == set));
        let index = match existing {
            Some(i) => i,
            None => {
                self.sets.update(|s| s.push(set));
                self.sets.with_untracked(Vec::len) - 1
            }
        };
        self.select(index);
    }

    /// A link whose fragment carries a set opens the workshop on it; a damaged or hostile one
    /// opens nothing and says why.
    fn open_from_location(self) {
        let hash = window().location().hash().unwrap_or_default();
        match parse_fragment(&hash) {
            Ok(None) => {}
            Ok(Some(set)) => {
                let title = set.title.clone();
                self.add_set(set);
                self.notice
                    .set(Some((false, format!("Opened the shared set “{title}”."))));
                self.open.set(true);
            }
            Err(e) => {
                self.notice.set(Some((true, e.to_string())));
                self.open.set(true);
            }
        }
    }
}

/// The header's two buttons, and the dialogs they open.
#[component]
pub fn Launcher() -> impl IntoView {
    let w = Workshop::new();
    provide_context(w);
    w.open_from_location();
    view! {
        <nav class="header-tools" aria-label="Workshop and coaching toolkit">
            <button type="button" class="button header-tool" data-testid="open-toolkit"
                aria-haspopup="dialog" on:click=crate::ui::click(move |_| w.toolkit_open.set(true))>
                "Coaching toolkit"
            </button>
            <button type="button" class="button header-tool" data-testid="open-workshop"
                aria-haspopup="dialog" on:click=crate::ui::click(move |_| w.open.set(true))>
                "Workshop"
            </button>
        </nav>
        <WorkshopDialog/>
        <crate::ui::toolkit::ToolkitDialog/>
    }
}

/// True when a key press belongs to a text field (typing, not a workshop shortcut).
fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "textarea" | "input" | "select"
            )
        })
        .unwrap_or(false)
}

#[component]
fn WorkshopDialog() -> impl IntoView {
    let w = Workshop::get();
    let dialog = NodeRef::<Dialog>::new();
    crate::ui::effect(move || {
        let Some(el) = dialog.get() else { return };
        if w.open.get() {
            if !el.open() {
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    // On the window, not the dialog: keys keep working even when focus has fallen to <body>.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if !w.open.get_untracked()
            || ev.ctrl_key()
            || ev.alt_key()
            || ev.meta_key()
            || typing_in_field(&ev)
        {
            return;
        }
        let kind = w.round.with_untracked(|r| r.set.kind);
        let key = ev.key();
        let handled = match key.as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | "n" | "N" => {
                w.round.update(|r| {
                    r.advance();
                });
                true
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => {
                w.round.update(|r| {
                    r.back();
                });
                true
            }
            "r" | "R" if kind != SetKind::BeforeAfter => {
                w.round.update(Round::reveal);
                true
            }
            d if d.len() == 1 && kind != SetKind::BeforeAfter => {
                let n = d.chars().next().and_then(|c| c.to_digit(10)).unwrap_or(0) as usize;
                match kind.answers().get(n.wrapping_sub(1)) {
                    Some(&a) => {
                        w.round.update(|r| {
                            r.choose(a);
                        });
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    let options = move || {
        w.sets.with(|sets| {
            sets.iter()
                .enumerate()
                .map(|(i, s)| {
                    let label = format!("{} ({} items)", s.title, s.items.len());
                    view! { <option value=i.to_string() selected=move || w.selected.get() == i>{label}</option> }
                })
                .collect_view()
        })
    };
    let listener = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || listener.remove());
    // Only a change of kind rebuilds the stage (a guess or a reveal must not replace the
    // focused button).
    let kind = Memo::new(move |_| w.round.with(|r| r.set.kind));
    let stage = move || {
        if kind.get() == SetKind::BeforeAfter {
            view! { <before_after::BeforeAfter/> }.into_any()
        } else {
            view! { <guess::Guess/> }.into_any()
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class="workshop-dialog"
            class:presenter=move || w.presenter.get()
            data-testid="workshop"
            aria-labelledby="workshop-title"
            on:cancel=crate::ui::on(move |_: web_sys::Event| w.open.set(false))
            on:close=crate::ui::on(move |_: web_sys::Event| w.open.set(false))
        >
            <div class="workshop-bar">
                <h2 id="workshop-title" class="workshop-title">"Workshop"</h2>
                <label class="workshop-set">
                    <span>"Exercise set"</span>
                    <select data-testid="set-picker" aria-label="Exercise set"
                        on:change=crate::ui::on(move |ev: leptos::ev::Event| {
                            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                                w.select(i);
                            }
                        })>
                        {options}
                    </select>
                </label>
                <button type="button" class="button" data-testid="presenter-toggle"
                    aria-pressed=move || w.presenter.get().to_string()
                    on:click=crate::ui::click(move |_| w.presenter.update(|p| *p = !*p))>
                    "Presenter view"
                </button>
                <button type="button" class="button" data-testid="close-workshop"
                    on:click=crate::ui::click(move |_| w.open.set(false))>
                    "Close"
                </button>
            </div>
            {move || w.notice.get().map(|(problem, text)| view! {
                <p class="workshop-notice" class:problem=problem role="status" data-testid="workshop-notice">
                    {text}
                    <button type="button" class="link-button" on:click=crate::ui::click(move |_| w.notice.set(None))>"Dismiss"</button>
                </p>
            })}
            // Focus starts here (not in the set picker), so 1–4, R and the arrows work at once.
            <div class="workshop-stage" tabindex="-1" autofocus>{stage}</div>
            <p class="workshop-keys muted">
                "Keys: 1–4 choose · R reveal · → next · ← previous · Esc close"
            </p>
            <share::SharePanel/>
        </dialog>
    }
}
