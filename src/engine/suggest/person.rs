//! About the person: a trait label becomes the behavior behind it ("abrasive" → "in Monday's
//! planning, you interrupted Sam twice"), and fixed-mindset framing becomes growth framing
//! ("not a systems person" → "hasn't built systems expertise yet").
use super::edit::{append, cap_if, sugg};
use super::sentence::{in_brackets, is_harsh_word};
use super::voice::{examples, examples_for, Person, Voice};
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Finding, Suggestion};
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::List;
use crate::engine::vocab::words::{
    AFTER_LABEL, DETERMINERS, PERSON_NOUNS, PERSON_TYPE_NOUNS, POSITIVE_LABELS, SITUATION_BREAKS,
    SITUATION_PREPOSITIONS, WORKER_NOUNS,
};

fn positive(w: &str) -> bool {
    POSITIVE_LABELS.contains(&w)
}

/// Word tokens of `start..end`.
fn words_in(cx: &Cx, start: usize, end: usize) -> Vec<usize> {
    cx.tokens_in(start, end)
        .filter(|&k| cx.doc.tokens[k].kind == TokenKind::Word)
        .collect()
}

/// "In [which …]" from "… in meetings with design" after the label.
fn situation_hint(cx: &Cx, b: &Body, from: usize) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(from, b.content_end);
    let k = toks.start;
    // ("poor in running meetings": a gerund says what the label is about, no occasion.)
    let gerund = d.lw(k + 1).len() > 4 && d.lw(k + 1).ends_with("ing");
    if k >= toks.end
        || !SITUATION_PREPOSITIONS.contains(&d.lower(k))
        || completes_label(cx, k)
        || gerund
    {
        return None;
    }
    let mut j = k + 1;
    while j < toks.end
        && d.tokens[j].kind == TokenKind::Word
        && j < k + 7
        && !is_harsh_word(d.lower(j))
        && !SITUATION_BREAKS.contains(&d.lower(j))
        // "reviews with the vendor that he …": the clause after "that" is no part of it.
        && d.lower(j) != "that"
        && !in_brackets(cx.text, b, d.tokens[j].start)
        && !cx.flagged(d.tokens[j].start, d.tokens[j].end, None)
    {
        j += 1;
    }
    // "in meetings", "in team meetings", "in code reviews": a kind of occasion, which the
    // template asks "which of the …" about; "on the phone with customers" is no such list.
    let mut first = k + 1;
    if first < j
        && crate::engine::vocab::words::List("the|our|his|her|their|my|your|these|those")
            .contains(&d.lower(first))
    {
        first += 1;
    }
    // ("in a few areas": "which of the few areas"; "in a meeting" names no list.)
    if first + 1 < j && d.lower(first) == "a" {
        if !matches!(d.lower(first + 1), "few" | "couple") {
            return None;
        }
        first += 1;
    }
    let stop = (first..j)
        .find(|&t| {
            crate::engine::vocab::words::List("with|for|of|about|on|at|in").contains(&d.lower(t))
        })
        .unwrap_or(j);
    let plural = stop > first && stop - first <= 3 && d.lower(stop - 1).ends_with('s');
    plural.then(|| cx.text[d.tokens[first].start..d.tokens[j - 1].end].to_string())
}

/// What a label finding says: who it is about, the label word, and whether it praises.
struct Label {
    who: Voice,
    word: String,
    positive: bool,
}

