//! `hedge-softener`: softeners that bury the message ("just", "maybe", "kind of", "sorry to
//! bother"). "just in time" and "a just decision" are not softeners.
use crate::engine::vocab::words::List;
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::sentence::{word, Who};
use crate::engine::vocab::class;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::HedgeSoftener,
        category: Category::Hedging,
        severity: Severity::Note,
        what: "Softeners that bury the point (\"just\", \"maybe\", \"kind of\", \"sorry to bother\").",
        why: "One softener is polite; several make the request easy to miss or ignore. Radical Candor warns that softening until the message disappears is ruinous empathy.",
        source: "Kim Scott, Radical Candor; Tannen, Talking from 9 to 5 (hedging in workplace talk)",
        example: "Sorry to bother you, but maybe the tests could kind of be a bit faster?",
        instead: "Could you get the test suite under 2 minutes? It's blocking the merge queue.",
        known_false_positives: "Real uncertainty (\"maybe it is the cache\"). In a code thread, a question, or where you speak as \"I\" and judge no one, one softener is politeness (\"maybe add a comment\"); two, or an apology, are flagged.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: 0.0,
        challenge: -1.5,
        label: "softened message",
    },
    suggest: Some(suggest::remove::hedge),
    review_label: Some("nitpick (non-blocking)"),
};

/// Softeners that bury the message (a note: a little softening is fine, a lot hides the ask).
pub const PHRASES: &str = "\
just wanted|just wondering|just a thought|just a suggestion|maybe|kind of|kinda|sort of|sorta|\
a bit|a little bit|a little|i guess|sorry to bother|sorry to bug|sorry to be a pain|\
i'm not sure but|i'm not sure if|not sure if|not sure but|i could be wrong|i might be wrong|\
i may be wrong|this might be a dumb question|this may be a silly question|if that's ok|\
if that's okay|if that's ok with you|if that's okay with you|\
if that's alright with you|if that works for you|if you don't mind|no pressure|no big deal|it's probably nothing|somewhat|slightly|\
perhaps|i suppose|hopefully|i hate to say";

/// "just" as a softener: "I just wanted", "just a thought", "it's just that".
fn just_softens(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let prev = if i > 0 && d.tokens[i - 1].sentence == d.tokens[i].sentence {
        d.lower(i - 1)
    } else {
        ""
    };
    let next = d.lw(i + 1);
    // "just fucking think": an impatient intensifier, not a softener (profanity flags it).
    if crate::engine::vocab::words::List("fucking|freaking|frigging|bloody|damn|effing").contains(&next) {
        return false;
    }
    // "just a few tests fail": "only", before a count.
    // "just a bit later", "just a little over budget": "only".
    if next == "a" && crate::engine::vocab::words::List("few|couple|handful|bit|little").contains(&d.lw(i + 2)) {
        return false;
    }
    if crate::engine::vocab::words::List("in|now|like|as|because|before|after|enough|one|the|about|once|yet|right|fine").contains(&next) || crate::engine::vocab::words::List("a|the|more|most").contains(&prev)
    {
        return false;
    }
    // "when users just want the export to finish": someone else's plain wish, "simply" ("I
    // just want to say" still softens the writer's own point).
    let someone = crate::engine::vocab::words::List("you|they|he|she|people|users|everyone").contains(&prev);
    if someone && crate::engine::vocab::words::List("want|wants|need|needs|wanted|needed").contains(&next) {
        return false;
    }
    // "I just want the crash fixed", "we just need a release": "all I want is" (a wish for a
    // thing, which "just" limits); "I just wanted to say" still softens.
    if crate::engine::vocab::words::List("want|need").contains(&next) && d.lw(i + 2) != "to" {
        return false;
    }
    // "we're just going to argue in circles": "simply", resigned ("I'm just going to say it"
    // still softens what is said).
    if next == "going"
        && d.lw(i + 2) == "to"
        && !crate::engine::vocab::words::List("say|ask|mention|leave|add|point|note|suggest|throw").contains(&d.lw(i + 3))
    {
        return false;
    }
    // "I just confirmed it", "we just merged the fix": a moment ago ("I just wanted to" still
    // softens).
    let past = next.len() > 4 && next.ends_with("ed")
        || crate::engine::vocab::words::List("got|saw|found|made|did|ran|sent|pushed|put|built|wrote|tried|checked|noticed|realized|realised")
            .contains(&next)
        // "I just took the cluster offline": any past tense after a subject (the list is walked, so only
        // there).
        || crate::engine::vocab::words::List("i|we|you|he|she|they").contains(&prev)
            && suggest::replace::base_of_past(next).is_some();
    // "I've just seen it": "have" before it, a moment ago; "I just don't merge drafts": "simply",
    // a firm no.
    let perfect = prev.ends_with("'ve") || List("have|has|had").contains(&prev);
    if perfect || List("don't|do|didn't|can't|cannot|won't|never").contains(&next) {
        return false;
    }
    if past
        && !crate::engine::vocab::words::List("wanted|needed|thought|wondered|hoped|figured")
            .contains(&next)
    {
        return false;
    }
    // "just a thought" softens; "just a rename", "just a dump of the logs" mean "merely".
    if next == "a" || next == "an" {
        return crate::engine::vocab::words::List(
            "thought|suggestion|question|idea|nit|nitpick|quick|small|minor|heads|friendly|reminder|side|note|little|bit",
        )
        .contains(&d.lw(i + 2));
    }
    // ("Just saying, …" is a backhanded tag, not a softener: `backhanded` has it.)
    !next.starts_with("sayin") && crate::engine::vocab::words::List("i|we|i'm|we're|it's|was|i'd|i've|only|").contains(&prev) || crate::engine::vocab::words::List("wanted|want|wondering|checking|thought|thinking|curious|asking|quickly|minor|need|needs|maybe|my").contains(&next)
}

