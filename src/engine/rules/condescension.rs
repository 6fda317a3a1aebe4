//! `condescension`: contempt, condescension or dismissal ("any idiot", "what were you
//! thinking", "get lost", "stop posting", "learn how git works", "wasting everyone's time"):
//! rhetorical questions at the reader ("how is this not obvious", "in what world"), orders to
//! study first ("read the docs before you file"), repetition complaints ("I have explained this
//! three times"), exasperation ("oh, come on.", "Just no."), contempt verdicts ("makes zero
//! sense") and pet names for the reader ("Oh, sweetie, …").
use crate::engine::context::Cx;
use crate::engine::vocab::words::List;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab::{class, Match};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Condescension,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "Contempt or dismissal (\"any idiot\", \"how is this not obvious\", \"I have explained this three times\").",
        why: "Condescension tells the reader they are beneath the writer; studies of incivility in open-source discussion (Ferreira et al. 2021) find it drives people away. Ask, don't belittle.",
        source: "Ferreira et al., ICSME 2021; Kim Scott, Radical Candor (obnoxious aggression)",
        example: "What were you thinking? Any idiot knows to close the file.",
        instead: "The file handle isn't closed on the error path; a `with` block would cover it.",
        known_false_positives: "Not flagged: \"read the docs for the flags\" mid-sentence, \"I ran it three times\", \"what was I thinking\". Still flagged: a sincere \"are you even able to reproduce it?\", a moderator's \"your tone\".",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -14.0,
        challenge: 3.0,
        label: "condescension",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("question"),
};

