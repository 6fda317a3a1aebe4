//! `vague-criticism`: criticism with nothing concrete to act on ("needs improvement", "needs to
//! be cleaner"), and review comments that are only an empty ask ("Please rework this.").
use crate::engine::context::Cx;
use crate::engine::vocab::words::{List, ROLE_NOUNS};
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::model::Mode;
use crate::engine::sentence::{writer_names_someone, Who};
use crate::engine::suggest;
use crate::engine::text::TokenKind;
use crate::engine::vocab::{Match, Tag};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::VagueCriticism,
        category: Category::Vague,
        severity: Severity::Warning,
        what: "Criticism with no example (\"needs improvement\", \"communicate better\", \"won't scale\"), and review comments that are only an empty ask (\"Please rework this.\", \"Why?\", \"This looks odd.\").",
        why: "A judgment with no observable example can't be acted on and is easy to dismiss. SBI (Center for Creative Leadership) asks for the situation, the behavior and its impact instead.",
        source: "Situation-Behavior-Impact, Center for Creative Leadership; Correll & Simard, HBR 2016",
        example: "You need to communicate better.",
        instead: "In yesterday's review, the third acronym lost the product managers. Let's practice the explanation together.",
        known_false_positives: "A summary whose example comes two sentences later. A bare \"Why?\" about the line it is attached to in a review tool (the engine sees only the text).",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -6.0,
        challenge: 5.0,
        label: "criticism without an example",
    },
    suggest: Some(suggest::sbi::vague_criticism),
    review_label: Some("suggestion (non-blocking)"),
};

/// Criticism that names nothing the reader could act on.
pub const PHRASES: &str = "\
needs improvement|need improvement|needs work|needs more work|needs to improve|need to improve|\
could be better|can be better|should be better|communicate better|communicate more|\
work on your communication|improve your communication|communication skills|be more proactive|\
more proactive|take more ownership|show more ownership|show more leadership|more of a leader|\
step up|step it up|up your game|do better|be better|needs to be cleaner|needs to be better|\
needs to be simpler|needs to be more|be more professional|more attention to detail|\
be more careful|won't scale|will not scale|doesn't scale|does not scale|not scalable|\
overcomplicated|over complicated|overly complicated|too complicated|too complex|overengineered|\
over engineered|hard to follow|hard to read|hard to understand|difficult to follow|\
not good enough|not great|subpar|sub par|not up to par|below expectations|poor quality|\
low quality|not up to standard|lacks polish|is messy|is a mess|is sloppy|is confusing|is unclear|\
not clear enough|meh|needs polish|needs cleanup|needs cleaning up|be cleaner|more consistent|\
more engaged|more visible|more strategic|think bigger|raise the bar|not there yet|\
missing the mark|misses the mark|not what i expected|not what we need|isn't good|is not good|\
doesn't look right|does not look right|looks off|feels off|i don't like|not a fan|is weird|\
looks weird|seems off|is off|done differently|do it differently|not sure about this|fix this|\
clean this up|clean it up|improve the code|code quality|more readable|not readable|less readable|\
rewrite this|redo this|is wrong|is bad|looks wrong|looks bad|is not right|isn't right|not ideal|\
doesn't make sense|does not make sense|makes no sense|could be improved|can be improved|\
should be improved|not good|more careful";

/// "I need to do better", "I must step up": the writer asks something of themselves.
fn self_demand(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    d.sentences[si]
        .tokens
        .clone()
        .any(|k| List("need|needs|must|should|have|has").contains(&d.lower(k)))
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    check_phrases(cx, out);
    bare_ask(cx, out);
    sentences(cx, out);
}

/// "Sitting down with her manager would be good for her", "Continued mentoring would be
/// good for her": the writer's wish for a step, the next step itself.
/// "I trust that her slips were a one-off and will not happen again": the writer's hope that
/// a lapse ends, about what comes next.
pub(crate) fn wishes(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let hopes = List("i|we").contains(&d.lw(r.start)) && List("trust|hope").contains(&d.lw(r.start + 1));
    r.clone().any(|k| {
        (d.lower(k), d.lw(k + 1)) == ("would", "be")
            && List("good|great|helpful|nice|beneficial|useful|ideal").contains(&d.lw(k + 2))
            && List("for|if|to").contains(&d.lw(k + 3))
            || hopes && matches!((d.lower(k), d.lw(k + 1)), ("will", "not") | ("won't", _))
    })
}

/// "I firmly recommend we dismiss him", "We have decided to move him": the
/// writer's decision about what the organisation does, the conclusion of the criticism before
/// it, not a criticism of anyone to back with an example.
fn decides(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    let decision = List("recommend|propose|suggest|advise|decided|plan|intend|request");
    cx.views[si].who == Who::Writer
        && toks.clone().take(4).any(|k| {
            let next = if d.lw(k + 1) == "that" { k + 2 } else { k + 1 };
            // ("I recommend terminating his contract": a course of action in -ing.)
            let ing = d.lw(next).len() > 4 && d.lw(next).ends_with("ing");
            decision.contains(&d.lower(k)) && (ing || List("we|to|our|the").contains(&d.lw(next)))
        })
        || crate::engine::sentence::writer_proposes(cx.doc, si)
        || sanctioned(cx, si)
        // "He is not recommended for promotion": the decision, reported.
        || toks.clone().any(|k| d.lower(k) == "recommended" && d.lw(k + 1) == "for")
}

