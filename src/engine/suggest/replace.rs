//! Swapping a word for a precise one: absolutes → a time frame to fill, weasel words → an owner
//! or nothing, shouting → sentence case.
use super::edit::{cap_first, cap_if, sugg};
use super::evidence;
use super::remove::removal;
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Category, Finding, Suggestion};
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{
    List, AUXILIARIES, CLAUSE_CONJUNCTIONS, COMMON_SHORT_WORDS, DEGREE_WORDS, PUFFERY_ADJECTIVES,
    VAGUE_QUANTIFIERS,
};

/// End of the clause that follows byte `from` (next comma/semicolon/colon/dash, or the body end).
fn clause_end(cx: &Cx, b: &Body, from: usize) -> usize {
    let d = &cx.doc;
    for k in cx.tokens_in(from, b.content_end) {
        let t = &d.tokens[k];
        if t.kind == TokenKind::Punct && List(",|;|:|—|–|(|)").contains(&d.lower(k)) {
            return t.start;
        }
        // Another clause, or another finding: stop before it.
        if t.kind == TokenKind::Word && CLAUSE_CONJUNCTIONS.contains(&d.lower(k)) {
            return trim_end(cx.text, from, t.start);
        }
        // (Not one that began before: "you never read the docs" is both a condescension and
        // an absolute, and the verb after "never" belongs to the absolute's clause.)
        // (A hedge is no other clause: "She always seems distracted" → "She seemed …".)
        let other = |s: &super::cx::Span| s.0 >= from && s.2 != Category::Hedging;
        if cx.flagged(t.start, t.end, None) && cx.spans_in(t.start, t.end).any(other) {
            return trim_end(cx.text, from, t.start);
        }
    }
    b.content_end.max(from)
}

fn trim_end(text: &str, from: usize, at: usize) -> usize {
    let mut e = at;
    while e > from && text.as_bytes()[e - 1] == b' ' {
        e -= 1;
    }
    e
}

fn base_form(v: &str) -> String {
    let l = v.lowercase();
    if l == "has" {
        return "have".into();
    }
    if l == "does" {
        return "do".into();
    }
    if l == "goes" {
        return "go".into();
    }
    if let Some(stem) = l.strip_suffix("ies") {
        return [stem, "y"].concat();
    }
    for suf in ["ches", "shes", "sses", "xes", "zes"] {
        if l.ends_with(suf) {
            return l[..l.len() - 2].to_string();
        }
    }
    if l.ends_with('s') && !l.ends_with("ss") {
        return l[..l.len() - 1].to_string();
    }
    l
}

/// The past of the verbs a review most often puts after "always", by their base form: only
/// these change tense (a rule for "-ed" would write "knowed" and "runned").
const PAST: List = List(
    "am:was|is:was|are:were|seem:seemed|have:had|do:did|go:went|get:got|forget:forgot|come:came|leave:left|\
take:took|make:made|say:said|send:sent|keep:kept|give:gave|think:thought|tell:told|feel:felt|\
miss:missed|skip:skipped|ignore:ignored|interrupt:interrupted|argue:argued|want:wanted|\
ask:asked|need:needed|arrive:arrived|complain:complained|push:pushed|show:showed|help:helped|\
write:wrote|speak:spoke|bring:brought|buy:bought|run:ran|begin:began|meet:met|see:saw|know:knew|\
choose:chose|break:broke|spend:spent|lead:led|pay:paid|find:found|hear:heard|teach:taught|\
catch:caught|fight:fought|seek:sought|stand:stood|understand:understood|hold:held|lose:lost|\
build:built|win:won|become:became|grow:grew|drive:drove|eat:ate|sit:sat|fall:fell|throw:threw",
);

/// The base form of a past tense `PAST` knows ("went" → "go", "showed" → "show").
pub(crate) fn base_of_past(v: &str) -> Option<&'static str> {
    let l = v.lowercase();
    PAST.iter().find_map(|pair| {
        let (base, past) = pair.split_once(':')?;
        (past == l).then_some(base)
    })
}

/// The past of a present verb ("misses" → "missed", "is" → "was"), where `PAST` knows it.
fn past(v: &str) -> Option<&'static str> {
    let l = v.lowercase();
    let base = match l.as_str() {
        "is" | "am" | "are" => l,
        _ => base_form(v),
    };
    PAST.lookup(&base)
}

/// The share that replaces "some of", "most of" (and so keeps the sentence's claim).
const SHARE: &str = "[what share, e.g. half]";

/// The time frame that replaces "always" and its kin.
const WHEN_RECENT: &str = "in [when, e.g. the last month]";
/// The time frame that replaces "never" and "not once".
const WHEN_REVIEWS: &str = "in [when, e.g. the last three reviews]";

/// "always" → drop it and add "in [when, …]"; "never" → "did not … in [when, …]";
/// "every time" → "in [when, …] when".
pub(crate) fn absolute(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let raw = &cx.text[f.start..f.end];
    // Capitalised only where the absolute started the sentence with a capital.
    let capital = f.start <= b.start && raw.chars().next().is_some_and(char::is_uppercase);
    let name = |label: &str, rep: &str| vec![sugg(label, f.start, f.end, cap_if(capital, rep))];
    match raw.lowercase().as_str() {
        "every time" | "every single time" | "each and every time" => {
            vec![every_time(cx, b, f, capital)]
        }
        "every meeting" => vec![sugg(
            "Name the meetings",
            f.start,
            f.end,
            "[which meetings, e.g. the last two planning meetings]",
        )],
        "every day" => name(
            "Name the days",
            "on [which days, e.g. Monday and Thursday last week]",
        ),
        "not once" => name("Name the time frame", &format!("not {WHEN_REVIEWS}")),
        "never" | "never ever" => {
            vec![modal_never(cx, f).unwrap_or_else(|| never(cx, b, f, capital))]
        }
        "nothing ever" => vec![never(cx, b, f, capital)],
        // always, constantly, all the time, without fail, forever, continually…
        _ => always(cx, b, f, capital),
    }
}

/// The rest of the clause after the absolute, trimmed, and where the clause ends.
fn rest_of_clause<'a>(cx: &'a Cx, b: &Body, f: &Finding) -> (&'a str, usize) {
    let ce = clause_end(cx, b, f.end);
    (cx.text[f.end.min(ce)..ce].trim(), ce)
}

/// "every time" → "in [when, …]", followed by ", when" if the clause goes on.
fn every_time(cx: &Cx, b: &Body, f: &Finding, capital: bool) -> Suggestion {
    let (rest, _) = rest_of_clause(cx, b, f);
    let rep = if rest.is_empty() {
        "in [when, e.g. the last two releases]"
    } else {
        "in [when, e.g. the last two releases], when"
    };
    sugg(
        "Name the times instead of \"every time\"",
        f.start,
        f.end,
        cap_if(capital, rep),
    )
}

/// A prediction: "she will never be a lead" → "she is not yet a lead"; "he would never ask" →
/// "he would not ask". (The time-frame rewrite would turn it into a past event.)
fn modal_never(cx: &Cx, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).start;
    let modal = k.checked_sub(1)?;
    let m = d.lower(modal);
    if !List("will|would|can|could|should|might|may|must|shall").contains(&m) {
        return None;
    }
    let be = k + 1;
    if m == "will" && d.lw(be) == "be" && d.tokens[be].sentence == d.tokens[k].sentence {
        let verb = match d.lw(modal.wrapping_sub(1)) {
            "i" => "am",
            "you" | "we" | "they" => "are",
            _ => "is",
        };
        let rep = format!("{verb} not yet");
        return Some(sugg(
            "Say it has not happened yet",
            d.tokens[modal].start,
            d.tokens[be].end,
            rep,
        ));
    }
    Some(sugg("Drop the absolute", f.start, f.end, "not"))
}

