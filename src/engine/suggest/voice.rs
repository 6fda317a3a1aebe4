//! Who a rewrite speaks of, and in which words: the sentence's subject in the draft's own
//! grammatical person ("Sam" stays "Sam", "she" stays "she", "you" stays "you"), and example
//! facts that fit the mode (a performance review talks about projects, meetings, customers and
//! deadlines; a code review about functions and tests; a peer note about working together).
use super::body::Body;
use super::cx::Cx;
use crate::engine::case::Case;
use crate::engine::model::Mode;
use crate::engine::sentence::{word, Who};
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{List, OPINION_VERBS, ROLE_NOUNS};

/// The grammatical person a rewrite keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    /// "you": the draft speaks to the person it is about.
    Reader,
    /// "I": a self-review.
    Writer,
    /// A name or he/she/they.
    Third,
    /// Nobody: the sentence is about the work, and the draft names no one.
    Nobody,
}

/// The subject of the rewrite.
#[derive(Clone, Debug)]
pub struct Voice {
    /// The sentence is about how someone works with people ("abrasive", "interrupts"), so
    /// examples are about that, not about deadlines.
    pub interpersonal: bool,
    /// … and of holding back ("shy", "reserved"): examples of staying silent, not of cutting in.
    pub reticent: bool,
    pub person: Person,
    /// How the rewrite names the subject: "you", "I", "Sam", "she", "he", "they" ("" for Nobody).
    pub name: String,
}

/// Does sentence `si` open with the writer's opinion ("I think", "I just feel", "I believe")?
fn opinion_in(cx: &Cx, si: usize) -> bool {
    opinion_verb(cx, si).is_some()
}

/// The opinion or perception verb among the first five tokens ("I think", "I don't see why").
fn opinion_verb(cx: &Cx, si: usize) -> Option<usize> {
    let d = &cx.doc;
    let r = d.sentences[si].tokens.clone();
    r.take(5).find(|&k| OPINION_VERBS.contains(&d.lower(k)))
}

/// "I think this function is too long": the writer only holds the opinion; what it is about
/// follows. False when the writer acts in it too ("I think I rushed the review").
pub(crate) fn opinion_only(cx: &Cx, si: usize) -> bool {
    let Some(k) = opinion_verb(cx, si) else {
        return false;
    };
    let end = cx.doc.sentences[si].tokens.end;
    !(k + 1..end).any(|j| {
        crate::engine::vocab::words::List("i|me|my|i'm|i've|i'd|i'll|we|our|us")
            .contains(&cx.doc.lower(j))
    })
}

impl Voice {
    /// The voice of the sentence `b`: its own subject, else the person the draft talks about.
    pub fn of(cx: &Cx, b: &Body) -> Voice {
        let mut v = Self::subject_of(cx, b);
        if v.person == Person::Nobody && fragment(cx, b) {
            // "Needs close supervision.", in a review that names no one: the person reviewed.
            v.person = Person::Third;
            v.name = "they".into();
        }
        v.interpersonal = interpersonal(cx, b);
        v.reticent = reticent(cx, b, v.interpersonal);
        v
    }

