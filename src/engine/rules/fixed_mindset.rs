//! `fixed-mindset`: ability framed as fixed ("not a systems person", "naturally good at",
//! "don't have the personality for", "not cut out for").
use crate::engine::context::Cx;
use crate::engine::lexicon::Tag;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static DOC: RuleDoc = RuleDoc {
    id: "fixed-mindset",
    category: Category::Personality,
    severity: Severity::Warning,
    what: "Ability framed as fixed (\"not a systems person\", \"naturally good at\", \"not cut out for\").",
    why: "Framing skill as innate tells people effort won't help; Dweck's research shows it lowers persistence after setbacks. Name the skill and how it can be built.",
    source: "Carol Dweck, Mindset: The New Psychology of Success (2006)",
    example: "I'm not a systems person.",
    instead: "I haven't built systems expertise yet; pairing on the next on-call rotation would help.",
    known_false_positives: "Describing a role, not an ability (\"we need a systems person on call\").",
};

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for m in cx.tagged(Tag::FixedMindset) {
        if matches!(d.lower(m.start), "gifted" | "innate") && !cx.facts_at(m.start).person {
            continue;
        }
        out.push(cx.finding(
            &DOC,
            m.start,
            m.end,
            format!("\"{}\" frames ability as fixed", cx.quote(m.start, m.end)),
        ));
    }
    // "not a <word> person", "not really a <word> person"
    let n = d.tokens.len();
    for i in cx.tokens_with(crate::engine::lexicon::class::NEGATOR) {
        let mut j = i + 1;
        if d.lw(j) == "really" || d.lw(j) == "much" {
            j += 1;
        }
        if !matches!(d.lw(j), "a" | "an") {
            continue;
        }
        for k in (j + 2)..(j + 4).min(n) {
            if d.tokens[k].kind == TokenKind::Word
                && matches!(d.lower(k), "person" | "type" | "guy" | "girl" | "natural")
                && d.tokens[k].sentence == d.tokens[i].sentence
            {
                out.push(cx.finding(
                    &DOC,
                    i,
                    k + 1,
                    format!("\"{}\" frames ability as fixed", cx.quote(i, k + 1)),
                ));
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn has(text: &str) -> bool {
        analyze(text)
            .findings
            .iter()
            .any(|f| f.rule == "fixed-mindset")
    }

    #[test]
    fn flags_fixed_framing() {
        assert!(has("I'm not a systems person."));
        assert!(has("He's just not cut out for management."));
        assert!(has("Some people are naturally good at design."));
        assert!(has("You don't have the personality for sales."));
    }

    #[test]
    fn growth_framing_is_fine() {
        assert!(!has(
            "I haven't developed systems expertise yet, but I can learn."
        ));
        assert!(!has("We need a systems person on call."));
        assert!(!has("Leadership skills can be developed with practice."));
    }
}