/// "never replied" → "did not reply in [when, …]"; "is never" → "is not … in [when, …]".
fn never(cx: &Cx, b: &Body, f: &Finding, capital: bool) -> Suggestion {
    let raw = &cx.text[f.start..f.end];
    let ce = clause_end(cx, b, f.end);
    let (lead, from) = never_lead(cx, b, f, ce);
    let rest = cx.text[from..ce].trim();
    let replacement = if rest.is_empty() {
        format!("{lead} {WHEN_REVIEWS}")
    } else {
        format!("{lead} {rest} {WHEN_REVIEWS}")
    };
    sugg(
        format!("Replace \"{}\" with the times it happened", raw),
        f.start,
        ce,
        cap_if(capital, &replacement),
    )
}

/// What replaces "never" (with the verb after it, if that changes) and where the rest starts.
fn never_lead(cx: &Cx, b: &Body, f: &Finding, ce: usize) -> (String, usize) {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    let prev = (toks.start > 0 && d.tokens[toks.start - 1].start >= b.start)
        .then(|| d.lower(toks.start - 1));
    let rest_toks = cx.tokens_in(f.end, ce);
    let next_word = (rest_toks.start < rest_toks.end
        && d.tokens[rest_toks.start].kind == TokenKind::Word)
        .then_some(rest_toks.start);
    if cx.text[f.start..f.end].lowercase() == "nothing ever" {
        return ("nothing".to_string(), f.end);
    }
    if prev.is_some_and(|p| AUXILIARIES.contains(&p) || p.ends_with("'ll") || p.ends_with("'ve")) {
        return ("not".to_string(), f.end);
    }
    // The subject is before any adverbs: "you clearly never tested" is "you … have not".
    let mut s = toks.start;
    while s > 0 && d.tokens[s - 1].start >= b.start && is_adverb(d.lower(s - 1)) {
        s -= 1;
    }
    let subj = (s > 0 && d.tokens[s - 1].start >= b.start).then(|| d.lower(s - 1));
    let Some(first) = next_word else {
        return ("not".to_string(), f.end);
    };
    // "never even tries" → "did not even try": the adverbs stay after "not".
    let mut k = first;
    while is_adverb(d.lower(k)) && k + 1 < rest_toks.end && d.is_word(k + 1) {
        k += 1;
    }
    let neg = negated_verb(d.raw(k), subj.unwrap_or(""));
    let (aux, verb) = neg.split_at(neg.find(" not ").map_or(0, |i| i + 5));
    let adverbs = &cx.text[d.tokens[first].start..d.tokens[k].start];
    (format!("{aux}{adverbs}{verb}"), d.tokens[k].end)
}

/// An adverb between a subject and its verb ("clearly", "just", "still").
fn is_adverb(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ly") && w != "only"
        || List("just|also|still|even|simply|so|once|ever|quite").contains(&w)
}

/// The verb after "never", negated for subject `subj`: "has not replied", "did not reply".
fn negated_verb(v: &str, subj: &str) -> String {
    let third = !List("i|you|we|they|u").contains(&subj);
    if let Some(base) = base_of_past(v).filter(|&b| !List("am|is|are").contains(&b)) {
        format!("did not {base}")
    } else if v.ends_with("ed") {
        format!("{} not {}", if third { "has" } else { "have" }, v)
    } else if third && v.lowercase().ends_with('s') {
        format!("did not {}", base_form(v))
    } else {
        format!("did not {v}")
    }
}

/// "You're always late" → "You're late in [when, …]"; or how often it happened.
fn always(cx: &Cx, b: &Body, f: &Finding, capital: bool) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let (rest, ce) = rest_of_clause(cx, b, f);
    let (start, told) = if rest.is_empty() {
        // At the clause end: the space before goes too.
        let mut start = f.start;
        while start > b.start && text.as_bytes()[start - 1] == b' ' {
            start -= 1;
        }
        (start, String::new())
    } else {
        // What happened then is told in the past: "You always interrupt people" → "You
        // interrupted people in [when]", "She is always late" → "She was late in [when]".
        let d = &cx.doc;
        let k = cx.tokens_in(f.start, f.end).start;
        let prev = (k > 0 && d.tokens[k - 1].start >= b.start).then(|| k - 1);
        let first = rest.split(' ').next().unwrap_or("");
        let copula = prev.filter(|&p| List("is|are|am").contains(&d.raw(p)));
        let after_subject =
            prev.is_some_and(|p| d.is_word(p) && !AUXILIARIES.contains(&d.lower(p)));
        match (copula, past(first)) {
            (Some(p), _) => (
                d.tokens[p].start,
                format!("{} {rest} ", past(d.raw(p)).unwrap_or_default()),
            ),
            (None, Some(v)) if after_subject && d.is_word(k + 1) => {
                (f.start, format!("{v}{} ", &rest[first.len()..]))
            }
            _ => (f.start, format!("{rest} ")),
        }
    };
    // Both end the clause with the time: "You interrupted people [three times] in [when]".
    let told = |frame: &str| {
        let rep = format!("{told}{frame}");
        if rest.is_empty() {
            format!(" {rep}")
        } else {
            cap_if(capital, &rep)
        }
    };
    vec![
        sugg(
            format!("Replace \"{raw}\" with when it happened"),
            start,
            ce,
            told(WHEN_RECENT),
        ),
        sugg(
            "Say how often instead",
            start,
            ce,
            told("[number of times, e.g. three times] in [when, e.g. the last sprint]"),
        ),
    ]
}

/// Weasel phrases one replacement fixes: (phrases, replacement, label).
const WEASEL_SWAPS: &[(List, &str, &str)] = &[
    (
        List("some people|many people|people"),
        "[who, e.g. Ana and Raj]",
        "Say who",
    ),
    (
        List("some say|some argue|it is said|it has been said|it is thought|it has been argued|it has been suggested|it is believed|some believe|many believe|is believed|are believed"),
        "I think",
        "Own the claim",
    ),
    (
        List("some critics|many critics|critics|experts|some experts|many experts|observers"),
        "[who, e.g. the SRE team]",
        "Say who",
    ),
    (List("may|might"), "can", "Say it plainly"),
    (List("could be"), "is", "Say it plainly"),
    (List("could have"), "would have", "Say it plainly"),
    (
        List("seems to|appears to|tends to"),
        "does",
        "Say it plainly",
    ),
    (List("appeared to"), "did", "Say it plainly"),
    (List("suggests|indicates"), "shows", "Say what it shows"),
    (List("indicate"), "show", "Say what it shows"),
    (List("suggested"), "said", "Say who said it"),
    (List("suggesting"), "proposing", "Say it plainly"),
    (List("suggest that"), "ask that", "Say it plainly"),
    (List("claims"), "says", "Say it plainly"),
    (List("claimed"), "said", "Say it plainly"),
    (List("claim that"), "say that", "Say it plainly"),
    (
        List("it is unclear|it is uncertain|uncertain|is uncertain"),
        "I don't know",
        "Say what you don't know",
    ),
    (
        List("it is likely|it is possible"),
        "I expect",
        "Say how sure you are",
    ),
];