/// Is token `j` a comparative ("larger", "more", "fewer") or a number?
fn measured(cx: &Cx, j: usize) -> bool {
    let d = cx.doc;
    let Some(t) = d.tokens.get(j) else {
        return false;
    };
    if t.kind == crate::engine::text::TokenKind::Number {
        return true;
    }
    if t.kind != crate::engine::text::TokenKind::Word {
        return false;
    }
    let w = d.lower(j);
    // ("older", "wiser": five letters; "other", "eager" are no comparatives.)
    crate::engine::vocab::words::List("more|less|fewer|over|under|above|below|higher|lower|later|sooner").contains(&w) || (w.len() > 4
        && w.ends_with("er")
        && !crate::engine::vocab::words::List("other|either|neither|rather|whether|however|another|together|never|ever|over|under|after|number|order|user|paper|answer|matter|chapter|reviewer|further|water|power|offer|enter|inner|outer|upper|super|cover|owner|eager|sober|alter|clever|bitter|proper|tender").contains(&w))
}

/// A hedge that says something deleting it would lose: the writer's doubt about their own
/// standing ("I'm not sure whether we've met …"), a guess about the reader's mind ("I guess you can
/// agree"), options weighed ("perhaps A, perhaps B"), and for a degree (`degree`) the writer's
/// own state (`own_state`) or a view the writer grants ("I get that it could look a bit hasty",
/// up to a "but", after which a request is softened again).
#[inline(never)]
fn carries_meaning(cx: &Cx, a: usize, b: usize, degree: bool) -> bool {
    let d = cx.doc;
    let first = d.sentences[d.tokens[a].sentence].tokens.start;
    let turn = (first..a).rev().find(|&k| List("but|however|yet").contains(&d.lower(k)));
    let granted = (turn.unwrap_or(first)..a).any(|k| {
        List("admittedly|granted").contains(&d.lower(k))
            || List("understand|appreciate|get|realize|realise").contains(&d.lower(k))
                && List("i|we|do").contains(&d.lw(k.wrapping_sub(1)))
    });
    let own_doubt = (a..b).any(|k| d.lower(k) == "sure")
        && List("if|whether").contains(&d.lower(b.wrapping_sub(1)))
        && List("i|we|i've|we've|i'm|we're").contains(&d.lw(b));
    let their_mind = d.lower(a) == "i"
        && d.lw(b) == "you"
        && (b + 1..b + 3).any(|k| List("agree|see|understand|imagine|tell|know").contains(&d.lw(k)));
    let paired = b - a == 1
        && List("perhaps|maybe|possibly").contains(&d.lower(a))
        && (a.saturating_sub(6)..b + 6).any(|k| k != a && cx.same_sentence(a, k) && d.lw(k) == d.lower(a));
    // "The build fails here, so not sure if more tries help": a doubt the writer
    // draws from their own attempt.
    // "…, so I guess the proxy is fine": the writer's inference, drawn the same way.
    let concluded = (d.lower(a) == "i" || (a..b).any(|k| d.lower(k) == "sure"))
        && d.lw(a.wrapping_sub(1)) == "so";
    // "they maybe contact the vendor": a guess at what someone will do, as "might" is.
    let guess = List("maybe|perhaps").contains(&d.lower(a))
        && List("they|he|she|it|people|users").contains(&d.lw(a.wrapping_sub(1)))
        && d.is_word(b)
        && !List("should|could|would|can|need|needs|want|wants|is|are|was|were").contains(&d.lw(b));
    // "maybe you could help me there": a favour asked, politely.
    let favour = List("maybe|perhaps").contains(&d.lower(a))
        && List("you|someone|somebody|anyone").contains(&d.lw(b))
        && (b + 1..b + 4).any(|k| d.lw(k) == "help");
    // "I somewhat agree": how far the writer agrees, which is the point.
    let partly = degree && List("agree|disagree|agreed").contains(&d.lw(b));
    own_doubt || their_mind || paired || concluded || guess || favour || partly || degree && (granted || own_state(cx, a, b))
}

