//! A sentence that turns ("Great work on the launch, but the handover notes were thin"): a
//! whole-sentence rewrite of one side keeps the other side as the writer wrote it, so fixing
//! the praise never deletes the criticism, nor the other way round.
use std::ops::Range;

use super::body::Body;
use super::cx::Cx;
use super::edit::{lower_first, sugg};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::sentence::word;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::List;

/// Where a sentence turns: its two sides, as token ranges and bytes.
struct Turn {
    /// The words before the turn ("Great work on the launch").
    first: Range<usize>,
    /// The words after it ("the handover notes were thin").
    second: Range<usize>,
    /// End of the first side's last word.
    first_end: usize,
    /// Start of the second side's first word.
    second_start: usize,
}

/// The turn of body `b`: "…, but …", "…; however, …", "…, although …", "…, yet …". Only
/// sentences the sentence layer reads as turning are looked at, and both sides need two words.
fn turn(cx: &Cx, b: &Body) -> Option<Turn> {
    let si = cx.sentence_of(b.start)?;
    if !cx.views.get(si)?.contrast {
        return None;
    }
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.content_end);
    let words = |r: Range<usize>| r.filter(|&j| d.tokens[j].kind == TokenKind::Word).count();
    // "While he is a solid analyst, he …": the concession opens the sentence (after a linking
    // word: "So, though …"); its comma turns.
    let lead = linking_word(cx, toks.clone());
    let opens = toks.start + lead;
    let conceded = opens < toks.end
        && crate::engine::vocab::words::List("while|although|though|whereas")
            .contains(&d.lower(opens));
    let from = if conceded { opens } else { toks.start };
    let k = (from + 1..toks.end).find(|&k| {
        // (Its comma, or a "but": "Though he is new but he …"; or, with no comma, the main
        // clause's own subject: "though she is a pleasure on the team I can't …".)
        if conceded {
            let subject = k > opens + 2
                && List("i|we|he|she|they").contains(&d.lower(k))
                && d.is_word(k - 1)
                && !List("that|and|or|because|if|when|which|who|as|than").contains(&d.lower(k - 1));
            return matches!(d.lower(k), "," | "but") || subject;
        }
        let prev = d.lower(k - 1);
        // "… closing big deals yet sometimes she skips every call": "yet" with no comma turns
        // before a subject or a word of how often ("not yet", "yet another" do not).
        if d.lower(k) == "yet"
            && List("he|she|they|i|we|sometimes|often|also|still|at").contains(&d.lw(k + 1))
            && !List("not|has|have|had|as").contains(&prev)
        {
            return true;
        }
        // ("has talent though she should …": "though" before a subject, with no comma.)
        if List("though|although").contains(&d.lower(k))
            && List("he|she|they|i|we").contains(&d.lw(k + 1))
        {
            return true;
        }
        match d.lower(k) {
            // "not only … but also", "nothing but", "all but": no turn ("gets things done,
            // but also isn't fast" turns).
            "but" => {
                !crate::engine::vocab::words::List("not|nothing|all|anything|everything")
                    .contains(&prev)
                    && (d.lw(k + 1) != "also" || !(toks.start..k).any(|j| d.lower(j) == "only"))
            }
            w if crate::engine::vocab::words::List("however|although|though|yet|whereas")
                .contains(&w) =>
            {
                crate::engine::vocab::words::List(",|;|—|–").contains(&prev)
            }
            // "He is kind, I just can't see much ambition": a comma splice that turns.
            "," => crate::engine::sentence::splice_at(d, k),
            _ => false,
        }
    })?;
    let mut a = k;
    let from = if conceded { opens + 1 } else { toks.start };
    // (A closing bracket or quote stays with the first side: "… (eye contact) but …".)
    while a > from
        && d.tokens[a - 1].kind == TokenKind::Punct
        && !matches!(d.raw(a - 1), ")" | "]" | "\"" | "”")
    {
        a -= 1;
    }
    let mut z = k + 1;
    while z < toks.end && d.tokens[z].kind == TokenKind::Punct {
        z += 1;
    }
    if words(from..a) < 2 || words(z..toks.end) < 2 {
        return None;
    }
    Some(Turn {
        first: from..a,
        second: z..toks.end,
        first_end: d.tokens[a - 1].end,
        second_start: d.tokens[z].start,
    })
}

