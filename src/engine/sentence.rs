//! The sentence layer: what a trained manager reads first in each sentence. Who it is about (the
//! writer, the reader, another person, or the work), whether it praises or criticises (with
//! negation: "not helpful" criticises), whether it asks for something, and whether it is specific
//! (names something a reader could picture or verify). Rules and rewrites read `cx.views[si]`.
use super::context::Cx;
use super::text::{Doc, TokenKind};
use super::vocab::class;
use super::vocab::words::{List, PERSON_NOUNS, REPORTING, ROLE_NOUNS};

/// Who a sentence is about, from its subject.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Who {
    /// "I …", "We …": the writer.
    Writer,
    /// "You …", "Your …": the reader.
    Reader,
    /// "Dana …", "She …", "His work …": a named person or he/she/they.
    Person,
    /// Anything else: the work, a plan, an event.
    #[default]
    Other,
}

/// One sentence as the rules read it.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceView {
    pub who: Who,
    /// Token index of the subject word (a name, a pronoun, a possessive), if found.
    pub subject: Option<usize>,
    /// Evaluates something positively ("reliable", "did great work").
    pub praise: bool,
    /// Evaluates something negatively, or demands improvement ("not helpful", "needs to improve").
    pub criticism: bool,
    /// Asks for something or names a next step ("please …", "next quarter, lead …", a question).
    pub request: bool,
    /// Names something concrete: a number, a date or meeting, code, a quote, an observable action.
    pub specific: bool,
    /// The sentence turns ("…, but …", "however", "although"): praise and criticism side by side.
    pub contrast: bool,
    /// The first word of the sentence that reads as a person's name ("Marco is …", "thanks to
    /// Ravi", "Mei's new one"), even in a draft that never says he or she: rewrites keep it.
    pub named: Option<usize>,
    /// The sentence characterises its subject ("Dana is dependable", "he is a hard worker", "she
    /// has a great attitude"): the label's tokens, and whether it praises.
    pub label: Option<Label>,
    /// The criticism asks for improvement in no direction ("room for growth", "areas to
    /// improve", "will strive to improve"): what it lacks is the change, more than an incident.
    pub improve: bool,
}

/// "a slow learner", "a difficult person": the label reaches over the noun it describes, so
/// its quote is a whole phrase.
fn with_noun(cx: &Cx, si: usize, mut l: Label) -> Label {
    let d = cx.doc;
    let k = l.end;
    let inside = k < d.sentences[si].tokens.end && d.is_word(k);
    let w = if inside { d.lower(k) } else { "" };
    if inside
        && !l.positive
        && (super::vocab::words::PERSON_NOUNS.contains(&w) || super::vocab::words::agent_noun(w))
    {
        l.end = k + 1;
    }
    l
}

/// A description of who someone is: tokens `start..end` (subject through the label word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub start: usize,
    pub end: usize,
    pub positive: bool,
}

/// The view of every sentence of the draft.
/// Also each evaluative word with what it says in its sentence (1 praise, -1 criticism).
pub fn views(cx: &Cx) -> (Vec<SentenceView>, Vec<(usize, i32)>) {
    let d = cx.doc;
    // A capitalised word is taken for a person's name only in a draft that talks about someone
    // as he or she ("Python is slow" in a code review is not a label).
    let names = (0..d.tokens.len()).any(|k| cx.has(k, word::HE_SHE));
    let mut marks = Vec::new();
    let views = (0..d.sentences.len())
        .map(|si| view(cx, si, names, &mut marks))
        .collect();
    (views, marks)
}

/// Does the writer's sentence `si` name someone else: a person word, him or her, or a name
/// ("I don't see Pat advancing", "I have been pleased with her updates")?
pub fn writer_names_someone(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let someone = d.sentences[si]
        .tokens
        .clone()
        .any(|k| crate::engine::vocab::words::List("his|her|him").contains(&d.lower(k)));
    cx.facts[si].person || someone || cx.views[si].named.is_some()
}

fn view(cx: &Cx, si: usize, names: bool, marks: &mut Vec<(usize, i32)>) -> SentenceView {
    // "The launch would have slipped without her": the sentence is about her.
    let credit = credited(cx, si);
    let (who, subject) = match credit {
        Some(k) => (Who::Person, Some(k)),
        None => subject(cx, si, names),
    };
    // "### Motivation and Context", "Strengths:": a heading names a section; it judges no one.
    let heading = crate::engine::rules::vague_praise::heading(cx, si) || closing(cx, si);
    let label = find_label(cx, si, names)
        .filter(|l| {
            !heading
                && !supposed_label(cx, l)
                && !candour_aside(cx, l)
                && !asks_of_a_thing(cx, l)
                && !disclaimed(cx, l.start)
                // "capable of far more": an ability not shown, judged by `lean`.
                && !(l.start..l.end).any(|k| can_do_better(cx.doc, k))
        })
        // "I doubt he is ready", "I'm not sure Sam is ready": no description of who he is (a
        // negation of the label's own is kept: "I doubt he is not a team player"); the doubt is
        // judged as criticism.
        .filter(|l| {
            // ("I don't believe she is a strong manager" still calls her a kind of worker.)
            let kept = (l.start..l.end).any(|k| cx.is(k, class::NEGATOR | class::WORKER));
            kept || !doubted(cx, l.start)
        })
        .map(|l| with_noun(cx, si, l))
        .map(|l| criticism_after(cx, si, l).unwrap_or(l));
    let (mut good, mut bad) = polarity(cx, si, credit.is_some(), marks);
    match label {
        Some(l) if l.positive => good += 2,
        Some(_) => bad += 2,
        None => {}
    }
    // "polite but not much else", "does her job and nothing more": praise held to a
    // minimum is faint praise, a criticism.
    if good > 0 && faint(cx, si) {
        (good, bad) = (0, bad.max(1));
    }
    if good > 0 && bad > 0 && faint_grant(cx, si) {
        good = 0;
    }
    let contrast = turns(cx, si) || good > 0 && bad > 0 && spliced_doubt(cx, si);
    // Without a turn ("but", "although"), a sentence reads as what most of its words say: "late
    // and leaves early" criticises, "reliable and has beaten every timeline" praises.
    let (praise, criticism) = if contrast || good == bad {
        (good > 0, bad > 0)
    } else {
        (good > bad, bad > good)
    };
    let facts = cx.facts[si];
    SentenceView {
        who,
        subject,
        praise: praise && !heading,
        criticism: criticism && !heading,
        request: facts.question || asks(cx, si),
        specific: specific(&facts) || habit(cx, si) || listed(cx, si) || reports_words(cx, si),
        contrast,
        named: named(cx, si),
        label,
        improve: criticism && !heading && open_improvement(cx, si),
    }
}

/// "And is the teacher model frozen?": a question that opens on its verb asks about the noun
/// after it, which describes no one ("Is he a team player?" is not asked of a "the").
fn asks_of_a_thing(cx: &Cx, l: &Label) -> bool {
    let d = cx.doc;
    let first = d.sentences[d.tokens[l.start].sentence].tokens.start;
    let k = first + usize::from(List("and|so|but|or").contains(&d.lower(first)));
    l.start <= k
        && List("is|are|was|were").contains(&d.lw(k))
        && List("the|this|that|these|those").contains(&d.lw(k + 1))
}

/// "Best wishes, Andreas", "Cheers!", "All the best.": a message's closing wishes the reader
/// well; it judges no one.
fn closing(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let k = r.start;
    let words = r.filter(|&j| d.is_word(j)).count();
    let (a, b) = (d.lower(k), d.lw(k + 1));
    let opener = crate::engine::vocab::words::List("cheers|regards|sincerely").contains(&a)
        || matches!(b, "wishes" | "regards")
        || (a, b, d.lw(k + 2)) == ("all", "the", "best");
    words <= 4 && opener
}

/// "To be honest, …", "And to be fair, …": an aside on the writer's own candour, not a label.
fn candour_aside(cx: &Cx, l: &Label) -> bool {
    let d = cx.doc;
    let mut k = l.start;
    while List("and|but|so|well|also|just").contains(&d.lw(k)) {
        k += 1;
    }
    d.lw(k) == "to" && d.lw(k + 1) == "be" && d.lw(k + 3) == ","
}

/// "With more focus, Omar could be a strong lead": a label the writer only supposes ("could
/// be", "might be", "would be") says who someone may become, not who they are.
/// ("She would be a great team lead" recommends her: "would" counts only under an "if").
fn supposed_label(cx: &Cx, l: &Label) -> bool {
    let d = cx.doc;
    let si = d.tokens[l.start].sentence;
    let under_if = || d.sentences[si].tokens.clone().any(|k| d.lower(k) == "if");
    (l.start..l.end.saturating_sub(1)).any(|k| {
        let modal = match d.lower(k) {
            "could" | "might" => true,
            // "will be a better lead if he keeps at it": a forecast on a condition.
            "would" | "will" => under_if(),
            // "He should be proud of his year": a feeling the writer recommends, no trait.
            "should" => deserved(d.lw(k + 2)),
            _ => false,
        };
        modal && matches!(d.lw(k + 1), "be" | "become")
    }) || l.end > 0 && unreal(d, l.end - 1)
        // "A paid plan doesn't imply they're entitled to …": an inference denied, no one
        // described.
        || List("mean|means|imply|implies").contains(&d.lw(l.start.wrapping_sub(1)))
            && cx.has(l.start.wrapping_sub(2), word::NT)
}

/// The first name-like word: a capitalised unknown word inside the sentence, or at its start
/// when a verb follows ("Marco is", "Dana shipped") or it is possessive ("Mei's").
fn named(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    let first_word = toks
        .clone()
        .find(|&k| d.tokens[k].kind == TokenKind::Word)?;
    // "HUGE THANKS TO AISHA!!!": a shouted name at the end, after "to" or "thanks".
    let shouted = |k: usize| {
        d.tokens[k].caps
            && k > 0
            && matches!(d.lower(k - 1), "to" | "thanks")
            && d.tokens
                .get(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Word)
    };
    let k = toks.filter(|&k| is_name(cx, k) || shouted(k)).find(|&k| {
        let next = d.lw(k + 1);
        k != first_word
            || cx.has(k, word::POSSESSIVE)
            || linking_verb(cx, k + 1)
            || possessing(cx, k + 1)
            || next.ends_with("ed")
            || subject_follower(cx, k + 1)
            // "Maria, we all benefit from your knowledge": a name called, in a sentence to "you"
            // (not "Aha," or "Ops,").
            || next == ","
                && cx.sentence_has(si, word::READER)
                && !List("aha|ahh|ops|hehe|haha|lol|huh|meh|ugh|argh|yay|whoa|alright").contains(&d.lower(k))
    })?;
    // "Emerson Rose is …": a full name is named by its first word.
    let first_name = k > first_word && d.tokens[k - 1].capitalized && is_name(cx, k - 1);
    Some(if first_name { k - 1 } else { k })
}

/// A name right after a preposition ("runs in Docker", "deployed via Terraform"): a place or a
/// tool, not whom the sentence judges. `loose` (a draft that never says he or she: code and
/// issue comments) also counts "on", "at" and "than" ("broken on Windows", "faster than
/// Chrome"), except after a verb of relying on someone ("count on Eloise").
pub(crate) fn object_of_preposition(d: &Doc, k: usize, loose: bool) -> bool {
    let prev = if k > 0 { d.lower(k - 1) } else { "" };
    let relies = k > 1
        && crate::engine::vocab::words::List("count|rely|depend|relying|counting|depending")
            .contains(&d.lower(k - 2));
    crate::engine::vocab::words::List("in|under|via|into|using|within|inside").contains(&prev)
        || loose && !relies && crate::engine::vocab::words::List("on|at|than").contains(&prev)
}

/// Words that follow a subject: a modal, "needs", "did", a frequency adverb ("Tom always …").
fn subject_follower(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::FOLLOWER)
}

/// Does the sentence turn from one judgement to another ("… but …", "however", "although")?
fn turns(cx: &Cx, si: usize) -> bool {
    cx.sentence_has(si, word::TURN)
}

/// "He is a kind colleague, I just can't see much ambition": a second clause, spliced on
/// with a comma, in which the writer denies what the first granted: a turn without "but".
fn spliced_doubt(cx: &Cx, si: usize) -> bool {
    cx.doc.sentences[si]
        .tokens
        .clone()
        .any(|k| splice_at(cx.doc, k))
}

/// Does token `k`, a comma, splice on "I (just) don't …"?
pub(crate) fn splice_at(d: &Doc, k: usize) -> bool {
    d.lw(k) == "," && d.lw(k + 1) == "i" && (k + 2..k + 4).any(|j| d.lw(j).ends_with("n't"))
}

/// Names something a reader could picture or verify: a number, a date, a meeting, code, a
/// quote, two named work items ("the architecture proposal"), or an action in a named situation
/// ("texted during meetings"). Generic activity ("completes his tasks") is not specific.
fn specific(f: &super::context::SentenceFacts) -> bool {
    let fixed = f.concrete - f.action;
    let named = if f.named >= 2 {
        0.75 * f.named.min(3) as f32
    } else {
        0.0
    };
    // Thanks that name when or where ("thanks for the notes on the launch plan") point at
    // one thing, as does an action in a named situation.
    fixed + named >= 1.5 || fixed >= 0.75 && (f.action > 0.0 || f.thanks_or_fix)
}

/// "She told me she is uneasy near the press", "He stated he would not travel": what someone
/// said, reported, is a behavior a reader can picture (the words are the example).
fn reports_words(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    toks.clone().take(4).any(|k| {
        REPORTING.contains(&d.lower(k))
            && k > toks.start
            && (cx.has(k - 1, word::NAME) || List("he|she|they").contains(&d.lower(k - 1)))
    })
}

/// "slips like wrong dates, broken links, and typos": the sentence names its instances,
/// a list of three or more short items after "like", "such as" or "including".
fn listed(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[si];
    // Asked of every sentence not yet specific: the byte scan for two commas first.
    if d.text[s.start..s.end]
        .bytes()
        .filter(|&b| b == b',')
        .count()
        < 2
    {
        return false;
    }
    let toks = s.tokens.clone();
    toks.clone().any(|k| {
        let opens = match d.lower(k) {
            "like" | "including" => true,
            "such" => d.lw(k + 1) == "as",
            _ => false,
        };
        // Short items: a comma within five words, the next within four more.
        let comma =
            |from: usize, n: usize| (from..(from + n).min(toks.end)).find(|&j| d.lower(j) == ",");
        opens && comma(k + 2, 5).and_then(|c| comma(c + 2, 4)).is_some()
    })
}

/// Words that may come before a sentence's subject: "Overall, she …", "However he …".
fn lead_in(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::LEAD_IN)
}

/// The subject of sentence `si`: the first pronoun, possessive or name among its first words.
fn subject(cx: &Cx, si: usize, names: bool) -> (Who, Option<usize>) {
    let d = cx.doc;
    let s = &d.sentences[si];
    let mut words = 0;
    for k in s.tokens.start + linking_phrase(cx, si)..s.tokens.end {
        let t = &d.tokens[k];
        if t.kind != TokenKind::Word {
            if t.kind == TokenKind::Punct {
                continue;
            }
            break;
        }
        let w = d.lower(k);
        if let Some(who) = pronoun(w) {
            return (who, Some(k));
        }
        if names && is_name(cx, k) {
            return (Who::Person, Some(k));
        }
        words += 1;
        if !lead_in(cx, k) || words > 3 {
            break;
        }
    }
    (Who::Other, None)
}

/// "On top of that she …", "Besides this, he …": a phrase that links the sentence to the one
/// before, ending in "that" or "this" after a preposition. How many tokens it takes (0 for
/// none), so that "that" is not read as the subject.
fn linking_phrase(cx: &Cx, si: usize) -> usize {
    let d = cx.doc;
    let s = &d.sentences[si];
    let end = (s.tokens.start + 5).min(s.tokens.end);
    (s.tokens.start + 1..end)
        .find(|&k| {
            matches!(d.lower(k), "that" | "this")
                && List("of|besides|beyond|after|despite|from|than|with|to")
                    .contains(&d.lower(k - 1))
        })
        .map_or(0, |k| k + 1 - s.tokens.start)
}

/// Whom a pronoun or possessive names: the writer, the reader or a third person.
pub(crate) fn pronoun(w: &str) -> Option<Who> {
    // (The first letter picks the one list to read: the sentence layer asks for every word.)
    let (list, who) = match w.as_bytes().first()? {
        b'i' | b'm' | b'w' | b'o' => (
            List("i|i'm|i've|i'd|i'll|my|we|we're|we've|we'd|we'll|our"),
            Who::Writer,
        ),
        b'y' | b'u' => (List("you|you're|you've|you'd|you'll|your|u"), Who::Reader),
        b'h' | b's' | b't' => (
            List("he|she|they|he's|she's|they're|his|her|their"),
            Who::Person,
        ),
        _ => return None,
    };
    list.contains(&w).then_some(who)
}

/// A capitalised word the engine knows nothing else about: a person's name ("Dana", "Priya").
fn is_name(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::NAME)
}

