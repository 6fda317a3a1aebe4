//! `weasel-words`: claims without an owner or without commitment ("some say", "it is
//! believed", "possibly"). Not in code review, where "may" and "might" are ordinary.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::sentence::Who;
use crate::engine::suggest;
use crate::engine::model::Mode;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{class, List};
use crate::engine::vocab::Match;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::WeaselWords,
        category: Category::Hedging,
        severity: Severity::Note,
        what: "Claims without an owner or without commitment (\"some say\", \"it is believed\", \"possibly\").",
        why: "Unattributed or hedged claims can't be checked or answered: who said it, and how sure are you? Feedback lands better owned (\"I noticed\") than attributed to an anonymous \"people\".",
        source: "Wikipedia Manual of Style, \"Unsupported attributions\" (weasel words); Radical Candor on owning feedback",
        example: "Some people feel your updates are possibly too long.",
        instead: "I find your Friday updates long: the last one was four pages. Could you lead with a three-line summary?",
        known_false_positives: "Real probabilities (\"this may fail under load\") and common quantifiers. In a code thread, or where you speak as \"I\" and judge no one, only anonymous sources (\"some say\") are flagged.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: 0.0,
        challenge: 0.0,
        label: "hedged claim",
    },
    suggest: Some(suggest::replace::weasel),
    review_label: Some("nitpick (non-blocking)"),
};

/// Epistemic hedges and weasel attributions (Wikipedia's "weasel words"): a claim without an owner
/// or without commitment.
pub const PHRASES: &str = "\
might|may have|possibly|probably|probable|likely|unlikely|presumably|apparently|allegedly|\
reportedly|supposedly|purportedly|arguably|conceivably|seemingly|reputedly|suggests|suggested|\
suggest that|suggesting|seems|seem|seemed|appears|appear to|appeared to|is believed|are believed|\
was believed|were believed|it is thought|is thought to|are thought to|was thought to|is said to|\
are said to|was said to|is considered|are considered|was considered|often considered|\
widely considered|is regarded|are regarded|widely regarded|generally regarded|is claimed|\
claim that|some argue|some say|some believe|some critics|many critics|some people|many people|\
some scholars|many scholars|some historians|many historians|some experts|many experts|\
some sources|many believe|it has been suggested|it has been argued|it has been said|\
it has been claimed|it is said|it is believed|it is widely|it is often|it is generally|\
it is possible|it is likely|it is unclear|is uncertain|uncertain|according to some|\
widely|generally|largely|perhaps|maybe|could be|could have|would suggest|indicating|potentially|\
speculated|rumored|rumoured|is known as one of|one of the most|one of the best|\
one of the greatest|one of the largest|one of the first|one of the leading|among the most|\
is thought|believed to|thought to be|considered to be|considered one of|regarded as|known to be|\
said to be|tend to|tends to|whether|some|many|several|critics|experts|observers|believe|believes|\
suspected|putative|assumed|assume|presumed|hypothesized|notable|notably|famous|well known|\
best known|important|significant|influential|renowned|prominent|acclaimed|often called|\
often credited|often described|often cited|legendary|finest|noteworthy|heralded|acclaim|\
controversial|controversy|alleged|supposed|a majority of|is expected|are expected|expected to|\
some of|it is argued|it was believed|reputed|regarded|perceived|questionable|\
dubious|unconfirmed|unproven|it is uncertain";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.mode == Mode::CodeReview {
        return;
    }
    // In a message that speaks as "I" and judges no one (`Cx::talk`), a guess about a thing is
    // an honest doubt ("I checked the schedule twice, so the last train probably departs at ten"); only a
    // claim pinned on an anonymous source needs its owner.
    let d = cx.doc;
    let about_things = |m: &Match| cx.views[d.tokens[m.start].sentence].who == Who::Other;
    let talk = cx.talk();
    // A draft that speaks as "I" or to "you" (a thread, a message): a guess in a sentence said
    // to or about no one is an honest doubt ("it will probably need a restart"). Prose that
    // speaks of things only (an article, a report) keeps every hedge.
    // A reply ("@dana …", a quoted line) is said to someone, whoever its sentences name.
    let chat = crate::engine::text::replies(d.text)
        || cx.views.iter().any(|v| matches!(v.who, Who::Writer | Who::Reader));
    let unaimed = |m: &Match| chat && !cx.aimed_at_someone(d.tokens[m.start].sentence);
    // A thread that reviews no one (no name, no he or she): a guess about a thing is a
    // guess ("the logger seems to drop the last line"), however heated the sentence.
    let thread = chat && !cx.names_someone();
    let mut softener_at = vec![false; cx.doc.tokens.len()];
    for m in cx.matches_of(RuleId::HedgeSoftener) {
        softener_at[m.start] = true;
    }
    // Softeners already flagged ("maybe", "perhaps") are not repeated as weasels.
    let keep = |m: &Match| {
        !softener_at[m.start]
            && !answer(cx, m)
            && !owned_or_literal(cx, m)
            && !plain_amount_or_self(cx, m)
            && !in_a_title(cx, m)
            && !cx.evidence_follows(m.start)
            && !unclaimed(cx, m)
            && (!(cx.code_thread() || (talk || thread) && about_things(m) || unaimed(m))
                || anonymous_source(cx, m))
    };
    let message = |q: &str| format!("\"{q}\": whose claim is it, and how sure are you?");
    cx.phrase_findings(&RULE, keep, message, out);
}

/// "Most likely, yes.", "Probably not.": a hedged answer, honest, and all the sentence there is.
/// "the Riverside Film Critics Circle", "a Critics Prize": a capitalised word inside
/// a sentence, beside another, is part of a name, not an anonymous source.
fn in_a_title(cx: &Cx, m: &Match) -> bool {
    let t = &cx.doc.tokens;
    let k = m.start;
    let caps = |j: usize| t.get(j).is_some_and(|x| x.capitalized);
    // (Not in a shouted sentence, where every word is a capital.)
    let first = k == 0 || t[k - 1].sentence != t[k].sentence || !cx.doc.is_word(k - 1);
    caps(k) && !t[k].caps && !first && (caps(k - 1) || caps(m.end))
}