pub const PHRASES: &str = "\
high horse|dumpster fire|on drugs|on crack|you were smoking|he was smoking|she was smoking|\
they were smoking|wrong on so many levels|broken on so many levels|shame on|not cool|\
so not cool|makes zero sense|makes absolutely no sense|no sense whatsoever|amateur hour|\
no idea what you're|no idea what you are|must be new here|done arguing|waste of everyone's time|\
waste of our time|what a joke|what a disaster|what a farce|you obviously never|you clearly never|\
you've obviously never|you've clearly never|do us a favor|do us all a favor|do everyone a favor|\
are you even|were you even|is he even|is she even|couldn't care less|could care less|\
are you incapable|any idiot|any fool|even a child|even my grandma|what were you thinking|\
what was he thinking|what was she thinking|are you kidding|\
are you serious|you can't be serious|seriously ?|seriously ?!|seriously !?|seriously ??|seriously ???|seriously ????|how hard is it|\
how hard can it be|how many times|did you even|do you even|have you even|use your brain|\
use your head|is it too much to ask|i can't believe you|for god's sake|for heaven's sake|\
for crying out loud|give me a break|you should know better|you should have known|everyone knows|\
everybody knows|not rocket science|common sense|learn to read|\
learn to code|do your homework|who wrote this|who the hell|are you blind|can't you read|\
can you even|i shouldn't have to|i shouldn't need to|get a clue|grow up|shut up|shatup|shaddup|shuddup|nobody cares|\
no one cares|who cares|did you not|do you not|why would you ever|why on earth|what on earth|\
what is wrong with you|what's wrong with you|so obvious|pretty obvious|blindingly obvious|\
totally obvious|i'm tired of|sick of|fed up|waste of time|waste of my time|stop wasting|\
you have no idea|you clearly don't|you obviously don't|clearly don't care|obviously don't care|\
clearly doesn't care|obviously doesn't care|clearly do not care|you don't even care|they don't even care|doesn't even care|\
did anybody even|has anyone even|did anyone actually test|did anybody actually test|\
did anyone actually read|did anyone actually try|\
you clearly didn't|you obviously didn't|clearly you|obviously you|you don't even|you didn't even|\
smh|should feel bad|should feel ashamed|is unacceptable|completely unacceptable|\
totally unacceptable|you've got to be kidding|facepalm|nobody asked|\
no one asked|you have no clue|out of your mind|lost your mind|are you insane|are you crazy|\
are you nuts|are you stupid|are you on drugs|are you high|what were you smoking|what are you smoking|\
steaming pile|pile of crap|pile of garbage|pile of junk|pile of shit|load of crap|\
load of rubbish|load of nonsense|you do realize|you do realise|nobody sane|no sane person|\
and you know it|don't care what you think|do not care what you think|what part of|don't you understand|can't you understand|don't you get|\
get your act together|get out of here|should be ashamed|ashamed of yourself|should be fired|\
ought to be fired|stop spamming|i have to say this again|for the last time|how many more times|\
rtfm|lmgtfy|read the manual|is this a joke|kind of joke|sort of joke|are you trolling|\
stop trolling|utter garbage|pure garbage|complete garbage|total garbage|utter nonsense|\
complete nonsense|total nonsense|pure nonsense|utter crap|what a mess|what a total mess|what a complete mess|brain - damaged|brain damaged|brain - dead|what a waste|unbelievable|\
your attitude|attitude problem|you people|get a life|get real|did anyone even|does anyone even|\
did nobody|clueless|incompetence|embarrassing|pathetic|shame on you|\
why do you keep|you keep ignoring|you clearly did not|you obviously did not|\
how dare you|who do you think|you have no right|not my problem|cry me a river|boo hoo|whine|\
whining|stop complaining|just wow|good grief|oh my god|in what world|\
what's your problem|what is your problem|what's wrong with people|how is this not obvious|\
how is that not obvious|how is it not obvious|how was this not obvious|\
who thought this was a good idea|who thought that was a good idea|so you think you can|\
so you think it's|imagine thinking|surely you jest|acting like a child|acting like children|\
acting like a baby|not even going to bother|make zero sense|\
make absolutely no sense|utterly useless|utterly pointless|\
you can't even|you cannot even|who can't even|who cannot even|change careers|change your career|\
find another hobby|find another job|fix it now|fix this now|fix it already|fix this already|\
just fix it|fixed this years ago|fix it or|fix this or|what are you talking about|what are you on about|sorry , what ?|\
excuse me ?|enough of this|enough is enough|end of discussion|end of story|\
we're done here|we are done here|not up for debate|not up for discussion|the tone is|\
the tone you|the tone of your|your tone|this tone|that tone|such a tone|very unprofessional|\
so unprofessional|highly unprofessional|extremely unprofessional|incredibly unprofessional|\
why do you refuse|you refuse to|you keep refusing|for the third time|for the fourth time|\
for the fifth time|for the umpteenth time|for the nth time|for the hundredth time|\
for the millionth time|i'm sorry what|sorry what ?|turn on your brain|turn on the brain|\
do better|seriously ,|so tired of|i am tired of|you clearly don't care|you obviously don't care|you never cared|i already told you|i've already told you|i have already told you|you missed the point|you're missing the point|gaslighting|gaslight|gaslit|no regard for|no respect for|\
double standard|double standards|do your job|does your job|trying to silence me|\
trying to silence us|this attitude|that attitude|fix your|over and over|\
ever going to be fixed|baffles me|boggles the mind|too difficult for you|too hard for you|\
too difficult for some|too hard for some|would care to read|bother to read|bothered to read|\
bother to test|bothered to test|bother to check|bothered to check|\
didn't ask for a lecture|did not ask for a lecture|kill yourself|you should be killed|\
let me explain this slowly|let me explain it slowly|explain it slowly|\
explain this slowly|i'll type slowly|in small words|use small words|like you're five|\
like you are five|like you're 5|fragile ego|bruised ego|massive ego|inflated ego|\
you should die|you will be banned|you'll be banned|i will report you|i'll report you|\
you never understood|you never quite understood|you never listened|spare me the|spare us the|\
welcome to the real world|git gud|skill issue|get rekt|rekt|cope harder|cope and seethe|stay mad|\
sweetie|sweetheart|kiddo|honey|just no|\
obviously have no idea|clearly have no idea|obviously have no clue|clearly have no clue|\
you clearly haven't|you obviously haven't|you haven't even|third time you've|fourth time you've|\
umpteenth time you|getting tired of|getting really tired of|really tired of|getting sick of|\
this is a joke|this must be a joke|this has to be a joke|don't care what your|do not care what your|\
obviously don't understand|clearly don't understand|obviously do not understand|\
clearly do not understand|told you so|told you this before|told you that before|\
i've told you before|i have told you before|i told you before|\
not going to waste more time|not going to waste any more time|won't waste more time|\
won't waste any more time|can't waste any more time|cannot waste any more time";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let from = out.len();
    dismissals(cx, out);
    repetition(cx, out);
    smug_questions(cx, out);
    // Shapes aimed at the reader start at "you"/"your".
    for i in cx.tokens_with(class::PERSON) {
        not_listening(cx, i, out);
        if let Some(end) = you_keep(cx, i) {
            out.push(cx.quoted(&RULE, i, end, "accuses the reader of a habit"));
        }
        dismissed_input(cx, i, out);
        if let Some(end) = know_what_it_is(cx, i) {
            out.push(cx.quoted(&RULE, i - 1, end, "asks whether the reader knows the basics"));
        }
    }
    // "am I really pathetic here", "too lazy to RTFM": the writer mocking themselves.
    let keep = |m: &Match| {
        let self_talk = (m.start.saturating_sub(4)..m.start).any(|k| {
            cx.same_sentence(k, m.start)
                && crate::engine::vocab::words::List("i|i'm|im|me|my|myself").contains(&cx.doc.lower(k))
        });
        // Demands ("fix it now", "just fix it") are orders only when they open the sentence.
        let w = cx.doc.lower(m.start);
        // "Fix your buildbots instead" (an order replacing an answer); "I have said it over and
        // over" (repetition, only of what was said).
        if w == "fix" && cx.doc.lw(m.start + 1) == "your" {
            return cx.opens_sentence(m.start)
                && (cx.doc.lw(m.end) == "own" || in_sentence(cx, m.start, "instead"));
        }
        if w == "over" {
            return in_sentence(cx, m.start, "said repeating told explained asked");
        }
        // "If you don't care about Windows, skip this step": a condition, not an accusation.
        if w == "you" && List("care|cared").contains(&cx.doc.lower(m.end - 1)) {
            let conditional = (m.start.saturating_sub(2)..m.start)
                .any(|k| List("if|when|unless|whether").contains(&cx.doc.lower(k)));
            return !conditional && !cx.facts_at(m.start).question;
        }
        // "Do better." and "Seriously, …" as a sentence's opening ("we can do better here" is not).
        if (w == "do" || w == "seriously" && cx.doc.lw(m.start + 1) == ",") && m.end - m.start == 2
        {
            let ends = !cx.same_sentence(m.start, m.end)
                || crate::engine::vocab::words::List(".|!|!!").contains(&cx.doc.lower(m.end));
            return cx.opens_sentence(m.start)
                && (w == "seriously" || ends)
                && !cx.facts_at(m.start).thanks_or_fix;
        }
        // "not cool enough to show", "on crack-free roads": a degree or a compound, not a rebuke.
        // "Maybe I'm on crack, but …", "Shame on me": the writer mocking themselves.
        if matches!(
            (w, cx.doc.lw(m.start + 1)),
            ("not", "cool") | ("on", "crack" | "drugs")
        ) {
            return !self_talk && !List("enough|-|to").contains(&cx.doc.lw(m.end));
        }
        if w == "shame" {
            return !List("me|myself|us").contains(&cx.doc.lw(m.end));
        }
        // "I shouldn't have to explain this again" talks down; "I shouldn't have to restart
        // the app every hour" complains about the software.
        if w == "i" && cx.doc.lower(m.end - 1) == "to" {
            return List("tell|explain|remind|say|repeat|ask|point|spell|teach|keep|beg|chase|care|you")
                .contains(&cx.doc.lw(m.end));
        }
        // "No. Just no.": the refusal alone, as the whole sentence ("just no need to …" is not).
        if w == "just" && cx.doc.lw(m.start + 1) == "no" {
            return cx.opens_sentence(m.start) && !cx.same_sentence(m.start, m.end)
                || List(".|!|!!").contains(&cx.doc.lw(m.end));
        }
        // "Who do you think should own this?" asks; "Who do you think you are?" and "Who do you
        // think wrote it?" do not.
        if w == "who" && cx.doc.lw(m.start + 1) == "do" {
            return !List("should|would|could|can|will|might|is|are|was|were|of|about|we|i|has|have")
                .contains(&cx.doc.lw(m.end));
        }
        // Asking how often the reader "had to" explain something: their burden, in sympathy.
        if w == "how" && cx.doc.lw(m.end + 1) == "you" {
            let (a, b, c) = (cx.doc.lw(m.end), cx.doc.lw(m.end + 2), cx.doc.lw(m.end + 3));
            return !matches!((a, b, c), ("have", "had", "to") | ("did", "have", "to"));
        }
        // "The key question, how hard is it for newcomers?": a question put, not a scoff.
        if w == "how" && (m.start.saturating_sub(3)..m.start).any(|k| cx.doc.lower(k) == "question") {
            return false;
        }
        // "Oh, sweetie, …": a pet name for the reader, set off as a form of address.
        if PET_NAMES.contains(&w) {
            return addressed(cx, m.start);
        }
        // "Everyone knows Priya is our best writer": the crowd backs praise; it talks down to
        // no one.
        if w == "everyone" || w == "everybody" {
            let v = cx.views[cx.doc.tokens[m.start].sentence];
            return !v.praise || v.criticism;
        }
        if crate::engine::vocab::words::List("fix|just|fixed").contains(&w) && m.end - m.start > 2 {
            return !self_talk && (w == "fixed" || cx.opens_sentence(m.start));
        }
        !(self_talk && m.end - m.start == 1)
    };
    let message = |q: &str| format!("\"{q}\" talks down to the reader");
    cx.phrase_findings(&RULE, keep, message, out);
    // "you clearly didn't" (a phrase) and "you clearly didn't read the" (a shape) are one card:
    // the longest at each start, and nothing that overlaps it.
    let mut mine = out.split_off(from);
    crate::sort::sort_by_key(&mut mine, |f| (f.start, std::cmp::Reverse(f.end)));
    let mut end = 0;
    crate::engine::keep(&mut mine, &mut |f| {
        f.start >= end && {
            end = f.end;
            true
        }
    });
    out.append(&mut mine);
}

