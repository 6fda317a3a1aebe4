//! A hedged claim ("she seems a bit emotional", "possibly caused by the cache") is not made
//! stronger by deleting its hedge: the rewrite asks for the evidence instead, as an example
//! sentence after it ("For example, in [when], she [what she did]."). Only claims about a person
//! or a cause: softeners on a request ("could you maybe …") or on a view of the work ("it's kind
//! of confusing") may simply go; that is `remove::hedge`'s job.
use super::body::Body;
use super::cx::Cx;
use super::edit::sugg;
use super::voice::{examples_for, Person, Voice};
use crate::engine::case::Case;
use crate::engine::model::{Category, Finding, RuleId, Suggestion};
use crate::engine::sentence::Who;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{
    class, List, FEELINGS, FEELING_NOUNS, FEELING_SKIP, FEELING_VERBS, NOT_A_GUESS, REACTIONS,
};

/// Hedges of certainty: deleting one turns "seems" into "is".
const CERTAINTY: List = List(
    "\
seems|seem|seemed|appears|appear|appeared|seems to|seem to|appears to|appear to|appeared to|\
tends to|tend to|tends|tend|may|might|could be|possibly|probably|likely|perhaps|maybe|apparently|\
supposedly|arguably|presumably|allegedly|believe|believes|considered|is considered|regarded|\
regarded as|widely regarded as|is thought|a bit|a little|a little bit|kind of|sort of|somewhat|\
slightly|i guess|it is likely|it is possible",
);

/// Is `phrase` a hedge of certainty (not a politeness softener like "just" or "sorry to")?
pub(crate) fn hedges_certainty(phrase: &str) -> bool {
    CERTAINTY.contains(&phrase)
}

/// A guess at a fact: a hedge of knowledge ("seems", "probably", "might"; not of degree or
/// politeness) in a sentence that neither judges (a view the writer can own by dropping the
/// hedge: "the docs seem rushed"), nor is about a person, nor advises ("should", "could").
pub(crate) fn guessed_fact(cx: &Cx, b: &Body, phrase: &str) -> bool {
    let d = &cx.doc;
    let Some(view) = cx.view_at(b.start) else {
        return false;
    };
    let rates = class::POSITIVE | class::NEGATIVE | class::TRAIT | class::SNEER | class::VERDICT;
    let mut words = 0;
    for k in cx.tokens_in(b.start, b.end) {
        let w = d.lower(k);
        words += d.is_word(k) as usize;
        // "cleaner to write", "simpler than": a comparison is a view.
        let comparative = w.ends_with("er") && matches!(d.lw(k + 1), "to" | "than");
        if NOT_A_GUESS.contains(&w) || crate::engine::vocab::flags_of(w) & rates != 0 || comparative
        {
            return false;
        }
    }
    // "Probably.", "seems possible that:" and a list, an aside in brackets: no claim of its
    // own to back.
    let body = cx.text[b.start..b.end].trim_end();
    epistemic(phrase)
        && !view.praise
        && !view.criticism
        && view.who == Who::Other
        && words >= 6
        && !body.starts_with('(')
        && !body.ends_with(':')
}

fn epistemic(phrase: &str) -> bool {
    hedges_certainty(phrase) && !DEGREE.contains(&phrase)
}

/// Would deleting the hedge `f` harm the sentence: state a guess about someone's feelings as a
/// fact, or make a label of them harsher ("She seems disorganized" → "She is disorganized")?
/// Then the evidence is the hedge's only fix.
pub(crate) fn plain_harms(cx: &Cx, b: &Body, f: &Finding) -> bool {
    let Some(v) = cx.view_at(b.start) else {
        return false;
    };
    // (A name alone may be a place or a chemical in an article: only with a label of them.)
    let label = v.label.is_some()
        || cx
            .spans_in(b.start, b.end)
            .any(|s| s.3 == RuleId::PersonalLabel);
    let person = matches!(v.who, Who::Person | Who::Reader) || v.named.is_some() && label;
    let k = hedged_word(cx, f);
    let flags = crate::engine::vocab::flags_of(cx.doc.lw(k));
    // ("She seems unwilling": a word the label card names, trait list or not.)
    let named = v.label.is_some_and(|l| (l.start..l.end).contains(&k));
    let labelled = v.criticism && (flags & class::TRAIT != 0 || named);
    // "She is somewhat reliable": a rating, calibrated; without "somewhat" it is a better one.
    let hedge = cx.doc.lw(cx.tokens_in(f.start, f.end).start);
    let rated = v.praise
        && flags & (class::POSITIVE | class::TRAIT) != 0
        && List("somewhat|slightly|fairly|reasonably|moderately|relatively|mostly")
            .contains(&hedge);
    // "He seems to have an uneven work ethic": a guess at someone's character, which without
    // the hedge becomes a verdict on it.
    let after = cx.tokens_in(f.end, cx.text.len()).start;
    let character = v.criticism
        && (after..after + 6).any(|k| {
            List("ethic|attitude|temper|personality|mindset|character|nature|disposition")
                .contains(&cx.doc.lw(k))
        });
    // "He reportedly said something rude": without the hedge, hearsay becomes the writer's own
    // claim.
    let hearsay = List("reportedly|allegedly|apparently|supposedly").contains(&hedge);
    person && (labelled || rated || character || hearsay || guesses_a_feeling(cx, f))
}

