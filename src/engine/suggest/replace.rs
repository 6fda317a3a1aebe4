//! Swapping a word for a precise one: absolutes → a time frame to fill, weasel words → an owner
//! or nothing, shouting → sentence case.
use super::edit::{cap_first, sugg};
use super::remove::removal;
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::text::TokenKind;

/// End of the clause that follows byte `from` (next comma/semicolon/colon/dash, or the body end).
fn clause_end(cx: &Cx, b: &Body, from: usize) -> usize {
    let d = &cx.doc;
    for k in cx.tokens_in(from, b.content_end) {
        let t = &d.tokens[k];
        if t.kind == TokenKind::Punct
            && matches!(d.lower(k), "," | ";" | ":" | "—" | "–" | "(" | ")")
        {
            return t.start;
        }
        // Another clause, or another finding: stop before it.
        if t.kind == TokenKind::Word
            && matches!(
                d.lower(k),
                "and" | "but" | "or" | "so" | "because" | "while" | "which" | "although" | "though"
            )
        {
            return trim_end(cx.text, from, t.start);
        }
        if cx.flagged(t.start, t.end, None) {
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

const AUX: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could",
    "should", "do", "does", "did", "'s", "'re", "i'm", "you're", "he's", "she's", "it's", "we're",
    "they're", "you've", "i've", "you'll", "he'll", "she'll", "i'll", "must",
];

fn base_form(v: &str) -> String {
    let l = v.to_lowercase();
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
        return format!("{stem}y");
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

/// "always" → drop it and add "in [when, …]"; "never" → "did not … in [when, …]";
/// "every time" → "in [when, …] when".
pub(crate) fn absolute(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let d = &cx.doc;
    let raw = &text[f.start..f.end];
    let phrase = raw.to_lowercase();
    let at_start = f.start <= b.start;
    let fix_case = |s: String| {
        if at_start && raw.chars().next().is_some_and(char::is_uppercase) {
            cap_first(&s)
        } else {
            s
        }
    };
    let when_recent = "in [when, e.g. the last two sprints]";
    let when_reviews = "in [when, e.g. the last three reviews]";
    let toks = cx.tokens_in(f.start, f.end);
    let prev = (toks.start > 0 && d.tokens[toks.start - 1].start >= b.start)
        .then(|| d.lower(toks.start - 1));
    let mut out = Vec::new();
    match phrase.as_str() {
        "every time" | "every single time" | "each and every time" => {
            let ce = clause_end(cx, b, f.end);
            let rest = text[f.end.min(ce)..ce].trim();
            let rep = if rest.is_empty() {
                "in [when, e.g. the last two releases]"
            } else {
                "in [when, e.g. the last two releases], when"
            };
            out.push(sugg(
                "Name the times instead of \"every time\"",
                f.start,
                f.end,
                fix_case(rep.into()),
            ));
        }
        "every meeting" => {
            out.push(sugg(
                "Name the meetings",
                f.start,
                f.end,
                "[which meetings, e.g. the last two planning meetings]",
            ));
        }
        "every day" => {
            out.push(sugg(
                "Name the days",
                f.start,
                f.end,
                fix_case("on [which days, e.g. Monday and Thursday last week]".into()),
            ));
        }
        "not once" => {
            out.push(sugg(
                "Name the time frame",
                f.start,
                f.end,
                fix_case(format!("not {when_reviews}")),
            ));
        }
        "never" | "never ever" | "nothing ever" => {
            let ce = clause_end(cx, b, f.end);
            let rest_toks = cx.tokens_in(f.end, ce);
            let next_word = (rest_toks.start < rest_toks.end
                && d.tokens[rest_toks.start].kind == TokenKind::Word)
                .then_some(rest_toks.start);
            let (lead, from) = if phrase == "nothing ever" {
                ("nothing".to_string(), f.end)
            } else if prev
                .is_some_and(|p| AUX.contains(&p) || p.ends_with("'ll") || p.ends_with("'ve"))
            {
                ("not".to_string(), f.end)
            } else if let Some(k) = next_word {
                let v = d.raw(k);
                let subj = prev.unwrap_or("");
                let third = !matches!(subj, "i" | "you" | "we" | "they" | "u");
                if v.ends_with("ed") {
                    (
                        format!("{} not {}", if third { "has" } else { "have" }, v),
                        d.tokens[k].end,
                    )
                } else if third && v.to_lowercase().ends_with('s') {
                    (format!("did not {}", base_form(v)), d.tokens[k].end)
                } else {
                    (format!("did not {v}"), d.tokens[k].end)
                }
            } else {
                ("not".to_string(), f.end)
            };
            let rest = text[from..ce].trim();
            let replacement = if rest.is_empty() {
                format!("{lead} {when_reviews}")
            } else {
                format!("{lead} {rest} {when_reviews}")
            };
            out.push(sugg(
                format!("Replace \"{}\" with the times it happened", raw),
                f.start,
                ce,
                fix_case(replacement),
            ));
            out.push(sugg(
                "Say how often instead",
                f.start,
                f.end,
                fix_case(
                    "[number of times, e.g. twice] in [when, e.g. the last month] did not".into(),
                ),
            ));
            out.truncate(1);
        }
        _ => {
            // always, constantly, all the time, without fail, forever, continually…
            let ce = clause_end(cx, b, f.end);
            let rest = text[f.end.min(ce)..ce].trim();
            let replacement = if rest.is_empty() {
                when_recent.to_string()
            } else {
                format!("{rest} {when_recent}")
            };
            // "You're always late" → "You're late in [when, …]"; at the clause end, also drop the space before.
            let mut start = f.start;
            if rest.is_empty() {
                while start > b.start && text.as_bytes()[start - 1] == b' ' {
                    start -= 1;
                }
                out.push(sugg(
                    format!("Replace \"{raw}\" with when it happened"),
                    start,
                    ce,
                    format!(" {when_recent}"),
                ));
            } else {
                out.push(sugg(
                    format!("Replace \"{raw}\" with when it happened"),
                    start,
                    ce,
                    fix_case(replacement),
                ));
            }
            out.push(sugg(
                "Say how often instead",
                f.start,
                f.end,
                fix_case(
                    "[number of times, e.g. three times] in [when, e.g. the last sprint]".into(),
                ),
            ));
        }
    }
    out
}

/// Weasel words: give the claim an owner ("some people" → "I"), or drop the hedge.
pub(crate) fn weasel(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let phrase = raw.to_lowercase();
    let at_start = f.start <= b.start;
    let fix_case = |s: &str| {
        if at_start {
            cap_first(s)
        } else {
            s.to_string()
        }
    };
    let replace =
        |with: &str, label: &str| vec![sugg(label.to_string(), f.start, f.end, fix_case(with))];
    match phrase.as_str() {
        "some people" | "many people" | "people" => replace("[who, e.g. Ana and Raj]", "Say who"),
        "some say"
        | "some argue"
        | "it is said"
        | "it has been said"
        | "it is thought"
        | "it has been argued"
        | "it has been suggested" => replace("I think", "Own the claim"),
        "it is believed" | "some believe" | "many believe" | "is believed" | "are believed" => {
            replace("I think", "Own the claim")
        }
        "some critics" | "many critics" | "critics" | "experts" | "some experts"
        | "many experts" | "observers" => replace("[who, e.g. the SRE team]", "Say who"),
        "some" | "many" | "several" | "various" | "most" => {
            let d = &cx.doc;
            let k = cx.tokens_in(f.end, text.len()).start;
            let next = d.lw(k);
            if next == "time" && phrase == "some" {
                vec![sugg(
                    "Say how long",
                    f.start,
                    d.tokens[k].end,
                    fix_case("[how long, e.g. two weeks]"),
                )]
            } else if next.ends_with('s') || next == "of" || next == "people" || next == "more" {
                replace("[the number, e.g. three]", "Give the number")
            } else {
                vec![removal(cx, b, f.start, f.end, &format!("Remove \"{raw}\""))]
            }
        }
        "may" | "might" => replace("can", "Say it plainly"),
        "could be" => replace("is", "Say it plainly"),
        "could have" => replace("would have", "Say it plainly"),
        "seems" | "appears" => swallow_to_be(cx, b, f, "is"),
        "seem" => swallow_to_be(cx, b, f, "are"),
        "seemed" => swallow_to_be(cx, b, f, "was"),
        "seems to" | "appears to" | "tends to" => replace("does", "Say it plainly"),
        "seem to" | "appear to" | "tend to" => replace("do", "Say it plainly"),
        "appeared to" => replace("did", "Say it plainly"),
        "believe" => replace("think", "Say it plainly"),
        "believes" => replace("thinks", "Say it plainly"),
        "suggests" | "indicates" => replace("shows", "Say what it shows"),
        "indicate" => replace("show", "Say what it shows"),
        "suggested" => replace("said", "Say who said it"),
        "suggesting" => replace("proposing", "Say it plainly"),
        "suggest that" => replace("ask that", "Say it plainly"),
        "claims" => replace("says", "Say it plainly"),
        "claimed" => replace("said", "Say it plainly"),
        "claim that" => replace("say that", "Say it plainly"),
        "important" | "significant" | "notable" | "famous" | "popular" | "successful"
        | "influential" | "renowned" | "prominent" | "acclaimed" => {
            // "the most important edit" → "the edit": the degree word goes too.
            let d = &cx.doc;
            let k = cx.tokens_in(b.start, f.start).end;
            let mut start = f.start;
            if k > 0
                && d.tokens[k - 1].start >= b.start
                && matches!(
                    d.lower(k - 1),
                    "most" | "more" | "very" | "so" | "less" | "really" | "quite"
                )
            {
                start = d.tokens[k - 1].start;
            }
            let mut s = removal(
                cx,
                b,
                start,
                f.end,
                &format!("Remove \"{}\"", &text[start..f.end]),
            );
            fix_article(text, &mut s);
            vec![s]
        }
        "whether" => replace("if", "Say it plainly"),
        "it is unclear" | "is unclear" | "uncertain" | "is uncertain" => {
            replace("I don't know", "Say what you don't know")
        }
        "it is likely" | "it is possible" => replace("I expect", "Say how sure you are"),
        _ => {
            let mut s = removal(cx, b, f.start, f.end, &format!("Remove \"{raw}\""));
            fix_article(text, &mut s);
            vec![s]
        }
    }
}

/// "seems to be slow" → "is slow"; "seems to work" → "does work"; "It appears that you …" →
/// "You …".
fn swallow_to_be(cx: &Cx, b: &Body, f: &Finding, verb: &str) -> Vec<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let first = cx.tokens_in(f.start, f.end).start;
    let prev = (first > 0 && d.tokens[first - 1].start >= b.start).then(|| first - 1);
    if d.lw(k) == "that" {
        if let Some(p) = prev.filter(|&p| matches!(d.lower(p), "it" | "this")) {
            let start = d.tokens[p].start;
            return vec![removal(
                cx,
                b,
                start,
                d.tokens[k].end,
                &format!("Remove \"{}\"", &cx.text[start..d.tokens[k].end]),
            )];
        }
    }
    let mut end = f.end;
    let mut verb = verb.to_string();
    if d.lw(k) == "to" && d.lw(k + 1) == "be" {
        end = d.tokens[k + 1].end;
    } else if d.lw(k) == "to" && d.is_word(k + 1) {
        end = d.tokens[k].end;
        verb = match verb.as_str() {
            "is" => "does",
            "are" => "do",
            _ => "did",
        }
        .to_string();
    }
    let verb = if cx.text[f.start..].starts_with(|c: char| c.is_uppercase()) {
        cap_first(&verb)
    } else {
        verb
    };
    vec![sugg("Say it plainly", f.start, end, verb)]
}

/// After removing an adjective between "a"/"an" and a noun, make the article agree.
fn fix_article(text: &str, s: &mut Suggestion) {
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
    let after = format!("{}{}", s.replacement, &text[s.end..]);
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
        return vec![sugg("Use one punctuation mark", f.start, f.end, rep)];
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
            } else if first && (f.start <= b.start || after_terminal(text, t.start)) {
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
    matches!(
        w,
        "do" | "not"
            | "the"
            | "is"
            | "it"
            | "to"
            | "and"
            | "you"
            | "a"
            | "of"
            | "in"
            | "on"
            | "at"
            | "be"
            | "we"
            | "my"
            | "me"
            | "no"
            | "so"
            | "or"
            | "for"
            | "are"
            | "was"
            | "can"
            | "why"
            | "how"
            | "who"
            | "all"
            | "get"
            | "got"
            | "put"
            | "use"
            | "now"
            | "fix"
            | "let"
            | "did"
            | "has"
            | "had"
            | "any"
            | "its"
            | "our"
            | "but"
            | "off"
            | "out"
            | "own"
            | "see"
            | "too"
            | "ask"
            | "run"
            | "try"
            | "way"
            | "yet"
            | "this"
            | "that"
            | "stop"
            | "ever"
            | "again"
            | "if"
            | "an"
            | "up"
            | "he"
            | "she"
            | "him"
            | "her"
            | "his"
            | "one"
            | "two"
            | "new"
            | "old"
            | "bad"
            | "big"
            | "set"
            | "add"
            | "why's"
            | "don't"
            | "won't"
            | "can't"
            | "isn't"
    )
}