/// Pet names that talk down to a colleague when used to address them.
pub(crate) const PET_NAMES: List = List("sweetie|sweetheart|kiddo|honey");

/// Is token `i` a form of address: set off by a comma or the sentence's edge on both sides
/// ("Oh, sweetie, no.", "Read it again, kiddo.") and not part of a phrase ("honey badger",
/// "a darling of the press")?
fn addressed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let before = cx.opens_sentence(i) || List(",|oh|look|listen|ok|okay").contains(&d.lw(i.wrapping_sub(1)));
    let after = !cx.same_sentence(i, i + 1) || List(",|.|!|?|...").contains(&d.lw(i + 1));
    before && after
}

/// Dismissals built from word classes rather than fixed phrases, each only as the sentence's
/// opening verb: "stop" + a gerund about how the reader takes part ("stop posting"), "go read",
/// "get lost", "learn how/to …", "keep your … to yourself", "worst … ever", wasting other
/// people's time.
fn dismissals(cx: &Cx, out: &mut Vec<Finding>) {
    const DISMISS: &str = "dismisses the reader instead of answering them";
    const TALKS_DOWN: &str = "talks down to the reader";
    for i in cx.tokens_with(class::HEAT) {
        let found = match cx.doc.lower(i) {
            "stop" => stop_nagging(cx, i).map(|e| (e, DISMISS)),
            "go" if go_study(cx, i) => Some((i + 2, TALKS_DOWN)),
            "keep" => keep_to_yourself(cx, i).map(|e| (e, "silences the reader")),
            "worst" => worst_ever(cx, i).map(|e| (e, "is contempt, not a review")),
            w if List("get|go|buzz|calm|chill").contains(&w) => go_away(cx, i)
                .map(|e| (e, DISMISS))
                .or_else(|| mend_yourself(cx, i).map(|e| (e, TALKS_DOWN))),
            "learn" => learn_basics(cx, i).map(|e| (e, TALKS_DOWN)),
            "read" => read_first(cx, i).map(|e| (e, TALKS_DOWN)),
            "come" => come_on(cx, i).map(|e| (e, "is exasperation, not a reason")),

            "waste" | "wasting" | "wasted" => {
                wasting_time(cx, i).map(|e| (e, "tells the reader they are a burden"))
            }
            _ => None,
        };
        if let Some((end, why)) = found {
            out.push(cx.quoted(&RULE, i, end, why));
        }
    }
}