/// The token a hedge qualifies: the first after it that is not "to", "be", a degree word or
/// an adverb ("seems easily distracted").
fn hedged_word(cx: &Cx, f: &Finding) -> usize {
    let mut k = cx.tokens_in(f.end, cx.text.len()).start;
    while FEELING_SKIP.contains(&cx.doc.lw(k))
        || cx.doc.lw(k).len() > 5 && cx.doc.lw(k).ends_with("ly")
    {
        k += 1;
    }
    k
}

/// "She seems content in the role", "he appears to lack interest": a guess at how someone feels.
/// Deleting the hedge states the writer's guess about another's mind as a fact; only what
/// they saw (or asking the person) backs it.
fn guesses_a_feeling(cx: &Cx, f: &Finding) -> bool {
    let k = hedged_word(cx, f);
    let w = cx.doc.lw(k);
    FEELINGS.contains(&w)
        || FEELING_VERBS.contains(&w)
        || matches!(w, "lack" | "lacks") && FEELING_NOUNS.contains(&cx.doc.lw(k + 1))
}

/// Hedges of degree ("kind of", "a bit"): they soften how much, not whether.
pub(crate) const DEGREE: List =
    List("kind of|sort of|a bit|a little|a little bit|somewhat|slightly");

/// The evidence to add after a hedged claim, or None when the sentence asks for something (a
/// softened request loses nothing when its softener goes).
pub(crate) fn backing(cx: &Cx, b: &Body) -> Option<Suggestion> {
    let si = cx.sentence_of(b.start)?;
    let view = cx.views.get(si)?;
    if crate::engine::sentence::writer_plans(&cx.doc, si) {
        return None;
    }
    // "I just wanted to mention that the notes were kind of thin": a writer who only says or
    // reacts is not what the claim is about.
    // In a thread that reviews no one, "they probably used the old SDK" or "I haven't had it
    // since, probably" guesses at a fact: what it rests on backs it, no incident of anyone's.
    let thread = view.named.is_none() && !cx.speaks_of_he_she() && (cx.tech() || cx.replies());
    // ("maybe because you're on the old runner" guesses at a cause: no incident of the reader's.)
    if thread && (matches!(view.who, Who::Person | Who::Writer) || names_a_cause(cx, b)) {
        return backed(cx, b, true);
    }
    let about_person = match view.who {
        Who::Other => view.named.is_some(),
        Who::Writer => writer_acts(cx, b) || view.named.is_some(),
        _ => true,
    } || mentions_person(cx, b);
    if !about_person && !names_a_cause(cx, b) && !harsh_verdict(cx, b, view) {
        return None;
    }
    claim_backing(cx, b)
}

/// "The shim seems like a crazy hack", "possibly the whole folder is pointless": a verdict on
/// a thing with a harsh word, the writer's view of no one's. Its hedge is its only courtesy:
/// deleting it makes the verdict harsher, not clearer ("the docs seem rushed" is owned by
/// dropping it), so what the verdict rests on comes first.
fn harsh_verdict(cx: &Cx, b: &Body, v: &crate::engine::sentence::SentenceView) -> bool {
    let d = &cx.doc;
    // ("might fail", "probably the wrong flag": a likely fact, not a put-down.)
    let harsh = |k: usize| {
        crate::engine::vocab::flags_of(d.lw(k)) & (class::SNEER | class::VERDICT) != 0
            && !List("wrong|fail|fails|failure|broken").contains(&d.lw(k))
            // ("maybe a silly question", "probably a dumb idea": the writer's own, played down.)
            && !List("question|questions|idea|guess").contains(&d.lw(k + 1))
    };
    // ("Maybe I'm wrong", "our naming is probably bad": the writer's own.)
    let own = |k: usize| {
        List("i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our|me|us|let's")
            .contains(&d.lower(k))
    };
    let words = cx.tokens_in(b.start, b.end);
    !v.praise && words.clone().any(harsh) && !words.clone().any(own)
}

/// `backing` for any claim, about a person or not: the evidence is the only fix a hedge that
/// carries the sentence's verb ("is expected", "could have") can take.
pub(crate) fn claim_backing(cx: &Cx, b: &Body) -> Option<Suggestion> {
    backed(cx, b, false)
}