/// Read the label of `f`: "he's lazy" → he, "lazy", not positive.
fn read_label(cx: &Cx, b: &Body, f: &Finding) -> Label {
    let d = &cx.doc;
    let words = words_in(cx, f.start, f.end);
    let mut who = Voice::of(cx, b);
    // "You told me that he is lazy": the label speaks of its own subject.
    let own = words
        .first()
        .and_then(|&k| super::voice::third_subject(cx, k));
    if let Some(v) = own {
        who = Voice {
            interpersonal: who.interpersonal,
            reticent: who.reticent,
            ..v
        };
    }
    if who.person == Person::Nobody || who.person == Person::Writer {
        // "Such a lazy move": a label with no one named speaks of the reader.
        who = Voice {
            person: Person::Reader,
            name: "you".into(),
            ..who
        };
    }
    let negated = words
        .iter()
        .any(|&k| matches!(d.lower(k), "not" | "never") || d.lower(k).ends_with("n't"));
    // The label itself: the last one or two words of the span.
    let last2 = if words.len() >= 2 {
        cx.text[d.tokens[words[words.len() - 2]].start..f.end].lowercase()
    } else {
        String::new()
    };
    let last = words.last().map(|&k| d.lower(k)).unwrap_or("");
    // "a poor communicator", "a difficult person": the adjective and its noun, together.
    let noun = words.len() >= 2
        && (PERSON_NOUNS.contains(&last)
            || WORKER_NOUNS.contains(&last)
            || crate::engine::vocab::words::agent_noun(last));
    let before = if noun {
        d.lower(words[words.len() - 2])
    } else {
        ""
    };
    // "a natural", "the problem", "not a genius": no adjective before the noun.
    let noun = noun && !DETERMINERS.contains(&before);
    // "know-it-all", "narrow-minded": the compound whole.
    let mut k = words.last().copied().unwrap_or(0);
    while k >= 2 && d.lower(k - 1) == "-" && d.is_word(k - 2) && d.tokens[k - 2].start >= f.start {
        k -= 2;
    }
    let compound = words.last().is_some_and(|&z| z != k);
    // "a narrow minded colleague": "minded" takes the word before it.
    let minded = noun && before == "minded" && words.len() >= 3;
    let word = if compound {
        cx.text[d.tokens[k].start..f.end].lowercase()
    } else if minded {
        cx.text[d.tokens[words[words.len() - 3]].start..f.end].lowercase()
    } else if positive(&last2) || noun {
        last2
    } else {
        last.to_string()
    };
    let positive = !negated && (positive(&word) || positive(last) || positive(before));
    Label {
        who,
        word,
        positive,
    }
}

/// "a nice person": the noun after the label goes with it.
fn with_person_noun(cx: &Cx, b: &Body, f: &Finding) -> Finding {
    let d = &cx.doc;
    let nk = cx.tokens_in(f.end, b.content_end).start;
    let mut end = f.end;
    if nk < d.tokens.len()
        && d.tokens[nk].start < b.content_end
        && (PERSON_NOUNS.contains(&d.lower(nk))
            || WORKER_NOUNS.contains(&d.lower(nk))
            || crate::engine::vocab::words::agent_noun(d.lower(nk)))
    {
        end = d.tokens[nk].end;
    }
    Finding { end, ..f.clone() }
}

/// A trait label ("you're abrasive", "she's so smart") → the behavior behind it.
pub(crate) fn label(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let l = read_label(cx, b, f);
    let f = &with_person_noun(cx, b, f);
    if l.positive {
        praise_label(cx, b, f, &l)
    } else {
        behaviour_label(cx, b, f, &l)
    }
}

/// "You" at the start of the body, "you" inside it.
fn subject_at(who: &Voice, f: &Finding, b: &Body) -> String {
    cap_if(f.start <= b.start, &who.name)
}

/// Praise of the person ("you're so smart", "Sam is a rock star") → what they did and its
/// impact, in the draft's person.
fn praise_label(cx: &Cx, b: &Body, f: &Finding, l: &Label) -> Vec<Suggestion> {
    let (who, label_word) = (&l.who, &l.word);
    let ex = examples(cx);
    let did = who.what_did();
    let words_after = words_in(cx, f.end, b.content_end).len();
    let label = format!("Name {did} instead of \"{label_word}\"");
    let thanks = if who.is_reader() { " Thank you." } else { "" };
    let whole = super::clause::replace_side(
        cx,
        b,
        f,
        true,
        &label,
        format!(
            "{} [{did}, e.g. {}], which [impact, e.g. {}].{thanks}",
            who.subject(),
            ex.good,
            ex.good_impact
        ),
    );
    // Inline only at a clause boundary: "a natural leader and a hard worker" would lose its verb.
    let k = cx.tokens_in(f.end, b.content_end).start;
    let boundary =
        crate::engine::vocab::words::List(",|;|but|because|when|so").contains(&cx.doc.lw(k));
    if words_after < 3 || !boundary {
        return vec![whole];
    }
    // "You are a nice person but the report is late": keep the rest of the sentence.
    let inline = sugg(
        label,
        f.start,
        f.end,
        format!("{} [{did}, e.g. {}]", subject_at(who, f, b), ex.good),
    );
    vec![inline, whole]
}