/// Sets the bits of each word's shape, once: `word::NAME` on each word `is_name` accepts,
/// `word::NT` on "n't" endings, `word::POSSESSIVE` on "'s" endings. The sentence layer asks
/// them of every token of every sentence.
pub fn mark_shapes(doc: &Doc, flags: &[u32], layer: &mut [u64]) {
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = doc.lower(k);
        if w.ends_with("n't") {
            layer[k] |= word::NT;
        }
        if w.ends_with("'s") || w.ends_with("’s") {
            layer[k] |= word::POSSESSIVE;
        }
        // The token's own bits first.
        // "HashMap", "KeyboardInterrupt": identifiers, not people.
        if !t.capitalized || t.caps || t.ident || flags[k] != 0 {
            continue;
        }
        let unnamed = layer[k] & (word::FUNCTION | word::LEAD_IN) != 0;
        // Its neighbours, named once: the word before, the word after, and whether that is a
        // lower-case word.
        let prev = if k > 0 { doc.lower(k - 1) } else { "" };
        let next = doc.lw(k + 1);
        let small_next = doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized);
        // "GANs", "PyPI", "MariaDB": two capitals in a row make an acronym, not a name
        // ("McDonald", "DeShawn" have none).
        let acronym = doc
            .raw(k)
            .as_bytes()
            .windows(2)
            .any(|p| p[0].is_ascii_uppercase() && p[1].is_ascii_uppercase());
        // "my English skills", "her Python code", "than the Kindle": after a possessive or an
        // article, a capital names a thing ("the Smiths" and "the Rhodes'" are people).
        // So does a capital before a word of software ("the Python code"; "Ravi's parser" is
        // someone's) or between an article and a word, and a noun ("my old Fedora box";
        // "our intern Ravi is", "the days Priya has" are people).
        let det = |j: usize| List("my|your|our|his|her|their|the|a|an").contains(&doc.lower(j));
        let owned = || {
            k > 0 && det(k - 1) && !(w.ends_with('s') && prev == "the")
                || layer[k] & word::POSSESSIVE == 0
                    && layer.get(k + 1).is_some_and(|b| b & word::TECH != 0)
                || k > 1
                    && !doc.tokens[k - 1].capitalized
                    && doc.tokens[k - 1].kind == TokenKind::Word
                    && small_next
                    && layer[k + 1] & (word::FOLLOWER | word::LINK | word::HAVE) == 0
                    && !next.ends_with("ed")
                    && det(k - 2)
                    && !ROLE_NOUNS.contains(&prev)
                    && !PERSON_NOUNS.contains(&prev)
        };
        // "acclaimed by French critics", "a guide for Python users": after a preposition and
        // before a plural noun, a capital describes a group ("thanks to Ravi's" is a person).
        let describes = || {
            List("by|from|of|among|with|to|for|at|on|in|between").contains(&prev)
                && small_next
                && next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && layer[k + 1] & (word::FOLLOWER | word::LINK | word::HAVE | word::FUNCTION) == 0
        };
        // "support cookies like Couch does", "faster than Postgres": a capital compared with
        // is a thing or a bystander, not the one the sentence is about ("I'd like Sam to" is).
        let compared = || {
            k > 1
                && (List("unlike|than").contains(&prev)
                    || prev == "like"
                        && !List("i'd|we'd|would|you'd|they'd|he'd|she'd")
                            .contains(&doc.lower(k - 2)))
        };
        // "Sorry didn't notice", "Hey, …": an interjection, not someone's name; nor is
        // "Something's off" or "Everyone agrees" (an indefinite pronoun).
        let indefinite = || {
            let base = w.split(['\'', '’']).next().unwrap_or(w);
            List("something|everything|nothing|anything|someone|everyone|anyone|somebody|everybody|nobody|anybody")
                .contains(&base)
        };
        let interjection = || {
            List("sorry|oops|hey|hi|hello|yeah|yep|nope|ok|okay|oh|ah|wow|hmm|btw|fyi|imo|imho|cheers|welcome")
                .contains(&w)
                || w.len() >= 6 && matches!(w.as_bytes()[0], b's' | b'e' | b'n' | b'a') && indefinite()
        };
        // "Partners need to …", "Hands down …", "Reasons for this include …": a plural noun
        // opening the sentence (a name ending in "s" takes "needs", "has", and rarely a
        // preposition); "Easily one of the best": an adverb.
        let first = k == 0 || doc.tokens[k - 1].sentence != t.sentence;
        let common = first
            && (w.ends_with('s')
                && !w.ends_with("ss")
                && List(
                    "need|have|are|were|do|don't|say|think|want|seem|tend|get|down|for|of|include",
                )
                .contains(&next)
                || w.ends_with("ly") && List("one|the|a|an").contains(&next)
                || opens_noun_phrase(doc, layer, k)
                // "Let him fix it", "Tell them why": a verb with its object.
                || List("him|them|me|us").contains(&next));
        if !unnamed
            && !acronym
            && !common
            && pronoun(w).is_none()
            && name_shaped(w)
            && !participle(doc, k)
            && !owned()
            && !describes()
            && !compared()
            && !interjection()
            && !(first && lowered_elsewhere(doc, w))
        {
            layer[k] |= word::NAME;
        }
    }
}

/// "We should give him stretch projects that suit his skills": the writer's plan, a next
/// step, neither praise to back with an example nor a claim to back with evidence.
pub fn writer_plans(d: &Doc, si: usize) -> bool {
    let mut k = d.sentences[si].tokens.start;
    while List("maybe|perhaps|possibly|so|then|hopefully|together").contains(&d.lw(k)) {
        k += 1;
    }
    // ("we can always rely on Sam", "we can't say enough": a judgement in the writer's words.)
    let plan = d.lw(k) == "we"
        && List("can|could|will|should|might|may|must|plan|intend|aim").contains(&d.lw(k + 1))
        && !List("always|count|rely|trust|depend|say|see|not|never|certainly|definitely")
            .contains(&d.lw(k + 2));
    plan || wish(d, k) || goal_set(d, k) || gerund_plan(d, si, k)
}

/// "Giving him more ownership would help his motivation": a step the writer weighs, named by
/// its gerund, that would help ("Working with her would be a joy" praises).
pub(crate) fn gerund_plan(d: &Doc, si: usize, k: usize) -> bool {
    let w = d.lw(k);
    let gerund = w.len() > 5
        && w.ends_with("ing")
        && !List("nothing|something|anything|everything|morning|evening").contains(&w);
    gerund
        && (k + 1..d.sentences[si].tokens.end).any(|j| {
            List("would|could|might|may|will").contains(&d.lower(j))
                && List("help|improve|benefit|boost").contains(&d.lw(j + 1))
        })
}

/// "I would love to see him lead a release", "We are happy to support her": the writer's wish
/// or offer, from token `k` (the writer), which praises no past work ("I am happy to report
/// that …", "glad to see …", "can't wait to see where she goes" still do).
fn wish(d: &Doc, k: usize) -> bool {
    if !List("i|we|i'd|we'd|i'm|we're").contains(&d.lw(k)) {
        return false;
    }
    (k + 1..k + 4).any(|j| {
        let w = d.lw(j);
        let to = d.lw(j + 1) == "to";
        let offer = List("happy|glad").contains(&w)
            && to
            && !List("see|report|say|note|share|announce|have|hear|welcome").contains(&d.lw(j + 2));
        // ("I want to do all I can to keep her" still endorses her.)
        let seen = List("see|watch|help|support|work|develop|grow|nurture").contains(&d.lw(j + 2));
        let hope = List("love|like|want|hope|hoping").contains(&w) && seen;
        to && hope || offer
    })
}

/// "As part of the plan, let's pair him with Ana": a step the writer proposes, the next step
/// itself ("let's be honest" opens a verdict, "let's say" a supposition).
pub fn writer_proposes(d: &Doc, si: usize) -> bool {
    let toks = d.sentences[si].tokens.clone();
    toks.clone().any(|k| {
        let verb = if d.lower(k) == "let" && d.lw(k + 1) == "us" {
            k + 2
        } else {
            k + 1
        };
        List("let's|lets|let").contains(&d.lower(k))
            && verb < toks.end
            && !List("be|face|not|say|suppose|assume|imagine|me|him|her|them|it")
                .contains(&d.lw(verb))
            // ("…, but if the team likes it, yes let's use yours": agreed.)
            && (k == toks.start || matches!(d.lw(k - 1), "," | "yes"))
    })
}

/// "Will rework it", "Will fix, …": token `k` opens the writer's promise with its "I" left out
/// (not a question, "Will this break …?").
pub(crate) fn elided_will(d: &Doc, k: usize) -> bool {
    d.lower(k) == "will"
        && d.is_word(k + 1)
        && !List("you|it|this|that|the|a|we|they|he|she|there|i|your|our|my").contains(&d.lw(k + 1))
}

/// "Compared to his peers, …", "Based on …": a sentence that opens on a participle and a
/// preposition names no one by its first word.
fn participle(doc: &Doc, k: usize) -> bool {
    let first = k == 0 || doc.tokens[k - 1].sentence != doc.tokens[k].sentence;
    first
        && doc.lower(k).ends_with("ed")
        && crate::engine::vocab::words::List("to|with|on|by|about|from|against")
            .contains(&doc.lw(k + 1))
}

/// A capital opening a sentence's noun phrase, not a name: a participle before its noun
/// ("Continued mentoring would …"; "Mohammed is" names), or a word before a plural noun and its
/// verb, a group named by its role ("Account leads need to …"; "Omar's handoffs are" are his;
/// a name ends before "needs", "has").
fn opens_noun_phrase(doc: &Doc, layer: &[u64], k: usize) -> bool {
    let (w, next) = (doc.lower(k), doc.lw(k + 1));
    let bits = |j: usize| layer.get(j).copied().unwrap_or(0);
    let small_next = doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized);
    let participle = w.len() > 4
        && w.ends_with("ed")
        && bits(k + 1) & (word::FOLLOWER | word::LINK | word::HAVE) == 0;
    let group = bits(k) & word::POSSESSIVE == 0
        && next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && List("need|have|must|should|are|were").contains(&doc.lw(k + 2));
    small_next && (participle || group)
}

/// "He missed the deadline. Deadlines slipped twice": a plural opening a sentence whose
/// singular the draft writes in lower case is a common noun (a name is never lower case).
fn lowered_elsewhere(doc: &Doc, w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|one| one.len() > 2 && doc.text.contains(one))
}

/// Capitalised words that are not names at the start of a sentence (with the verbs review
/// shorthand opens with: "Meets expectations.", "Shows initiative.").
fn function_word(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::FUNCTION)
}

/// Does the sentence praise, criticise, or both? Each evaluative word counts for its polarity;
/// after a negation ("not", "never", "hasn't") praise becomes criticism, and criticism stops
/// counting ("not bad"). A demand to improve ("needs to improve", "should be more …", "would be
/// better if") criticises.
fn polarity(cx: &Cx, si: usize, credit: bool, marks: &mut Vec<(usize, i32)>) -> (u32, u32) {
    let d = cx.doc;
    let keeps = retained(cx, si);
    let (mut praise, mut criticism) = (0, 0);
    let from = marks.len();
    for k in d.sentences[si].tokens.clone() {
        let v = lean(cx, k, keeps);

        if v != 0 {
            marks.push((k, v));
        }
        praise += u32::from(v > 0);
        criticism += u32::from(v < 0);
    }
    // "It works for me with no errors": a report of what the writer tried, not praise.
    if praise > 0 && works_for_me(cx, si) {
        praise = 0;
    }
    // "Not much can be improved", "nothing needs to change": no demand, a compliment.
    if nothing_to_fix(cx, si) && !turns(cx, si) {
        return (praise + 1, 0);
    }
    if credit {
        return (praise.max(1), 0);
    }
    if problem_about_someone(cx, si) || judged_subject(cx, si, &marks[from..]) {
        return (0, criticism.max(1));
    }
    // (Marked on the demand's or the denial's first word: "rarely performs up to par".)
    if let Some(k) = demands_improvement(cx, si).or_else(|| denies_doing(cx, si)) {
        criticism += 2;
        marks.push((k, -1));
    }
    if keeps {
        praise += 2;
    }
    (praise, criticism)
}

/// "The efficiency of her reports stayed poor": good words only in the subject, bad ones only
/// after its linking verb; the subject names what is judged, the predicate judges it.
fn judged_subject(cx: &Cx, si: usize, marks: &[(usize, i32)]) -> bool {
    // (Both sides first: most sentences lean one way or none, and skip the verb search.)
    let any = |good: bool| marks.iter().any(|&(_, v)| (v > 0) == good);
    if !any(true) || !any(false) {
        return false;
    }
    let d = cx.doc;
    let linking = List("is|was|are|were|remained|remains|stayed|stays|became|been");
    let Some(verb) = d.sentences[si]
        .tokens
        .clone()
        .find(|&k| linking.contains(&d.lower(k)))
    else {
        return false;
    };
    marks.iter().all(|&(k, v)| (k < verb) == (v > 0)) && !turns(cx, si)
}

/// "The problem is keeping him focused", "the main issue was that she …": what follows the
/// copula is the problem with someone, whatever praise words it holds.
fn problem_about_someone(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    // (The copula first: most sentences have none among their first words.)
    let Some(k) =
        (r.start..(r.start + 4).min(r.end)).find(|&k| matches!(d.lw(k + 1), "is" | "was"))
    else {
        return false;
    };
    List("problem|issue|trouble|difficulty|challenge").contains(&d.lower(k))
        && (r.start..k)
            .all(|j| List("the|one|my|our|only|main|real|big|biggest").contains(&d.lower(j)))
        && r.clone().any(|j| cx.has(j, word::HE_SHE))
}

/// Is capitalised word `k` the name after a preposition or a verb in -ing ("in Excel",
/// "using Swift"), not the sentence's first word?
fn named_after(cx: &Cx, k: usize) -> bool {
    let prev = cx.doc.lw(k.wrapping_sub(1));
    let object = List("in|with|on|for|of|via|from|at|to|about|into|using").contains(&prev)
        || prev.len() > 4 && prev.ends_with("ing");
    object && !cx.opens_sentence(k)
}

/// What word `k` says in its sentence: 1 praise, -1 criticism, 0 nothing (`keeps`: the
/// sentence wants to keep someone). The sentence layer sums these, and marks each word so a
/// rewrite can weigh one side of a turn by the same reading.
fn lean(cx: &Cx, k: usize, keeps: bool) -> i32 {
    let d = cx.doc;
    let fl = cx.flags[k];
    // Most words neither evaluate nor open a verdict or an idiom.
    let evaluates = fl & (class::POSITIVE | class::NEGATIVE) != 0;
    if !evaluates && !cx.has(k, word::VERDICT_HEAD | word::IDIOM_HEAD) {
        // "he has never refused", "doesn't complain": a slip denied praises, rated or not
        // ("don't forget to", "you can't forget": an order, a must).
        let denied = k > 0
            && cx.is(k - 1, class::NEGATOR)
            && List("never|rarely|seldom|doesn't|didn't|hasn't|hadn't|not")
                .contains(&d.lower(k - 1))
            && !List("do|can|will|should|must|to").contains(&d.lw(k.wrapping_sub(2)));
        return i32::from(denied && FAULT_VERBS.contains(&d.lower(k)));
    }
    if sub_par(cx, k) {
        return -1;
    }
    // "each sheet made in Excel", "built with Swift": a capital after a preposition or a
    // verb in -ing names a product or a firm; it evaluates nothing ("a Brilliant job" still
    // praises).
    let t = &d.tokens[k];
    if t.capitalized && !t.caps && fl & class::NEGATIVE == 0 && named_after(cx, k) {
        return 0;
    }
    // "some kind of download", "kind of slow": a type or a hedge, not kindness; "in our best
    // interest" weighs a decision, and "he is encouraged to speak up" puts a next step in
    // the passive: neither praises anyone.
    let next = d.lw(k + 1);
    let (w, prev) = (d.lower(k), d.lw(k.wrapping_sub(1)));
    // "It's honestly garbage": "honestly" vouches for what follows; it praises nothing,
    // "calm down" is an order, not a calm person, and "good luck" a wish.
    if next == "of" && w == "kind"
        || next == "luck"
        // "better to leave it than to break the build": two options weighed, no praise.
        || w == "better" && next == "to" && (k + 2..k + 12).any(|j| cx.same_sentence(k, j) && d.lw(j) == "than")
        // "definitely not portable": stress on a denial, no praise.
        || next == "not" && matches!(w, "definitely" | "certainly")
        // "slightly better than useless": faint, the fault after "than" is what it says.
        || w == "better" && next == "than" && cx.is(k + 2, class::NEGATIVE)
        // "Best of luck with the move": a wish.
        || w == "best" && next == "of" && d.lw(k + 2) == "luck"
        || next == "down" && w == "calm"
        || w == "honestly"
        // "I'd recommend that Omar takes leave": a course of action, not an endorsement.
        || next == "that" && w.starts_with("recommend") && !ousted(cx, k)
        // "recommend changing it to …": advice on the work ("recommend hiring her" endorses).
        // ("recommend letting him go" ends the work together.)
        || next.len() > 4
            && next.ends_with("ing")
            && w.starts_with("recommend")
            && (ousted(cx, k)
                || !(k + 1..k + 8).any(|j| cx.same_sentence(k, j) && cx.has(j, word::THIRD_WORD | word::NAME)))
        // "to be honest", "if we are honest": the telling, not the person.
        || w == "honest" && (k.saturating_sub(4)..k).any(|j| matches!(d.lower(j), "to" | "if"))
        || next.starts_with("interest") && w == "best"
        // "It is good practice to pin versions": a norm, not a compliment.
        || next.starts_with("practice") && fl & class::POSITIVE != 0
        || next == "to" && w == "encouraged"
        || w == "late" && stays(d, k.wrapping_sub(1))
        // "the migration I have in progress", "a work in progress": unfinished, not an advance.
        || w == "progress" && prev == "in"
        // "ideas to make the rollout any better": a comparative asked after, not praise.
        || prev == "any" && (w == "better" || w.ends_with("er"))
        // "He'd be better off asking", "she would do well to ask": advice, not praise.
        || next == "off" && matches!(w, "better" | "best")
        || w == "well" && prev == "do" && next == "to"
        // "happy with where her skills are", "content with his lot": the person's own
        // contentment, which praises no one.
        || contented(cx, k)
        // "Great, now everything is broken again": the cheer mocks what follows.
        || mock_cheer(cx, k)
    {
        return 0;
    }
    if eager(cx, k) {
        return 1;
    }
    if hard_time(d, k) {
        return -1;
    }
    if fl & (class::POSITIVE | class::NEGATIVE) == 0 {
        if praise_idiom(cx, k) && !asked_for(cx, k) {
            let denied = cx.negated(k, 3)
                || yet_to(d, k)
                || scant(cx, k)
                || struggled(cx, k)
                || hoped_for(cx, k);
            return if denied { -1 } else { 1 };
        }
        return 0;
    }
    // "not seeing enough motivation or positivity": the negation reaches the second of a pair.
    let paired = matches!(prev, "or" | "nor") && k >= 2 && cx.negated(k - 2, 3);
    // "I can't say enough good things about her": the negation stresses the praise.
    let emphatic = || {
        (k.saturating_sub(2)..k).any(|j| d.lower(j) == "enough")
            && (k.saturating_sub(5)..k).any(|j| {
                crate::engine::vocab::words::List("say|praise|thank|recommend")
                    .contains(&d.lower(j))
            })
    };
    let negated = cx.negated(k, 3) && !emphatic()
        || yet_to(d, k)
        || denied_alternative(d, k)
        || denied_after(d, k)
        || less_than(cx, k)
        || paired
        || nor_clause(cx, k)
        || fl & class::POSITIVE != 0 && doubted(cx, k);
    if fl & class::NEGATIVE != 0 && (supposed(cx, k) || circumstance(cx, k)) {
        return 0;
    }
    // ("above-average": the hyphen stands between.)
    let above = prev == "above" || prev == "-" && d.lw(k.wrapping_sub(2)) == "above";
    if fl & class::NEGATIVE != 0 && above {
        // "above average"; "struggles to perform above average" is no praise.
        return if struggled(cx, k) || negated { -1 } else { 1 };
    } else if fl & class::POSITIVE != 0 {
        // "leaves early" is no praise.
        let leaves = crate::engine::vocab::words::List("leaves|left|leaving|leave").contains(&prev);
        if next == "against" || prev == "against" {
            // "recommend against": counted at "against".
        } else if ousted(cx, k) {
            return -1;
        } else if not_praise(cx, k) {
            // "she will improve", "I am confident": a hope or the writer's mood.
        } else if leaves && negated {
            return 1; // "never leaves early"
        } else if negated
            || scant(cx, k) && !emphatic()
            || struggled(cx, k)
            || can_do_better(d, k)
            || unreal(d, k)
            || demanded(cx, k)
            || hoped_for(cx, k)
            || kindled(cx, k)
            || leaves
            || growth_area(d, k)
            || troubled(d, k)
            || harmed(d, k)
        {
            return -1;
        } else {
            return 1;
        }
    } else if fl & class::NEGATIVE != 0 && (faultless(cx, k) || unaided(d, k)) {
        return 1;
    } else if fl & class::NEGATIVE != 0
        && keeps
        && crate::engine::vocab::words::List("lose|losing|shame|pity").contains(&w)
    {
        // "a shame to lose him": counted as wanting to keep him.
    } else if fl & class::NEGATIVE != 0 && !negated && !remedied(cx, k) {
        return -1;
    }
    0
}