/// The evidence for a guessed fact (`guessed_fact`): what it rests on, never an incident of
/// someone's.
pub(crate) fn guess_backing(cx: &Cx, b: &Body) -> Option<Suggestion> {
    backed(cx, b, true)
}

fn backed(cx: &Cx, b: &Body, guess: bool) -> Option<Suggestion> {
    let si = cx.sentence_of(b.start)?;
    let view = cx.views.get(si)?;
    if view.request || cx.text[b.content_end.min(b.end)..b.end].contains('?') {
        return None;
    }
    // "He may have a problem with deadlines. He has missed four of the last six.": the
    // evidence is the next sentence.
    if let Some(s) = shown_next(cx, si) {
        return Some(s);
    }
    if hypothetical(cx, b) {
        return None;
    }
    let v = Voice::of(cx, b);
    let ex = examples_for(cx, &v);
    // In a thread about code the writer explains their own work ("I guess it already has
    // 'staging' in it"): what backs the claim is evidence, not an incident of theirs.
    // Nor is a claim about the design or a tool ("It would seem that two modes are needed")
    // one about what the reader did.
    let own_work = (v.person == Person::Writer || view.who == Who::Other) && cx.tech();
    // An incident backs a judgement ("she seems disorganised"); the writer's own guess that
    // judges no one ("we seem to miss check-ins because of the tool") what points to it.
    let judges =
        (view.praise || view.criticism || v.person != Person::Writer) && !of_a_thing(cx, si);
    let example = match v.person {
        _ if guess || own_work || !judges || v.person == Person::Nobody => {
            format!(" I say this because [evidence, e.g. {}].", ex.evidence)
        }
        _ => format!(
            " For example, in [when, e.g. {}], {} [{}, e.g. {}].",
            ex.situation,
            v.name,
            v.what_did(),
            // "She has been important for the team" praises, in words the sentiment lists
            // leave unrated.
            if !view.criticism && (view.praise || puffs(cx, b)) {
                ex.good
            } else {
                ex.slip
            }
        ),
    };
    if cx.article() {
        return Some(source(cx, b));
    }
    let (at, end, lead) = super::edit::close_at(cx.text, b);
    Some(sugg(
        "Add what you saw (keeps the claim honest)",
        at,
        end,
        super::edit::joined(lead, &example),
    ))
}

/// "This seems like the problem Dana raised": the claim is about a thing, and a person
/// is named only after its verb; what backs it is evidence, not something they did ("Her
/// code seems rushed" names her before it).
fn of_a_thing(cx: &Cx, si: usize) -> bool {
    use crate::engine::sentence::word;
    let d = &cx.doc;
    let toks = d.sentences[si].tokens.clone();
    let verb = toks.clone().find(|&k| {
        List("seems|seem|seemed|appears|appear|appeared|looks|is|are|was|were")
            .contains(&d.lower(k))
    });
    // ("It does seem she meant …": "it" stands for the clause about her.)
    let person = |k: usize| cx.has(k, word::THIRD_WORD) || cx.has(k, word::NAME);
    cx.views[si].who == Who::Other
        && verb.is_some_and(|v| {
            let next = if d.lw(v + 1) == "that" { v + 2 } else { v + 1 };
            !((toks.start..v).any(person) || next < toks.end && person(next))
        })
}

/// An article's claim is backed by its source, cited before its full stop ("Historians think
/// the fort is Roman [source, e.g. …]."), not by an incident of whoever it names.
pub(crate) fn source(cx: &Cx, b: &Body) -> Suggestion {
    let at = cx.text[..b.content_end.min(b.end)].trim_end().len();
    let source = " [source, e.g. Smith (2004), p. 12]";
    sugg("Add the source", at, at, source.to_string())
}

/// "important", "influential": a word of puffery praises, though no sentiment list rates it.
fn puffs(cx: &Cx, b: &Body) -> bool {
    cx.tokens_in(b.start, b.end)
        .any(|k| crate::engine::vocab::words::PUFFERY_ADJECTIVES.contains(&cx.doc.lower(k)))
}

/// A guess at what someone else wants ("she seems unlikely to want a bigger role", "he probably
/// isn't interested in leading"): only they know, so the fix is to ask them.
pub(crate) fn ask_about_wish(cx: &Cx, b: &Body) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    // A wish about a career ("want a lead role", "interested in management"), not about a
    // thing ("interested in my notes").
    let career = |k: usize| {
        List(
            "role|position|promotion|promoted|career|management|manager|lead|leading|move|grow|ladder|level|title|responsibilities",
        )
        .contains(&d.lower(k))
    };
    let wish = toks.clone().any(|k| {
        List("want|wants|interested|ambition|ambitions|aspire|aspires|keen").contains(&d.lower(k))
            && (k + 1..(k + 6).min(toks.end)).any(career)
    });
    if !wish || cx.text[b.start..b.end].contains('?') {
        return None;
    }
    let v = Voice::of(cx, b);
    if v.person != Person::Third {
        return None;
    }
    let (them, their) = (v.object(), v.possessive());
    let (at, end, lead) = super::edit::close_at(cx.text, b);
    let ask = format!(" I'll ask {them} about {their} goals in our next one-on-one.");
    Some(sugg(
        "Ask instead of guessing",
        at,
        end,
        super::edit::joined(lead, &ask),
    ))
}

