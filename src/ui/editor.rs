//! The draft editor: a plain textarea on top of a highlight layer that draws one mark per
//! finding behind the text (same font, padding and wrapping, scroll kept in sync).
//!
//! The textarea stays a real textarea (fast, native editing, spellcheck, IME); the layer behind
//! it is rebuilt from text nodes and spans — never HTML — whenever the text or findings change.
//! Hover and caret position are mapped back to findings for the mark tooltip.
use std::ops::Range;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::coach::{
    mark_tip::{MarkTip, Tip},
    rewrite_preview::RewritePreview,
    state::{CoachState, Visible},
    Insight,
};
use super::workspace::{rule_id, Workspace};
use crate::engine::Severity;
use crate::ui_logic::marks::{segment, Node};
use crate::ui_logic::placeholders::{next_placeholder, placeholder_spans};

#[component]
pub fn Editor() -> impl IntoView {
    let ws = Workspace::get();
    let cs = CoachState::get();
    let backdrop = cs.backdrop;
    let shell = NodeRef::<Div>::new();
    let words = move || ws.analysis.with(|a| a.word_count);
    // The selection just before an input event changes the text (for undo snapshots).
    let before_input = StoredValue::new((0usize, 0usize));
    let hover = RwSignal::new(None::<String>);
    let caret_mark = RwSignal::new(None::<String>);
    // What the highlight layer shows now, one signature per top-level node (see `render_marks`).
    let drawn = StoredValue::new(Vec::<String>::new());
    let focused = RwSignal::new(false);
    let hover_pending = StoredValue::new(false);
    // Esc hands Tab back to the browser, so a keyboard user can always leave the editor even
    // with placeholders ahead of the caret.
    let tab_released = StoredValue::new(false);

    // The text can change from outside (another draft opened): write it into the textarea.
    crate::ui::effect(move || {
        let t = ws.text.get();
        cs.adopt_external(&t);
        if let Some(el) = cs.textarea.get() {
            if el.value() != t {
                el.set_value(&t);
            }
        }
    });

    // The highlight layer.
    crate::ui::effect(move || {
        let Some(root) = backdrop.get() else { return };
        let active = cs.active.get();
        ws.settled.with(|text| {
            cs.visible.with(|vis| {
                drawn.update_value(|d| render_marks(&root, d, text, vis, active.as_deref()))
            })
        });
    });

    let placeholder_ranges = |text: &str| -> Vec<Range<usize>> { placeholder_spans(text) };

    // Which mark the caret is in (collapsed caret only), innermost first.
    let update_caret = move || {
        let text = ws.text.get_untracked();
        let sel = cs.read_selection(&text);
        before_input.set_value(sel);
        let inside = if sel.0 == sel.1 {
            cs.visible.with_untracked(|v| {
                v.iter()
                    .enumerate()
                    .filter(|(_, x)| x.finding.start <= sel.0 && sel.0 < x.finding.end)
                    .min_by_key(|(_, x)| x.finding.end - x.finding.start)
                    .map(|(_, x)| x.key.clone())
            })
        } else {
            None
        };
        caret_mark.set(inside.clone());
        if inside.is_some() {
            cs.active.set(inside);
        }
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let text = ws.text.get_untracked();
        before_input.set_value(cs.read_selection(&text));
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let key = ev.key();
        let released = tab_released.get_value();
        if key != "Shift" {
            tab_released.set_value(key == "Escape");
        }
        if ctrl && !ev.alt_key() && (key == "z" || key == "Z") {
            ev.prevent_default();
            if ev.shift_key() {
                cs.redo()
            } else {
                cs.undo()
            }
        } else if ctrl && !ev.alt_key() && (key == "y" || key == "Y") {
            ev.prevent_default();
            cs.redo();
        } else if key == "Tab" && !ctrl && !ev.alt_key() && !released {
            let spans = placeholder_ranges(&text);
            let (s, e) = cs.read_selection(&text);
            if let Some(next) = next_placeholder(&spans, s..e, !ev.shift_key()) {
                ev.prevent_default();
                // What is typed over this placeholder undoes on its own.
                cs.seal_history();
                cs.select_bytes(&text, next.start, next.end, true);
                update_caret();
            }
        } else if key == "Escape" {
            caret_mark.set(None);
            hover.set(None);
        }
    };

    let on_beforeinput = move |ev: leptos::ev::InputEvent| match ev.input_type().as_str() {
        "historyUndo" => {
            ev.prevent_default();
            cs.undo();
        }
        "historyRedo" => {
            ev.prevent_default();
            cs.redo();
        }
        _ => {}
    };

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        cs.typed(value, before_input.get_value());
        update_caret();
    };

    let on_scroll = move |_| {
        if let (Some(t), Some(b)) = (cs.textarea.get_untracked(), backdrop.get_untracked()) {
            b.set_scroll_top(t.scroll_top());
            b.set_scroll_left(t.scroll_left());
        }
    };

    // Hover: the textarea is on top, so find the mark under the pointer by its boxes.
    let on_mousemove = move |ev: leptos::ev::MouseEvent| {
        if hover_pending.get_value() {
            return;
        }
        hover_pending.set_value(true);
        let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
        request_animation_frame(move || {
            hover_pending.set_value(false);
            let Some(root) = backdrop.get_untracked() else {
                return;
            };
            let key = mark_at_point(&root, x, y);
            if key.is_some() && key != cs.active.get_untracked() {
                // Hovering a mark also lights up its card in the findings panel.
                cs.active.set(key.clone());
            }
            hover.set(key);
        });
    };

    // The tooltip: the hovered mark, else the mark holding the caret while the editor has focus.
    let tip = move || {
        let key = hover.get().or_else(|| {
            if focused.get() {
                caret_mark.get()
            } else {
                None
            }
        })?;
        cs.visible
            .with(|v| v.iter().any(|x| x.key == key))
            .then_some(())?;
        // Re-place when the text reflows.
        ws.settled.track();
        let (root, shell) = (backdrop.get()?, shell.get()?);
        let mark = mark_elements(&root)
            .into_iter()
            .find(|m| m.get_attribute("data-key").as_deref() == Some(key.as_str()))?;
        let r = mark.get_bounding_client_rect();
        let s = shell.get_bounding_client_rect();
        let width = 300.0_f64.min(s.width() - 16.0);
        // min then max, not clamp: on a shell narrower than the tip the bounds cross, and clamp
        // would panic.
        let left = (r.left() - s.left()).min(s.width() - width - 8.0).max(8.0);
        Some(Tip {
            key,
            left,
            top: r.bottom() - s.top() + 6.0,
        })
    };

    // The marks in words, for screen readers: how many, and where each is described.
    let marks_description = move || match cs.visible.with(Vec::len) {
        0 => "No passage is marked.".to_string(),
        1 => "1 passage is marked; the Findings list describes it.".to_string(),
        n => format!("{n} passages are marked; the Findings list describes each."),
    };

    // On a wide screen the draft takes focus at once; on a phone that would open the keyboard.
    crate::ui::effect(move || {
        if let Some(el) = cs.textarea.get() {
            let wide = window()
                .match_media("(min-width: 861px)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            if wide {
                let _ = el.focus();
            }
        }
    });

    let has_placeholders = move || ws.text.with(|t| !placeholder_spans(t).is_empty());

    view! {
        <label class="editor-label" for="draft-editor">"Your draft"</label>
        <div class="editor-shell" node_ref=shell>
            <div class="editor-backdrop editor-metrics" aria-hidden="true" node_ref=backdrop></div>
            <textarea
                id="draft-editor"
                class="editor editor-metrics"
                data-testid="draft-editor"
                spellcheck="true"
                aria-describedby="editor-help editor-marks"
                aria-details="findings-list"
                placeholder="Write the feedback you want to give…"
                node_ref=cs.textarea
                on:input=crate::ui::on(on_input)
                on:keydown=crate::ui::on(on_keydown)
                on:beforeinput=crate::ui::on(on_beforeinput)
                on:keyup=crate::ui::on(move |_| update_caret())
                on:mouseup=crate::ui::click(move |_| update_caret())
                on:select=crate::ui::on(move |_| update_caret())
                on:focus=crate::ui::on(move |_| { focused.set(true); update_caret(); })
                on:blur=crate::ui::on(move |_| focused.set(false))
                on:scroll=crate::ui::on(on_scroll)
                on:mousemove=crate::ui::click(on_mousemove)
                on:mouseleave=crate::ui::click(move |_| hover.set(None))
            ></textarea>
            <MarkTip tip=tip/>
        </div>
        <div class="editor-status">
            <span data-testid="word-count">
                {move || match words() {
                    1 => "1 word".to_string(),
                    n => format!("{n} words"),
                }}
            </span>
            <span id="editor-help" class="editor-hint">
                {move || if has_placeholders() {
                    "Tab selects the next [placeholder] · Esc, Tab leaves"
                } else {
                    "Marks show what the coach noticed"
                }}
            </span>
            <span id="editor-marks" class="visually-hidden">{marks_description}</span>
            <span class="editor-actions">
                {history_button("undo", "Control+Z", "↶ ", "Undo", cs.can_undo, CoachState::undo)}
                {history_button("redo", "Control+Shift+Z", "↷ ", "Redo", cs.can_redo, CoachState::redo)}
            </span>
        </div>
        <RewritePreview/>
        <Insight/>
    }
}