/// A negative label ("you're abrasive", "Sam is lazy") → situation, behavior, impact and a next
/// step, about the same person.
fn behaviour_label(cx: &Cx, b: &Body, f: &Finding, l: &Label) -> Vec<Suggestion> {
    let (who, label_word) = (&l.who, &l.word);
    let ex = examples_for(cx, who);
    let did = who.what_did();
    let situation = match situation_hint(cx, b, f.end) {
        Some(h) => format!("[which of the {h}, e.g. {}]", ex.situation),
        None => format!("[when, e.g. {}]", ex.situation),
    };
    let ask = match who.person {
        Person::Reader => format!(
            "Could you [next step, e.g. {}]? I want to help — what's the real challenge here for you?",
            ex.next
        ),
        // No next step for someone the writer rules out ("I would never hire Milo again").
        _ if super::evidence::rules_out_future(cx) => String::new(),
        _ => who.next_step_request(ex.next),
    };
    let kept = behaviour_after(cx, b, f, who);
    let whole = super::clause::replace_side(
        cx,
        b,
        f,
        false,
        &format!("Describe the behavior instead of \"{label_word}\""),
        format!(
            "In {situation}, {} [{did}, e.g. {}], and [the effect it had, e.g. {}]. {ask}",
            who.name, ex.slip, ex.slip_impact
        )
        .trim_end()
        .to_string(),
    );
    if let Some(kept) = kept {
        return vec![kept, whole];
    }
    let first = cx.tokens_in(f.start, f.end).start;
    if crate::engine::vocab::words::List("stop|quit|don't|dont|do").contains(&cx.doc.lower(first)) {
        // "Don't be lazy, write the changelog": the label goes and the request stays.
        let mut out = vec![whole];
        if let Some(r) = request_after(cx, b, f) {
            out.insert(0, r);
        }
        return out;
    }
    // "Sofia talks to others and is disruptive": the span opens at its verb, and the subject
    // said before it is not said again ("and Sofia [what Sofia did …]").
    let verb = crate::engine::vocab::words::List("is|was|are|were|seems|seemed")
        .contains(&cx.doc.lw(cx.tokens_in(f.start, f.end).start));
    let subject = if verb && f.start > b.start {
        String::new()
    } else {
        subject_at(who, f, b) + " "
    };
    let inline = sugg(
        format!("Replace \"{label_word}\" with {did}"),
        f.start,
        f.end,
        format!(
            "{subject}[{did} instead of \"{label_word}\", e.g. {} in {}]",
            ex.slip, ex.situation
        ),
    );
    // The inline version puts a clause ("Amoy [what Amoy did …]") where the label was: only
    // where a clause can start, not inside "improved in her personality to …".
    let first = cx.tokens_in(f.start, f.end).start;
    let clause_start = f.start <= b.start
        || crate::engine::vocab::words::List(
            ",|;|and|but|because|when|so|that|if|though|although|while|yet",
        )
        .contains(&cx.doc.lw(first.wrapping_sub(1)));
    // "I doubt she will improve, since she seems unwilling to …": the whole-sentence version
    // would drop what the writer says before the label, and the inline one would leave its
    // complement behind ("He [what he did …] in taking on a lead role"): an example after the
    // sentence keeps both.
    let said_before = words_in(cx, b.start, f.start).len() >= 3;
    let k = cx.tokens_in(f.end, b.content_end).start;
    let complement = match cx.doc.lw(k) {
        "to" => cx.doc.is_word(k + 1),
        // "aggressive about winning new clients", "so rude that people avoid her": the rest
        // completes the adjective and says what the writer means.
        // (A harsh word, "lazy about docs", still goes: the rewrite leaves no insult behind.)
        "about" | "that" | "of" => {
            words_in(cx, f.end, b.content_end).len() >= 4
                && !is_harsh_word(&label_word.to_ascii_lowercase())
        }
        "in" => situation_hint(cx, b, f.end).is_none(),
        // "unwilling and slow to change": a second adjective shares the label's verb.
        "and" | "or" => {
            use crate::engine::vocab::class;
            let next = cx.doc.lw(k + 1);
            crate::engine::vocab::flags_of(next) & (class::NEGATIVE | class::TRAIT) != 0
                || next.ends_with("able")
        }
        // "unhappy with his place on the team", "shaky on the style rules early on": the
        // rest says what a state is about ("bossy with the juniors" is a trait: it goes).
        "with" | "on" | "at"
            if words_in(cx, f.end, b.content_end).len() >= 3
                && crate::engine::vocab::flags_of(&label_word.to_ascii_lowercase())
                    & crate::engine::vocab::class::TRAIT
                    == 0 =>
        {
            true
        }
        // "lacks enthusiasm for the mission", "no respect towards his job".
        w if crate::engine::vocab::words::List("for|towards|toward|about|with").contains(&w) => {
            let noun = label_word.to_ascii_lowercase();
            cx.doc.is_word(k + 1)
                && (crate::engine::vocab::words::FEELING_NOUNS.contains(&noun.as_str())
                    || ["asm", "ment", "ness", "ism", "ude", "ect", "ion"]
                        .iter()
                        .any(|e| noun.ends_with(e)))
        }
        _ => false,
    };
    // "He isn't always engaged, but when he is, he …": a later clause points back at the label
    // with a bare "is"; only an example after the sentence leaves it standing.
    let rest = words_in(cx, f.end, b.content_end);
    let points_back = rest.iter().any(|&k| {
        crate::engine::vocab::words::List("is|was|are|were|does|did").contains(&cx.doc.lower(k))
            && cx.doc.lw(k + 1) == ","
            && crate::engine::vocab::words::List("he|she|they|you|i|we")
                .contains(&cx.doc.lw(k.wrapping_sub(1)))
    });
    // "Sadly he is so shy that I can't see him leading the team, since …": after a word that
    // opens no clause, a long rest is the writer's point, which the whole-sentence version
    // would drop and the inline one cannot join.
    let long_rest = rest.len() >= 5 && situation_hint(cx, b, f.end).is_none();
    // "… the most average analyst on the desk. That is fine by me, …": the next sentence
    // points back at this one, which has to stay.
    let pointed_at = super::evidence::after_pointer(cx, b).is_some();
    // "Rina is an average worker": a rating of the work, which the review goes on to explain;
    // the example follows it.
    let rating = label_word.split(' ').next().is_some_and(|w| {
        crate::engine::vocab::words::List("average|mediocre|middling|adequate|satisfactory")
            .contains(&w.to_ascii_lowercase().as_str())
    });
    // "She is weak in a few areas (eye contact with clients) but …": the brackets name
    // what the label means; a rewrite of the clause would cut them in half.
    let bracketed = cx.text[f.end..b.content_end.max(f.end)].contains('(');
    // "your attitude is so poor, you could check the docs, also you could …": after a comma, a
    // clause with its own subject and modal gives advice that a rewrite of the side would drop.
    let spliced = rest.iter().any(|&k| {
        let d = &cx.doc;
        d.lw(k.wrapping_sub(1)) == ","
            && crate::engine::vocab::words::List("you|he|she|they|we|i").contains(&d.lower(k))
            && crate::engine::vocab::words::List("could|can|should|might|may|would|will|need|must")
                .contains(&d.lw(k + 1))
    });
    if !clause_start && (said_before || long_rest)
        || complement
        || bracketed
        || spliced
        || points_back
        || pointed_at
        || rating
    {
        let (ex, _) =
            super::evidence::example_for(cx, b, f, who, super::sbi::EXAMPLE_OF_SLIP, false);
        return vec![ex, whole];
    }
    if !clause_start || asked_or_echoed(cx, b, f) {
        return vec![whole];
    }
    // "Tom can be aggressive with customers": keep "with customers" and what follows, unless
    // the rest is a situation the template already asks about.
    let rest = words_in(cx, f.end, b.content_end).len();
    // "You told me that he is lazy", "He is late because he is lazy": the words before the
    // label say something of their own, which the whole-sentence version would drop.
    let kept_before = words_in(cx, b.start, f.start).len() >= 2;
    if kept_before || rest >= 2 && situation_hint(cx, b, f.end).is_none() {
        vec![inline, whole]
    } else {
        vec![whole, inline]
    }
}