/// "… he has been banned from the project", "the thread was locked": a moderator's sanction,
/// reported as done; no example or next step will undo it.
fn sanctioned(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    d.sentences[si].tokens.clone().any(|k| {
        List("blocked|banned|suspended|kicked|locked|muted").contains(&d.lower(k))
            && List("been|was|were|is|are|be|being").contains(&d.lw(k.wrapping_sub(1)))
    })
}

/// A sentence that criticises a person or their work, or demands improvement, and names nothing
/// concrete ("His work is not up to standard.", "She needs to step up."): not in code review or
/// a thread about software, where the line under the comment is the example.
fn sentences(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.mode == Mode::Praise || cx.code_thread() {
        return;
    }
    let flagged = cx.sentences_flagged(out, RuleId::VagueCriticism);
    let replies = crate::engine::text::replies(cx.doc.text);
    let reviewed = cx.names_someone();
    for (si, v) in cx.views.iter().enumerate() {
        // Most sentences criticise no one: the cheap test first.
        if !v.criticism {
            continue;
        }
        // A reply in a thread argues with a post: only what it says to the reader ("you keep
        // missing the point") reviews someone; a character, a vendor or a rule it discusses
        // is no one's work under review.
        if replies && !cx.sentence_has(si, crate::engine::sentence::word::READER) {
            continue;
        }
        // Where no one is reviewed (no name, no he or she: a thread), "I" and "we" tell of
        // themselves: an apology, a plan, the same bug met ("sorry your week went badly", "we
        // won't change it for now"). A view of the reader still judges ("I find your fix wrong"),
        // and so does the writer's own lapse ("I was rude to you").
        let d = cx.doc;
        if v.who == Who::Writer
            && !reviewed
            && !d.sentences[si].tokens.clone().any(|k| {
                List("think|feel|believe|find|see|expect|expected|disappointed|frustrated|concerned|concern|worried|upset|annoyed|unhappy|tired|sick")
                    .contains(&d.lower(k))
                    // "…, so I'll be blunt: your work has slipped": a clause to the reader.
                    || k > 0 && matches!(d.lower(k - 1), ":" | ";") && matches!(d.lower(k), "you" | "your")
                    || k > 0
                        && cx.is(k, crate::engine::vocab::class::NEGATIVE)
                        && d.lower(k) != "sorry"
                        && List("was|am|were|been|i'm|we're").contains(&d.lower(k - 1))
            })
        {
            continue;
        }
        // In a thread about software, "they" and a name are a vendor, a maintainer or a
        // character in a bug report ("They owe you nothing"), not the person under review.
        if v.who == Who::Person && (cx.tech() || group(cx, si)) {
            continue;
        }
        // "I need to do better" still asks for an example of itself.
        if !matches!(v.who, Who::Person | Who::Reader)
            && !v.improve
            && !self_demand(cx, si)
            && super::missing_sbi::writers_account(cx, si)
        {
            continue;
        }
        // About no one in particular, a supposition or an ask ("if she's not allowed, …",
        // "maybe you can help me there", "please remove the semi-colon") judges no one's work.
        // A review's singular they ("if they would engage more") is someone.
        let supposes = || {
            let mut r = cx.doc.sentences[si].tokens.clone().map(|k| cx.doc.lower(k));
            !r.clone().any(|w| List("they|their|them|person").contains(&w))
                && r.any(|w| List("if|would|could|might|maybe|perhaps|let's|please|can").contains(&w))
        };
        if matches!(v.who, Who::Other | Who::Writer)
            && v.named.is_none()
            && !cx.mentions_he_she(si)
            && supposes()
        {
            continue;
        }
        let about_someone = about_someone(cx, si);
        let first = cx.doc.sentences[si].tokens.start;
        // "I'm not saying she owns the server, she owns the folder": the writer narrows their
        // own claim ("I'm not saying you're lazy, but …" still turns to one).
        let d = cx.doc;
        let clarifies = matches!(
            (d.lower(first), d.lw(first + 1), d.lw(first + 2)),
            ("i'm" | "im", "not", "saying" | "suggesting") | ("i", "don't" | "dont", "mean")
        ) && !d.sentences[si].tokens.clone().any(|k| d.lower(k) == "but");
        if clarifies || decides(cx, si) || wishes(cx, si) {
            continue;
        }
        let example_follows =
            first < cx.doc.tokens.len() && cx.evidence_follows(first) || cx.introduces(si);
        if !about_someone
            || v.specific
            || example_follows
            || cx.facts[si].question
            || cx.facts[si].because
        {
            continue;
        }
        let already = flagged[si];
        if already {
            continue;
        }
        let message = "Criticism without an example: what happened, and what should change?";
        let (a, b) = cx.sentence_core(si);
        // "Although he struggled at first, he is tenacious": the weakness is in the conceded
        // clause, and the main clause praises: the finding is the whole sentence.
        let faults = |k: usize| {
            cx.is(k, crate::engine::vocab::class::NEGATIVE | crate::engine::vocab::class::NEGATOR)
                || cx.has(k, {
                    use crate::engine::sentence::word::{FEW, IMPROVE_HEAD, NT};
                    NT | FEW | IMPROVE_HEAD
                })
        };
        let main = Some(after_concession(cx, a, b)).filter(|&m| (m..b).any(faults));
        out.push(cx.finding(&RULE, main.unwrap_or(a), b, message.to_string()));
    }
}

