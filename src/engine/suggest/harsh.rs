//! Harsh words (profanity, insults, sneers, bare verdicts, sarcasm, condescension): drop a pure
//! intensifier or interjection, or rewrite the sentence as a plain problem statement that keeps
//! the writer's code and topic and asks for a next step.
use super::edit::{cap_if, sugg};
use super::remove::{removal, remove_label, remove_span};
use super::sentence::{other_code, subject, topic};
use super::voice::Voice;
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Finding, Suggestion};
use crate::engine::rules::RuleId;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{
    class, List, CURSES_WITH_IT, INTERJECTIONS, JUNK_TOPIC_WORDS, OUTBURST_OPENERS, SELF_WORDS,
    SNEER_ADJECTIVES, SNEER_DEGREE_WORDS, SNEER_NOUNS, SNEER_NOUN_POINTERS, SWEAR_INTENSIFIERS,
    TOPIC_STOP_WORDS,
};

/// Swear words that only intensify ("this fucking loop"): removing them keeps the meaning.
fn intensifier(w: &str) -> bool {
    // ("god damned", "god damn it": the words go together.)
    let w = w.strip_prefix("god ").unwrap_or(w);
    let w = w.strip_suffix(" it").unwrap_or(w);
    SWEAR_INTENSIFIERS.contains(&w) || (w.contains('*') && w.ends_with("ing"))
}

/// The words that follow `end` up to the clause end: is there real content after the outburst?
fn words_left(cx: &Cx, b: &Body, s: usize, e: usize, rep: &str) -> usize {
    let left = format!(
        "{}{}{}",
        &cx.text[b.start..s.max(b.start)],
        rep,
        &cx.text[e.min(b.content_end.max(e))..b.content_end.max(e)]
    );
    left.split_whitespace()
        .filter(|w| w.chars().any(crate::engine::text::is_alnum))
        .count()
}

/// The problem-statement rewrite of a harsh sentence (of the side of a "but" that `f` is on).
/// The next step speaks to the reader ("Could we …?"), or in a review of someone else says
/// what that person will do.
fn problem_statement(cx: &Cx, b: &Body, side: &Body) -> String {
    let t = topic(cx, side);
    // A thread about software whose problem is code (or unnamed): the examples are code too;
    // "our old release process" keeps the everyday ones.
    let tech = cx.tech() && t.as_deref().is_none_or(super::sbi::code_topic);
    let extra = other_code(cx, side, t.as_deref());
    let see = if extra.is_empty() {
        String::new()
    } else {
        format!(" (see {})", extra.join(", "))
    };
    let what = t.unwrap_or_else(|| {
        let example = if tech {
            "the retry loop in `sync()`"
        } else {
            "the release checklist"
        };
        format!("[what, e.g. {}]", cx.eg(example))
    });
    // In code or a software thread the problem is in the code; in a review of someone else the
    // next step is theirs ("Her handover was a joke", in a review of Maria), not the reader's.
    let reviewed = if cx.code_like { None } else { reviewed(cx, b) };
    let (why, step) = if cx.code_like || reviewed.is_none() && tech {
        (
            "it retries forever when the API is down",
            "cap the retries at three",
        )
    } else if reviewed.is_some() {
        (
            "the release slipped two days",
            "walk through it with me on Monday",
        )
    } else {
        (
            "the release slipped two days",
            "walk through it together on Monday",
        )
    };
    let (why, step) = (cx.eg(why), cx.eg(step));
    let ask = match reviewed {
        Some(v) => v.next_step_request(step),
        // A reviewer can offer to pair; in a thread the writer may be the one asking for help.
        None if cx.code_like => {
            format!("Could we [next step, e.g. {step}]? I'm happy to pair on it.")
        }
        None => format!("Could we [next step, e.g. {step}]?"),
    };
    format!("I see a problem with {what}{see}: [why it matters, e.g. {why}]. {ask}")
}

/// The person a review of someone else is about, if sentence `b` is about them (the cheap
/// test first: the draft must speak of someone as he or she).
fn reviewed(cx: &Cx, b: &Body) -> Option<Voice> {
    if !cx.speaks_of_he_she() {
        return None;
    }
    Some(Voice::of(cx, b)).filter(|v| v.is_reviewed_person(cx))
}

/// The problem statement, after the suggestions in `out`: where it keeps what the sentence
/// says (a topic and little else beside the harsh words), or alone when there is nothing else
/// (on a side with more to say it would erase a demand, a refusal, a named fault; with no
/// topic every slot is empty). A sentence with no topic and little beside the outburst is
/// dropped when the draft says something else; one whose next sentence gives the reason
/// gives way to it.
fn push_statement(cx: &Cx, b: &Body, f: &Finding, out: &mut Vec<Suggestion>) {
    let side = super::clause::side_of(cx, b, f, false);
    let t = topic(cx, &side);
    let left = content_left(cx, &side, f, t.as_deref().unwrap_or(""));
    let whole = side.start <= b.start && side.content_end >= b.content_end;
    let reason = t
        .as_deref()
        .filter(|_| left <= 2 && whole)
        .and_then(|t| reason_follows(cx, b, t).or_else(|| reason_after(cx, b, t)));
    if f.rule == RuleId::Profanity && own_slip(cx, &side) {
        // "Ugh, brain fart while I was rebasing, sorry": a problem statement would turn the admission into a
        // complaint, and dropping the sentence would erase it; only the word wants changing.
        if out.is_empty() {
            out.push(plainly(cx, f));
        }
    } else if let Some(s) = reason {
        out.insert(0, s);
    } else if t.is_none() && left <= 2 && whole && cx.doc.sentences.len() > 1 && !code_defect(cx, b)
    {
        out.push(drop_sentence(cx, b));
    } else if out.is_empty() && words_beside(cx, &side, f) > 8 && !only_a(cx, f) {
        // "Closing: nobody's time is worth this attitude.": a sentence with this much to say
        // keeps it; only the words that sneer want a plainer wording.
        out.push(plainly(cx, f));
    } else if left <= 2 && t.is_some() || out.is_empty() {
        let new = problem_statement(cx, b, &side);
        out.push(super::clause::replace_in(
            cx,
            b,
            &side,
            "Name the problem instead",
            new,
        ));
    }
}

/// "Only an idiot would …" → "Only [a plainer word] would …": the words of `f` (and their
/// article) make way for a placeholder.
fn plainly(cx: &Cx, f: &Finding) -> Suggestion {
    let toks = cx.tokens_in(f.start, f.end);
    // "get sick of proposals like this": fed up, said calmly (a placeholder would drop "of").
    let phrase = cx.text[f.start..f.end].lowercase();
    if let Some(rep) =
        List("sick of:tired of|sick and tired of:tired of|fed up with:tired of").lookup(&phrase)
    {
        return sugg("Say it without the heat", f.start, f.end, rep);
    }
    let word = if toks.len() == 1 { "word" } else { "wording" };
    let before = toks.start.wrapping_sub(1);
    let article = toks.start > 0 && List("a|an").contains(&cx.doc.lw(before));
    // "is bloody awful" → "is [a plainer word]": the swear that stresses the word goes with it.
    let swear = toks.start > 0 && List("fucking|freaking|damn|bloody").contains(&cx.doc.lw(before));
    let start = if article || swear {
        cx.doc.tokens[before].start
    } else {
        f.start
    };
    let the = if cx.doc.lw(before) == "the" { "" } else { "a " };
    sugg(
        format!("Say \"{}\" more plainly", &cx.text[f.start..f.end]),
        start,
        f.end,
        format!("[{the}plainer {word}]"),
    )
}

/// "Damn, my bad", "sorry, I broke the shitty build": the writer owns a slip (the writer's
/// word, none of the reader or a third person, and a word of apology or fault).
fn own_slip(cx: &Cx, side: &Body) -> bool {
    let d = &cx.doc;
    let (mut own, mut slip, mut mine) = (false, false, false);
    for k in cx.tokens_in(side.start, side.content_end) {
        let w = d.lower(k);
        match crate::engine::sentence::pronoun(w) {
            Some(crate::engine::sentence::Who::Writer) => own = true,
            Some(_) => return false,
            None => {}
        }
        // "My first draft was crap": the writer's own work, judged.
        mine |= matches!(w, "my" | "our");
        slip |= List("sorry|oops|apologies|bad|fault|mistake|typo|forgot|overlooked|misread|missed|part|screwed|messed|broke")
            .contains(&w)
            || mine && List("crap|shit|garbage|junk").contains(&w);
    }
    slip && (own || promises_fix(cx, side))
}

/// "… mistake in the header. Will fix tonight.": the writer promises to mend it, in the
/// sentence or the next one.
fn promises_fix(cx: &Cx, side: &Body) -> bool {
    let d = &cx.doc;
    let Some(si) = cx.sentence_of(side.start) else {
        return false;
    };
    let next = d.sentences.get(si + 1).map_or(0..0, |n| n.tokens.clone());
    d.sentences[si]
        .tokens
        .clone()
        .chain(next)
        .any(|k| d.lower(k) == "fix" && List("will|i'll|ill").contains(&d.lw(k.wrapping_sub(1))))
}

/// "Also, it is ugly and broken.": besides the sneer, the sentence reports a defect
/// (`DEFECT_WORDS`), which the author needs; it is not dropped.
fn defect(cx: &Cx, b: &Body) -> bool {
    cx.tokens_in(b.start, b.content_end)
        .any(|k| crate::engine::vocab::review::DEFECT_WORDS.contains(&cx.doc.lower(k)))
}

/// "The cache is broken." → "The cache is broken: [what goes wrong, e.g. …]." The defect
/// is the point; it needs its reason, not a softer word.
fn what_breaks(cx: &Cx, b: &Body) -> Suggestion {
    let t = cx.text;
    Suggestion {
        label: "Say what goes wrong".into(),
        start: b.start,
        end: b.end,
        replacement: format!(
            "{}: [what goes wrong, e.g. {}]{}",
            &t[b.start..b.content_end],
            cx.eg("a name over 16 bytes overflows the buffer"),
            &t[b.content_end..b.end]
        ),
    }
}

/// "it is ugly and broken": the verdict on a defect stays when the sneer goes, so its finding
/// does not stop the sneer's sentence from being kept.
fn verdict_kept(cx: &Cx, b: &Body) -> Option<RuleId> {
    defect(cx, b).then_some(RuleId::BareVerdict)
}

/// A defect reported in a draft about software ("It was wrong." after "We replaced the old
/// checklist." reports none).
fn code_defect(cx: &Cx, b: &Body) -> bool {
    cx.tech() && defect(cx, b)
}

fn drop_sentence(cx: &Cx, b: &Body) -> Suggestion {
    removal(cx, b, b.start, b.end, "Drop this sentence")
}

/// Is the sentence of `f` only an outburst beside other sentences: no topic, and at most two
/// content words beside the harsh ones ("You are such a noob.", "This is dumb.")?
fn only_outburst(cx: &Cx, b: &Body, f: &Finding) -> bool {
    let side = super::clause::side_of(cx, b, f, false);
    let whole = side.start <= b.start && side.content_end >= b.content_end;
    whole
        && cx.doc.sentences.len() > 1
        && topic(cx, &side).is_none()
        && content_left(cx, &side, f, "") <= 2
}

/// "This patch is garbage. It breaks the ABI …" → "This patch breaks the ABI …": the next
/// sentence names the problem, with "it" for the topic the verdict judged; the verdict goes
/// and the topic takes the pronoun's place.
fn reason_follows(cx: &Cx, b: &Body, topic: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let si = cx.sentence_of(b.start)?;
    let next = d.sentences.get(si + 1)?;
    let gap = cx.text.get(b.end..next.start)?;
    let k = next.tokens.start;
    // "It breaks …", "It's slower …": the pronoun is the subject of the next word.
    let verb = match d.lower(k) {
        "it" if d.is_word(k + 1) => "",
        "it's" => " is",
        _ => return None,
    };
    // ("Do you not use a linter? It is handy": a question's "it" is what it asks about.)
    if gap.contains("\n\n") || next.tokens.len() < 4 || cx.text[b.content_end..b.end].contains('?')
    {
        return None;
    }
    // ("It might be simpler if you …", "It would be better to …": "it" stands for the clause
    // after it, not for the thing judged.)
    let dummy = (k + 1..k + 6).any(|j| {
        j < next.tokens.end
            && List("if|to").contains(&d.lower(j))
            && List("simpler|easier|better|clearer|safer|nicer|cleaner|surprising|worth|best")
                .contains(&d.lw(j - 1))
    });
    if dummy {
        return None;
    }
    Some(sugg(
        "Drop the verdict: the next sentence says what is wrong",
        b.start,
        d.tokens[k].end,
        format!("{}{verb}", super::edit::cap_first(topic)),
    ))
}