/// "So, though …", "Overall, while …": how many tokens of a linking word (and its comma) come
/// before a concession that opens the sentence; 0 for none.
fn linking_word(cx: &Cx, toks: Range<usize>) -> usize {
    let d = &cx.doc;
    let linking = toks.len() > 2
        && List("so|thus|overall|still|therefore|hence|and|also|then|again")
            .contains(&d.lower(toks.start));
    match (linking, d.lw(toks.start + 1)) {
        (true, ",") => 2,
        (true, _) => 1,
        _ => 0,
    }
}

/// How much a side praises (positive) or criticises (negative): its words as the sentence
/// layer read them in their sentence ("seldom meets her targets" criticises).
fn polarity(cx: &Cx, r: Range<usize>) -> i32 {
    r.map(|k| i32::from(cx.has(k, word::PRAISED)) - i32::from(cx.has(k, word::CRITICISED)))
        .sum()
}

/// Is finding `f` on the second side of the turn? Its span says so when it stays on one side;
/// a finding over the whole sentence is on the side that praises (or criticises) more.
/// None when the other side says the same kind of thing ("…, but I missed it too"): the turn
/// then contrasts no praise with criticism, and the rewrite takes the whole sentence.
fn on_second_side(cx: &Cx, t: &Turn, f: &Finding, praise: bool) -> Option<bool> {
    let sign = if praise { 1 } else { -1 };
    let said = |r: &Range<usize>| sign * polarity(cx, r.clone());
    let (second, kept) = if f.end <= t.first_end {
        (false, said(&t.second))
    } else if f.start >= t.second_start {
        (true, said(&t.first))
    } else {
        let (a, z) = (said(&t.first), said(&t.second));
        // Criticism must be said ("No offense to Tom, but …" criticises nothing before the
        // turn); praise not said in so many words ("a high performer, but not reliable") is on
        // the side that does not say the opposite.
        if a == z || !praise && a.max(z) <= 0 {
            return None;
        }
        (z > a, a.min(z))
    };
    (kept <= 0).then_some(second)
}

/// A template's lead in lower case where it goes on after "but": "In [situation …" → "in
/// [situation …", "She [what she did …" → "she […"; a name and "I" keep their capital.
fn lower_lead(s: &str) -> String {
    let first = s.split(' ').next().unwrap_or("");
    if LOWERED.contains(&first) {
        lower_first(s)
    } else {
        s.to_string()
    }
}

/// The first words of templates that go on in lower case after "but".
const LOWERED: List =
    List("In|She|He|They|You|The|It|We|Could|What|Thank|His|Her|Their|Your|My|Our|This|That");

/// The first sentence of a template (without its full stop) and what follows it; None when it
/// ends on a question or exclamation mark. Full stops inside `[placeholders]` ("e.g.") don't
/// count.
fn first_sentence(s: &str) -> Option<(&str, &str)> {
    let mut depth = 0u32;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '?' | '!' if depth == 0 => return None,
            '.' if depth == 0 && (s[i + 1..].is_empty() || s[i + 1..].starts_with(' ')) => {
                return Some((&s[..i], &s[i + 1..]));
            }
            _ => {}
        }
    }
    None
}