/// "While he is a solid analyst, he doesn't seem keen on mentoring": the criticism is the
/// main clause; the conceded praise stays out of the finding (and out of its rewrite).
fn after_concession(cx: &Cx, a: usize, b: usize) -> usize {
    let d = cx.doc;
    if !List("while|although|though|whereas").contains(&d.lower(a)) {
        return a;
    }
    (a + 2..b)
        .find(|&k| d.lower(k) == ",")
        .filter(|&k| d.is_word(k + 1) && k + 1 < b)
        .map_or(a, |k| k + 1)
}

/// "They never answer the tickets" in a draft that names no one and never says he or she: a
/// team, a vendor or a project, not a person under review. (Peer feedback is about one peer,
/// whom "they" may name.)
pub(crate) fn group(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    if cx.mode == Mode::PeerFeedback {
        return false;
    }
    let they = cx.views[si]
        .subject
        .is_some_and(|k| List("they|they're|their|them").contains(&d.lower(k)));
    // "This worker is …; they …": a review of one person all the same.
    let someone =
        cx.names_someone() || (0..d.tokens.len()).any(|k| ROLE_NOUNS.contains(&d.lower(k)));
    they && !someone
}

/// Is sentence `si` about a person: the one reviewed (he, she, a name), the writer's
/// view of someone, "his work", or a fragment whose subject is left out ("Needs coaching.")?
pub(crate) fn about_someone(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let v = cx.views[si];
    let r = d.sentences[si].tokens.clone();
    // "I will delete them", "fix them": after a verb that acts on things, "them" is files or
    // lines, not people.
    let things = |k: usize| {
        d.lower(k) == "them"
            && k > 0
            && List("delete|remove|fix|merge|move|drop|rename|revert|squash|update|rebase|split|clean|rip|pull|strip|inline|rewrite|comment")
                .contains(&d.lower(k - 1))
    };
    // "their" and "them" are someone's only in a draft that names a person (a review's
    // singular they); in a thread they are users, maintainers or files.
    let named = cx.views.iter().any(|v| v.named.is_some());
    let owner = || {
        r.clone().any(|k| match d.lower(k) {
            w if List("he|she|his|her|him").contains(&w) => true,
            "their" | "them" => named && !things(k),
            _ => false,
        })
    };
    // "Needs to be rebased.": a thing acted on, not a person falling short.
    let passive = |k: usize| {
        d.lw(k + 1) == "to"
            && d.lw(k + 2) == "be"
            && d.lw(k + 3).ends_with("ed")
            && d.lw(k + 3) != "improved"
    };
    let fragment = || {
        r.clone().find(|&k| d.is_word(k)).is_some_and(|k| {
            List("needs|lacks|requires|struggles|fails|misses|shows").contains(&d.lower(k))
                && !passive(k)
        })
    };
    match v.who {
        Who::Person => true,
        // "You don't need these parens": a review comment to its reader is judged by the
        // label and harsh rules, not as a review of a person.
        Who::Reader => false,
        // "I don't see Pat advancing", "I have doubts about him".
        Who::Writer => writer_names_someone(cx, si),
        Who::Other => owner() || fragment(),
    }
}

/// "The flag is off by default", "the cron job is off until Monday": a state, not "something is
/// off".
fn switched_off(cx: &Cx, m: &Match) -> bool {
    let d = cx.doc;
    d.lower(m.end - 1) == "off"
        && cx.same_sentence(m.start, m.end)
        && List("by|until|during|for|when|unless|after|in|on|at").contains(&d.lw(m.end))
}

/// "no handler gets the time to clean this up", "a way to fix this": an action named after
/// "to" that nobody is asked to take ("you need to clean it up", "please try to fix this" ask).
fn aimless_infinitive(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    let imperative = List("fix|clean|rewrite|redo|improve").contains(&d.lower(k));
    let asked = List("need|needs|have|has|had|want|wants|please|you|going|got|try|ought|able|like|job|duty|responsibility|task")
        .contains(&d.lw(k.wrapping_sub(2)));
    imperative && d.lw(k.wrapping_sub(1)) == "to" && !asked
}

/// "The wording could be improved; ideas are welcome": the writer invites changes to their own
/// work.
fn invited(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    d.sentences[si].tokens.clone().any(|k| {
        let asked = |b: usize| {
            List("suggestions|feedback|ideas|input|comments|improvements|patches|prs")
                .contains(&d.lw(k.wrapping_sub(b)))
        };
        List("welcome|welcomed|appreciated").contains(&d.lower(k)) && (asked(1) || asked(2))
    })
}