/// "These tests suck. Every one of them mocks the database, so …" → "I see a problem with these
/// tests: every one of them mocks the database, so …": a short verdict whose next statement
/// (in the same paragraph, not opening on "it", which `reason_follows` takes) says what is
/// wrong; the reason takes the verdict's place.
fn reason_after(cx: &Cx, b: &Body, topic: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let si = cx.sentence_of(b.start)?;
    let next = d.sentences.get(si + 1)?;
    let first = next.tokens.start;
    let gap = cx.text.get(b.end..d.tokens.get(first)?.start)?;
    let words = cx
        .tokens_in(b.start, b.content_end)
        .filter(|&k| d.is_word(k))
        .count();
    let told = cx.text[..next.end].trim_end().ends_with('.');
    // (A request or a question after the verdict is the next step, not the reason.)
    let asks = List("please|could|can|would|why|how|what|let's|maybe|perhaps|i|we|you")
        .contains(&d.lower(first));
    let ended = cx.text[b.content_end..b.end].contains('.');
    if words > 6 || gap.contains('\n') || !told || asks || !ended || next.tokens.len() < 4 {
        return None;
    }
    let lead =
        List("every|each|all|none|the|this|these|they|there|most|some|no|half|both|its|their")
            .contains(&d.lower(first));
    let opening = d.raw(first);
    let opening = if lead {
        opening.to_ascii_lowercase()
    } else {
        opening.to_string()
    };
    Some(sugg(
        "Let the reason say it",
        b.start,
        d.tokens[first].end,
        format!("I see a problem with {topic}: {opening}"),
    ))
}

/// The content words of `side` outside the finding `f` and the `topic` a statement keeps:
/// not function words, pronouns, interjections or other harsh words.
fn content_left(cx: &Cx, side: &Body, f: &Finding, topic: &str) -> usize {
    let d = &cx.doc;
    let harsh = class::PERSON
        | class::PROFANE
        | class::INSULT_STRONG
        | class::INSULT_WEAK
        | class::SNEER
        | class::INTENSIFIER;
    let in_topic = |k: usize| topic.split_whitespace().any(|w| w == d.raw(k));
    cx.tokens_in(side.start, side.content_end)
        .filter(|&k| {
            let (t, w) = (&d.tokens[k], d.lower(k));
            (t.end <= f.start || t.start >= f.end)
                && d.is_word(k)
                && !TOPIC_STOP_WORDS.contains(&w)
                && !INTERJECTIONS.contains(&w)
                && !OUTBURST_OPENERS.contains(&w)
                && !JUNK_TOPIC_WORDS.contains(&w)
                && crate::engine::vocab::flags_of(w) & harsh == 0
                && !in_topic(k)
        })
        .count()
}

/// "Could we …?" instead of a verdict or a demand, about the sentence's topic (with none, every
/// slot would be empty).
fn question_version(cx: &Cx, b: &Body) -> Option<Suggestion> {
    let what = topic(cx, b)?;
    Some(cx.replace_body(
        b,
        "Ask instead of judging",
        format!(
            "What do you think about [an alternative, e.g. {}] for {what}? I noticed [what you saw, e.g. {}].",
            cx.eg("reading the file once before the loop"),
            cx.eg("it re-reads the file on every pass")
        ),
    ))
}

/// "Dammit :(", "No. Damnit! ;)": a curse said on its own, at the writer's luck, names no
/// problem to state and no word to drop (dropping it leaves "No.!"); a milder exclamation
/// says the same.
fn lone_curse(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let curse = List("damn|dammit|damnit|dang|shit|crap|fuck|fck|fml").contains(&w);
    let before = cx.text[..f.start].trim_end();
    let after = cx.text[f.end..].trim_start();
    let alone_before = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
    let alone_after = after.is_empty() || after.starts_with(['.', '!', '?', ':', ';', '\n']);
    let rep = if cx.text[f.start..].starts_with(|c: char| c.is_uppercase()) {
        "Argh"
    } else {
        "argh"
    };
    // Only where the usual cards fail it: the whole draft ("Dammit :(" has nothing else to
    // keep) or after a sentence that shares its body ("No. Damnit!"); elsewhere the sentence
    // drops cleanly.
    let nothing_else = !cx.text[..f.start]
        .chars()
        .any(crate::engine::text::is_alnum)
        && !cx.text[f.end..].chars().any(crate::engine::text::is_alnum);
    let shares_body = f.start > b.start
        && cx.text[b.start..f.start]
            .chars()
            .any(crate::engine::text::is_alnum);
    (curse && alone_before && alone_after && (nothing_else || shares_body)).then(|| {
        let raw = &cx.text[f.start..f.end];
        sugg(format!("Say it without \"{raw}\""), f.start, f.end, rep)
    })
}

/// "WTF dude?", "What the hell, seriously?": disbelief with nothing else said asks what
/// happened; asked plainly, the question stays.
fn wtf_question(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let address = List("dude|man|bro|guys|mate|seriously|really|honestly|lol|again|,");
    let alone = cx
        .tokens_in(f.end, b.content_end)
        .all(|k| address.contains(&d.lower(k)));
    // ("Honestly WTF man?": the lead-in goes too; "Reverted* WTF?" keeps its correction.)
    let lead = cx
        .tokens_in(b.start, f.start)
        .all(|k| address.contains(&d.lower(k)));
    let before = cx.text[..f.start].trim_end();
    // ("The build is red again, wtf." → "…again. What happened here?")
    let comma = before.strip_suffix(',').filter(|h| h.len() >= b.start);
    let (start, rep) = match (lead, comma) {
        (true, _) => (b.start, "What happened here?"),
        (_, Some(head)) => (head.len(), ". What happened here?"),
        _ if before.ends_with(['.', '!', '?', '*', ':']) => (f.start, "What happened here?"),
        _ => (f.start, "what happened here?"),
    };
    (List("wtf|wth|what the fuck|what the hell|what the heck").contains(&w) && alone)
        .then(|| sugg("Ask what happened", start, b.end, rep))
}

/// A harsh finding: keep the writer's sentence without the harsh word where that works, then
/// the problem statement (and a question for a bare verdict or in code review).
pub(crate) fn suggest(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let w = cx.text[f.start..f.end].lowercase().replace('’', "'");
    // 'Your "fix" broke the build' → 'Your fix broke the build': the quotes were the sneer.
    let inner = cx.text[f.start..f.end].trim_matches(['"', '“', '”']);
    if f.rule == RuleId::Sarcasm && inner.len() < f.end - f.start {
        return vec![scare_quotes(cx, b, f, inner)];
    }
    if let Some(s) = drop_mock_frame(cx, b, f).or_else(|| dismissal_alone(cx, b, f, &w)) {
        return vec![s];
    }
    if let Some(s) = lone_curse(cx, b, f, &w)
        .or_else(|| shush_and(cx, f, &w))
        .or_else(|| wtf_question(cx, b, f, &w))
        .or_else(|| swear_inside(cx, b, f, &w))
    {
        return vec![s];
    }
    let mut out = Vec::new();
    if f.rule == RuleId::Insult {
        out.extend(plain_person(cx, f));
    }
    if matches!(
        f.rule,
        RuleId::Insult | RuleId::Condescension | RuleId::Sarcasm
    ) {
        if let Some(s) = drop_insulting_clause(cx, b, f) {
            // The sentence praises: naming "a problem" would turn its meaning around.
            out.push(s);
            return out;
        }
    }
    // Beside other sentences (which say what to do), a reported defect only lacks its reason.
    if f.rule == RuleId::BareVerdict && code_defect(cx, b) && cx.doc.sentences.len() > 1 {
        out.push(what_breaks(cx, b));
    }
    if let Some(s) = disagree(cx, f) {
        out.push(s);
    }
    if let Some(s) = calmer_idiom(cx, f, &w) {
        // "a pain in the ass" is two findings (the swear, the insult): both calm to "a pain".
        out.push(s);
    } else if f.rule != RuleId::BareVerdict && !cx.other_toxic_but(b, f, verdict_kept(cx, b)) {
        out.extend(keep_the_sentence(cx, b, f, &w));
    } else {
        // "People who can't even X should quit": the "even" goes; the other card has the rest.
        out.extend(sneer_adverb(cx, b, f));
    }
    // A long sentence says more than its swear word: keep it and ask for a plainer word in the
    // word's place rather than rewrite it whole ("have a test inject random crap" → "random
    // [a plainer word]").
    if out.is_empty() {
        out.extend(plainer_word(cx, b, f));
    }
    if f.rule == RuleId::Condescension {
        if let Some(s) = request_after_dismissal(cx, b, f)
            .or_else(|| not_following(cx, b, f))
            .or_else(|| plain_question(cx, b, f))
            .or_else(|| read_request(cx, b, f))
        {
            out.insert(0, s);
        }
        out.extend(drop_put_down_clause(cx, b, f));
        if let Some(s) = drop_repetition_complaint(cx, b, f) {
            // "I've told you twice that the loader runs first": the point, without the sigh.
            out.insert(0, s);
            push_statement(cx, b, f, &mut out);
            return out;
        }
        let repeats = repetition(cx, f);
        if let Some(s) = closing_notice(cx, b, f, &w) {
            // "…, so honestly we're done here": the thread closes either way; say so plainly.
            out.insert(0, s);
            return out;
        }
        out.extend(coaching_question(cx, b, f, repeats));
        push_statement(cx, b, f, &mut out);
        // "No. We never break userspace. How many times do I have to say this?": the point
        // stands before the sigh, which can simply go.
        let said_before = cx.sentence_of(b.start).is_some_and(|si| si > 0);
        if let Some(i) = out.iter().position(|s| s.label == "Drop this sentence") {
            if repeats && said_before {
                out.swap(0, i);
            }
        }
        return out;
    }
    push_statement(cx, b, f, &mut out);
    // The question asks the reader: not in a review of someone else.
    if cx.code_like || f.rule == RuleId::BareVerdict && reviewed(cx, b).is_none() {
        out.extend(question_version(cx, b));
    }
    out
}

/// "Either stfu and wait for the release or …" → "Either wait for the release or …": the order
/// to be quiet goes, and the order after it stays.
fn shush_and(cx: &Cx, f: &Finding, w: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let e = cx.tokens_in(f.end, cx.text.len()).start;
    if !matches!(w, "stfu" | "shut up") || d.lw(e) != "and" || !d.is_word(e + 1) {
        return None;
    }
    let verb = d.raw(e + 1);
    let verb = if cx.text[f.start..].starts_with(|c: char| c.is_uppercase()) {
        super::edit::cap_first(verb)
    } else {
        verb.to_string()
    };
    Some(sugg(
        "Drop the order to be quiet",
        f.start,
        d.tokens[e + 1].end,
        verb,
    ))
}

/// A swear that only adds heat inside a clause with its own content, which stays: "but wtf,
/// we can take bytes too" → "but we can take bytes too"; "damn these box drawings are ugly"
/// → "these box drawings are ugly"; "baffled the hell out of us" → "baffled us"; "the shi**y
/// parser" → "the poor parser".
fn swear_inside(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).start;
    let last = cx.tokens_in(f.start, f.end).end.checked_sub(1)?;
    // ("So WTF, how …": after one word, the outburst opens the sentence; `outburst` takes it.)
    let opens = d.sentences[d.tokens[k].sentence].tokens.start + 2 > k;
    let label = format!("Remove \"{}\"", &cx.text[f.start..f.end]);
    // "Hell yeah!", "Fuck yes, it is merged": a cheer; the yes stays.
    let yes = |j: usize| List("yes|yeah|yay").contains(&d.lw(j));
    let cheer = if yes(last) { last } else { last + 1 };
    if opens && yes(cheer) {
        let raw = d.raw(cheer);
        let rep = if cx.text[f.start..].starts_with(char::is_uppercase) {
            super::edit::cap_first(raw)
        } else {
            raw.to_string()
        };
        return Some(sugg(
            "Cheer without the swear",
            f.start,
            d.tokens[cheer].end,
            rep,
        ));
    }
    // "the hell out of", "the crap out of": the idiom goes, its verb and object stay.
    if d.lower(k) == "the" && d.lw(last + 1) == "out" && d.lw(last + 2) == "of" {
        let end = d.tokens.get(last + 3)?.start;
        return Some(sugg(label, f.start, end, ""));
    }
    // "…, but wtf, we can …": an aside between commas.
    if !opens && matches!(w, "wtf" | "damn" | "dammit" | "ffs") && d.lw(last + 1) == "," {
        let end = d.tokens.get(last + 2)?.start;
        return Some(sugg(label, f.start, end, ""));
    }
    // "but damn these box drawings are ugly": an intensifier before a clause's subject.
    let clause = (k + 1..k + 5).any(|j| {
        d.tokens
            .get(j)
            .is_some_and(|t| t.sentence == d.tokens[k].sentence)
            && List("is|are|was|were|looks|look|seems").contains(&d.lw(j))
    });
    if !opens && w == "damn" && clause && d.is_word(k + 1) && k > 0 && d.lw(k - 1) != "a" {
        let end = d.tokens[k + 1].start;
        return Some(sugg(label, f.start, end, ""));
    }
    // "the shi**y parser": a disguised adjective before its noun; "poor" says the same.
    let disguised = w.contains('*') && w.ends_with('y') && d.tokens[k].disguised;
    if disguised && d.is_word(last + 1) && b.content_end > d.tokens[last + 1].start {
        let label = format!("Say \"poor\" instead of \"{}\"", &cx.text[f.start..f.end]);
        return Some(sugg(label, f.start, f.end, "poor"));
    }
    None
}