    fn subject_of(cx: &Cx, b: &Body) -> Voice {
        let si = cx.sentence_of(b.start).unwrap_or(0);
        let view = cx.views.get(si);
        // "Richard, the team benefits from your experience": a name before a comma, in a
        // sentence to "you", is whom the writer speaks to.
        let to_reader = |k: usize| {
            cx.doc.lw(k + 1) == ","
                && cx.doc.sentences[si]
                    .tokens
                    .clone()
                    .any(|j| cx.has(j, word::READER))
                || addressed(cx, k)
        };
        let named = || {
            view.and_then(|v| v.named).and_then(|k| {
                if to_reader(k) {
                    Some(reader())
                } else {
                    actor_named(cx, k)
                }
            })
        };
        // "The new intern is lazy", "my manager is abrasive": the role the label is said of is
        // "they" (its label starts at the determiner; "a solid worker" names no one).
        let role = || {
            let l = view?.label.as_ref()?;
            let d = &cx.doc;
            let role = (l.start + 1..l.start + 3).any(|j| ROLE_NOUNS.contains(&d.lw(j)));
            (role && List("the|our|my").contains(&d.lower(l.start))).then(|| Voice {
                interpersonal: false,
                reticent: false,
                person: Person::Third,
                name: "they".into(),
            })
        };
        let own = role().or_else(|| view.and_then(|v| voice_of_view(cx, v.who, v.subject)));
        // A capitalised word may be a product ("Kafka"): taken for a name only in a draft that
        // does not speak to its reader.
        let own = own.or_else(|| {
            if cx.draft_voice.is_reader() {
                None
            } else {
                named()
            }
        });
        // "I think she …", "The report she sent …": the person named inside the sentence.
        let inner = || third_person_in(cx, b.start, b.end);
        let writer_about_someone = own.as_ref().is_some_and(|v| v.person == Person::Writer);
        // "I just think the review threads could be better", in a draft to "you": the example
        // it asks for is what the reader did, not what the writer did.
        // Elsewhere the opinion is about the work ("I think this function is too long"): what
        // happened, not what the writer did.
        let opinion = || {
            if writer_about_someone && cx.draft_voice.is_reader() && opinion_in(cx, si) {
                Some(cx.draft_voice.clone())
            } else if writer_about_someone && opinion_only(cx, si) && !cx.speaks_of_he_she() {
                Some(Voice {
                    interpersonal: false,
                    reticent: false,
                    person: Person::Nobody,
                    name: String::new(),
                })
            } else {
                None
            }
        };
        match own {
            Some(v) if !writer_about_someone => v,
            own => asked_of(cx, si)
                .or_else(|| {
                    let named = view.and_then(|v| v.named);
                    writer_about_someone
                        .then(|| judged_by_writer(cx, b, named))
                        .flatten()
                })
                .or_else(inner)
                .or_else(opinion)
                // "I would never work with Wade again", in a review of Wade: about Wade.
                .or_else(|| {
                    // A review of someone talks of him or her somewhere ("Acme" in a
                    // self-review is a customer, not the subject).
                    let review = cx.draft_voice.person == Person::Third && cx.speaks_of_he_she();
                    (writer_about_someone && review).then(named).flatten()
                })
                // "I lost a day to this and your docs are wrong": the writer tells what it cost
                // them; the fault, in the reader's work, and the next step are the reader's.
                .or_else(|| {
                    // ("I asked for a fix you have not made", in a draft to "you": so is
                    // the next step; the writer promising "Next time, I'll …" was wrong.)
                    let to_reader = cx.draft_voice.is_reader();
                    let faults_reader = view.is_some_and(|v| v.criticism && !v.praise)
                        && cx.doc.sentences[si].tokens.clone().any(|j| {
                            cx.doc.lower(j) == "your" && opens_clause(cx, j)
                                || to_reader
                                    && cx.doc.lower(j).starts_with("you")
                                    && cx.doc.lower(j) != "your"
                                    && !List("to|with|for|at|from|of|about|on|by|than|thank|help|if|unless|hope|when")
                                        .contains(&cx.doc.lw(j.wrapping_sub(1)))
                        });
                    ((writer_about_someone || own.is_none()) && faults_reader).then(reader)
                })
                .or(own)
                // "My colleague, Matthew Reid, is …": the name is the subject, not "my".
                .or_else(named)
                // "Thanks for the update!": whom the writer thanks is the reader.
                .or_else(|| {
                    let first = cx.doc.lower(cx.doc.sentences[si].tokens.start);
                    List("thanks|thx|kudos").contains(&first).then(reader)
                })
                // "Last time I checked, you were the clown.": the reader is the subject of
                // the main clause; the writer only frames it.
                .or_else(|| reader_subject_in(cx, b.start, b.end))
                .or_else(|| from_you(cx, b).then(reader))
                // "Easily one of the best people I have worked with", in a review of someone:
                // the writer speaks only in a clause; the praise is of the person reviewed.
                .or_else(|| {
                    let review = cx.draft_voice.person == Person::Third && cx.speaks_of_he_she();
                    (!review).then(|| writer_in(cx, b.start, b.end)).flatten()
                })
                .unwrap_or_else(|| cx.draft_voice.clone()),
        }
    }