/// `new`, a whole-sentence rewrite of finding `f` (`praise`: does `f` praise?), in place of the
/// side of the turn that `f` is about: "Great work on the launch, but in [situation], you [what
/// you did] …" keeps the praise; "You [what you did], which [impact], but the handover notes
/// were thin." keeps the criticism (the template's later sentences follow the whole sentence).
/// Without a turn, or when the side is unclear, the whole body.
pub(crate) fn replace_side(
    cx: &Cx,
    b: &Body,
    f: &Finding,
    praise: bool,
    label: &str,
    new: String,
) -> Suggestion {
    let side = side_of(cx, b, f, praise);
    // "We were lucky to have Amara this year, she is a brilliant analyst": only the finding's
    // own clause, after its comma; what the writer said before it stays.
    // (A clause with its own subject: "You're doing great, keep it up" rewrites it all.)
    let before = cx.text[side.start..f.start.max(side.start)].trim_end();
    let d = &cx.doc;
    let k = cx.tokens_in(f.start, f.end).start;
    // (Not after a condition: "Given a few months, she will be a great lead" is a forecast.)
    let opener = d.lw(cx.tokens_in(side.start, f.start).start);
    let capital = d.tokens.get(k).is_some_and(|t| t.capitalized);
    let subject = (List("he|she|they|you|i|we").contains(&d.lw(k)) || capital)
        && !List("if|given|once|unless|with|assuming").contains(&opener);
    let side = if subject && before.ends_with(',') && before.split(' ').count() >= 3 {
        Body {
            start: f.start,
            ..side
        }
    } else {
        side
    };
    replace_in(cx, b, &side, label, new)
}

/// `replace_side` for a side `side_of` has already found (the whole body: no turn).
pub(crate) fn replace_in(cx: &Cx, b: &Body, side: &Body, label: &str, new: String) -> Suggestion {
    if side.start > b.start {
        return sugg(label, side.start, b.end, lower_lead(&new));
    }
    let first = (side.end < b.end).then(|| first_sentence(&new)).flatten();
    let Some((first, rest)) = first else {
        return cx.replace_body(b, label, new);
    };
    let stop = cx.text[b.content_end.min(b.end)..b.end].trim();
    // "… but the notes were thin. Thank you." reads as thanks for the criticism.
    let rest = rest.strip_prefix(" Thank you.").unwrap_or(rest);
    // "…, which [impact] but requires more attention": a comma before the turn.
    let kept = &cx.text[side.end..b.content_end];
    let comma = if kept.trim_start().starts_with([',', ';', '—', '–']) {
        ""
    } else {
        ","
    };
    // "While he is a solid analyst, he …": the conceded side rewritten is a sentence of its
    // own, and the main clause follows it with "But".
    let d = &cx.doc;
    let opener = cx.tokens_in(b.start, b.content_end).start;
    let (comma, kept) = if List("while|although|though|whereas").contains(&d.lw(opener)) {
        (
            ". But ",
            kept.trim_start_matches([',', ' '])
                .trim_start_matches("but "),
        )
    } else {
        (comma, kept)
    };
    sugg(
        label,
        b.start,
        b.end,
        format!(
            "{}{}{}{}{}",
            first,
            comma,
            kept,
            if stop.is_empty() { "." } else { stop },
            rest
        ),
    )
}

/// Where the praise of finding `f` ends when `f` spans a turn and the praise comes first
/// ("Great job on the launch, but the notes were thin" → after "launch"): an addition to the
/// praise goes there, not after the criticism.
pub(crate) fn praise_end(cx: &Cx, b: &Body, f: &Finding) -> Option<usize> {
    let t = turn(cx, b)?;
    (f.end > t.first_end && !on_second_side(cx, &t, f, true)?).then_some(t.first_end)
}

