//! `personal-label`: a trait label aimed at a person ("you are abrasive", "she's not a team
//! player", "you're a nice person"). "The function is sloppy" is about the work and is not flagged.
use crate::engine::case::Case;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::List;
use crate::engine::vocab::{self, Tag};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::PersonalLabel,
        category: Category::Personality,
        severity: Severity::Problem,
        what: "A trait label about the person (\"you are abrasive\", \"not a team player\", \"a nice person\", \"stop being so lazy\").",
        why: "A label says who someone is, not what they did: it can't be acted on and invites defensiveness. Textio found words like \"abrasive\" in reviews aimed far more at women; Dweck found trait labels, even flattering ones, discourage effort.",
        source: "Textio, performance-review language analysis (2014/2016); Carol Dweck, Mindset; Radical Candor",
        example: "You are abrasive in meetings.",
        instead: "In Monday's planning you cut Priya off twice; she stopped contributing after that.",
        known_false_positives: "Quoting someone else's label in order to discuss it.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -12.0,
        challenge: 2.0,
        label: "personal label",
    },
    suggest: Some(suggest::person::label),
    review_label: Some("issue (blocking)"),
};

/// Person-label noun phrases, flagged when said of a person ("you're not a team player").
pub const PHRASES: &str = "\
team player|people person|nice person|good person|nice guy|nice girl|control freak|pushover|diva|\
drama queen|prima donna|know it all|know - it - all|rockstar|rock star|ninja|genius|natural|slacker|troublemaker|\
complainer|whiner|micromanager|bully|perfectionist|lone wolf|loose cannon|hothead|downer|\
negative person|difficult person|hard worker";

/// Linking words allowed between the subject and the label ("you *can be really* abrasive").
fn linking(w: &str) -> bool {
    crate::engine::vocab::words::List("are|is|was|were|be|been|being|can|could|tend|tends|to|come|comes|came|coming|across|off|as|seem|seems|seemed|sound|sounds|act|acts|look|looks|appear|appears|get|gets|become|became|not|never|have|has|remain|remains|'re|am").contains(&w) || vocab::intensifiers().contains(w)
}

fn subject(w: &str) -> Option<bool> {
    // Some(true): pronoun already carries the copula (you're).
    match w {
        w if crate::engine::vocab::words::List("you're|youre|he's|she's|ur").contains(&w) => Some(true),
        w if crate::engine::vocab::words::List("you|he|she|u").contains(&w) => Some(false),
        _ => None,
    }
}

/// Traits that only ever describe people, so "Sarah is abrasive" needs no pronoun to be a label.
fn person_only(w: &str) -> bool {
    crate::engine::vocab::words::List("abrasive|bossy|emotional|lazy|arrogant|rude|pushy|shrill|moody|selfish|stubborn|insecure|timid|immature|hostile|condescending|manipulative|entitled|obnoxious|brash|argumentative|whiny|needy|hysterical|temperamental|egotistical|cocky|bitchy|grumpy|cranky|unprofessional|incompetent|clueless|combative|confrontational|dismissive|sarcastic").contains(&w)
}