    /// The subject as it opens a sentence: "Sam", "She", "You", "I".
    pub fn subject(&self) -> String {
        super::edit::cap_first(&self.name)
    }

    /// "what Sam did", "what you did", "what I did", "what happened".
    pub fn what_did(&self) -> String {
        match self.person {
            Person::Nobody => "what happened".into(),
            _ => format!("what {} did", self.name),
        }
    }

    /// "Sam's", "her", "your", "my".
    pub fn possessive(&self) -> String {
        if self.name.is_empty() {
            return "the".into();
        }
        match List("you:your|I:my|she:her|he:his|they:their").lookup(&self.name) {
            Some(own) => own.into(),
            None => format!("{}'s", self.name),
        }
    }

    /// "Sam", "her", "you", "me": the subject as the object of a request.
    pub fn object(&self) -> String {
        match List("I:me|she:her|he:him|they:them").lookup(&self.name) {
            Some(obj) => obj.into(),
            None => self.name.clone(),
        }
    }

    /// "As a next step, I'd like Sam to [next step, e.g. …]." The writer asks for the step; the
    /// rewrite does not announce what someone else will do.
    pub fn next_step_request(&self, next: &str) -> String {
        let who = match self.person {
            Person::Nobody => "[who, e.g. the team]".to_string(),
            _ => self.object(),
        };
        format!("As a next step, I'd like {who} to [next step, e.g. {next}].")
    }

    /// A review of someone else: the subject is a name or he/she/they, in a draft that speaks of
    /// someone as he or she (a capitalised "Android" in a code thread is no one). Its next step
    /// is what that person will do, not a question to the reader.
    pub fn is_reviewed_person(&self, cx: &Cx) -> bool {
        self.person == Person::Third && cx.speaks_of_he_she()
    }

    /// The draft talks to the person it is about.
    pub fn is_reader(&self) -> bool {
        self.person == Person::Reader
    }
}

/// Whom a sentence with the writer as its subject judges: he or she ("I'd recommend moving him"),
/// a name that owns something ("Our concern is Addison's inattention") or that the writer tells
/// the reader about ("I'm writing to you about Madison"), else the reader ("I've really liked
/// your ideas"), unless the writer judges their own conduct ("I was rude to you").
fn judged_by_writer(cx: &Cx, b: &Body, named: Option<usize>) -> Option<Voice> {
    let he_she = third_person_in(cx, b.start, b.end).filter(|v| v.name != "they");
    if he_she.is_some() {
        return he_she;
    }
    let to_reader = speaks_to_reader(cx, b);
    // ("I got great help from Ravi", "I was helped by Ravi": Ravi did it.)
    let owner_or_topic = |k: &usize| {
        to_reader || cx.has(*k, crate::engine::sentence::word::POSSESSIVE) || given_by(cx, *k)
    };
    named
        .filter(owner_or_topic)
        .and_then(|k| actor_named(cx, k))
        .or_else(|| (to_reader && !super::evidence::writer_acts(cx, b)).then(reader))
}

/// "The designs I've had from you", "the fix written by you": the writer received what the
/// reader did.
fn from_you(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    cx.tokens_in(b.start, b.end)
        .any(|k| d.lower(k) == "you" && List("from|by").contains(&d.lw(k.wrapping_sub(1))))
}

/// "help from Ravi", "coached by Ravi": what the writer got, Ravi gave.
fn given_by(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let before = d.lw(k.wrapping_sub(2));
    match d.lw(k.wrapping_sub(1)) {
        "from" => List("help|support|feedback|guidance|advice|assistance|coaching|mentoring")
            .contains(&before),
        "by" => before.ends_with("ed"),
        _ => false,
    }
}

/// Does sentence `b` say "you" or "your"?
fn speaks_to_reader(cx: &Cx, b: &Body) -> bool {
    cx.tokens_in(b.start, b.end)
        .any(|k| cx.has(k, crate::engine::sentence::word::READER))
}