/// No fact to back: a hypothetical ("that's probably where it would come in", "if we …"),
/// advice ("might benefit from"), an option offered to the reader ("I guess you can use it"),
/// or a sentence that ends inside an aside the evidence would be written into ("(I guess you
/// could :-)").
fn hypothetical(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    // "even if she is a bit bossy" concedes a fact; "if we split it" supposes one.
    let conditional = toks.clone().any(|k| match d.lower(k) {
        "would" | "wouldn't" => true,
        "if" => k == 0 || !matches!(d.lower(k - 1), "even" | "as"),
        // "he might even benefit from leading it": advice, not a claim.
        "benefit" => List("might|may|could|even").contains(&d.lw(k.wrapping_sub(1))),
        _ => false,
    });
    let offered = toks.clone().any(|k| {
        d.lower(k) == "you" && List("can|could|may|might|should|can't").contains(&d.lw(k + 1))
    });
    let body = &cx.text[b.start..b.content_end.max(b.start)];
    let open_aside = body.matches('(').count() > body.matches(')').count();
    conditional || offered || open_aside
}

/// Advice: "she should maybe consider another role", "he could perhaps try to speak up",
/// "we should consider moving it a little", "you might want to". A past incident backs no
/// advice, so the hedge `f` on it just goes. Only a modal beside the hedge: in "it seems that
/// he is not a fit and should move teams" the hedge carries a judgement of its own; and a
/// modal before anything else ("he might be a bit disorganised", "it could possibly cause a
/// crash") makes a claim to back.
pub(crate) fn advises(cx: &Cx, b: &Body, f: &Finding) -> bool {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    let hedge = cx.tokens_in(f.start, f.end);
    let near = hedge.start.saturating_sub(3).max(toks.start)..(hedge.end + 3).min(toks.end);
    let end = toks.end;
    near.into_iter().any(|k| match d.lower(k) {
        "should" | "ought" | "let's" => true,
        "could" | "might" | "may" => {
            // The verb, past adverbs and hedges ("could perhaps try", "might just want").
            let mut j = k + 1;
            while j < end && (d.lw(j).ends_with("ly") || List(ADVICE_SKIP).contains(&d.lw(j))) {
                j += 1;
            }
            // "Tomas could probably take the calls": what someone could do is advice.
            let someone = List("he|she|they|you|we").contains(&d.lw(k.wrapping_sub(1)))
                || cx.has(k.wrapping_sub(1), crate::engine::sentence::word::NAME);
            List(ADVICE_VERBS).contains(&d.lw(j))
                || d.lower(k) == "could"
                    && someone
                    && d.is_word(j)
                    && !List(STATE_VERBS).contains(&d.lw(j))
        }
        _ => false,
    })
}

/// Verbs of a state or a guess after "could" ("she could be", "he could seem"): a claim.
const STATE_VERBS: &str =
    "be|have|seem|appear|look|sound|feel|get|become|come|mean|cause|lose|fail|break";

/// Words between a modal and its verb.
const ADVICE_SKIP: &str = "not|also|just|perhaps|maybe|still|even|then|n't";
/// Verbs that make "could", "might" or "may" advice rather than a guess ("might want to").
const ADVICE_VERBS: &str = "want|wish|consider|try|benefit|focus|aim|start|work|use|help";

/// "The cache is kind of slow, because it rebuilds the index on every read": the reason follows
/// the hedged claim about a thing, so the evidence would repeat it. ("probably because of the
/// cache" guesses at the cause itself, and still asks; so does a claim about a person, whose
/// hedge is all that keeps "she seems disorganised" from being a label.)
pub(crate) fn reason_follows(cx: &Cx, b: &Body, f: &Finding) -> bool {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.end, b.end);
    let first = toks.start;
    cx.view_at(b.start).is_some_and(|v| v.who == Who::Other)
        && !mentions_person(cx, b)
        && toks
            .into_iter()
            .any(|k| k > first && d.lower(k) == "because" && d.lw(k + 1) != "of")
}