/// "Great, now everything is broken again.", "Perfect, so the build fails twice": a cheer that
/// opens the sentence, set off by a comma, before "now" or "so" and a fault.
fn mock_cheer(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[k].sentence];
    s.tokens.start == k
        && d.lw(k + 1) == ","
        && matches!(d.lw(k + 2), "now" | "so")
        && (k + 3..s.tokens.end).any(|j| cx.is(j, class::NEGATIVE | class::VERDICT))
}

/// "Rina is happy with where her skills are", "he seems content with where he is": someone's
/// contentment with their own lot ("the client was happy with her designs" praises her).
fn contented(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    if d.lw(k + 1) != "with"
        || !List("happy|content|comfortable|satisfied|pleased").contains(&d.lower(k))
        || !List("her|his|their|where|how").contains(&d.lw(k + 2))
    {
        return false;
    }
    let mut j = k.wrapping_sub(1);
    while List("very|quite|really|too|so|pretty|fairly").contains(&d.lw(j)) {
        j = j.wrapping_sub(1);
    }
    let copula = List("is|was|seems|seemed|are|were|remains|feels|appears|'s").contains(&d.lw(j));
    let mut subject = j.wrapping_sub(1);
    // "… and seems content with his lot": the sentence's subject.
    if d.lw(subject) == "and" {
        subject = d.sentences[d.tokens[k].sentence].tokens.start;
    }
    copula
        && subject < k
        && (List("he|she|they").contains(&d.lower(subject)) || cx.has(subject, word::NAME))
}

/// "finished early with little help", "with minimal support": someone worked on their own,
/// which praises them.
fn unaided(d: &Doc, k: usize) -> bool {
    d.lw(k.wrapping_sub(1)) == "with"
        && d.lower(k) == "little"
        && List("help|support|guidance|supervision|direction|oversight").contains(&d.lw(k + 1))
        // ("with little help on picking a value": what the work fails to give.)
        && (d.lw(k + 2) == "from" || !d.is_word(k + 2))
}