/// Scare quotes mean "so-called": 'your "correct" example' is the example the writer thinks
/// wrong, so the adjective goes ("your example"); other words ('your "fix"') only lose their
/// quotes.
fn scare_quotes(cx: &Cx, b: &Body, f: &Finding, inner: &str) -> Suggestion {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    let before = toks.start.checked_sub(1).map_or("", |k| d.lower(k));
    let after = cx.tokens_in(f.end, b.content_end).start;
    // 'your "correct" example': an adjective between a determiner and its noun ('your "fix"
    // broke the build': a noun, whose verb takes a determiner after it).
    let det = crate::engine::vocab::words::TOPIC_DETERMINERS;
    let attributive = det.contains(&before)
        && after < d.tokens.len()
        && d.tokens[after].start < b.content_end
        && d.is_word(after)
        && !TOPIC_STOP_WORDS.contains(&d.lower(after))
        && !det.contains(&d.lw(after + 1));
    if attributive && !inner.contains(' ') {
        let mut s = removal(cx, b, f.start, f.end, "Drop the scare-quoted word");
        super::replace::fix_article(cx.text, &mut s);
        return s;
    }
    sugg("Say it plainly", f.start, f.end, inner.to_string())
}

/// "Imagine thinking that the cache is optional" → "I don't agree that the cache is optional":
/// the claim mocked is the writer's disagreement, said as one.
fn disagree(cx: &Cx, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).start;
    let clause = k + 2 + usize::from(d.lw(k + 2) == "that");
    let ok = d.lw(k) == "imagine"
        && matches!(d.lw(k + 1), "thinking" | "believing")
        && d.is_word(clause);
    ok.then(|| {
        sugg(
            "Say you disagree",
            f.start,
            d.tokens[clause].start,
            "I don't agree that ",
        )
    })
}

/// One profane or sneering word in a sentence of ten words or more → `[a plainer word]` in its
/// place.
fn plainer_word(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    if toks.len() != 1 || !matches!(f.rule, RuleId::Profanity | RuleId::DerogatoryWord) {
        return None;
    }
    let words = cx
        .tokens_in(b.start, b.end)
        .filter(|&k| d.is_word(k))
        .count();
    // "an evil monopoly" → "a monopoly": an adjective between a determiner and its noun goes.
    let k = toks.start;
    // "their smug fucking politeness", "is fucking hopeless": a swearing intensifier before a word that is no
    // object or particle of its own ("fucking them over") only stresses that word.
    let stress = List("fucking|freaking|frigging|effing").contains(&d.lower(k))
        && !List("them|him|me|us|you|it|with|up|over|around|off").contains(&d.lw(k + 1));
    let attributive = k > 0
        && (stress
            || List(
                "a|an|the|this|that|your|his|her|their|my|our|some|such|and",
            )
            .contains(&d.lower(k - 1)))
        && d.is_word(k + 1)
        // ("the vitriol was uncalled for": the word is the noun, and its determiner would be left.)
        && !List("is|was|are|were|has|had").contains(&d.lw(k + 1))
        && d.tokens[k + 1].sentence == d.tokens[k].sentence;
    // (Elsewhere in a long sentence the word gets a plainer one: `push_statement`.)
    // ("I broke the damn build": the writer's own slip keeps its sentence, however short.)
    // ("Argh, silly merge mistake…": opening the writer's own slip.)
    let opens = k == 0 || d.lower(k - 1) == "," || d.tokens[k - 1].sentence != d.tokens[k].sentence;
    let own = own_slip(cx, b);
    let opens =
        own && opens && d.is_word(k + 1) && d.tokens[k + 1].sentence == d.tokens[k].sentence;
    ((words >= 10 || own) && attributive || opens).then(|| {
        let mut s = removal(cx, b, f.start, f.end, &remove_label(d.raw(k)));
        super::replace::fix_article(cx.text, &mut s);
        s
    })
}

/// "I've asked you three times to update the ticket" → "update the ticket".
fn asked_to_do(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.content_end);
    let to = toks
        .clone()
        .skip_while(|&k| !List("asked|ask|reminded|remind").contains(&d.lower(k)))
        .find(|&k| d.lower(k) == "to")?;
    let start = d.tokens.get(to + 1)?.start;
    let task = cx
        .text
        .get(start..b.content_end)?
        .trim_end_matches(['.', '!', '?', ' ']);
    (task.split_whitespace().count() >= 2).then(|| task.to_string())
}

/// "Did you not run the tests?" → "Did you run the tests?": the same question without the
/// "not" that presumes its answer.
fn plain_question(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let w = cx.text[f.start..f.end].lowercase();
    let rep = List("did you not:did you|do you not:do you").lookup(&w)?;
    let upper = cx.text[f.start..].starts_with('D');
    cx.text[b.content_end..b.end]
        .contains('?')
        .then(|| sugg("Ask it plainly", f.start, f.end, cap_if(upper, rep)))
}

/// "So you didn't read the guide before posting" → "Could you read the guide before
/// posting?": the accusation, as the request it stands for (only a stance such as "I'm sure"
/// before it).
fn read_request(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let span = cx.tokens_in(f.start, f.end);
    let read = span.clone().find(|&k| d.lower(k) == "read")?;
    let stance = List("i|i'm|am|sure|clearly|obviously|apparently|so|well|guess|think");
    let lead = cx
        .tokens_in(b.start, f.start)
        .all(|k| stance.contains(&d.lower(k)));
    let rest = cx.text.get(d.tokens.get(read + 1)?.start..b.content_end)?;
    let rest = rest.trim_end_matches(['.', '!', '?', ' ']);
    (lead && d.lower(span.start) == "you" && rest.split_whitespace().count() >= 2).then(|| {
        cx.replace_body(
            b,
            "Ask for what you need",
            format!("Could you read {rest}?"),
        )
    })
}

/// "I honestly have no idea what you're proposing" → "I'm not sure what you're proposing": the
/// writer does not follow, said without the scoff; the rest of the sentence stays. ("You have
/// no idea what you're doing" is an insult, not this.)
fn not_following(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let first = cx.tokens_in(f.start, f.end).start;
    if d.lower(first) != "no" || d.lw(first + 1) != "idea" || d.lw(first + 2) != "what" {
        return None;
    }
    // Back over "have", "'ve got", "really", "honestly" to the writer's "I".
    let mut k = first;
    while k > 0
        && d.tokens[k - 1].start >= b.start
        && List("have|got|really|honestly|truly|just|simply|i've").contains(&d.lower(k - 1))
    {
        k -= 1;
        if d.lower(k) == "i've" {
            break;
        }
    }
    let writer = match d.lower(k) {
        "i've" => k,
        _ if k > 0 && d.lower(k - 1) == "i" && d.tokens[k - 1].start >= b.start => k - 1,
        _ => return None,
    };
    let capital = d.raw(writer).starts_with('I');
    Some(sugg(
        "Say you don't follow",
        d.tokens[writer].start,
        d.tokens[first + 2].start,
        cap_if(capital, "I'm not sure "),
    ))
}

/// "Stop complaining and send a patch" → "Could you send a patch?": the dismissal goes, the
/// request after it stays, asked.
fn request_after_dismissal(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let span = cx.tokens_in(f.start, f.end);
    let and = span.end;
    let ask = d.lower(span.start) == "stop"
        && d.lw(and) == "and"
        && d.is_word(and + 1)
        && d.tokens[and + 1].sentence == d.tokens[span.start].sentence
        // "… and go away", "… and learn git": a second dismissal, not a request.
        && !List("go|get|leave|shut|buzz|piss|grow|learn")
            .contains(&d.lower(and + 1));
    if !ask {
        return demand_as_request(cx, b, span.clone()).or_else(|| stop_as_request(cx, b, span));
    }
    let rest = cx.text.get(d.tokens.get(and + 1)?.start..b.content_end)?;
    (rest.split_whitespace().count() >= 2)
        .then(|| cx.replace_body(b, "Ask for what you need", format!("Could you {rest}?")))
}

/// "Please stop reopening this ticket." → "Could you avoid reopening this ticket, since [why it
/// matters]?": the same request, asked, with the reason the reader was not given.
fn stop_as_request(cx: &Cx, b: &Body, span: std::ops::Range<usize>) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = span.start;
    // "Please stop …", "Can we please stop …": asked of the reader, or of us all.
    let lead = cx.tokens_in(b.start, d.tokens[k].start);
    let can = matches!(d.lw(lead.start), "can" | "could");
    let who = if can { d.lw(lead.start + 1) } else { "you" };
    let asked = matches!(who, "we" | "you")
        && lead
            .skip(if can { 2 } else { 0 })
            .all(|j| d.lower(j) == "please");
    let g = d.lw(k + 1);
    // "Stop whining": the gerund is the sneer, and asking to avoid it keeps it.
    let sneer = List("whining|moaning|bitching|trolling|crying|ranting|nagging|begging|spamming|screaming|yelling|shouting")
        .contains(&g);
    if d.lower(k) != "stop" || !asked || !g.ends_with("ing") || g.len() < 5 || sneer {
        return None;
    }
    let rest = cx.text.get(d.tokens[k + 1].start..b.content_end)?;
    let ask = format!("Could {who} avoid {rest}, since [why it matters]?");
    Some(cx.replace_body(b, "Ask, and say why", ask))
}

/// "Fix it now.", "Just fix it already.", "Fix it or close the issue." → "Could you fix it?",
/// "Could you fix it or close the issue?": the demand, asked, without its impatience.
fn demand_as_request(cx: &Cx, b: &Body, span: std::ops::Range<usize>) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = span.start;
    let fix = if d.lower(k) == "just" { k + 1 } else { k };
    if !cx.tokens_in(b.start, d.tokens[k].start).is_empty() || d.lw(fix) != "fix" {
        return None;
    }
    // "Fix this already, it has been broken for a month.": the clause after the comma
    // follows the question as its own sentence.
    let toks = cx.tokens_in(d.tokens[fix].start, b.content_end);
    let comma = toks
        .clone()
        .find(|&j| d.lower(j) == ",")
        .unwrap_or(toks.end);
    // Each kept word with the space after it, as written ("issue #12" stays one piece).
    let ask: String = (fix..comma)
        .filter(|&j| !List("now|already|just").contains(&d.lower(j)))
        .map(|j| {
            let next = if j + 1 < comma {
                d.tokens[j + 1].start
            } else {
                d.tokens[j].end
            };
            &cx.text[d.tokens[j].start..next]
        })
        .collect();
    let ask = super::edit::lower_first(ask.trim_end());
    let after = match d.tokens.get(comma + 1) {
        Some(t) if comma < toks.end => format!(
            " {}.",
            super::edit::cap_first(&cx.text[t.start..b.content_end])
        ),
        _ => String::new(),
    };
    Some(cx.replace_body(
        b,
        "Ask for what you need",
        format!("Could you {ask}?{after}"),
    ))
}

/// A repetition complaint ("I have explained this three times"): its span counts the times.
fn repetition(cx: &Cx, f: &Finding) -> bool {
    let d = &cx.doc;
    let t = cx.tokens_in(f.start, f.end);
    // "twice", "three times", "over and over", "the third time", "I already told you"
    t.clone().any(|k| {
        List("twice|times|over").contains(&d.lower(k))
            || d.lower(k) == "time"
                && k > 0
                && crate::engine::rules::condescension::ordinal(d.lower(k - 1))
    }) || t.len() > 2 && d.lower(t.end - 2) == "told" && d.lower(t.end - 1) == "you"
        || t.clone().any(|k| d.lower(k) == "told") && d.lower(t.end - 1) == "before"
}