/// "Dana knows the domain well, but her execution is thin.": an example added to the first side
/// goes right after it, and the sentence splits at its turn ("… well. For example, … But her
/// execution is thin."), so the example never reads as evidence for the other side. None when
/// `f` is not on the first side, or the turn ("although", "whereas") cannot open a sentence.
/// `example` is one or more whole sentences, with a leading space; `subject` names who the
/// first side is about ("Elliot", "she"; "" for no one).
pub(crate) fn example_before_turn(
    cx: &Cx,
    b: &Body,
    f: &Finding,
    praise: bool,
    label: &str,
    subject: &str,
    example: impl FnOnce() -> String,
) -> Option<Suggestion> {
    let t = turn(cx, b)?;
    // "Though he is new. For example, …" would leave the concession without its main clause.
    if t.first.start > cx.tokens_in(b.start, b.content_end).start {
        return None;
    }
    // Criticism splits only from a second side that praises in so many words ("…. But he
    // still met the standard" would read as more of the criticism).
    if on_second_side(cx, &t, f, praise)? || !praise && polarity(cx, t.second.clone()) <= 0 {
        return None;
    }
    let gap = &cx.text[t.first_end..t.second_start];
    let word = gap.trim_matches(|c: char| !crate::engine::text::is_letter(c));
    // ", though not dependable" turns the same way as ", but": its own sentence opens "But".
    let opener = [
        ("But ", "but"),
        ("However, ", "however"),
        ("Yet ", "yet"),
        ("But ", "though"),
        ("But ", "although"),
        // (A comma splice: "…, I just can't see much ambition" opens its own sentence with "I".)
        ("", ""),
    ]
    .into_iter()
    .find(|(_, w)| w.eq_ignore_ascii_case(word))?
    .0;
    // "…, but delivers to a standard level": the second side shares the first side's subject,
    // which its own sentence has to name ("But Elliot delivers …"); "they" would not agree.
    let d = &cx.doc;
    let first = t.second.start;
    // ("but it's hard to follow": a subject with its verb in one word.)
    // ("but a little short on ambition", "but much too slow": a degree before the shared
    // predicate, no subject.)
    // ("but just a little short on …": the degree after a focusing adverb.)
    let at = first + usize::from(List("just|only|still").contains(&d.lower(first)));
    let degree = matches!(
        (d.lower(at), d.lw(at + 1)),
        ("a", "little" | "bit" | "lot") | ("much" | "all", "too" | "more" | "less")
    );
    // ("but once she starts, she is quick": a clause before its own subject.)
    // ("but based on her numbers she could …": a phrase before its own subject.)
    let lead = List("based|given|judging|considering|with|without|despite|after")
        .contains(&d.lower(first))
        && (first + 2..(first + 8).min(t.second.end))
            .any(|j| List("he|she|they|i|we").contains(&d.lower(j)));
    let own = d.tokens[first].capitalized
        || lead
        || List("when|whenever|once").contains(&d.lower(first))
        || !degree
            && SUBJECT_OPENERS.contains(&d.lower(first).split('\'').next().unwrap_or_default());
    // Only a verb goes on after the subject given to it ("typically she gets …" has its own).
    let verb = verb_at(cx, first)
        || ADVERBS.contains(&d.lower(first)) && first + 1 < t.second.end && verb_at(cx, first + 1);
    // "He is a high performer but not reliable": the second side borrows the first's copula.
    let copula = (d.lower(first) == "not" || degree)
        .then(|| {
            cx.tokens_in(b.start, t.first_end)
                .take(4)
                .find(|&k| List("is|was|are|were|seems").contains(&d.lower(k)))
        })
        .flatten()
        .map(|k| d.raw(k));
    // The subject the first side opens with, or its pronoun.
    let opens = cx.text[b.start..].starts_with(subject);
    let shared = match subject {
        _ if own => String::new(),
        "" | "they" => return None,
        _ if !verb && copula.is_none() => return None,
        w if crate::engine::vocab::words::List("he|she|you|I|we").contains(&w) => {
            subject.to_string()
        }
        s if opens => s.to_string(),
        _ => return None,
    };
    let shared = match copula {
        Some(c) if !own => format!("{shared} {c}"),
        _ => shared,
    };
    let rest = &cx.text[t.second_start..b.end];
    let stop = missing_stop(cx, b);
    Some(sugg(
        label,
        t.first_end,
        b.end,
        format!(
            ".{} {opener}{shared}{}{}{stop}",
            example(),
            if own { "" } else { " " },
            rest.trim_end()
        ),
    ))
}

/// The full stop a split sentence needs at its end: none when the body already ends with one.
fn missing_stop(cx: &Cx, b: &Body) -> &'static str {
    if cx.text[b.content_end.min(b.end)..b.end].trim().is_empty() {
        "."
    } else {
        ""
    }
}

/// Words that open a clause with its subject ("but *she* rarely …", "but *the* notes …").
const SUBJECT_OPENERS: List = List(
    "i|you|he|she|it|we|they|this|that|these|those|there|his|her|its|our|their|your|my|the|a|an|\
     some|most|many|much|all|none|nobody|no|one|every|each|other|others",
);