/// "confidence issues", "trust problems": a trouble with the good thing. ("an interesting
/// problem", "analytical problems": an adjective describes the problem, which is a task.)
fn troubled(d: &Doc, k: usize) -> bool {
    let w = d.lower(k);
    crate::engine::vocab::words::List("issue|issues|problem|problems").contains(&d.lw(k + 1))
        && ![
            "al", "ar", "ly", "ic", "ive", "ful", "ous", "ble", "ing", "ed", "ent", "est", "er",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// "seriously hurts our productivity", "slows down the team's efficiency": the good thing is
/// what is being harmed.
fn harmed(d: &Doc, k: usize) -> bool {
    // (Each verb starts with one of these letters: most words are passed on their first byte.)
    let first = |j: usize| {
        matches!(
            d.lower(j).as_bytes().first(),
            Some(b'a' | b'h' | b'u' | b'k' | b'd' | b'r' | b'l' | b's')
        )
    };
    (k.saturating_sub(4)..k).any(|j| {
        first(j)
            && (j..k).all(|i| d.is_word(i))
            && crate::engine::vocab::words::List(
                "affect|affects|affected|hurt|hurts|harm|harms|harmed|hamper|hampers|hampered|\
hinder|hinders|hindered|undermine|undermines|undermined|kill|kills|killed|damage|damages|\
damaged|reduce|reduces|reduced|lower|lowers|lowered|slows|slowed|drains|drained|decrease|\
decreases|decreased",
            )
            .contains(&d.lower(j))
    })
}

/// "Omar could do far better", "can do better": what someone could do is what they
/// do not yet.
/// ("capable of far more than he delivers": the ability praised is the one not shown.)
fn can_do_better(d: &Doc, k: usize) -> bool {
    let more = |j| d.lw(j) == "more" && !d.lw(j + 1).starts_with("responsib");
    d.lower(k) == "better"
        && (k.saturating_sub(4)..k)
            .any(|j| d.lower(j) == "do" && matches!(d.lw(j.wrapping_sub(1)), "can" | "could"))
        || d.lower(k) == "capable" && d.lw(k + 1) == "of" && (k + 2..k + 5).any(more)
}

/// "If he were more patient, …", "I wish she were a little more careful": a wish for what is
/// not so, which is a criticism of what is.
fn unreal(d: &Doc, k: usize) -> bool {
    let mut j = k.wrapping_sub(1);
    while crate::engine::vocab::words::List("more|a|bit|little|just|slightly|less")
        .contains(&d.lw(j))
    {
        j = j.wrapping_sub(1);
    }
    d.lw(j) == "were"
        && (j.saturating_sub(4)..j).any(|i| {
            matches!(d.lower(i), "if" | "wish") && d.tokens[i].sentence == d.tokens[j].sentence
        })
}

/// "her best effort isn't enough", "good intentions are not enough": the good thing is the
/// subject of a denial that follows it.
fn denied_after(d: &Doc, k: usize) -> bool {
    (k + 1..k + 4).take_while(|&j| d.is_word(j)).any(|j| {
        List("isn't|wasn't|aren't|weren't").contains(&d.lower(j))
            || List("is|was|are|were").contains(&d.lower(j)) && d.lw(j + 1) == "not"
    }) && (k + 1..k + 8).any(|j| List("enough|sufficient").contains(&d.lw(j)))
}

/// "can't believe how far she has come", "cannot imagine what": amazement, not a denial.
pub(crate) fn amazed(d: &Doc, k: usize) -> bool {
    List("believe|imagine|overstate").contains(&d.lw(k)) && List("how|what").contains(&d.lw(k + 1))
}

/// "a spectator rather than a leader", "silent instead of helpful": the good word names what
/// someone is not.
fn denied_alternative(d: &Doc, k: usize) -> bool {
    (k.saturating_sub(4)..k).any(|j| {
        matches!(
            (d.lower(j), d.lw(j + 1)),
            ("rather", "than") | ("instead", "of")
        ) && (j + 2..k).all(|i| d.is_word(i))
    })
}

/// "has a hard time keeping her notes current", "had a rough time with the migration": a
/// struggle, told in an idiom none of whose words is negative on its own.
fn hard_time(d: &Doc, k: usize) -> bool {
    d.lower(k) == "time"
        && List("hard|tough|difficult|rough").contains(&d.lw(k.wrapping_sub(1)))
        && d.lw(k.wrapping_sub(2)) == "a"
        && List("has|have|had|having").contains(&d.lw(k.wrapping_sub(3)))
}

/// "has yet to file her expenses on time": "yet to" before the word denies it has happened.
/// ("has not yet shown the strong ownership we need": a good thing not seen yet.)
fn yet_to(d: &Doc, k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|j| {
        let before = d.lw(j.wrapping_sub(1));
        let denied = before == "not" || before.ends_with("n't");
        d.lower(j) == "yet" && (d.lw(j + 1) == "to" || denied && !(j..k).any(|i| d.lower(i) == ","))
    })
}

/// "I'm not sure Sam is ready", "I doubt she is ready", "I don't think he is a fit": the
/// writer's doubt reaches the clause after it (up to a comma, "but" or "and").
fn doubted(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let from = k
        .saturating_sub(8)
        .max(d.sentences[d.tokens[k].sentence].tokens.start);
    // Asked of every praise word: string matches, not lists (no signature lookups).
    let denied = |i: usize| {
        i > 0 && crate::engine::vocab::words::List("not|don't|dont").contains(&d.lower(i - 1))
    };
    for j in (from..k).rev() {
        match d.lower(j) {
            "," | ";" | "but" | "and" | "although" | "though" => return false,
            "unsure" | "doubt" => return true,
            // "I don't see Omar as a good fit here", "I don't consider her ready".
            "sure" | "think" | "believe" | "see" | "consider" | "feel" if denied(j) => return true,
            _ => {}
        }
    }
    false
}

/// "I'm not saying Dara is the problem": a label the writer disowns before it.
fn disclaimed(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let from = k
        .saturating_sub(4)
        .max(d.sentences[d.tokens[k].sentence].tokens.start);
    (from..k).any(|j| {
        matches!(d.lower(j), "saying" | "suggesting" | "implying")
            && matches!(d.lw(j.wrapping_sub(1)), "not" | "n't")
    })
}

/// "an area of opportunity", "opportunities for improvement": review language for a weakness.
fn growth_area(d: &Doc, k: usize) -> bool {
    let area = d.lw(k.wrapping_sub(1)) == "of" && d.lw(k.wrapping_sub(2)).starts_with("area");
    let room = d.lw(k + 1) == "for" && matches!(d.lw(k + 2), "improvement" | "growth");
    d.lower(k).starts_with("opportunit") && (area || room)
}

/// "works late", "stayed late", "willing to work late": effort, not lateness ("shows up to work
/// late" is lateness).
fn stays(d: &Doc, k: usize) -> bool {
    let to_work = d.lw(k) == "work"
        && (d.lw(k.wrapping_sub(1)) != "to"
            || List("willing|happy|ready|offered|agreed|volunteered")
                .contains(&d.lw(k.wrapping_sub(2))));
    to_work || List("works|worked|working|stay|stays|stayed|staying").contains(&d.lw(k))
}

/// "It works for me", "the build passes fine here", "runs locally with no errors": what the
/// writer saw when they tried it.
fn works_for_me(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let end = r.end;
    r.into_iter().any(|k| {
        // Every word of a praising sentence comes here: the first letter rules most out.
        let w = d.lower(k);
        if !matches!(w.as_bytes().first(), Some(b'w' | b'r' | b'b' | b'p' | b'c'))
            || !List("works|worked|runs|ran|builds|built|passes|passed|compiles|compiled")
                .contains(&w)
        {
            return false;
        }
        let mut j = k + 1;
        if List("fine|ok|okay|well|perfectly|again|now|great").contains(&d.lw(j)) {
            j += 1;
        }
        j < end
            && (List("here|there|locally").contains(&d.lower(j))
                || List("for|on").contains(&d.lower(j))
                    && List("me|us|my|our").contains(&d.lw(j + 1))
                || on_a_platform(d, k, j, end))
    })
}

/// "The tool works great on Linux", "it runs fine in Firefox 120": a thing (not a person or a
/// name before the verb) that works on a named platform or version.
fn on_a_platform(d: &Doc, verb: usize, j: usize, end: usize) -> bool {
    let thing = verb > 0 && {
        let s = d.raw(verb - 1);
        let person = List("he|she|they|you|i|we|who").contains(&d.lower(verb - 1));
        !person
            && (s.starts_with(|c: char| c.is_lowercase())
                || List("it|this|that").contains(&d.lower(verb - 1)))
    };
    let named = |k: usize| {
        k < end
            && (d.is_word(k) && d.raw(k).starts_with(|c: char| c.is_uppercase())
                || d.raw(k).bytes().any(|b| b.is_ascii_digit()))
    };
    thing
        && List("on|in|under").contains(&d.lower(j))
        && (named(j + 1) || d.lw(j + 1) == "the" && named(j + 2))
}

/// "asks for help if she is unclear about a task": a fault the sentence only supposes, within
/// three words after "if", "whenever" or "unless".
pub(crate) fn supposed(cx: &Cx, k: usize) -> bool {
    (k.saturating_sub(3)..k).any(|j| {
        crate::engine::vocab::words::List("if|whenever|unless").contains(&cx.doc.lower(j))
            && cx.same_sentence(j, k)
    })
}

/// "guided the group through a painful reorg", "calm despite tight deadlines", "peers who would
/// have been stuck without her": a hardship the sentence sets its subject against, or one
/// that did not happen, is no fault of anyone's.
fn circumstance(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let against = (k.saturating_sub(3)..k).any(|j| {
        cx.same_sentence(j, k)
            && crate::engine::vocab::words::List("through|despite|amid|spite").contains(&d.lower(j))
    });
    let unreal =
        k >= 3 && d.lower(k - 1) == "been" && d.lower(k - 2) == "have" && d.lower(k - 3) == "would";
    against || unreal
}

/// "The launch would have slipped a month without her", "If it weren't for Kai, the release
/// would have slipped": what would have gone wrong but for someone credits them.
fn credited(cx: &Cx, si: usize) -> Option<usize> {
    // (What would have gone wrong needs a "would", "could", "might" or "wouldn't".)
    if !cx.sentence_has(si, word::HOPE | word::NT) {
        return None;
    }
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    // "without him", "if not for her help", "without Kai" (in a draft about he or she): a
    // person or what they gave, not "without his home town being named".
    let k = r.clone().find(|&k| {
        let lacking = d.lower(k) == "without"
            || d.lower(k) == "for" && List("weren't|wasn't|not").contains(&d.lw(k.wrapping_sub(1)));
        let who = d.lw(k + 1);
        let gave = List("help|work|efforts|contributions|support|guidance|assistance|,|.|");
        lacking
            && (List("him|them|you").contains(&who)
                || List("her|his|their").contains(&who) && gave.contains(&d.lw(k + 2))
                || k + 1 < r.end
                    && d.tokens[k + 1].capitalized
                    // ("without Kai since she …": a clause may follow the name.)
                    && (!d.is_word(k + 2) || List("since|because|as|and|who").contains(&d.lw(k + 2)))
                    && (0..d.tokens.len()).any(|j| cx.has(j, word::HE_SHE)))
    })?;
    let gone_wrong = |m: usize| {
        List("would|could|might").contains(&d.lower(m))
            && (m + 1..(m + 4).min(r.end)).any(|j| {
                cx.is(j, class::NEGATOR | class::NEGATIVE) || FAULT_VERBS.contains(&d.lower(j))
            })
            || List("wouldn't|couldn't").contains(&d.lower(m))
    };
    // One denial only: "… without his help, and he did not deserve that" says more.
    let denials = r
        .clone()
        .filter(|&j| (cx.is(j, class::NEGATOR) || cx.has(j, word::NT)) && d.lower(j) != "without")
        .count();
    (denials <= 1 + usize::from(d.lower(k) == "for") && r.clone().any(gone_wrong)).then_some(k + 1)
}

/// Does sentence `si` hold its praise to a minimum ("but little else", "and nothing more",
/// "but not much else")?
pub(crate) fn faint(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    // "good enough for small repos, but not for a monorepo": adequate, and then not.
    let r = d.sentences[si].tokens.clone();
    let adequate = r.clone().any(|k| {
        d.lower(k) == "enough"
            && List("good|fine|ok|okay|decent|adequate").contains(&d.lw(k.wrapping_sub(1)))
    });
    if adequate
        && r.clone()
            .any(|k| d.lower(k) == "but" && d.lw(k + 1) == "not")
    {
        return true;
    }
    r.into_iter().any(|k| {
        let least = match d.lw(k.wrapping_sub(1)) {
            "little" | "nothing" => 2,
            "much" if d.lw(k.wrapping_sub(2)) == "not" => 3,
            _ => return false,
        };
        List("else|more").contains(&d.lower(k))
            && List("but|and").contains(&d.lw(k.wrapping_sub(least)))
    })
}

/// "Although her work is satisfactory, she …": a lukewarm grant conceded before a criticism
/// praises nothing to back with an example.
fn faint_grant(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let comma = r.clone().find(|&k| d.lower(k) == ",").unwrap_or(r.end);
    List("although|though|while|whilst").contains(&d.lower(r.start))
        && comma < r.end
        && (r.start..comma).any(|k| {
            List("acceptable|satisfactory|adequate|sufficient|okay|ok|fine|average|decent")
                .contains(&d.lower(k))
        })
}

/// "Not much can be improved", "there is little to improve", "nothing needs to change": a word
/// of change within four words after "nothing", "little" or "not much".
fn nothing_to_fix(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    r.clone().any(|k| {
        let none = match d.lower(k) {
            "nothing" | "little" => true,
            "not" => d.lw(k + 1) == "much",
            _ => false,
        };
        // "has done little to improve" is the opposite: little effort.
        let effort = || {
            k > 0
                && crate::engine::vocab::words::List(
                    "done|did|does|do|doing|made|make|makes|shown|showed|shows|tried|try|tries",
                )
                .contains(&d.lower(k - 1))
        };
        // "little concern about her output", "no complaints": nothing to fix either.
        let worry =
            || List("concern|concerns|complaint|complaints|worry|worries").contains(&d.lw(k + 1));
        if (none || d.lower(k) == "no") && worry() && !effort() {
            return true;
        }
        if !none || effort() {
            return false;
        }
        // A change still to make ("can be improved", "to improve", "needs to change"), not one
        // made ("nothing was changed") or a ceiling ("little room for improvement").
        let window = k + 1..(k + 5).min(r.end);
        let ahead = window.clone().any(|j| {
            crate::engine::vocab::words::List("can|could|to|needs|need|should|must")
                .contains(&d.lower(j))
        });
        ahead
            && window.into_iter().any(|j| {
                crate::engine::vocab::words::List("improve|improved|change|changed|fix|fixed")
                    .contains(&d.lower(j))
            })
    })
}

/// "it would be a shame to lose him", "I want to keep Sam on the team": wanting to keep
/// someone is praise, whatever "shame" says.
fn retained(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    cx.sentence_has(si, word::KEEP)
        && r.clone().any(|k| {
            let keep = cx.has(k, word::KEEP);
            let someone = |j: usize| {
                crate::engine::vocab::words::List("him|her|them").contains(&d.lw(j))
                    || d.tokens.get(j).is_some_and(|t| t.capitalized)
            };
            keep && someone(k + 1)
                && (k > r.start && !cx.negated(k, 2) || d.lower(k).starts_with("los"))
        })
}

/// "does not incorporate feedback", "has not improved", "didn't meet the bar": a negated action
/// or quality in a sentence about someone reads as criticism (not "never late": a negated
/// criticism is none).
fn denies_doing(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    r.clone().find(|&k| {
        // "without complaint", "without being asked": what someone needs no push for.
        let negator = (cx.is(k, class::NEGATOR) || cx.has(k, word::NT)) && d.lower(k) != "without";
        if !negator || aside_if_not(d, k) {
            return false;
        }
        let reassures = crate::engine::vocab::words::List(
            "only|just|sure|bad|afraid|need|problem|worries|doubt|question|less|short|wait|but|offense|offence|disrespect|afford",
        )
        .contains(&d.lw(k + 1))
            // "we don't have to re-check her reports": no need to check is trust ("I
            // shouldn't have to ask" complains).
            || d.lw(k + 1) == "have"
                && d.lw(k + 2) == "to"
                && List("never|don't|doesn't|didn't|rarely").contains(&d.lower(k));
        // "There is nothing more to say", "nothing to add": the writer has said it all.
        let said_all = d.lower(k) == "nothing" && {
            let to = if matches!(d.lw(k + 1), "more" | "else") {
                k + 2
            } else {
                k + 1
            };
            d.lw(to) == "to"
                && crate::engine::vocab::words::List("say|add|mention|report|prove")
                    .contains(&d.lw(to + 1))
        };
        // "I can't say enough good things about her", "can't thank him enough": praise stressed.
        let stressed = crate::engine::vocab::words::List("say|thank|praise|recommend")
            .contains(&d.lw(k + 1))
            && (k + 2..(k + 7).min(r.end)).any(|j| d.lower(j) == "enough");
        // "I can't imagine the team without her": praise stressed too.
        let unimaginable =
            || d.lw(k + 1) == "imagine" && (k + 2..r.end).any(|j| d.lower(j) == "without");
        // "If he won't release it, I will": a condition, which denies nothing yet.
        let supposed = (k.saturating_sub(3).max(r.start)..k).any(|j| List("if|unless").contains(&d.lower(j)));
        // "I can't believe how far she has come": amazement, which denies nothing.
        if reassures || said_all || stressed || supposed || amazed(d, k + 1) || unimaginable() {
            return false;
        }
        // "doesn't make many mistakes", "never spotted an error": denying a fault is praise.
        let fault = |j: usize| {
            cx.is(j, class::NEGATIVE)
                || crate::engine::vocab::words::List("error|errors|mistake|mistakes|typo|typos|low|problem|problems|complaint|complaints|issue|issues|concern|concerns|incident|incidents")
                    .contains(&d.lower(j))
                    // ("not a low-level person" is a label, not a denied low.)
                    && d.lw(j + 1) != "-"
        };
        // ("never seen her make a mistake": the fault may come six words on.)
        if (k + 1..(k + 7).min(r.end)).any(fault) {
            return false;
        }
        let mut j = k + 1;
        while j < r.end
            && crate::engine::vocab::words::List(
                "really|always|even|quite|yet|seem|seems|to|be|been|a|an|very|one",
            )
            .contains(&d.lower(j))
        {
            j += 1;
        }
        // "doesn't slack", "never misses a deadline": denying a slip is praise, not a complaint.
        // ("The slow spring does not take away from her year" weighs the two: no denial.)
        j < r.end
            && d.tokens[j].kind == TokenKind::Word
            && !cx.is(j, class::NEGATIVE)
            && !FAULT_VERBS.contains(&d.lower(j))
            && !(d.lower(j) == "take" && d.lw(j + 1) == "away")
            // "never leaves early": the slip is the early leaving.
            && !(d.lw(j + 1) == "early" && List("leave|leaves|left").contains(&d.lower(j)))
    })
}

/// ", if not ten minutes early", "good, if not great": "or even", not a negation.
pub(crate) fn aside_if_not(d: &crate::engine::text::Doc, k: usize) -> bool {
    k > 1 && d.lower(k) == "not" && d.lower(k - 1) == "if" && d.lower(k - 2) == ","
}

/// Verbs of a slip that a negation turns into praise ("never misses", "doesn't slack"), or of
/// a fault weighing on the good ("doesn't detract from").
const FAULT_VERBS: crate::engine::vocab::words::List = crate::engine::vocab::words::List(
    "slack|slacks|slacked|miss|misses|missed|complain|complains|complained|forget|forgets|forgot|\
fail|fails|failed|quit|quits|hesitate|hesitates|hesitated|procrastinate|procrastinates|flake|flakes|refuse|refuses|refused|\
drop|drops|dropped|dip|dips|dipped|slip|slips|slipped|decline|declines|declined|falter|faltered|waver|wavered|lapse|lapsed|\
detract|detracts|diminish|diminishes|overshadow|overshadows|waste|wastes|wasted|rush|rushes|rushed|\
panic|panics|panicked|interrupt|interrupts|interrupted|gossip|gossips",
);

/// Praise in plain words: "works hard", "works well", "meets her deadlines", "on time", "above
/// and beyond", "high quality".
fn praise_idiom(cx: &Cx, k: usize) -> bool {
    if !cx.has(k, word::IDIOM_HEAD) {
        return false;
    }
    let d = cx.doc;
    let (next, after) = (d.lw(k + 1), d.lw(k + 2));
    let w = d.lower(k);
    match w {
        "on" => next == "time" && !matches!(after, "to" | "for"),
        // "goes the extra mile", "gives her all", "takes on extra work".
        "extra" => next == "mile",
        // "takes initiative", "showed the initiative to".
        "initiative" => (k.saturating_sub(2)..k).any(|j| {
            crate::engine::vocab::words::List("takes|taking|took|take|shows|showing|showed|show")
                .contains(&d.lower(j))
        }),
        // "can pull people together easily".
        "easily" => (k.saturating_sub(6)..k).any(|j| matches!(d.lower(j), "can" | "could")),
        // "has no trouble finishing her tasks".
        "no" => {
            crate::engine::vocab::words::List("trouble|problem|problems|difficulty").contains(&next)
                && after.ends_with("ing")
        }
        "above" => next == "and" && after == "beyond",
        // "ships her releases without too many issues".
        "without" => {
            (k + 1..k + 4).any(|j| List("issue|issues|problem|problems").contains(&d.lw(j)))
        }
        // "open to feedback", "receptive to new ideas".
        "open" | "receptive" => {
            next == "to"
                && List("feedback|criticism|suggestions|ideas|input|coaching|new|change")
                    .contains(&after)
        }
        "high" => {
            crate::engine::vocab::words::List(
                "quality|standard|standards|performer|performing|level",
            )
            .contains(&next)
                || high_output(cx, k)
        }
        _ => idiom_by_list(cx, k, w, next, after),
    }
}

/// `praise_idiom` for the heads with many forms ("meets", "met", "exceeds" …), read from lists
/// (smaller in the page than `match` arms; the common one-form heads are matched first).
fn idiom_by_list(cx: &Cx, k: usize, w: &str, next: &str, after: &str) -> bool {
    let d = cx.doc;
    if List("works|worked|working|work|performs|performed|performing").contains(&w) {
        return List("hard|well|diligently|tirelessly").contains(&next)
            || crate::engine::vocab::words::List("really|very|so").contains(&next)
                && matches!(after, "hard" | "well");
    }
    // "responds well to feedback", "works diligently": how someone works, praised.
    if List("well|diligently|tirelessly|efficiently|proactively|graciously").contains(&w) {
        let prev = d.lw(k.wrapping_sub(1));
        let first = k == d.sentences[d.tokens[k].sentence].tokens.start;
        // "works well" is counted once, at "works".
        let counted = (k.saturating_sub(2)..k)
            .any(|j| List("works|worked|work|working|performs|performed").contains(&d.lower(j)));
        let adverb =
            !first && d.is_word(k - 1) && !List("as|not|too|pretty|fairly").contains(&prev);
        return adverb && !counted;
    }
    if List("meets|met|meet|meeting|exceeds|exceeded|exceed|exceeding|surpasses|surpassed|hits|hit")
        .contains(&w)
    {
        // "met every single deadline", "meets all of her goals".
        let mut j = k + 1;
        while List("her|his|their|all|the|every|our|single|of|each|and|most").contains(&d.lw(j)) {
            j += 1;
        }
        let object = d.lw(j);
        return List(
            "deadlines|deadline|goals|expectations|targets|standards|objectives|quotas|quota",
        )
        .contains(&object);
    }
    if List("gets|got|getting").contains(&w) {
        return next == "along";
    }
    // "has a lot of potential", "shows real promise", "has the ability to lead".
    if List("potential|promise|ability|abilities").contains(&w) {
        return promising(cx, k);
    }
    // "has proven his worth", "proved herself".
    if List("proven|proved|proves").contains(&w) {
        return List("his|her|their|himself|herself|themselves|to").contains(&next)
            && List("worth|value|be|himself|herself||.").contains(&after);
    }
    if List("gives|giving|gave|give").contains(&w) {
        let all = List("all|best|everything").contains(&after);
        return List("her|his|their|it").contains(&next) && all || percent_given(d, k + 1);
    }
    if List("takes|took|taking|take").contains(&w) {
        return next == "on"
            && List("extra|more|additional|responsibilities|responsibility").contains(&after);
    }
    // "always finds a solution", "finds the right words", "solves problems on her own".
    // ("if she finds the right focus", "to find a way": not yet found.)
    if List("finds|found").contains(&w) {
        return List("a|the").contains(&next)
            && List("solution|way|fix|answer|right|workaround").contains(&after)
            && !not_yet(cx, k);
    }
    if List("solves|solved|resolves|resolved").contains(&w) {
        return List("problems|issues|the|any|every|most|tricky|hard|difficult").contains(&next);
    }
    false
}

/// "His performance is so high", "the quality of her work is very high".
fn high_output(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let linked = crate::engine::vocab::words::List("is|was|so|very|consistently|extremely|remains")
        .contains(&d.lw(k.wrapping_sub(1)));
    linked
        && (k.saturating_sub(6)..k).any(|j| {
            d.tokens[j].sentence == s
                && crate::engine::vocab::words::List(
                    "performance|quality|output|productivity|standards",
                )
                .contains(&d.lower(j))
        })
}

/// "gives 110%": a number that measures effort, not a fact.
pub fn percent_given(d: &Doc, k: usize) -> bool {
    k < d.tokens.len() && d.tokens[k].kind == TokenKind::Number && d.lw(k + 1) == "%"
}

/// "potential" or "promise" someone has or shows ("a lot of potential", "shows promise", "has
/// the ability to"), not "limited potential" or "I promise".
fn promising(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let window = || (k.saturating_sub(4)..k).filter(move |&j| d.tokens[j].sentence == s);
    let prev = d.lw(k.wrapping_sub(1));
    let ability = d.lower(k).starts_with("abilit");
    // "reach her potential" asks for more; "her ability to lead" is praised by the sentence.
    let owned = crate::engine::vocab::words::List("his|her|their").contains(&prev) && !ability;
    let faint =
        crate::engine::vocab::words::List("limited|little|moderate|low|no|untapped|true|full")
            .contains(&prev);
    // "lacks the ability to", "interferes with his ability".
    let lacking = || {
        window().any(|j| {
            crate::engine::vocab::words::List("lacks|lack|lacking|without|with")
                .contains(&d.lower(j))
        })
    };
    if owned || faint || ability && lacking() {
        return false;
    }
    window().any(|j| {
        let w = d.lower(j);
        possessing(cx, j) && !w.starts_with("lack") && !w.starts_with("need")
            || crate::engine::vocab::words::List("showing|show|high|great|much").contains(&w)
            || w == "with" && !ability
    })
}

/// "is often late to work", "misses mandatory meetings": a habit a reader can check, named by
/// the event it happens at.
fn habit(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    cx.sentence_has(si, word::SLIP)
        && r.clone().any(|k| {
            cx.has(k, word::SLIP)
                && (k + 1..(k + 6).min(r.end)).any(|j| {
                    crate::engine::vocab::words::List("work|meetings|meeting|deadlines|deadline|standup|standups|shifts|shift|calls|appointments").contains(&d.lower(j))
                })
        })
}

/// "I firmly recommend we dismiss him at once": recommending someone's exit is no
/// praise.
fn ousted(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    d.lower(k).starts_with("recommend")
        && (k + 1..k + 5).any(|j| {
            cx.same_sentence(k, j)
                && crate::engine::vocab::words::List(
                    "terminate|terminating|termination|fire|firing|dismiss|dismissing|dismissal|\
                     demote|demoting|demotion|replace|replacing|go",
                )
                .contains(&d.lower(j))
        })
}

/// "sub-par": the tokenizer splits it at the hyphen.
fn sub_par(cx: &Cx, k: usize) -> bool {
    if !cx.has(k, word::VERDICT_HEAD) {
        return false;
    }
    let d = cx.doc;
    let advised = || {
        crate::engine::vocab::words::List("advise|advised|recommend|recommended|caution|vote")
            .contains(&d.lw(k.wrapping_sub(1)))
    };
    match d.lower(k) {
        "sub" => d.lw(k + 1) == "-" && d.lw(k + 2) == "par",
        // "I advise against promoting him".
        "against" => advised(),
        // "headed toward termination", "at risk of dismissal".
        w if crate::engine::vocab::words::List("termination|dismissal|probation|firing")
            .contains(&w) =>
        {
            (k.saturating_sub(3)..k).any(|j| {
                crate::engine::vocab::words::List("toward|towards|risk|track|facing")
                    .contains(&d.lower(j))
            })
        }
        _ => false,
    }
}

/// "needs reminders to hit her goals": what someone must be pushed to do is no praise.
fn asked_for(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    (k.saturating_sub(6)..k).any(|j| d.tokens[j].sentence == s && cx.has(j, word::PUSHED))
}

/// "solves problems", "learns from her mistakes", "without hesitation", "free of errors": a
/// bad thing someone overcomes or avoids is no criticism.
fn remedied(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let before = (k.saturating_sub(4)..k).filter(|&j| d.tokens[j].sentence == s);
    // "she asks for help if she is unclear about a task": a condition, not a fault seen.
    let condition = before
        .clone()
        .rev()
        .take_while(|&j| d.lw(j) != ",")
        .any(|j| matches!(d.lw(j), "if" | "unless"));
    // ("her approach to problems": what she brings to them.)
    condition
        || before
            .clone()
            .any(|j| cx.has(j, word::REMEDY) || d.lower(j) == "approach" && d.lw(j + 1) == "to")
}

/// A positive word that praises no one: "improve" (what someone may yet do; "has improved"
/// praises), or the writer's own confidence ("I am confident she can …").
fn not_praise(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let w = d.lower(k);
    let writer = matches!(d.lw(k.wrapping_sub(1)), "am" | "i'm" | "we're")
        || matches!(d.lw(k.wrapping_sub(2)), "am" | "i'm" | "we're");
    // "Honestly, …", "Sincerely,": an opening adverb that comments on the telling, not praise.
    let aside = w.ends_with("ly")
        && d.lw(k + 1) == ","
        && d.sentences[d.tokens[k].sentence].tokens.start == k;
    let mocking = mock_praise(cx, k);
    // "asks whether her work is good enough": a question, not a verdict.
    let asked = (k.saturating_sub(6)..k).any(|j| d.lower(j) == "whether" && cx.same_sentence(j, k));
    // "I'd be glad to walk you through it": an offer the writer makes, which praises no one.
    let offer = (writer
        || d.lw(k.wrapping_sub(1)) == "be" && matches!(d.lw(k.wrapping_sub(2)), "i'd" | "we'd"))
        && d.lw(k + 1) == "to"
        && crate::engine::vocab::words::List("happy|glad|pleased|willing|keen|eager|excited")
            .contains(&w)
        // ("happy to have him", "glad to see it", "pleased to recommend her" praise.)
        && !crate::engine::vocab::words::List("have|see|say|hear|report|announce|welcome|recommend|work|support|endorse|call|count")
            .contains(&d.lw(k + 2));
    // "I'd like to see her aim for bigger and better goals": a wish for more, not praise.
    let wish = List("better|bigger|greater|stronger|higher").contains(&w)
        && (d.sentences[d.tokens[k].sentence].tokens.start..k).any(|j| {
            d.lower(j) == "see"
                && d.lw(j.wrapping_sub(1)) == "to"
                && List("like|love|want|hope|expect").contains(&d.lw(j.wrapping_sub(2)))
        });
    // "we trust she will grow even stronger": a forecast ("he has become much better" is
    // progress, and praise; "he can get better" is room to improve).
    let forecast = List("better|bigger|greater|stronger|higher").contains(&w)
        && (k.saturating_sub(4)..k).any(|j| {
            matches!(d.lower(j), "become" | "grow" | "get")
                && matches!(d.lw(j.wrapping_sub(1)), "to" | "will" | "'ll")
        });
    // "Hopefully this is useful": the writer's hope for what they offer.
    let first = d.sentences[d.tokens[k].sentence].tokens.start;
    let hoped = d.lower(first) == "hopefully" && matches!(d.lw(first + 1), "this" | "it" | "that");
    w == "improve"
        || wish
        || forecast
        || hoped
        || asked
        || feeling(cx, k)
        || aside
        || mocking
        || offer
        || writer
            && crate::engine::vocab::words::List("confident|sure|hopeful|optimistic|certain")
                .contains(&w)
}

/// "She is very pleased", "he feels better about his job": how someone feels, which evaluates
/// no work ("happy to help" offers something, and stays praise).
fn feeling(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let w = d.lower(k);
    let mood = crate::engine::vocab::words::List("pleased|happy|glad|excited|content|thrilled")
        .contains(&w);
    let felt = w == "better" || mood;
    let mut j = k.wrapping_sub(1);
    while crate::engine::vocab::words::List("very|so|really|much|quite").contains(&d.lw(j)) {
        j = j.wrapping_sub(1);
    }
    let verb = d.lw(j);
    felt && d.lw(k + 1) != "to"
        && (crate::engine::vocab::words::List("feels|felt|feel").contains(&verb)
            || mood && crate::engine::vocab::words::List("is|was|seems").contains(&verb))
        && !matches!(d.lw(j.wrapping_sub(1)), "i" | "we")
}

/// Is the praise word `k` inside mock praise? "Oh great, I got the escalations again", "thanks
/// for nothing", "Great job breaking the build" praise no one, unless the sentence thanks or
/// reports a fix ("oh great, that fixed it").
pub fn mock_praise(cx: &Cx, k: usize) -> bool {
    // Sarcasm phrases are at most a few words long: look only at those starting just before.
    (k.saturating_sub(6)..=k)
        .flat_map(|j| cx.matches_at(j))
        .any(|m| {
            m.tag == crate::engine::vocab::Tag::Rule(crate::engine::rule::RuleId::Sarcasm)
                && k < m.end
                && crate::engine::rules::sarcasm::mocks(cx, m)
        })
        || crate::engine::rules::sarcasm::mock_praise_end(cx, k).is_some()
}

/// "I can't wait to see what she does next": eagerness about someone is praise.
fn eager(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::VERDICT_HEAD)
        && cx.doc.lower(k) == "wait"
        && cx.doc.lw(k + 1) == "to"
        && cx.negated(k, 2)
}