fn check_phrases(cx: &Cx, out: &mut Vec<Finding>) {
    let mut crit: Vec<Match> = cx.matches_of(RuleId::VagueCriticism).copied().collect();
    comparative_demand(cx, &mut crit);
    comparative_request(cx, &mut crit);
    let mut last_end = 0usize;
    crate::sort::sort_by_key(&mut crit, |m| (m.start, std::cmp::Reverse(m.end)));
    for m in crit {
        if m.start < last_end || cx.negated(m.start, 2) && !cx.doc.lower(m.start).starts_with("not")
        {
            continue;
        }
        let f = cx.facts_at(m.start);
        // "Her communication skills are outstanding": the topic of praise, not a complaint.
        let v = cx.views[cx.doc.tokens[m.start].sentence];
        let praised = v.praise && !v.criticism && !comparative(cx.doc.lower(m.end - 1));
        // "I would try to fix this myself": the writer's own account asks nothing of anyone.
        let own = !matches!(v.who, Who::Person | Who::Reader)
            && !v.improve
            && !self_demand(cx, cx.doc.tokens[m.start].sentence)
            && super::missing_sbi::writers_account(cx, cx.doc.tokens[m.start].sentence);
        // "So in the end, this does not make sense.": the conclusion of the argument before it.
        let si = cx.doc.tokens[m.start].sentence;
        let first = cx.doc.sentences[si].tokens.start;
        let concludes = si > 1 && List("so|thus|therefore|hence|consequently").contains(&cx.doc.lower(first));
        if praised
            || own
            || concludes
            || crate::engine::sentence::supposed(cx, m.start)
            || cx.anchored(m.start, false)
            || f.because
            || concrete_fix(cx, m.start, m.end)
            || made_so(cx, m.start)
            || cx.evidence_follows(m.start)
            || cx.introduces(si)
            || code_follows(cx, m.start)
            || fix_offered(cx, si + 1)
            || switched_off(cx, &m)
            || fix_weighed(cx, m.start)
            || names_its_object(cx, m.end)
            || proposes(cx, m.end)
            || better_option(cx, si)
            || better_option(cx, si + 1)
            || prior_preferred(cx, si)
            || says_what(cx, m.end)
            || described_before(cx, m.start)
            || little_to(cx, m.start)
            || aimless_infinitive(cx, m.start)
            || invited(cx, si)
        {
            continue;
        }
        // "needs to be more careful": the phrase ends on "more", the finding on its adjective.
        let d = cx.doc;
        let end = if d.lower(m.end - 1) == "more"
            && d.is_word(m.end)
            && d.tokens[m.end].sentence == d.tokens[m.start].sentence
        {
            m.end + 1
        } else {
            m.end
        };
        last_end = end;
        out.push(cx.quoted(&RULE, m.start, end, "names no example: what happened, and what should change?"));
    }
}

/// "There are very few things Omar needs to improve", "nothing left for her to work on":
/// little or nothing to improve is praise.
fn little_to(cx: &Cx, s: usize) -> bool {
    let d = cx.doc;
    let first = d.sentences[d.tokens[s].sentence].tokens.start;
    // (Not "has little drive to grow": there the little is the drive.)
    (first..s).any(|k| {
        let what = match d.lower(k) {
            "few" => "areas|things|ways|points|aspects|skills|that|where",
            "little" => "that|where|room|he|she|they",
            w => return w == "nothing",
        };
        List(what).contains(&d.lw(k + 1)) && d.lw(k.wrapping_sub(1)) != "a"
    })
}

/// "… the cursor jumps to the first line after a save, which is wrong": the clause before
/// says what happens, and "which" points back at it.
fn described_before(cx: &Cx, s: usize) -> bool {
    let d = cx.doc;
    let k = s.wrapping_sub(1);
    let first = d.sentences[d.tokens[s].sentence].tokens.start;
    d.lw(k) == "which" && k >= first + 6
}

/// "it'd be better to note why the flag stays", "better to log it than to swallow it": the
/// comparison names what to do instead ("better to be careful" names nothing).
fn proposes(cx: &Cx, e: usize) -> bool {
    let d = cx.doc;
    // "He'd be better off asking sooner": the better course, named.
    let off = d.lower(e - 1) == "better" && d.lw(e) == "off" && d.lw(e + 1).ends_with("ing");
    off || List("better|cleaner|simpler|clearer|nicer").contains(&d.lower(e - 1))
        && d.lw(e) == "to"
        && d.is_word(e + 1)
        && cx.same_sentence(e, e + 1)
        && !List("be|do|improve|try").contains(&d.lw(e + 1))
}

/// "A queue per tenant would be better", "Sharding would work better": sentence `si` opens on
/// something new it offers as the better way (not "the threads could be better").
fn better_option(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let Some(s) = d.sentences.get(si) else {
        return false;
    };
    let first = d.lower(s.tokens.start);
    (List("a|an").contains(&first) || first.ends_with("ing"))
        && s.tokens.clone().any(|k| {
            d.lower(k) == "better"
                && List("be|work|scale").contains(&d.lw(k.wrapping_sub(1)))
                && d.lw(k.wrapping_sub(2)) == "would"
        })
}

/// "nit: The old layout of these tables was easier to scan": the earlier version named as the
/// better one, which says what to go back to.
fn prior_preferred(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    let prior = toks.clone().take(6).any(|k| {
        d.lower(k) == "the" && List("previous|old|original|earlier|former|prior|first").contains(&d.lw(k + 1))
    });
    prior && toks.clone().any(|k| List("more|better|easier|clearer|simpler|cleaner|nicer").contains(&d.lower(k)))
}