/// "Stop posting", "stop arguing": the end of the dismissal.
fn stop_nagging(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if !cx.same_sentence(i, i + 1) {
        return None;
    }
    let g = d.lower(i + 1);
    let ultimatum = i > 0 && d.lower(i - 1) == "or";
    if (cx.opens_sentence(i) || ultimatum) && nag_gerund(g) {
        return Some(i + 2);
    }
    // "Please stop the comments", "… or stop with the absurdity": the reader's posts as noise;
    // "can we please stop dragging politics into this thread?", "if you don't stop pushing your
    // agenda": any gerund aimed at the discussion itself.
    let asked = cx.opens_sentence(i)
        || i > 0 && one_of("please pls or", d.lower(i - 1))
        || i > 1 && one_of("don't dont", d.lower(i - 1)) && d.lower(i - 2) == "you";
    if !asked {
        return None;
    }
    let mut k = i + 1;
    while k < i + 4 && one_of("the these your with this", d.lw(k)) {
        k += 1;
    }
    const NOISE: &str =
        "comments posts spam nonsense absurdity drama noise idiocy stupidity insanity";
    if cx.same_sentence(i, k) && one_of(NOISE, d.lw(k)) {
        return Some(k + 1);
    }
    if !g.ends_with("ing") || g.len() < 5 {
        return None;
    }
    (i + 2..i + 8)
        .take_while(|&k| cx.same_sentence(i, k))
        .find(|&k| discussion_noun(d.lower(k)))
        .map(|k| k + 1)
}

/// What a dismissal says the reader is doing to the discussion: "off-topic", "your agenda".
fn discussion_noun(w: &str) -> bool {
    one_of(
        "thread threads off-topic offtopic topic politics political agenda drama bandwagon \
         bandwagons conversation maintainers issues tickets",
        w,
    )
}

/// "You just aren't getting what I'm saying", "you clearly didn't read the guidelines", "you don't
/// understand the issue": telling the reader they fail to listen, read or understand. Only about
/// what was said or asked (not "you don't get the logs unless you pass -v").
fn not_listening(cx: &Cx, i: usize, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut k = i + 1;
    if d.lower(i) == "you" && one_of("are were", d.lw(k)) {
        k += 1;
    } else if !one_of("you you're youre", d.lower(i)) {
        return;
    }
    if one_of("just simply clearly obviously still really", d.lw(k)) {
        k += 1;
    }
    // "you clearly have not read": the auxiliary goes with the negation.
    if one_of("have has", d.lw(k)) && d.lw(k + 1) == "not" {
        k += 1;
    }
    let verb = k + 1;
    let topic = |j: usize| {
        one_of(
            "point issue problem question thread docs documentation guidelines guide \
             contributing manual readme faq discussion comments subject title answer policy",
            d.lw(j),
        )
    };
    // "the point", "the previous discussion": the object, maybe after one adjective.
    let said = || {
        one_of("what my me anything", d.lw(verb + 1))
            || one_of("the this our", d.lw(verb + 1)) && (verb + 2..verb + 4).any(topic)
    };
    let at_home = || (i.saturating_sub(2)..i).any(|j| one_of("if when unless", d.lower(j)));
    let negated = one_of(
        "not aren't arent don't dont didn't didnt never can't haven't havent",
        d.lw(k),
    );
    let hears = one_of(
        "get getting understand understanding understood follow following listen listening \
         listened read reading",
        d.lw(verb),
    );
    // "you aren't following the policy": complying, not understanding ("not following the
    // point" is).
    let complies = || {
        one_of("follow following followed", d.lw(verb))
            && (verb + 2..verb + 4).any(|j| {
                one_of("policy guidelines guide contributing rules process template instructions", d.lw(j))
            })
    };
    // Asked at every "you": the cheap tests first.
    if negated
        && hears
        && said()
        && !complies()
        && cx.same_sentence(i, verb + 1)
        && !at_home()
        && !cx.facts_at(i).question
    {
        out.push(cx.quoted(&RULE, i, verb + 2, "tells the reader they fail to listen"));
    }
}

/// "You keep closing my issues", "you keep missing the point": the reader's habit of shutting
/// people out or getting it wrong (not "you keep improving").
fn you_keep(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let habit = List(
        "closing|ignoring|deleting|removing|locking|dismissing|breaking|missing|repeating|\
         spamming|pinging|derailing|twisting|moving|interrupting|reverting|hiding",
    );
    (d.lower(i) == "you"
        && d.lw(i + 1) == "keep"
        && habit.contains(&d.lw(i + 2))
        && cx.same_sentence(i, i + 2))
    .then_some(i + 3)
}