/// "struggles to apply his knowledge quickly", "fails to seek out new opportunities": what
/// someone struggles or fails to do is no praise of them (up to a comma or a full stop).
fn struggled(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    (k.saturating_sub(12)..k)
        .rev()
        .take_while(|&j| d.is_word(j))
        .any(|j| {
            // "one thing she struggles with is staying original", "struggles in planning".
            let area = d.lower(j).starts_with("struggl")
                && crate::engine::vocab::words::List("with|is|was|in|at|when").contains(&d.lw(j + 1));
            // "has a hard time getting in on time".
            let idiom = hard_time(d, j) && (d.lw(j + 1).ends_with("ing") || d.lw(j + 1) == "with");
            // "weak at meeting deadlines", "bad at giving feedback".
            let weak = List("weak|bad|poor|terrible|awful|inconsistent").contains(&d.lower(j))
                && List("at|in").contains(&d.lw(j + 1))
                && !cx.negated(j, 2);
            idiom
                || weak
                || (d.lw(j + 1) == "to" || area)
                    && crate::engine::vocab::words::List(
                        "struggles|struggle|struggled|struggling|fails|failed|unable|hesitates|hesitate|hesitated|reluctant",
                    )
                    .contains(&d.lower(j))
                    && !cx.negated(j, 2)
        })
}

/// "few errors", "rarely makes mistakes", "free of typos", "without complaint": a fault someone
/// does not have is praise.
fn faultless(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    // "doesn't make many mistakes", "never late".
    let fault = crate::engine::vocab::words::List(
        "mistakes|mistake|errors|error|typos|complaints|late|struggle|struggles",
    )
    .contains(&d.lower(k));
    if fault && cx.negated(k, 4) {
        return true;
    }
    // "never puts a foot wrong", "never gets it wrong", "we never once saw him make a mistake".
    let reach = if fault { 6 } else { 4 };
    if (fault || d.lower(k) == "wrong")
        && (k.saturating_sub(reach)..k).any(|j| d.lower(j) == "never" && d.tokens[j].sentence == s)
    {
        return true;
    }
    // "never misses", "doesn't complain": the negation right before the slip.
    if cx.negated(k, 2) && FAULT_VERBS.contains(&d.lower(k)) {
        return true;
    }
    // "requires little guidance".
    let needs = crate::engine::vocab::words::List("requires|require|needs|need")
        .contains(&d.lw(k.wrapping_sub(1)));
    if needs && matches!(d.lower(k), "little" | "minimal") {
        return true;
    }
    (k.saturating_sub(3)..k).any(|j| d.tokens[j].sentence == s && cx.has(j, word::FEW))
        || ranked(cx, k)
}

/// "only behind the regional manager", "just behind Ana": a rank among people, not lateness;
/// "behind the scenes": out of sight, not late.
fn ranked(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    d.lower(k) == "behind"
        && (matches!(d.lw(k.wrapping_sub(1)), "only" | "just") || d.lw(k + 2).starts_with("scene"))
}

/// "…, nor has he shown the desire": "nor" opens the clause, before its auxiliary and subject,
/// within five words before `k` and no punctuation between.
fn nor_clause(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    (k.saturating_sub(5)..k)
        .rev()
        .take_while(|&j| d.is_word(j))
        .any(|j| d.lower(j) == "nor")
}

/// "less than stellar".
fn less_than(cx: &Cx, k: usize) -> bool {
    k >= 2 && cx.doc.lower(k - 1) == "than" && matches!(cx.doc.lower(k - 2), "less" | "other")
}

/// "has shown little talent", "few improvements", "less interest", "low confidence": a good
/// thing in a quantity of none, or of less than before.
fn scant(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    // ("low self-confidence": the amount is said of the compound.)
    let k = if d.lw(k.wrapping_sub(1)) == "-" && d.lw(k.wrapping_sub(2)) == "self" {
        k - 2
    } else {
        k
    };
    k >= 1
        && (crate::engine::vocab::words::List("little|few|less|fewer|low").contains(&d.lower(k - 1))
            && d.lw(k.wrapping_sub(2)) != "a"
            // "decreased interest", "waning motivation": less of it than before.
            || crate::engine::vocab::words::List("decreased|declining|diminished|reduced|waning").contains(&d.lower(k - 1)))
}

/// "may become excellent", "if he focuses, he could be great": praise
/// of what someone might become is a criticism of what they are.
fn hoped_for(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    // "He will be a great success": a forecast praises, unless it waits on a condition ("will
    // be great once he listens").
    // "He could be a valuable asset", "she can be a real help": a potential, said the same way ("could be better", "could
    // be more careful" ask for more).
    let comparative = || {
        crate::engine::vocab::words::List("better|stronger|greater|more|less").contains(&d.lower(k))
            || d.lower(k).ends_with("er") && d.lower(k).len() > 5
            || matches!(d.lw(k.wrapping_sub(1)), "more" | "less")
    };
    let forecast = |j: usize| {
        crate::engine::vocab::words::List("will|he'll|she'll").contains(&d.lower(j))
            || matches!(d.lower(j), "could" | "might" | "can")
                && d.lw(j + 1) == "be"
                && !comparative()
                && !d.sentences[s].tokens.clone().any(|i| d.lower(i) == "with")
            // "Working with her would be a joy", "she would be a great lead": what someone
            // would be to a team ("it would help if …", "that would be nice" wish).
            || d.lower(j) == "would"
                && d.lw(j + 1) == "be"
                && !comparative()
                && !List("it|this|that|which|there|what|it'd|that'd|i|we").contains(&d.lw(j.wrapping_sub(1)))
                // ("With more focus, …", "Should she …, she would be …", "… whether she would
                // be a good fit": on a condition, or in question.)
                && !List("with|should|were|had").contains(&d.lower(d.sentences[s].tokens.start))
                && !(d.sentences[s].tokens.start..j).any(|i| List("if|whether|unless").contains(&d.lower(i)))
    };
    // "… if she keeps this up", "if he maintains that pace": the condition is more of the same,
    // so the forecast still praises.
    let condition = || {
        let toks = d.sentences[s].tokens.clone();
        let at = toks.clone().find(|&j| {
            crate::engine::vocab::words::List("if|once|when|unless|after|until")
                .contains(&d.lower(j))
        });
        at.is_some_and(|c| {
            !(c + 1..(c + 4).min(toks.end)).any(|j| {
                crate::engine::vocab::words::List(
                    "keeps|keep|continues|continue|maintains|sustains",
                )
                .contains(&d.lower(j))
            })
        })
    };
    (k.saturating_sub(4)..k).any(|j| {
        d.tokens[j].sentence == s
            && cx.has(j, word::HOPE)
            && (crate::engine::vocab::words::List("be|become|improve|grow|get")
                .contains(&d.lw(j + 1))
                // "X could have strong results": a guess at what might be so.
                || d.lw(j + 1) == "have" && crate::engine::vocab::words::List("could|might|may").contains(&d.lower(j))
                // "If she finds her focus, she may do well": good work on a condition.
                || List("could|might|may|would").contains(&d.lower(j))
                    && List("do|deliver|perform|succeed|thrive|excel|shine").contains(&d.lw(j + 1))
                    && condition())
            && (!forecast(j) || condition())
    }) && !deserved(d.lower(k))
}

/// "might spark his ambition", "to realize her potential", "if she finds the right focus": a
/// good thing someone is yet to find or show, which says they lack it now.
fn kindled(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let kindles = List("spark|sparks|ignite|ignites|kindle|rekindle|unlock|unleash|awaken|realize|realise|fulfil|fulfill|tap|reach");
    let finds = List("find|finds|regain|regains|rediscover|muster");
    // The verb, then at most a determiner, a possessive or an adjective before the good thing.
    (k.saturating_sub(3)..k).any(|j| {
        d.tokens[j].sentence == s
            && (kindles.contains(&d.lower(j)) || finds.contains(&d.lower(j)) && not_yet(cx, j))
            && (j + 1..k)
                .all(|i| d.is_word(i) && !List("and|or|but|that|which|who").contains(&d.lower(i)))
    })
}

/// "if she finds …", "to find …", "could find …": the verb at `j` is a condition, an aim or a
/// chance, not something done.
fn not_yet(cx: &Cx, j: usize) -> bool {
    let d = cx.doc;
    (j.saturating_sub(3)..j).any(|i| {
        cx.same_sentence(i, j)
            && List("to|if|once|unless|could|might|may|would").contains(&d.lower(i))
    })
}

/// "needs to be better", "should be more proactive", "has to be more organized", "would be
/// better if": a positive word under a demand is a criticism.
fn demanded(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let comparative =
        crate::engine::vocab::words::List("better|improve|improved|stronger|more|greater")
            .contains(&d.lower(k))
            || d.lw(k.wrapping_sub(1)) == "more";
    // "the potential is there to write much better ones": a capacity not yet used, like a demand.
    let unused = |j: usize| d.lower(j) == "potential";
    comparative
        && (k.saturating_sub(6)..k).any(|j| {
            d.tokens[j].sentence == s && (cx.has(j, word::DEMAND) || obliged(cx, j) || unused(j))
        })
}

/// "has to", "have to", "had to": an obligation, like "must".
fn obliged(cx: &Cx, j: usize) -> bool {
    crate::engine::vocab::words::List("has|have|had").contains(&cx.doc.lower(j))
        && cx.doc.lw(j + 1) == "to"
}

/// "room for growth", "areas he could improve on", "will strive to improve": a demand that
/// names no direction ("needs to be more proactive" names one).
fn open_improvement(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    // The demand first: its word bit rules most sentences out without a look at their words.
    demands_improvement(cx, si).is_some()
        && d.sentences[si].tokens.clone().any(|k| {
            crate::engine::vocab::words::List("room|areas|aspects|strive").contains(&d.lower(k))
        })
}

/// "needs to improve", "room for improvement", "has to step up", "needs guidance".
fn demands_improvement(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    if !cx.sentence_has(si, word::IMPROVE_HEAD) {
        return None;
    }
    d.sentences[si].tokens.clone().find(|&k| {
        if !cx.has(k, word::IMPROVE_HEAD) {
            return false;
        }
        let w = d.lower(k);
        // "no need to change anything", "doesn't need more help".
        let prev = d.lw(k.wrapping_sub(1));
        if crate::engine::vocab::words::List("no|not|never").contains(&prev)
            || prev.ends_with("n't")
        {
            return false;
        }
        let next = d.lw(k + 1);
        let after = d.lw(k + 2);
        match w {
            // Not "I am confident she can improve": a belief in growth is no complaint.
            w if crate::engine::vocab::words::List("could|can|would|strive").contains(&w) => {
                let believes = (d.sentences[si].tokens.start..k).any(|j| {
                    crate::engine::vocab::words::List("confident|sure|doubt").contains(&d.lower(j))
                });
                // "could (also) work on his attitude": a suggestion to improve.
                let on = |j: usize| d.lw(j) == "work" && d.lw(j + 1) == "on";
                let work_on = w == "could" && (on(k + 1) || next == "also" && on(k + 2));
                // "could be more consistent", "could maybe be a bit more proactive": room to
                // grow, not a compliment.
                let skip = |mut j: usize, words: &'static str| {
                    while crate::engine::vocab::words::List(words).contains(&d.lw(j)) {
                        j += 1;
                    }
                    j
                };
                let be = skip(
                    k + 1,
                    "maybe|possibly|perhaps|also|still|definitely|probably|really",
                );
                let more = d.lw(be) == "be"
                    && d.lw(skip(be + 1, "a|bit|little|slightly|much|somewhat|lot")) == "more";
                (next == "improve" || next == "to" && after == "improve" || work_on || more || more_of(cx, k))
                    && !believes
            }
            // "might want to take on more": a suggestion, softened.
            "might" | "may" => {
                next == "want" && after == "to" && !(d.lw(k + 3) == "be" && deserved(d.lw(k + 4)))
            }
            // "exactly where he needs to be", "the parts she needs help on": a clause that
            // describes, not a demand.
            "needs" | "need"
                if matches!(d.lw(k.wrapping_sub(2)), "where" | "what")
                    || cx.has(k.wrapping_sub(1), word::HE_SHE)
                        && matches!(d.lw(k.wrapping_sub(3)), "the" | "all" | "any") =>
            {
                false
            }
            w if crate::engine::vocab::words::List("needs|need|must|should").contains(&w)
                && (support_asked(cx, k + 1) || more_of(cx, k)) =>
            {
                true
            }
            // "should get more training", "needs to be given more guidance".
            w if crate::engine::vocab::words::List("needs|need|must|should").contains(&w)
                && crate::engine::vocab::words::List("get|receive|have").contains(&next)
                && support_asked(cx, k + 2) =>
            {
                true
            }
            // "should be proud", "should be promoted", "should be considered for a promotion": a
            // verdict in someone's favour.
            "should" | "must"
                if next == "be" && (deserved(after) || put_forward(cx, si, k + 2)) =>
            {
                false
            }
            w if crate::engine::vocab::words::List("needs|need|must|should").contains(&w) => {
                crate::engine::vocab::words::List(
                        "improve|improvement|guidance|help|supervision|be",
                    )
                    .contains(&next)
                        // "should work on his tone": a demand, like "needs to work on".
                        // ("needs work." too.)
                        || next == "work"
                            && (after == "on"
                                && crate::engine::vocab::words::List("his|her|their|your").contains(&d.lw(k + 3))
                                || !d.is_word(k + 2))
                        || next == "to"
                            // "needs to increase her motivation", "must demonstrate more drive".
                            && crate::engine::vocab::words::List(
                                "improve|step|work|focus|learn|develop|be|increase|raise|boost|\
strengthen|build|regain|rebuild|demonstrate",
                            )
                            .contains(&after)
            }
            // "room for improvement", "room for her to grow", "areas he could improve on".
            w if crate::engine::vocab::words::List("room|areas|area|aspects").contains(&w) => {
                let growth = |w: &str| {
                    w.starts_with("improv")
                        || crate::engine::vocab::words::List("grow|growth|develop").contains(&w)
                };
                let ahead = k + 1..(k + 6).min(d.sentences[si].tokens.end);
                if w == "room" {
                    matches!(next, "for" | "to") && ahead.into_iter().any(|j| growth(d.lower(j)))
                } else {
                    ahead.into_iter().any(|j| d.lower(j).starts_with("improv"))
                }
            }
            // "I would like to see more consistency", "I want to see better planning".
            "see" => {
                d.lw(k.wrapping_sub(1)) == "to"
                    && matches!(d.lw(k.wrapping_sub(2)), "like" | "want" | "love")
                    && crate::engine::vocab::words::List("more|better|greater|improved|improvement")
                        .contains(&next)
            }
            // "needs constant coaching", "could use some additional training".
            w if crate::engine::vocab::words::List("requires|require|use|needed").contains(&w) => {
                support_asked(cx, k + 1)
            }
            "improvement" | "improvements" => {
                matches!(d.lw(k.wrapping_sub(1)), "needs" | "some")
            }
            _ => false,
        }
    })
}