/// In an article ("It has been suggested that the bridge dates from 1820"), an unnamed source
/// is named: "[Who, e.g. …] suggested that …". "I think" would make the writer the source, and
/// an SRE team is no source for a bridge. A draft with a writer, a reader or a person it
/// judges (a review, a reply) owns the claim instead. `None` where the swap stands.
fn attributed(
    cx: &Cx,
    f: &Finding,
    phrase: &str,
    with: &str,
    at_start: bool,
) -> Option<Suggestion> {
    // "It has been suggested that she is hard to work with" speaks of someone: a review's claim.
    let judges = cx.view_at(f.start).is_some_and(|v| v.praise || v.criticism)
        || cx.sentence_of(f.start).is_some_and(|si| {
            (cx.doc.sentences[si].tokens.clone())
                .any(|k| cx.has(k, crate::engine::sentence::word::HE_SHE))
        });
    if !cx.prose() || judges || with != "I think" {
        return None;
    }
    let verb = ATTRIBUTIONS.lookup(phrase)?;
    let who = if verb.ends_with('s') {
        "[who, e.g. the historian Ann Lee]"
    } else {
        "[who, e.g. the 2019 survey's authors]"
    };
    let rep = format!("{who} {verb}");
    Some(sugg(
        "Say who",
        f.start,
        f.end,
        cap_if(at_start, rep.trim_end()),
    ))
}

/// "Critics argue …", "Experts say …": the group, with its determiner, becomes "[Who, e.g. …]",
/// with an example of the draft's kind. Where a word describes the group ("music critics",
/// "acclaimed by European critics"), it stays and is asked to be named in brackets after it.
fn named_group(cx: &Cx, f: &Finding, at_start: bool) -> Suggestion {
    let d = &cx.doc;
    let who = if cx.tech() {
        "[who, e.g. the SRE team]"
    } else if cx.prose() && !cx.judges_someone() {
        "[who, e.g. the 2019 survey's authors]"
    } else {
        "[who, e.g. Ana and Raj]"
    };
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = first
        .checked_sub(1)
        .filter(|&p| d.tokens[p].sentence == d.tokens[first].sentence);
    let Some(p) = prev else {
        return sugg("Say who", f.start, f.end, cap_if(at_start, who));
    };
    let w = d.lower(p);
    if List("some|many|most|several|the|these|various").contains(&w) {
        let capital = d.tokens[p].capitalized;
        return sugg("Say who", d.tokens[p].start, f.end, cap_if(capital, who));
    }
    if !d.is_word(p) || CLAUSE_CONJUNCTIONS.contains(&w) {
        return sugg("Say who", f.start, f.end, who.to_string());
    }
    sugg("Say who", f.end, f.end, format!(" ({who})"))
}

/// An unnamed source's verb, for a named one ("it has been suggested" → "proposed"): none a
/// hedge itself ("[Who] suggested" would be flagged again).
const ATTRIBUTIONS: List = List(
    "some say:say|some argue:argue|it is said:says|it has been said:said|it is thought:thinks|\
it has been argued:argued|it has been suggested:proposed|it is believed:thinks|\
some believe:think|many believe:think",
);

/// "tends to be" → "is", "seem to have" → "have", "doesn't seem" → "isn't": the plain verb
/// where swapping the hedge for "does" would leave "does be".
fn plain_verb(cx: &Cx, b: &Body, f: &Finding, phrase: &str, at_start: bool) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let singular = List("seems to|appears to|tends to").contains(&phrase);
    let plural = List("seem to|appear to|tend to").contains(&phrase);
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = first.checked_sub(1).map(|p| d.lower(p)).unwrap_or("");
    // "does not appear to be repeatable" → "is not repeatable".
    if let Some(s) = negated_be(cx, b, first, k) {
        return Some(s);
    }
    let (end, verb) = match (d.lw(k), singular, plural) {
        ("be", true, _) => (d.tokens[k].end, "is"),
        ("be", _, true) => (d.tokens[k].end, if prev == "i" { "am" } else { "are" }),
        ("have", true, _) => (d.tokens[k].end, "has"),
        ("have", _, true) => (d.tokens[k].end, "have"),
        ("do", true, _) => (d.tokens[k].end, "does"),
        ("do", _, true) => (d.tokens[k].end, "do"),
        // "tends to reply late" → "replies late" ("does reply" stresses what was a guess).
        (w, true, _) if plain_verb_word(cx, k) => {
            let verb = third_person(w);
            return Some(sugg(
                "Say it plainly",
                f.start,
                d.tokens[k].end,
                cap_if(at_start, &verb),
            ));
        }
        _ => return None,
    };
    Some(sugg("Say it plainly", f.start, end, cap_if(at_start, verb)))
}

/// "does not appear to be", "didn't seem to be": the negated "be" the hedge wraps.
fn negated_be(cx: &Cx, b: &Body, first: usize, k: usize) -> Option<Suggestion> {
    let d = &cx.doc;
    if d.lw(k) != "be" || first == 0 {
        return None;
    }
    let prev = d.lower(first - 1);
    let (start, verb) = match prev {
        "not" if first > 1 => {
            let not = List("does:is not|do:are not|did:was not").lookup(d.lower(first - 2))?;
            (first - 2, not)
        }
        _ => (
            first - 1,
            List("doesn't:isn't|don't:aren't|didn't:wasn't").lookup(prev)?,
        ),
    };
    let at_start = d.tokens[start].start <= b.start;
    Some(sugg(
        "Say it plainly",
        d.tokens[start].start,
        d.tokens[k].end,
        cap_if(at_start, verb),
    ))
}

/// A plain verb after "tends to": a lowercase word that is no adverb, article or pronoun.
fn plain_verb_word(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let w = d.lw(k);
    // "really", "quickly": an adverb, where "reply" and "rely" are verbs.
    let adverb =
        w.ends_with("ly") && !List("reply|apply|rely|supply|comply|imply|fly|bully").contains(&w);
    let function = List("be|have|do|not|never|always|also|still|just|really|a|an|the|get");
    let plain = d.is_word(k) && !d.tokens[k].capitalized && w.len() > 1 && !w.contains('\'');
    plain && !adverb && !function.contains(&w) && !DEGREE_WORDS.contains(&w)
}