fn answer(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[m.start].sentence];
    let words = s.tokens.clone().filter(|&k| d.is_word(k));
    let (n, yes) = words.fold((0, false), |(n, yes), k| {
        (n + 1, yes || List("yes|no|yeah|yep|nope|not").contains(&d.lower(k)))
    });
    n <= 4 && yes
}

/// Does the phrase attribute its claim to an anonymous source ("many users say", "it is
/// believed", "reportedly")? `attribution`'s words, but not its "of", "have", "are", "would".
fn anonymous_source(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    (m.start..=m.end).any(|k| {
        let w = d.lw(k);
        attribution(w) && !List("of|have|are|would").contains(&w)
            || List("says|reportedly|allegedly|rumored|rumoured").contains(&w)
    })
}

/// Who an anonymous claim is attributed to, or the verb that attributes it.
fn attribution(w: &str) -> bool {
    crate::engine::vocab::words::List("people|say|believe|think|feel|argue|claim|experts|critics|observers|scholars|users|colleagues|others|agree|consider|of|have|are|would|suggest|said|considered|regarded|accepted|known|thought|seen|held|viewed|described|recognized|recognised|believed|agreed|sources|historians|researchers|commentators|reviewers|fans|writers").contains(&w)
}

/// "how is it supposed to work?": a question claims nothing, and a phrase the rewrite could only
/// back with evidence (not swap or drop) has no fix there. Nor does a word of puffery as the
/// predicate of a question or a supposition ("if the gap is significant", "is it notable?").
fn unclaimed(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    let si = d.tokens[m.start].sentence;
    let supposed = || {
        let first = d.sentences[si].tokens.start;
        (first..m.start).any(|k| List("if|whether|unless|would").contains(&d.lower(k)))
    };
    if !cx.facts[si].question && !supposed() {
        return false;
    }
    let phrase: Vec<&str> = (m.start..m.end).map(|k| d.lower(k)).collect();
    let phrase = phrase.join(" ");
    predicate_puffery(cx, m, &phrase)
        || cx.facts[si].question && !suggest::replace::weasel_fixed_in_place(&phrase, d.lw(m.end))
}

/// "is notable", "would be really important": a word of puffery as the predicate, which the
/// sentence cannot lose ("Clarity is.").
fn predicate_puffery(cx: &Cx, m: &Match, phrase: &str) -> bool {
    let d = cx.doc;
    let mut k = m.start;
    while k > 0 && List("very|really|quite|so|too|extremely|more|less|even|much|far").contains(&d.lower(k - 1)) {
        k -= 1;
    }
    (crate::engine::vocab::words::PUFFERY_ADJECTIVES.contains(&phrase) || phrase == "likely")
        && List("is|are|was|were|be|been|being|it's|seem|seems").contains(&d.lw(k.wrapping_sub(1)))
}

/// "you may want to" (a suggestion), "in May" (the month), "at most" (a superlative), "Smith
/// believes" (a claim with a named owner).
fn settles(w: &str) -> bool {
    List("decide|decides|decided|choose|check|checking|verify|confirm|determine|test|ask|asked|asks|asking|wonders|questioning|discuss|see")
        .contains(&w)
}

