//! `insult`: insult nouns ("idiot", "moron") not aimed at anyone in particular, and derogatory
//! labels for groups of people ("incompetent developers"). Aimed at a person, the same nouns are
//! `name-calling`.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::text::TokenKind;
use crate::engine::vocab;
use crate::engine::vocab::words::List;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Insult,
        category: Category::Harsh,
        severity: Severity::Problem,
        what: "An insult word (\"idiot\", \"moron\", \"amateur hour\").",
        why: "Insults, even half-joking or self-directed, make a review feel unsafe; civility studies of open-source discussions (Ferreira et al., 2021) count them among the most damaging uncivil features.",
        source: "Ferreira et al., \"Shut the f**k up\", incivility in the Linux kernel mailing list, ICSME 2021; Kim Scott, Radical Candor",
        example: "Only an idiot would write a loop like this.",
        instead: "This loop re-reads the file on every pass; reading it once before the loop avoids that.",
        known_false_positives: "Quoting an insult to report it.",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect {
        care: -15.0,
        challenge: 3.0,
        label: "insult",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("issue (blocking)"),
};

/// Nouns that insult wherever they appear.
fn strong(w: &str) -> bool {
    vocab::flags_of(w) & vocab::class::INSULT_STRONG != 0
}

/// "ass" only as a noun ("an ass", "your ass"), never as a typo for "as"/"add".
fn ass_as_noun(cx: &Cx, i: usize) -> bool {
    i > 0
        && crate::engine::vocab::words::List("an|your|my|his|her|their|the|kick|whole|lazy|dumb|stupid|smart|half|pain").contains(&cx.doc.lower(i - 1))
}

/// The writer mocking themselves ("I'm an idiot", "me being an idiot", "I am a math idiot and
/// a functional programming moron"): not aimed at the reader. The nearest person word decides
/// ("I think you are a moron" is aimed); farther back than a few words, only the writer's "I
/// am" ("I guess some jerk …" is not).
fn self_directed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[i].sentence;
    // "Kotlin noob here: …", "total idiot here," : the writer introducing themself.
    if d.lw(i + 1) == "here" && !d.is_word(i + 2) {
        return true;
    }
    let mine = |k: usize| List("i|i'm|im|me|my|myself|i've").contains(&d.lower(k));
    let person = |k: &usize| {
        d.tokens[*k].sentence == s
            && (mine(*k)
                || List("you|you're|youre|your|u|ur|he|she|they|he's|she's|they're|his|her|their")
                    .contains(&d.lower(*k)))
    };
    // "I was working with a contractor who was an idiot": someone else comes in between.
    let other = |j: usize| List("who|that|which|with").contains(&d.lower(j));
    (i.saturating_sub(10)..i).rev().find(person).is_some_and(|k| {
        let own = k + 5 >= i || (k..i).any(|j| List("am|i'm|im|was|being|like").contains(&d.lower(j)));
        mine(k) && own && !(k..i).any(other)
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
        if crate::engine::vocab::words::List("you|you're|youre|u|he's|she's|ur|yourself").contains(&w) {
            return true;
        }
        if crate::engine::vocab::words::List("he|she|they").contains(&w) && steps >= 1 {
            return true;
        }
        // "you're all petulant children": a trait word or "all" may sit before the noun, and
        // "you are clearly a novice" vouches for the name.
        if !(vocab::intensifiers().contains(w)
            || cx.is(k, vocab::class::TRAIT)
            || crate::engine::vocab::words::List("are|is|am|was|were|be|what|absolute|big|all|clearly|obviously|evidently|plainly|simply|certainly|definitely").contains(&w))
        {
            return false;
        }
        steps += 1;
    }
    false
}

/// Nouns that insult only when aimed at a person ("amateur" is fine in "amateur radio").
fn weak(w: &str) -> bool {
    vocab::flags_of(w) & vocab::class::INSULT_WEAK != 0
}