/// "It makes no sense that the default build throws", "no sense to retry on a 404": what makes
/// no sense is said ("makes no sense to me" says nothing more).
fn says_what(cx: &Cx, e: usize) -> bool {
    let d = cx.doc;
    d.lower(e - 1) == "sense"
        && cx.same_sentence(e - 1, e + 2)
        && (d.lw(e) == "that" || d.lw(e) == "to" && !List("me|us|you|anyone|anybody|them|him|her").contains(&d.lw(e + 1)))
}

/// "fix this stray tab", "rewrite this helper": "this" is a determiner, and the noun
/// after it names what to change ("fix this before Friday" names nothing).
fn names_its_object(cx: &Cx, e: usize) -> bool {
    let d = cx.doc;
    d.lw(e - 1) == "this"
        && d.is_word(e)
        && cx.same_sentence(e - 1, e)
        && !d.tokens[e].caps
        && !List("before|now|please|asap|up|for|in|on|at|by|to|and|or|so|then|again|first|soon|quickly|today|tomorrow|too|as|if|when|because|but|properly|one|already|once|pls|thanks|myself|yourself|either|though|later|here|there|anyway|yet")
            .contains(&d.lower(e))
}

/// "pinning the version could fix this", "I don't know how to fix this differently", "we are
/// going to fix this soon": a remedy proposed, sought or on its way, not a demand on anyone
/// (a person's "you should fix this" is one).
fn fix_weighed(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    if d.lower(k) != "fix" || k < 2 {
        return false;
    }
    let (prev, before) = (d.lower(k - 1), d.lower(k - 2));
    let modal = List("could|would|might|may|will|can").contains(&prev);
    let person = List("you|we|i|he|she|they|someone|u").contains(&before);
    modal && d.is_word(k - 2) && !person || prev == "to" && List("how|else|going").contains(&before)
}

/// "This makes no sense. `retries = 0` turns the loop off.": in a thread about code, a next
/// sentence with code in it is the example; in any draft about software, so is a next
/// sentence that names something specific (a number, a file, a version) and asks nothing (a
/// proposal "next week" is a next step, not an example).
fn code_follows(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let si = d.tokens[i].sentence;
    let next = d.sentences.get(si + 1);
    cx.code_thread()
        && next.is_some_and(|s| s.tokens.clone().any(|k| crate::engine::context::code_name(d, k)))
        || cx.tech() && cx.views.get(si + 1).is_some_and(|v| v.specific && !v.request)
}

/// "This reads oddly. You could use an iterator instead: …": in a code thread, sentence `si`
/// offers the reader the change, which is what the verdict lacked.
fn fix_offered(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let Some(s) = d.sentences.get(si) else {
        return false;
    };
    let k = s.tokens.start;
    let offer = d.lower(k) == "you"
        && List("might|could|should|may|probably|prob|want|can").contains(&d.lw(k + 1))
        || List("maybe|perhaps|consider|try|instead").contains(&d.lower(k));
    offer && (cx.mode == Mode::CodeReview || cx.code_thread() || cx.tech())
}

/// "needs to be cleaner", "should be simpler": a comparative with no yardstick.
fn comparative_demand(cx: &Cx, out: &mut Vec<Match>) {
    let d = cx.doc;
    let n = d.tokens.len();
    for i in cx.tokens_with(crate::engine::vocab::class::DEMAND) {
        if i + 2 >= n {
            continue;
        }
        let (a, b) = (d.lower(i), d.lower(i + 1));
        if !((a == "needs" || a == "need" || a == "should")
            && (b == "be" || (b == "to" && d.lw(i + 2) == "be")))
        {
            continue;
        }
        let j = if b == "be" { i + 2 } else { i + 3 };
        if j >= n
            || d.tokens[j].kind != TokenKind::Word
            || d.tokens[j].sentence != d.tokens[i].sentence
        {
            continue;
        }
        if comparative(d.lower(j)) && !d.is_word(j + 1) {
            out.push(Match {
                start: i,
                end: j + 1,
                tag: Tag::Rule(RuleId::VagueCriticism),
            });
        }
    }
}

/// A bare comparative: "better", "nicer", "cleaner".
fn comparative(w: &str) -> bool {
    List("cleaner|better|simpler|clearer|tighter|faster|stronger|smarter|nicer|neater|kinder|friendlier").contains(&w)
}

/// "Could you be nicer?", "Please do better.", "Be more careful.": a request that names no
/// behavior. The last word of the sentence must be the comparative ("do better on the tests"
/// names what).
fn comparative_request(cx: &Cx, out: &mut Vec<Match>) {
    let d = cx.doc;
    for i in 0..d.tokens.len() {
        let verb = d.lower(i);
        if !matches!(verb, "be" | "do") {
            continue;
        }
        let mut j = i + 1;
        if verb == "be" && List("more|a|bit|little").contains(&d.lw(j)) {
            j += 1;
        }
        let asked = i > 0 && List("you|please|just").contains(&d.lower(i - 1))
            || cx.opens_sentence(i);
        let ends = j < d.tokens.len() && !d.is_word(j + 1);
        let what = d.lw(j);
        let vague = comparative(what) || verb == "be" && d.lw(i + 1) == "more" && cx.is(j, crate::engine::vocab::class::POSITIVE);
        if asked && ends && vague && d.tokens[j].sentence == d.tokens[i].sentence {
            out.push(Match {
                start: i,
                end: j + 1,
                tag: Tag::Rule(RuleId::VagueCriticism),
            });
        }
    }
}