fn owned_or_literal(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    let w = d.lower(m.start);
    let prev = if m.start > 0 { d.lower(m.start - 1) } else { "" };
    // "Might want to add a flag" has its subject left out, and suggests all the same.
    if (crate::engine::vocab::words::List("you|we|i|they|it|this").contains(&prev)
        || d.lw(m.end) == "want")
        && crate::engine::vocab::words::List("may|might|could").contains(&w)
    {
        return true;
    }
    // "she might lose the account if nothing changes", "it could be a win if …": a forecast on
    // a condition, honest; so is "he may have to leave the team if …", which "will have to"
    // would turn into a threat.
    let si = d.tokens[m.start].sentence;
    if List("may|might|could").contains(&w)
        && d.sentences[si].tokens.clone().any(|k| List("if|unless").contains(&d.lower(k)))
    {
        return true;
    }
    // "one of the best analysts I have worked with": the writer's own comparison, from their
    // own experience; no anonymous source ranks her.
    if w == "one" && d.lw(m.start + 1) == "of" {
        let own = (m.end..m.end + 6).any(|k| {
            cx.same_sentence(m.start, k)
                && List("i|i've|i'd|we|we've").contains(&d.lw(k))
                && List("have|had|ever|worked|met|managed|seen|known|hired|led|mentored|'ve").contains(&d.lw(k + 1))
        });
        if own {
            return true;
        }
    }
    // "I will likely port the fix next": the writer's own plan, tentative by right.
    let planner = |k: usize| List("i|we").contains(&d.lw(k));
    if List("likely|probably").contains(&w)
        && (List("i'll|we'll").contains(&prev)
            || List("will|would|'ll").contains(&prev) && m.start >= 2 && planner(m.start - 2))
    {
        return true;
    }
    // "I'm probably wrong", "I probably missed a step": the writer doubts themselves, which
    // only the writer can (without it, they would confess to what they only suspect).
    let own = |k: usize| List("i|i'm|we|we're").contains(&d.lw(k));
    if List("probably|likely|possibly").contains(&w)
        && (own(m.start.wrapping_sub(1)) || prev == "am" && own(m.start.wrapping_sub(2)))
    {
        return true;
    }
    // "I can't believe how quickly she learned it": amazement, not a hedged claim.
    let denied = prev.ends_with("n't") || matches!(prev, "cannot" | "not");
    if denied && crate::engine::sentence::amazed(d, m.start) {
        return true;
    }
    // "no sense of how it is possible …": asks how, and hedges nothing.
    if w == "it" && List("how|why|whether|if").contains(&prev) {
        return true;
    }
    // "nobody knows which plugins might break", "see whether it could help": a question
    // the sentence asks about what is possible, not a claim softened.
    if List("may|might|could").contains(&w)
        && (m.start.saturating_sub(4)..m.start).any(|k| {
            // ("which", "who", "where" after a verb of knowing; else they relate a clause:
            // "a fan who may have seen it".)
            let asks = List("know|knows|knew|check|checked|see|ask|asked|wonder|sure|decide|tell|idea")
                .contains(&d.lw(k.wrapping_sub(1)));
            cx.same_sentence(k, m.start)
                && (List("what|whether|how|why").contains(&d.lower(k))
                    || asks && List("which|who|where|when").contains(&d.lower(k)))
        })
    {
        return true;
    }
    // "Probably should add a log line here", "Maybe could drop the flag": a suggestion with
    // its subject left out, not a claim (and without the adverb it opens on a bare modal).
    let opens = m.start == d.sentences[d.tokens[m.start].sentence].tokens.start;
    if opens && List("probably|maybe|perhaps").contains(&w) && List("should|could|would|need|needs|might").contains(&d.lw(m.end)) {
        return true;
    }
    // "Might be worth a note", "Could be a cleaner way": the same with the subject left out,
    // as in speech (and with the modal gone, no verb would stay: "Is a cleaner way").
    if opens && List("may|might|could").contains(&w) {
        return true;
    }
    // "there might be logs in that post": what may exist, honestly unknown ("can"
    // would claim less). "the cron job could have deleted the files": in a draft about software, what
    // a system was able to do, reasoned about, not hearsay.
    let thing = |k: usize| {
        d.is_word(k)
            && !cx.is(k, crate::engine::vocab::class::PERSON)
            && !List("i|we|they|people|someone|somebody|users|nobody").contains(&d.lower(k))
    };
    if List("may|might|could").contains(&w)
        && (prev == "there" && !List("more|less|better|room|improvement|some").contains(&d.lw(m.start + 2))
            || cx.tech() && d.lw(m.start + 1) == "have" && thing(m.start.wrapping_sub(1)))
    {
        return true;
    }
    // "any other call that might fail": a clause that narrows a noun says what the thing can
    // do, not how sure the writer is (", which might explain it" still goes).
    if List("may|might|could").contains(&w)
        && List("that|which").contains(&prev)
        && d.is_word(m.start.wrapping_sub(2))
        && (m.start.saturating_sub(4)..m.start.saturating_sub(2)).any(|j| List("any|every|each|a|an|the|other").contains(&d.lower(j)))
    {
        return true;
    }
    // "it might be cleaner to move it", "it could be simpler to": a proposal weighed against
    // the current way, not a doubt about a fact.
    let comparative = |w: &str| {
        w.ends_with("er") || List("more|better|worth|best|cleanest|simplest|safest").contains(&w)
    };
    if List("may|might|could").contains(&w)
        && d.lw(m.start + 1) == "be"
        && comparative(d.lw(m.start + 2))
        && (d.lw(m.start + 3) == "to" || d.lw(m.start + 4) == "to")
    {
        return true;
    }
    // "the guide could be slightly more detailed": a degree before the comparative asks for a
    // change.
    let degree = match (d.lw(m.start + 2), d.lw(m.start + 3)) {
        ("a", "bit" | "little" | "lot") => Some(m.start + 4),
        ("much" | "far" | "slightly" | "somewhat" | "even", _) => Some(m.start + 3),
        _ => None,
    };
    if List("could|might").contains(&w)
        && d.lw(m.start + 1) == "be"
        && degree.is_some_and(|j| comparative(d.lw(j)))
    {
        return true;
    }
    // "it is unclear and needs a better account": a verdict on the text, not a doubt to own.
    if m.end - m.start == 3
        && (d.lower(m.start + 2), d.lw(m.end)) == ("unclear", "and")
    {
        return true;
    }
    // "could be slightly toned down": a degree before a participle asks for a change too ("might
    // be a bit hidden by …" guesses).
    if w == "could"
        && d.lw(m.start + 1) == "be"
        && degree.is_some_and(|j| d.lw(j).len() > 4 && d.lw(j).ends_with("ed"))
    {
        return true;
    }
    // "schema changes (and possibly other notes)": a list left open, no claim hedged ("and
    // possibly the best" still hedges one).
    if List("possibly|maybe|perhaps|probably").contains(&w)
        && List("and|or").contains(&prev)
        && List("other|others|more|both").contains(&d.lw(m.end))
    {
        return true;
    }
    // "slow when inserting many rows": a count of what a step handles, not an unnamed source.
    // (In prose about the world, "provoking many critics" is the vague count a weasel hides in.)
    if w == "many"
        && m.end == m.start + 1
        && prev.len() > 4
        && prev.ends_with("ing")
        && cx.tech()
        && !attribution(d.lw(m.end))
    {
        return true;
    }
    // "Probably add a comment here.", "Maybe rename it.": an order offered tentatively, no claim
    // to source ("Maybe you could …" is a softened request, the hedge rule's).
    let opens = d.sentences[d.tokens[m.start].sentence].tokens.start == m.start;
    if opens && List("probably|maybe|perhaps").contains(&w) && cx.is(m.end, class::IMPERATIVE) {
        return true;
    }
    // "the template that suggested asking first": a thing's advice, quoted, not a claim.
    if w == "suggested" && List("that|which").contains(&prev) && d.lw(m.end).ends_with("ing") {
        return true;
    }
    // "she could be a better teammate": what she is not yet, a criticism, not a hedge.
    if w == "could"
        && d.lw(m.start + 1) == "be"
        && d.lw(m.start + 2) == "a"
        && matches!(d.lw(m.start + 3), "better" | "more" | "stronger")
    {
        return true;
    }
    // "what you're suggesting", "she suggested a rename", "I suggest that she …": a proposal
    // with its owner.
    if w.starts_with("suggest")
        && List("you're|i'm|we're|they're|he's|she's|you|i|we|they|he|she").contains(&prev)
    {
        return true;
    }
    // "a key indicating line styles": a participle that describes; "indicating that …" reports.
    if w == "indicating" && d.lw(m.end) != "that" {
        return true;
    }
    // "*some* users": stressed, it means "not all", a count nobody could give.
    let stressed = |c: u8| matches!(c, b'*' | b'_');
    let t = &d.tokens[m.start];
    if w == "some"
        && t.start > 0
        && stressed(d.text.as_bytes()[t.start - 1])
        && d.text.as_bytes().get(t.end).is_some_and(|&c| stressed(c))
    {
        return true;
    }
    // "anyone is entitled to believe whatever they like": a verb of someone's, no hearsay.
    if List("believe|believes").contains(&w) && prev == "to" {
        return true;
    }
    // "important to you", "important to a team": whom it matters to is said;
    // "an important point: …" says what matters after its colon.
    if d.lower(m.end - 1) == "important"
        && (d.lw(m.end) == "to"
            && List("you|me|us|him|her|them|a|the|our|my|your|his|their|any|every").contains(&d.lw(m.end + 1))
            || d.lw(m.end + 1) == ":")
    {
        return true;
    }
    // "the error appears below the table", "appears in the log": where it shows, not a doubt.
    if w.starts_with("appear")
        && m.end == m.start + 1
        && List("below|above|in|on|at|under|here|there|twice|once|again|when|after|before|only")
            .contains(&d.lw(m.end))
    {
        return true;
    }
    // "more timing bugs to possibly cause failures", "potentially harmful sites": a risk
    // named, not a claim hedged.
    // (Before its noun only: "it is potentially reusable" hedges a claim.)
    let adjective = |a: &str| ["ful", "ous", "ive", "able", "ible"].iter().any(|e| a.ends_with(e));
    let risk = (cx.is(m.end, crate::engine::vocab::class::NEGATIVE) || adjective(d.lw(m.end)))
        && !List("is|are|was|were|be|been|seems").contains(&prev)
        && d.is_word(m.end + 1)
        && cx.same_sentence(m.end, m.end + 1);
    if List("possibly|potentially").contains(&w) && (prev == "to" || risk) {
        return true;
    }
    // "We may need to leave some of them on": an amount in the writer's own tentative plan,
    // which no one can count yet.
    let first = d.sentences[si].tokens.start;
    // "With more coaching, his reviews could be excellent": what a condition would bring, not
    // a hedge ("are excellent" would claim it now).
    // "He could be a strong lead in a year or two": a potential, dated in the future.
    let later = || {
        (m.end..d.sentences[si].tokens.end).any(|k| {
            List("someday|eventually|future|years|year|day|time").contains(&d.lower(k))
                && List("a|next|one|two|few|the|in|with|some").contains(&d.lw(k - 1))
        })
    };
    if w.starts_with("could")
        && ((first..m.start).any(|k| List("if|with|once|given|unless").contains(&d.lower(k)))
            || later())
    {
        return true;
    }
    if List("some|several").contains(&w)
        && (first..m.start).any(|k| {
            let modal = List("might|may|could|will|would").contains(&d.lw(k + 1))
                || List("have|need").contains(&d.lw(k + 1)) && d.lw(k + 2) == "to";
            planner(k) && modal
        })
    {
        return true;
    }
    // "you can't possibly mean that": a negated "can" makes it an intensifier, not a doubt.
    if w == "possibly" && List("can't|cannot|couldn't|cant").contains(&prev) {
        return true;
    }
    // "it is possible to pin the mirror": what can be done, not how sure anyone is.
    if d.lower(m.end - 1) == "possible" && d.lw(m.end) == "to" {
        return true;
    }
    // "I believe he …", "I also believe": an owned opinion, not an unattributed claim.
    let owner = |k: usize| matches!(d.lw(k), "i" | "we");
    let adverb = List("also|really|still|do|strongly").contains(&prev);
    let owned = owner(m.start.wrapping_sub(1)) || adverb && owner(m.start.wrapping_sub(2));
    // "they believe that", "you don't believe", "if you still believe": a subject who holds
    // the view is named.
    let holder = |k: usize| List("you|he|she|they|who").contains(&d.lw(k));
    let owned = owned
        || matches!(w, "believe" | "believes")
            && (List("you|he|she|they|who|don't|didn't|can't|not|simply|doesn't|won't|wouldn't")
                .contains(&prev)
                || adverb && holder(m.start.wrapping_sub(2)));
    if owned && List("believe|think|feel").contains(&w) && m.end == m.start + 1 {
        return true;
    }
    // About someone, "many", "several", "some", "generally" count only as an anonymous source
    // ("many people say"); "several reports were late", "some glaring errors" are quantities.
    let about_someone = cx.views[d.tokens[m.start].sentence].who != Who::Other;
    if about_someone
        && m.end == m.start + 1
        && crate::engine::vocab::words::List("many|several|generally|some|significant|lots").contains(&w)
        && !attribution(d.lw(m.end))
    {
        return true;
    }
    // "Some arcades still run the old board": in a thread, a loose count of things.
    if List("some|many|several").contains(&w)
        && m.end == m.start + 1
        && (cx.code_thread() || crate::engine::text::replies(cx.doc.text))
        && d.is_word(m.end)
        && !attribution(d.lw(m.end))
    {
        return true;
    }
    // "So she skips some retros": a loose count of what someone does, after their
    // verb; a source hides behind "some" as a subject ("some say") or an agent ("by some").
    let doer = (m.start.saturating_sub(3)..m.start).any(|k| {
        cx.same_sentence(k, m.start) && List("he|she|they|he's|she's|they're").contains(&d.lower(k))
    });
    if w == "some" && m.end == m.start + 1 && doer && prev != "by" && !attribution(d.lw(m.end)) {
        return true;
    }
    // "virtual entities are supposed to differ from file entities": in a draft about code,
    // what the design intends, not hearsay.
    if matches!(w, "supposed" | "expected") && d.lw(m.end) == "to" && cx.tech() {
        return true;
    }
    // "you're not supposed to stare at the sun", "we were supposed to ship it Friday": a rule or
    // a plan ("is supposed to be the oldest" still reports hearsay).
    if w == "supposed" && d.lw(m.end) == "to" && !List("be|have|been").contains(&d.lw(m.end + 1)) {
        return true;
    }
    // "it's probably best to wait", "maybe better to ask first": advice, softened as advice
    // usually is, not a claim that needs its source ("was probably better liked for …" still
    // hedges a claim).
    let advice = crate::engine::sentence::advice_at(d, m.end) || d.lw(m.end) == "worth";
    if List("probably|maybe|perhaps|likely").contains(&w) && advice {
        return true;
    }
    // "He said he would possibly move to sales": the hedge is his, reported, not the writer's.
    let modal = List("possibly|probably|maybe|perhaps|likely|might|may|could").contains(&w);
    let reported = (m.start.saturating_sub(5).max(d.sentences[si].tokens.start)..m.start).any(|k| {
        List("said|says|told|mentioned|stated|explained").contains(&d.lower(k))
            && List("he|she|they").contains(&d.lw(k.wrapping_sub(1)))
    });
    if modal && reported {
        return true;
    }
    // "He would be expected to lead the migration": what is asked of someone, not hearsay
    // (dropping it left "would be lead").
    let asked = matches!(cx.views[d.tokens[m.start].sentence].who, Who::Person | Who::Reader);
    let to = d.lower(m.end - 1) == "to" || d.lw(m.end) == "to";
    if asked && to && (m.start..m.end).any(|k| d.lower(k) == "expected") {
        return true;
    }
    // "the standard expected of a senior engineer": the role's, not an unnamed opinion.
    if d.lower(m.end - 1) == "expected" && matches!(d.lw(m.end), "of" | "from") {
        return true;
    }
    // "Some readers may wonder how it scales": readers imagined, not counted.
    if List("some|many|several").contains(&w)
        && m.end == m.start + 1
        && d.is_word(m.end)
        && List("may|might|could").contains(&d.lw(m.end + 1))
    {
        return true;
    }
    // "An error appears when I save", "the icon appears blurry": something shows up, or looks
    // so; only "appears to", "appears that", "appears as/like" hedge a claim.
    if crate::engine::vocab::words::List("appears|appear|appeared").contains(&w)
        && m.end == m.start + 1
        && !List("to|that|as|like|,").contains(&d.lw(m.end))
    {
        return true;
    }
    // "there are not many setups", "not many people use it": a denied quantity claims no
    // source, and "not [who]" would not read.
    let denied = |k: usize| k > 0 && (d.lower(k - 1) == "not" || d.lower(k - 1).ends_with("n't"));
    // "like many others, we run it on PHP": the writer counts themself in, no claim.
    let companion = m.start > 0 && d.lower(m.start - 1) == "like";
    if List("many|several|much|lots").contains(&w) && (denied(m.start) || companion) {
        return true;
    }
    // "some of them use it", "some of these tests": a share of a known group, not an
    // anonymous source (dropping "some of" would also leave "them use it").
    if w == "some"
        && m.end == m.start + 2
        && List("them|us|you|these|those|which|whom|it|our|my|your|its").contains(&d.lw(m.end))
    {
        return true;
    }
    let mid_sentence = m.start > 0 && cx.same_sentence(m.start - 1, m.start);
    let before_number = d
        .tokens
        .get(m.start + 1)
        .is_some_and(|t| t.kind == TokenKind::Number);
    if d.raw(m.start) == "May" && (mid_sentence || before_number) {
        return true;
    }
    if w == "most" && crate::engine::vocab::words::List("the|at|its|their|his|her").contains(&prev) {
        return true;
    }
    // "worry about whether or not the report is done": a choice, not a doubt ("not sure
    // whether or not" still doubts).
    // "We ship the sample configs, whether anyone uses them or not": either way, no doubt (after
    // "not sure" or "unclear" it still doubts).
    let either = (m.end..m.end + 9).any(|k| d.lw(k) == "or" && cx.same_sentence(m.start, k));
    if w == "whether"
        && (either && !List("sure|unclear|uncertain|know|known|doubt|wonder|question").contains(&prev)
            || d.lw(m.end) == "or"
                && d.lw(m.end + 1) == "not"
                && crate::engine::vocab::words::List("about|of|on|matter|regardless")
                    .contains(&prev)
            // "decide whether he is ready", "check whether the flag is set": a question to
            // settle, not a doubt; "she keeps asking whether …" reports someone else's.
            || settles(prev)
            // "ask him whether …", "tell us whether …": the same, with its object between.
            || List("him|her|them|me|us|you").contains(&prev)
                && (settles(d.lw(m.start.wrapping_sub(2))) || List("tell|tells|told").contains(&d.lw(m.start.wrapping_sub(2)))))
    {
        return true;
    }
    // "this check could be removed": a proposal in the passive, not a hedge ("could be argued"
    // and "could be seen as" still are; a verb of opinion is no past participle of a change).
    // ("could be better worded": how it should change.)
    let part = match d.lw(m.end) {
        "better" | "more" => d.lw(m.end + 1),
        w => w,
    };
    if w == "could"
        && d.lw(m.start + 1) == "be"
        && part.ends_with("ed")
        && !List("argued|considered|described|characterized|characterised|regarded|viewed|perceived|claimed|deemed|called|interpreted|suggested|labeled|labelled")
            .contains(&part)
    {
        return true;
    }
    // "we can't tell whether the parser sees a BOM": the writer owns an open question about a
    // thing; no anonymous source hides behind it. ("I question whether he is ready" doubts a
    // person, and hedges a judgement of them.)
    let si = d.tokens[m.start].sentence;
    let about_thing = cx.views[si].who != Who::Person && cx.views[si].named.is_none() && !cx.facts[si].person;
    if w == "whether"
        && about_thing
        && (m.start.saturating_sub(5)..m.start)
            .any(|k| cx.same_sentence(k, m.start) && crate::engine::vocab::words::List("i|we|i'm|we're").contains(&d.lower(k)))
    {
        return true;
    }
    // "Although he appears busy, …": how things look, conceded before the point (a hedge
    // after the point, "…, although he seems to …", still hedges).
    let opener = d.sentences[d.tokens[m.start].sentence].tokens.start;
    if crate::engine::vocab::words::List("appears|seems|seem|appear").contains(&w)
        && m.start <= opener + 4
        && crate::engine::vocab::words::List("although|though|while").contains(&d.lower(opener))
    {
        return true;
    }
    // "some tools like grep and sed" in a thread about software: the examples name them (an
    // encyclopedia's "many critics, such as …" still hides most of them).
    if List("some|many|several").contains(&w)
        && cx.tech()
        && (m.end..m.end + 4).any(|k| {
            cx.same_sentence(m.start, k)
                && (List("like|including").contains(&d.lw(k)) || d.lw(k) == "such" && d.lw(k + 1) == "as")
        })
    {
        return true;
    }
    // "for some reason", "at some point", "some other file", "some but not all": an idiom or a
    // determiner of one thing, not an anonymous source (and no word of it can go). "to some
    // extent" and "some sort of" do hedge, and go whole.
    if w == "some"
        && m.end == m.start + 1
        && crate::engine::vocab::words::List("reason|point|way|other|day|time|how|one|type|form|but")
            .contains(&d.lw(m.end))
    {
        return true;
    }
    // "some clever trick", "some (named) timezone" in a thread about code: "some" before a
    // singular is "a", one thing nobody needs to name; a source or a count takes a plural
    // ("some users"). Elsewhere "some criticism" is the vague quantity a weasel hides behind.
    if w == "some" && m.end == m.start + 1 {
        // ("process", "analysis" end in "s" and are one thing.)
        let plural = |k: usize| {
            let w = d.lw(k);
            d.is_word(k) && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("sis")
        };
        let singular = !plural(m.end) && !plural(m.end + 1);
        // "emptied by some cleanup job": the agent of a passive, one unnamed thing ("used by
        // some to …", "by some Christian groups" still hide who).
        let noun_phrase = d.is_word(m.end)
            && !List("to|that|because|as|who|of|and|or|in|for|but|at|than").contains(&d.lw(m.end));
        if singular && !plural(m.end + 2) && prev == "by" && noun_phrase {
            return true;
        }
        // "a u64 or some more precise type": "a more …", whatever the draft is about.
        let more = d.lw(m.end) == "more" && !plural(m.end + 2);
        if singular && (cx.tech() || more) {
            return true;
        }
    }
    // "above and beyond what is expected of her", "more than is expected": a norm, not a
    // forecast nobody owns.
    if matches!(prev, "what" | "than") && matches!(w, "is" | "are") {
        return true;
    }
    // "How many times", "so many", "too many": a count asked or stressed, not an anonymous source.
    // "I don't know many people who …": the writer's own circle, not an anonymous source.
    // "for several reasons: a new linter, bigger fixtures and a cold cache": the list that
    // follows counts them.
    if List("many|several|some|various|numerous").contains(&w) && (d.lw(m.end) == ":" || d.lw(m.end + 1) == ":") {
        return true;
    }
    // "for many years", "many, many hours": how long, not whose claim.
    let repeated = d.lw(m.end) == "," && d.lw(m.end + 1) == w;
    let unit = d.lw(if repeated { m.end + 2 } else { m.end });
    // ("several years", "several million pounds": a span of time or a number, counted.)
    if List("many|several").contains(&w) && List("years|months|weeks|days|hours|million|thousand|hundred|billion|dozen").contains(&unit) {
        return true;
    }
    // "I never question whether he checked", "we never once question whether": no doubt raised.
    if w == "whether"
        && List("question|doubt|wonder").contains(&prev)
        && (m.start.saturating_sub(5)..m.start - 1)
            .any(|k| List("never|don't|didn't|not|rarely").contains(&d.lower(k)))
    {
        return true;
    }
    // "Believe me, the scheduler is hard": an intensifier the writer vouches with.
    if w == "believe" && m.end == m.start + 1 && d.lw(m.end) == "me" {
        return true;
    }
    // "many more users hit it": a count stressed, not whose claim it is; "Many thanks to Ada":
    // a way of thanking.
    if w == "many"
        && (crate::engine::vocab::words::List("how|so|too|as|know").contains(&prev)
            || matches!(d.lw(m.end), "more" | "thanks"))
    {
        return true;
    }
    // "Notably if you run it twice", "notably in the tests": a link to the point before, and
    // "a well known directory": a plain modifier, not praise nobody owns.
    if matches!(w, "notably" | "especially") && List("if|when|in|for|with|because|since|on|at|where|as|during").contains(&d.lw(m.end)) {
        return true;
    }
    if m.end == m.start + 2 && d.lower(m.end - 1) == "known" && d.is_word(m.end) && !List("for|as|to|that|and|or|by|in|among|throughout|outside").contains(&d.lw(m.end)) {
        return true;
    }
    // "the README suggested", "as your docs suggest": a named text says so.
    if List("suggested|suggests").contains(&w) && subject_with_determiner(cx, m.start) {
        return true;
    }
    // "Smith believes", "Priya suggested a change", "she claims": the claim has its owner.
    // "whichever font someone suggests": a person proposes it.
    crate::engine::vocab::words::List("believes|suggested|suggests|claimed|claims").contains(&w)
        && m.start > 0
        && cx.same_sentence(m.start - 1, m.start)
        && (crate::engine::vocab::words::List("he|she|i|we|they|someone|somebody|anyone|anybody|everyone|nobody|you").contains(&prev)
            || named(cx, m.start - 1))
}