/// "the pace did slow a bit in the winter", "it lags a little when …": a degree after a
/// verb, before a time, a reason or the clause's end, says how much the verb did (after "is",
/// "seems" or "looks" it softens what follows instead). "it's a bit subtle, so …": a degree on
/// a thing's neutral quality describes it; no fault is softened.
fn how_much(cx: &Cx, a: usize, b: usize) -> bool {
    let d = cx.doc;
    // ("slowed down just a bit": the verb before "just".)
    let a = if d.lw(a.wrapping_sub(1)) == "just" { a - 1 } else { a };
    let prev = d.lw(a.wrapping_sub(1));
    let copula = List("is|are|was|were|be|been|being|'s|it's|seems|seem|looks|look|feels|feel|sounds|get|gets|got")
        .contains(&prev);
    let next = d.lw(b);
    let function = !d.is_word(b)
        || List("last|this|next|when|since|because|before|after|on|in|at|with|for|to|as|here|there|then|now|today|recently|lately|during|while|until|and|but|or|so|overall|too")
            .contains(&next);
    let thing = List("it's|it|this|that|that's|this's").contains(&prev)
        || List("is|was|looks|seems").contains(&prev) && List("it|this|that").contains(&d.lw(a.wrapping_sub(2)));
    let neutral = d.is_word(b) && !cx.is(b, class::NEGATIVE | class::SNEER | class::VERDICT | class::PROFANE);
    // ("could you split it a bit?": a request, softened.)
    // ("she should pause a bit": a next step, softened; "the chance to grow somewhat":
    // a forecast, hedged.)
    let first = d.sentences[d.tokens[a].sentence].tokens.start;
    // (In a criticism, "flounders a little in meetings" softens the fault: as `after_verb`.)
    let v = &cx.views[d.tokens[a].sentence];
    let asks = v.request
        || v.criticism && v.who != Who::Other
        || (first..a).any(|k| List("should|could|would|must|need|needs|can|please|let's|try|to|will|may|might").contains(&d.lower(k)));
    a > 0
        && cx.same_sentence(a - 1, a)
        && d.is_word(a - 1)
        && (!copula && function && !asks || thing && neutral && !v.criticism)
}

/// "I was somewhat surprised", "we're a little lost": a degree on the writer's own state of mind
/// or pace softens no point made to anyone (a feeling about someone's work, "a bit
/// disappointed", still does).
fn own_state(cx: &Cx, a: usize, b: usize) -> bool {
    let d = cx.doc;
    let (p1, p2) = (d.lw(a.wrapping_sub(1)), d.lw(a.wrapping_sub(2)));
    let subject = List("i'm|we're|im").contains(&p1)
        || List("was|am|were|are|feel|felt").contains(&p1) && List("i|we").contains(&p2);
    let state = crate::engine::vocab::words::List(
        "surprised|confused|puzzled|lost|curious|tired|rusty|busy|behind|sad|sorry|nervous|unsure",
    );
    // ("we're a little surprised that you skipped it", "a bit puzzled by your edits": a
    // challenge to someone, softened.)
    let someone = (b + 1..b + 4).any(|k| {
        cx.same_sentence(b, k)
            && crate::engine::vocab::words::List("you|your|he|she|they|his|her|their|him|them")
                .contains(&d.lw(k))
    });
    subject && state.contains(&d.lw(b)) && !someone
}