/// The voice of a sentence view's subject, if it names a person.
fn voice_of_view(cx: &Cx, who: Who, subject: Option<usize>) -> Option<Voice> {
    match who {
        Who::Reader => Some(reader()),
        // ("We can do better on this": the example is of what "we" did.)
        Who::Writer => Some(Voice {
            interpersonal: false,
            reticent: false,
            person: Person::Writer,
            name: if subject.is_some_and(|k| List("we|our").contains(&cx.doc.lower(k))) {
                "we"
            } else {
                "I"
            }
            .into(),
        }),
        Who::Person => subject.and_then(|k| third_of_token(cx, k)),
        Who::Other => None,
    }
}

pub(crate) fn reader() -> Voice {
    Voice {
        interpersonal: false,
        reticent: false,
        person: Person::Reader,
        name: "you".into(),
    }
}

/// "I need you to try harder", "We expect Dana to …": the writer asks something of someone,
/// and the sentence is about that person.
pub(crate) fn asked_of(cx: &Cx, si: usize) -> Option<Voice> {
    let d = &cx.doc;
    let asks = crate::engine::vocab::words::List("need|want|expect|like|ask|asking|encourage|urge");
    d.sentences[si].tokens.clone().take(6).find_map(|k| {
        if !asks.contains(&d.lower(k)) || d.lw(k + 2) != "to" {
            return None;
        }
        // "them" is as often things ("if you want them to get ignored").
        match d.lw(k + 1) {
            "you" => Some(reader()),
            "them" => None,
            _ => third_of_token(cx, k + 1),
        }
    })
}

/// A name the sentence mentions, as its actor: not a place or a tool after a preposition ("was
/// written in Python"; "broken on Windows" in a draft that never says he or she).
fn actor_named(cx: &Cx, k: usize) -> Option<Voice> {
    let object = crate::engine::sentence::object_of_preposition(&cx.doc, k, !cx.speaks_of_he_she());
    (!object).then(|| third_of_token(cx, k)).flatten()
}

/// "she", "his" → she / he; "Sam", "Sam's" → Sam.
/// The person token `k` names when it is he, she, they or a name ("he" in "You told me that
/// he is lazy"): a label's own subject.
pub(crate) fn third_subject(cx: &Cx, k: usize) -> Option<Voice> {
    use crate::engine::sentence::word;
    (cx.has(k, word::THIRD_WORD) || cx.has(k, word::NAME))
        .then(|| third_of_token(cx, k))
        .flatten()
}

fn third_of_token(cx: &Cx, k: usize) -> Option<Voice> {
    let w = cx.doc.lower(k);
    let pronoun = crate::engine::vocab::words::List(
        "she:she|she's:she|her:she|hers:she|herself:she|he:he|he's:he|his:he|him:he|himself:he|\
they:they|they're:they|their:they|them:they|themselves:they",
    )
    .lookup(w);
    let name = match w {
        _ if pronoun.is_some() => pronoun?.to_string(),
        // "the cache used by Lindqvist et al.", "Okafor and Lin (2019)": an author cited, not
        // the person the feedback is for.
        _ if cited(cx, k) => return None,
        // "Team members keep fixing her errors": a word before a group of people names no one.
        _ if cx.doc.lw(k + 1).strip_suffix('s').is_some_and(|n| {
            crate::engine::vocab::words::ROLE_NOUNS.contains(&n)
        }) =>
        {
            return None
        }
        // "Despite the training, his reports …", "Once again …": a word that opens a sentence
        // is capitalised without being anyone's name.
        // "Python", "Docker": a tool, capitalised, is nobody's name.
        _ if cx.has(k, word::TECH) => return None,
        // "thank you @Mirak for …": a handle the writer speaks to, not about.
        _ if addressed(cx, k) => return None,
        // "the Windows default", "our Jenkins job": after a determiner and before a noun, a
        // capitalised word names a product or a place that the noun belongs to.
        _ if List("the|a|an|our|your|their|its").contains(&cx.doc.lw(k.wrapping_sub(1)))
            && !cx.doc.raw(k).contains('\'')
            && cx.doc.is_word(k + 1)
            && !cx.doc.tokens[k + 1].capitalized =>
        {
            return None
        }
        _ if cx.doc.tokens[k].kind == TokenKind::Word
            && (cx.doc.tokens[k].capitalized || cx.doc.tokens[k].caps)
            && !crate::engine::vocab::words::List(
                "despite|once|regardless|whether|given|based|unless|until|upon|without|within|throughout|over|across|along|amid|among|around|beyond|past|toward|towards|against|beside|besides|several|many|most|few|both|each|every|numerous|multiple|various|considering|following|including|unlike|from|wow|hired|work|tasks|further|people|everyone|everybody|someone|somebody|anyone|nobody|users|folks|yeah|closes|quit",
            )
            .contains(&w) =>
        {
            let raw = cx.doc.raw(k);
            let raw = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("’s"))
                .unwrap_or(raw);
            if cx.doc.tokens[k].caps {
                super::edit::cap_first(&raw.lowercase()) // "AISHA" → "Aisha"
            } else {
                raw.to_string()
            }
        }
        _ => return None,
    };
    Some(Voice {
        interpersonal: false,
        reticent: false,
        person: Person::Third,
        name,
    })
}