/// "caused by", "because of", "due to", "led to": the sentence claims a cause.
fn names_a_cause(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    cx.tokens_in(b.start, b.end).any(|k| {
        matches!(
            (d.lower(k), d.lw(k + 1)),
            ("caused", _) | ("because", _) | ("due", "to") | ("led", "to") | ("blame", _)
        )
    })
}

/// The example that makes a judgement specific, as a sentence to add after it, in the draft's
/// person: " For example, in [when], Sam [what Sam did], which [impact]." for praise; criticism
/// adds its impact and a next step. The rules stay quiet about a judgement that an example
/// follows (`Cx::evidence_follows`). `v` is the voice of the sentence body (`Voice::of`), which
/// the caller has already worked out; `lead` goes first (the full stop the body lacks).
/// A sentence in which the writer already recommends what happens next ("I recommend that we
/// move him to support") gets no next step of the person's own.
fn example(cx: &Cx, b: &Body, v: &Voice, praise: bool, lead: &str) -> String {
    let v = &acting(cx, b, v.clone());
    let ex = examples_for(cx, v);
    let (did, impact) = if praise {
        (ex.good, ex.good_impact)
    } else {
        (ex.slip, ex.slip_impact)
    };
    let join = if praise { "which" } else { "and" };
    // "He is a decent, average worker": a faint verdict ("above average" is not); an impact hint
    // such as "cut their setup time in half" would make it read as a glowing one.
    let faint = praise
        && cx.tokens_in(b.start, b.end).any(|k| {
            List("decent|okay|adequate|adequately|satisfactory|acceptable|average|typical|mediocre")
                .contains(&cx.doc.lower(k))
                && cx.doc.lw(k.wrapping_sub(1)) != "above"
        });
    let mut s = match v.person {
        Person::Third | Person::Reader if faint => format!("{lead} For example, in [when, e.g. {}], {} [{}, e.g. {did}], which [impact].", ex.situation, v.name, v.what_did()),
        Person::Nobody if praise => format!("{lead} For example, [what was good, e.g. {}], which [impact, e.g. {impact}].", ex.good_thing),
        Person::Nobody => format!("{lead} For example, in [when, e.g. {}], [what happened, e.g. the team {did}], and [impact, e.g. {impact}].", ex.situation),
        _ => format!("{lead} For example, in [when, e.g. {}], {} [{}, e.g. {did}], {join} [impact, e.g. {impact}].", ex.situation, v.name, v.what_did()),
    };
    if !praise && !recommends(cx, b) && !step_follows(cx, b) && !rules_out_future(cx) {
        s.push_str(&super::structure::next_step_for(cx, v));
    }
    s
}

/// "I'd never hire him again", "she should not be rehired", "he was let go": the
/// writer rules out a future with the person, so no example asks them for a next step.
pub(crate) fn rules_out_future(cx: &Cx) -> bool {
    let d = &cx.doc;
    closes_thread(cx)
        || (0..d.tokens.len()).any(|k| {
            let w = d.lower(k);
            let ended = List("rehired|rehire|employed|retained|fired|dismissed|terminated")
                .contains(&w)
                && List("be|been|was|were|is").contains(&d.lw(k.wrapping_sub(1)))
                && (w == "fired"
                    || w == "dismissed"
                    || w == "terminated"
                    || List("not|never|n't").contains(&d.lw(k.wrapping_sub(2)))
                    || d.lw(k.wrapping_sub(2)).ends_with("n't"));
            let never = w == "never"
                && List("work|hire|rehire|employ|recommend|use|want").contains(&d.lw(k + 1))
                && (k + 2..k + 8).any(|j| d.lw(j) == "again");
            // "we should terminate the contract", "we should fire him".
            // (In code, "terminate the worker" ends a process, not the work together.)
            let parting = !cx.code_like && List("terminate|terminating|termination").contains(&w)
                || List("fire|firing").contains(&w) && List("him|her|them").contains(&d.lw(k + 1));
            ended
                || never
                || parting
                || (w, d.lw(k + 1)) == ("let", "go")
                    && List("was|were|been|be").contains(&d.lw(k.wrapping_sub(1)))
        })
}

/// "Closing.", "Locking this thread.", "I'm closing this issue.": the writer ends the exchange
/// in its last sentence; a next step or a coaching question would reopen it.
fn closes_thread(cx: &Cx) -> bool {
    let d = &cx.doc;
    let Some(last) = d.sentences.last() else {
        return false;
    };
    let mut words = last.tokens.clone().filter(|&k| d.is_word(k));
    // (Only the writer's own "I'm", "I'll", "I am" before it: "we should close" proposes.)
    let lead = List("i'm|i'll|i|am|will|so|ok|okay");
    let closing = List("closing|closed|locking|locked|close|lock");
    let rest = List("this|the|issue|thread|ticket|pr|now|it|as|for|here");
    last.tokens.len() <= 7
        && words
            .find(|&k| !lead.contains(&d.lower(k)))
            .is_some_and(|k| closing.contains(&d.lower(k)))
        && words.all(|k| rest.contains(&d.lower(k)))
}

