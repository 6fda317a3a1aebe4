//! `insult` (harsh) and `name-calling` (personality): insult nouns ("idiot", "moron"), and the
//! same nouns aimed at a person ("you idiot", "you're such a clown").
use crate::engine::context::Cx;
use crate::engine::lexicon;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static INSULT: RuleDoc = RuleDoc {
    id: "insult",
    category: Category::Harsh,
    severity: Severity::Problem,
    what: "An insult word (\"idiot\", \"moron\", \"amateur hour\").",
    why: "Insults, even half-joking or self-directed, make a review feel unsafe; civility studies of open-source discussions (Ferreira et al., 2021) count them among the most damaging uncivil features.",
    source: "Ferreira et al., \"Shut the f**k up\", incivility in the Linux kernel mailing list, ICSME 2021; Kim Scott, Radical Candor",
    example: "Only an idiot would write a loop like this.",
    instead: "This loop re-reads the file on every pass; reading it once before the loop avoids that.",
    known_false_positives: "Quoting an insult to report it.",
};

pub static NAME_CALLING: RuleDoc = RuleDoc {
    id: "name-calling",
    category: Category::Personality,
    severity: Severity::Problem,
    what: "Calling the person a name (\"you idiot\", \"you're a clown\", a sarcastic \", genius.\" closing a sentence).",
    why: "Name-calling attacks the person instead of the problem; it ends the conversation and the person remembers the insult, not the issue. Radical Candor calls this obnoxious aggression.",
    source: "Kim Scott, Radical Candor; Ferreira et al., ICSME 2021",
    example: "You're such an amateur.",
    instead: "The release skipped the checklist; let's walk through it together before the next one.",
    known_false_positives: "Friendly banter between close colleagues (it still reads badly to others).",
};

/// Nouns that insult wherever they appear.
fn strong(w: &str) -> bool {
    lexicon::word_flags()
        .get(w)
        .is_some_and(|f| f & lexicon::class::INSULT_STRONG != 0)
}

/// "ass" only as a noun ("an ass", "your ass"), never as a typo for "as"/"add".
fn ass_as_noun(cx: &Cx, i: usize) -> bool {
    i > 0
        && matches!(
            cx.doc.lower(i - 1),
            "an" | "your"
                | "my"
                | "his"
                | "her"
                | "their"
                | "the"
                | "kick"
                | "whole"
                | "lazy"
                | "dumb"
                | "stupid"
                | "smart"
                | "half"
                | "pain"
        )
}

/// The writer mocking themselves ("I'm an idiot", "me being an idiot"): not aimed at the reader.
fn self_directed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[i].sentence;
    (i.saturating_sub(5)..i).any(|k| {
        d.tokens[k].sentence == s
            && matches!(
                d.lower(k),
                "i" | "i'm" | "im" | "me" | "my" | "myself" | "i've"
            )
    })
}

fn person_before(cx: &Cx, i: usize) -> bool {
    // "you idiot", "you're an idiot", "such an idiot", "what a moron", "he is a clown"
    let d = cx.doc;
    let s = d.tokens[i].sentence;
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        if d.tokens[k].sentence != s || d.tokens[k].kind != TokenKind::Word {
            return false;
        }
        let w = d.lower(k);
        if matches!(
            w,
            "you" | "you're" | "youre" | "u" | "he's" | "she's" | "ur" | "yourself"
        ) {
            return true;
        }
        if matches!(w, "he" | "she" | "they") && steps >= 1 {
            return true;
        }
        if !(lexicon::intensifiers().contains(w)
            || matches!(
                w,
                "are"
                    | "is"
                    | "am"
                    | "was"
                    | "were"
                    | "be"
                    | "being"
                    | "such"
                    | "what"
                    | "complete"
                    | "absolute"
                    | "little"
                    | "big"
                    | "stupid"
                    | "lazy"
                    | "dumb"
                    | "bloody"
                    | "fucking"
            ))
        {
            return false;
        }
        steps += 1;
    }
    false
}

/// Nouns that insult only when aimed at a person ("amateur" is fine in "amateur radio").
fn weak(w: &str) -> bool {
    lexicon::word_flags()
        .get(w)
        .is_some_and(|f| f & lexicon::class::INSULT_WEAK != 0)
}