/// "reply" → "replies", "push" → "pushes", "go" → "goes", "work" → "works".
fn third_person(w: &str) -> String {
    let consonant_y = w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Weasel words: give the claim an owner ("some people" → "I"), or drop the hedge.
pub(crate) fn weasel(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let raw = &cx.text[f.start..f.end];
    let phrase = raw.lowercase();
    let at_start = f.start <= b.start;
    // A hedged claim keeps its hedge and gets its evidence: deleting "seems" makes it "is".
    // Where its reason follows ("…, because it rebuilds the index"), the hedge just goes.
    if let Some(ask) = evidence::ask_about_wish(cx, b) {
        return vec![ask];
    }
    let reasoned = evidence::reason_follows(cx, b, f);
    // "She seems happy", "she seems disorganized": the plain wording would state a guess about
    // her mind as a fact, or sharpen a label.
    if !reasoned && evidence::plain_harms(cx, b, f) {
        if let Some(e) = evidence::backing(cx, b) {
            return vec![e];
        }
    }
    if evidence::hedges_certainty(&phrase) && !reasoned && !evidence::advises(cx, b, f) {
        if let Some(e) = evidence::backing(cx, b) {
            // The plain wording stays second: where another card already adds an example at
            // this point, this one leads with it (`vary_insertions`).
            let mut out = vec![e];
            out.extend(weasel_plainly(cx, b, f, &phrase, at_start));
            return out;
        }
    }
    let mut out = weasel_plainly(cx, b, f, &phrase, at_start);
    // A guessed fact ("the library seems to lack it"): deleting the hedge asserts what the
    // writer has not checked. Ask first for what the guess rests on; the plain wording stays
    // the second choice. A hedged view ("the docs seem rushed") is owned by dropping it.
    if evidence::guessed_fact(cx, b, &phrase) && !reasoned {
        if let Some(e) = evidence::guess_backing(cx, b) {
            if out.first().is_none_or(|s| s.replacement != e.replacement) {
                out.insert(0, e);
            }
        }
    }
    // "it does seem to be", "deems it probable that": nothing fits in place, and deleting the
    // phrase (the last resort) breaks the sentence; the claim's evidence always reads.
    if out.is_empty() {
        out.extend(evidence::claim_backing(cx, b));
    }
    out
}

/// `weasel` without the evidence: the hedge goes, or its claim gets an owner.
fn weasel_plainly(cx: &Cx, b: &Body, f: &Finding, phrase: &str, at_start: bool) -> Vec<Suggestion> {
    if let Some(s) = plain_verb(cx, b, f, phrase, at_start) {
        return vec![s];
    }
    // "doesn't appear to enjoy" → "doesn't enjoy": after an auxiliary the hedge just goes.
    if let Some(s) = after_auxiliary(cx, b, f, phrase) {
        return vec![s];
    }
    // "… is widely regarded as one of the best": the phrase is the predicate; deleting it
    // leaves "regarded as.", so ask for what backs it.
    let mut k = cx.tokens_in(b.start, f.start).end;
    // "Column order is not important", "it's likely to": the same ("is really important" too).
    while k > 1
        && List("very|really|quite|so|too|extremely|also|still|even|much|far|ever|increasingly|more|less")
            .contains(&cx.doc.lower(k - 1))
    {
        k -= 1;
    }
    let adjective = PUFFERY_ADJECTIVES.contains(&phrase) || phrase == "likely";
    let before = cx.doc.lw(k.wrapping_sub(1));
    // "became far more important": an adjective after "become" too, not an adverb
    // ("became largely municipal" reads without it).
    // ("does not seem motivated": the verb after "not" has a plain form, `swallow_to_be`.)
    let verb = List("seem|seems|seemed").contains(&phrase);
    let predicate = k > 0
        && !verb
        && (List("as|is|was|are|were|be|been|not|it's|that's|seems").contains(&before)
            || adjective
                && List("become|becomes|became|remain|remains|remained|stay|stays")
                    .contains(&before));
    if predicate {
        if let Some(e) = evidence::backing(cx, b) {
            return vec![e];
        }
    }
    // An adjective as the predicate ("is not important", "likely to fail"), unlike an adverb
    // ("is probably a race"), cannot go.
    let after = cx.tokens_in(f.end, cx.text.len()).start;
    let next = cx.doc.lw(after);
    // "a newcomer is likely not to notice": the adjective still takes its "to".
    let negated_to = next == "not" && cx.doc.lw(after + 1) == "to";
    // "an important one": the pro-form needs its adjective ("an one").
    if adjective && (predicate || negated_to || List("to|that|for|one|ones").contains(&next)) {
        // With nothing to back (a request, a question), the plain wording below.
        if let Some(e) = evidence::claim_backing(cx, b) {
            return vec![e];
        }
    }
    // "she is likely to thrive" → "she will thrive" (dropping "likely" left "is to thrive").
    if phrase == "likely" && next == "to" && k > 0 {
        let modal = match before {
            "is" | "are" => Some(String::from("will")),
            "was" | "were" => Some(String::from("would")),
            w => w
                .strip_suffix("'s")
                .filter(|p| List("it|that|he|she|this").contains(p))
                .map(|_| format!("{} will", &cx.doc.raw(k - 1)[..before.len() - 2])),
        };
        if let Some(m) = modal {
            let start = cx.doc.tokens[k - 1].start;
            let end = cx.doc.tokens[after].end;
            return vec![sugg("Say it plainly", start, end, m)];
        }
    }
    if let Some(s) = whether_or_not(cx, f, phrase, at_start) {
        return vec![s];
    }
    if let Some(s) = modal_plainly(cx, f, phrase, at_start) {
        return vec![s];
    }
    let swap = WEASEL_SWAPS
        .iter()
        .find(|(phrases, _, _)| phrases.contains(&phrase))
        .filter(|_| swap_fits(cx, f, phrase));
    if let Some(&(_, with, label)) = swap {
        if with.contains("SRE team") {
            return vec![named_group(cx, f, at_start)];
        }
        // "It is thought to be safer" → "I think it is safer": the infinitive
        // needs a clause of its own.
        let k = cx.tokens_in(f.end, cx.text.len()).start;
        if phrase.starts_with("it ") && cx.doc.lw(k) == "to" && cx.doc.lw(k + 1) == "be" {
            let end = cx.doc.tokens[k + 1].end;
            return vec![sugg(label, f.start, end, cap_if(at_start, "I think it is"))];
        }
        if let Some(s) = attributed(cx, f, phrase, with, at_start) {
            return vec![s];
        }
        // "The release date is uncertain." → "I don't know the release date." ("The release
        // date I don't know" was the swap).
        let subject = cx.text[b.start..f.start].trim_end();
        let determined = subject.split(' ').next().is_some_and(|w| {
            crate::engine::vocab::words::TOPIC_DETERMINERS.contains(&w.lowercase().as_str())
        });
        if phrase.starts_with("is ")
            && determined
            && !cx.doc.is_word(cx.tokens_in(f.end, cx.text.len()).start)
        {
            return vec![sugg(
                label,
                b.start,
                f.end,
                format!("{with} {}", super::edit::lower_first(subject)),
            )];
        }
        // "the samples could be similar" → "are": a plural subject before it.
        let p = cx
            .doc
            .lw(cx.tokens_in(f.start, f.end).start.wrapping_sub(1));
        let plural =
            p.len() > 3 && p.ends_with('s') && !["ss", "us", "is"].iter().any(|e| p.ends_with(e))
                || List("they|these|those|we|you").contains(&p);
        let with = if with == "is" && plural { "are" } else { with };
        return vec![sugg(label, f.start, f.end, cap_if(at_start, with))];
    }
    match phrase {
        "seems" | "appears" => swallow_to_be(cx, b, f, "is"),
        "seem" => swallow_to_be(cx, b, f, "are"),
        "seemed" => swallow_to_be(cx, b, f, "was"),
        // "they tend to reply late" → "they reply late" (the plural verb needs no "do").
        "seem to" | "appear to" | "tend to" => vec![remove_words(cx, b, f.start, f.end)],
        p if VAGUE_QUANTIFIERS.contains(&p) => vec![quantifier(cx, b, f, at_start)],
        // Dropping it would claim all of them ("some of the light is scattered").
        "some of" => vec![sugg(
            "Give the number",
            f.start,
            f.start + 4,
            cap_if(at_start, SHARE),
        )],
        // "an important point", "a significant feature": the noun says nothing without it;
        // what backs the weight is the fix.
        p if PUFFERY_ADJECTIVES.contains(&p) && generic_noun_after(cx, f) => {
            evidence::claim_backing(cx, b)
                .into_iter()
                .chain([puffery(cx, b, f)])
                .collect()
        }
        p if PUFFERY_ADJECTIVES.contains(&p) => vec![puffery(cx, b, f)],
        // "most likely" goes whole, as "most important" does.
        // ("since it is believed to offer": nothing reads without the phrase before "to".)
        _ if removable(phrase) && !(phrase.contains(' ') && next == "to") => {
            vec![puffery(cx, b, f)]
        }
        // A verb or a predicate ("is expected", "assume", "questionable"): deleting it breaks
        // the sentence, so the claim gets its evidence instead.
        _ => evidence::claim_backing(cx, b).into_iter().collect(),
    }
}

/// "Doesn't appear to enjoy the job", "did not seem to care": a hedge verb after an auxiliary
/// or a negation goes, and the auxiliary carries the main verb ("does do enjoy" was the swap).
fn after_auxiliary(cx: &Cx, b: &Body, f: &Finding, phrase: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let hedge =
        List("seem to|appear to|tend to|seems to|appears to|tends to|seemed to|appeared to");
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = first
        .checked_sub(1)
        .filter(|&p| d.tokens[p].start >= b.start)?;
    let aux = List(
        "doesn't|doesnt|don't|dont|didn't|didnt|does|do|did|not|never|won't|wouldn't|can't|may|might|will|would",
    );
    (hedge.contains(&phrase) && aux.contains(&d.lower(prev)))
        .then(|| remove_words(cx, b, f.start, f.end))
}

/// Can the weasel rewrite fix `phrase` where it stands (swap it, drop it, give the number)?
/// Otherwise only the evidence for the claim can, and a question or a request makes no claim:
/// `weasel-words` leaves such a phrase there ("how is it supposed to work?"), since removing
/// it would break the sentence.
/// `next` is the word after it ("suggested that …" is swapped, "a suggested fix" is not).
pub(crate) fn weasel_fixed_in_place(phrase: &str, next: &str) -> bool {
    WEASEL_SWAPS
        .iter()
        .any(|(phrases, _, _)| phrases.contains(&phrase))
        && fits(phrase, next)
        || List("seems|appears|seem|seemed|would suggest").contains(&phrase)
        || VAGUE_QUANTIFIERS.contains(&phrase)
        || PUFFERY_ADJECTIVES.contains(&phrase)
        || removable(phrase) && !(phrase == "likely" && List("to|that|for").contains(&next))
}

/// A hedge that is an adverbial, which the sentence reads without ("probably", "it is widely").
fn removable(phrase: &str) -> bool {
    let one_word = !phrase.contains(' ');
    one_word && phrase.ends_with("ly") && phrase != "unlikely"
        || List("perhaps|maybe|according to some|some of|many of").contains(&phrase)
        || phrase.starts_with("it is ")
        || phrase.starts_with("it has been ")
}

/// "whether or not" → "if", in one piece (swapping "whether" alone leaves "if or not").
fn whether_or_not(cx: &Cx, f: &Finding, phrase: &str, at_start: bool) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    (phrase == "whether" && d.lw(k) == "or" && d.lw(k + 1) == "not").then(|| {
        sugg(
            "Say it plainly",
            f.start,
            d.tokens[k + 1].end,
            cap_if(at_start, "if"),
        )
    })
}