/// "This makes the parser more readable", "Makes the code cleaner.": the effect of a change,
/// described ("make it more readable" still asks for one).
fn made_so(cx: &Cx, a: usize) -> bool {
    (a.saturating_sub(4)..a).any(|k| cx.same_sentence(k, a) && List("makes|made").contains(&cx.doc.lower(k)))
}

/// "Extracting this into a helper would make it more readable", "better without the check":
/// the sentence names a concrete change, or a colon opens its reason, so the evaluation is not
/// empty.
fn concrete_fix(cx: &Cx, a: usize, b: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[a].sentence];
    // "This check is wrong: it skips the last element.": the colon opens the reason.
    let reason = d.lw(b) == ":" && cx.same_sentence(b, b + 4);
    reason || s.tokens.clone().filter(|&k| k < a || k >= b).any(|k| {
        let w = d.lower(k);
        List("extract|extracting|rename|renaming|move|moving|split|splitting|use|using|add|adding|remove|removing|replace|replacing|inline|inlining|merge|drop|dropping|instead|without|caching|simplify|simplifying|flatten|flattening|reorder|reordering").contains(&w)
    })
}

/// A short comment that is only an empty ask: "Please rework this.", "Hmm, not sure.",
/// "Why?", "This looks odd.", "Can you simplify this?". Every word is filler or an empty-ask
/// word, and nothing in the text gives an anchor, a reason or a named element.
fn bare_ask(cx: &Cx, out: &mut Vec<Finding>) {
    use crate::engine::vocab::class;
    let d = cx.doc;
    if d.sentences.len() > 3
        || cx
            .facts
            .iter()
            .any(|f| f.anchor || f.because || f.detail > 0.0)
    {
        return;
    }
    let total = d
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    if total > 14 {
        return;
    }
    // The whole comment must be empty: one sentence with content ("Why? `x` is unused") makes
    // the others a lead-in.
    let empty_word = |k: usize| {
        d.tokens[k].kind == TokenKind::Punct
            || d.tokens[k].kind == TokenKind::Word
                && cx.flags[k] & (class::EMPTY_ASK | class::FILLER) != 0
    };
    if !(0..d.tokens.len()).all(empty_word) {
        return;
    }
    for s in &d.sentences {
        let mut core = None;
        let mut words = 0;
        let mut empty = true;
        for k in s.tokens.clone() {
            let t = &d.tokens[k];
            if t.kind == TokenKind::Punct {
                continue;
            }
            words += 1;
            let fl = cx.flags[k];
            if t.kind != TokenKind::Word || fl & (class::EMPTY_ASK | class::FILLER) == 0 {
                empty = false;
                break;
            }
            if fl & class::EMPTY_ASK != 0 && core.is_none() {
                let needs_negation = List("sure|convinced|understand|like|get|agree|follow").contains(&d.lower(k));
                // "Why not." answers yes.
                let why_not = d.lower(k) == "why" && matches!(d.lw(k + 1), "not" | "no");
                if (!needs_negation || cx.negated(k, 3)) && !why_not {
                    core = Some(k);
                }
            }
        }
        if core.is_none() {
            continue;
        }
        if !empty || words == 0 || words > 10 {
            continue;
        }
        // Already flagged by a phrase ("not sure about this", "fix this").
        if out
            .iter()
            .any(|f| f.rule == RuleId::VagueCriticism && f.start < s.end && f.end > s.start)
        {
            continue;
        }
        out.push(cx.quoted(&RULE, s.tokens.start, s.tokens.end, "doesn't say what to change or why"));
    }
}