/// "proud", "promoted", "commended": what someone "should be" when the writer is pleased.
fn deserved(w: &str) -> bool {
    crate::engine::vocab::words::List(
        "proud|promoted|commended|recognized|recognised|rewarded|praised|happy|pleased|satisfied|glad",
    )
    .contains(&w)
}

/// "considered for future promotions", "should be groomed for a leadership role": someone
/// put forward for a reward, from token `k` ("considered") on.
fn put_forward(cx: &Cx, si: usize, k: usize) -> bool {
    let d = cx.doc;
    if !List("considered|mentored|groomed").contains(&d.lw(k)) || d.lw(k + 1) != "for" {
        return false;
    }
    let end = (k + 6).min(d.sentences[si].tokens.end);
    (k + 2..end).any(|j| {
        let w = d.lower(j);
        w.starts_with("promot")
            || crate::engine::vocab::words::List("raise|bonus|award|leadership").contains(&w)
    })
}

/// "more guidance", "constant coaching", "additional training": support someone needs, from
/// token `k` on.
fn support_asked(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let quantity = |w: &str| {
        crate::engine::vocab::words::List(
            "more|additional|constant|some|further|extra|closer|better",
        )
        .contains(&w)
    };
    // "requires little guidance" is praise.
    if crate::engine::vocab::words::List("little|no|minimal|less").contains(&d.lw(k)) {
        return false;
    }
    let skip = (k..k + 2).take_while(|&j| quantity(d.lw(j))).count();
    let noun = d.lw(k + skip);
    let quantity = skip > 0;
    let support = crate::engine::vocab::words::List("coaching|guidance|training|supervision|help|reminders|direction|oversight|motivation|effort|focus|attention|work|improvement|development|practice|experience|consistency").contains(&noun);
    support && (quantity || noun != "work")
}

/// "needs to apply himself more", "more effort needs to …": a demand for more of something.
fn more_of(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let s = d.tokens[k].sentence;
    let end = d.sentences[s].tokens.end;
    let after = d.lw(k + 1) == "to" && (k + 2..(k + 6).min(end)).any(|j| d.lower(j) == "more");
    let before = k >= 2 && d.lower(k - 2) == "more" && d.tokens[k - 2].sentence == s;
    // "should show more initiative", "could take more ownership".
    let shown = d.lw(k + 2) == "more"
        && List("show|take|demonstrate|display|put|bring").contains(&d.lw(k + 1));
    after || before || shown
}

/// An imperative or a request for a next step in sentence `si`.
fn asks(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[si];
    let ask =
        |k: usize| cx.has(k, word::ASK) && !(d.lower(k) == "going" && d.lw(k + 1) != "forward");
    cx.sentence_has(si, word::ASK) && s.tokens.clone().any(ask)
        || imperative(cx, s.tokens.start)
        || inverted(cx, s.tokens.start)
        // "Be respectful or …", "Stay focused": a bare "be" or "stay" opening a sentence.
        || matches!(d.lower(s.tokens.start), "be" | "stay") && d.is_word(s.tokens.start + 1)
        || goal_set(d, s.tokens.start)
        || s.tokens.clone().any(|k| asks_softly(cx, k))
        // "I recommend her to host two sessions": a next step for someone.
        // (The cheap tests first: this runs on every word.)
        || s.tokens.clone().any(|k| {
            d.lw(k + 2) == "to"
                && matches!(d.lw(k + 1), "her" | "him" | "them" | "you")
                && List("recommend|suggest|advise|encourage").contains(&d.lower(k))
                // ("I recommend him to any team": an endorsement.)
                && !List("any|the|a|an|all|every|anyone|everyone|other|others|my|our|your")
                    .contains(&d.lw(k + 3))
        })
}

/// A step offered, warned of or wished for at token `k` (`option_offered`, `had_better`,
/// `prefers`): a request without an imperative.
pub(crate) fn asks_softly(cx: &Cx, k: usize) -> bool {
    // (Asked of every word: its pronoun first, by its first byte and length first.)
    let w = cx.doc.lower(k);
    w.len() <= 5
        && matches!(w.as_bytes().first(), Some(b'y' | b'w' | b'h' | b'i'))
        && List("you|we|you'd|we'd|had|i|i'd").contains(&w)
        && (option_offered(cx, k) || had_better(cx, k) || prefers(cx.doc, k))
}

/// "… helpers you can just remove", "we could just inline it": a step offered with "can" or
/// "could", which is as much a next step as the imperative.
fn option_offered(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let verb = if matches!(d.lw(k + 2), "simply" | "just" | "also") {
        k + 3
    } else {
        k + 2
    };
    // ("maybe you could help us out": a favour asked.)
    matches!(d.lower(k), "you" | "we")
        && matches!(d.lw(k + 1), "can" | "could")
        && verb < d.tokens.len()
        && (cx.is(verb, class::IMPERATIVE)
            || d.lower(verb) == "help" && matches!(d.lw(verb + 1), "me" | "us"))
}

/// "I'd rather you didn't ping me", "we'd appreciate a test": the writer's wish, a
/// request in the conditional.
fn prefers(d: &Doc, k: usize) -> bool {
    let wish = List("prefer|rather|appreciate");
    match d.lower(k) {
        "i" | "we" => d.lw(k + 1) == "would" && wish.contains(&d.lw(k + 2)),
        "i'd" | "we'd" => wish.contains(&d.lw(k + 1)),
        _ => false,
    }
}

/// "You better show some respect", "you'd better ask first": a warning that asks for a step,
/// not a comparison ("you know better than that", "we'd be better off" compare).
fn had_better(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    List("you|you'd|we|we'd|had").contains(&d.lower(k))
        && d.lw(k + 1) == "better"
        && d.is_word(k + 2)
        && !matches!(d.lw(k + 2), "than" | "off" | "at" | "of")
}

/// "best to wait", "better if we ask", "safer not to": the word at `k` gives advice (weasel-words
/// leaves its hedge alone; vague-praise reads no praise in it).
pub(crate) fn advice_at(d: &Doc, k: usize) -> bool {
    List("best|better|wiser|safer|easiest|simplest|simpler|easier").contains(&d.lw(k))
        && List("to|if|not").contains(&d.lw(k + 1))
}

/// "The aim will be to help her focus", "The goal is to ship weekly": a goal set for
/// what comes next, not an account of what was.
pub(crate) fn goal_set(d: &Doc, k: usize) -> bool {
    let to = match (d.lw(k + 2), d.lw(k + 3)) {
        ("is", "to") => true,
        ("will", "be") => d.lw(k + 4) == "to",
        _ => false,
    };
    to && List("the|our|my").contains(&d.lower(k))
        && List("key|goal|aim|priority|focus|challenge|task|plan|hope").contains(&d.lw(k + 1))
}

/// An imperative at `k`, or after a softener there ("maybe add a test", "just rename it").
fn imperative(cx: &Cx, k: usize) -> bool {
    let soft = crate::engine::vocab::words::List("maybe|perhaps|just|probably|possibly");
    cx.is(k, class::IMPERATIVE)
        || soft.contains(&cx.doc.lower(k))
            && cx.same_sentence(k, k + 1)
            && cx.is(k + 1, class::IMPERATIVE)
}

/// "Does this produce any useful output." asks by its word order, with or without "?".
fn inverted(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    crate::engine::vocab::words::List("does|do|did|is|are|was|were|can|could|would|will|should")
        .contains(&d.lower(k))
        && crate::engine::vocab::words::List(
            "this|that|it|you|he|she|they|we|i|there|these|those|anyone",
        )
        .contains(&d.lw(k + 1))
}

/// Is token `k` a verb that links a subject to what it is: "is", "seems", "comes across as",
/// "has been"?
fn linking_verb(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::LINK) || gets_state(cx, k)
}

/// "She gets defensive", "he can get so emotional": "get" before a temper links like "is" (a
/// tendency, said of the person); "gets better", "got a good rating" or "will not get upset"
/// (a prediction) does not.
fn gets_state(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    // Called for every word of a sentence: the cheap test first.
    let w = d.lw(k);
    if !w.starts_with('g') || !List("get|gets|got|getting").contains(&w) {
        return false;
    }
    if k > 0 && List("not|never|won't|don't|doesn't|didn't").contains(&d.lower(k - 1)) {
        return false;
    }
    let mut j = k + 1;
    while List("so|too|very|really|quite|easily|overly|a|bit|little").contains(&d.lw(j)) {
        j += 1;
    }
    cx.has(j, word::INTERPERSONAL)
        || List("upset|angry|frustrated|flustered|distracted").contains(&d.lw(j))
}

/// Words that may sit between the linking verb and the label: "is not really a very …".
fn label_filler(w: &str) -> bool {
    crate::engine::vocab::words::List("not|no|never|very|really|so|such|a|an|the|one|of|quite|extremely|always|consistently|generally|truly|incredibly|absolute|real|true|genuine|pretty|rather|somewhat|bit|little|too|often|usually|sometimes|can|has|have|come|comes|across|as|overall|just|definitely|certainly|most|more|our|my|team's|team|top|hard|best|great|good|average|below|above").contains(&w)
}

/// "Alex has a negative attitude": only a person has an attitude or a temperament, so the name
/// at `k` is someone even in a draft without "he" or "she".
fn has_a_temper(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    matches!(d.lw(k + 1), "has" | "had")
        && (k + 2..k + 6).any(|j| {
            cx.same_sentence(k, j)
                && List("attitude|ethic|personality|mindset|demeanor|demeanour|temperament|temper")
                    .contains(&d.lower(j))
        })
}

/// Nouns that name a disposition: "has a great attitude", "has no drive".
fn disposition(w: &str) -> bool {
    crate::engine::vocab::words::List(
        "attitude|ethic|personality|drive|mindset|demeanor|demeanour|energy|spirit|character|temperament|presence|disposition|motivation|initiative|enthusiasm|interest|willingness|desire|passion|commitment|dedication|ambition|confidence|maturity|will|power|talent|gift",
    )
    .contains(&w)
}

/// The first description of who someone else is in sentence `si`: a third-person subject
/// (he, she, they, a name; not "his work") anywhere in the sentence, then `label`.
fn find_label(cx: &Cx, si: usize, names: bool) -> Option<Label> {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    // A sentence without he, she or a name has no person to label as its subject.
    let someone = cx.sentence_has(si, word::THIRD_PERSON | word::NAME);
    someone
        .then(|| {
            r.clone().find_map(|k| {
                let person = cx.has(k, word::THIRD_PERSON)
                    || is_name(cx, k) && (names || has_a_temper(cx, k));
                if !person {
                    return None;
                }
                // "If they're unable to…", "what they did is bad", "nothing she does is bad": a
                // condition or a clause about what someone did, not a description of them.
                if k > r.start
                    && crate::engine::vocab::words::List("if|unless|whether|what|when|whenever|nothing|everything|anything|something|all")
                        .contains(&d.lower(k - 1))
                {
                    return None;
                }
                if crate::engine::vocab::words::List("he's|she's|they're").contains(&d.lower(k)) {
                    return label_after(cx, si, k, k);
                }
                label(cx, si, k)
            })
        })
        .flatten()
        .or_else(|| named_label(cx, si))
        .or_else(|| role_label(cx, si))
        .or_else(|| found_label(cx, si))
        .or_else(|| {
            // Whether "her attitude" praises is what the rest of the sentence says of it; with
            // no praise or criticism word, a trait adjective no lexicon calls good ("toxic",
            // "petty") makes it criticism (not a participle: "determined", "experienced"); so
            // does a tie whose criticism is said of it ("the app is fine, but your attitude is
            // so bad").
            let l = owned_disposition(cx, si)?;
            let mut marks = Vec::new();
            let (good, bad) = polarity(cx, si, false, &mut marks);
            // "Her work ethic is strong, but she rarely speaks up": before a turn, the
            // label's own side says whether it praises.
            let end = cx.doc.sentences[si].tokens.end;
            let turn = (l.end..end).find(|&k| cx.has(k, word::TURN)).unwrap_or(end);
            let own: i32 = marks.iter().filter(|m| m.0 < turn).map(|m| m.1).sum();
            let cold_trait = (l.end..end).any(|k| {
                cx.flags[k] & (class::TRAIT | class::POSITIVE) == class::TRAIT
                    && !cx.doc.lower(k).ends_with("ed")
                    || cx.flags[k] & class::NEGATIVE != 0
            });
            Some(Label {
                positive: l.positive
                    && (own > 0 || own == 0 && (good > bad || good == bad && !cold_trait)),
                ..l
            })
        })
        .or_else(|| fragment_label(cx, si))
}

/// "Her attitude is contagious", "your dedication to the team", "a lack of initiative": a
/// disposition owned by someone (or lacking) is the subject. Whether it praises is the
/// sentence's call, so `positive` is settled in `view`.
fn owned_disposition(cx: &Cx, si: usize) -> Option<Label> {
    if !cx.sentence_has(si, word::OWNER | word::POSSESSIVE) {
        return None;
    }
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    r.clone().find_map(|k| {
        let owner =
            cx.has(k, word::OWNER) || cx.has(k, word::POSSESSIVE) && d.tokens[k].capitalized;
        if !owner {
            return None;
        }
        let w = d.lower(k);
        let mut j = k + 1;
        if w == "lack" {
            j += usize::from(d.lw(j) == "of");
        }
        // "her can-do attitude", "your helpful attitude": up to two modifiers.
        let mut modifiers = 0;
        while j < r.end && modifiers < 3 {
            if hyphen(cx, j) {
                j += 1;
                continue;
            }
            let word = d.lw(j);
            // "might spark his ambition": a disposition yet to be found describes no one.
            if owned_trait(word) && kindled(cx, j) {
                return None;
            }
            if owned_trait(word) {
                return Some(Label {
                    start: k,
                    end: j + 1,
                    positive: w != "lack",
                });
            }
            if !d.is_word(j) || phrase_break(cx, j) || cx.flags[j] & class::WORKER != 0 {
                return None;
            }
            modifiers += 1;
            j += 1;
        }
        None
    })
}

/// Dispositions that describe a person when someone owns them ("her attitude", "his drive");
/// not "will", "power" or "interest", which own other things ("his interest in the project").
fn owned_trait(w: &str) -> bool {
    disposition(w)
        && !crate::engine::vocab::words::List("will|power|interest|presence|gift").contains(&w)
        || crate::engine::vocab::words::List("creativity|work-ethic|professionalism|integrity")
            .contains(&w)
}

/// A sentence with no subject: "Otherwise, a great worker.", "Needs motivation.", "Willingness
/// to learn.", "One of the best people I have worked with."
fn fragment_label(cx: &Cx, si: usize) -> Option<Label> {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let s = r
        .clone()
        .find(|&k| d.is_word(k) && !lead_in(cx, k) && !matches!(d.lower(k), "otherwise"))?;
    let w = d.lower(s);
    // "Willingness to learn.", not a heading ("Motivation").
    let goes_on = crate::engine::vocab::words::List("to|for|and").contains(&d.lw(s + 1));
    if goes_on
        && disposition(w)
        && !crate::engine::vocab::words::List("will|power|interest|gift").contains(&w)
    {
        return Some(Label {
            start: s,
            end: s + 1,
            positive: true,
        });
    }
    if crate::engine::vocab::words::List("needs|lacks|shows|has|displays").contains(&w) {
        let l = label_after(cx, si, s, s)?;
        return Some(Label {
            positive: l.positive && w != "needs",
            ..l
        });
    }
    // A noun phrase that ends at an evaluated worker noun, with no verb before it.
    let head = noun_head(cx, s, r.end)?;
    let ends = !d.is_word(head + 1)
        || phrase_break(cx, head + 1)
        || crate::engine::vocab::words::List("i|we|i've|we've|overall").contains(&d.lw(head + 1));
    if !(ends && person_noun(d.lower(head))) || clause_around(cx, s, head, r.end) {
        return None;
    }
    let evaluated = (s..head).any(|j| {
        cx.flags[j] & (class::POSITIVE | class::NEGATIVE | class::TRAIT) != 0
            || superlative(d.lower(j))
            || crate::engine::vocab::words::List("great|good|solid|hard|top").contains(&d.lower(j))
    });
    let good = (s..=head).all(|j| cx.flags[j] & class::NEGATIVE == 0);
    evaluated.then_some(Label {
        start: s,
        end: head + 1,
        positive: good,
    })
}