/// Bring the highlight layer up to date: text nodes and one span per finding (never HTML).
///
/// Typing changes one place in the draft, so only the top-level nodes that differ from what is
/// drawn (`drawn`: a signature per node) are replaced; the common prefix and suffix stay.
fn render_marks(
    root: &web_sys::HtmlDivElement,
    drawn: &mut Vec<String>,
    text: &str,
    vis: &[Visible],
    active: Option<&str>,
) {
    let doc = document();
    let spans: Vec<(usize, Range<usize>)> = vis
        .iter()
        .enumerate()
        .map(|(i, v)| (i, v.finding.start..v.finding.end))
        .collect();
    let nodes = segment(text, &spans);
    let sigs: Vec<String> = nodes
        .iter()
        .map(|n| signature(n, text, vis, active))
        .collect();
    let children = root.child_nodes();
    // The layer always ends with one text node " " (a trailing newline needs a character after
    // it to take up its line, as in the textarea); anything else means start afresh.
    if children.length() as usize != drawn.len() + 1 {
        root.set_text_content(None);
        drawn.clear();
        let _ = root.append_child(&doc.create_text_node(" "));
    }
    let prefix = sigs
        .iter()
        .zip(drawn.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let max_suffix = sigs.len().min(drawn.len()) - prefix;
    let suffix = sigs
        .iter()
        .rev()
        .zip(drawn.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    for _ in prefix..drawn.len() - suffix {
        if let Some(old) = root.child_nodes().item(prefix as u32) {
            let _ = root.remove_child(&old);
        }
    }
    let before = root.child_nodes().item(prefix as u32);
    for n in &nodes[prefix..nodes.len() - suffix] {
        let node = build_node(&doc, n, text, vis, active);
        let _ = root.insert_before(&node, before.as_ref());
    }
    *drawn = sigs;
}

/// Everything that decides how a node looks, as a string to compare.
fn signature(n: &Node, text: &str, vis: &[Visible], active: Option<&str>) -> String {
    match n {
        Node::Text(r) => format!("t{}", &text[r.clone()]),
        Node::Mark { id, children, .. } => {
            let v = &vis[*id];
            let mut s = format!(
                "m{}\u{1f}{}\u{1f}{}\u{1f}",
                v.key,
                v.finding.severity as u8,
                active == Some(v.key.as_str())
            );
            for c in children {
                s.push_str(&signature(c, text, vis, active));
                s.push('\u{1e}');
            }
            s
        }
    }
}

fn build_node(
    doc: &web_sys::Document,
    n: &Node,
    text: &str,
    vis: &[Visible],
    active: Option<&str>,
) -> web_sys::Node {
    match n {
        Node::Text(r) => doc.create_text_node(&text[r.clone()]).into(),
        Node::Mark { id, children, .. } => {
            let el = doc.create_element("span").expect("create span");
            let v = &vis[*id];
            let cat = v.finding.category.id();
            let is_active = active == Some(v.key.as_str());
            el.set_class_name(&format!(
                "mark mark-{cat}{}",
                if is_active { " is-active" } else { "" }
            ));
            let _ = el.set_attribute("data-testid", "mark");
            let _ = el.set_attribute("data-category", cat);
            let _ = el.set_attribute("data-rule", &rule_id(&v.finding));
            let severity = match v.finding.severity {
                Severity::Problem => "problem",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            let _ = el.set_attribute("data-severity", severity);
            let _ = el.set_attribute("data-key", &v.key);
            for c in children {
                let _ = el.append_child(&build_node(doc, c, text, vis, active));
            }
            el.into()
        }
    }
}

fn mark_elements(root: &web_sys::HtmlDivElement) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all("[data-testid=\"mark\"]") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The innermost mark whose boxes contain the point (client coordinates).
fn mark_at_point(root: &web_sys::HtmlDivElement, x: f64, y: f64) -> Option<String> {
    let mut found = None;
    for el in mark_elements(root) {
        let rects = el.get_client_rects();
        for j in 0..rects.length() {
            if let Some(r) = rects.item(j) {
                if x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom() {
                    found = el.get_attribute("data-key");
                }
            }
        }
    }
    found
}

/// Undo or Redo: one shape for both buttons (one copy of its view code in the page).
fn history_button(
    id: &'static str,
    keys: &'static str,
    icon: &'static str,
    label: &'static str,
    can: RwSignal<bool>,
    act: fn(&CoachState),
) -> impl IntoView {
    let cs = CoachState::get();
    view! {
        <button
            type="button"
            class="btn btn-quiet"
            data-testid=id
            aria-keyshortcuts=keys
            disabled=move || !can.get()
            on:click=crate::ui::click(move |_| act(&cs))
        >
            <span aria-hidden="true">{icon}</span>{label}
        </button>
    }
}