crate::rule_tests! {
    rule: VagueCriticism,
    fires: [
        // An ability said not to be shown is no praise.
        "Omar is capable of far more than he delivers.",
        // More of a good thing asked for is a demand, praise word or not.
        "He could show more initiative.",
        "She should show more initiative in planning.",
        // A problem "with him" after the copula, whatever praise words it holds.
        "The problem is keeping him motivated.",
        "Lena is a spectator rather than a leader. She rarely speaks up.",
        // A demand to raise a trait, with no behavior named.
        "Sami needs to increase her motivation on the data work.",
        // A view of the reader's work still judges it.
        "I see little drive in your work on the tasks we give you.",
        // A doubtful or uneven record is criticism, however mild the word.
        "His reporting has been patchy.",
        "I won't sugarcoat it, I'll be direct: your reports have not been up to par.",
        // A next step after it, however specific, is no example of what fell short.
        "You always push back on comments in code reviews. I think the review threads could be \
         better.\n\nCould we pick one review next week and go through the comments together?",
        "I am not sure Sam is ready for a lead role.",
        "I doubt he is ready.",
        "He could be more proactive in meetings.",
        "She could be a great lead with some coaching on delegation.",
        "He rarely helps his teammates.",
        "Please fix this before the release.",
        "Please clean this up.",
        "Aisha could maybe be a bit more proactive in planning.",
        "Jordan joined in March. Sadly their reports have been poor.",
        "The design doc is unclear.",
        "Omar could work on his estimates.",
        "She often shows up to work late.",
        "I don't like this approach.",
        "He has done little to improve his estimates.",
        "Sam joined in May. They are always late.",
        "This employee rarely speaks up. They are always late.",
        "You need to communicate better.",
        "She should be considered for a performance improvement plan.",
        "Your code needs to be cleaner",
        "That design won't scale",
        "Honestly, you need to step up.",
        "Please make this more readable.",
        "Please rework this.",
        "Hmm, not sure.",
        "Why?",
        "This looks odd.",
        "Can you simplify this?",
        "I don't understand this.",
        "I'm not convinced this is the right approach.",
        "Is this necessary?",
        "He regularly turns in sub-par reports.",
        "Needs constant coaching.",
        "She could use some additional training.",
        "He needs to apply himself more.",
        "More effort needs to go into his performance.",
        "She struggles with directions and needs reminders to hit her goals on time.",
        "I don't see Pat advancing much further.",
        "He did not deliver as well as we hoped.",
        "He has not improved at all since joining the team.",
        "There is room for her to grow.",
        "There are a few areas he could improve on.",
        "He should get more training to sharpen his skills.",
        "I would like to see more consistency in her work.",
        "I feel there could be more urgency from Tomas.",
        "I recommend against promoting him.",
        "He is on track for dismissal unless things change soon.",
        "I see a few things Omar needs to improve.",
        "Omar shows little drive to do better on his estimates.",
    ],
    quiet: [
        // A feeling the writer recommends ("should be pleased with") is a verdict in their favour.
        "Kai should be pleased with his attendance this year.",
        // "never leaves early" denies a slip: praise.
        "Lena arrives on time daily and she never leaves early.",
        // Problems someone approaches or solves are none of theirs.
        "Her approach to problems is steady.",
        // A condition denies nothing yet; "can't afford" is a constraint, not a refusal.
        "Sam said he will release the port. If he won't release it, I will pick it up and finish it.",
        "Two vendors left the codec out. They cannot afford to get sued by Acme.",
        // A forecast in someone's favour; "behind the scenes" is out of sight, not late.
        "I think Omar can be a strong asset for the group.",
        "Omar has shown real skill on the sales floor and behind the scenes.",
        // What someone would be to a team: a forecast in their favour.
        "Working with him would be a joy for any team.",
        // The decision, reported.
        "He is not recommended for promotion this year.",
        // A slip denied is praise.
        "He never wastes time in meetings.",
        "Theo is not one to rush his reviews, nor does he waste a meeting.",
        // The writer invites changes to their own work.
        "Here is my summary of the scoping rules. The wording could be improved; ideas are welcome.",
        // A doubt denied is trust.
        "I never question whether he has checked his sources.",
        // Little concern is a compliment.
        "There is little concern about his reliability.",
        // A recommended course of action, and a hope that a lapse ends.
        "Omar missed every deadline. I recommend terminating his contract at the end of the month.",
        "I trust that his attendance problems were a one-off and will not happen again.",
        // A sanction reported as done.
        "After months of hostile replies, he has been banned from the forum for his conduct.",
        // An action named after "to" that nobody is asked to take.
        "If the job dies early, no handler gets the time to clean this up.",
        "Lena joined in May. Continued mentoring would be good for her growth.",
        // The writer's wish for a step is the next step itself.
        "Lena joined in May. Sitting down with her manager about her goals would be good for her.",
        "Lena joined in May. Shadowing a senior analyst next quarter would be great for her.",
        // A better option named, in this sentence or the next.
        "That won't scale well. A queue per tenant would be better.",
        "Omar joined in May. He would be better off asking for help sooner.",
        // Little or nothing to improve is praise.
        "There are very few things Omar needs to improve.",
        "There is little that Omar needs to improve on.",
        // A step the writer proposes is the next step itself.
        "Let's offer him help with what looks like a scheduling problem.",
        // What someone said, reported: the words are the example.
        "She told me she is uncomfortable working near the loading dock.",
        // The writer's decision, after the criticism that led to it.
        "His output was 40% below target in each of the last four quarters. I firmly recommend we dismiss him at once.",
        // An apology and a plan in a thread: "Anyhow," opens a sentence; it names no one.
        "I regret that my last reply did not help with your case. No change is planned soon, I hope that is fine. Anyhow, we would be glad to talk it over with you.",
        // What happens, described before "which is wrong" points back at it.
        "The badge of the closed tab is drawn over the open one which is wrong.",
        // The effect of a change, described.
        "Drops the dead flag. Makes the parser much more readable.",
        // Amazement denies nothing.
        "I can't believe how far Theo has come this year.",
        // Praise stressed by a negation: no criticism.
        "I can't imagine the support desk without Rosa.",
        "Her code quality has held up and has not slipped since March.",
        // A colon that opens a list of what went wrong gives the examples.
        "He needs to improve his communication:\n1. he missed two standups\n2. he left the design thread open",
        "She never checks her drafts, so they often carry slips like wrong dates, broken links, and typos.",
        // In a thread, the writer's own plan or apology judges no one's work.
        "We don't intend to change this for now, I hope that's fair to you.",
        // A capital between "my shiny" and a noun is a product, not someone under review.
        "I hit the same problem using my shiny Mint laptop.",
        "Ana ships clean releases. She will be ready to move up within a year if she keeps this up.",
        "He could be a valuable asset to the firm.",
        "He has never refused a request for help from the team.",
        "The flag is off by default.",
        "The old save folder was there first. Players never put files in it. So, deleting it on update does not make sense.",
        "Plugins that ship their own themes will look terrible in dark mode.",
        "I knew you could do it, even though it was not easy.",
        "My bad, but please drop the stray comma while you are at it.",
        "Nothing more to add, he exceeded every goal we set.",
        "indentation is off here and in the body below by two spaces",
        "Yes, I would try to fix this myself, but I cannot write that language.",
        "could you fix this stray tab in the header",
        "Across the year there was never a low week, and he keeps shipping on time.",
        "It's possible that pinning the version could fix this for everyone.",
        "The encoding branch is awkward; I don't know how to fix this differently.",
        "We are going to fix this soon.",
        // A reply argues about a third party; it reviews no one's work.
        "@dana Triaging every crash report was never part of his role.",
        // In a draft about software, a specific next sentence is the example.
        "This retry loop looks wrong. It sleeps for 30 seconds after the third failed request.",
        "This cache key looks weird. It drops the locale on 3 of the 12 test files.",
        "The vendor's team is huge. They never ship anything useful.",
        "These helpers do not seem to be used at all, so I would rip them out until they work.",
        "Ignore the old flags, I will remove them in a follow-up patch.",
        "She asks the lead for advice if a task is unclear or needs more context.",
        "He will be a great success on this team for years.",
        "We no longer patch it, so you can remove that.\n\nSee `eutils` in the build file.",
        "They never fix anything, and the maintainers ignore every bug report about the build.",
        "Her release notes are flawless and I have never found a typo in them.",
        "Her communication skills are outstanding.",
        "Jonas doesn't slack, even in release week.",
        "Ines logs in on time, if not ten minutes before her stand-up.",
        "She asks a teammate for help if she is unclear about a ticket.",
        "Tariq is nothing but reliable on call. He is great.",
        "There is little to improve in how Rosa runs the on-call rotation.",
        "The `parse_headers` function is hard to follow because it mixes IO and parsing.",
        "This won't scale past 10,000 rows: the query does a full scan.",
        "Extracting the retry loop into a helper would make this more readable.",
        "Please rework this to use the helper in utils.py.",
        "Why is the timeout 30 seconds here?",
        "Can you simplify this with a match on the enum?",
        "I don't understand why `retry` runs twice.",
        "Why? The lock is already held by the caller.",
        "This looks odd because the flag is inverted.",
        "This branch is wrong: it skips the last element of the batch.",
        "This looks odd, as the flag is inverted.",
        "She has not improved since the cache was added, as the query still scans every row.",
        "Why not.",
        "Sure, will do.",
        "I like this.",
        "Much better now.",
        "I think it would be better without the retry loop.",
        "It'd be better to note why the option stays than to leave dead code around.",
        "It makes no sense that the default build throws on startup.",
        "Looks good to me.",
        "It is not overcomplicated at all.",
        "You're doing great, no need to change anything.",
        "You don't need these parentheses.",
        "She doesn't make many mistakes in her reports.",
        "He solves problems other people walk away from.",
        "She learns from her mistakes.",
        "I am confident she can improve on this.",
        "He is often late to the morning standup.",
        "She misses most of the planning meetings.",
        "He should be proud of the work he did.",
        "Noor should be considered for a promotion next cycle.",
        "She gives her all on every project.",
        "He handles many daily tasks without complaint.",
        "Sam is nothing less than an exemplary employee.",
        "It would be a shame to lose him.",
        "He can be proud of the job he did.",
        "He is exactly where he needs to be.",
        "She regularly helps colleagues while taking initiative on her projects.",
        "I can't wait to see where her career goes.",
        "She does not struggle with her workload.",
        "He generally performs well and requires little extra guidance.",
        "Needs to be renamed.",
        "He stayed late all week to learn the modules he needs help with.",
        "This makes no sense. A MAX_RETRIES of 0 disables the retry.",
        // The earlier version named as the better one.
        "nit: The old layout of these tables seems more readable.",
    ],
    mode Mode::PeerFeedback => {
        fires: ["Thanks for asking. They never answer my messages on time."],
        quiet: []
    },
    mode Mode::CodeReview => {
        fires: ["The spacing here is off."],
        // The next sentence offers the reader the change.
        quiet: [
            "The spacing here is off. You could align the columns with the header.",
            // The author agrees and promises the change.
            "Will rework it, this function is a mess.",
        ]
    },
}

#[cfg(test)]
mod span_tests {
    use crate::engine::{analyze, rule::RuleId};

    #[test]
    fn a_demand_for_more_ends_on_its_adjective() {
        let a = analyze("This needs to be more robust.");
        let f = a.findings.iter().find(|f| f.rule == RuleId::VagueCriticism);
        assert_eq!(f.map(|f| f.end), Some("This needs to be more robust".len()));
    }
}