/// "I've told you twice already that the loader runs first", "As I said three times, the
/// loader runs first": the complaint opens the sentence and the point follows it; keep the point.
fn drop_repetition_complaint(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let span = cx.tokens_in(f.start, f.end);
    if !repetition(cx, f) {
        return None;
    }
    // Only "As I've", "I have said this", "We" and the like before the complaint: the writer
    // repeating themselves, not "This was said over and over".
    let before = cx.tokens_in(b.start, f.start);
    let me = |k: usize| {
        let w = d.lower(k);
        w.starts_with("i'") || w.starts_with("we'") || w == "i" || w == "we"
    };
    if before.len() > 4 || !before.is_empty() && !before.clone().any(me) {
        return None;
    }
    let mut k = span.end;
    while List("already|now|before|so|far").contains(&d.lw(k)) {
        k += 1;
    }
    let joined = List("that|,|:").contains(&d.lw(k));
    // "I already told you the flag is off": the point follows "told you" with no "that".
    let told = d.lower(span.end - 1) == "you";
    if !(joined || told) || k >= d.tokens.len() {
        return None;
    }
    let cut = d.tokens[if joined { k } else { k - 1 }].end;
    let point = cx.tokens_in(cut, b.content_end);
    if point.len() < 3 {
        return None;
    }
    Some(removal(
        cx,
        b,
        b.start,
        cut,
        "Keep the point, drop the complaint",
    ))
}

/// Praise with an insult or a jab tacked on in a later clause ("You rebuilt the dashboard in a
/// day; only an idiot would miss how good it is", "Nice fix, even if it was common sense"):
/// keep the praise, drop the clause with the insult or the jab.
fn drop_insulting_clause(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let head = cx.text.get(b.start..f.start)?;
    let cut = b.start + head.rfind([';', ',', '—', '–'])?;
    let praised = cx.view_at(b.start).is_some_and(|v| v.praise)
        || cx
            .tokens_in(b.start, cut)
            .any(|k| crate::engine::vocab::flags_of(cx.doc.lower(k)) & class::POSITIVE != 0);
    let kept_words = cx.tokens_in(b.start, cut).count();
    // "that idiot actually fixed it": the insult names the person who did something, and the
    // clause says what; dropping it would drop the fact.
    let names_someone = cx
        .tokens_in(cut, f.start)
        .last()
        .is_some_and(|k| List("that|this|the|those|these").contains(&cx.doc.lower(k)));
    // A jab ("though it's not rocket science") is dropped only as a short tail after praise
    // said in the kept words: a longer clause carries a point of its own.
    // "…, but [the point]": what follows a turn is the point, not a jab.
    let turn_word = |k: usize| List("but|yet|however").contains(&cx.doc.lower(k));
    let turn = cx
        .tokens_in(cut, b.content_end)
        .nth(1)
        .is_some_and(turn_word)
        || cx.tokens_in(b.start, cut).any(turn_word);
    let jab_fits = f.rule == RuleId::Insult
        || !turn
            && cx.tokens_in(cut, b.content_end).count() <= 8
            && cx
                .tokens_in(b.start, cut)
                .any(|k| crate::engine::vocab::flags_of(cx.doc.lower(k)) & class::POSITIVE != 0);
    if !praised || !jab_fits || names_someone || kept_words < 2 || f.end > b.content_end {
        return None;
    }
    let label = if f.rule == RuleId::Insult {
        "Keep the praise, drop the insult"
    } else {
        "Keep the praise, drop the jab"
    };
    Some(removal(cx, b, cut, b.content_end, label))
}

/// The smallest fix that keeps the sentence: drop the outburst, drop a sentence that is only
/// an outburst, or swap the word.
fn keep_the_sentence(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let text = cx.text;
    let mut o = outburst(cx, b, f, w);
    let at_body_start = o.start <= b.start;
    // "Seriously, …", "Clearly you …", "Surely you …": a sneer opening a sentence that stands
    // without it.
    let first = cx.tokens_in(f.start, f.end).start;
    let adverb = List("clearly|obviously|surely").contains(&cx.doc.lower(first));
    // "You do realize this breaks X, right?": the fact stands without the opener.
    let realize = w.starts_with("you do reali");
    let sneer = f.rule == RuleId::Condescension
        && at_body_start
        && (adverb
            || realize
            || w.ends_with(',')
            // "Good grief, …", not "Your plan is absurd, …": a short aside, not a clause.
            || text[o.end..].starts_with(',')
                && !cx.tokens_in(f.start, f.end).any(|k| crate::engine::vocab::flags_of(cx.doc.lower(k)) & class::PERSON != 0)
                && cx.tokens_in(f.start, f.end).len() < 4);
    if sneer && adverb {
        o.end = cx.doc.tokens[first].end;
    }
    if let Some(s) = sneer_adverb(cx, b, f) {
        return Some(s);
    }
    // "without fucking with the settings": a verb there ("messing"), not an intensifier.
    let verb =
        List("with|around|up|over|off").contains(&cx.doc.lw(cx.tokens_in(f.start, f.end).end));
    let removable = intensifier(w) && !verb
        || sneer
        || o.the_hell
        || (at_body_start
            && INTERJECTIONS.contains(&w)
            && (next_is_break(cx, o.end) || opens_clause(cx, o.end)))
        || (at_body_start && o.end > f.end && next_is_break(cx, o.end));
    let (s, e, rep) = remove_span(text, b, o.start, o.end);
    let left = words_left(cx, b, s, e, &rep);
    // "darn whitespace :)", "dammit - yes": one word left is enough.
    if removable && left >= 1 {
        let label = remove_label(text[o.start..o.end].trim());
        return Some(removal(cx, b, o.start, o.end, &label));
    }
    // A sentence that is only the outburst ("Seriously?", "Ugh.", "Damn it.") next to real
    // content: drop it.
    if cx.doc.sentences.len() > 1 && left == 0 && at_body_start {
        return Some(removal(cx, b, o.start, o.end, "Drop this sentence"));
    }
    // Word swaps that keep the writer's sentence.
    if f.rule != RuleId::Condescension {
        return swap(cx, b, f, w);
    }
    calmer_verdict(cx, f, w)
}

/// "Did you even test it?", "You clearly didn't test it", "Why not simply ask?": the sneer is
/// the one adverb, which goes whatever else the sentence says.
fn sneer_adverb(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).find(|&k| {
        List("even|clearly|obviously|simply").contains(&d.lower(k))
            && d.is_word(k + 1)
            && d.tokens[k + 1].sentence == d.tokens[k].sentence
    })?;
    (f.rule == RuleId::Condescension).then(|| {
        let label = remove_label(d.raw(k));
        removal(cx, b, d.tokens[k].start, d.tokens[k].end, &label)
    })
}

/// "Bypassing the check is unacceptable, as it …" → "is a problem"; "It makes absolutely no
/// sense to …" → "It doesn't make sense to me to …"; "Why on earth would you …" → "Why would
/// you …": the contempt goes, the claim and its reason stay (a coaching question in its place dropped both).
fn calmer_verdict(cx: &Cx, f: &Finding, w: &str) -> Option<Suggestion> {
    let rep = List(
        "is unacceptable:is a problem|completely unacceptable:a problem|totally unacceptable:a problem|\
makes zero sense:doesn't make sense to me|makes absolutely no sense:doesn't make sense to me|\
make zero sense:don't make sense to me|make absolutely no sense:don't make sense to me|\
utterly useless:unhelpful|utterly pointless:unhelpful|why on earth:why|what on earth:what|\
how on earth:how|where on earth:where|why in the world:why|what in the world:what",
    )
    .lookup(w)?;
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    // "… no sense whatsoever": the intensifier goes with it.
    let end = if d.lw(k) == "whatsoever" {
        d.tokens[k].end
    } else {
        f.end
    };
    let opens = cx.text[f.start..].starts_with(char::is_uppercase);
    Some(sugg(
        "Say it without the contempt",
        f.start,
        end,
        cap_if(opens, rep),
    ))
}

/// The span an outburst takes around a harsh word.
struct Outburst {
    start: usize,
    end: usize,
    /// It is "the hell" (or "the heck"): "What the hell were you doing" → "What were you doing".
    the_hell: bool,
}

/// Widen the harsh word to its outburst: "the hell", "what *the hell*", "damn it", "Oh crap".
fn outburst(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Outburst {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    let mut o = Outburst {
        start: f.start,
        end: f.end,
        the_hell: matches!(w, "the hell" | "the heck"),
    };
    if toks.len() == 1
        && toks.start >= 1
        && d.lower(toks.start - 1) == "the"
        && List("hell|heck|fuck|f*ck").contains(&w)
    {
        o.start = d.tokens[toks.start - 1].start;
        o.the_hell = true;
    }
    // ("What the heck, …" on its own is an outburst: all of it goes.)
    if w.starts_with("what the ") {
        if !next_is_break(cx, f.end) {
            o.start = d.tokens[toks.start + 1].start;
        }
        o.the_hell = true;
    }
    // "Damn it. …": the "it" goes too.
    let k_after = cx.tokens_in(f.end, b.end).start;
    if CURSES_WITH_IT.contains(&w)
        && d.lw(k_after) == "it"
        && k_after < d.tokens.len()
        && d.tokens[k_after].end <= b.end
    {
        o.end = d.tokens[k_after].end;
    }
    // "Damn you, Carl; …": a curse at someone goes with the name after it, up to the clause's
    // comma or end ("damn you" alone left "you Carl").
    // ("Shit you are right": there "you" opens the clause that stays.)
    let punct = |j: usize| d.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Punct);
    let said_to = punct(k_after + 1) || punct(k_after + 2);
    if CURSES_WITH_IT.contains(&w) && d.lw(k_after) == "you" && said_to && o.end == f.end {
        o.end = d.tokens[k_after].end;
        for j in k_after + 1..(k_after + 5).min(d.tokens.len()) {
            let p = d.lower(j);
            if p == "," || List(";|.|!|?").contains(&p) {
                o.end = d.tokens[j - 1].end;
            }
            if p != "," && d.tokens[j].kind == TokenKind::Punct {
                break;
            }
        }
    }
    // "Oh crap, …": from the start of the body.
    if toks.start >= 1
        && d.tokens[toks.start - 1].start >= b.start
        && OUTBURST_OPENERS.contains(&d.lower(toks.start - 1))
        && d.tokens[toks.start - 1].start == b.start
    {
        o.start = b.start;
    }
    o
}

/// A coaching question instead of condescension, about the topic when there is one; `None`
/// where the problem statement reads better (a sentence about the work, the writer fed up).
/// A long sentence says more than its put-down: the comma-clause that holds it goes ("…, and
/// your attitude is so bad, you could read the docs …"), and its points stay.
/// "Read the log again, kiddo." and "Gotta love how the docs lie.": the pet name, or the mock
/// love wrapped round the complaint, goes and the point stays ("The docs lie.").
fn drop_mock_frame(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let r = cx.tokens_in(f.start, f.end);
    if r.is_empty() || f.start < b.start || f.end > b.content_end {
        return None;
    }
    if f.rule == RuleId::Condescension
        && r.len() == 1
        && crate::engine::rules::condescension::PET_NAMES.contains(&d.lower(r.start))
    {
        return Some(removal(cx, b, f.start, f.end, "Drop the pet name"));
    }
    // "Crap, this is a leftover from the old parser.", "Ugh, …": a swear or a groan as the sentence's interjection
    // goes with its comma, and the statement after it stays as written.
    let interjection = (f.rule == RuleId::Profanity || INTERJECTIONS.contains(&d.lower(r.start)))
        && r.len() == 1
        && f.start == b.start
        && cx.text[f.end..b.content_end].starts_with(',')
        && cx
            .tokens_in(f.end, b.content_end)
            .filter(|&k| d.is_word(k))
            .count()
            >= 3;
    if interjection {
        return Some(removal(cx, b, f.start, f.end + 1, "Drop the interjection"));
    }
    // "Great, you broke the build again." → "You broke the build again.": the praise mocked.
    let opener = r.start + if d.lower(r.start) == "way" { 2 } else { 0 };
    if f.rule == RuleId::Sarcasm
        && f.start == b.start
        && d.lw(opener + 1) == ","
        && crate::engine::rules::sarcasm::harm_gerund(d.lower(r.end - 1))
    {
        let comma_end = d.tokens[opener + 1].end;
        return Some(removal(cx, b, f.start, comma_end, "Drop the mock praise"));
    }
    // "Who do you think kept this module alive?" answers itself: say the answer.
    let who = cx.text[f.start..f.end].lowercase() == "who do you think";
    let verb = d.lw(r.end);
    if who
        && f.start == b.start
        && !List("you|you're|youre|your|of|about|is|are|was|were|will|would|should|can|could|")
            .contains(&verb)
    {
        let rest = cx.text[d.tokens[r.end].start..b.content_end].trim_end();
        let end = if cx.text[b.content_end..b.end].trim_end() == "?" {
            b.content_end + 1
        } else {
            b.content_end
        };
        return Some(sugg(
            "Say the answer",
            f.start,
            end,
            format!("[Who, e.g. our team] {rest}."),
        ));
    }
    if let Some(s) = explain_instead(cx, b, f).or_else(|| step_back(cx, b, f)) {
        return Some(s);
    }
    // "It's not like you're kicking them" → "You're not kicking them": the denial said plainly.
    let plain = List("it's not like you're:you're not|it's not like you are:you are not")
        .lookup(&cx.text[f.start..f.end].lowercase().replace('’', "'"));
    if let Some(rep) = plain.filter(|_| f.rule == RuleId::Sarcasm) {
        let capital = cx.text[b.start..f.start].trim().is_empty();
        return Some(sugg("Say it plainly", f.start, f.end, cap_if(capital, rep)));
    }
    let mock_cased = |k: usize| crate::engine::rules::sarcasm::mock_cased(d.raw(k));
    if f.rule == RuleId::Sarcasm && mock_cased(r.start) {
        // "I tHiNk It'S dOcUmEnTeD" → "I think it's documented".
        let plain = cx.text[f.start..f.end]
            .lowercase()
            .replace(" i ", " I ")
            .replace(" i'", " I'");
        let capital = cx.text[b.start..f.start].trim().is_empty();
        return Some(sugg(
            "Write it in plain case",
            f.start,
            f.end,
            cap_if(capital, &plain),
        ));
    }
    if f.rule != RuleId::Sarcasm || d.lower(r.end - 1) != "love" {
        return None;
    }
    // "… love it when …": the "it" goes too.
    let k = r.end + usize::from(d.lw(r.end) == "it" && d.lw(r.end + 1) == "when");
    if !List("how|when|that").contains(&d.lw(k)) || d.tokens[k].end >= b.content_end {
        return None;
    }
    let rest = cx.text[d.tokens[k].end..b.content_end].trim_start();
    let capital = cx.text[b.start..f.start].trim().is_empty();
    // "Don't you just love it when the CI times out?" asks nothing: it states.
    let asks = cx.text[b.content_end..b.end].trim_end() == "?";
    let (end, stop) = if asks {
        (b.content_end + 1, ".")
    } else {
        (b.content_end, "")
    };
    let plain = format!("{}{stop}", cap_if(capital, rest));
    Some(sugg("Say it plainly", f.start, end, plain))
}