/// Is the @handle at `k` the reader: thanked ("thank you @Mirak", "thanks @Mirak") or in a
/// sentence that says "you"?
fn addressed(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let start = d.tokens[k].start;
    if start == 0 || cx.text.as_bytes()[start - 1] != b'@' {
        return false;
    }
    let thanked = (k.saturating_sub(3)..k).any(|j| List("thank|thanks").contains(&d.lower(j)));
    let r = d.sentences[d.tokens[k].sentence].tokens.clone();
    thanked || r.into_iter().any(|j| cx.has(j, word::READER))
}

/// Is the capitalised word at `k` an author's name in a citation: before "et al", a year in
/// brackets, or "and" and a second name before the year?
fn cited(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let year = |j: usize| {
        d.lw(j) == "("
            && d.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
    };
    // "(e.g., Moreau and Lind, 2011)": a year after a comma, as author-year lists write it.
    let listed = |j: usize| {
        d.lw(j) == ","
            && d.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 4)
    };
    let second = d.lw(k + 1) == "and" && d.tokens.get(k + 2).is_some_and(|t| t.capitalized);
    d.lw(k + 1) == "et" && d.lw(k + 2).starts_with("al")
        || year(k + 1)
        || listed(k + 1)
        || second && (year(k + 3) || listed(k + 3))
}

/// "As far as I know, you were …", "Last time I checked, you're …": the reader as the subject
/// after an opening clause.
fn reader_subject_in(cx: &Cx, start: usize, end: usize) -> Option<Voice> {
    let d = &cx.doc;
    cx.tokens_in(start, end)
        .any(|k| {
            k > 0
                && d.lower(k - 1) == ","
                && (crate::engine::vocab::words::List("you're|you've|you'd").contains(&d.lower(k))
                    || d.lower(k) == "you"
                        && crate::engine::vocab::words::List(
                            "are|were|was|have|had|did|do|keep|never|always|should|need|can't|don't",
                        )
                        .contains(&d.lw(k + 1)))
        })
        .then(reader)
}

/// "Oh great, I broke CI again": the writer as the subject after a lead-in.
fn writer_in(cx: &Cx, start: usize, end: usize) -> Option<Voice> {
    cx.tokens_in(start, end).find_map(|k| {
        if aside(cx, k) {
            return None;
        }
        let w = cx.doc.lower(k);
        if crate::engine::sentence::pronoun(w) != Some(Who::Writer) {
            return None;
        }
        let name = if w.starts_with('i') || w == "my" {
            "I"
        } else {
            "we"
        };
        Some(Voice {
            interpersonal: false,
            reticent: false,
            person: Person::Writer,
            name: name.into(),
        })
    })
}

/// "…, I guess.", "I mean, …", "I'd say.": the writer's aside frames the sentence; it is not
/// what the sentence is about.
fn aside(cx: &Cx, k: usize) -> bool {
    let d = &cx.doc;
    let framing = crate::engine::vocab::words::List(
        "guess|suppose|think|believe|feel|mean|reckon|imagine|admit|say|hope|gather",
    );
    matches!(d.lower(k), "i" | "i'd") && framing.contains(&d.lw(k + 1)) && !d.is_word(k + 2)
}