/// "may have to leave" → "will have to leave", "may have missed" → "missed", "may have been"
/// → "was"; "I would suggest" → "I suggest". `None` where none of these fits.
fn modal_plainly(cx: &Cx, f: &Finding, phrase: &str, at_start: bool) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = first.checked_sub(1).map(|p| d.lower(p)).unwrap_or("");
    let plural = List("we|you|they").contains(&prev);
    let next = d.lw(k);
    let (end, with) = match phrase {
        "may have" if next == "to" => (f.end, "will have"),
        "may have" if next == "been" => (d.tokens[k].end, if plural { "were" } else { "was" }),
        "may have" if next.len() > 3 && next.ends_with("ed") => {
            let body = cx.body(d.tokens[first].sentence);
            return Some(removal(cx, &body, f.start, f.end, "Say it plainly"));
        }
        "may" | "might" if next == "benefit" || next == "even" && d.lw(k + 1) == "benefit" => {
            (f.end, "would")
        }
        "would suggest" if plural || prev == "i" => (f.end, "suggest"),
        "would suggest" => (f.end, "suggests"),
        _ => return None,
    };
    Some(sugg("Say it plainly", f.start, end, cap_if(at_start, with)))
}

/// Swaps that hold only before some words: "suggested that …" is a report ("said that"),
/// "suggested a change" a proposal; "could have been avoided" is no hedge at all.
fn swap_fits(cx: &Cx, f: &Finding, phrase: &str) -> bool {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let first = cx.tokens_in(f.start, f.end).start;
    // "I suggest that we …" asks; "his record suggests that he …" shows.
    let asker = first > 0 && matches!(d.lower(first - 1), "i" | "we");
    // "she might lose her job": what may happen to someone; "she can lose" says she is able to.
    let prev = d.lw(first.wrapping_sub(1));
    let someone = List("he|she|they").contains(&prev)
        || cx.has(first.wrapping_sub(1), crate::engine::sentence::word::NAME)
            && cx
                .view_at(f.start)
                .is_some_and(|v| v.who == crate::engine::sentence::Who::Person);
    let fate = matches!(phrase, "may" | "might") && someone;
    // "could be a better teammate", "could be much faster": the comparative after its article.
    let next = match d.lw(k) {
        w if List("a|an|much|far|even").contains(&w) => d.lw(k + 1),
        w => w,
    };
    // "despite the claim that …", "his claims": a noun after a determiner, no verb to swap.
    let noun =
        phrase.starts_with("claim") && crate::engine::vocab::words::DETERMINERS.contains(&prev);
    // "The fort is believed to be Roman": "I think" cannot stand before "to be".
    let raising = phrase.ends_with(" believed") && next == "to";
    fits(phrase, next) && (phrase != "suggest that" || asker) && !fate && !noun && !raising
}

/// `swap_fits` for the word `next` after the phrase.
/// "may"/"might" → "can" only where it keeps the meaning: not "might as well" (an idiom), "may
/// not" (possibly not, which "can not" denies) or "may I" (a request); "could be" → "is" not
/// before a participle ("tests that could be added" are not added).
fn fits(phrase: &str, next: &str) -> bool {
    match phrase {
        // "suggests a number of questions" raises them; only a clause can be shown.
        p if List("suggested|claimed|claims|suggests|indicates|indicate").contains(&p) => {
            next == "that"
        }
        "could have" => false,
        "may" | "might" => !List("as|not|i|we|you|well").contains(&next),
        // "could be better" asks for more; "is better" says it already is.
        "could be" => {
            let comparative = List("better|worse|more|less").contains(&next)
                || next.len() > 4 && next.ends_with("er");
            !participle(next) && !comparative
        }
        // "it is unclear why …" → "I don't know why …"; not "it is unclear and …".
        "it is unclear" => {
            next.is_empty()
                || !next.as_bytes()[0].is_ascii_alphabetic()
                || List("why|whether|how|if|what|when|who|where|which|to|that").contains(&next)
        }
        // "the date is uncertain." → "I don't know"; not "an uncertain outlook" (an adjective
        // before its noun).
        "uncertain" => {
            next.is_empty()
                || !next.as_bytes()[0].is_ascii_alphabetic()
                || List("whether|if|about|how|what|when|why").contains(&next)
        }
        _ => true,
    }
}