/// "Go read the spec.": sending the reader off to study.
fn go_study(cx: &Cx, i: usize) -> bool {
    cx.opens_sentence(i)
        && crate::engine::vocab::words::List("read|learn|google").contains(&cx.doc.lw(i + 1))
        && cx.same_sentence(i, i + 1)
}

/// "Keep your opinions to yourself."
fn keep_to_yourself(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if !cx.opens_sentence(i) || d.lw(i + 1) != "your" {
        return None;
    }
    let s = &d.sentences[d.tokens[i].sentence];
    (i + 2..s.tokens.end)
        .find(|&k| d.lower(k) == "yourself")
        .map(|y| y + 1)
}

/// "The worst code I've ever seen": a superlative of contempt, not "worst case".
fn worst_ever(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[i].sentence];
    (i + 1..s.tokens.end.min(i + 8))
        .find(|&k| d.lower(k) == "ever")
        .map(|e| e + 1)
}

/// "Get lost.", "Go away": an order to leave, only as the sentence's opening verb ("the warning
/// will go away", "chars get lost here" are not).
fn go_away(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let leave = matches!(
        (d.lower(i), d.lw(i + 1)),
        ("get", "lost") | ("go", "away") | ("buzz", "off") | ("calm", "down") | ("chill", "out")
    );
    let ends = !cx.same_sentence(i, i + 2) || crate::engine::vocab::words::List(".|!|and|,|!!").contains(&d.lw(i + 2));
    // "Calm down, please" asks; a bare "Calm down." dismisses.
    let asked = matches!(d.lower(i), "calm" | "chill") && in_sentence(cx, i, "please pls");
    // "If all you do is complain, go away": the order after its condition or a "just".
    let ordered = cx.opens_sentence(i)
        || i > 0 && List(",|just|then|now|so|please").contains(&d.lower(i - 1)) && cx.same_sentence(i - 1, i);
    (leave && ordered && ends && !asked).then_some(i + 2)
}

/// "Get your facts straight", "get your head examined", "get your moral compass recalibrated":
/// an order to fix the reader's mind or character (not "get your build fixed").
fn mend_yourself(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if d.lower(i) != "get" || d.lw(i + 1) != "your" || !cx.opens_sentence(i) {
        return None;
    }
    let faculty = List("head|eyes|brain|facts|priorities|compass|story|attitude|ego|morals|manners|mind");
    let noun = (i + 2..i + 4).find(|&k| cx.same_sentence(i, k) && faculty.contains(&d.lower(k)))?;
    // "re-calibrated": the participle may come after a prefix and a hyphen.
    (noun + 1..noun + 4)
        .take_while(|&k| cx.same_sentence(i, k))
        .find(|&k| d.lower(k).ends_with("ed") || List("straight|together|right").contains(&d.lower(k)))
        .map(|k| k + 1)
}

/// "Learn how git works", "maybe learn to read": an imperative lesson.
fn learn_basics(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let lesson = match d.lw(i + 1) {
        "how" | "what" => true,
        "to" => crate::engine::vocab::words::List("read|code|program|use|write|search|google|spell|test|think|listen").contains(&d.lw(i + 2)),
        "the" | "some" => crate::engine::vocab::words::List("basics|manners|language|fundamentals").contains(&d.lw(i + 2)),
        _ => false,
    };
    (cx.opens_sentence(i) && cx.same_sentence(i, i + 1) && lesson).then_some(i + 2)
}

/// "Read the docs before you file an issue", "read the thread first": an order to study before
/// speaking, only as the sentence's opening verb ("read the docs for the flags" is a pointer).
fn read_first(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if !cx.opens_sentence(i) || !crate::engine::vocab::words::List("the|our|my|some").contains(&d.lw(i + 1)) {
        return None;
    }
    let s = &d.sentences[d.tokens[i].sentence];
    let end = s.tokens.end.min(i + 8);
    let before = (i + 2..end).find(|&k| {
        matches!(d.lower(k), "before" | "first")
            && !(d.lower(k) == "first" && crate::engine::vocab::words::List("paragraph|section|line").contains(&d.lw(k + 1)))
    })?;
    let studied = (i + 2..before).any(|k| {
        crate::engine::vocab::words::List("docs|documentation|manual|readme|faq|thread|guidelines|instructions|comments|discussion|issue|template|conduct").contains(&d.lower(k))
    });
    studied.then_some(before + 1)
}

/// "Oh, come on.", "Come on!": exasperation as a sentence of its own (not "come on board", "come
/// on Monday").
fn come_on(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if d.lw(i + 1) != "on" || !cx.same_sentence(i, i + 1) {
        return None;
    }
    let s = &d.sentences[d.tokens[i].sentence];
    let words = |r: std::ops::Range<usize>| r.filter(|&k| d.is_word(k)).count();
    let before_ok = (s.tokens.start..i)
        .filter(|&k| d.is_word(k))
        .all(|k| crate::engine::vocab::words::List("oh|ah|aw|awww|c'mon|but|seriously").contains(&d.lower(k)));
    (before_ok && words(i + 2..s.tokens.end) == 0).then_some(i + 2)
}