/// "Stop being lazy and write tests", "Don't be sloppy, fill in the template": the request
/// after an imperative label, on its own ("Write tests.").
fn request_after(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let mut k = cx.tokens_in(f.end, b.content_end).start;
    let joined = matches!(d.lw(k), "," | "and");
    k += (joined && d.lw(k + 1) == "and") as usize + 1;
    // A request has a verb and its object ("write tests"), not a name ("…, Sam") or a
    // subject of its own ("…, it hurts the team").
    let clause = joined
        && d.is_word(k + 1)
        && !d.tokens[k].capitalized
        && d.tokens[k + 1].end <= b.content_end
        && !crate::engine::vocab::words::List("it|this|that|he|she|they|we|i|you|there|it's")
            .contains(&d.lower(k));
    let label = "Ask for what you need, without the label";
    clause.then(|| super::remove::removal(cx, b, f.start, d.tokens[k - 1].end, label))
}

/// "interest in onboarding", "confidence in her designs": the "in" at `k` completes the noun
/// before it; it names no situation.
fn completes_label(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    k > 0
        && d.lower(k) == "in"
        && crate::engine::vocab::words::List(
            "interest|interested|confidence|pride|experience|skill|skills|belief",
        )
        .contains(&d.lower(k - 1))
}

/// "He is not proactive, so he has missed three deadlines", "Wade is a poor worker who fails to
/// …", "he's not competent and produces …": the label comes with the behavior behind it. The
/// label goes and the behavior stays, as the sentence ("He has missed three deadlines.").
fn behaviour_after(cx: &Cx, b: &Body, f: &Finding, who: &Voice) -> Option<Suggestion> {
    use crate::engine::vocab::words::List;
    let d = &cx.doc;
    // The label's clause opens the sentence (or follows "Not only that,") with the person as its
    // subject: "His work ethic is … and has not dipped" is about the ethic.
    let prefix = &cx.text[b.start..f.start];
    let first = words_in(cx, f.start, f.end)
        .first()
        .map_or("", |&k| d.lower(k));
    let person = List("he|she|they|you|he's|she's|they're|you're").contains(&first)
        || who.name.eq_ignore_ascii_case(first);
    if !person || !(prefix.trim().is_empty() || prefix.trim_end().ends_with(',')) {
        return None;
    }
    let toks = cx.tokens_in(f.end, b.content_end);
    let c = toks
        .clone()
        .find(|&k| List("and|so|since|because|who|,").contains(&d.lower(k)))?;
    let c = if d.lower(c) == "," { c + 1 } else { c };
    let joint = d.lw(c);
    let n = c + 1;
    let w = d.lw(n);
    let pronoun = match w {
        "you" => who.is_reader(),
        "he" | "she" | "they" => !who.is_reader(),
        _ => false,
    };
    // "and produces …", "who fails to …": a verb of the same subject ("so" is then "so
    // reserved that …").
    let verb = !d.tokens.get(n).is_some_and(|t| t.capitalized)
        && joint != "so"
        && (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is") && !w.ends_with("us")
            || w.ends_with("ed")
            || List("does|did|doesn't|didn't|has|had|hasn't|can|can't|cannot|will|won't|often|rarely|never|always|frequently|seldom|also|keeps")
                .contains(&w));
    let joins = List("and|so|since|because|who").contains(&joint);
    if n >= toks.end || !joins || !(pronoun || verb) || joint == "who" && pronoun {
        return None;
    }
    // Between the label and the clause kept: nothing, the label's own "about …", or a situation
    // (kept in front); "as her work is below standard and …", "with his research since …" would
    // go with the label.
    let between = d.lw(toks.start);
    // "showed no interest in onboarding": the phrase completes the label, no situation to keep.
    if completes_label(cx, toks.start) {
        return None;
    }
    let plain = toks.start >= c - 1
        || between == "about"
            && !(toks.start..c)
                .any(|k| List("as|but|while|when|if|that|which").contains(&d.lower(k)))
        || SITUATION_PREPOSITIONS.contains(&between) && c - toks.start <= 6;
    if !plain {
        return None;
    }
    let rest = d.tokens[n].start;
    // Another label after the connector ("and tends to get defensive") would only swap one
    // label for another.
    use crate::engine::vocab::{class, flags_of};
    let trait_word = |k: usize| flags_of(d.lower(k)) & (class::TRAIT | class::WORKER) != 0;
    // "… so he isn't much of a team player", "and he lacks the skills": a description again.
    let verb_at = if pronoun { n + 1 } else { n };
    let described =
        List("is|isn't|was|wasn't|lacks|lacked|lack|seems|appears").contains(&d.lw(verb_at));
    let labelled = (n..toks.end).any(trait_word)
        || cx
            .spans_in(rest, b.content_end)
            .any(|&(s, _, c, _)| s >= rest && c == crate::engine::model::Category::Personality);
    // "… and never will be" points back at the label: nothing of its own to keep.
    let echo = List("be|been|is|was|are|will|do|does|did|can|one").contains(&d.lower(toks.end - 1));
    if labelled || echo || described || toks.end - n < 3 {
        return None;
    }
    let stop = cx.text[b.content_end..b.end].trim();
    let body = &cx.text[rest..b.content_end];
    // "… and he never listens" → "Marco never listens": the name the label gave.
    let body = match pronoun {
        true => cx.text[d.tokens[n].end..b.content_end].trim_start(),
        false => body,
    };
    // "You are too defensive in code reviews and you …": the situation stays, in front.
    let at = toks.start;
    let new = if at < c && SITUATION_PREPOSITIONS.contains(&d.lower(at)) {
        let lead = cx.text[d.tokens[at].start..d.tokens[c - 1].end].trim_end_matches(',');
        match prefix.is_empty() {
            true => format!("{}, {} {body}", &cap_if(true, lead), &who.name),
            false => format!("{prefix}{lead} {} {body}", &who.name),
        }
    } else {
        format!("{prefix}{} {body}", &subject_at(who, f, b))
    };
    Some(sugg(
        "Keep the behavior, drop the label",
        b.start,
        b.end,
        new + if stop.is_empty() { "." } else { stop },
    ))
}