/// People nouns, singular or plural: "an incompetent *developer*", "lazy *devs*".
fn people_noun(w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    crate::engine::vocab::words::List("developer|dev|engineer|programmer|coder|person|people|guy|maintainer|reviewer|contributor|author|manager|human|newbie|intern|kid|folk|team|colleague").contains(&one)
}

/// Trait words that are no insult before "developers" or "people": praise ("a brilliant
/// engineer", "experienced programmers") and plain description ("quiet people").
fn kind_trait(cx: &Cx, i: usize) -> bool {
    let w = cx.doc.lower(i);
    cx.is(i, vocab::class::POSITIVE)
        || crate::engine::vocab::words::CREDIT_TRAITS.contains(&w)
        || crate::engine::vocab::words::List("quiet|shy|sensitive|soft|slow|loud|emotional|nervous|cold|negative|difficult|passive|timid|weak|naive|awkward|mean").contains(&w)
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    // "only an incompetent developer would…", "lazy devs": a derogatory label for people.
    for i in cx.tokens_with(vocab::class::TRAIT | vocab::class::SNEER) {
        if kind_trait(cx, i)
            || !people_noun(d.lw(i + 1))
            || (d.lw(i + 2) == "like" && crate::engine::vocab::words::List("me|myself|us").contains(&d.lw(i + 3)))
            || d.tokens[i + 1].sentence != d.tokens[i].sentence
            || cx.negated(i, 2)
            || self_directed(cx, i)
        {
            continue;
        }
        out.push(cx.quoted(&RULE, i, i + 2, "insults people instead of naming a problem"));
    }
    for (i, aimed) in insult_nouns(cx) {
        if !aimed {
            out.push(cx.quoted(&RULE, i, i + 1, "is an insult"));
        }
    }
}

/// Insult nouns, each with whether it is aimed at a person ("you idiot": `name-calling`) or not
/// ("only an idiot would": `insult`).
pub(super) fn insult_nouns(cx: &Cx) -> Vec<(usize, bool)> {
    let d = cx.doc;
    let mut out = Vec::new();
    for i in cx.tokens_with(vocab::class::INSULT_STRONG | vocab::class::INSULT_WEAK) {
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
        // "Did you fool the linter into …", "you troll the thread": a verb with its object.
        let verb = crate::engine::vocab::words::List("fool|troll|clown").contains(&w)
            && crate::engine::vocab::words::List("you|they|we|i").contains(&d.lw(i.wrapping_sub(1)))
            && d.is_word(i + 1)
            && cx.same_sentence(i, i + 1);
        // "Stop calling people idiots", "he called me a fool": named, not used.
        if verb || self_directed(cx, i) || cx.named_not_used(i) {
            continue;
        }
        let at_person = person_before(cx, i);
        if at_person && !cx.negated(i, 3) {
            if w == "genius" && !cx.facts_at(i).question {
                continue; // "you're a genius" is a label, handled by personal-label
            }
            out.push((i, true));
        } else if is_strong {
            out.push((i, false));
        }
    }
    out
}


crate::rule_tests! {
    rule: Insult,
    fires: [
        "Only a dunce would skip the tests.",
        "Only an idiot would do this.",
        "What an ass.",
        "Yes, I guess that happens if some jerk renames the folder.",
        "I was working with a contractor who was an idiot about deadlines.",
        "Only an incompetent developer would ship this.",
        "You rewrote the parser like an idiot.",
    ],
    quiet: [
        // The word in quotes, talked about.
        "\"Moron\" is a word I try not to use in reviews.",
        "Stop calling people idiots in code review.",
        "She is a brilliant engineer.",
        "These crates are mostly written by experienced programmers.",
        "Only trusted maintainers can publish a release.",
        "Make the installer idiot-proof.",
        "I'm such an idiot, fixed now.",
        "I am a math idiot and a functional programming moron, so I can't judge.",
        "Set the status ass 'error' here?",
        "Fixed. I forgot the null check like an idiot.",
    ],
}