/// Repetition complaints: "I have explained this three times now".
fn repetition(cx: &Cx, out: &mut Vec<Finding>) {
    for i in cx.tokens_with(class::HEAT) {
        let found = match cx.doc.lower(i) {
            "times" | "twice" => repeated(cx, i),
            "time" => nth_time(cx, i),
            _ => None,
        };
        if let Some((a, e)) = found {
            out.push(cx.quoted(&RULE, a, e, "complains about repeating yourself"));
        }
    }
}

/// "third", "umpteenth": how often something happened, in a repetition complaint.
pub(crate) fn ordinal(w: &str) -> bool {
    List("second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth").contains(&w)
}

/// "This is the third time I have asked", "the umpteenth time we've explained it": an ordinal
/// before "time", then the writer saying or asking it again ("the second time I ran it" is not).
fn nth_time(cx: &Cx, i: usize) -> Option<(usize, usize)> {
    let d = cx.doc;
    if i == 0 || !ordinal(d.lower(i - 1)) {
        return None;
    }
    let said = (i + 1..i + 5).take_while(|&k| cx.same_sentence(i, k)).find(|&k| {
        List("said|explained|told|answered|mentioned|repeated|asked|pointed|written|wrote|linked")
            .contains(&d.lower(k))
    })?;
    let writer = (i + 1..said).any(|k| List("i|i've|we|we've|i'm").contains(&d.lower(k)));
    writer.then_some((i - 1, said + 1))
}

/// "I have explained this three times now", "we've said it twice": the writer complaining that
/// they repeat themselves. `i` is "times" or "twice"; returns the span from the writer's verb.
fn repeated(cx: &Cx, i: usize) -> Option<(usize, usize)> {
    let d = cx.doc;
    if d.lower(i) == "times" {
        let count = i > 0
            && (d.tokens[i - 1].kind == crate::engine::text::TokenKind::Number
                || crate::engine::vocab::words::List("three|four|five|six|several|multiple|many|numerous|countless|umpteen|dozen|few").contains(&d.lower(i - 1)));
        if !count {
            return None;
        }
    }
    let from = i.saturating_sub(8);
    let verb = (from..i).rev().find(|&k| {
        cx.same_sentence(k, i)
            && crate::engine::vocab::words::List("said|explained|told|answered|mentioned|repeated|stated|asked|pointed|written|wrote|linked").contains(&d.lower(k))
    })?;
    let writer = (verb.saturating_sub(3)..verb).any(|k| {
        cx.same_sentence(k, verb)
            && crate::engine::vocab::words::List("i|i've|we|we've|i'd|we'd").contains(&d.lower(k))
    });
    (writer && !cx.facts_at(i).question).then_some((verb, i + 1))
}

/// "Wasting everyone's time", "waste my time": someone else's time, not a self-report.
fn wasting_time(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let whose = crate::engine::vocab::words::List("my|our|everyone's|everybody's|people's|reviewers'|maintainers'").contains(&d.lw(i + 1));
    let self_report = i > 0 && crate::engine::vocab::words::List("i|i've|i'm|we|we've").contains(&d.lower(i - 1));
    (cx.same_sentence(i, i + 2)
        && whose
        && matches!(d.lower(i + 2), "time" | "breath")
        && !self_report)
        .then_some(i + 3)
}

/// "Why did you … when it's obviously …?": "obviously"/"clearly" inside a question aimed at the
/// reader talks down to them.
fn smug_questions(cx: &Cx, out: &mut Vec<Finding>) {
    for i in cx.tokens_with(class::SMUG) {
        let f = cx.facts_at(i);
        if f.question && f.person {
            let why = "in a question to the reader talks down to them";
            out.push(cx.quoted(&RULE, i, i + 1, why));
        }
    }
}

/// "Your opinion does not matter here", "your arguments are irrelevant": the reader's say
/// dismissed as worthless, with no reason given ("your patch is invalid because it touches
/// generated files" is a review).
fn dismissed_input(cx: &Cx, i: usize, out: &mut Vec<Finding>) {
    const SAY: &str = "opinion opinions input argument arguments point points comment comments \
                   complaint complaints feedback idea ideas view views concerns strategy \
                   strategies suggestion suggestions pr patch rant";
    let d = cx.doc;
    if d.lower(i) != "your" {
        return;
    }
    let Some(n) = (i + 1..i + 3).find(|&k| one_of(SAY, d.lw(k))) else {
        return;
    };
    let mut k = n + 1;
    if !crate::engine::vocab::words::List("is|are|was|were|does|do").contains(&d.lw(k)) {
        return;
    }
    k += 1;
    let negated = matches!(d.lw(k), "not" | "n't");
    if negated {
        k += 1;
    }
    while one_of(
        "completely totally entirely simply just utterly really",
        d.lw(k),
    ) {
        k += 1;
    }
    let w = d.lw(k);
    let worthless = if negated {
        crate::engine::vocab::words::List("matter|welcome|relevant|needed|count").contains(&w)
    } else {
        one_of(
            "irrelevant invalid meaningless worthless moot baseless noise",
            w,
        )
    };
    let f = cx.facts_at(i);
    if worthless && cx.same_sentence(i, k) && !f.because && !f.question {
        out.push(cx.quoted(&RULE, i, k + 1, "dismisses what the reader says"));
    }
}