/// Is the noun phrase `s..=head` part of a clause rather than a fragment: a pronoun or a modal
/// in it ("I would encourage people", "It's best if people") or a verb after it ("Threatening
/// people … is not constructive")? "A great worker who is always on time" stays a fragment.
fn clause_around(cx: &Cx, s: usize, head: usize, end: usize) -> bool {
    let d = cx.doc;
    let inside = (s..head).any(|j| {
        let w = d.lower(j);
        pronoun(w).is_some()
            || crate::engine::vocab::words::List("it's|if|would|could|should|will|can").contains(&w)
    });
    let verb_after = (head + 1..end).any(|j| {
        linking_verb(cx, j)
            && !crate::engine::vocab::words::List("who|that|which").contains(&d.lower(j - 1))
    });
    inside || verb_after
}

/// "I find you abrasive", "we consider him a liability": the object is labelled.
fn found_label(cx: &Cx, si: usize) -> Option<Label> {
    if !cx.sentence_has(si, word::FINDS) {
        return None;
    }
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    r.clone().find_map(|k| {
        if !cx.has(k, word::FINDS) {
            return None;
        }
        let obj = k + 1;
        let person = obj < r.end && cx.has(obj, word::OBJECT) && d.lw(obj + 1) != "to";
        person.then(|| label_after(cx, si, obj, obj)).flatten()
    })
}

/// In a draft with no he or she, a capitalised unknown word opening the sentence is a person
/// only when what follows could only describe a person: "Dana is a dependable engineer", "Priya
/// is abrasive" (not "Python is slow").
fn named_label(cx: &Cx, si: usize) -> Option<Label> {
    let d = cx.doc;
    let k = d.sentences[si]
        .tokens
        .clone()
        .find(|&k| d.tokens[k].kind == TokenKind::Word)?;
    let t = &d.tokens[k];
    let word = d.lower(k);
    let group = opens_noun_phrase(d, &cx.layer, k);
    if !t.capitalized
        || t.caps
        || cx.flags[k] != 0
        || function_word(cx, k)
        || !name_shaped(word)
        || group
    {
        return None;
    }
    let l = label(cx, si, k)?;
    let word = l.end - 1;
    let w = d.lower(word);
    let personal = cx.is(word, class::WORKER | class::TRAIT) && !fits_things(w)
        || person_trait(w)
        || superlative(w) && PEOPLE.contains(&d.lw(word + 1));
    personal.then_some(l)
}

/// "The employee is a reliable performer", "This worker is careless": a review's subject named
/// by its role, opening the sentence (after a lead-in such as "Overall,").
fn role_label(cx: &Cx, si: usize) -> Option<Label> {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let det = r.clone().find(|&k| d.is_word(k) && !lead_in(cx, k))?;
    let mut noun = det + 1;
    let pointing = List("this|that|these|those").contains(&d.lower(det));
    if !pointing && !List("the|our|my").contains(&d.lower(det)) || noun >= r.end {
        return None;
    }
    // "our new hire", "the team member": one word may stand before the role.
    if noun + 1 < r.end && super::vocab::words::ROLE_NOUNS.contains(&d.lower(noun + 1)) {
        noun += 1;
    }
    let role = noun < r.end
        && (super::vocab::words::ROLE_NOUNS.contains(&d.lower(noun))
            // "This guy is lazy", "these people are clueless": someone pointed at. ("The
            // user is confused" speaks of any user.)
            || pointing
                && List("guy|guys|dude|people|folks|user|users|maintainer|maintainers|developers|devs")
                    .contains(&d.lower(noun)));
    let l = role.then(|| label(cx, si, noun)).flatten()?;
    Some(Label { start: det, ..l })
}

/// Trait words a review says of people but a code review says of things just as often
/// ("Message is useless", "Java is slow", "InMemoryStore is a fake"): no label of an unknown
/// capitalised subject.
fn fits_things(w: &str) -> bool {
    crate::engine::vocab::words::List("useless|slow|dumb|stupid|weak|soft|loud|quiet|cold|negative|difficult|dense|hopeless|annoying|sluggish|flaky|rigid|inflexible|sensitive|passive|fake|crazy|insane|ridiculous|worthless|pathetic|lazy|nuts").contains(&w)
}

/// Not a common noun or an adverb by its ending ("Onboarding", "Communication", "Currently";
/// "Beverly" and "Emily" stay names).
fn name_shaped(w: &str) -> bool {
    let endings = [
        "ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "ism", "ics", "ware",
    ];
    let adverb = w.len() >= 7 && w.ends_with("ly") && !w.ends_with("erly");
    // "Experiments", "Settings": the plural of a noun ending.
    let stem = w.strip_suffix('s').unwrap_or(w);
    w.len() > 2 && !adverb && !endings.iter().any(|e| w.ends_with(e) || stem.ends_with(e))
}

/// Praise that only describes a person.
fn person_trait(w: &str) -> bool {
    crate::engine::vocab::words::List("smart|dependable|reliable|friendly|kind|brilliant|talented|hardworking|diligent|personable|approachable|humble|patient|respectful|trustworthy|honest|dedicated|motivated|proactive|conscientious|sharp|bright|nice|pleasant|helpful|caring").contains(&w)
}

/// "Dana is a dependable engineer", "he can be aggressive", "she has a great attitude": the
/// subject at token `k`, a linking verb (or "has"), then a trait word or a worker noun.
fn label(cx: &Cx, si: usize, k: usize) -> Option<Label> {
    let d = cx.doc;
    let end = d.sentences[si].tokens.end;
    let mut j = k + 1;
    // "Dana Lee is", "Dana's work is" are not labels of the person; "Dana Lee" is.
    while j < end && d.tokens[j].capitalized && d.tokens[j].kind == TokenKind::Word {
        j += 1;
    }
    // "Niko Lee's work has been …": the subject is the work, not the person.
    if j > k + 1 && cx.has(j - 1, word::POSSESSIVE) {
        return None;
    }
    // "Priya's too emotional": the contraction is the verb.
    if cx.has(k, word::POSSESSIVE) && j == k + 1 && j < end {
        let next = d.lower(j);
        let evaluative = cx.flags[j] & (class::POSITIVE | class::NEGATIVE | class::TRAIT) != 0;
        if crate::engine::vocab::words::List("too|very|so|such|really|not|a|an|always")
            .contains(&next)
            || evaluative
        {
            return label_after(cx, si, k, k);
        }
        // "Lena's work is average": the possessive names whose work; the work is the subject
        // ("Lena's been a rock": the contraction is the verb).
        if !linking_verb(cx, j) && !possessing(cx, j) {
            return None;
        }
    }
    let verb = (j..(j + 3).min(end))
        .find(|&v| linking_verb(cx, v) || possessing(cx, v))
        // "Sorry if this is a stupid question", "See it was a dumb one": another subject stands
        // between the word and the verb. After a pronoun only adverbs and auxiliaries do: in "the
        // plan she wrote was wrong" she is the subject of a relative clause.
        .filter(|&v| {
            let strict = pronoun(d.lower(k)).is_some();
            (j..v).all(|m| {
                let w = d.lower(m);
                if strict {
                    between_subject_and_verb(w) || d.lw(m + 1) == "to"
                } else {
                    pronoun(w).is_none()
                        && !crate::engine::vocab::words::List("if|it|this|that|there|what")
                            .contains(&w)
                }
            })
        })
        // "has been a solid performer", "has shown a willingness": the participle is the verb;
        // "seems to lack", "appears to be": the infinitive is.
        .map(|v| {
            let participle = crate::engine::vocab::words::List("been|shown|displayed|demonstrated")
                .contains(&d.lw(v + 1));
            let infinitive =
                d.lw(v + 1) == "to" && (linking_verb(cx, v + 2) || possessing(cx, v + 2));
            if possessing(cx, v) && participle && v + 1 < end {
                v + 1
            } else if infinitive && v + 2 < end {
                v + 2
            } else {
                v
            }
        });
    // "They would be useful": what things would be, not who someone is ("they" names things as
    // often as people). "She would be a good lead" and "he can be aggressive" stay labels.
    let hypothetical = |v: usize| d.lower(k) == "they" && (j..v).any(|m| d.lower(m) == "would");
    match verb {
        Some(v) if hypothetical(v) => None,
        Some(v) => label_after(cx, si, k, v),
        None => second_predicate(cx, si, j),
    }
}

/// "she often is", "he would be", "they really can be": words that stand between a subject and
/// its verb.
fn between_subject_and_verb(w: &str) -> bool {
    w.ends_with("ly")
        || w.ends_with("n't")
        || crate::engine::vocab::words::List(
            "not|never|always|often|sometimes|also|still|even|just|at|times|to|can|cannot|could|will|would|may|might|should|must|does|did|do|has|have|had",
        )
        .contains(&w)
}

/// "He is knowledgeable but arrogant", "She is talented but can come across as abrasive": after
/// a praising label, a turn to a critical one. The critical label is the one the sentence's
/// reader most needs to hear about, so the view keeps it.
fn criticism_after(cx: &Cx, si: usize, l: Label) -> Option<Label> {
    if !l.positive || !turns(cx, si) {
        return None;
    }
    let d = cx.doc;
    let end = d.sentences[si].tokens.end;
    let turn = (l.end..end)
        .find(|&k| crate::engine::vocab::words::List("but|though|yet").contains(&d.lower(k)))?;
    let first = turn + 1;
    let critical = if first < end && cx.has(first, word::THIRD_PERSON) {
        // "but she is often late": a subject of its own.
        label(cx, si, first)
    } else {
        // "but can be arrogant", "but lacks focus"; "but arrogant", "but sometimes too blunt"
        // (no verb: only a word of character or a negated good one, not "but fails to").
        let verb = (first..(first + 4).min(end))
            .take_while(|&m| {
                linking_verb(cx, m) || possessing(cx, m) || between_subject_and_verb(d.lower(m))
            })
            .find(|&m| linking_verb(cx, m) || possessing(cx, m));
        let found = label_after(cx, si, first, verb.unwrap_or(turn));
        found.filter(|c| verb.is_some() || cx.is(c.end - 1, class::TRAIT | class::POSITIVE))
    };
    critical.filter(|c| !c.positive)
}

/// "Priya led the redesign and is sometimes too emotional": a label in a second predicate of
/// the same subject, from its verb on.
fn second_predicate(cx: &Cx, si: usize, from: usize) -> Option<Label> {
    let d = cx.doc;
    let end = d.sentences[si].tokens.end;
    (from..end).find_map(|j| {
        let v = j + 1;
        let joins = matches!(d.lower(j), "and" | "but") && v < end;
        (joins && (linking_verb(cx, v) || possessing(cx, v)))
            .then(|| label_after(cx, si, v, v))
            .flatten()
    })
}

/// Is token `k` a verb that gives the subject a disposition: "has", "shows", "lacks"?
fn possessing(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::HAVE)
}

/// What follows the linking verb at `verb`: a trait word, a worker noun, or a disposition.
fn label_after(cx: &Cx, si: usize, k: usize, verb: usize) -> Option<Label> {
    let d = cx.doc;
    let end = d.sentences[si].tokens.end;
    let has = possessing(cx, verb);
    let mut m = verb + 1;
    let mut word: Option<usize> = None;
    // Words of a noun phrase after its determiner ("a very hard-working", "our rising") that no
    // list knows: modifiers, as long as a worker noun ends the phrase.
    let mut det = false;
    let mut unknown = 0;
    let mut evaluated = false;
    while m < end && m <= verb + 8 && (d.tokens[m].kind == TokenKind::Word || hyphen(cx, m)) {
        if hyphen(cx, m) {
            m += 1;
            continue;
        }
        let w = d.lower(m);
        // "low self-confidence", "self-motivation": the compound is the disposition.
        if w == "self" && hyphen(cx, m + 1) && disposition(d.lw(m + 2)) {
            m += 2;
            continue;
        }
        let fl = cx.flags[m];
        // "better than useless", "worse than before": a comparison, not who someone is.
        if matches!((w, d.lw(m + 1)), ("better" | "worse", "than")) {
            return None;
        }
        if matches!((w, d.lw(m + 1)), ("rather", "than") | ("instead", "of")) {
            // "a spectator rather than a leader": denying the good alternative criticises.
            let good = (m + 2..(m + 5).min(end))
                .any(|j| cx.flags[j] & (class::WORKER | class::POSITIVE) != 0);
            return (good && m > verb + 1).then_some(Label {
                start: k,
                end: m,
                positive: false,
            });
        }
        det |= crate::engine::vocab::words::List("a|an|our|my|the|one").contains(&w);
        evaluated |= fl & (class::POSITIVE | class::NEGATIVE | class::TRAIT) != 0
            || crate::engine::vocab::words::List("great|good|hard|best|top|average|solid")
                .contains(&w);
        // "a great work ethic": a noun that qualifies the disposition.
        let ahead = if d.lw(m + 1) == "self" && hyphen(cx, m + 2) {
            d.lw(m + 3)
        } else {
            d.lw(m + 1)
        };
        if has && disposition(ahead) && !disposition(w) && fl == 0 {
            m += 1;
            continue;
        }
        if has && disposition(w) {
            // "He has confidence issues": the disposition is the problem's topic.
            let issues = List("issues|problems|gaps").contains(&d.lw(m + 1));
            return Some(Label {
                start: k,
                end: m + 1 + usize::from(issues),
                positive: !issues && positive(cx, verb, word.or(Some(m))),
            });
        }
        let describes_thing = natural_thing(cx, m);
        if !has && fl & class::WORKER != 0 && !hyphen(cx, m + 1) && !describes_thing {
            // "a natural leader", "a team player", "a problem solver": the noun phrase ends at
            // its last noun, which says whether it praises.
            let mut e = m;
            while e + 1 < end && (cx.flags[e + 1] & class::WORKER != 0 || agent_noun(cx, e + 1)) {
                e += 1;
            }
            // "an engineer on the payments team", "a new hire": a role is no label unless
            // something evaluates it ("a dependable engineer", "a rock-solid member").
            if role_noun(d.lower(e)) && !evaluated && unknown == 0 {
                return None;
            }
            let good = cx.flags[e] & class::NEGATIVE == 0 && positive(cx, verb, word.or(Some(e)));
            return Some(Label {
                start: k,
                end: e + 1,
                positive: good,
            });
        }
        if compound_trait(cx, m) {
            // "detail oriented", "detail-oriented": the label ends with the compound.
            let hyphenated = usize::from(hyphen(cx, m + 1));
            // "a narrow minded colleague": the noun after the compound is part of the label.
            let e = m + 2 + hyphenated;
            let noun = usize::from(e < end && cx.flags[e] & class::WORKER != 0);
            return Some(Label {
                start: k,
                end: e + noun,
                // "is not always focused": the negation reaches the compound's first word.
                positive: !faulting_compound(cx, m) && positive(cx, verb, word.or(Some(m))),
            });
        }
        // "he is ideally suited": an adverb modifies what follows, it labels no one; nor does
        // the first half of a compound ("they can be lazy-loaded").
        let adverb = w.ends_with("ly") && fl & class::TRAIT == 0;
        // "he shouldn't have been insulted", "she is appreciated": a passive verb says what was
        // done to someone; "disorganized", "talented", "dedicated" are traits and stay.
        let adverb = adverb || w.ends_with("ed") && fl & class::TRAIT == 0 && !person_trait(w);
        // "gets a little defensive": "a little" says how much; the label is the word after it.
        let degree = w == "little" && d.lower(m - 1) == "a";
        if !adverb
            && !degree
            && !hyphen(cx, m + 1)
            && !describes_thing
            && (fl & (class::POSITIVE | class::NEGATIVE | class::TRAIT) != 0 || superlative(w))
        {
            word = Some(m);
            // "is good at X", "is able to": an ability or a task, not a character.
            let next = d.lw(m + 1);
            // "kind of slow": a hedge, not kindness.
            let task = next == "at"
                || next == "off"
                || next == "of" && w == "kind"
                || next == "to"
                    && crate::engine::vocab::words::List("able|unable|likely|happy|glad|ready|eager|quick|proud|willing|encouraged|committed|expected|excited|keen|free|welcome").contains(&w)
                || next == "in" && matches!(w, "interested")
                // Being late or early is something done, not someone's character; so is how
                // the work goes ("has been underperforming").
                || crate::engine::vocab::words::List("late|early|absent|underperforming|underachieving|struggling").contains(&w)
                // A feeling is not a trait: "she is very pleased with the move".
                || crate::engine::vocab::words::List("proud|pleased|delighted|satisfied|thrilled").contains(&w)
                // "happy with where her skills are": content, not a character.
                || contented(cx, m);
            if !has && !task && !worker_ahead(cx, m + 1, end) {
                return Some(Label {
                    start: k,
                    end: m + 1,
                    positive: positive(cx, verb, word),
                });
            }
        } else if label_filler(w) || w.ends_with("ly") || det && neutral_modifier(w) {
            // "is not really a very …", "a senior …": read on.
        } else if det && !has && unknown < 2 && !phrase_break(cx, m) {
            unknown += 1;
        } else {
            return None;
        }
        m += 1;
    }
    None
}

/// "a great [team] player", "a reliable [and hard-working] engineer": a worker noun ends the
/// noun phrase that starts at `m`, within three words.
fn worker_ahead(cx: &Cx, m: usize, end: usize) -> bool {
    noun_head(cx, m, end).is_some_and(|h| cx.flags[h] & class::WORKER != 0)
}

/// The worker noun that ends the noun phrase starting at `m` within four words ("a great
/// [team] player", "one of the best people"), if any.
fn noun_head(cx: &Cx, m: usize, end: usize) -> Option<usize> {
    let d = cx.doc;
    let mut j = m;
    let mut words = 0;
    while j < end && words < 4 {
        if hyphen(cx, j) {
            j += 1;
            continue;
        }
        let w = d.lower(j);
        // "reliable and hard-working engineer" is one phrase; "smart and a valuable member" two.
        let next_phrase = matches!(d.lw(j + 1), "a" | "an" | "the" | "our");
        let joins = w == "of" || w == "and" && !next_phrase;
        if !d.is_word(j)
            || phrase_break(cx, j) && !joins
            || linking_verb(cx, j)
            || possessing(cx, j)
        {
            return None;
        }
        if cx.flags[j] & class::WORKER != 0 || w == "people" {
            return Some(j);
        }
        words += 1;
        j += 1;
    }
    None
}