/// "Jonas needs to be more proactive", "she has to be more organized" ask for a trait, so "[what Jonas did instead of …]" in
/// its place misreads it; "… not a strategic thinker and never will be" ends on a verb that
/// points back at the label, which the inline version would leave dangling.
fn asked_or_echoed(cx: &Cx, b: &Body, f: &Finding) -> bool {
    let d = &cx.doc;
    let asked = words_in(cx, f.start, f.end)
        .into_iter()
        .any(|k| match d.lower(k) {
            w if crate::engine::vocab::words::List("needs|need|should|must|ought").contains(&w) => {
                true
            }
            "has" | "have" => d.lw(k + 1) == "to",
            _ => false,
        });
    let rest = words_in(cx, f.end, b.content_end);
    let echoed = rest.last().is_some_and(|&k| {
        crate::engine::vocab::words::List("be|been|is|was|are|will").contains(&d.lower(k))
    });
    // "unhappy with where he is", "worried about deadlines": the rest completes the adjective,
    // so it cannot follow a behavior in its place.
    let word = |i: usize| rest.get(i).map_or("", |&k| d.lower(k));
    let completes = crate::engine::vocab::words::List("about|that|of").contains(&word(0))
        || crate::engine::vocab::words::List("with|at|by").contains(&word(0))
            && crate::engine::vocab::words::List("where|how|what|why|who|whom").contains(&word(1));
    // "a slow learner who struggles …", "a difficult person to work with", "the best
    // colleague I have had": the label's noun phrase goes on, and a behavior in its place
    // would leave the rest dangling. Only a clause boundary or a circumstance may follow it.
    let next = cx.tokens_in(f.end, b.content_end).start;
    let continues = d.tokens.get(next).is_some_and(|t| t.start < b.content_end)
        && !AFTER_LABEL.contains(&d.lower(next));
    asked || echoed || completes || continues
}