/// The first he/she/they (or possessive) in `start..end`.
fn third_person_in(cx: &Cx, start: usize, end: usize) -> Option<Voice> {
    cx.tokens_in(start, end).find_map(|k| {
        cx.has(k, crate::engine::sentence::word::THIRD_WORD)
            .then(|| third_of_token(cx, k))
            .flatten()
    })
}

/// The person the whole draft is about: "you" if it ever speaks to the reader, else the first
/// named person or he/she/they, else nobody.
pub fn draft_voice(cx: &Cx) -> Voice {
    let holes = crate::engine::placeholders::placeholders(&cx.doc);
    let outside = |k: usize| {
        let t = &cx.doc.tokens[k];
        !holes.iter().any(|&(a, b)| a <= t.start && t.end <= b)
    };
    let addressed = (0..cx.doc.tokens.len())
        .any(|k| outside(k) && cx.has(k, crate::engine::sentence::word::READER));
    if addressed {
        return reader();
    }
    let named = cx.views.iter().find_map(|v| match v.who {
        Who::Person => v.subject.and_then(|k| third_of_token(cx, k)),
        _ => v.named.and_then(|k| actor_named(cx, k)),
    });
    let nobody = Voice {
        interpersonal: false,
        reticent: false,
        person: Person::Nobody,
        name: String::new(),
    };
    // Praise, a peer note or a code review with no one named is written to its reader; a
    // performance review with no one named is about the work.
    let fallback = if cx.mode == Mode::PerformanceReview {
        nobody
    } else {
        reader()
    };
    named
        .or_else(|| third_person_in(cx, 0, cx.text.len()))
        .or_else(|| writer_in(cx, 0, cx.text.len()))
        .unwrap_or(fallback)
}

/// A review sentence without its subject, opening on the reviewed person's verb: "Needs
/// motivation.", "Has potential.", "Lacks focus."
fn fragment(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    let k = cx.tokens_in(b.start, b.end).start;
    cx.mode == Mode::PerformanceReview
        && k < d.tokens.len()
        && List("needs|lacks|has|shows|seems|displays|demonstrates|struggles|tends|takes|works|willing|able|eager|always|never|often|rarely|consistently")
            .contains(&d.lower(k))
}

/// Words of how someone works with people.
fn interpersonal(cx: &Cx, b: &Body) -> bool {
    cx.tokens_in(b.start, b.end)
        .any(|k| cx.has(k, crate::engine::sentence::word::INTERPERSONAL))
}

fn reticent(cx: &Cx, b: &Body, interpersonal: bool) -> bool {
    let d = &cx.doc;
    // "rarely speaks up", "doesn't share her thoughts", "dont voice concerns": speech held back.
    let held_back = |k: usize| {
        List("speak|speaks|share|shares|voice|voices|contribute|contributes|participate|participates")
            .contains(&d.lower(k))
            && (k.saturating_sub(2)..k).any(|j| {
                List("rarely|seldom|never|not|don't|doesn't|dont|doesnt|didn't|hardly").contains(&d.lower(j))
            })
    };
    // (A word like "quiet" speaks of a person only in a sentence about working with people.)
    cx.tokens_in(b.start, b.end).any(|k| {
        interpersonal
            && List("shy|quiet|silent|reserved|timid|introverted|withdrawn|meek|hesitant|passive|aloof|standoffish")
                .contains(&d.lower(k))
            || held_back(k)
    })
}

/// Example facts for placeholders, fitting the kind of feedback.
pub struct Examples {
    /// When/where: "the March product launch".
    pub situation: &'static str,
    /// A behavior that fell short, in the past tense without a subject.
    pub slip: &'static str,
    /// Its effect.
    pub slip_impact: &'static str,
    /// A next step, in the base form without a subject.
    pub next: &'static str,
    /// Good work, in the past tense without a subject.
    pub good: &'static str,
    /// Its effect.
    pub good_impact: &'static str,
    /// The good work as a noun phrase.
    pub good_thing: &'static str,
    /// A stretch goal, base form.
    pub stretch: &'static str,
    /// What backs a claim about the work.
    pub evidence: &'static str,
    /// A decision to ask about.
    pub choice: &'static str,
}