/// "Do you know what a mutex is?", "Do you understand what caching means?": quizzing the reader
/// on a concept. A question about a particular thing ("Do you know what the default is?", "…
/// what it is?") asks for information. Returns the end of the question.
fn know_what_it_is(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if i == 0 || d.lower(i) != "you" || d.lower(i - 1) != "do" || !cx.opens_sentence(i - 1) {
        return None;
    }
    let mut k = i + 1;
    if !one_of("know understand realize realise", d.lw(k)) || d.lw(k + 1) != "what" {
        return None;
    }
    k += 2;
    if matches!(d.lw(k), "a" | "an") {
        k += 1;
    }
    let concept = d.is_word(k)
        && !one_of(
            "it this that these those the your my our his her their there which he she they we i",
            d.lw(k),
        );
    let ends = one_of("is means", d.lw(k + 1)) && d.lw(k + 2) == "?";
    (concept && ends && cx.same_sentence(i, k + 2)).then_some(k + 3)
}

/// Does the sentence holding token `i` contain one of the words of `list`?
fn in_sentence(cx: &Cx, i: usize, list: &str) -> bool {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[i].sentence];
    s.tokens.clone().any(|k| one_of(list, d.lower(k)))
}

/// Is `w` one of the space-separated words of `list`? (Not inlined: one copy for every caller.)
#[inline(never)]
fn one_of(list: &str, w: &str) -> bool {
    list.split_ascii_whitespace().any(|x| x == w)
}

/// How a reader takes part in a discussion: "stop posting", "stop arguing".
fn nag_gerund(w: &str) -> bool {
    crate::engine::vocab::words::List("posting|spamming|whining|arguing|complaining|replying|trolling|bikeshedding|pinging|nagging|ranting|pestering|bumping|crying|lecturing|harassing|wasting|bitching|moaning|pretending|talking|commenting|preaching|derailing|hijacking|reopening|reposting|censoring|bashing|begging|interacting").contains(&w)
}