/// Fixed-mindset phrases and their growth framing.
const GROWTH_REWRITES: &[(List, &str)] = &[
    (List("naturally good at"), "skilled, through practice, at"),
    (List("naturally bad at|hopeless at"), "still learning"),
    (
        List("naturally talented|gifted"),
        "skilled through practice",
    ),
    // "an innate grasp of …" → "a practiced grasp of …" (the article follows: `fix_article`).
    (List("innate"), "practiced"),
    (List("natural talent"), "practiced skill"),
    (
        List("born leader"),
        "leader who has practiced [which skill, e.g. running retros]",
    ),
    (
        List("a natural leader"),
        "a leader who has practiced [which skill, e.g. running retros]",
    ),
    (List("born to"), "prepared to"),
    (List("a natural at"), "well practiced at"),
    (
        List("not wired for|not built for|not cut out for"),
        "still building the skills for",
    ),
    (List("not cut out to"), "still building the skills to"),
    (List("not wired that way"), "still building that habit"),
    (
        List("don't have the personality|do not have the personality|don't have the talent"),
        "haven't yet built the skills",
    ),
    (
        List("doesn't have the personality|does not have the personality|doesn't have the talent"),
        "hasn't yet built the skills",
    ),
    (List("lacks the talent"), "has yet to build the skills"),
    (List("no talent for"), "skills still to build for"),
    (
        List("don't have what it takes"),
        "haven't built the skills yet",
    ),
    (
        List("doesn't have what it takes"),
        "hasn't built the skills yet",
    ),
    (
        List("not leadership material"),
        "still building leadership skills",
    ),
    (
        List("not management material"),
        "still building management skills",
    ),
    (List("not the type"), "still building the habit"),
    (
        List("just the way you are|in your nature"),
        "a habit you can change with practice",
    ),
    (
        List("just the way he is|in his nature"),
        "a habit he can change with practice",
    ),
    (
        List("just the way she is|in her nature"),
        "a habit she can change with practice",
    ),
    (List("not in your dna"), "not a habit you've built yet"),
    (List("inherently bad"), "not yet skilled"),
    (
        List("some people just"),
        "some people have practiced more and",
    ),
    (
        List("some people are just"),
        "some people have practiced more and are",
    ),
    (
        List("you either have it or you don't"),
        "it's a skill you can build with practice",
    ),
    (List("either have it or"), "build it with practice or"),
    (List("will never be good"), "can get better"),
    (List("never be good at"), "get better, with practice, at"),
    (
        List("just not smart|not smart enough"),
        "still building the skills",
    ),
];