/// "… often late. When I raised it, she agreed to send them on Fridays.", "… He will pair
/// with Ana on the next audits.": the next sentence is the next step, or one agreed on; a
/// second one from the template would compete with it.
fn step_follows(cx: &Cx, b: &Body) -> bool {
    let Some(si) = cx.sentence_of(b.start) else {
        return false;
    };
    if names_remedy(cx, si) {
        return true;
    }
    let (Some(next), Some(v)) = (cx.doc.sentences.get(si + 1), cx.views.get(si + 1)) else {
        return false;
    };
    let d = &cx.doc;
    // ("committed to the company" is loyalty, not a plan.)
    v.request
        || next.tokens.clone().any(|k| {
            List("agreed|agrees|committed|commits|promised|promises|pledged|vowed")
                .contains(&d.lower(k))
                && !(d.lw(k + 1) == "to"
                    && List("the|our|his|her|their|this|a|an|its|me|us").contains(&d.lw(k + 2)))
        })
}

/// "He could use more coaching on estimates", "she would benefit from a course on SQL": the
/// sentence names the help that is its next step; a template step would be a second one.
fn names_remedy(cx: &Cx, si: usize) -> bool {
    let d = &cx.doc;
    let help = List("training|coaching|mentoring|mentorship|practice|guidance|course|courses|classes|workshop|workshops|pairing|support|help");
    let r = d.sentences[si].tokens.clone();
    r.clone().any(|k| {
        let need = matches!(
            (d.lower(k), d.lw(k + 1)),
            ("could" | "can", "use") | ("would", "benefit")
        );
        need && (k + 2..(k + 7).min(r.end)).any(|j| help.contains(&d.lower(j)))
    })
}

/// "I recommend that …", "We advise against …": the writer says what should happen next.
fn recommends(cx: &Cx, b: &Body) -> bool {
    let si = cx.sentence_of(b.start);
    si.and_then(|si| cx.views.get(si))
        .is_some_and(|v| v.who == Who::Writer)
        && cx
            .tokens_in(b.start, b.end)
            .any(|k| List("recommend|advise|propose").contains(&cx.doc.lower(k)))
}

/// Does the writer say what they did or are ("I rushed the review", "I was rude to you")? Not
/// when they only react to something else ("ah, good point", "I like how it reads", "I'm sorry
/// this is confusing"): that example is of what happened, not of what the writer did.
pub(crate) fn writer_acts(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    cx.tokens_in(b.start, b.end).any(|k| {
        let mut j = k + 1;
        while List("just|really|also|do|don't|still|already|even|only|personally|would|can|can't|cannot|could|was|am|were")
            .contains(&d.lw(j))
        {
            j += 1;
        }
        let w = d.lower(k);
        crate::engine::sentence::pronoun(w) == Some(Who::Writer)
            && !matches!(w, "my" | "our")
            && d.is_word(j)
            && !REACTIONS.contains(&d.lw(j))
            // "I have no complaints about your work": the writer's verdict, not their deed.
            && !(matches!(d.lw(j), "have" | "had") && matches!(d.lw(j + 1), "no" | "nothing"))
    })
}

/// `v`, or nobody where the writer only reacts (`writer_acts`).
pub(crate) fn acting(cx: &Cx, b: &Body, v: Voice) -> Voice {
    if v.person != Person::Writer || writer_acts(cx, b) {
        return v;
    }
    Voice {
        person: Person::Nobody,
        name: String::new(),
        ..v
    }
}

/// `example` as a suggestion inserted after the sentence body `b`.
pub(crate) fn add_example(cx: &Cx, b: &Body, v: &Voice, label: &str, praise: bool) -> Suggestion {
    let (at, end, lead) = super::edit::close_at(cx.text, b);
    // "… struggles with new tools. Because of this, she may slip a grade.": the next sentence
    // points back at this one, so the example goes after it.
    let (at, end) = match after_pointer(cx, b) {
        Some(e) if (at, end, lead) == (b.end, b.end, "") => (e, e),
        _ => (at, end),
    };
    sugg(
        label,
        at,
        end,
        super::edit::joined(lead, &example(cx, b, v, praise, "")),
    )
}

