//! `fixed-mindset`: ability framed as fixed ("not a systems person", "naturally good at",
//! "don't have the personality for", "not cut out for").
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::sentence::{word, Who};
use crate::engine::suggest;
use crate::engine::vocab::class;
use crate::engine::context::Cx;
use crate::engine::vocab::words::List;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::FixedMindset,
        category: Category::Personality,
        severity: Severity::Warning,
        what: "Ability framed as fixed (\"not a systems person\", \"naturally good at\", \"not cut out for\").",
        why: "Framing skill as innate tells people effort won't help; Dweck's research shows it lowers persistence after setbacks. Name the skill and how it can be built.",
        source: "Carol Dweck, Mindset: The New Psychology of Success (2006)",
        example: "I'm not a systems person.",
        instead: "I haven't built systems expertise yet; pairing on the next on-call rotation would help.",
        known_false_positives: "Describing a role, not an ability (\"we need a systems person on call\").",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -5.0,
        challenge: 0.0,
        label: "fixed-mindset framing",
    },
    suggest: Some(suggest::person::growth),
    review_label: Some("issue (blocking)"),
};

pub const PHRASES: &str = "\
don't have the personality|doesn't have the personality|do not have the personality|\
does not have the personality|not cut out for|not cut out to|naturally good at|naturally bad at|\
naturally talented|natural talent|born leader|born to|a natural at|a natural leader|\
not wired for|not wired that way|not built for|you either have it or you don't|either have it or|\
some people just|some people are just|will never be good|never be good at|just not smart|\
not smart enough|not a natural|lacks the talent|no talent for|don't have the talent|\
doesn't have the talent|don't have what it takes|doesn't have what it takes|\
not leadership material|not management material|not the type|just the way you are|\
just the way he is|just the way she is|in your nature|in his nature|in her nature|\
not in your dna|gifted|innate|inherently bad|hopeless at";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    phrases(cx, out);
    let flagged = cx.sentences_flagged(out, RuleId::FixedMindset);
    for (si, &already) in flagged.iter().enumerate() {
        let v = cx.views[si];
        let about_someone = v.who != Who::Other || cx.facts[si].person;
        if !about_someone || already {
            continue;
        }
        let why = if ceiling(cx, si) {
            "says they can't grow: name what to work on and how you'll support it"
        } else if innate(cx, si) {
            "credits a fixed gift: name the work and the practice behind the result"
        } else {
            continue;
        };
        let (a, b) = cx.sentence_core(si);
        out.push(cx.finding(&RULE, a, b, format!("This sentence {why}")));
    }
}