/// The growth framing of a fixed-mindset phrase we have no entry for.
const GROWTH_DEFAULT: &str = "still building the skills for";

/// Fixed mindset → growth mindset. "just" or "simply" before the phrase goes with it ("is just
/// not cut out for" → "is still building the skills for", not "is just still building").
pub(crate) fn growth(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let mut out = growth_of(cx, b, f);
    let k = cx.tokens_in(f.start, f.end).start;
    let just = k > 0
        && cx.doc.tokens[k - 1].start >= b.start
        && matches!(cx.doc.lower(k - 1), "just" | "simply");
    for s in out.iter_mut().filter(|s| just && s.start == f.start) {
        s.start = cx.doc.tokens[k - 1].start;
        s.replacement = cap_if(s.start <= b.start, &s.replacement);
    }
    out
}

fn growth_of(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    if let Some(s) = not_a_type(cx, b, f) {
        return vec![s];
    }
    let phrase = cx.text[f.start..f.end].lowercase().replace('’', "'");
    let entry = GROWTH_REWRITES
        .iter()
        .find(|(phrases, _)| phrases.contains(&phrase.as_str()));
    if entry.is_none() && words_in(cx, f.start, f.end).len() > 4 {
        return whole_sentence(cx, b, f);
    }
    let rep = entry.map_or(GROWTH_DEFAULT, |&(_, rep)| rep);
    let mut s = sugg(
        "Frame it as a skill that grows",
        f.start,
        f.end,
        cap_if(f.start <= b.start, rep),
    );
    super::replace::fix_article(cx.text, &mut s);
    let mut out = vec![s];
    // A coaching question invites the person to own the growth (when the draft speaks to them).
    if Voice::of(cx, b).is_reader() {
        out.push(append(
            cx,
            b,
            "Add a coaching question",
            "What do you want to learn next, and how can I help?",
        ));
    }
    out
}

/// A whole sentence the sentence layer flagged (no phrase of ours to swap): a ceiling ("he will
/// never be more than average") gets the situation–behavior–impact rewrite with a next step; a
/// gift credited ("she has a natural gift for design") asks for the work and practice behind
/// it, as praise of a trait does.
fn whole_sentence(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    // "… is good at his job, but I don't believe he will progress": the ceiling is the point.
    // "she has hit her peak" names no fault word, but a ceiling is never praise.
    let ceiling = f.message.contains("can't grow");
    if cx.view_at(f.start).is_some_and(|v| v.criticism) || ceiling {
        let mut out = super::sbi::vague_criticism(cx, b, f);
        // "I don't see him moving up": what would change it comes first (the seed's growth
        // mindset), the incident that led there second.
        let v = Voice::of(cx, b);
        if ceiling && v.person == Person::Third {
            let step = super::praise::step_from(cx, &v, "grow beyond that", false);
            out.insert(
                0,
                append(cx, b, super::praise::NEXT_STEP, step.trim_start()),
            );
            if let Some(s) = not_yet(cx, b, &v) {
                out.insert(0, s);
            }
        }
        out
    } else {
        super::praise::vague(cx, b, f)
    }
}

/// "I don't believe she can grow past this level" → "She has not grown past this level yet.
/// To get there, she could [a next step, e.g. …]." The seed's growth mindset: a limit not
/// reached yet, and the step past it. Only for a short sentence that says nothing else (a
/// ceiling after praise keeps the praise: the step is added instead).
fn not_yet(cx: &Cx, b: &Body, v: &Voice) -> Option<Suggestion> {
    let d = &cx.doc;
    let r = cx.tokens_in(b.start, b.content_end);
    let view = cx.view_at(b.start)?;
    if view.praise || view.contrast || r.len() > 14 {
        return None;
    }
    // The writer's own limit ("past this level"), when the sentence ends on it.
    let limit = r
        .clone()
        .find(|&k| matches!(d.lower(k), "past" | "beyond"))
        .filter(|&k| k + 1 < r.end && r.end - k <= 5)
        .map_or("[the level now, e.g. the current role]", |k| {
            cx.text[d.tokens[k].end..b.content_end].trim()
        });
    let has = if v.name == "they" { " have" } else { " has" };
    let step = super::praise::step_from(cx, v, "get there", false);
    let text = [&v.subject(), has, " not grown past ", limit, " yet.", &step].concat();
    Some(sugg("Say what has not happened yet", b.start, b.end, text))
}

