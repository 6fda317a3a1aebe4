//! `missing-sbi`: critical feedback that lacks a situation, a behavior, an impact or a next step.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, Mode, RuleDoc, Sbi, Severity};

pub static DOC: RuleDoc = RuleDoc {
    id: "missing-sbi",
    category: Category::Structure,
    severity: Severity::Note,
    what: "Critical feedback missing a situation, a behavior, an impact or a next step.",
    why: "Situation-Behavior-Impact keeps criticism about one observable moment and why it mattered, and a next step makes it actionable; without them the reader has to guess.",
    source: "Situation-Behavior-Impact, Center for Creative Leadership; Michael Bungay Stanier, The Coaching Habit",
    example: "Your updates are too long.",
    instead: "In Friday's update (situation) you covered every ticket for 20 minutes (behavior); two people left before the decisions (impact). Could we try a three-line summary first (next step)?",
    known_false_positives: "Short code-review notes, where the line is the situation; code-review mode only asks for a next step.",
};

pub fn check(cx: &Cx, sbi: Sbi, critical_sentence: Option<usize>, out: &mut Vec<Finding>) {
    let Some(si) = critical_sentence else { return };
    if cx.mode == Mode::Praise {
        return;
    }
    let mut missing = Vec::new();
    if cx.mode == Mode::CodeReview {
        if !sbi.next_step {
            missing.push("a next step");
        }
    } else {
        if !sbi.situation {
            missing.push("the situation (when/where)");
        }
        if !sbi.behavior {
            missing.push("the behavior you saw");
        }
        if !sbi.impact {
            missing.push("the impact");
        }
        if !sbi.next_step {
            missing.push("a next step");
        }
    }
    if missing.is_empty() {
        return;
    }
    let s = &cx.doc.sentences[si];
    out.push(cx.finding(
        &DOC,
        s.tokens.start,
        s.tokens.end,
        format!("Critical feedback without {}", missing.join(", ")),
    ));
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, analyze_with, Mode, Options};

    fn has(text: &str) -> bool {
        analyze(text)
            .findings
            .iter()
            .any(|f| f.rule == "missing-sbi")
    }

    #[test]
    fn thanks_that_mention_a_problem_are_not_criticism() {
        assert!(!has("Thanks for the careful review of the cache PR, it caught a bug before release."));
        assert!(has("The cache PR has a bug."));
    }

    #[test]
    fn flags_bare_criticism() {
        assert!(has("Your updates are too long and hard to follow."));
    }

    #[test]
    fn complete_or_non_critical_is_fine() {
        assert!(!has(
            "Thanks for the release notes on Friday, they were clear."
        ));
        assert!(!has("In Friday's standup you spoke for 20 minutes, so two people missed their next meeting. Could you keep it to five minutes next time?"));
        let o = Options {
            mode: Mode::CodeReview,
            ..Default::default()
        };
        assert!(
            !analyze_with("This loop is wrong; use `iter()` instead.", &o)
                .findings
                .iter()
                .any(|f| f.rule == "missing-sbi")
        );
    }
}