/// A ceiling: "I don't believe he will ever improve", "she has hit her peak", "no room to grow",
/// "I don't see Leo advancing".
fn ceiling(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let peak = r.clone().any(|k| {
        cx.has(k, word::PEAK)
            && crate::engine::vocab::words::List("his|her|their|a|the").contains(&d.lw(k + 1))
            && crate::engine::vocab::words::List("peak|maximum|max|ceiling|limit|limits").contains(&d.lw(k + 2))
            // "seems to have maxed out his growth", "topped out in her growth".
            || matches!(d.lower(k), "maxed" | "topped")
                && d.lw(k + 1) == "out"
                && (k + 2..k + 5).any(|j| List("potential|growth|ability|abilities|capacity").contains(&d.lw(j)))
    });
    // A doubt ("don't believe", "can't see", "no room") whose object is someone's growth: a
    // person named between the doubt and the growth word ("I don't believe he will improve"),
    // or the doubt is about room or potential itself ("no room to grow"). "I can't imagine the
    // impact this change had" and "no reason to believe things will change" doubt no one.
    let doubted = |k: usize, g: usize| {
        let w = d.lower(k);
        let negated = cx.is(k, class::NEGATOR) || w.ends_with("n't") || matches!(w, "cannot" | "difficult");
        // "The team can't wait to see Omar grow": eagerness, not doubt.
        let eager = d.lw(k + 1) == "wait";
        negated
            && !eager
            && (k + 1..(k + 5).min(g)).any(|j| {
                let object = d.lower(j);
                let room = matches!(object, "room" | "potential");
                let doubt = room
                    || crate::engine::vocab::words::List("believe|expect|see|imagine|think|seem|ever|will").contains(&object);
                // The person right after the doubt ("see him", "believe that he"): in "I don't
                // see the point, since I don't need to change it" the doubt is about a point.
                doubt && (room || (j + 1..g.min(j + 3)).any(|p| person_ref(cx, p)))
            })
    };
    let doubted_growth = r.clone().any(|g| {
        cx.has(g, word::GROWTH) && r.clone().filter(|&k| k < g).any(|k| doubted(k, g))
    });
    // "he should stay where he is", "she belongs where she is": the place is the limit.
    let stays_put = || {
        let text = match (d.tokens.get(r.start), d.tokens.get(r.end.wrapping_sub(1))) {
            (Some(a), Some(b)) if r.start < r.end => &d.text[a.start..b.end],
            _ => "",
        };
        text.contains("where ") && r.clone().any(|k| {
        d.lower(k) == "where"
            && crate::engine::vocab::words::List("she|he|they").contains(&d.lw(k + 1))
            && matches!(d.lw(k + 2), "is" | "are")
            && (k.saturating_sub(3)..k).any(|j| {
                crate::engine::vocab::words::List("suited|best|belongs|belong|stay|stays|remain|remains").contains(&d.lower(j))
            })
        })
    };
    // "his skills are best suited to his current role": the present role is the limit.
    let suited_to_now = || {
        r.clone().any(|k| {
            d.lower(k) == "suited"
                && matches!(d.lw(k + 1), "to" | "for")
                && matches!(d.lw(k + 3), "current" | "present")
                && crate::engine::vocab::words::List("role|position|level|job|post").contains(&d.lw(k + 4))
        })
    };
    // "he is unlikely to grow", "she will never get better": a forecast of no growth
    // ("never stops improving" forecasts the opposite).
    let forecast = r.clone().any(|g| {
        let gap = |j: usize| List("to|get|really|be").contains(&d.lw(j));
        cx.has(g, word::GROWTH)
            && (1..3).any(|n| {
                g >= n
                    && matches!(d.lower(g - n), "unlikely" | "never")
                    && (g - n + 1..g).all(gap)
                    && ((g - n).saturating_sub(3)..g - n)
                        .any(|j| person_ref(cx, j) || matches!(d.lower(j), "but" | "and"))
            })
    });
    peak || doubted_growth || forecast || stays_put() || suited_to_now()
}

/// A word that names a person: a personal pronoun or a name ("he", "them", "Leo").
fn person_ref(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::NAME)
        || crate::engine::vocab::words::List("he|she|they|him|her|them|you|i|me|we|us|he'll|she'll|they'll|you'll|i'll|he's|she's|they're|you're|i'm").contains(&cx.doc.lower(k))
}

/// Innate ability as the reason: "natural talent", "innate talents", "a natural ability", "has it
/// in him", "gifted".
fn innate(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let mut heads = d.sentences[si].tokens.clone().filter(|&k| cx.has(k, word::INNATE_HEAD));
    heads.any(|k| match d.lower(k) {
        // ("to nurture her talent": a talent to grow.)
        "talent" | "talents" => ![1, 2].iter().any(|&b| {
            List("nurture|develop|grow|cultivate|foster|hone").contains(&d.lw(k.wrapping_sub(b)))
        }),
        w if crate::engine::vocab::words::List("innate|gifted|inborn").contains(&w) => true,
        "natural" => crate::engine::vocab::words::List("ability|talent|leader|gift|flair").contains(&d.lw(k + 1)),
        "has" => d.lw(k + 1) == "it" && d.lw(k + 2) == "in",
        "born" => crate::engine::vocab::words::List("leader|salesman|manager|engineer").contains(&d.lw(k + 1)),
        _ => false,
    })
}