const REVIEW: Examples = Examples {
    situation: "the March launch review",
    slip: "sent the pricing update two days after the deadline",
    slip_impact: "sales quoted old prices for a week",
    next: "flag a slipping deadline at least two days ahead",
    good: "ran the onboarding calls for three new customers",
    good_impact: "cut their setup time from two weeks to four days",
    good_thing: "the onboarding plan for the three new customers",
    stretch: "lead the planning for the next launch",
    evidence: "two customers asked for refunds the week it shipped",
    choice: "why the launch moved to a Friday",
};

const PEER: Examples = Examples {
    situation: "Monday's design sync",
    slip: "cut in before the designer had finished",
    slip_impact: "the designer stopped raising concerns",
    next: "let others finish before replying",
    good: "reviewed the proposal within a day",
    good_impact: "let the team start building on Wednesday",
    good_thing: "the quick review of the proposal",
    stretch: "run the next design sync",
    evidence: "the last two retros ran half an hour over",
    choice: "why the retro was skipped",
};

const CODE: Examples = Examples {
    situation: "the `loader` module",
    slip: "left `parse()` re-reading the file on every call",
    slip_impact: "the import took 40 seconds",
    next: "read the file once before the loop",
    good: "extracted `retry()` into its own module",
    good_impact: "made the tests run in 2 seconds",
    good_thing: "the `v2` migration guide",
    stretch: "review the next storage change",
    evidence: "a link to the run or comment that shows it",
    choice: "why the file stays open after the loop",
};

/// A draft with no setting for examples (`Cx::bare_examples`): each example is the mark U+0001,
/// and `edit::fit_examples` drops it with its ", e.g." ("[impact]").
const BARE: Examples = Examples {
    situation: "\u{1}",
    slip: "\u{1}",
    slip_impact: "\u{1}",
    next: "\u{1}",
    good: "\u{1}",
    good_impact: "\u{1}",
    good_thing: "\u{1}",
    stretch: "\u{1}",
    evidence: "\u{1}",
    choice: "\u{1}",
};

/// A review sentence about working with people: its examples are about a meeting, not a
/// deadline.
const REVIEW_PEOPLE: Examples = Examples {
    slip: "cut in twice before the designer had finished",
    slip_impact: "the designer stopped raising concerns",
    next: "let others finish before replying",
    ..REVIEW
};

/// … about holding back in a meeting ("shy", "reserved").
const REVIEW_RETICENT: Examples = Examples {
    slip: "said nothing while the estimate was halved",
    slip_impact: "the team committed to a date that slipped",
    next: "raise one concern in each planning meeting",
    ..REVIEW
};

/// The examples for the sentence's subject and mode.
pub fn examples_for(cx: &Cx, v: &Voice) -> &'static Examples {
    let people = (v.interpersonal || v.reticent) && !cx.tech() && cx.mode != Mode::PeerFeedback;
    if people && v.reticent && !cx.bare_examples() {
        &REVIEW_RETICENT
    } else if people && !cx.bare_examples() {
        &REVIEW_PEOPLE
    } else {
        examples(cx)
    }
}

/// The examples for the draft's mode (a code-like draft gets code examples), and none for a
/// draft that gives no setting they would fit (`Cx::bare_examples`).
pub fn examples(cx: &Cx) -> &'static Examples {
    if cx.bare_examples() {
        &BARE
    } else if cx.tech() {
        &CODE
    } else if cx.mode == Mode::PeerFeedback {
        &PEER
    } else {
        &REVIEW
    }
}

/// "… and your docs are wrong": the word at `j` starts a clause (after "and", "but", a comma,
/// or the sentence's start), so it is the subject's ("I tried to patch your script" is not).
fn opens_clause(cx: &Cx, j: usize) -> bool {
    let d = &cx.doc;
    let si = d.tokens[j].sentence;
    j == d.sentences[si].tokens.start
        || List("and|but|,|;|because|since|so").contains(&d.lower(j - 1))
}