/// "You clearly have no idea how the allocator works." → "Let me explain how the allocator
/// works: [the point]." The reader is told, not judged.
fn explain_instead(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let r = cx.tokens_in(f.start, f.end);
    if f.rule != RuleId::Condescension || r.len() < 2 {
        return None;
    }
    let you = if d.lower(r.start) == "you" {
        r.start
    } else {
        r.start.checked_sub(1)?
    };
    let clueless = matches!(d.lower(r.end - 1), "idea" | "clue") && d.lower(r.end - 2) == "no";
    let wh = d.lw(r.end);
    if d.lower(you) != "you"
        || d.tokens[you].start != b.start
        || !clueless
        || !List("how|what|why|where|when|which").contains(&wh)
    {
        return None;
    }
    let rest = cx.text[d.tokens[r.end].start..b.content_end].trim_end();
    let end = b.end.min(b.content_end + 1);
    let said = format!("Let me explain {rest}: [the point].");
    Some(sugg("Explain instead", b.start, end, said))
}

/// "I'm not going to waste any more time on this series." → "I'll step back from this series
/// now.": the writer leaves the thread without calling it a waste.
fn step_back(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let r = cx.tokens_in(f.start, f.end);
    if f.rule != RuleId::Condescension || r.len() < 2 {
        return None;
    }
    let first = cx.tokens_in(b.start, b.end).start;
    let we = match d.lw(first) {
        "i" | "i'm" => false,
        "we" | "we're" => true,
        _ => return None,
    };
    if d.lower(r.end - 1) != "time" || !(r.start..r.end).any(|k| d.lower(k) == "waste") {
        return None;
    }
    let on = d.lw(r.end) == "on";
    let what = if on {
        cx.text[d.tokens[r.end].end..b.content_end].trim()
    } else {
        ""
    };
    let what = if what.is_empty() { "this" } else { what };
    let who = if we { "We'll" } else { "I'll" };
    Some(cx.replace_body(
        b,
        "Say you are stepping back",
        format!("{who} step back from {what} now."),
    ))
}

fn drop_put_down_clause(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let text = cx.text;
    if f.start < b.start || f.end > b.content_end {
        return None;
    }
    // A put-down that closes the sentence ("We should type the columns, who cares about the
    // old plugins."): from its comma to the end it goes, and the point before it stays.
    if let Some(i) = text[b.start..f.start].rfind(',') {
        let s = b.start + i;
        let words = |r: &str| r.split_whitespace().count();
        // "…, so now calm down": what joins the put-down on goes with it.
        let joins = text[s + 1..f.start]
            .split_whitespace()
            .all(|w| List("so|just|and|then|now|please|or").contains(&w.lowercase().as_str()));
        let opens_clause = words(&text[s + 1..f.start]) <= 1 || joins;
        // The clause before it makes a point ("Great start, but seriously, …" does not).
        let point = text[b.start..s].rsplit(',').next().map_or(0, words) >= 4;
        // "If you keep pushing, you will be banned": what is left would hang on its "if".
        // (After an @mention too: "@sam if you …".)
        // ("…, but if you want it for spam, go away": the clause right before it, too.)
        let k = cx.tokens_in(b.start, b.end).start;
        let clause = text[b.start..s]
            .rfind(',')
            .map_or(k, |c| cx.tokens_in(b.start + c + 1, s).start);
        let condition = |j: usize| {
            List("if|when|unless|because|although|though|since|while|once").contains(&cx.doc.lw(j))
        };
        let hangs = (k..k + 3).any(condition);
        // "…, but if you plan to use it for spam, go away": the condition stays, and what
        // follows from it is said plainly.
        if (clause..clause + 2).any(condition) && f.end >= b.content_end && opens_clause {
            let then = "[what happens then, e.g. this project can't help with that]";
            return Some(sugg("Say what happens then", f.start, f.end, then));
        }
        // ("…, calm down, chill": a word or two more of the same.)
        let tail = &text[f.end..b.content_end];
        let rest_is_one = !tail.contains(',') || words(tail) <= 2;
        if opens_clause && !hangs && rest_is_one && point {
            return Some(removal(cx, b, s, b.content_end, "Drop the put-down"));
        }
    }
    // "I don't care what your manager wants, this is not going in": an opening put-down goes
    // with its comma, and the point after it stays.
    // (Only a short clause that opens on the put-down: "Why did you skip the tests, …" asks.)
    let words = |r: &str| r.split_whitespace().count();
    let question = text[b.start..b.end].trim_end().ends_with('?');
    if words(&text[b.start..f.start]) <= 1 && !question {
        let c = f.end + text[f.end..b.content_end].find(',')?;
        // What stays opens a clause of its own ("this is …", "we won't …"), not a list.
        let subject = List("this|that|it|it's|that's|we|we'll|we're|i|i'm|i'll|the|they")
            .contains(&cx.doc.lw(cx.tokens_in(c + 1, b.content_end).start));
        if words(&text[b.start..c]) <= 8 && subject && words_left(cx, b, b.start, c, "") >= 3 {
            return Some(removal(cx, b, b.start, c + 1, "Drop the put-down"));
        }
    }
    if words_left(cx, b, b.start, b.start, "") <= 30 {
        return None;
    }
    // Mid-sentence the clause goes with the comma before it; at the start, with the one after.
    let comma = text[b.start..f.start].rfind(',');
    let s = comma.map_or(b.start, |i| b.start + i);
    let e = f.end + text[f.end..b.content_end].find(',')? + usize::from(comma.is_none());
    (text[s..e].split_whitespace().count() <= 10).then(|| removal(cx, b, s, e, "Drop the put-down"))
}

/// "Only an idiot would …", "Any fool could …": the whole frame is the put-down, and what it
/// mocks is the problem to name.
fn only_a(cx: &Cx, f: &Finding) -> bool {
    let k = cx.tokens_in(f.start, f.end).start;
    k >= 2
        && List("only|any").contains(&cx.doc.lw(k - 2))
        && List("a|an").contains(&cx.doc.lw(k - 1))
}

/// The words of `b` outside the finding: what a whole-sentence rewrite would erase.
fn words_beside(cx: &Cx, b: &Body, f: &Finding) -> usize {
    let d = &cx.doc;
    cx.tokens_in(b.start, b.content_end)
        .filter(|&k| d.is_word(k) && (d.tokens[k].end <= f.start || d.tokens[k].start >= f.end))
        .count()
}

/// "…, so honestly we're done here", or "We're done here." alone: the writer is closing the
/// thread, which a plain notice says without the slammed door. (After the point, the sentence
/// simply goes.)
fn closing_notice(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let closer =
        List("we're done here|we are done here|i'm done here|end of discussion|end of story")
            .contains(&w);
    if !closer {
        return None;
    }
    let text = cx.text;
    // "We are done here, go read the FAQ": the closer goes with its comma.
    if f.start <= b.start && text[f.end..b.content_end].starts_with(',') {
        return Some(removal(cx, b, f.start, f.end + 1, "Drop the put-down"));
    }
    let first = cx.sentence_of(b.start).is_none_or(|si| si == 0);
    let lead = text[b.start..f.start].rsplit(',').next().unwrap_or("");
    let said = lead.split_whitespace().count() >= 2;
    let alone = f.start <= b.start && f.end >= b.content_end;
    (f.end >= b.content_end && (said || alone && first)).then(|| {
        let capital = f.start <= b.start;
        sugg(
            "Say you are closing the thread",
            f.start,
            f.end,
            cap_if(capital, "I'll close this thread now"),
        )
    })
}

fn coaching_question(cx: &Cx, b: &Body, f: &Finding, repeats: bool) -> Option<Suggestion> {
    let v = Voice::of(cx, b);
    let asked_before = cx
        .tokens_in(b.start, b.content_end)
        .any(|k| List("ask|asked|asking|remind|reminded").contains(&cx.doc.lower(k)));
    // "… asked him three times": a complaint about someone else, not a talk with the reader.
    let about_other = cx
        .tokens_in(b.start, b.content_end)
        .any(|k| List("him|her|them|he|she|they").contains(&cx.doc.lower(k)));
    let repeats = repeats && !about_other;
    if repeats && asked_before {
        // "How many times do I have to ask you for the agenda?": ask once more, plainly.
        let ask = match asked_to_do(cx, b) {
            // "stop force-pushing" takes no deadline.
            Some(task)
                if ["stop ", "quit ", "avoid ", "not "]
                    .iter()
                    .any(|w| task.starts_with(w)) =>
            {
                format!("Could you {task}?")
            }
            Some(task) => format!("Could you {task} by [when, e.g. Thursday noon]?"),
            None => {
                let what = topic(cx, b).unwrap_or_else(|| "[what, e.g. the agenda]".into());
                format!(
                    "Could you [what you need, e.g. send me] {what} by [when, e.g. Thursday noon]?"
                )
            }
        };
        return Some(cx.replace_body(
            b,
            "Ask once, plainly",
            format!("{ask} [Why it matters, e.g. the rest of the team is waiting on it]."),
        ));
    }
    if repeats && v.person == super::voice::Person::Writer {
        // "I have explained this three times": the writer sighs at the reader; offer another way
        // in, not a self-review.
        return Some(cx.replace_body(
            b,
            "Offer another way in",
            "Let me put it another way: [the point, in one sentence, e.g. the report is due on Friday, not Monday]. Which part is still unclear?".into(),
        ));
    }
    // About the work ("What a waste of time this meeting was") or the writer fed up ("I'm sick
    // of these flaky tests"): the problem statement, not a self-review. A boast ("Everyone knows
    // I carried the launch") keeps the writer's own example.
    let complains = cx.criticises_at(b.start);
    // "Get a life, my friend": an order to the reader, whoever "my" seems to make the subject.
    let mut k = cx.tokens_in(b.start, b.content_end).start;
    while List("now|please|just|so|then|and").contains(&cx.doc.lw(k)) {
        k += 1;
    }
    let order = crate::engine::vocab::flags_of(cx.doc.lw(k)) & class::IMPERATIVE != 0
        || List("grow|learn|go|read|shut|quit|calm|chill").contains(&cx.doc.lw(k));
    if v.person == super::voice::Person::Nobody
        || order
        || v.person == super::voice::Person::Writer && complains
    {
        return None;
    }
    // Past eight other words the sentence says more than its sneer, which a rewrite would erase
    // (in a review of someone, past 25: a paragraph said in one sentence is never replaced).
    let beside = words_beside(cx, b, f);
    let long = beside > 8;
    // About someone else, or a statement about the reader ("your attitude needs
    // work"): say what happened instead of talking down. A question to the reader ("Are
    // you serious?") asks about a choice.
    let why = asked_why(cx, b);
    // A jab with nothing else to say, beside other sentences, simply goes (`push_statement`).
    let bare = content_left(cx, b, f, "") <= 2 && cx.doc.sentences.len() > 1;
    if !v.is_reader() || !cx.text[b.content_end..b.end].starts_with('?') {
        // ("What was he thinking when he moved the launch?" keeps its SBI in a review.)
        return (!bare && (!long || v.is_reviewed_person(cx) && beside <= 25)).then(|| {
            cx.replace_body(b, "Say what happened instead", super::sbi::behavior(cx, &v))
        });
    }
    if long && why.is_none() {
        return None;
    }
    // "Can you people not read at all? This repo is not that app.": a jab that asks
    // about no choice, beside the sentence that makes the point, goes ("Can you walk me
    // through [the choice]?" answered a question no one asked).
    let topic_named = topic(cx, b).is_some();
    if why.is_none() && !topic_named && cx.doc.sentences.len() > 1 {
        return Some(drop_sentence(cx, b));
    }
    let coach = if cx.asks_coaching_question(&v) {
        " What's the real challenge here for you?"
    } else {
        ""
    };
    let ask = match why.or_else(|| topic(cx, b).map(|t| format!("your thinking on {t}"))) {
        Some(t) => format!("Can you walk me through {t}?{coach} I'm happy to help."),
        None => format!(
            "Can you walk me through [the choice, e.g. {}]?{coach} I'm happy to help.",
            super::voice::examples(cx).choice
        ),
    };
    Some(cx.replace_body(b, "Ask a coaching question instead", ask))
}