/// The phrases ("not cut out for", "naturally good at") and "not a <word> person".
fn phrases(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut last_end = 0;
    for m in cx.matches_of(RuleId::FixedMindset) {
        // "not a natural leader" holds "a natural leader": one finding. "Innate complexity" and
        // "the parser is not built for streaming" are said of a thing: "not built/wired for" counts
        // when a person comes just before it ("Sam is just not built for …").
        let thing = match d.lower(m.start) {
            "gifted" | "innate" => !cx.facts_at(m.start).person,
            "not" if matches!(d.lw(m.start + 1), "built" | "wired") => {
                !(m.start.saturating_sub(4)..m.start).any(|k| {
                    crate::engine::sentence::pronoun(d.lower(k)).is_some() || cx.has(k, word::NAME)
                })
            }
            _ => false,
        };
        if m.start < last_end || thing {
            continue;
        }
        // "not a natural leader": the noun belongs to the phrase.
        let noun = d.lower(m.end - 1) == "natural"
            && cx.same_sentence(m.start, m.end)
            && cx.is(m.end, class::WORKER);
        last_end = m.end + usize::from(noun);
        // "isn't a natural leader": the negation is part of it.
        let p = m.start.wrapping_sub(1);
        let negated = d.lower(m.start) == "a" && p < m.start && cx.has(p, word::NT);
        let start = if negated { p } else { m.start };
        out.push(cx.quoted(&RULE, start, last_end, "frames ability as fixed"));
    }
    // "not a <word> person", "not really a <word> person"
    let n = d.tokens.len();
    for i in cx.tokens_with(crate::engine::vocab::class::NEGATOR) {
        let mut j = i + 1;
        if d.lw(j) == "really" || d.lw(j) == "much" {
            j += 1;
        }
        if !matches!(d.lw(j), "a" | "an") {
            continue;
        }
        for k in (j + 2)..(j + 4).min(n) {
            if d.tokens[k].kind == TokenKind::Word
                && crate::engine::vocab::words::List("person|type|guy|girl|natural").contains(&d.lower(k))
                && d.tokens[k].sentence == d.tokens[i].sentence
            {
                out.push(cx.quoted(&RULE, i, k + 1, "frames ability as fixed"));
                break;
            }
        }
    }
}

crate::rule_tests! {
    rule: FixedMindset,
    fires: [
        // A ceiling said as a maximum reached.
        "He hits every target, but he seems to have maxed out his growth.",
        // A forecast of no growth.
        "Frankly, he is unlikely to grow much more.",
        "She is a skilled welder but is unlikely to grow further.",
        "I think she will never get better at estimates.",
        "Leo ships steady work, but he should stay where he is.",
        "His skills are best suited to his current role.",
        "I'm not a systems person.",
        "He's just not cut out for management.",
        "Some people are naturally good at design.",
        "You don't have the personality for sales.",
        "I don't believe she will ever improve her estimates.",
        "I don't see Leo advancing past this level.",
        "She has no room left to grow.",
        "Honestly, Sam is just not built for client calls."
    ],
    quiet: [
        "He maxed out the CPU during the demo.",
        // A talent the writer plans to grow is no fixed gift praised.
        "Our plan is to nurture her talent with a stretch project.",
        // "never" that forecasts growth.
        "She never stops improving her talks.",
        // A thing that will not change.
        "I worry that the vendor API will never change.",
        "Her skills are well suited to the new platform team.",
        "The team can't wait to see Omar grow into the tech lead role.",
        "I don't really see the point, since I don't need to change my version pins by hand.",
        "I haven't developed systems expertise yet, but I can learn.",
        "We need a systems person on call.",
        "Leadership skills can be developed with practice.",
        "We do not know which files will be there in advance.",
        "I can't imagine the impact this change had on users.",
        "There's no reason to believe things will change without evidence.",
        "Note that the old parser is not built for Python 3."
    ],
}