/// People nouns: "an incompetent *developer*", "lazy *devs*".
fn people_noun(w: &str) -> bool {
    matches!(
        w,
        "developer"
            | "developers"
            | "dev"
            | "devs"
            | "engineer"
            | "engineers"
            | "programmer"
            | "programmers"
            | "coder"
            | "coders"
            | "person"
            | "people"
            | "guy"
            | "guys"
            | "maintainer"
            | "maintainers"
            | "reviewer"
            | "reviewers"
            | "contributor"
            | "contributors"
            | "author"
            | "authors"
            | "manager"
            | "managers"
            | "human"
            | "humans"
            | "newbies"
            | "intern"
            | "interns"
            | "kid"
            | "kids"
            | "folks"
            | "team"
            | "colleague"
            | "colleagues"
    )
}

/// Trait words that are compliments, not insults ("a brilliant engineer").
fn kind_trait(w: &str) -> bool {
    matches!(
        w,
        "nice"
            | "sweet"
            | "pleasant"
            | "smart"
            | "brilliant"
            | "talented"
            | "gifted"
            | "intelligent"
            | "quiet"
            | "shy"
            | "sensitive"
            | "soft"
            | "slow"
            | "loud"
            | "emotional"
            | "bubbly"
            | "nervous"
            | "cold"
            | "negative"
            | "difficult"
            | "passive"
            | "timid"
            | "weak"
            | "naive"
            | "awkward"
            | "mean"
    )
}

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    // "only an incompetent developer would…", "lazy devs": a derogatory label for people.
    for i in cx.tokens_with(lexicon::class::TRAIT | lexicon::class::SNEER) {
        let w = d.lower(i);
        if kind_trait(w)
            || !people_noun(d.lw(i + 1))
            || (d.lw(i + 2) == "like" && matches!(d.lw(i + 3), "me" | "myself" | "us"))
            || d.tokens[i + 1].sentence != d.tokens[i].sentence
            || cx.negated(i, 2)
            || self_directed(cx, i)
        {
            continue;
        }
        out.push(cx.finding(
            &INSULT,
            i,
            i + 2,
            format!(
                "\"{}\" insults people instead of naming a problem",
                cx.quote(i, i + 2)
            ),
        ));
    }
    for i in cx.tokens_with(lexicon::class::INSULT_STRONG | lexicon::class::INSULT_WEAK) {
        let w = d.lower(i);
        let is_strong = if w == "ass" {
            ass_as_noun(cx, i)
        } else {
            strong(w)
        };
        if !is_strong && (w == "ass" || !weak(w)) {
            continue;
        }
        // "idiot-proof", "fool-proof": a compound, not a name.
        if d.tokens
            .get(i + 1)
            .is_some_and(|t| t.start == d.tokens[i].end && d.lower(i + 1) == "-")
        {
            continue;
        }
        if self_directed(cx, i) {
            continue;
        }
        let at_person = person_before(cx, i);
        if at_person && !cx.negated(i, 3) {
            if w == "genius" && !cx.facts_at(i).question {
                continue; // "you're a genius" is a label, handled by personal-label
            }
            out.push(cx.finding(
                &NAME_CALLING,
                i,
                i + 1,
                format!("\"{}\" calls the person a name", d.raw(i)),
            ));
        } else if is_strong {
            out.push(cx.finding(&INSULT, i, i + 1, format!("\"{}\" is an insult", d.raw(i))));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn rules(text: &str) -> Vec<&'static str> {
        analyze(text).findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn flags_insults_and_name_calling() {
        assert!(rules("Only an idiot would do this.").contains(&"insult"));
        assert!(rules("You idiot, you broke it").contains(&"name-calling"));
        assert!(rules("you're such a clown").contains(&"name-calling"));
        assert!(rules("What an ass.").contains(&"insult"));
        assert!(rules("Only an incompetent developer would ship this.").contains(&"insult"));
        assert!(!rules("She is a brilliant engineer.").contains(&"insult"));
    }

    #[test]
    fn does_not_flag_technical_or_compound_uses() {
        assert!(
            rules("Make the installer idiot-proof.").is_empty()
                || !rules("Make the installer idiot-proof.").contains(&"insult")
        );
        assert!(!rules("This is a hack around the monkey patch.").contains(&"name-calling"));
        assert!(!rules("The baby step here is fine.").contains(&"name-calling"));
        assert!(!rules("You are not a fool for asking.").contains(&"name-calling"));
        assert!(
            rules("I'm such an idiot, fixed now.").is_empty()
                || !rules("I'm such an idiot, fixed now.").contains(&"insult")
        );
        assert!(!rules("Set the status ass 'error' here?").contains(&"insult"));
    }
}