/// "Although his work is accurate, he rarely meets a deadline.": a concession first. An example
/// of the conceded side goes right after it, and the main clause becomes a sentence of its own
/// ("His work is accurate. For example, … But he rarely meets a deadline."). None unless `f` is
/// on the conceded side and the main clause does not say the same kind of thing.
pub(crate) fn example_in_concession(
    cx: &Cx,
    b: &Body,
    f: &Finding,
    praise: bool,
    label: &str,
    example: impl FnOnce() -> String,
) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.content_end);
    let mut k = toks.start;
    if d.lower(k) == "even" {
        k += 1;
    }
    if !crate::engine::vocab::words::List("although|though|while|whilst").contains(&d.lower(k)) {
        return None;
    }
    // The main clause starts after the comma, or, where the writer left it out, at its subject
    // ("While she rarely leads she always delivers").
    let comma = (k + 1..toks.end).find(|&j| d.lower(j) == ",").or_else(|| {
        (k + 3..toks.end).find(|&j| {
            crate::engine::vocab::words::List("he|she|they").contains(&d.lower(j))
                && !cx.has(j - 1, crate::engine::sentence::word::FUNCTION)
                && !List("but|and|or|so|yet|that|if|when|because|as|since")
                    .contains(&d.lower(j - 1))
        })
    })?;
    let after = comma + usize::from(d.lower(comma) == ",");
    let (first, second) = (k + 1..comma, after..toks.end);
    let words = |r: &Range<usize>| r.clone().filter(|&j| d.is_word(j)).count();
    let sign = if praise { 1 } else { -1 };
    let comma_at = d.tokens[comma].start;
    let conceded = f.end <= comma_at || sign * polarity(cx, first.clone()) > 0;
    if words(&first) < 2 || words(&second) < 2 || !conceded || f.start >= comma_at {
        return None;
    }
    // As at a turn, criticism splits only from a main clause that praises in so many words.
    let other = sign * polarity(cx, second.clone());
    if other > 0 || !praise && other == 0 {
        return None;
    }
    let conceded = cx.text[d.tokens[first.start].start..comma_at].trim_end();
    let main = &cx.text[d.tokens[second.start].start..b.end];
    let stop = missing_stop(cx, b);
    let new = format!(
        "{}.{} But {}{stop}",
        super::edit::cap_first(conceded),
        example(),
        main.trim_end()
    );
    Some(sugg(label, b.start, b.end, new))
}

/// Is token `k` a finite verb ("lacks", "missed", "doesn't", "can")?
fn verb_at(cx: &Cx, k: usize) -> bool {
    let w = cx.doc.lower(k);
    ["s", "ed", "n't"]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > 3)
        && !NOT_VERBS.contains(&w)
        || VERB_OPENERS.contains(&w)
}

/// Adverbs a verb may follow ("but *always* asks questions").
const ADVERBS: List = List(
    "always|often|rarely|never|sometimes|usually|still|also|occasionally|typically|generally|\
     seldom|frequently|consistently|regularly",
);

/// Verbs that may open a second side without its subject ("but *can* be late", "but *lacks* …"
/// are caught by their ending).
const VERB_OPENERS: List =
    List("is|was|has|had|does|did|can|could|will|would|should|must|may|might");

/// Words with a verb's ending that are no verb ("but *sometimes* she …").
const NOT_VERBS: List = List(
    "always|sometimes|perhaps|unless|nevertheless|regardless|towards|afterwards|besides|indeed|\
     thus|whereas|overall|various|numerous|previous|obvious|serious|less",
);

/// The side of a turning sentence that finding `f` is about, as a body of its own (to read its
/// topic: "His designs are brilliant, but the tests are thin" criticises the tests); the whole
/// body without a turn.
pub(crate) fn side_of(cx: &Cx, b: &Body, f: &Finding, praise: bool) -> Body {
    let Some(t) = turn(cx, b) else {
        return *b;
    };
    match on_second_side(cx, &t, f, praise) {
        Some(true) => Body {
            start: t.second_start,
            line_start: false,
            labelled: false,
            ..*b
        },
        Some(false) => Body {
            end: t.first_end,
            content_end: t.first_end,
            ..*b
        },
        None => *b,
    }
}