/// "this is kind of ugly", "a bit extreme here": a degree before a fault found in a thing (or in
/// the writer's own work) tempers a harsh judgement; without it the sentence is only harsher.
fn tempers_fault(cx: &Cx, a: usize, b: usize) -> bool {
    let d = cx.doc;
    // "a bit", "a little", "kind of", "sort of", "somewhat", …: the hits that open so.
    let degree = crate::engine::vocab::words::List("a|kind|kinda|sort|sorta|somewhat|slightly");
    let si = d.tokens[a].sentence;
    let about_thing = matches!(cx.views[si].who, Who::Other | Who::Writer)
        && !cx.sentence_has(si, word::THIRD_PERSON | word::NAME);
    // In a code thread any fault word ("pointless", "confusing"); elsewhere a harsh one only:
    // "the intro is slightly confusing" is a hedge on a point that should be made plainly.
    let mut harsh = class::SNEER | class::VERDICT | class::PROFANE;
    if cx.code_thread() || cx.tech() && cx.talk() {
        harsh |= class::NEGATIVE;
    }
    about_thing
        && degree.contains(&d.lower(a))
        && (b..b + 3).any(|k| cx.same_sentence(a, k) && cx.is(k, harsh))
}

/// In a code thread, "maybe add a comment" is ordinary politeness: keep the softeners of sentences
/// that stack two or more, and apologies before the point. `hits` is sorted by start.
fn buried(cx: &Cx, hits: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let d = cx.doc;
    let sentence = |h: &(usize, usize)| d.tokens[h.0].sentence;
    // An apology or a put-down of one's own question before the point buries it even alone:
    // "sorry to bother", "this might be a dumb question", "it's probably nothing", "i hate to".
    let preface = |&(a, b): &(usize, usize)| {
        crate::engine::vocab::words::List("sorry|this|it's").contains(&d.lower(a)) && b - a >= 3
            || d.lower(a) == "i" && d.lw(a + 1) == "hate"
    };
    // Longest first at each start: drop a hit inside the one before ("if that's okay" in "if
    // that's okay with you") so that one softener is not counted twice.
    let mut end = 0;
    let hits: Vec<(usize, usize)> = hits.into_iter().filter(|h| h.0 >= end && { end = h.1; true }).collect();
    let stacked = |h: &(usize, usize)| hits.iter().filter(|o| sentence(o) == sentence(h)).count() > 1;
    hits.iter().copied().filter(|h| stacked(h) || preface(h)).collect()
}