/// "Why would you ever merge this without tests?" → "the choice to merge this without tests";
/// "Why do you refuse to add a flag?" → "the choice not to add a flag": what the reader did,
/// kept, for the coaching question. Only an act (not "why would you think that").
fn asked_why(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.content_end);
    let k = toks.start;
    let aux = "would|do|did|does|will|could|should|won't|don't|didn't|wouldn't";
    if d.lw(k) != "why" || !List(aux).contains(&d.lw(k + 1)) || d.lw(k + 2) != "you" {
        return None;
    }
    let mut j = k + 3;
    while List("ever|even|possibly|just|really").contains(&d.lw(j)) {
        j += 1;
    }
    let negated = d.lw(k + 1).ends_with("n't");
    let (not, j) = match (d.lw(j), d.lw(j + 1)) {
        ("refuse", "to") => (!negated, j + 2),
        _ => (negated, j),
    };
    let end = toks.end.min(d.tokens.len());
    let verb = d.lw(j);
    let plain =
        (j..end).all(|i| d.is_word(i) || d.tokens[i].kind == TokenKind::Code || d.lower(i) == "?");
    let mental =
        List("think|say|believe|care|want|need|expect|assume|ask|even|not").contains(&verb);
    if j >= end || !plain || mental || verb.ends_with("ing") || end - j > 12 {
        return None;
    }
    let last = (j..end).rev().find(|&i| d.is_word(i))?;
    let act = &cx.text[d.tokens[j].start..d.tokens[last].end];
    Some(format!(
        "the choice {}to {act}",
        if not { "not " } else { "" }
    ))
}

/// A word-level fix that keeps the rest of the writer's sentence: "hate" → "dislike",
/// "I suck at X" → "I'm still getting better at X", a sneering adjective or noun → a placeholder
/// naming the actual problem (in sentences with enough content to keep).
fn swap(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    // "pissed off" → "annoyed": the particle goes with its verb.
    if matches!(w, "pissed off" | "pissed") {
        return Some(sugg("Say it without the heat", f.start, f.end, "annoyed"));
    }
    if toks.len() != 1 {
        return None;
    }
    let k = toks.start;
    // "it pisses me off" → "it annoys me": the particle after the object goes too.
    let annoy = List("piss:annoy|pisses:annoys|pissed:annoyed|pissing:annoying").lookup(w);
    if let (Some(rep), "off") = (annoy, d.lw(k + 2)) {
        let object = d.raw(k + 1);
        if List("me|us|you|him|her|them|everyone|people").contains(&d.lw(k + 1)) {
            let rep = format!("{rep} {object}");
            return Some(sugg(
                "Say it without the heat",
                f.start,
                d.tokens[k + 2].end,
                rep,
            ));
        }
    }
    let prev = if k > 0 && d.tokens[k - 1].start >= b.start {
        d.lower(k - 1)
    } else {
        ""
    };
    if let Some(s) = heat_swap(cx, f, w, prev).or_else(|| calmer_word(cx, f, k, w, prev)) {
        return Some(s);
    }
    // "This is ugly.", "a little ugly": a predicate keeps its sentence however short.
    let predicate = List(
        "is|are|was|were|looks|look|seems|it's|that's|little|bit|so|very|really|pretty|quite",
    )
    .contains(&prev)
        // "makes the formatting ugly": the object's predicate.
        || makes_it(cx, k);
    // "Ugly indentation.", "an ugly hack": before its noun, in a fragment of any length.
    let (next, noun_next) = (d.lw(k + 1), d.is_word(k + 1));
    let attributive = noun_next
        && !List("as|and|or|but|to|of|in|enough").contains(&next)
        && (prev.is_empty() || crate::engine::vocab::words::TOPIC_DETERMINERS.contains(&prev));
    // "even stupid mistakes": before a noun whatever comes first, the example is one word.
    let before_noun = noun_next
        && !List("as|and|or|but|to|of|in|enough|until|if|when|because|so|for|with").contains(&next)
        && !predicate;
    // "Stop this idiotic behavior", "a stupid mistake": conduct, not work with a fault to
    // name; the noun says it without the sneer.
    // "this stupid unreadable config": the next adjective names the fault already.
    let named = cx.has(k + 1, crate::engine::sentence::word::CRITICISED)
        || next.starts_with("un") && next.ends_with("able");
    // "Stupid spell check.", "this dumb linter": a tool the writer grumbles at; the noun stays.
    let tool = List("spell|spellcheck|spellchecker|autocorrect|bot|linter|compiler|gerrit|jenkins|ci|editor|tool|browser|keyboard|laptop|vpn|wifi|printer|phone|git|thing|app|program|computer|machine|update|installer|website|site|server")
            .contains(&next);
    // ("Stupid bot." alone would be left as "Bot."; before the reason it is the topic.)
    if attributive
        && SNEER_ADJECTIVES.contains(&w)
        && (cx.tokens_in(b.start, b.content_end).len() > 2 || cx.doc.sentences.len() > 1)
        && (named || tool || List("behavior|behaviour|attitude|disdain|tone|comment|comments|remark|remarks|reply|message|messages|post|posts|rant|excuse|excuses|mistake|mistakes|question|questions|argument|arguments|joke")
            .contains(&next))
    {
        let label = remove_label(d.raw(k));
        // "an idiotic mistake" → "a mistake": the article follows the noun.
        let mut s = removal(cx, b, f.start, f.end, &label);
        super::replace::fix_article(cx.text, &mut s);
        return Some(s);
    }
    if SNEER_ADJECTIVES.contains(&w) && (predicate || attributive || enough_to_keep(cx, b)) {
        return Some(sneer_adjective_swap(
            cx,
            f,
            k,
            prev,
            attributive || before_noun,
        ));
    }
    if !enough_to_keep(cx, b) {
        return None;
    }
    if SNEER_NOUNS.contains(&w) && SNEER_NOUN_POINTERS.contains(&prev) {
        return Some(sugg(
            format!("Name it instead of \"{}\"", d.raw(k)),
            f.start,
            f.end,
            "[what exactly, e.g. the duplicated setup code]",
        ));
    }
    None
}

/// "makes formatting ugly", "leaves the layout messy": the adjective at `k` is what a verb of
/// making says of its object.
fn makes_it(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let making =
        |j: usize| List("makes|make|made|making|leaves|left|keeps|renders").contains(&d.lw(j));
    let object = |j: usize| d.is_word(j) && !making(j);
    let determiner =
        crate::engine::vocab::words::TOPIC_DETERMINERS.contains(&d.lw(k.wrapping_sub(2)));
    object(k.wrapping_sub(1))
        && (making(k.wrapping_sub(2)) || determiner && making(k.wrapping_sub(3)))
}

/// "nobody cares", alone: the writer thinks the point does not matter, which said plainly is
/// a view with its reason ("I see a problem with …" said the opposite).
fn dismissal_alone(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let alone = cx.doc.sentences.len() == 1
        && cx.text[b.start..b.end]
            .trim_end_matches(['.', '!', '?'])
            .len()
            == f.end - f.start;
    (f.rule == RuleId::Condescension
        && alone
        && List("nobody cares|no one cares|who cares").contains(&w))
    .then(|| {
        sugg(
            "Say why it doesn't matter",
            b.start,
            b.end,
            "I don't think this matters here, because [why].",
        )
    })
}

/// "Damned if you do, damned if you don't": the proverb, either of its swears, says plainly
/// "It's a no-win situation".
fn no_win(cx: &Cx, f: &Finding) -> Option<Suggestion> {
    const IDIOM: [&str; 2] = [
        "damned if you do, damned if you don't",
        "damned if you do damned if you don't",
    ];
    let from = f.start.saturating_sub(20);
    let from = (from..=f.start).find(|&i| cx.text.is_char_boundary(i))?;
    let to = (f.end + 40).min(cx.text.len());
    let to = (to..=cx.text.len()).find(|&i| cx.text.is_char_boundary(i))?;
    let near = cx.text[from..to].lowercase().replace('’', "'");
    IDIOM.iter().find_map(|idiom| {
        let at = from + near.find(idiom)?;
        let end = at + idiom.len();
        // (The lowercased copy keeps byte offsets only for ASCII; the idiom is ASCII.)
        let same = cx
            .text
            .get(at..end)
            .is_some_and(|t| t.eq_ignore_ascii_case(idiom));
        (same && at <= f.start && f.end <= end).then(|| {
            let upper = cx.text[at..].starts_with('D');
            sugg(
                "Say it without the swear word",
                at,
                end,
                cap_if(upper, "it's a no-win situation"),
            )
        })
    })
}

/// "hate" → "dislike"; "I suck at" → "I am still getting better at".
fn heat_swap(cx: &Cx, f: &Finding, w: &str, prev: &str) -> Option<Suggestion> {
    let upper = cx.text[f.start..].starts_with(char::is_uppercase);
    let calm = |rep: &str| {
        Some(sugg(
            "Say it without the heat",
            f.start,
            f.end,
            cap_if(upper, rep),
        ))
    };
    let swap = List("hate:dislike|hated:disliked|hates:dislikes|hating:disliking");
    if let Some(rep) = swap.lookup(w) {
        return calm(rep);
    }
    // "It's true. I suck.": owning a slip, not a skill still growing ("I suck at regexes").
    let after = cx
        .token_at(f.end)
        .filter(|&k| cx.doc.tokens[k].start >= f.end);
    let at = after.is_some_and(|k| List("at|with|in").contains(&cx.doc.lower(k)));
    match w {
        "suck" | "sucks" if List("i|we").contains(&prev) && !at => Some(sugg(
            "Say plainly what went wrong",
            f.start,
            f.end,
            "got this wrong",
        )),
        "suck" | "sucks" if List("i|we|i'm").contains(&prev) => {
            let rep = match prev {
                "i'm" => "still getting better",
                "we" => "are still getting better",
                _ => "am still getting better",
            };
            Some(sugg(
                "Frame it as a skill you're building",
                f.start,
                f.end,
                rep,
            ))
        }
        _ => None,
    }
}