/// "not a systems person", "isn't really a people person", "not a natural" → "hasn't built
/// systems expertise yet" / "still building this skill".
fn not_a_type(cx: &Cx, b: &Body, f: &Finding) -> Option<Suggestion> {
    let d = &cx.doc;
    let words = words_in(cx, f.start, f.end);
    let lastw = words.last().map(|&k| d.lower(k)).unwrap_or("");
    let firstw = words.first().map(|&k| d.lower(k)).unwrap_or("");
    let negated = firstw == "not" || firstw.ends_with("n't");
    let aux = crate::engine::vocab::words::List(
        "isn't:is |ain't:is |aren't:are |wasn't:was |weren't:were ",
    )
    .lookup(firstw)
    .unwrap_or("");
    // "not a natural at sales" → "still improving at sales".
    let after = cx.tokens_in(f.start, f.end).end;
    if negated && lastw == "natural" && d.lw(after) == "at" {
        let text = cap_if(f.start <= b.start, &format!("{aux}still improving"));
        return Some(sugg("Frame it as a skill that grows", f.start, f.end, text));
    }
    // "not a natural leader" → "still growing as a leader" (the finding may end at "natural").
    let noun = if lastw == "natural" {
        let joins = crate::engine::vocab::words::List("and|or|but|in|with|when|to|for")
            .contains(&d.lw(after));
        (d.is_word(after) && !joins).then_some(after)
    } else {
        let natural = words.len() >= 4 && d.lower(words[words.len() - 2]) == "natural";
        natural.then(|| words[words.len() - 1])
    };
    if let Some(n) = noun.filter(|_| negated) {
        let a = if d.lower(n).starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let text = format!("{aux}still growing as {a} {}", d.raw(n));
        let text = cap_if(f.start <= b.start, &text);
        let end = d.tokens[n].end.max(f.end);
        return Some(sugg("Frame it as a skill that grows", f.start, end, text));
    }
    if !(negated && PERSON_TYPE_NOUNS.contains(&lastw) && words.len() >= 3) {
        return None;
    }
    let skill_phrase = type_skill(cx, &words);
    let first = cx.tokens_in(f.start, f.end).start;
    let prev_k = (first > 0 && d.tokens[first - 1].start >= b.start).then(|| first - 1);
    // Subject right before: "I'm", "you're", "he's".
    if let Some(pk) = prev_k {
        if let Some((s, has)) = contracted_subject(d.lower(pk)) {
            let s = cap_if(d.tokens[pk].start <= b.start, s);
            return Some(sugg(
                "Frame it as a skill that grows",
                d.tokens[pk].start,
                f.end,
                format!("{s} {has} built {skill_phrase} yet"),
            ));
        }
    }
    Some(sugg(
        "Frame it as a skill that grows",
        f.start,
        f.end,
        cap_if(
            f.start <= b.start,
            &format!("{aux}still building {skill_phrase}"),
        ),
    ))
}

/// The skill of "not a `systems` person": "systems expertise", or "this skill".
fn type_skill(cx: &Cx, words: &[usize]) -> String {
    let d = &cx.doc;
    let a = words.iter().position(|&k| matches!(d.lower(k), "a" | "an"));
    // "not a very social person": the skill is "social", not "very social".
    let a = a.map(|i| {
        let more = words[i + 1..]
            .iter()
            .take_while(|&&k| crate::engine::vocab::intensifiers().contains(d.lower(k)));
        i + more.count()
    });
    match a {
        Some(i) if i + 1 < words.len() - 1 => {
            let skill =
                &cx.text[d.tokens[words[i + 1]].start..d.tokens[words[words.len() - 2]].end];
            if skill == "this" {
                "this skill".to_string()
            } else {
                format!("{skill} expertise")
            }
        }
        _ => "this skill".to_string(),
    }
}

/// "I'm" → ("I", "haven't"), "he's" → ("he", "hasn't").
fn contracted_subject(w: &str) -> Option<(&'static str, &'static str)> {
    match w {
        "i'm" | "im" => Some(("I", "haven't")),
        "you're" => Some(("you", "haven't")),
        "we're" => Some(("we", "haven't")),
        "they're" => Some(("they", "haven't")),
        "he's" => Some(("he", "hasn't")),
        "she's" => Some(("she", "hasn't")),
        _ => None,
    }
}