/// A name opening a clause ("Sarah is …"): capitalized, not code, not an all-caps acronym.
fn name_subject(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let t = &d.tokens[i];
    t.capitalized
        && !t.caps
        && !t.ident
        && cx.flags[i] == 0
        && !crate::engine::vocab::words::List("this|that|it|which|what|there|here|the|everything|something|nothing|code|everyone|nobody|someone|who|one|each|she|he").contains(&d.lower(i))
        && crate::engine::vocab::words::List("is|was|can|seems|comes|came|tends|has").contains(&d.lw(i + 1))
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let from = out.len();
    labels(cx, out);
    stop_being_trait(cx, out);
    third_person(cx, out);
    let mut k = from;
    while k < out.len() {
        if reported_feeling(cx, &out[k]) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    for f in &mut out[from..] {
        mark_gender_coded(cx, f);
    }
}

/// "She told me she is uncomfortable near the press": how someone says they feel, reported.
/// The feeling is theirs to state, not a label the writer puts on them.
fn reported_feeling(cx: &Cx, f: &Finding) -> bool {
    let d = cx.doc;
    let t = &d.tokens;
    let (a, b) = (t.partition_point(|x| x.start < f.start), t.partition_point(|x| x.end <= f.end));
    let toks = a..b.max(a);
    let Some(last) = toks.clone().last() else {
        return false;
    };
    let first = d.sentences[d.tokens[last].sentence].tokens.start;
    vocab::words::FEELINGS.contains(&d.lower(last))
        && (first..toks.start).any(|k| vocab::words::REPORTING.contains(&d.lower(k)))
}

/// Words that research on performance reviews finds aimed far more at women.
const GENDER_CODED: List = List(
    "\
abrasive|emotional|bossy|aggressive|shrill|strident|hysterical|dramatic|pushy|hormonal|catty|\
feisty|sassy",
);

/// Why a gender-coded label matters, with its sources.
pub const GENDER_CODED_WHY: &str = "Words like \"abrasive\", \"emotional\", \"bossy\", \"aggressive\" and \"shrill\" are aimed far more at women: in Kieran Snyder's study of 248 reviews (Fortune, 2014) \"abrasive\" described 13 women and no men, Textio's 2022 analysis of over 23,000 pieces of feedback found the same pattern, and Correll & Simard (HBR, 2016) found women's feedback more often about personality and less often tied to outcomes. Describe what the person did and its effect instead.";

/// A label built on a gender-coded word gets the research behind that in its "why" and says so.
fn mark_gender_coded(cx: &Cx, f: &mut Finding) {
    let span = &cx.doc.text[f.start..f.end];
    let coded = span
        .split(|c: char| !crate::engine::text::is_letter(c))
        .find(|w| GENDER_CODED.contains(&w.lowercase().as_str()));
    if let Some(w) = coded {
        f.why = GENDER_CODED_WHY;
        f.message = format!(
            "{}; \"{}\" is a word reviews aim far more at women",
            f.message,
            w.lowercase()
        );
    }
}

/// "Tom can be aggressive with customers", "Priya is not a team player", "He has no drive": a
/// critical description of who someone else is (the sentence layer's `label`).
fn third_person(cx: &Cx, out: &mut Vec<Finding>) {
    let flagged = cx.sentences_flagged(out, RuleId::PersonalLabel);
    for (si, v) in cx.views.iter().enumerate() {
        let Some(l) = v.label.filter(|l| !l.positive) else {
            continue;
        };
        // "asks for guidance when she's unclear on something": a case supposed, not a label.
        let supposed = (l.start.saturating_sub(2)..l.start).any(|j| {
            cx.same_sentence(j, l.start)
                && crate::engine::vocab::words::List("when|whenever|if|unless")
                    .contains(&cx.doc.lower(j))
        });
        // "they are wrong about the cache": a verdict on a claim (bare-verdict's).
        let claim = matches!(cx.doc.lower(l.end - 1), "wrong" | "mistaken");
        if flagged[si] || supposed || claim {
            continue;
        }
        let why = "describes who they are, not what they did";
        out.push(cx.quoted(&RULE, l.start, l.end, why));
    }
}

fn labels(cx: &Cx, out: &mut Vec<Finding>) {
    named_traits(cx, out);
    copula_labels(cx, out);
    trait_of_someone(cx, out);
}

/// "dishonest of you to refuse", "rude of them": a trait pinned on someone for one act ("kind
/// of you" is thanks).
fn trait_of_someone(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for i in cx.tokens_with(vocab::class::TRAIT) {
        if d.lw(i + 1) == "of"
            && crate::engine::vocab::words::List("you|him|her|them").contains(&d.lw(i + 2))
            && !cx.is(i, vocab::class::POSITIVE)
            && !cx.negated(i, 3)
        {
            out.push(cx.quoted(&RULE, i, i + 3, "labels the person; describe what they did instead"));
        }
    }
}

/// Named subjects, only with person-only traits: "Sam, honestly, lazy".
fn named_traits(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for i in cx.tokens_with(vocab::class::TRAIT) {
        if !person_only(d.lower(i)) || cx.negated(i, 3) || d.lw(i + 1) == "to" {
            continue;
        }
        let s = d.tokens[i].sentence;
        let from = i.saturating_sub(5).max(d.sentences[s].tokens.start);
        if let Some(k) = (from..i).find(|&k| name_subject(cx, k)) {
            if (k + 1..i).all(|j| linking(d.lower(j))) {
                out.push(cx.quoted(&RULE, k, i + 1, "labels the person; describe what they did instead"));
            }
        }
    }
}

/// Verbs that link a subject to a description: "are", "seems", "became".
fn copula_word(w: &str) -> bool {
    crate::engine::vocab::words::List("are|is|was|were|be|being|seem|seems|seemed|sound|sounds|as|am|become|became|remain|remains").contains(&w)
}

/// "you are lazy", "he's such a slacker": a person subject, a copula, then a trait or a label
/// noun phrase.
fn copula_labels(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let n = d.tokens.len();
    for i in cx.tokens_with(vocab::class::PERSON) {
        let Some(has_copula) = subject(d.lower(i)) else {
            continue;
        };
        let s = d.tokens[i].sentence;
        let mut copula = has_copula;
        let mut negated = false;
        let mut j = i + 1;
        while j < n
            && j <= i + 7
            && d.tokens[j].sentence == s
            && d.tokens[j].kind == TokenKind::Word
        {
            let w = d.lower(j);
            if copula {
                if cx.is(j, vocab::class::TRAIT) {
                    // "you're not lazy" is still a label but a kind one; don't nag about it.
                    // "you are nice" as praise is a label too (fixed-mindset praise).
                    let innate = cx.phrase_overlaps(RuleId::FixedMindset, j, j + 2);
                    // "He is smart": praise of someone else's trait is trait-praise's card, not
                    // a problem ("you are smart" stays: praise of the reader's intelligence).
                    let praised = (cx.is(j, vocab::class::POSITIVE)
                        || vocab::words::CREDIT_TRAITS.contains(&w))
                        && !d.lower(i).starts_with("you");
                    if !negated && !is_noun_use(cx, j) && !innate && !praised {
                        // "a slow learner", "a difficult person", "a fickle-minded person":
                        // the quote takes the compound and the noun.
                        let e = j + 1 + usize::from(d.lw(j + 1) == "-");
                        let e = if d.lw(e) == "minded" { e + 1 } else { j + 1 };
                        let noun = cx.same_sentence(j, e)
                            && (vocab::words::PERSON_NOUNS.contains(&d.lw(e))
                                || vocab::words::agent_noun(d.lw(e)));
                        let end = e + usize::from(noun);
                        // "distracted and lazy": the label ends with the second of a pair.
                        let pair = matches!(d.lw(end), "and" | "or")
                            && end + 1 < n
                            && cx.same_sentence(end, end + 1)
                            && cx.is(end + 1, vocab::class::TRAIT);
                        let end = end + 2 * usize::from(pair);
                        out.push(cx.quoted(&RULE, i, end, "labels the person; describe what they did instead"));
                    }
                    break;
                }
                if let Some(m) = cx
                    .matches_at(j)
                    .iter()
                    .find(|m| m.tag == Tag::Rule(RuleId::PersonalLabel))
                {
                    if cx.phrase_overlaps(RuleId::FixedMindset, m.start, m.end + 1)
                        || crate::engine::sentence::natural_thing(cx, m.end - 1)
                    {
                        break;
                    }
                    out.push(cx.quoted(&RULE, i, m.end, "labels the person; describe what they did instead"));
                    break;
                }
            }
            if copula_word(w) {
                copula = true;
            }
            if w == "not" || w == "never" {
                negated = true;
            }
            // "seems a little disorganisd and lazy": a word no list knows, paired with a trait.
            if copula
                && !linking(w)
                && matches!(d.lw(j + 1), "and" | "or")
                && j + 2 < n
                && cx.same_sentence(j, j + 2)
                && cx.is(j + 2, vocab::class::TRAIT)
            {
                j += 2;
                continue;
            }
            if !linking(w) {
                break;
            }
            j += 1;
        }
    }
}

/// "you are sensitive *to* latency": the adjective takes an object about the work, not a trait.
fn is_noun_use(cx: &Cx, j: usize) -> bool {
    let next = cx.doc.lw(j + 1);
    crate::engine::vocab::words::List("to|about|with|enough|on|at|for|of").contains(&next) && !crate::engine::vocab::words::List("lazy|abrasive|bossy|rude").contains(&cx.doc.lower(j))
}


/// "Stop being (so) lazy", "Don't be so lazy": a negative trait adjective after an imperative
/// "stop being" or "don't be" is a label, not a request ("Don't be shy" encourages).
fn stop_being_trait(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for j in cx.tokens_with(vocab::class::TRAIT) {
        let mut i = j;
        // ("being" is in the intensifiers' class, for "being very".)
        while i > 1 && cx.is(i - 1, vocab::class::INTENSIFIER) && d.lower(i - 1) != "being" {
            i -= 1;
        }
        let open = match (d.lw(i.wrapping_sub(2)), d.lw(i.wrapping_sub(1))) {
            ("stop" | "quit", "being") | ("don't" | "dont", "be") => i - 2,
            ("not", "be") if d.lw(i.wrapping_sub(3)) == "do" => i - 3,
            _ => continue,
        };
        let label = cx.is(j, vocab::class::NEGATIVE) || person_only(d.lower(j));
        if cx.same_sentence(open, j) && cx.opens_sentence(open) && label {
            let why = "labels the person; describe what they did instead";
            out.push(cx.quoted(&RULE, open, j + 1, why));
        }
    }
}

crate::rule_tests! {
    rule: PersonalLabel,
    fires: [
        // Distance from people is a trait label too.
        "Tom is aloof with the new hires.",
        "She can be standoffish in reviews.",
        // Too little of a good disposition, in a compound.
        "He has very low self-confidence and keeps his ideas to himself.",
        // Denying the good alternative labels someone all the same.
        "Lena is a spectator rather than a leader. She rarely speaks up.",
        "Alex has a negative attitude and complains constantly.",
        "Theo is an underachiever on the support desk.",
        "Ravi is a narrow minded colleague.",
        "It is dishonest of you to just refuse to answer.",
        "That was rude of them.",
        "Lately he has shown less drive in planning.",
        "She has such low confidence in planning meetings.",
        "She gets defensive when her designs are questioned.",
        "Ravi can get so emotional in planning meetings.",
        "Her attitude in code reviews is toxic.",
        "This worker is lazy and careless.",
        "This guy is so lazy.",
        "Those maintainers are arrogant.",
        "She is not always focused.",
        "He often is too emotional.",
        "He is knowledgeable but arrogant.",
        "She is very talented but can come across as abrasive.",
        "Omar is a strong analyst, but not very reliable.",
        "She is narrow-minded. She rejects every new tool.",
        "He is self-centered.",
        "Tom is fickle.",
        "He is a know-it-all.",
        "Dana is high maintenance. She wants a reply within minutes.",
        "Omar is disruptive in the Monday standup.",
        "You are abrasive.",
        "Honestly you're really lazy about reviews",
        "She can be very emotional in meetings",
        "You're not a team player.",
        "You are a nice person",
        "he comes across as bossy",
        "Sarah is often abrasive with new hires.",
        "Priya's too emotional.",
        "I find you abrasive.",
        "Noor shipped the redesign and is sometimes too emotional when it is challenged.",
        "Omar has been an average performer this year.",
        "He has no drive to improve.",
        "Mara is not a teamplayer.",
        "He isn't a leader.",
        "He sometimes seems to lack enthusiasm.",
        "Lack of initiative holds her back.",
        "Needs motivation to push further.",
        "I don't understand your dismissive attitude.",
        "I do not believe that he is an asset to the team.",
        "Jonas needs to be more proactive about flagging blockers.",
        "Don't be so lazy.",
        "Do not be so sloppy with the changelog.",
        "Quit being so bossy with the interns.",
        "Please don't be arrogant about your benchmarks.",
    ],
    quiet: [
        // What she does, denied a fault: no label.
        "To be fair, nothing she does is bad.",
        // An inference denied describes no one.
        "A paid plan doesn't imply they're entitled to free consulting.",
        // A norm for a role, said of a group, not a label of someone.
        "Ana joined in May. Sales reps have to be pushy sometimes.",
        "Ana joined in May. Account leads need to be aggressive with renewals, and she waits too long.",
        // How the work has been going, not who someone is.
        "Raj joined in May. He has been underperforming since the spring.",
        "Raj joined in May. Since the move he is struggling with the new stack.",
        // A verdict on someone's work, not a label of them (vague criticism's to flag).
        "Lena's work is consistently average. She is always punctual.",
        // How someone says they feel, reported.
        "She told me she is uncomfortable working near the loading dock.",
        "Don't be shy, ask questions in the channel!",
        "Don't be afraid to push back on the estimate.",
        "Don't be late for the demo tomorrow.",
        "Don't be sorry, the flaky test was mine.",
        "Don't be so hard on yourself about the outage.",
        "I am not sure Sam is ready for a lead role; he tends to avoid conflict.",
        "Gradle has a bad API and a worse changelog.",
        "It is kind of you to help.",
        "They are wrong about the cache.",
        "He gets better every sprint.",
        "She did not get a good rating this year.",
        "Overall she is qualified and we are glad to have her on the team.",
        "They will not get frustrated by the new flow.",
        "Perhaps my English skills are too poor to explain it.",
        "This user is new to the project.",
        "The user is lazy-loaded on first access.",
        "Mina pings the team lead when she's unclear on a requirement.",
        "The budget plan she wrote was wrong.",
        "He is smart.",
        "He is a great engineer but fails to document his work.",
        "The code he wrote is messy.",
        "She is open-minded.",
        "He is self-motivated.",
        "The function is sloppy.",
        "Performance is slow on Mondays.",
        "This is aggressive caching.",
        "Sarah is not abrasive at all.",
        "This code is lazy-loaded on purpose.",
        "Your design is aggressive about caching.",
        "You are sensitive to latency here, so keep the cache.",
        "He is often late to the Monday standup.",
        "She is unable to join the Friday sync.",
        "Onboarding is slow this quarter, she says.",
        "If they're unable or unwilling to fix it, a mirror would help.",
        "What they just did is really bad for their eyes.",
        "Threatening people in any way is not constructive.",
        "Might be harsh on anyone who cares about the old files.",
        "Sorry if this is a stupid question.",
        "That line was unnecessary and he shouldn't have been insulted like that.",
        "She's failed the same audit twice.",
        "If not, they can be lazy-loaded on first access.",
        "Message is useless.",
        "Begin is useless here.",
    ],
}

#[cfg(test)]
mod gender_coded {
    use crate::engine::analyze;

    #[test]
    fn a_gender_coded_label_says_why_it_matters() {
        for text in [
            "She is bossy with the junior designers.",
            "Tom can be aggressive.",
        ] {
            let a = analyze(text);
            let f = a
                .findings
                .iter()
                .find(|f| f.rule == "personal-label")
                .expect(text);
            assert_eq!(f.why, super::GENDER_CODED_WHY, "{text}");
            assert!(f.message.contains("aim far more at women"), "{}", f.message);
        }
        let a = analyze("Priya is lazy.");
        let f = a
            .findings
            .iter()
            .find(|f| f.rule == "personal-label")
            .unwrap();
        assert_ne!(f.why, super::GENDER_CODED_WHY);
    }
}