crate::rule_tests! {
    rule: Condescension,
    fires: [
        "So you didn't read the install guide before opening this.",
        "Okay, let me explain this slowly: the cache exists for a reason.",
        "Oh, honey, that flag was removed two releases ago.",
        "Look at the stack trace first, kiddo.",
        "Spare me the speech about semantic versioning.",
        "Welcome to the real world, where deadlines exist.",
        "Skill issue.",
        "No. Just no.",
        "Seriously??? The config was in the first post.",
        "You clearly have no idea how the allocator works.",
        "I have told you this before: the lock is per device.",
        "I'm not going to waste any more time on this series.",
        "If all you want is to vent about the API, go away.",
        "Please stop reopening tickets that were answered.",
        "Banned. His fragile ego could not take a no.",
        "Whoever merged this must have been on drugs.",
        "I wonder what you were smoking when you picked that name.",
        "This patch is wrong on so many levels.",
        "Shame on whoever approved this.",
        "Closing my report without a word is not cool.",
        "You do realize this breaks every plugin, right?",
        "I think you missed the point of the benchmark.",
        "That locking code is brain-damaged.",
        "Get your facts straight before you post again.",
        "Get your head examined.",
        "You have no clue how the scheduler works.",
        "Shaddup, the patch is fine.",
        "shatup",
        "Do you know what a mutex is?",
        "Do you understand what caching means?",
        "Get your priorities re-ordered.",
        "Are you on drugs? This can't work.",
        "The retry loop is a steaming pile.",
        "Nobody sane would ship this, and you know it.",
        "Honestly, what a total mess.",
        "This makes zero sense.",
        "Shipping it twice makes absolutely no sense.",
        "Honestly, this is amateur hour.",
        "You have no idea what you're doing.",
        "What were you thinking?",
        "Why did you add a cache when it obviously can't help?",
        "Get lost.",
        "Please stop spamming the tracker.",
        "Maybe learn how rebasing works first.",
        "You're wasting everyone's time here.",
        "Are you even reading the thread?",
        "I couldn't care less about that platform.",
        "You clearly haven't read the design doc.",
        "This is the third time you've pushed a broken build.",
        "I'm getting really tired of untangling your merges.",
        "This must be a joke.",
        "I don't care what your team lead says about deadlines.",
        "Keep your opinions to yourself.",
        "This is the worst parser I have ever seen.",
        "Go read the spec.",
        "Read the docs before you file an issue.",
        "Please read the thread first.",
        "Oh, come on.",
        "I have explained this three times now.",
        "Why do you keep ignoring the review comments?",
        "You clearly didn't run the tests before pushing.",
        "We've said it twice already.",
        "For the third time, the flag is off by default.",
        "How is this not obvious to you?",
        "This makes zero sense.",
        "That release notes page is utterly useless.",
        "Please stop reopening this ticket.",
        "So you think you can just ignore the style guide?",
        "Your tone is not helping here.",
        "Please stop interacting with this project.",
        "You should have fixed this years ago. Fix it now.",
        "Maybe you should change careers.",
        "What are you talking about? The flag was never there.",
        "Enough of this. The decision is final, end of discussion.",
        "Can we please stop dragging politics into a bug report?",
        "Please stop taking this thread off-topic.",
        "You just aren't getting what I'm saying.",
        "You clearly didn't read the contributing guidelines.",
        "You clearly have not read the previous discussion.",
        "The maintainers clearly don't care about Windows users.",
        "Did anyone actually test this before the release?",
        "You obviously haven't read the docs.",
        "You are not following the point at all.",
        "You never quite understood what the bug was.",
        "Seriously, why would anyone ship this without a changelog?",
        "Do better.",
        "I'm sorry what? That is not what the spec says.",
        "Your opinion does not matter here.",
        "Your arguments are completely irrelevant.",
        "Keep this up and you will be banned.",
        "You should be killed for this API.",
        "I did not ask for a lecture on caching.",
        "Next time I'll report you to the maintainers.",
        "Fix it or close the issue.",
        "The core team has no regard for its users.",
        "Such a double standard.",
        "Fix your own config instead.",
        "Please stop the comments that add nothing.",
        "Merge it or stop with the drama.",
        "I have said this over and over.",
        "Is this ever going to be fixed?",
        "This is the third time I have told you the same thing.",
        "It's the umpteenth time we've explained the release policy.",
        "You keep closing my issues without reading them.",
        "Calm down.",
        "Chill out, it is a beta.",
        "I already told you the flag is off by default.",
        "You broke my workflow and you clearly don't care.",
        "I am so tired of this project breaking every month.",
        "Nobody wants to review a patch with this attitude.",
        "It baffles me that nobody tested this.",
        "Is reading the changelog too hard for you?",
        "Did anyone even bother to test this?",
        "What are you smoking? That lock is held across the sleep.",
    ],
    quiet: [
        // A question put to the thread, not a scoff.
        "The key question, how hard is it for newcomers?",
        // A complaint about the software, not a put-down.
        "As a paying user, I shouldn't have to restart the app every hour.",
        // Not complying is no failure to listen.
        "Hi @sam, you aren't following the release policy of this project.",
        // Sympathy for the reader's burden, not impatience.
        "How many times did you have to explain the global scope to new users?",
        "The honey badger mascot is back in the README.",
        "She was the darling of the conference, and the talk earned it.",
        "Can you spare me ten minutes after standup?",
        "Who do you think should review the schema change?",
        "Just no need to rebase, the bot does it.",
        "I told you the release moved to Friday, right?",
        "Restart the daemon, then the warning should go away.",
        "Please stop closing the socket before the flush.",
        "Do what you think is best, I don't even care about the naming anymore.",
        "The demo is not cool enough to show yet.",
        "The test runs on crack-free samples only.",
        "The design works on so many levels.",
        "Maybe I'm on crack, but the numbers look off to me.",
        "Oops, I forgot the flag. Shame on me.",
        "The second time I ran it, the test passed.",
        "If you never cared about Windows builds, skip this step.",
        "You keep improving the docs, thank you!",
        "Please calm down, everyone.",
        "The queue should calm down after the release.",
        "A prefix would confuse new users who have no clue what stderr means.",
        "Why does the parser keep the trailing comma?",
        "It clearly didn't work on the ARM runner, so I reverted it.",
        "Sorry, I think I missed the point of the benchmark.",
        "Do you know what the default is?",
        "Do you know what it is?",
        "Do you know what version is installed?",
        "Get your build fixed first, then we can merge.",
        "Get your own copy of the config from the wiki.",
        "The pile of old tickets is getting smaller.",
        "Nobody saw the alert, and the disk filled up.",
        "Everyone knows Priya is the best writer on the team.",
        "Obviously we need tests before merging.",
        "I have no idea why the cache misses here.",
        "Sorting twice makes no sense here; one pass is enough.",
        "I was thinking about the cache.",
        "The warning should go away after the rebase.",
        "Some chars get lost in the conversion.",
        "Stop the worker before the migration runs.",
        "Stop using the global config here; pass it in.",
        "Learn more about the API in the docs.",
        "I wasted my time on the wrong branch, sorry.",
        "In the worst case the loop runs n times.",
        "Keep your branch rebased on main.",
        "Go ahead and merge.",
        "Read the docs for the list of flags.",
        "Read the first paragraph before the table.",
        "Come on board, the team is great.",
        "We can come on Monday.",
        "I ran the suite three times and it passed each time.",
        "The function is called twice per request.",
        "Have I said this three times?",
        "That makes sense.",
        "The old flag is useless now that the default changed.",
        "This check is completely pointless once the cache is warm.",
        "The tone of the error messages could be friendlier.",
        "Stop taking the lock twice in the retry path.",
        "I'll fix it now, thanks for the report.",
        "I fixed this years ago in the old parser.",
        "We kept the tone of the old docs.",
        "Which story are you talking about in the planning doc?",
        "Please stop adding features to this branch until the release.",
        "You don't get the logs unless you pass the verbose flag.",
        "If you don't read the docs first, the flags are confusing.",
        "Are you not getting the email notifications?",
        "Sorry, I didn't read the thread before replying.",
        "We can do better here.",
        "Seriously, thanks for fixing this so fast!",
        "Your patch is invalid because it edits a generated file.",
        "Your point is not irrelevant, but it belongs in another issue.",
        "Does your opinion matter to the vote?",
        "If the token expires, you will be logged out.",
        "Tell me if you'll be blocked by the migration.",
        "The worker should be killed when the parent exits.",
        "Could you fix it or point me to the right file?",
        "Are you ignoring me on purpose?",
        "You're ignoring merge commits in the count.",
        "Fix your indentation in the second hunk.",
        "The retry loop hits the same timeout over and over.",
        "Add a flag to stop the noise in the logs.",
        "This setting is too difficult for beginners to find.",
        "They make the same mistake over and over, despite repeated reminders.",
    ],
}