/// A hyphen joining two words ("rock-solid", "go-getter"): the tokenizer splits them.
fn hyphen(cx: &Cx, m: usize) -> bool {
    let d = cx.doc;
    m > 0
        && d.tokens.get(m).is_some_and(|t| t.kind != TokenKind::Word)
        && d.lw(m) == "-"
        && d.is_word(m - 1)
        && d.is_word(m + 1)
}

/// "detail oriented", "results-driven", "growth minded", "self-centered": a compound adjective
/// of character.
fn compound_trait(cx: &Cx, m: usize) -> bool {
    let d = cx.doc;
    let next = if hyphen(cx, m + 1) { m + 2 } else { m + 1 };
    d.is_word(next)
        && crate::engine::vocab::words::List(
            "oriented|orientated|minded|driven|focused|motivated|centered|centred|absorbed|serving|maintenance",
        )
        .contains(&d.lower(next))
}

/// "narrow-minded", "fickle minded", "self-centered", "high maintenance": a compound that
/// faults its bearer, by its first half.
fn faulting_compound(cx: &Cx, m: usize) -> bool {
    let (w, last) = (
        cx.doc.lower(m),
        cx.doc.lw(m + 1 + usize::from(hyphen(cx, m + 1))),
    );
    cx.flags[m] & (class::NEGATIVE | class::TRAIT) != 0
        || crate::engine::vocab::words::List("narrow|closed|small|absent|simple|feeble|high")
            .contains(&w)
        || w == "self" && last != "motivated" && last != "driven"
}

/// "a natural fit", "the natural choice": "natural" at token `k` describes the thing that
/// follows it, not a person ("a natural leader", "a natural at sales", "a natural.").
pub fn natural_thing(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let next = d.lw(k + 1);
    d.lower(k) == "natural"
        && d.is_word(k + 1)
        && cx.flags[k + 1] & class::WORKER == 0
        && !agent_noun(cx, k + 1)
        && !crate::engine::vocab::words::PERSON_NOUNS.contains(&next)
        && !crate::engine::vocab::words::AFTER_LABEL.contains(&next)
}

/// A noun for someone who does something ("spotter", "solver"), ending a worker noun phrase.
fn agent_noun(cx: &Cx, k: usize) -> bool {
    let w = cx.doc.lw(k);
    cx.doc.is_word(k)
        && cx.flags[k] == 0
        && w.len() > 5
        && (w.ends_with("er") || w.ends_with("or"))
        && !crate::engine::vocab::words::List("other|however|whether|together|rather|either")
            .contains(&w)
}

/// Worker nouns that can only mean a person ("a great worker", not "a good example").
fn person_noun(w: &str) -> bool {
    role_noun(w)
        || crate::engine::vocab::words::List("performer|player|teamplayer|leader|star|rockstar|getter|starter|people|professional|achiever|overachiever|underachiever|underperformer|workhorse|asset").contains(&w)
}

/// Worker nouns that only name a role: they label someone only when evaluated.
fn role_noun(w: &str) -> bool {
    crate::engine::vocab::words::List("worker|employee|colleague|teammate|person|individual|contributor|hire|member|mentor|manager|engineer|developer|designer|analyst|addition|communicator|thinker|learner|listener|collaborator").contains(&w)
}

/// Modifiers that place someone without judging them: "a new hire", "a senior engineer".
fn neutral_modifier(w: &str) -> bool {
    crate::engine::vocab::words::List("new|junior|senior|lead|staff|principal|software|data|product|former|current|remote|first|second|only|other|recent|full|part|time|contract|temporary|backend|frontend|support|sales|founding|latest").contains(&w)
}

/// Does token `k` end a noun phrase: a preposition, conjunction or relative word?
fn phrase_break(cx: &Cx, k: usize) -> bool {
    cx.has(k, word::BREAK)
}

/// Nouns for people after a superlative ("one of the sharpest people").
const PEOPLE: List = List("people|person|engineers|engineer|employees|employee|members|member|workers|worker|hires|analysts|managers|designers|colleagues");

/// "one of the sharpest", "the best": a superlative ranks the person.
fn superlative(w: &str) -> bool {
    crate::engine::vocab::words::List("best|greatest|finest|brightest|smartest|sharpest|strongest|hardest|kindest|worst|weakest|laziest|slowest").contains(&w)
}

/// Is the label praise? Its evaluative word is positive and not negated after the verb.
fn positive(cx: &Cx, verb: usize, word: Option<usize>) -> bool {
    let d = cx.doc;
    // "needs to be more proactive", "has to be more organized", "should be more assertive",
    // "can be more proactive": a trait asked for, not credited ("should be proud", "should be happy with" credit one).
    let more = word.is_some_and(|w| matches!(d.lw(w.wrapping_sub(1)), "more" | "less"));
    let asked = (verb.saturating_sub(3)..verb).any(|k| {
        cx.has(k, word::IMPROVE_HEAD)
            && (more || matches!(d.lower(k), "need" | "needs"))
            && cx.same_sentence(k, verb)
            || obliged(cx, k)
    });
    let lacks = asked || d.lower(verb).starts_with("lack") || d.lower(verb).starts_with("need");
    // "nor has he shown the desire": the negation may open the clause, before its auxiliary.
    // "I do not believe that he is an asset": a denied opinion reaches over its "that".
    let reach = if d.lw(verb.wrapping_sub(2)) == "that" {
        4
    } else {
        3
    };
    let negated = lacks
        || (verb.saturating_sub(reach)..word.unwrap_or(verb + 1).min(d.tokens.len()))
            // "whether or not she would be" negates nothing.
            .any(|k| cx.is(k, class::NEGATOR) && d.lw(k.wrapping_sub(1)) != "or");
    let good = word.is_none_or(|w| {
        let bad_rank = crate::engine::vocab::words::List(
            "worst|weakest|laziest|slowest|underachiever|underperformer|slacker|liability",
        )
        .contains(&d.lower(w));
        // "experienced", "qualified", "determined": praise as a label, mere verbs elsewhere.
        let credit = crate::engine::vocab::words::CREDIT_TRAITS.contains(&d.lower(w));
        !bad_rank
            && (cx.flags[w] & class::NEGATIVE == 0 && cx.flags[w] & class::TRAIT == 0
                || cx.flags[w] & class::POSITIVE != 0
                || credit
                || ranked(cx, w))
    });
    // "shows less drive", "fewer ideas", "low confidence": too little of a good thing
    // ("low self-confidence" too).
    let fewer = word.is_some_and(|w| {
        let compound = d.lw(w.wrapping_sub(1)) == "-" && d.lw(w.wrapping_sub(2)) == "self";
        let w = if compound { w - 2 } else { w };
        matches!(
            d.lw(w.wrapping_sub(1)),
            "less"
                | "fewer"
                | "low"
                | "decreased"
                | "declining"
                | "diminished"
                | "reduced"
                | "waning"
        )
    });
    // "a less than stellar hire", "only a decent analyst": praise held down is no praise.
    let held = word.is_some_and(|w| {
        let (p1, p2) = (d.lw(w.wrapping_sub(1)), d.lw(w.wrapping_sub(2)));
        p1 == "than" && matches!(p2, "less" | "other")
            // ("the only competent person" ranks first.)
            || matches!(p1, "only" | "merely") && List("is|was|are|were|be|been").contains(&p2)
            || matches!(p1, "a" | "an") && matches!(p2, "only" | "merely")
    });
    good && !negated && !fewer && !held
}

/// Sentence-layer word classes: bits looked up once per token with the word classes
/// (`vocab::scan` fills `cx.layer`), so that the scans over every token of every sentence test a
/// bit instead of comparing strings.
pub mod word {
    /// "he", "she", "his", …: the draft talks about someone (`views`).
    pub const HE_SHE: u64 = 1 << 0;
    /// "but", "however", …: the sentence turns (`turns`).
    pub const TURN: u64 = 1 << 1;
    /// "please", "next", "going": a request (`asks`).
    pub const ASK: u64 = 1 << 2;
    /// "he", "she", "they" and their contractions: a third-person subject (`find_label`).
    pub const THIRD_PERSON: u64 = 1 << 3;
    /// "find", "consider": "I find you abrasive" (`found_label`).
    pub const FINDS: u64 = 1 << 4;
    /// "you", "him", "her", "them": the object of `FINDS`.
    pub const OBJECT: u64 = 1 << 5;
    /// The first words of the arms of `praise_idiom`.
    pub const IDIOM_HEAD: u64 = 1 << 6;
    /// The first words of the arms of `demands_improvement`.
    pub const IMPROVE_HEAD: u64 = 1 << 7;
    /// The words `sub_par` and `eager` start at ("sub", "against", "termination", "wait").
    pub const VERDICT_HEAD: u64 = 1 << 8;
    /// "needs", "should", "reminders": what someone is pushed to do (`asked_for`).
    pub const PUSHED: u64 = 1 << 9;
    /// "solves", "overcomes", "without": a bad thing overcome or avoided (`remedied`).
    pub const REMEDY: u64 = 1 << 10;
    /// "few", "rarely", "free": a fault someone does not have (`faultless`).
    pub const FEW: u64 = 1 << 11;
    /// "can", "may", "if": what someone might become (`hoped_for`).
    pub const HOPE: u64 = 1 << 12;
    /// "needs", "should", "ought": a demand (`demanded`).
    pub const DEMAND: u64 = 1 << 13;
    /// "lose", "keep", "retain": wanting to keep someone (`retained`).
    pub const KEEP: u64 = 1 << 14;
    /// "late", "absent", "misses": a slip named by its event (`habit`).
    pub const SLIP: u64 = 1 << 15;
    /// A capitalised word the engine knows nothing else about (`is_name`): not from a list, set
    /// once per token by `mark_shapes`, like `NT` and `POSSESSIVE`.
    pub const NAME: u64 = 1 << 16;
    /// Verbs that link a subject to what it is (`linking_verb`).
    pub const LINK: u64 = 1 << 17;
    /// Verbs that give the subject a disposition (`possessing`).
    pub const HAVE: u64 = 1 << 18;
    /// Words that end a noun phrase (`phrase_break`).
    pub const BREAK: u64 = 1 << 19;
    /// A word ending in "n't" ("doesn't", "hasn't").
    pub const NT: u64 = 1 << 20;
    /// A word ending in "'s" ("Mei's", "she's").
    pub const POSSESSIVE: u64 = 1 << 21;
    /// "his", "her", "their", "your", "lack": what owns a disposition (`owned_disposition`).
    pub const OWNER: u64 = 1 << 22;
    /// Words for growing: "improve", "grow", "advance", "develop" (`fixed-mindset`).
    pub const GROWTH: u64 = 1 << 23;
    /// "hit", "reached": the verbs of "hit her peak" (`fixed-mindset`).
    pub const PEAK: u64 = 1 << 24;
    /// "talent", "innate", "natural", "born": where innate ability is credited
    /// (`fixed-mindset`). Keep it in step with the `match` arms of `innate` there.
    pub const INNATE_HEAD: u64 = 1 << 25;
    /// Words that are never a name: articles, pronouns, modals, quantifiers ("the", "any", "it'd").
    pub const FUNCTION: u64 = 1 << 26;
    /// Words that may come before a sentence's subject: "Overall, she …", "However he …".
    pub const LEAD_IN: u64 = 1 << 27;
    /// Words that follow a subject: a modal, "needs", "did", a frequency adverb ("Tom always …").
    pub const FOLLOWER: u64 = 1 << 28;
    /// Words of how someone works with people ("abrasive", "listens", "communication"): the
    /// rewrites' `interpersonal`.
    pub const INTERPERSONAL: u64 = 1 << 29;
    /// He, she or they, subject or possessive ("she", "his", "their"): the rewrites' voice.
    pub const THIRD_WORD: u64 = 1 << 30;
    /// The reader ("you", "your", "yourself"): the rewrites' voice.
    pub const READER: u64 = 1 << 31;
    /// What opens a review comment before its content ("nit", "suggestion", "also"): scoring.
    pub const REVIEW_LEAD: u64 = 1 << 32;
    /// A work artifact that is a situation when pointed at ("the `parse` function", "line 12").
    pub const ARTIFACT: u64 = 1 << 33;
    /// Someone's loss after what happened ("stopped", "left", "escalated"): an impact.
    pub const CONSEQUENCE: u64 = 1 << 34;
    /// A word of software (`CODE_REVIEW_WORDS`, `TECH_WORDS`): `context::talks_tech`.
    pub const TECH: u64 = 1 << 35;
    /// A review of a paper ("the authors", "the manuscript"): `context::talks_tech`.
    pub const PAPER: u64 = 1 << 36;
    /// A count in words ("two", "a dozen"): an anchor before a plural noun.
    pub const COUNT: u64 = 1 << 37;
    /// A word the sentence layer read as praise in its sentence (set by `views`, not by a list).
    pub const PRAISED: u64 = 1 << 38;
    /// A word the sentence layer read as criticism in its sentence.
    pub const CRITICISED: u64 = 1 << 39;

    /// Each class and its words, one space-separated string each (small in the page). Keep `IDIOM_HEAD` and `IMPROVE_HEAD` in step with the `match`
    /// arms of their functions: a word missing here never reaches its arm.
    pub const CLASSES: &[(&str, u64)] = &[
        (
            "he she his her him hers himself herself he's she's",
            HE_SHE,
        ),
        (
            "but however although though yet while whereas despite",
            TURN,
        ),
        (
            "please next going",
            ASK,
        ),
        (
            "he she they he's she's they're",
            THIRD_PERSON,
        ),
        (
            "find found consider considered",
            FINDS,
        ),
        (
            "you him her them",
            OBJECT,
        ),
        (
            "works worked working work performs performed performing meets met meet meeting exceeds exceeded hits hit on above high well diligently tirelessly efficiently proactively graciously gets got getting exceed exceeding surpasses surpassed potential promise ability abilities extra gives giving gave give takes took taking take easily initiative proven proved proves no open receptive without finds found solves solved resolves resolved",
            IDIOM_HEAD,
        ),
        (
            "could can would might may ought strive needs need must should room areas area improvement improvements requires require use needed aspects see",
            IMPROVE_HEAD,
        ),
        (
            "sub against termination dismissal probation firing wait time",
            VERDICT_HEAD,
        ),
        (
            "needs need should must reminders reminding pushed",
            PUSHED,
        ),
        (
            "solves solve solved solving solution solutions overcome overcomes handles handled handle handling learns learned learning accommodate tackles tackled tackle tackling resolves resolved resolving without despite free",
            REMEDY,
        ),
        (
            "few fewer rarely seldom zero without free",
            FEW,
        ),
        (
            "can could may might will would if he'll she'll it'd that'd",
            HOPE,
        ),
        (
            "needs need should must would could ought",
            DEMAND,
        ),
        (
            "lose losing keep keeping retain retaining",
            KEEP,
        ),
        (
            "late absent misses missed skips skipped leaves",
            SLIP,
        ),
        (
            "is was are were 's seems seemed appears appeared remains remained becomes became been be being sounds isn't wasn't aren't weren't",
            LINK,
        ),
        (
            "has have had shows showed shown lacks lack lacking lacked needs need displays displayed demonstrates demonstrated",
            HAVE,
        ),
        (
            "of on in at for with to and or but who that which from by as",
            BREAK,
        ),
        (
            "his her their your lack",
            OWNER,
        ),
        (
            "improve improving improvement grow growth advance advancing develop progress better further change",
            GROWTH,
        ),
        (
            "hit reached met reach plateaued",
            PEAK,
        ),
        (
            "talent talents innate gifted inborn natural has born",
            INNATE_HEAD,
        ),
        (
            "the whenever whatever wherever possibly perhaps maybe hopefully what's here's who's only just even also everyone everybody nobody someone somebody anyone a an this that these those it it's it'd it'll that'd that'll there'd there there's in on at for with when while if as after before during since because although though whilst unless what why how who where which great good nice excellent thanks thank please not no some any such another true yes sure indeed many most all every each his her their its one both being having working meets exceeds shows demonstrates struggles works takes brings tends keep imagine try stop consider avoid let's could would should might must can will is are was were do does did",
            FUNCTION,
        ),
        ("overall however also and but so first firstly secondly unfortunately fortunately honestly frankly additionally furthermore moreover finally lastly generally still yet then again sadly clearly certainly definitely really apart aside beyond lately later nevertheless nonetheless meanwhile anyway anyhow anyways besides otherwise instead thus therefore hence regardless personally luckily thankfully", LEAD_IN),
        (
            "can could will would should must may might needs did does doesn't didn't can't won't isn't wasn't tends always never often really consistently continues struggles works takes makes gets goes wrote made took gave led ran built got kept sent came went said told found",
            FOLLOWER,
        ),
        ("aggressive abrasive emotional defensive bossy rude negative harsh dismissive arrogant condescending shrill difficult hostile curt blunt combative argumentative moody touchy pushy abrupt unfriendly disrespectful respectful listen listens listening interrupt interrupts attitude communicate communication communicates tone temper impatient collaborate collaborative player feedback shy quiet reserved timid introverted withdrawn meek hesitant passive aloof standoffish unapproachable", INTERPERSONAL),
        ("she she's her he he's his him they they're their", THIRD_WORD),
        ("you your you're you've you'd you'll yours yourself", READER),
        ("nit minor suggestion issue question todo optional also and so then now maybe pls", REVIEW_LEAD),
        ("step line lines function method class file module test tests section page example version build issue", ARTIFACT),
        ("stopped left missed lost quit waited gave couldn't cancelled canceled churned complained escalated", CONSEQUENCE),
        ("paper authors manuscript submission", PAPER),
        (
            "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred dozen",
            COUNT,
        ),
    ];
}