/// "some Gradle idiot broke the nightly", "what kind of moron books a 7 am call?": an
/// insult pointing at someone unnamed. A plain person noun in its place keeps the sentence and
/// its point ("some Gradle developer broke the nightly"); a proper name before it stays, an
/// intensifier ("a complete idiot") goes. Not "only an idiot would …" or "he is an idiot",
/// where the insult is the claim and a person noun would say nothing.
fn plain_person(cx: &Cx, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let i = cx.tokens_in(f.start, f.end).next()?;
    let list = crate::engine::vocab::words::List;
    let det = (i.saturating_sub(3)..i).rev().find(|&j| {
        list("some|a|an|this|that|the|these|those").contains(&d.lower(j))
            || d.lower(j) == "of" && list("kind|sort|type").contains(&d.lw(j.wrapping_sub(1)))
    })?;
    let before = if det > 0 { d.lower(det - 1) } else { "" };
    // Between them only a name or an intensifier ("some Gradle idiot", "a complete moron").
    let modifier = |j: usize| {
        d.tokens[j].capitalized
            || list("complete|total|absolute|utter|real|stupid|dumb|fucking|bloody|damn|little|old")
                .contains(&d.lower(j))
    };
    let w = d.lower(i);
    // One noun for a person, which a verb or a clause follows: not "stupidity", "a bitch to
    // debug" or an exclamation ("the bastards!").
    let person = f.end == d.tokens[i].end
        && !["ity", "ness", "cy", "nce", "ism"]
            .iter()
            .any(|e| w.ends_with(e))
        && d.is_word(i + 1)
        && d.tokens[i + 1].sentence == d.tokens[i].sentence
        && d.lw(i + 1) != "to";
    if !person
        || !(det + 1..i).all(modifier)
        || w == "ass"
        || d.tokens[det].sentence != d.tokens[i].sentence
        || list("is|are|am|was|were|be|been|being|i'm|you're|he's|she's|it's|only|any|no|not|every|even|like|such|what|call|called|you|,")
            .contains(&before)
    {
        return None;
    }
    let plural = w.ends_with('s') && !w.ends_with("ss");
    // "these idiot mistakes": after "these", a singular noun modifies the next one.
    if !plural && list("these|those").contains(&d.lower(det)) {
        return None;
    }
    let noun = match (plural, cx.code_like || cx.tech()) {
        (false, true) => "developer",
        (true, true) => "developers",
        (false, false) => "person",
        (true, false) => "people",
    };
    // Proper names before the insult stay ("Gradle"); other words were its heat.
    let names: Vec<&str> = (det + 1..i)
        .filter(|&j| d.tokens[j].capitalized)
        .map(|j| d.raw(j))
        .collect();
    let mut rep = names.join(" ");
    if !rep.is_empty() {
        rep.push(' ');
    }
    rep.push_str(noun);
    let article = matches!(d.lower(det), "a" | "an");
    if article && names.is_empty() {
        // "a complete moron merged this" → "someone merged this".
        rep = "someone".into();
    } else if article {
        let an = rep.starts_with(['A', 'E', 'I', 'O', 'U']);
        rep.insert_str(0, if an { "an " } else { "a " });
    }
    let (start, rep) = if article {
        (d.tokens[det].start, cap_if(d.tokens[det].capitalized, &rep))
    } else {
        (d.tokens[det + 1].start.min(f.start), rep)
    };
    Some(sugg("Say who, without the insult", start, f.end, rep))
}

/// A calmer word for a heated one that says the same: "evil" → "risky", "a crap load" → "a
/// load", "wtf is" → "what is", "brain fart" → "slip", "this helper sucks" → "this helper is
/// [what's wrong]", "fuck it up" → "mess it up".
#[inline(never)]
fn calmer_word(cx: &Cx, f: &Finding, k: usize, w: &str, prev: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let next = d.lw(k + 1);
    let list = crate::engine::vocab::words::List;
    // "never had the balls to delete it": the nerve to.
    if w == "balls" && prev == "the" && next == "to" {
        return Some(sugg(
            "Say \"nerve\" instead of \"balls\"",
            f.start,
            f.end,
            "nerve",
        ));
    }
    // "I am anally retentive about comments": pedantic.
    if w == "anally" && next == "retentive" {
        let end = d.tokens[k + 1].end;
        return Some(sugg("Say \"pedantic\" instead", f.start, end, "pedantic"));
    }
    let mut rep = list("unfuck:fix|unfucked:fixed|unfucking:fixing|fucking:messing|evil:risky|anal:pedantic|goofy:odd|screwed:in trouble|sucker:thing|suckers:things|wtf:what|fart:slip|fuck:mess|f*ck:mess|screw:mess|crap:|shit:|junk:|sucks:is|suck:are|fucked:broken|hell:|shitty:poor|crappy:poor").lookup(w)?;
    // "one big shit show" → "one big mess": the idiom goes whole.
    if rep.is_empty() && list("show|storm|shows").contains(&next) && d.is_word(k + 1) {
        let label = format!(
            "Say \"mess\" instead of \"{}\"",
            &cx.text[f.start..d.tokens[k + 1].end]
        );
        // ("into shit show" takes its article; "a total shit show" has one.)
        let bare =
            list("is|was|are|were|be|been|into|of|like|became|become|becomes|it's|that's|what's")
                .contains(&prev);
        let rep = if bare { "a mess" } else { "mess" };
        return Some(sugg(label, f.start, d.tokens[k + 1].end, rep));
    }
    // "What sucks most is …": what bothers the writer; what follows says what.
    if w == "sucks" && (prev == "what" || next == "most" || next == "the" && d.lw(k + 2) == "most")
    {
        return Some(sugg(
            "Say it without \"sucks\"",
            f.start,
            f.end,
            "bothers me",
        ));
    }
    // "all this noinline crap" → "all this noinline stuff" (a noun after a determiner, not
    // "Holy crap" or "a load of crap", which loses the word).
    let quantity = list("load|loads|ton|tons|lot|bunch").contains(&next);
    // The noun ends its phrase ("this crap is", "all this crap."), not "crap code", "the crap
    // out of", "shit-brained".
    let ends_phrase = match d.tokens.get(k + 1) {
        Some(t) if t.kind == TokenKind::Word => {
            list("is|are|was|were|and|or|in|from|that|should|will|can|here|back|for|to|again")
                .contains(&next)
        }
        Some(_) => next != "-",
        None => true,
    };
    // "include crap data", "writing crap code": before a noun of the work it is an adjective,
    // "bad" ("crap out", "that crap nobody reads" are not).
    let noun = crate::engine::vocab::flags_of(next) & crate::engine::vocab::class::TECH != 0
        || cx.has(k + 1, crate::engine::sentence::word::ARTIFACT)
        || list("code|data").contains(&next);
    if rep.is_empty() && noun && w != "hell" {
        rep = "bad";
    }
    // ("The tests are crap": after a verb it is the verdict, not a noun of the phrase.)
    if rep.is_empty()
        && w != "hell"
        && ends_phrase
        && !list("is|are|was|were|be|'s|'re").contains(&prev)
        && (k.saturating_sub(3)..k)
            .any(|j| list("this|that|all|the|such|some|more|any").contains(&d.lw(j)))
    {
        rep = "stuff";
    }
    let simile = prev == "as" || prev == "like" && w == "hell";
    let fits = match rep {
        // "goto is evil", "an evil hack": a risk in code; "an evil monopoly" is not one.
        "risky" => cx.code_like || list("is|are|was|considered").contains(&prev),
        "what" => list("is|are|was|were|does|did|happened|do").contains(&next),
        // "the docs are shitty" → "poor"; "this shitty parser drops …" loses the word instead.
        "poor" => list("is|are|was|were|be|so|really|pretty|very|looks|seems").contains(&prev),
        "slip" => prev == "brain",
        // "throw the sucker in" → "the thing"; not a person ("you sucker").
        "thing" | "things" => list("the|this|that|these|those").contains(&prev),
        "mess" => (k + 1..k + 5).any(|j| d.lw(j) == "up") || list("with|around").contains(&next),
        // "without fucking with settings" → "messing with".
        "messing" => list("with|around").contains(&next),
        // "the build is fucked" → "broken"; not a person ("you're fucked": in trouble).
        "broken" => {
            next != "up"
                && list("is|was|are|were|be|been|totally|completely|so").contains(&prev)
                && !list("you|i|we|they|he|she").contains(&d.lw(k.saturating_sub(2)))
        }
        // "ugly as hell", "slow as shit", "tangled like hell" → "ugly", "slow", "tangled"
        "" if simile => k >= 2 && d.is_word(k - 2),
        "" if w == "hell" => false,
        // "Oh, crap, sorry": an exclamation goes whole.
        "" => {
            quantity
                || list("oh|ah|aw|ugh|argh|hmm|hm|mmm|mmmm|um|uh|meh|eh")
                    .contains(&d.lw(k.wrapping_sub(2)))
                || exclaims(d, k)
        }
        // "GAE sucks", "kind of sucks"; not "you suck" (a person, not a thing to describe).
        "is" | "are" => {
            // ("kind of sucks", not "a heap of suck": a noun there.)
            list("it|this|that|which|these|those|they").contains(&prev)
                || prev == "of" && list("kind|sort").contains(&d.lw(k.wrapping_sub(2)))
                || k > 0 && d.is_word(k - 1) && prev.len() > 2 && prev != "you"
        }
        _ => true,
    };
    if !fits {
        return None;
    }
    if rep.is_empty() {
        let body = cx.body(d.tokens[k].sentence);
        let start = if simile {
            d.tokens[k - 1].start
        } else {
            f.start
        };
        return Some(removal(
            cx,
            &body,
            start,
            f.end,
            "Say it without the swear word",
        ));
    }
    // "would suck" → "would be …"; "doesn't suck" → "isn't …" (the auxiliary goes with it).
    let modal = list("would|will|can|could|might|may|should|must|to|won't|wouldn't|can't|couldn't")
        .contains(&prev);
    let auxiliary = list(
        "does:is|do:are|doesn't:isn't|doesnt:isn't|don't:aren't|dont:aren't|did:was|\
didn't:wasn't|didnt:wasn't",
    )
    .lookup(prev);
    let describe = matches!(rep, "is" | "are");
    // "it sucks that we can't …", "it really sucks if …": the clause says what; "is a shame".
    let it = prev == "it" || d.lw(k.wrapping_sub(2)) == "it";
    // "Hmm, that sucks.": a reply about a situation, not a thing with a fault to name.
    // Not "a scheduler that sucks." (a relative clause about a thing).
    // ("I know that sucks, but …": the writer sympathises.)
    let granted = List("know|understand|agree|admit|realize|realise|get|guess|see")
        .contains(&d.lw(k.wrapping_sub(2)));
    let situation = prev == "that" && !d.is_word(k + 1) && (!d.is_word(k.wrapping_sub(2)) || granted)
        // "Hmm. This really sucks!": a short sigh about how things went.
        || !d.is_word(k + 1) && {
            // (Said as a sigh: "!", after "Hmm.", or before the writer's own account; "It
            // sucks. Let's redo it." judges the work.)
            let first = d.sentences[d.tokens[k].sentence].tokens.start;
            let sigh = d.lw(k + 1) == "!"
                || List("hmm|oh|ugh|argh|meh|sigh").contains(&d.lw(first.wrapping_sub(2)))
                || List("i|i've|i'm").contains(&d.lw(k + 2));
            sigh && List("this|that|it").contains(&d.lower(first))
                && (first + 1..k).all(|j| List("really|kind|of|kinda|sorta|just|totally|so").contains(&d.lower(j)))
        };
    // "the loader sucks and is slow" → "the loader is slow": the other predicate
    // already says what is wrong.
    let also = List("is|are|was|were|has|have|looks|seems|needs|breaks|fails|doesn't|isn't");
    if describe && auxiliary.is_none() && !modal && next == "and" && also.contains(&d.lw(k + 2)) {
        return Some(sugg(
            format!("Say it without \"{}\"", &cx.text[f.start..f.end]),
            f.start,
            d.tokens[k + 2].start,
            "",
        ));
    }
    let rep = if describe
        && (it && list("that|if|when|to|,").contains(&next) || situation)
        && auxiliary.is_none()
        && !modal
    {
        "is a shame".to_string()
    } else if describe
        && it
        && next == "for"
        && List("me|us|you|them|him|her").contains(&d.lw(k + 2))
    {
        // "so it sucks for me": bad luck for someone, not a fault to name.
        "is too bad".to_string()
    } else if describe {
        // "it suck" (a typo for "sucks") still takes "is"; "the names we chose for this suck"
        // agree with the names (there "this" is a preposition's object).
        let singular = list("it|this|that").contains(&prev)
            && !list("for|of|about|with|to|on|in|at|from|by").contains(&d.lw(k.wrapping_sub(2)));
        let verb = auxiliary.unwrap_or(if modal {
            "be"
        } else if singular {
            "is"
        } else {
            rep
        });
        format!("{verb} [what's wrong, e.g. hard to follow]")
    } else {
        rep.to_string()
    };
    let start = if rep == "slip" || describe && auxiliary.is_some() {
        d.tokens[k - 1].start
    } else if prev == "of" && k > 1 && list("kind|sort").contains(&d.lower(k - 2)) {
        // "kind of sucks" → "is [what's wrong]": the hedge goes with the swear.
        d.tokens[k - 2].start
    } else if describe && matches!(prev, "kinda" | "sorta") {
        // "kinda sucks" → "is …", not "kinda is …".
        d.tokens[k - 1].start
    } else {
        f.start
    };
    // Capitalised only where a sentence starts ("SUCKS" mid-sentence is shouting, not a start).
    let opens = d.sentences[d.tokens[k].sentence].tokens.start == k;
    let upper = opens && cx.text[f.start..].starts_with(char::is_uppercase);
    let label = format!("Say it without \"{}\"", &cx.text[f.start..f.end]);
    Some(sugg(label, start, f.end, cap_if(upper, &rep)))
}