/// Hedges and quantifiers that say what the sentence means, not who vouches for it: "some"
/// as the object of a verb in -ing ("hiding some generated columns"), a ranking ("far more
/// important than the theme"), and the writer's doubt about their own standing ("I seem no
/// closer", "probably Ana would review it better than me").
fn plain_amount_or_self(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    let (k, w) = (m.start, d.lower(m.start));
    let prev = d.lw(k.wrapping_sub(1));
    let single = m.end == k + 1;
    // A source hides behind "some" as a subject or an agent ("some say", "by some"); after a
    // verb in -ing it is an amount of something.
    // ("with some coaching" in a review still hedges how much help is needed.)
    let object = prev.len() > 4 && prev.ends_with("ing") && d.is_word(k - 1);
    if w == "some" && single && object && !attribution(d.lw(m.end)) {
        return true;
    }
    if (w == "important" || w == "significant")
        && List("more|less").contains(&prev)
        && (m.end..m.end + 4).any(|j| cx.same_sentence(k, j) && d.lw(j) == "than")
    {
        return true;
    }
    let sentence = d.sentences[d.tokens[k].sentence].tokens.clone();
    // ("You probably think you're better than me" guesses at the reader, and sneers.)
    let than_me = prev != "you"
        && sentence.clone().any(|j| d.lower(j) == "than" && List("me|us|myself").contains(&d.lw(j + 1)));
    // "seem" agrees with I or we: the subject pronoun just before it ("I can't seem to"), or
    // the one a verb joined by "and", "but" or "also" shares ("I gave up but also seem …").
    let joined = List("and|but|also").contains(&prev);
    let subject = (sentence.start..k)
        .rev()
        .take_while(|&j| joined || j + 4 >= k)
        .find(|&j| List("i|we|you|they|he|she|it|this|that").contains(&d.lower(j)));
    // ("I seem to have rushed it" judges the writer's own work, and still hedges.)
    let judged = (m.end..m.end + 5)
        .any(|j| cx.same_sentence(k, j) && (d.lw(j) == "too" || cx.is(j, class::NEGATIVE | class::VERDICT)));
    let own_seem = w == "seem" && !judged && subject.is_some_and(|j| List("i|we").contains(&d.lower(j)));
    own_seem || than_me && List("probably|maybe|perhaps|possibly|likely").contains(&w)
}