/// A softener softens something said to or about someone (`Cx::aimed_at_someone`: "you might
/// want to", "she is a bit late", "maybe just send it"), or opens with a ritual. "Maybe the cache
/// is stale", "I guess I'll retry tonight", "hopefully easy to build" size an honest guess about
/// a thing or the writer's own plan: nothing to say more plainly.
fn aimed(cx: &Cx, a: usize) -> bool {
    let d = cx.doc;
    // "I just wanted to say …", "sorry to bother you, but …": a ritual opener buries whatever
    // point follows.
    let opener = matches!(d.lower(a), "sorry" | "apologies")
        || d.lower(a) == "just" && matches!(d.lw(a + 1), "wanted" | "want") && d.lw(a + 2) == "to";
    opener || cx.aimed_at_someone(d.tokens[a].sentence)
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut last_end = 0;
    let mut hits: Vec<(usize, usize)> =
        cx.matches_of(RuleId::HedgeSoftener).map(|m| (m.start, m.end)).collect();
    let mut covered = vec![false; d.tokens.len()];
    for &(a, b) in &hits {
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    for i in cx.tokens_with(crate::engine::vocab::class::JUST) {
        if !covered[i] && just_softens(cx, i) {
            hits.push((i, i + 1));
        }
    }
    // "slightly larger", "somewhat more", "a little over 3": a degree before a comparative or a
    // number measures a difference; it doesn't soften the message.
    hits.retain(|&(a, b)| {
        let d = cx.doc;
        let degree = (b - a == 1 && crate::engine::vocab::words::List("slightly|somewhat|marginally").contains(&d.lower(a)))
            || (b - a == 2 && d.lower(a) == "a" && matches!(d.lower(a + 1), "little" | "bit"));
        // "this kind of project", "what sort of test": a type, not a softener.
        // "kind of you to help": thanks, not a softener.
        let thanks = d.lower(a) == "kind" && crate::engine::vocab::words::List("you|him|her|them").contains(&d.lw(b));
        let kind = thanks
            || b - a == 2
            && matches!(d.lower(a), "kind" | "sort")
            && a > 0
            && crate::engine::vocab::words::List(
                "this|that|what|which|the|a|any|some|every|each|no|one|same|these|those|your|our|my|his|her|their|two|three|several|many|all|other|another|different|similar|certain",
            )
            .contains(&d.lower(a - 1));
        // "(slightly) more consistent": the parenthesis closes before the comparative.
        // "it speeds up the start somewhat, so …", "that helps a bit.": after the verb, how much
        // it does, not a softened judgement.
        let after_verb = || {
            a > 0
            && b - a == 1
            && !cx.views[d.tokens[a].sentence].criticism
            && d.is_word(a - 1)
            && (!d.is_word(b) || crate::engine::vocab::words::List("and|but|or|so|therefore|because|since|though").contains(&d.lw(b)))
        };
        // "only a bit of slack left": an amount, said to be small; "a little while ago": a time.
        // "even if somewhat limited", "albeit a bit slow": a degree in a concession measures
        // what is granted; without it the concession grows harsher.
        let only = || a > 0 && d.lower(a - 1) == "only" || d.lw(b) == "while"
            || List("albeit|if|though").contains(&d.lw(a.wrapping_sub(1)));
        let measures = || {
            measured(cx, b)
                || d.lw(b) == ")" && measured(cx, b + 1)
                || after_verb()
                || only()
                || how_much(cx, a, b)
        };
        // "the fix will hopefully land next week": a hope about what will happen, which
        // deleting would turn into a promise.
        // ("hopefully it will be fixed …": the hope opens the clause it is about.)
        let modal = |k: usize| {
            cx.same_sentence(a, k)
                && crate::engine::vocab::words::List("will|'ll|would|should|can|could").contains(&d.lw(k))
        };
        // ("Hopefully she will grow into the role" still softens a verdict on her.)
        let thing = crate::engine::vocab::words::List("it|this|that|the|these|those|it'll|this'll|that'll")
            .contains(&d.lw(a + 1));
        let hope = d.lower(a) == "hopefully"
            && (a > 0 && modal(a - 1)
                || thing && (a + 1..a + 4).any(|k| modal(k) || d.lw(k).ends_with("'ll")));
        // "Maybe I'm wrong, but …", "perhaps I misread it": a doubt of the writer's own
        // reading, which deleting would turn into a confession.
        let humble = matches!(d.lw(b), "i" | "i'm")
            && (b + 1..b + 3).any(|k| {
                crate::engine::vocab::words::List("wrong|mistaken|missing|misread|misunderstood|missed")
                    .contains(&d.lw(k))
            });
        !(kind || hope || humble || carries_meaning(cx, a, b, degree) || degree && measures() || tempers_fault(cx, a, b))
    });
    crate::sort::sort_by_key(&mut hits, |h| (h.0, std::cmp::Reverse(h.1)));
    // A question already asks ("perhaps this file should go?"): one softener in it is a
    // tentative proposal, as in a code thread.
    if cx.code_thread() || cx.tech() && cx.talk() {
        hits = buried(cx, hits);
    } else {
        let asked = |h: &(usize, usize)| cx.facts[d.tokens[h.0].sentence].question;
        let kept = buried(cx, hits.iter().copied().filter(asked).collect());
        hits.retain(|h| !asked(h) || kept.contains(h));
    }
    // Three softeners in one sentence ("I think maybe we could perhaps …") bury it, whatever it
    // says; "if that works for you" speaks to the reader itself.
    let sentence = |a: usize| d.tokens[a].sentence;
    let stacked = |a: usize| hits.iter().filter(|o| sentence(o.0) == sentence(a)).count() > 2;
    let to_reader = |a: usize, b: usize| (a..b).any(|k| matches!(d.lower(k), "you" | "your"));
    for &(a, b) in &hits {
        let kept = || stacked(a) || to_reader(a, b) || aimed(cx, a);
        if a < last_end || cx.evidence_follows(a) || !kept() {
            continue;
        }
        last_end = b;
        out.push(cx.quoted(&RULE, a, b, "softens the message; say it plainly"));
    }
}

crate::rule_tests! {
    rule: HedgeSoftener,
    fires: [
        "Hopefully he will speak up more in planning next quarter.",
        "The intro is slightly confusing.",
        "I'm a little worried about the deadline.",
        "I just wanted to say the report was late.",
        "I'm just going to say it: the report was late.",
        "Sorry to bother you, but the docs are out of date.",
        "It's kind of confusing.",
        "It's a bit confusing for new users.",
        "Her work suffers just a little when she rushes.",
        "The report is a bit late again.",
        "Now and then he is a little careless with his sources.",
        "Maybe the `retry()` loop could kind of be shorter?",
        "Sorry to bother you, but the `parse()` call fails on Windows."
    ],
    quiet: [
        // How far the writer agrees is the point.
        "Well, I somewhat agree with Sam on this one.",
        // A favour asked of the reader, politely.
        "I do not see a neat fix, maybe you could help me there.",
        // A degree in a concession, and before a short comparative: how much, not a softener.
        "His designs are sound, albeit somewhat plain.",
        "She is a little newer to the codebase than the rest of the team.",
        // A span of time.
        "I reviewed your draft a little while ago and left notes.",
        "Leave the ticket open; the patch will hopefully ship with the next minor release.",
        "Keep this on the board; hopefully the fix will ship in 3.2.",
        "I just took your old cluster offline for the night.",
        "Maybe the cache is stale after the upgrade.",
        "I guess I'll retry the upload tonight.",
        "Just freaking restart the service before you file this.",
        "It is odd, since all you just want is a green build.",
        "Users just want the export to finish.",
        "Just a few tests fail on Windows.",
        // A message about software that speaks as "I" and judges no one: one softener is
        // politeness.
        "I ran the build twice. Maybe the cache is cold on the first run.",
        "I guess this test broke with my last commit.",
        "She would do well on a team that ships this kind of project every month.",
        "What sort of test would catch it?",
        "perhaps the old installer should be removed from here?",
        "Should we just drop these two sections?",
        "I just confirmed that the nightly build passes again.",
        "Honestly we're just going to keep arguing in circles.",
        "There are two kind of tests here, unit and end-to-end.",
        "The new index is slightly larger than the old one.",
        "It keeps the API (slightly) more consistent with the other fields.",
        "It will happen anyway, just a bit later.",
        "Latency went up somewhat more after the change.",
        "Your patch trims the startup somewhat, so let's keep it.",
        "The fix landed just in time.",
        "It is kind of you to help.",
        "It was a just decision.",
        "Maybe add a comment above `parse()` that says why.",
        "Let's split this function in `io.rs`, if that's okay with you.",
        "Honestly, this parser is kind of ugly.",
        "These `Calendar` objects seem somewhat pointless to me.",
        "It's just a rename of the build id.",
        "He is just a joy to be around.",
        "The build passed.",
        // How much a verb did, said after it.
        "The release pace did slow a bit in the winter, but the summer was busy.",
        // A thing's neutral quality, and a doubt drawn from the writer's own attempt.
        "Your fix looks right. Add a comment, as it's a bit subtle.",
        "Your plugin won't load on my box, so not sure if more tries would help.",
        // A guess at what someone will do.
        "Ask the board; they maybe approve it on Monday if you explain.",
        // "have just seen": a moment ago; "just don't": a firm "simply"; "so I guess": the
        // writer's inference.
        "I've just seen your reply and I agree with the plan, the notices are too noisy.",
        "I just don't think your patch is ready for the release.",
        "The mirror was slow, so I guess your proxy is the problem."
    ],
}