/// "Crap, I forgot the tests.": a swear that opens its sentence as an exclamation.
fn exclaims(d: &crate::engine::text::Doc, k: usize) -> bool {
    let opens = d.sentences[d.tokens[k].sentence].tokens.start == k;
    opens && matches!(d.lw(k + 1), "," | "!")
}

/// "a pain in the ass" → "a pain", "bit us in the ass" → "bit us"; "screwed up" → "messed up":
/// the heated idiom, calmed.
#[inline(never)]
fn calmer_idiom(cx: &Cx, f: &Finding, w: &str) -> Option<Suggestion> {
    if let Some(s) = no_win(cx, f) {
        return Some(s);
    }
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).start;
    // "a pain in the ass", "bit you in the ass": the idiom holds without its last three words.
    let in_the = k >= 3 && d.is_word(k - 3) && d.lower(k - 2) == "in" && d.lower(k - 1) == "the";
    // "any others we fucked up": the finding holds the verb only; "up" goes with it.
    let up = d.lw(k + 1) == "up" && cx.tokens_in(f.start, f.end).len() == 1;
    let phrasal = List(
        "fucked:messed up|screwed:messed up|fuck:mess up|screw:mess up|fucks:messes up|\
screws:messes up",
    )
    .lookup(w);
    // "if someone does screw this up": the finding holds the verb and its object; "up" follows.
    let object_up = cx.tokens_in(f.start, f.end).len() == 2
        && List("this|that|it|them|things|everything").contains(&d.lw(k + 1))
        && d.lw(k + 2) == "up";
    let verb = List("screw:mess|fuck:mess|screwed:messed|fucked:messed|screws:messes|fucks:messes")
        .lookup(d.lower(k));
    if let (true, Some(rep)) = (object_up, verb) {
        let rep = format!("{rep} {}", d.raw(k + 1));
        return Some(sugg("Say it without the swear word", f.start, f.end, rep));
    }
    if let (true, Some(rep)) = (up, phrasal) {
        let upper = cx.text[f.start..].starts_with(char::is_uppercase);
        let end = d.tokens[k + 1].end;
        return Some(sugg(
            "Say it without the swear word",
            f.start,
            end,
            cap_if(upper, rep),
        ));
    }
    // "Deleting my branch without asking is not cool" → "… is a problem for me: [why]": what
    // the writer objects to stays, and the reason takes the rebuke's place.
    if List("not cool|so not cool").contains(&w)
        && List("is|was|that's|it's|this|that|it").contains(&d.lw(k.wrapping_sub(1)))
    {
        let rep = "a problem for me: [why it matters]";
        return Some(sugg("Say why it is a problem", f.start, f.end, rep));
    }
    // "nobody gives a damn about the docs" → "nobody cares about the docs": the idiom is "care".
    let give = List("give:care|gives:cares|gave:cared|giving:caring|given:cared")
        .lookup(d.lw(k.wrapping_sub(2)));
    if let (Some(rep), "a") = (give, d.lw(k.wrapping_sub(1))) {
        if List("damn|shit|crap|fuck|f*ck|hoot|toss").contains(&w) {
            let start = d.tokens[k - 2].start;
            let upper = cx.text[start..].starts_with(char::is_uppercase);
            return Some(sugg(
                "Say it without the swear word",
                start,
                f.end,
                cap_if(upper, rep),
            ));
        }
    }
    // "I thought it was pretty obvious" → "… was clear": the point, without the scoff.
    let obvious = "pretty obvious|so obvious|blindingly obvious|totally obvious";
    if List(obvious).contains(&w) {
        return Some(sugg("Say it without the scoff", f.start, f.end, "clear"));
    }
    // "a brain fart" → "a slip" (with or without its hyphen).
    let brain = (k.saturating_sub(2)..k).find(|&j| d.lower(j) == "brain");
    let (start, rep) = if in_the && List("ass|butt|arse").contains(&w) {
        (d.tokens[k - 3].end, "")
    } else if let (Some(j), "fart") = (brain, w) {
        (d.tokens[j].start, "slip")
    } else {
        let idioms = "pain in the ass:pain|pain in the butt:pain|screwed up:messed up|fucked up:messed up|screw up:mess up|fuck up:mess up|screws up:messes up";
        (f.start, List(idioms).lookup(w)?)
    };
    let upper = cx.text[start..].starts_with(char::is_uppercase);
    Some(sugg(
        "Say it without the swear word",
        start,
        f.end,
        cap_if(upper, rep),
    ))
}

/// Is there enough in the sentence (eight words, or code) to keep it around a swapped word?
fn enough_to_keep(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    let words = cx
        .tokens_in(b.start, b.end)
        .filter(|&j| d.tokens[j].kind == TokenKind::Word)
        .count();
    let has_code = cx
        .tokens_in(b.start, b.end)
        .any(|j| d.tokens[j].kind == TokenKind::Code || d.tokens[j].ident);
    words >= 8 || has_code
}

/// A sneering adjective (with the degree word in front: "really ugly") → what is wrong.
fn sneer_adjective_swap(
    cx: &Cx,
    f: &Finding,
    k: usize,
    prev: &str,
    attributive: bool,
) -> Suggestion {
    let d = &cx.doc;
    // "in case someone is being stupid with the table": a lapse anyone could make, named plainly.
    let anyone = List("anyone|anybody|someone|somebody|people|nobody|everyone|folks")
        .contains(&d.lw(k.wrapping_sub(2)));
    if prev == "being"
        && anyone
        && List("stupid|dumb|idiotic|brainless|moronic|foolish").contains(&d.lower(k))
    {
        return sugg(
            format!("Say \"careless\" instead of \"{}\"", d.raw(k)),
            f.start,
            f.end,
            "careless",
        );
    }
    let mut start = if SNEER_DEGREE_WORDS.contains(&prev) {
        // "*really* ugly": the degree goes with its emphasis marks.
        let t = &d.tokens[k - 1];
        let marks = |i: usize| {
            cx.text
                .as_bytes()
                .get(i)
                .copied()
                .filter(|c| matches!(c, b'*' | b'_'))
        };
        match (t.start.checked_sub(1).and_then(marks), marks(t.end)) {
            (Some(a), Some(b)) if a == b => t.start - 1,
            _ => t.start,
        }
    } else {
        f.start
    };
    // "a little ugly", "a bit ugly", "a wee bit ugly": the whole degree phrase goes.
    if matches!(prev, "little" | "bit") {
        let mut j = k - 1;
        while j > 0 && List("wee|tiny|little").contains(&d.lower(j - 1)) {
            j -= 1;
        }
        if j > 0 && d.lower(j - 1) == "a" {
            start = d.tokens[j - 1].start;
        }
    }
    // Before a noun the example must read as one word: "a [what's wrong, e.g. hard-to-read] hack".
    let mut rep = if attributive {
        "[what's wrong, e.g. hard-to-read]"
    } else {
        "[what's wrong, e.g. inconsistent with the style guide]"
    }
    .to_string();
    // "an atrocious script" → "a [what's wrong] script": the article agrees with the placeholder.
    let a = cx.tokens_in(0, start).end;
    if a > 0 && matches!(d.raw(a - 1), "an" | "An") {
        let article = if d.raw(a - 1) == "An" { "A" } else { "a" };
        rep = format!("{article} {rep}");
        start = d.tokens[a - 1].start;
    }
    sugg(
        format!("Say what is wrong instead of \"{}\"", d.raw(k)),
        start,
        f.end,
        rep,
    )
}

/// A comma, dash, full stop or similar right after `at`: the interjection stands alone.
/// "crap this thread keeps growing": a clause of its own follows the outburst.
fn opens_clause(cx: &Cx, at: usize) -> bool {
    let k = cx.tokens_in(at, cx.text.len()).start;
    let d = &cx.doc;
    List("this|that|it|i|we|they|there|you|i'm|it's|that's|we're|you're|thats|theres|im")
        .contains(&d.lw(k))
        && d.is_word(k + 1)
}

fn next_is_break(cx: &Cx, at: usize) -> bool {
    let k = cx.tokens_in(at, cx.text.len()).start;
    let d = &cx.doc;
    k < d.tokens.len()
        && d.tokens[k].kind == TokenKind::Punct
        && !matches!(d.lower(k), "'" | "\"" | "(")
}

/// The span of a name said to the reader beside a sentence that stands without it: "You idiot,
/// you …" (from the sentence start) or "…, you clown." (to its end).
fn vocative(cx: &Cx, b: &Body, f: &Finding) -> Option<(usize, usize)> {
    let d = &cx.doc;
    let before = cx.tokens_in(b.start, f.start);
    let after = cx.tokens_in(f.end, b.content_end);
    let words_after = after.clone().filter(|&k| d.is_word(k)).count();
    let you = |k: usize| d.lower(k) == "you";
    // "You idiot, …": "you" opens the sentence, at most one word sits between it and the name.
    let first = before.start;
    let opens = (1..=2).contains(&before.len()) && you(first);
    let pause = List(",|!|—|-").contains(&d.lw(after.start));
    if opens && pause && words_after >= 3 {
        return Some((b.start, f.end));
    }
    // "…, you clown.": a comma, "you", the name, then only punctuation.
    let k = before.end.checked_sub(1)?;
    let tail = (k >= 1 && you(k) && d.lower(k - 1) == ",")
        || (k >= 2 && you(k - 1) && d.lower(k - 2) == ",");
    if !tail || words_after > 0 {
        return None;
    }
    let start = if you(k) { k - 1 } else { k - 2 };
    let stands = cx.tokens_in(b.start, d.tokens[start].start).len() >= 3;
    stands.then(|| (d.tokens[start].start, f.end))
}

/// Name-calling: self-directed → drop the clause; said beside a sentence that stands without it
/// → drop the name; aimed at someone → SBI without the name.
pub(crate) fn name_calling(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, f.start);
    // "I'm such a moron": the nearest person before the name is the writer. Not in "I told
    // the rep he's a clown", where the name is someone else's.
    use crate::engine::sentence::word::{READER, THIRD_WORD};
    let nearest = toks
        .rev()
        .find(|&k| SELF_WORDS.contains(&d.lower(k)) || cx.has(k, THIRD_WORD | READER));
    let self_directed = nearest.is_some_and(|k| SELF_WORDS.contains(&d.lower(k)));
    let mut out = Vec::new();
    if self_directed {
        // "I'm such a moron, fixed" → "Fixed".
        let k = cx.tokens_in(f.end, b.content_end).start;
        if k < d.tokens.len()
            && d.tokens[k].start < b.content_end
            && List(",|;|:|-|—").contains(&d.lower(k))
        {
            let (s, e, rep) = remove_span(cx.text, b, b.start, f.end);
            if words_left(cx, b, s, e, &rep) >= 1 {
                out.push(removal(cx, b, b.start, f.end, "Drop the put-down"));
            }
        }
    }
    // "You idiot, you emailed the whole list": the name is said to the reader on the side;
    // the rest of the sentence says what happened, so only the name goes.
    if let Some((s, e)) = vocative(cx, b, f) {
        out.push(removal(cx, b, s, e, "Drop the name-calling"));
    }
    // "You are such a noob. The flag is documented.": the name is all the sentence says.
    if out.is_empty() && only_outburst(cx, b, f) {
        out.push(drop_sentence(cx, b));
    }
    // Outside code, the situation, behavior and impact in the draft's person and vocabulary.
    if !cx.code_like {
        // "because I can see that you are a novice": the one called names is the reader.
        let mut v = Voice::of(cx, b);
        if nearest.is_some_and(|k| cx.has(k, READER)) {
            v = super::voice::reader();
        }
        out.push(cx.replace_body(
            b,
            "Describe what happened instead of the name",
            super::sbi::behavior(cx, &v),
        ));
        push_statement(cx, b, f, &mut out);
        return out;
    }
    let who = subject(cx, b).unwrap_or("you");
    let (you, could) = match who {
        "you" => ("you", "Could you"),
        "she" => ("she", "Could we talk about"),
        "he" => ("he", "Could we talk about"),
        _ => ("they", "Could we talk about"),
    };
    let next = if could == "Could you" {
        "[next step, e.g. run the tests before pushing]"
    } else {
        "[next step, e.g. how to run the tests before pushing]"
    };
    out.push(cx.replace_body(
        b,
        "Describe what happened instead of the name",
        format!("When {you} [did what, e.g. pushed without running the tests], [what happened, e.g. the build broke twice this week], and [the impact, e.g. the team lost a morning]. {could} {next}? I'm happy to help."),
    ));
    push_statement(cx, b, f, &mut out);
    out
}
