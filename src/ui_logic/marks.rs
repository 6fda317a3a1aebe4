//! Segmenting a draft into text runs and marks for the highlight layer behind the editor.
//!
//! One mark per finding. Marks must nest to become elements, so a mark that crosses an earlier
//! one is clipped to start where that one ends; a mark inside another becomes its child.
use std::ops::Range;

use super::offsets::floor_char_boundary;

/// A node of the highlight layer: plain text or a mark (with what lies inside it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(Range<usize>),
    Mark {
        id: usize,
        range: Range<usize>,
        children: Vec<Node>,
    },
}

/// Lay `spans` (`(id, byte range)`, any order, may overlap or fall outside the text) over
/// `text`. The result covers the whole text, in order, every range on char boundaries.
pub fn segment(text: &str, spans: &[(usize, Range<usize>)]) -> Vec<Node> {
    let mut clean: Vec<(usize, usize, usize)> = spans
        .iter()
        .map(|(id, r)| {
            let s = floor_char_boundary(text, r.start.min(r.end));
            let e = floor_char_boundary(text, r.end.max(r.start)).max(s);
            (*id, s, e)
        })
        .collect();
    sort(&mut clean);
    build(clean, 0..text.len())
}

fn sort(spans: &mut [(usize, usize, usize)]) {
    crate::sort::sort_by(spans, |a, b| {
        a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0))
    });
}

/// `spans` lie within `range` and are sorted by start, longest first.
fn build(spans: Vec<(usize, usize, usize)>, range: Range<usize>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut pos = range.start;
    let mut rest = std::collections::VecDeque::from(spans);
    while let Some((id, s, e)) = rest.pop_front() {
        let s = s.max(pos);
        let e = e.max(s);
        if s > pos {
            out.push(Node::Text(pos..s));
        }
        let mut children = Vec::new();
        let mut crossing = Vec::new();
        while let Some(&(cid, cs, ce)) = rest.front() {
            if cs >= e {
                break;
            }
            rest.pop_front();
            if ce <= e {
                children.push((cid, cs, ce));
            } else {
                crossing.push((cid, e, ce));
            }
        }
        out.push(Node::Mark {
            id,
            range: s..e,
            children: build(children, s..e),
        });
        pos = e;
        if !crossing.is_empty() {
            rest.extend(crossing);
            sort(rest.make_contiguous());
        }
    }
    if pos < range.end {
        out.push(Node::Text(pos..range.end));
    }
    out
}

/// The ids of the marks containing byte offset `at` (innermost last): what the caret is in.
pub fn marks_at(nodes: &[Node], at: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut level = nodes;
    'outer: loop {
        for n in level {
            if let Node::Mark {
                id,
                range,
                children,
            } = n
            {
                if range.start <= at && at < range.end || range.is_empty() && range.start == at {
                    found.push(*id);
                    level = children;
                    continue 'outer;
                }
            }
        }
        return found;
    }
}
