//! `unfilled-placeholder`: a `[bracketed phrase]` left in the draft (from a template or a rewrite).
//! Not a markdown link `[x](url)`, not code like `a[i]` or `[0]`, not a checkbox `[x]`.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::{make, Cx};
use crate::engine::placeholders::placeholders;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};


pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::UnfilledPlaceholder,
        category: Category::Structure,
        severity: Severity::Problem,
        what: "A [placeholder] that still needs a real fact.",
        why: "Placeholders mark facts only you know (the date, the meeting, the number). Sending one unfilled tells the reader the feedback was a template, which undoes its care.",
        source: "Situation-Behavior-Impact, Center for Creative Leadership (specific situation and impact)",
        example: "In [meeting], your update ran [how long] over.",
        instead: "In Tuesday's planning, your update ran 15 minutes over.",
        known_false_positives: "Bracketed asides such as \"[sic]\" or editorial notes.",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect::NONE,
    suggest: Some(suggest::structure::placeholder),
    review_label: None,
};

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    for (s, e) in placeholders(cx.doc) {
        let message = format!("Fill in {} before sending", &cx.doc.text[s..e]);
        out.push(make(&RULE, s, e, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, rules::RuleId};

    fn spans(text: &str) -> Vec<&str> {
        analyze(text)
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::UnfilledPlaceholder)
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    #[test]
    fn each_placeholder_is_its_own_finding() {
        assert_eq!(
            spans("In [meeting], you said [what you said]."),
            ["[meeting]", "[what you said]"]
        );
    }

    #[test]
    fn a_colon_after_a_placeholder_mid_line_is_not_a_reference_definition() {
        assert_eq!(
            spans("I see a problem with [what]: [why it matters]."),
            vec!["[what]", "[why it matters]"]
        );
        assert!(spans("[docs]: https://example.org/guide").is_empty());
        assert!(spans("See below.\n  [docs]: https://example.org/guide").is_empty());
    }

    #[test]
    fn links_code_and_indices_are_not_placeholders() {
        assert!(
            spans("See [the docs](https://example.com) and a[i] and [0] and `x[name]`.").is_empty()
        );
        assert!(spans("- [x] done\n- [ ] todo").is_empty());
        assert!(spans("arr[idx] = foo[bar]").is_empty());
        assert!(spans("See the classifier list.\n\n[Ref] https://example.org/peps/classifiers").is_empty());
    }

    #[test]
    fn a_command_argument_or_a_form_tag_is_not_a_placeholder() {
        assert!(spans("Run it with --pid [pid] or -o [file].").is_empty());
        assert!(spans("The email field is marked [Required] and [Optional] elsewhere.").is_empty());
        assert_eq!(spans("Dear [Name], in [meeting] - [what you said]"), vec!["[Name]", "[meeting]", "[what you said]"]);
    }

    #[test]
    fn an_editors_note_or_a_bracketed_question_is_not_a_placeholder() {
        assert!(spans("Thanks. [Off-topic reply removed by a moderator]").is_empty());
        assert!(spans("[Could the export keep the column order?]").is_empty());
        assert!(spans("The log goes on [snip] until the crash.").is_empty());
        // A word an editor put into the sentence.
        assert!(spans("The cache is [not] thread-safe, and we [also] log it.").is_empty());
        assert_eq!(spans("In [meeting], you [what you did]."), vec!["[meeting]", "[what you did]"]);
    }

    #[test]
    fn a_module_tag_in_a_stack_trace_is_not_a_placeholder() {
        let trace = "kernel: [<ffffffffa04e8706>] ? sync_pool+0x366/0xb30 [zfs]\nkernel: wait+0x92/0x110 [spl]";
        assert!(spans(trace).is_empty(), "{:?}", spans(trace));
        assert_eq!(spans("It crashed in [which module] again."), vec!["[which module]"]);
    }

    #[test]
    fn a_log_tag_or_a_quoted_message_is_not_a_placeholder() {
        let log = "It hangs after this line:\n09:12:44.511 [pool-3] INFO app.Server - ready";
        assert!(spans(log).is_empty(), "{:?}", spans(log));
        assert!(spans("The worker prints [scheduler] WARN twice and stops.").is_empty());
        let quoted = "The mirror is down for me. [Error: the host name could not be resolved.]";
        assert!(spans(quoted).is_empty(), "{:?}", spans(quoted));
        assert_eq!(spans("In [meeting], the build broke [how often]."), vec!["[meeting]", "[how often]"]);
    }
}