/// The end of the sentence after `b` when it opens by pointing back ("This …", "Due to this",
/// "As a result", "So …") in the same paragraph and ends on a full stop.
pub(crate) fn after_pointer(cx: &Cx, b: &Body) -> Option<usize> {
    let d = &cx.doc;
    let si = cx.sentence_of(b.start)?;
    let next = d.sentences.get(si + 1)?;
    let k = next.tokens.start;
    // "This led to …", "That is why …": a pronoun, before its verb ("This quarter he …" and
    // "That said, …" point nowhere).
    // ("This would be expected to improve …", "Thus I'm not sure I'd promote him": a forecast
    // or the writer's conclusion, which reads best after the example.)
    let pronoun = List("this|that|these|those").contains(&d.lower(k))
        && List("is|was|are|were|has|had|have|led|leads|made|makes|means|meant|caused|causes|resulted|results|marked|shows|showed|also|alone|in")
            .contains(&d.lw(k + 1));
    let writer = (k + 1..k + 3).any(|j| List("i|we|i'm|we're|i'd|we'd").contains(&d.lw(j)));
    let points = pronoun
        || List("so|thus|therefore|hence").contains(&d.lower(k)) && d.lw(k + 1) != "far" && !writer
        || matches!(
            (d.lower(k), d.lw(k + 1), d.lw(k + 2)),
            ("due" | "because", "to" | "of", "this" | "that")
        )
        || (d.lower(k), d.lw(k + 1)) == ("as", "a") && d.lw(k + 2) == "result";
    let gap = cx.text.get(b.end..next.start)?;
    let ends = cx.text[..next.end].trim_end().ends_with('.');
    (points && !gap.contains('\n') && ends)
        .then(|| next.start + cx.text[next.start..next.end].trim_end().len())
}

/// `add_example` for finding `f`: in a sentence that turns, right after the side `f` is on
/// ("Dana knows the domain. For example, … But her execution is thin."); else after the sentence.
/// `split`: whether it went before the turn.
pub(crate) fn example_for(
    cx: &Cx,
    b: &Body,
    f: &Finding,
    v: &Voice,
    label: &str,
    praise: bool,
) -> (Suggestion, bool) {
    let ex = || example(cx, b, v, praise, "");
    // (With the next step in the next sentence, or no future with the person, the example asks
    // for none.)
    let label =
        if label == super::sbi::EXAMPLE_OF_SLIP && (step_follows(cx, b) || rules_out_future(cx)) {
            "Add an example: what happened and its impact"
        } else {
            label
        };
    let split = super::clause::example_in_concession(cx, b, f, praise, label, ex)
        .or_else(|| super::clause::example_before_turn(cx, b, f, praise, label, &v.name, ex));
    match split {
        Some(s) => (s, true),
        None => (add_example(cx, b, v, label, praise), false),
    }
}

/// "Some people feel his updates are …": a person named anywhere in the sentence.
fn mentions_person(cx: &Cx, b: &Body) -> bool {
    cx.tokens_in(b.start, b.end)
        .any(|k| List("you|your|you're|he|she|his|her|him|he's|she's").contains(&cx.doc.lower(k)))
}

/// "Sam's work has been sloppy. Last Tuesday he merged … without the tests, and checkout failed."
/// The vague criticism in sentence `si` is shown by the specific sentence after it, about the
/// same person: the label goes, and the example makes the point ("Last Tuesday Sam merged …").
/// Vague praise followed by its example ("Ana is committed to her clients. She took a customer's
/// call on a Sunday.") is joined to it with a colon, so the example reads as the evidence.
/// Asking for an example here would ask for what the writer already gave.
pub(crate) fn shown_next(cx: &Cx, si: usize) -> Option<Suggestion> {
    let d = &cx.doc;
    let (cur, next) = (d.sentences.get(si)?, d.sentences.get(si + 1)?);
    let (v, w) = (cx.views.get(si)?, cx.views.get(si + 1)?);
    let praise = v.praise && !v.criticism;
    let vague = (praise || v.criticism && !v.praise) && !v.specific && !v.request;
    // (A name after an opener counts: "This quarter, Kyle's work was good.")
    let about =
        matches!(v.who, Who::Person | Who::Reader) || v.named.is_some() && v.who == Who::Other;
    let gap = cx.text.get(cur.end..next.start).unwrap_or("\n");
    // Only a label goes, of the person or in a trait word ("Omar's handoffs are sloppy"): a
    // rating of the work ("Mina's work has been substandard") is the writer's conclusion,
    // which the example then backs.
    let trait_word = cur.tokens.clone().any(|k| {
        crate::engine::vocab::flags_of(cx.doc.lower(k)) & (class::TRAIT | class::POSITIVE)
            == class::TRAIT
    });
    let joins = praise || v.label.is_none() && !trait_word;
    // A joined claim may be long; a dropped one must be short (it takes nothing else with it).
    let long = cur.tokens.len() > if joins { 24 } else { 12 };
    if !vague || !about || w.request || long || gap.contains('\n') {
        return None;
    }
    // Its subject, or a subject after an opener ("Last Tuesday he merged …").
    let name = v
        .named
        .map(|k| d.raw(k).trim_end_matches("'s").trim_end_matches("’s"));
    let subject = w.subject.filter(|_| w.who == v.who).or_else(|| {
        next.tokens
            .clone()
            .take(6)
            .find(|&k| match (v.who, d.lower(k)) {
                (Who::Reader, w) => w == "you",
                (_, "he" | "she" | "they") => true,
                (_, w) => name.is_some_and(|n| n.eq_ignore_ascii_case(w)),
            })
    })?;
    // "Rina has struggled to settle in. She has sent reports with wrong totals.": a lapse told
    // as something done (not a full incident) still shows a claim that is no deed itself:
    // joined to it, or where the claim is a label ("Rina is careless."), in its place.
    let full = example_of(cx, si + 1, praise, subject)?;
    if !full && v.subject.is_some_and(|k| acts(cx, si, k)) {
        return None;
    }
    if joins {
        return joined(cx, cur.tokens.end - 1, next.tokens.start);
    }
    let label = "Drop the label: the next sentence shows what happened";
    // "he" in the example stood for the name the dropped sentence gave.
    let pronoun = matches!(d.lower(subject), "he" | "she");
    Some(match name {
        Some(name) if pronoun => sugg(
            label,
            cur.start,
            d.tokens[subject].end,
            format!("{}{name}", &cx.text[next.start..d.tokens[subject].start]),
        ),
        _ => sugg(label, cur.start, next.start, ""),
    })
}