/// A past participle, by its ending or as one of the common irregular ones.
fn participle(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
        || List("done|made|used|set|put|run|built|found|seen|shown|kept|left|lost|met|paid|read|sent|spent|told|caught|fixed|held|hit|cut|split|dropped|thrown")
            .contains(&w)
}

/// "some time" → how long; "many reviewers" → the number; otherwise drop the quantifier.
/// The noun of the phrase opening at token `k`, past up to two adjectives ("serious
/// issues", "minor formatting issues").
fn noun<'a>(cx: &'a Cx, k: usize) -> &'a str {
    let d = &cx.doc;
    let adjective = |w: &str| {
        [
            "ous", "ful", "ive", "al", "ic", "ble", "ant", "ent", "ary", "less",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    let mut j = k;
    while j < k + 2 && adjective(d.lw(j)) && d.is_word(j + 1) {
        j += 1;
    }
    d.lw(j)
}

/// "areas", "users"; not "serious", "class", "bonus" or "analysis".
fn plural(w: &str) -> bool {
    w.ends_with('s') && !["ous", "ss", "us", "is"].iter().any(|e| w.ends_with(e))
}

fn quantifier(cx: &Cx, b: &Body, f: &Finding, at_start: bool) -> Suggestion {
    let d = &cx.doc;
    let raw = &cx.text[f.start..f.end];
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let next = d.lw(k);
    let first = cx.tokens_in(f.start, f.end).start;
    // "to some extent", "in some degree", "some sort of", "some form of": the hedge goes whole.
    let idiom = match next {
        "extent" | "degree" if first > 0 && matches!(d.lower(first - 1), "to" | "in") => {
            Some((d.tokens[first - 1].start, d.tokens[k].end))
        }
        "sort" | "kind" | "form" | "degree" | "level" | "amount" if d.lw(k + 1) == "of" => {
            Some((f.start, d.tokens[k + 1].end))
        }
        // "a scheduling problem of some sort": after its noun.
        "sort" | "kind" if first > 0 && d.lower(first - 1) == "of" => {
            Some((d.tokens[first - 1].start, d.tokens[k].end))
        }
        _ => None,
    };
    if let Some((s, e)) = idiom.filter(|_| raw.lowercase() == "some") {
        remove_words(cx, b, s, e)
    } else if next == "time" && raw.lowercase() == "some" {
        sugg(
            "Say how long",
            f.start,
            d.tokens[k].end,
            cap_if(at_start, "[how long, e.g. two weeks]"),
        )
    } else if raw.lowercase() == "some"
        && (first > 0 && List("in|on|at|for|under|with").contains(&d.lower(first - 1)) && plural(next)
            || List("areas|aspects|improvements|changes|skills|things|ways|points|tasks|goals|gaps|parts|topics|fans").contains(&next))
    {
        // "in some situations", "for some users", "improve some areas": which ones, not how
        // many.
        sugg(
            "Say which",
            f.start,
            d.tokens[k].end,
            cap_if(at_start, &format!("[which {}]", d.raw(k))),
        )
    } else if plural(noun(cx, k)) || next == "of" || next == "people" || next == "more" {
        // "Quite some files": the count is "quite some", and goes whole.
        let quite = first > 0 && d.lower(first - 1) == "quite";
        let start = if quite {
            d.tokens[first - 1].start
        } else {
            f.start
        };
        let at_start = at_start || quite && d.raw(first - 1).starts_with('Q');
        // "many users" is no handful, "many of your peers" no crowd: no example fits both.
        let number = if d.lower(first) == "many" {
            "[how many]"
        } else if next == "of" {
            // "most of the light": a count would not fit a mass.
            SHARE
        } else {
            "[the number, e.g. three]"
        };
        sugg("Give the number", start, f.end, cap_if(at_start, number))
    } else if let Some(owner) = quantifier_pronoun(cx, k) {
        // "what many would dream of": the quantifier is the subject; dropping it breaks the
        // sentence, so it gets its owner.
        let label = if owner.starts_with("[which") {
            "Say which"
        } else {
            "Say who"
        };
        sugg(label, f.start, f.end, cap_if(at_start, owner))
    } else {
        remove_words(cx, b, f.start, f.end)
    }
}

/// The placeholder for a quantifier before token `k` that stands for people or things ("many
/// would argue", "some are louder", "valued by many."), or `None` for a determiner ("some
/// teams", "some 70 km", "so many").
fn quantifier_pronoun(cx: &Cx, k: usize) -> Option<&'static str> {
    let d = &cx.doc;
    let prev = k.checked_sub(2).map_or("", |p| d.lower(p));
    if List("too|so|how|as").contains(&prev) {
        return None;
    }
    let next = d.lw(k);
    let closes = k >= d.tokens.len()
        || d.tokens[k].kind == TokenKind::Punct && List(".|,|;|:|)|!|?").contains(&next);
    let attributes = List(
        "would|will|have|has|had|say|said|think|thought|believe|believed|feel|felt|argue|argued|\
         claim|claimed|agree|agreed|suggest|suggested|consider|considered|who",
    );
    // ("Some become managers", "some left early": a verb after the quantifier as subject.)
    let acts = List(
        "are|were|is|was|can|could|may|might|should|must|do|does|did|that|in|at|on|to|\
become|became|left|leave|quit|stay|stayed|went|got|move|moved|join|joined|struggle|struggled|\
succeed|succeeded|fail|failed|need|needed|want|wanted|go|get",
    );
    // "led some to believe": the people who believe.
    let believers = next == "to" && attributes.contains(&d.lw(k + 1));
    // "valued by many." ("by some manual process": a determiner).
    let by_them = prev == "by" && (closes || !d.is_word(k));
    // "some would say", "some will argue"; "some will load and then stop" are things.
    let modal = List("would|will").contains(&next);
    let says = !modal || attributes.contains(&d.lw(k + 1)) || REACTION_VERBS.contains(&d.lw(k + 1));
    if d.is_word(k) && attributes.contains(&next) && says || by_them || believers {
        Some("[who, e.g. three of the five leads]")
    } else if closes || d.is_word(k) && (acts.contains(&next) || modal) {
        Some("[which ones, e.g. three of the five]")
    } else {
        None
    }
}

/// Verbs of a view after "some would"/"some will" ("some will object", "many would prefer").
const REACTION_VERBS: List = List(
    "argue|object|disagree|prefer|insist|complain|point|note|call|see|find|wonder|ask|tell|answer|reply|respond|like|love|hate|want|dream|wish|hope|expect|envy|pay|give",
);

/// "an important point", "a significant thing", "a more prominent role": a noun that names
/// nothing of its own follows.
fn generic_noun_after(cx: &Cx, f: &Finding) -> bool {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    List("point|thing|feature|issue|question|aspect|factor|part|step|detail|topic|matter|one|role|position|job")
        .contains(&d.lw(k))
}