/// Is the word before `k` the end of a noun phrase that opens with a determiner, within three
/// words of the same sentence ("the README suggested", not "research suggests")?
fn subject_with_determiner(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    (1..=3).take_while(|&b| k >= b && d.is_word(k - b) && cx.same_sentence(k - b, k)).any(|b| {
        b > 1 && List("the|this|that|your|my|our|its|their|his|her").contains(&d.lw(k - b))
    })
}

/// A person's name: a capital mid-sentence ("as Smith believes"), or a word the sentence layer
/// reads as a name where it opens the sentence ("Priya suggested", not "Research suggests").
fn named(cx: &Cx, k: usize) -> bool {
    let t = &cx.doc.tokens[k];
    let opens = k == 0 || !cx.same_sentence(k - 1, k);
    t.capitalized && !t.caps && (!opens || cx.has(k, crate::engine::sentence::word::NAME))
}

crate::rule_tests! {
    rule: WeaselWords,
    fires: [
        // A verb of opinion after "could be" still hedges.
        "Her approach could be characterized as reckless.",
        // A hedge before "better" on a claim, not advice.
        "The mayor was probably better liked for his parties than his roads.",
        "The new parser appears to handle every case.",
        "It is uncertain if the vendor will renew.",
        "It is believed that the migration possibly failed.",
        "It is widely held and many believe the bridge was older.",
        "Some people say the `retry()` helper is too slow.",
        // A sentence that opens on the pronoun: no word before it to read (no overflow).
        "That might be the cause of the slow start.",
        // The writer speaks as "I", but judges the reader or a colleague: a review, not talk.
        "I think your estimates are probably too optimistic, and you seem rushed.",
        "I spoke to Dana. The rollout probably slipped because of her.",
        // Talk that pins a claim on an anonymous source still needs its owner.
        "I asked around, and some people say the mirror is down.",
        "There could be more care in his weekly summaries.",
        // A source behind "some" as the agent, and a guess about someone else ("they seem").
        "The rewrite was criticised by some engineers as rushed.",
        "I asked Tomas about it, and they seem unhappy with the new rota.",
        "I guess I'll read the source, since the docs don't seem to matter to you.",
        "You probably think you're a better coder than us.",
    ],
    quiet: [
        // How it should change, no hedge.
        "The warning text could be better worded.",
        // A number counted, not a crowd.
        "The deal made the vendor several million pounds.",
        // No doubt raised.
        "Ana is careful; we never once question whether her tests ran.",
        // What matters follows the colon; to whom it matters is said.
        "Here is an important detail: the config was created by the installer.",
        "Regular check-ins are important to a remote team.",
        // A question about what is possible.
        "Nobody has checked which plugins might break on the new loader.",
        // In a thread, a loose count of things.
        "@kai Some kiosks still run the old firmware, so the driver stays.",
        // Someone's view, named with its holder ("believe" is no hedge here).
        "If you still believe the cache is stale, reopen the ticket.",
        // What a condition would bring.
        "Omar joined in May. With more coaching, his reviews could be excellent.",
        "He could be a strong lead in a year or two.",
        "He said he would possibly move into sales next year.",
        // A risk named before its noun, not a claim hedged.
        "Vendors should pull those potentially harmful plugins soon.",
        // A count of what a step handles.
        "The SQL build script gets slow when inserting many rows at once.",
        // A loose count of what someone does.
        "The handover slipped, so she missed some steps in the checklist.",
        // A list left open.
        "This thread lists schema changes (and possibly other upgrade notes) as they land.",
        // A risk named, and an amount in the writer's own tentative plan.
        "More retries mean more ways to possibly hide real failures.",
        "The list looks fine. We may need to leave some of the flags behind a setting for now.",
        "I cannot believe how quickly she learned the billing system.",
        "Many thanks to Ines for the release notes.",
        "We will probably cut the release on Friday.",
        "He has not reached the standard that is expected of a senior engineer.",
        "Some users may want a dark theme later.",
        // Someone else's question, reported: no doubt of the writer's.
        "He keeps asking whether his drafts are good enough to share.",
        // How often someone does a thing, after a phrase that links to the sentence before.
        "On top of that she keeps notes and generally replies fast.",
        // The writer's own ranking, from their own experience.
        "Omar is one of the best analysts I have managed.",
        // A question put to someone, with its object before "whether".
        "Please ask her whether the invoices went out.",
        // A guess about a thing in a thread that reviews no one.
        "We are stuck: two plugins need different versions. A shim might be the least bad option.",
        // A passive proposal, a question to settle, named examples in a thread about code.
        "This guard could be dropped once the caller checks the length.",
        "We have to decide whether he moves to the platform team.",
        "Some plugins like prettier and eslint catch this already.",
        "Achieves some but not all goals.",
        "Honestly there are not many setups that need this flag.",
        "Not many people use the legacy exporter.",
        "Like many others, our shop runs the site on PHP.",
        "An error appears when I open the settings page.",
        "The icon appears blurry at that size.",
        "You can't possibly expect the team to finish that by Friday.",
        "The design doc is unclear.",
        "There is a file entity in `file.go`, so virtual entities are supposed to be different from file entities.",
        "Yes, and some of them run the old build.",
        "Some of these tests are flaky on Windows.",
        "Am I missing some clever trick in this function?",
        "Your change probably breaks the `parse()` tests on Windows.",
        "I think the build may have been aborted by the runner in `ci.yml`.",
        "She no longer worries about whether or not the report is done.",
        "Although he appears busy at his desk, the tickets pile up.",
        "How many times do I have to ask for the notes?",
        "There were too many flaky tests to ship on Friday.",
        "How is the cache supposed to expire?",
        "You were supposed to send the invoices on Friday, and they went out on Monday.",
        "Until the fix ships, it's probably best to wait.",
        "I found some glaring errors in her report.",
        "For some reason the build fails on Windows.",
        "Put the helper in some other file.",
        "Perhaps a u64 or some more precise type for this counter.",
        "We can switch to whichever font someone suggests.",
        "Wget allows for some type of compressed download.",
        "The README suggested a clean install first.",
        "It might be cleaner to move the cache into its own module.",
        "Wrap the read in a retry, and the same for every other call that might time out.",
        "I'm probably wrong, but the cache looks stale to me.",
        "I probably missed a step in the setup.",
        "The launch could be a big win if the team keeps to the plan.",
        "The patch seems to hold up. Tried it on the staging box with the old config.",
        "It could be simpler to pin the version.",
        "We ship the sample configs, whether anyone uses them or not.",
        "A user posted the same crash on the mailing list; there might be logs in that post.",
        "The cron job could have deleted the temp files before the backup ran.",
        "You may want to rename this.",
        "Might want to pin the mirror in the install script.",
        "It is possible to pin the mirror with a flag.",
        "The same warning appears below the table after every run.",
        "Smith believes the bridge was finished in 1820.",
        "Priya suggested a process change that saved us hours.",
        "She claims the refund in March, as agreed.",
        "He goes well beyond what is expected of a new hire.",
        // What is asked of someone.
        "He would be expected to tighten his estimates.",
        "She ships more than is expected at her level.",
        "I don't know many people who run the nightly builds.",
        "The old site stayed up for many, many years.",
        "The tool has run for several years without a fix.",
        "I suggest that she takes the lead on the audit.",
        "I never question whether he has checked his sources.",
        // A guess about a thing in a reply.
        "@rui The real fix is probably a newer compiler on the runner. Waiting on the image update.",
        "The outage hit you and many more teams on Monday.",
        "Believe me, rewriting the scheduler takes longer than it looks.",
        "The build got slower for several reasons: a new linter, bigger fixtures and a cold cache.",
        "I restarted the worker. The queue will probably drain within the hour.",
        "Probably should add a metric for the retry count too.",
        // A modal with its subject left out, as in speech: a suggestion, not a claim.
        "Might be worth a line in the changelog.",
        "Could be a cleaner way, yes.",
        "Right, since we can't tell whether the parser sees a BOM there, we keep the slow path.",
        "Caching the tiles would help. Notably if two teams open the same map.",
        "The agent reads its config from a well known path under /etc.",
        "The patch is fine, and I also believe vendors should fund the project.",
        "If the flag is important to you, you can keep your own fork.",
        // A view whose holder is named is owned, whoever holds it.
        "They believe the project matters.",
        "I can't believe the installer still asks for a reboot.",
        "Open a PR if you believe the docs are wrong.",
        // A message that speaks as "I" and judges no one: a guess about a thing is honest.
        "I checked the schedule twice. The last train probably departs at ten.",
        "I see two cases here. Some teams might want a lock per file.",
        // The source follows in the next sentence.
        "Not sure. Shared logs are considered private records, so consent is needed. See the guidance at https://example.org/logs for the details.",
        // An amount, not a source: "some" after a verb in -ing.
        "This proposal adds a switch for hiding some generated columns in the export.",
        // A ranking the writer makes, and the writer's own standing.
        "Two years of waiting, and the export fix is far more important than the new theme.",
        "I had stopped tracking the vendor deal and seem no nearer to an answer.",
        "Sorry, probably Ana would review this better than me.",
    ],
}