/// Does sentence `si`, whose subject is token `subject`, show the claim before it? Praise by a
/// number or a thing done ("She took the Sunday call"), not by another claim ("he has been said
/// to be …") or a turn to a new point ("… but sometimes she leaves …"); criticism by a specific
/// lapse (read as criticism, or something left out: "without a review"): `Some(true)`, or by a
/// deed of the person's read as criticism ("She sent reports with wrong totals"): `Some(false)`.
/// Never when it opens another point ("Also she …"), nor fully when it is vague itself.
fn example_of(cx: &Cx, si: usize, praise: bool, subject: usize) -> Option<bool> {
    let d = &cx.doc;
    let (next, w) = (&d.sentences[si], &cx.views[si]);
    let vague = cx.spans_in(next.start, next.end).any(|&(s, _, c, _)| {
        s >= next.start && matches!(c, Category::Vague | Category::Personality)
    });
    let left_out = next.tokens.clone().any(|k| {
        List("without|not|never|didn't|missed|forgot|late|skipped|ignored|broke|failed")
            .contains(&d.lower(k))
    });
    if List("also|and|but|plus|additionally|moreover|furthermore|besides")
        .contains(&d.lw(next.tokens.start))
        || praise && vague
        || !praise && w.praise
    {
        return None;
    }
    if praise {
        return (acts(cx, si, subject) && !w.contrast && !left_out).then_some(true);
    }
    if !vague && w.specific && (w.criticism || left_out) {
        return Some(true);
    }
    // (The person as the subject: "His projects are late" is another point.)
    let person = List("he|she|they|you").contains(&d.lower(subject))
        || cx.has(subject, crate::engine::sentence::word::NAME) && !d.raw(subject).contains('\'');
    (person && w.criticism && !w.contrast && acts(cx, si, subject)).then_some(false)
}

/// Does sentence `si` tell of something its subject (token `subject`) did: a number or an
/// action verb, not a description ("she is …", "he has been …")?
fn acts(cx: &Cx, si: usize, subject: usize) -> bool {
    let d = &cx.doc;
    let verb = match d.lw(subject + 1) {
        "has" | "have" | "had" => d.lw(subject + 2),
        v => v,
    };
    !List("is|was|are|were|been|be|seems").contains(&verb)
        && d.sentences[si].tokens.clone().any(|k| {
            d.tokens[k].digit
                || d.tokens[k].kind == TokenKind::Number
                || crate::engine::vocab::flags_of(d.lower(k)) & crate::engine::vocab::class::ACTION
                    != 0
        })
}

/// "… her clients. She took …" → "… her clients: she took …": the full stop at token `stop`
/// becomes a colon before the next sentence's first word `first`, lowercased unless it is "I"
/// or a name.
fn joined(cx: &Cx, stop: usize, first: usize) -> Option<Suggestion> {
    let d = &cx.doc;
    if !matches!(d.lower(stop), "." | "!") || !d.is_word(first) {
        return None;
    }
    let word = d.raw(first);
    let keep = word == "I" || cx.has(first, crate::engine::sentence::word::NAME);
    let word = if keep {
        word.to_string()
    } else {
        word.lowercase()
    };
    Some(sugg(
        "Join the claim to the example that shows it",
        d.tokens[stop].start,
        d.tokens[first].end,
        format!(": {}", &word),
    ))
}