/// "the most important edit" → "the edit": the degree word goes too.
fn puffery(cx: &Cx, b: &Body, f: &Finding) -> Suggestion {
    let d = &cx.doc;
    let k = cx.tokens_in(b.start, f.start).end;
    let mut start = f.start;
    if k > 0 && d.tokens[k - 1].start >= b.start && DEGREE_WORDS.contains(&d.lower(k - 1)) {
        start = d.tokens[k - 1].start;
    }
    remove_words(cx, b, start, f.end)
}

/// "Remove "…"": the words `start..end` go, and an "an" before them becomes "a" if need be.
fn remove_words(cx: &Cx, b: &Body, start: usize, end: usize) -> Suggestion {
    let text = cx.text;
    let label = super::remove::remove_label(&text[start..end]);
    let mut s = removal(cx, b, start, end, &label);
    fix_article(text, &mut s);
    s
}

/// "seems to be slow" → "is slow"; "seems to work" → "does work"; "It appears that you …" →
/// "You …".
fn swallow_to_be(cx: &Cx, b: &Body, f: &Finding, verb: &str) -> Vec<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let to = d.lw(k) == "to";
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = (first > 0 && d.tokens[first - 1].start >= b.start).then(|| first - 1);
    // "doesn't seem motivated" → "isn't motivated".
    let prev_word = prev.map_or("", |p| d.lower(p));
    let negated =
        List("doesn't:isn't|doesnt:isn't|don't:aren't|dont:aren't|didn't:wasn't|didnt:wasn't")
            .lookup(prev_word);
    // "did not seem interested" → "was not interested" (not before "to": "does not seem to have
    // been" has no plain form of that kind).
    let spelled = prev
        .filter(|&p| prev_word == "not" && !to && p > 0 && d.tokens[p - 1].start >= b.start)
        .and_then(|p| {
            List("does:is not|do:are not|did:was not")
                .lookup(d.lower(p - 1))
                .map(|not| (p - 1, not))
        });
    if let Some((p, not)) = prev.zip(negated).or(spelled) {
        // "doesn't seem to work" → "doesn't work"; "doesn't seem to be ready" → "isn't ready".
        if to && d.lw(k + 1) != "be" {
            return vec![remove_words(cx, b, f.start, d.tokens[k].end)];
        }
        let start = d.tokens[p].start;
        // "doesn't seem like a bug" → "isn't a bug" (not "isn't like a bug").
        let like = d.lw(k) == "like";
        if like && !List("a|an|the|much|any").contains(&d.lw(k + 1)) {
            return evidence::claim_backing(cx, b).into_iter().collect();
        }
        let end = if to || like {
            d.tokens[k + usize::from(to)].end
        } else {
            f.end
        };
        return vec![sugg(
            "Say it plainly",
            start,
            end,
            cap_if(start <= b.start, not),
        )];
    }
    // "may not seem", "it does seem", "to seem": no plain verb fits after an auxiliary.
    if List("may|might|could|would|will|can|should|must|to|not|does|do|did|doesn|don")
        .contains(&prev_word)
    {
        // "it would seem wise" → "it would be wise", where no evidence fits.
        let be = (d.lw(k) != "to"
            && List("may|might|could|would|will|can|should|must").contains(&prev_word))
        .then(|| sugg("Say it plainly", f.start, f.end, "be"));
        return evidence::claim_backing(cx, b).or(be).into_iter().collect();
    }
    // "It seems, that the logger …": the comma goes with the opener.
    let k = if d.lw(k) == "," && d.lw(k + 1) == "that" {
        k + 1
    } else {
        k
    };
    let (next, after) = (d.lw(k), d.lw(k + 1));
    if next == "that" {
        if let Some(p) = prev.filter(|&p| matches!(d.lower(p), "it" | "its" | "this")) {
            return vec![remove_words(cx, b, d.tokens[p].start, d.tokens[k].end)];
        }
        // "Seems that this should move": the clause after "that" is the claim.
        if prev.is_none() && d.is_word(k + 1) {
            return vec![remove_words(cx, b, f.start, d.tokens[k].end)];
        }
    }
    // "It seems the plan was late", "It seems we lost it": a clause without "that" is the claim.
    // ("Its seems they …", typed for "It seems", too.)
    if let Some(p) = prev.filter(|&p| matches!(d.lower(p), "it" | "its")) {
        let opener = "we|they|he|she|you|i|there|the|this|these|those|our|your|his|her|their|my";
        if List(opener).contains(&next) {
            return vec![remove_words(cx, b, d.tokens[p].start, f.end)];
        }
    }
    if next == "like" {
        return seems_like(cx, b, f, prev, k, verb);
    }
    // "It seems to me (that) the loss is wrong": the opener goes whole, not "It does me".
    if next == "to" && matches!(after, "me" | "us") {
        return match prev.filter(|&p| d.lower(p) == "it") {
            Some(p) => {
                let last = if d.lw(k + 2) == "that" { k + 2 } else { k + 1 };
                vec![remove_words(cx, b, d.tokens[p].start, d.tokens[last].end)]
            }
            None => evidence::claim_backing(cx, b).into_iter().collect(),
        };
    }
    // "Seems, the old method should go": an aside before the claim, which goes with its comma.
    if prev.is_none() && next == "," {
        return vec![remove_words(cx, b, f.start, d.tokens[k].end)];
    }
    // "Seems a bit hacky", "Seems to be a gap here": no subject, so the plain version needs one.
    let to_be = next == "to" && after == "be";
    if prev.is_none() && (next != "to" || to_be) {
        let verb = if verb == "was" { "It was" } else { "It's" };
        let end = if to_be { d.tokens[k + 1].end } else { f.end };
        return vec![sugg("Say it plainly", f.start, end, verb)];
    }
    let mut end = f.end;
    let mut verb = verb.to_string();
    if to_be {
        end = d.tokens[k + 1].end;
        // "Since May he seems to be struggling" → "has been struggling": after "since",
        // the present perfect.
        let since = cx
            .tokens_in(b.start, f.start)
            .any(|j| d.lower(j) == "since");
        if since && d.lw(k + 2).ends_with("ing") && verb != "was" {
            verb = if verb == "are" {
                "have been"
            } else {
                "has been"
            }
            .to_string();
        }
    } else if next == "to" && after == "have" {
        // "seems to have been" → "has been".
        end = d.tokens[k + 1].end;
        verb = match verb.as_str() {
            "is" => "has",
            "are" => "have",
            _ => "had",
        }
        .to_string();
    } else if next == "to"
        && d.lw(k + 2) == "be"
        && cx.has(k + 1, crate::engine::sentence::word::FOLLOWER)
    {
        // "seems to always be rushing" → "is always rushing".
        end = d.tokens[k + 2].end;
        verb = format!("{verb} {after}");
    } else if next == "to" && d.is_word(k + 1) {
        if crate::engine::vocab::words::TOPIC_DETERMINERS.contains(&after) {
            // "seems to the authors …": no verb to carry the claim.
            return evidence::claim_backing(cx, b).into_iter().collect();
        }
        let v = after;
        if v == "not" && d.lw(k + 2) == "be" {
            // "seems to not be working" → "is not working".
            end = d.tokens[k + 2].end;
            verb = format!("{} not", &verb);
        } else if List("not|no|never").contains(&v) {
            return evidence::claim_backing(cx, b).into_iter().collect();
        } else {
            // "seems to do what it should" → "does what it should", not "does do". (Conjugating
            // the next word, "works", would also conjugate an adverb: "consistentlies".)
            end = if v == "do" {
                d.tokens[k + 1].end
            } else {
                d.tokens[k].end
            };
            // "They seem to like it" → "They like it".
            if verb == "are" && v != "do" {
                return vec![remove_words(cx, b, f.start, d.tokens[k].end)];
            }
            verb = match verb.as_str() {
                "is" => "does",
                "are" => "do",
                _ => "did",
            }
            .to_string();
        }
    }
    // "Lena never seems to be ready" → "Lena is never ready": the adverb follows "is".
    let mut start = f.start;
    // (A word that follows a subject: before "seems" only "always", "never", "often" …)
    if let Some(p) = prev.filter(|&p| {
        List("is|are|was").contains(&verb.as_str())
            && cx.has(p, crate::engine::sentence::word::FOLLOWER)
    }) {
        start = d.tokens[p].start;
        verb = format!("{verb} {prev_word}");
    }
    let verb = if cx.text[start..].starts_with(|c: char| c.is_uppercase()) {
        cap_first(&verb)
    } else {
        verb
    };
    vec![sugg("Say it plainly", start, end, verb)]
}

/// "seems like": before "a"/"an"/"the" a noun phrase follows ("This seems like a bug" → "This is
/// a bug"); after "it" or at the start a clause does ("It seems like we could drop it" → "We could
/// drop it"). Elsewhere no swap reads right, and the claim gets its evidence.
fn seems_like(
    cx: &Cx,
    b: &Body,
    f: &Finding,
    prev: Option<usize>,
    k: usize,
    verb: &str,
) -> Vec<Suggestion> {
    let d = &cx.doc;
    // "it seems like the retry counter is never read": "the retry counter" is the subject of a clause,
    // whose own verb stays ("it is the retry counter is never read" had two).
    let clause = (k + 2..k + 7).any(|j| {
        j < d.tokens.len()
            && d.tokens[j].sentence == d.tokens[k].sentence
            && crate::engine::vocab::words::AUXILIARIES.contains(&d.lw(j))
    });
    if !clause && List("a|an|the").contains(&d.lw(k + 1)) {
        // "Seems like a race" has no subject: "It's a race".
        let verb = match (prev, verb) {
            (None, "was") => "It was".to_string(),
            (None, _) => "It's".to_string(),
            _ => cap_if(f.start <= b.start, verb),
        };
        return vec![sugg("Say it plainly", f.start, d.tokens[k].end, verb)];
    }
    let opener = match prev {
        None => Some(f.start),
        // "…, but it seems like the fix could be simpler": "it" opens a clause after a comma or "but".
        Some(p)
            if d.lower(p) == "it"
                && (d.tokens[p].start <= b.start
                    || p > 0
                        && (d.lower(p - 1) == ","
                            || CLAUSE_CONJUNCTIONS.contains(&d.lower(p - 1)))) =>
        {
            Some(d.tokens[p].start)
        }
        _ => None,
    };
    match opener {
        Some(start) if d.is_word(k + 1) => vec![remove_words(cx, b, start, d.tokens[k].end)],
        _ => evidence::claim_backing(cx, b).into_iter().collect(),
    }
}

/// After removing an adjective between "a"/"an" and a noun, make the article agree.
pub(super) fn fix_article(text: &str, s: &mut Suggestion) {
    let before = &text[..s.start];
    let trimmed = before.trim_end();
    let article = if trimmed.ends_with(" an")
        || trimmed == "an"
        || trimmed.ends_with(" An")
        || trimmed == "An"
    {
        "an"
    } else if trimmed.ends_with(" a") || trimmed == "a" || trimmed.ends_with(" A") || trimmed == "A"
    {
        "a"
    } else {
        return;
    };
    let after = [s.replacement.as_str(), &text[s.end..]].concat();
    let vowel = after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    let want = if vowel { "an" } else { "a" };
    if want != article {
        let art_start = trimmed.len() - article.len();
        let upper = text[art_start..].starts_with(|c: char| c.is_uppercase());
        let new_art = if upper {
            cap_first(want)
        } else {
            want.to_string()
        };
        s.replacement = format!(
            "{new_art}{}{}",
            &text[art_start + article.len()..s.start],
            s.replacement
        );
        s.start = art_start;
    }
}

/// ALL CAPS → sentence case; "!!!" → ".".
/// A proper noun in shouted text keeps its capital: a weekday or month ("BEFORE FRIDAY"), or
/// the name a shout ends on after "to"/"thanks" ("HUGE THANKS TO AISHA!!!").
fn proper_in_shout(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let w = d.lower(k);
    let weekday = List("monday|tuesday|wednesday|thursday|friday|saturday|sunday").contains(&w);
    let calendar = weekday || crate::engine::vocab::words::month_name(w);
    let ends = d
        .tokens
        .get(k + 1)
        .is_none_or(|t| t.kind == TokenKind::Punct);
    // ("TO" alone opens a verb: "NOBODY WANTS TO WAIT".)
    let thanks = |j: usize| List("thanks|congrats|kudos").contains(&d.lower(j));
    let after_to = k > 1 && d.lower(k - 1) == "to" && thanks(k - 2);
    let recipient = k > 0 && (thanks(k - 1) || after_to) && ends;
    calendar || recipient && !common_short(w)
}

pub(crate) fn shouting(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let d = &cx.doc;
    let text = cx.text;
    let toks = cx.tokens_in(f.start, f.end);
    if toks.len() == 1 && d.tokens[toks.start].kind == TokenKind::Punct {
        let p = d.lower(toks.start);
        let rep = if p.contains('?') {
            "?"
        } else if f.end >= b.content_end || f.end >= b.end {
            "."
        } else {
            "!"
        };
        // "help me !!!" → "help me.": the space before the marks goes with them.
        let lead = text[..f.start].trim_end_matches(' ').len();
        let start = if lead > b.start { lead } else { f.start };
        return vec![sugg("Use one punctuation mark", start, f.end, rep)];
    }
    let mut out = String::with_capacity(f.end - f.start);
    let mut pos = f.start;
    let mut first = true;
    for k in toks {
        let t = &d.tokens[k];
        out.push_str(&text[pos..t.start]);
        let raw = d.raw(k);
        if t.kind == TokenKind::Word {
            let lw = d.lower(k);
            let acronym = raw.chars().count() <= 3 && !common_short(lw);
            let word = if acronym || lw == "i" {
                raw.to_string()
            } else if proper_in_shout(cx, k)
                || first && (f.start <= b.start || after_terminal(text, t.start))
            {
                cap_first(lw)
            } else {
                lw.to_string()
            };
            out.push_str(&word);
            first = false;
        } else {
            out.push_str(raw);
        }
        pos = t.end;
    }
    out.push_str(&text[pos.min(f.end)..f.end]);
    // "DO NOT MERGE!!!" → "Do not merge." in one go.
    let mut end = f.end;
    let tail = &text[f.end..b.end.max(f.end)];
    if tail.len() >= 2
        && tail.chars().all(|c| c == '!' || c == '?')
        && tail.matches('!').count() >= 2
    {
        out.push(if tail.contains('?') { '?' } else { '.' });
        end = b.end;
    }
    vec![sugg("Write it in sentence case", f.start, end, out)]
}

fn after_terminal(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
}

fn common_short(w: &str) -> bool {
    COMMON_SHORT_WORDS.contains(&w)
}
