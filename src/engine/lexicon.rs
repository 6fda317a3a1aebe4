//! Phrase tables and word classes: the engine's vocabulary, as data.
//!
//! Phrases are written as lowercased tokens separated by spaces, exactly as `text::tokenize`
//! produces them (contractions are one token: `don't`, `i'm`; punctuation is its own token).
//! All tables are compiled once into hash maps keyed on the first token (`OnceLock`), so
//! matching the whole text costs one lookup per token.
use super::text::{Doc, TokenKind};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FxHash-style word hasher: eight bytes per step. The tables are static, so no DoS concern.
#[derive(Default)]
pub struct Fnv(u64);
impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59)).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// What a phrase means to the engine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tag {
    /// Evaluation with no content: praise ("great work").
    VaguePraise,
    /// Evaluation with no content: criticism ("needs improvement").
    VagueCriticism,
    /// Softener that buries the message ("just", "sorry to bother").
    Softener,
    /// Epistemic hedge or weasel attribution ("it is believed", "possibly").
    Weasel,
    /// Backhanded or passive-aggressive ("no offense, but").
    Backhanded,
    /// Praise that asks nothing and says nothing ("no need to change anything").
    EmptyPraise,
    /// Condescension ("any idiot", "what were you thinking").
    Contempt,
    /// Sarcasm markers ("yeah, right", "thanks for nothing").
    Sarcasm,
    /// Fixed-mindset framing ("not cut out for", "naturally good at").
    FixedMindset,
    /// A person-label noun phrase ("team player", "people person").
    LabelNoun,
    /// Profane multi-word phrase ("what the hell").
    ProfanePhrase,
    /// Absolute frequency words ("always", "every time").
    Absolute,
    /// A phrase that moves the axes: care and challenge deltas, and a label for "why here".
    Signal(f32, f32, &'static str),
}

#[derive(Debug)]
pub struct Entry {
    pub phrase: &'static str,
    pub tag: Tag,
}

const fn e(phrase: &'static str, tag: Tag) -> Entry {
    Entry { phrase, tag }
}
const fn sig(phrase: &'static str, care: f32, challenge: f32, label: &'static str) -> Entry {
    Entry { phrase, tag: Tag::Signal(care, challenge, label) }
}

use Tag::*;

/// Praise that names nothing. With a concrete anchor nearby it is not vague.
pub const VAGUE_PRAISE: &[Entry] = &[
    e("good job", VaguePraise), e("great job", VaguePraise), e("nice job", VaguePraise), e("awesome job", VaguePraise),
    e("great work", VaguePraise), e("good work", VaguePraise), e("nice work", VaguePraise), e("excellent work", VaguePraise),
    e("awesome work", VaguePraise), e("amazing work", VaguePraise), e("solid work", VaguePraise), e("fantastic work", VaguePraise),
    e("well done", VaguePraise), e("keep it up", VaguePraise), e("keep up the good work", VaguePraise),
    e("keep up the great work", VaguePraise), e("doing great", VaguePraise), e("doing well", VaguePraise),
    e("doing a great job", VaguePraise), e("doing a good job", VaguePraise), e("doing fine", VaguePraise),
    e("work is fine", VaguePraise), e("work is good", VaguePraise), e("work is great", VaguePraise), e("good stuff", VaguePraise),
    e("great stuff", VaguePraise), e("nice stuff", VaguePraise), e("you're great", VaguePraise), e("you rock", VaguePraise),
    e("you're a rockstar", VaguePraise), e("great effort", VaguePraise), e("good effort", VaguePraise),
    e("great team player", VaguePraise), e("valuable member of the team", VaguePraise), e("asset to the team", VaguePraise),
    e("great attitude", VaguePraise), e("good attitude", VaguePraise),
];

/// Criticism that names nothing the reader could act on.
pub const VAGUE_CRITICISM: &[Entry] = &[
    e("needs improvement", VagueCriticism), e("need improvement", VagueCriticism), e("needs work", VagueCriticism),
    e("needs more work", VagueCriticism), e("needs to improve", VagueCriticism), e("need to improve", VagueCriticism),
    e("could be better", VagueCriticism), e("can be better", VagueCriticism), e("should be better", VagueCriticism),
    e("communicate better", VagueCriticism), e("communicate more", VagueCriticism), e("work on your communication", VagueCriticism),
    e("improve your communication", VagueCriticism), e("communication skills", VagueCriticism),
    e("be more proactive", VagueCriticism), e("more proactive", VagueCriticism), e("take more ownership", VagueCriticism),
    e("show more ownership", VagueCriticism), e("show more leadership", VagueCriticism), e("more of a leader", VagueCriticism),
    e("step up", VagueCriticism), e("step it up", VagueCriticism), e("up your game", VagueCriticism), e("do better", VagueCriticism),
    e("be better", VagueCriticism), e("needs to be cleaner", VagueCriticism), e("needs to be better", VagueCriticism),
    e("needs to be simpler", VagueCriticism), e("needs to be more", VagueCriticism), e("be more professional", VagueCriticism),
    e("more attention to detail", VagueCriticism), e("be more careful", VagueCriticism), e("won't scale", VagueCriticism),
    e("will not scale", VagueCriticism), e("doesn't scale", VagueCriticism), e("does not scale", VagueCriticism),
    e("not scalable", VagueCriticism), e("overcomplicated", VagueCriticism), e("over complicated", VagueCriticism),
    e("overly complicated", VagueCriticism), e("too complicated", VagueCriticism), e("too complex", VagueCriticism),
    e("overengineered", VagueCriticism), e("over engineered", VagueCriticism), e("hard to follow", VagueCriticism),
    e("hard to read", VagueCriticism), e("hard to understand", VagueCriticism), e("difficult to follow", VagueCriticism),
    e("not good enough", VagueCriticism), e("not great", VagueCriticism), e("subpar", VagueCriticism), e("sub par", VagueCriticism),
    e("not up to par", VagueCriticism), e("below expectations", VagueCriticism), e("poor quality", VagueCriticism),
    e("low quality", VagueCriticism), e("not up to standard", VagueCriticism), e("lacks polish", VagueCriticism),
    e("is messy", VagueCriticism), e("is a mess", VagueCriticism), e("is sloppy", VagueCriticism), e("is confusing", VagueCriticism),
    e("is unclear", VagueCriticism), e("not clear enough", VagueCriticism), e("meh", VagueCriticism),
    e("needs polish", VagueCriticism), e("needs cleanup", VagueCriticism), e("needs cleaning up", VagueCriticism),
    e("be cleaner", VagueCriticism), e("more consistent", VagueCriticism), e("more engaged", VagueCriticism),
    e("more visible", VagueCriticism), e("more strategic", VagueCriticism), e("think bigger", VagueCriticism),
    e("raise the bar", VagueCriticism), e("not there yet", VagueCriticism), e("missing the mark", VagueCriticism),
    e("misses the mark", VagueCriticism), e("not what i expected", VagueCriticism), e("not what we need", VagueCriticism),
    e("isn't good", VagueCriticism), e("is not good", VagueCriticism), e("doesn't look right", VagueCriticism),
    e("does not look right", VagueCriticism), e("looks off", VagueCriticism), e("feels off", VagueCriticism),
    e("i don't like", VagueCriticism), e("not a fan", VagueCriticism), e("is weird", VagueCriticism), e("looks weird", VagueCriticism),
    e("seems off", VagueCriticism), e("is off", VagueCriticism), e("done differently", VagueCriticism),
    e("do it differently", VagueCriticism), e("not sure about this", VagueCriticism), e("fix this", VagueCriticism),
    e("clean this up", VagueCriticism), e("clean it up", VagueCriticism), e("improve the code", VagueCriticism),
    e("code quality", VagueCriticism), e("more readable", VagueCriticism), e("not readable", VagueCriticism),
    e("less readable", VagueCriticism), e("rewrite this", VagueCriticism), e("redo this", VagueCriticism),
    e("is wrong", VagueCriticism), e("is bad", VagueCriticism), e("looks wrong", VagueCriticism), e("looks bad", VagueCriticism),
    e("is not right", VagueCriticism), e("isn't right", VagueCriticism), e("not ideal", VagueCriticism),
    e("doesn't make sense", VagueCriticism), e("does not make sense", VagueCriticism), e("makes no sense", VagueCriticism),
    e("could be improved", VagueCriticism), e("can be improved", VagueCriticism), e("should be improved", VagueCriticism),
    e("not good", VagueCriticism), e("be more careful", VagueCriticism), e("more careful", VagueCriticism),
];

/// Softeners that bury the message (a note: a little softening is fine, a lot hides the ask).
pub const SOFTENERS: &[Entry] = &[
    e("just wanted", Softener), e("just wondering", Softener), e("just a thought", Softener), e("just a suggestion", Softener),
    e("maybe", Softener), e("kind of", Softener), e("kinda", Softener), e("sort of", Softener), e("sorta", Softener),
    e("a bit", Softener), e("a little bit", Softener), e("a little", Softener), e("i guess", Softener), e("sorry to bother", Softener),
    e("sorry to bug", Softener), e("sorry to be a pain", Softener), e("i'm not sure but", Softener), e("i'm not sure if", Softener),
    e("not sure if", Softener), e("not sure but", Softener), e("i could be wrong", Softener), e("i might be wrong", Softener),
    e("i may be wrong", Softener), e("this might be a dumb question", Softener), e("this may be a silly question", Softener),
    e("if that's ok", Softener), e("if that's okay", Softener), e("if you don't mind", Softener), e("no pressure", Softener),
    e("no big deal", Softener), e("it's probably nothing", Softener), e("somewhat", Softener), e("slightly", Softener),
    e("perhaps", Softener), e("i suppose", Softener), e("hopefully", Softener), e("i hate to say", Softener),
];

/// Epistemic hedges and weasel attributions (Wikipedia's "weasel words"): a claim without an owner
/// or without commitment.
pub const WEASELS: &[Entry] = &[
    e("might", Weasel), e("may have", Weasel), e("possibly", Weasel), e("probably", Weasel),
    e("probable", Weasel), e("likely", Weasel), e("unlikely", Weasel), e("presumably", Weasel), e("apparently", Weasel),
    e("allegedly", Weasel), e("reportedly", Weasel), e("supposedly", Weasel), e("purportedly", Weasel), e("arguably", Weasel),
    e("conceivably", Weasel), e("seemingly", Weasel), e("reputedly", Weasel), e("suggests", Weasel), e("suggested", Weasel),
    e("suggest that", Weasel), e("suggesting", Weasel), e("seems", Weasel), e("seem", Weasel), e("seemed", Weasel),
    e("appears", Weasel), e("appear to", Weasel), e("appeared to", Weasel), e("is believed", Weasel), e("are believed", Weasel),
    e("was believed", Weasel), e("were believed", Weasel), e("it is thought", Weasel), e("is thought to", Weasel),
    e("are thought to", Weasel), e("was thought to", Weasel), e("is said to", Weasel), e("are said to", Weasel),
    e("was said to", Weasel), e("is considered", Weasel), e("are considered", Weasel), e("was considered", Weasel),
    e("often considered", Weasel), e("widely considered", Weasel), e("is regarded", Weasel), e("are regarded", Weasel),
    e("widely regarded", Weasel), e("generally regarded", Weasel), e("is claimed", Weasel),
    e("claim that", Weasel), e("some argue", Weasel), e("some say", Weasel), e("some believe", Weasel),
    e("some critics", Weasel), e("many critics", Weasel), e("some people", Weasel), e("many people", Weasel),
    e("some scholars", Weasel), e("many scholars", Weasel), e("some historians", Weasel), e("many historians", Weasel),
    e("some experts", Weasel), e("many experts", Weasel), e("some sources", Weasel), e("many believe", Weasel),
    e("it has been suggested", Weasel), e("it has been argued", Weasel), e("it has been said", Weasel),
    e("it has been claimed", Weasel), e("it is said", Weasel), e("it is believed", Weasel), e("it is widely", Weasel),
    e("it is often", Weasel), e("it is generally", Weasel), e("it is possible", Weasel), e("it is likely", Weasel),
    e("it is unclear", Weasel), e("is unclear", Weasel), e("is uncertain", Weasel), e("uncertain", Weasel),
    e("according to some", Weasel), e("widely", Weasel), e("generally", Weasel),
   
    e("largely", Weasel), e("perhaps", Weasel), e("maybe", Weasel), e("could be", Weasel), e("could have", Weasel),
    e("would suggest", Weasel), e("indicating", Weasel),
    e("potentially", Weasel), e("speculated", Weasel), e("rumored", Weasel), e("rumoured", Weasel),
    e("is known as one of", Weasel), e("one of the most", Weasel), e("one of the best", Weasel),
    e("one of the greatest", Weasel), e("one of the largest", Weasel), e("one of the first", Weasel),
    e("one of the leading", Weasel), e("among the most", Weasel), e("is thought", Weasel), e("believed to", Weasel),
    e("thought to be", Weasel), e("considered to be", Weasel), e("considered one of", Weasel), e("regarded as", Weasel),
    e("known to be", Weasel), e("said to be", Weasel), e("tend to", Weasel), e("tends to", Weasel), e("whether", Weasel),
    e("some", Weasel), e("many", Weasel), e("several", Weasel),
    e("critics", Weasel), e("experts", Weasel), e("observers", Weasel), e("believe", Weasel), e("believes", Weasel),
    e("suspected", Weasel), e("putative", Weasel), e("assumed", Weasel), e("assume", Weasel), e("presumed", Weasel),
    e("hypothesized", Weasel), e("notable", Weasel), e("notably", Weasel), e("famous", Weasel),
    e("well known", Weasel), e("best known", Weasel), e("important", Weasel), e("significant", Weasel),
    e("influential", Weasel), e("renowned", Weasel), e("prominent", Weasel),
    e("acclaimed", Weasel),
    e("often called", Weasel),
    e("often credited", Weasel), e("often described", Weasel), e("often cited", Weasel), e("legendary", Weasel), e("finest", Weasel),
    e("noteworthy", Weasel), e("heralded", Weasel), e("acclaim", Weasel), e("controversial", Weasel), e("controversy", Weasel),
    e("alleged", Weasel), e("supposed", Weasel), e("a majority of", Weasel), e("is expected", Weasel),
    e("are expected", Weasel), e("expected to", Weasel), e("some of", Weasel), e("arguably", Weasel),
    e("it is argued", Weasel), e("it was believed", Weasel), e("reputed", Weasel), e("regarded", Weasel), e("perceived", Weasel),
    e("unclear", Weasel), e("questionable", Weasel), e("dubious", Weasel), e("unconfirmed", Weasel), e("unproven", Weasel),
];

pub const INSINCERE: &[Entry] = &[
    e("no offense", Backhanded), e("no offence", Backhanded), e("with all due respect", Backhanded),
    e("per my last email", Backhanded), e("per my previous email", Backhanded),
    e("as per my last", Backhanded), e("as i said before", Backhanded), e("as i already said", Backhanded),
    e("as i've said", Backhanded), e("as i have said", Backhanded), e("as previously stated", Backhanded),
    e("as i mentioned before", Backhanded), e("as i already mentioned", Backhanded), e("as already mentioned", Backhanded),
    e("not bad for", Backhanded), e("pretty good for", Backhanded), e("good for a", Backhanded), e("surprisingly good", Backhanded),
    e("surprisingly well", Backhanded), e("don't take this the wrong way", Backhanded), e("don't take this personally", Backhanded),
    e("i'm not trying to be rude", Backhanded), e("not to be rude", Backhanded), e("no disrespect", Backhanded),
    e("just saying", Backhanded), e("bless your heart", Backhanded), e("i'm sure you tried", Backhanded),
    e("i'm sure you did your best", Backhanded), e("must be nice", Backhanded), e("good for you", Backhanded),
    e("if that's what you want", Backhanded), e("i'm surprised you", Backhanded),
    e("for once", Backhanded), e("finally managed", Backhanded), e("at least you tried", Backhanded), e("nice try", Backhanded),
    e("i'm just being honest", Backhanded), e("i'm only being honest", Backhanded), e("not to be that guy", Backhanded),
    e("friendly reminder", Backhanded), e("gentle reminder", Backhanded),
    e("no need to change anything", EmptyPraise), e("no need to change", EmptyPraise), e("don't change a thing", EmptyPraise),
    e("nothing to improve", EmptyPraise), e("nothing to work on", EmptyPraise), e("keep doing what you're doing", EmptyPraise),
    e("keep doing what you are doing", EmptyPraise), e("you're perfect", EmptyPraise), e("perfect as always", EmptyPraise),
    e("flawless as always", EmptyPraise), e("couldn't be better", EmptyPraise), e("no notes", EmptyPraise),
    e("nothing to add", EmptyPraise), e("no complaints", EmptyPraise), e("no areas for improvement", EmptyPraise),
];

pub const CONTEMPT: &[Entry] = &[
    e("any idiot", Contempt), e("any fool", Contempt), e("even a child", Contempt), e("even my grandma", Contempt),
    e("what were you thinking", Contempt), e("what was he thinking", Contempt), e("what was she thinking", Contempt),
    e("were you even thinking", Contempt), e("are you kidding", Contempt), e("are you serious", Contempt),
    e("you can't be serious", Contempt), e("seriously ?", Contempt), e("seriously ?!", Contempt), e("seriously !?", Contempt),
    e("how hard is it", Contempt), e("how hard can it be", Contempt), e("how many times", Contempt), e("did you even", Contempt),
    e("do you even", Contempt), e("have you even", Contempt), e("use your brain", Contempt), e("use your head", Contempt),
    e("is it too much to ask", Contempt), e("i can't believe you", Contempt), e("for god's sake", Contempt),
    e("for heaven's sake", Contempt), e("for crying out loud", Contempt), e("give me a break", Contempt),
    e("you should know better", Contempt), e("you should have known", Contempt), e("everyone knows", Contempt),
    e("everybody knows", Contempt), e("not rocket science", Contempt), e("it's not rocket science", Contempt),
    e("common sense", Contempt), e("learn to read", Contempt), e("learn to code", Contempt),
    e("do your homework", Contempt), e("who wrote this", Contempt), e("who the hell", Contempt), e("are you blind", Contempt),
    e("can't you read", Contempt), e("can you even", Contempt), e("i shouldn't have to", Contempt),
    e("i shouldn't need to", Contempt), e("get a clue", Contempt), e("grow up", Contempt), e("shut up", Contempt),
    e("nobody cares", Contempt), e("no one cares", Contempt),
    e("who cares", Contempt), e("did you not", Contempt), e("do you not", Contempt), e("why would you ever", Contempt),
    e("why on earth", Contempt), e("what on earth", Contempt), e("what is wrong with you", Contempt),
    e("what's wrong with you", Contempt), e("so obvious", Contempt), e("pretty obvious", Contempt),
    e("blindingly obvious", Contempt), e("totally obvious", Contempt), e("i'm tired of", Contempt), e("sick of", Contempt),
    e("fed up", Contempt), e("waste of time", Contempt), e("waste of my time", Contempt), e("stop wasting", Contempt),
    e("no idea what you're doing", Contempt), e("you have no idea", Contempt), e("you clearly don't", Contempt),
    e("you obviously don't", Contempt), e("you clearly didn't", Contempt), e("you obviously didn't", Contempt),
    e("clearly you", Contempt), e("obviously you", Contempt), e("you don't even", Contempt), e("you didn't even", Contempt),
    e("smh", Contempt), e("facepalm", Contempt), e("nobody asked", Contempt), e("no one asked", Contempt),
    e("no clue", Contempt), e("not a clue", Contempt), e("out of your mind", Contempt), e("lost your mind", Contempt),
    e("are you insane", Contempt), e("are you crazy", Contempt), e("are you nuts", Contempt), e("are you stupid", Contempt),
    e("what part of", Contempt), e("don't you understand", Contempt), e("can't you understand", Contempt),
    e("don't you get", Contempt), e("get your act together", Contempt), e("get out of here", Contempt),
    e("should be ashamed", Contempt), e("ashamed of yourself", Contempt), e("should be fired", Contempt),
    e("ought to be fired", Contempt), e("stop spamming", Contempt), e("i have to say this again", Contempt),
    e("for the last time", Contempt), e("how many more times", Contempt), e("rtfm", Contempt), e("lmgtfy", Contempt),
    e("read the manual", Contempt), e("is this a joke", Contempt), e("kind of joke", Contempt),
    e("sort of joke", Contempt), e("are you trolling", Contempt), e("stop trolling", Contempt), e("utter garbage", Contempt),
    e("pure garbage", Contempt), e("complete garbage", Contempt), e("total garbage", Contempt), e("utter nonsense", Contempt),
    e("complete nonsense", Contempt), e("total nonsense", Contempt), e("pure nonsense", Contempt), e("utter crap", Contempt),
    e("what a mess", Contempt), e("what a waste", Contempt), e("unbelievable", Contempt), e("your attitude", Contempt),
    e("attitude problem", Contempt), e("you people", Contempt), e("get a life", Contempt), e("get real", Contempt),
    e("did anyone even", Contempt),
    e("does anyone even", Contempt), e("did nobody", Contempt), e("clueless", Contempt), e("incompetence", Contempt),
    e("this is embarrassing", Contempt), e("embarrassing", Contempt), e("pathetic", Contempt), e("shame on you", Contempt),
    e("how dare you", Contempt), e("who do you think", Contempt), e("you have no right", Contempt), e("not my problem", Contempt),
    e("cry me a river", Contempt), e("boo hoo", Contempt), e("whine", Contempt),
    e("whining", Contempt), e("stop whining", Contempt), e("stop complaining", Contempt),
    e("wow , just wow", Contempt), e("just wow", Contempt), e("good grief", Contempt), e("oh my god", Contempt),
    
];

pub const SARCASM: &[Entry] = &[
    e("yeah right", Sarcasm), e("yeah , right", Sarcasm), e("thanks for nothing", Sarcasm), e("oh great", Sarcasm),
    e("oh , great", Sarcasm), e("oh wonderful", Sarcasm), e("oh , wonderful", Sarcasm), e("oh joy", Sarcasm),
    e("great , just great", Sarcasm), e("just great", Sarcasm), e("what a surprise", Sarcasm), e("surprise , surprise", Sarcasm),
    e("big surprise", Sarcasm), e("color me surprised", Sarcasm), e("colour me surprised", Sarcasm), e("slow clap", Sarcasm),
    e("genius idea", Sarcasm), e("brilliant idea", Sarcasm), e("nice going", Sarcasm),
    e("real mature", Sarcasm), e("how original", Sarcasm), e("how nice of you", Sarcasm),
    e("congratulations , you", Sarcasm), e("sure , because", Sarcasm),
    e("what a concept", Sarcasm), e("yeah sure", Sarcasm), e("good luck with that", Sarcasm),
    e("worked so well", Sarcasm), e("that went well", Sarcasm), e("well done , genius", Sarcasm), e("nice job breaking", Sarcasm),
    e("great job breaking", Sarcasm), e("well , duh", Sarcasm), e("duh", Sarcasm), e("who would have thought", Sarcasm), e("who knew", Sarcasm), e("i'm shocked", Sarcasm),
];

pub const FIXED: &[Entry] = &[
    e("don't have the personality", FixedMindset), e("doesn't have the personality", FixedMindset),
    e("do not have the personality", FixedMindset), e("does not have the personality", FixedMindset),
    e("not cut out for", FixedMindset), e("not cut out to", FixedMindset), e("naturally good at", FixedMindset),
    e("naturally bad at", FixedMindset), e("naturally talented", FixedMindset), e("natural talent", FixedMindset),
    e("born leader", FixedMindset), e("born to", FixedMindset), e("a natural at", FixedMindset), e("a natural leader", FixedMindset),
    e("not wired for", FixedMindset), e("not wired that way", FixedMindset), e("not built for", FixedMindset),
    e("you either have it or you don't", FixedMindset), e("either have it or", FixedMindset), e("some people just", FixedMindset),
    e("some people are just", FixedMindset), e("will never be good", FixedMindset), e("never be good at", FixedMindset),
    e("just not smart", FixedMindset), e("not smart enough", FixedMindset), e("not a natural", FixedMindset),
    e("lacks the talent", FixedMindset), e("no talent for", FixedMindset), e("don't have the talent", FixedMindset),
    e("doesn't have the talent", FixedMindset), e("don't have what it takes", FixedMindset),
    e("doesn't have what it takes", FixedMindset), e("not leadership material", FixedMindset),
    e("not management material", FixedMindset), e("not the type", FixedMindset), e("just the way you are", FixedMindset),
    e("just the way he is", FixedMindset), e("just the way she is", FixedMindset), e("in your nature", FixedMindset),
    e("in his nature", FixedMindset), e("in her nature", FixedMindset), e("not in your dna", FixedMindset),
    e("gifted", FixedMindset), e("innate", FixedMindset), e("inherently bad", FixedMindset), e("hopeless at", FixedMindset),
];

/// Person-label noun phrases, flagged when said of a person ("you're not a team player").
pub const LABEL_NOUNS: &[Entry] = &[
    e("team player", LabelNoun), e("people person", LabelNoun), e("nice person", LabelNoun), e("good person", LabelNoun),
    e("nice guy", LabelNoun), e("nice girl", LabelNoun), e("control freak", LabelNoun), e("pushover", LabelNoun),
    e("diva", LabelNoun), e("drama queen", LabelNoun), e("prima donna", LabelNoun),
    e("know it all", LabelNoun), e("rockstar", LabelNoun), e("rock star", LabelNoun), e("ninja", LabelNoun),
    e("genius", LabelNoun), e("natural", LabelNoun), e("slacker", LabelNoun), e("troublemaker", LabelNoun),
    e("complainer", LabelNoun), e("whiner", LabelNoun), e("micromanager", LabelNoun), e("bully", LabelNoun),
    e("perfectionist", LabelNoun), e("lone wolf", LabelNoun), e("loose cannon", LabelNoun), e("hothead", LabelNoun),
    e("downer", LabelNoun), e("negative person", LabelNoun), e("difficult person", LabelNoun), e("hard worker", LabelNoun),
];

pub const PROFANE_PHRASES: &[Entry] = &[
    e("what the hell", ProfanePhrase), e("the hell", ProfanePhrase), e("hell no", ProfanePhrase), e("hell yes", ProfanePhrase),
    e("hell yeah", ProfanePhrase), e("to hell", ProfanePhrase), e("hell of a", ProfanePhrase), e("bloody hell", ProfanePhrase),
    e("what the heck", ProfanePhrase), e("the heck", ProfanePhrase), e("heck no", ProfanePhrase), e("what in the world", ProfanePhrase),
    e("pain in the ass", ProfanePhrase), e("pain in the neck", ProfanePhrase), e("screw up", ProfanePhrase),
    e("screwed up", ProfanePhrase), e("screws up", ProfanePhrase), e("screwing up", ProfanePhrase), e("screw it", ProfanePhrase),
    e("screw this", ProfanePhrase), e("screwed", ProfanePhrase), e("screw over", ProfanePhrase), e("screws over", ProfanePhrase),
    e("holy shit", ProfanePhrase), e("holy moly", ProfanePhrase), e("son of a", ProfanePhrase), e("shut the", ProfanePhrase),
    e("brain dead", ProfanePhrase), e("brain damaged", ProfanePhrase), e("half assed", ProfanePhrase),
    e("kick ass", ProfanePhrase), e("pissed off", ProfanePhrase), e("piss off", ProfanePhrase), e("sucks", ProfanePhrase),
    e("suck", ProfanePhrase), e("sucked", ProfanePhrase), e("sucking", ProfanePhrase), e("sucky", ProfanePhrase),
];

pub const ABSOLUTES: &[Entry] = &[
    e("always", Absolute), e("never", Absolute), e("every time", Absolute), e("every single time", Absolute),
    e("constantly", Absolute), e("all the time", Absolute), e("continually", Absolute), e("continuously", Absolute),
    e("not once", Absolute), e("each and every time", Absolute), e("without fail", Absolute), e("forever", Absolute),
    e("nothing ever", Absolute), e("never ever", Absolute), e("every day", Absolute), e("every meeting", Absolute),
];

/// Phrases that move the Radical Candor axes. (care, challenge) deltas in score points.
pub const SIGNALS: &[Entry] = &[
    // Care: gratitude, warmth, offers of help, asking for their view, acknowledging context.
    sig("thanks", 10.0, 0.0, "thanks"), sig("thank you", 10.0, 0.0, "thanks"), sig("thank", 8.0, 0.0, "thanks"),
    sig("thx", 8.0, 0.0, "thanks"), sig("ty", 4.0, 0.0, "thanks"), sig("appreciate", 10.0, 0.0, "appreciation"),
    sig("appreciated", 9.0, 0.0, "appreciation"), sig("grateful", 9.0, 0.0, "appreciation"), sig("kudos", 6.0, -2.0, "appreciation"),
    sig("please", 7.0, 5.0, "please"), sig("pls", 4.0, 5.0, "please"), sig("plz", 3.0, 5.0, "please"),
    sig("sorry", 6.0, 0.0, "apologises"), sig("apologies", 6.0, 0.0, "apologises"), sig("apologize", 6.0, 0.0, "apologises"),
    sig("apologise", 6.0, 0.0, "apologises"), sig("my bad", 4.0, 0.0, "owns a mistake"), sig("my mistake", 4.0, 0.0, "owns a mistake"),
    sig("i want to help", 12.0, 2.0, "offers help"), sig("happy to help", 12.0, 0.0, "offers help"),
    sig("glad to help", 12.0, 0.0, "offers help"), sig("i can help", 10.0, 0.0, "offers help"),
    sig("how can i help", 12.0, 0.0, "offers help"), sig("let me know if", 7.0, 0.0, "offers help"),
    sig("i'd be happy to", 9.0, 0.0, "offers help"), sig("i would be happy to", 9.0, 0.0, "offers help"),
    sig("happy to", 6.0, 0.0, "offers help"), sig("feel free", 7.0, 0.0, "offers help"), sig("i'm here", 6.0, 0.0, "offers help"),
    sig("support you", 8.0, 0.0, "offers support"), sig("help you", 7.0, 0.0, "offers help"), sig("pair on", 6.0, 3.0, "offers support"),
    sig("let's", 7.0, 6.0, "shared next step"), sig("lets", 5.0, 5.0, "shared next step"), sig("let us", 5.0, 5.0, "shared next step"),
    sig("together", 5.0, 0.0, "together"), sig("we could", 4.0, 4.0, "shared next step"), sig("we can", 3.0, 3.0, "shared next step"),
    sig("what do you think", 9.0, 2.0, "asks their view"), sig("your thoughts", 9.0, 2.0, "asks their view"),
    sig("how do you feel", 9.0, 0.0, "asks their view"), sig("do you think", 6.0, 2.0, "asks their view"),
    sig("what's your take", 9.0, 0.0, "asks their view"), sig("your view", 6.0, 0.0, "asks their view"),
    sig("your perspective", 7.0, 0.0, "asks their view"), sig("wdyt", 7.0, 2.0, "asks their view"),
    sig("would you mind", 7.0, 4.0, "polite request"), sig("do you mind", 5.0, 4.0, "polite request"),
    sig("would it be possible", 7.0, 5.0, "polite request"), sig("if you could", 5.0, 5.0, "polite request"),
    sig("could you", 5.0, 7.0, "polite request"), sig("would you", 5.0, 6.0, "polite request"),
    sig("can you", 3.0, 6.0, "request"), sig("will you", 2.0, 5.0, "request"), sig("could we", 5.0, 5.0, "shared next step"),
    sig("i understand", 6.0, 0.0, "acknowledges context"), sig("i realize", 5.0, 0.0, "acknowledges context"),
    sig("i realise", 5.0, 0.0, "acknowledges context"), sig("i know", 3.0, 0.0, "acknowledges context"),
    sig("i see", 3.0, 0.0, "acknowledges context"), sig("i recognize", 5.0, 0.0, "acknowledges context"),
    sig("i hear you", 7.0, 0.0, "acknowledges context"), sig("understandable", 5.0, 0.0, "acknowledges context"),
    sig("makes sense", 4.0, -2.0, "acknowledges context"), sig("good point", 6.0, -2.0, "acknowledges context"),
    sig("fair point", 5.0, -2.0, "acknowledges context"), sig("i agree", 4.0, -2.0, "agrees"),
    sig("hi", 4.0, 0.0, "greeting"), sig("hello", 4.0, 0.0, "greeting"), sig("hey", 2.0, 0.0, "greeting"),
    sig("dear", 4.0, 0.0, "greeting"), sig("welcome", 6.0, 0.0, "welcome"), sig("cheers", 4.0, 0.0, "warm sign-off"),
    sig("regards", 3.0, 0.0, "warm sign-off"), sig("best wishes", 5.0, 0.0, "warm sign-off"), sig("good luck", 5.0, 0.0, "warm sign-off"),
    sig("congrats", 7.0, -2.0, "congratulates"), sig("congratulations", 7.0, -2.0, "congratulates"),
    sig("hope", 3.0, 0.0, "goodwill"), sig("glad", 4.0, 0.0, "goodwill"), sig("happy", 3.0, 0.0, "goodwill"),
    sig("great", 5.0, -3.0, "praise"), sig("nice", 4.0, -3.0, "praise"), sig("good", 3.0, -2.0, "praise"),
    sig("excellent", 5.0, -3.0, "praise"), sig("awesome", 5.0, -3.0, "praise"), sig("wonderful", 5.0, -3.0, "praise"),
    sig("fantastic", 5.0, -3.0, "praise"), sig("amazing", 5.0, -3.0, "praise"), sig("brilliant", 4.0, -3.0, "praise"),
    sig("helpful", 5.0, -1.0, "praise"), sig("impressive", 5.0, -3.0, "praise"), sig("well done", 5.0, -3.0, "praise"),
    sig("love", 3.0, -2.0, "praise"), sig("interesting", 3.0, -1.0, "praise"), sig("well written", 3.0, -5.0, "praise"),
    sig("clearly written", 3.0, -5.0, "praise"), sig("strong", 2.0, -2.0, "praise"),
    sig("novel", 1.0, -3.0, "praise"), sig("thorough", 3.0, -3.0, "praise"), sig("solid", 2.0, -2.0, "praise"),
    sig("valuable", 3.0, -2.0, "praise"), sig("impressed", 5.0, -3.0, "praise"), sig("beautiful", 4.0, -3.0, "praise"),
    sig("elegant", 4.0, -3.0, "praise"), sig("lgtm", 3.0, -4.0, "approves"), sig("looks good", 3.0, -4.0, "approves"),
    sig("keep it up", 6.0, -3.0, "encouragement"), sig("don't worry", 8.0, -8.0, "waves the problem away"),
    sig("no worries", 6.0, -4.0, "waves the problem away"), sig("no problem", 5.0, -4.0, "waves the problem away"),
    sig("it's fine", 3.0, -5.0, "waves the problem away"), sig("someone else can", 2.0, -6.0, "waves the problem away"),
    sig("no need to", 2.0, 0.0, "waves the problem away"), sig("not a big deal", 3.0, -5.0, "waves the problem away"),
    sig("i think", 2.0, 2.0, "tentative"), sig("i believe", 2.0, 0.0, "tentative"), sig("i feel", 2.0, 0.0, "tentative"),
    sig("in my opinion", 2.0, 0.0, "tentative"), sig("imho", 3.0, 0.0, "tentative"), sig("imo", 2.0, 0.0, "tentative"),
    sig("i wonder", 4.0, 3.0, "tentative"), sig("i was wondering", 5.0, 3.0, "tentative"), sig("by the way", 3.0, 0.0, "indirect"),
    sig("btw", 3.0, 0.0, "indirect"), sig("i'd like to", 2.0, 3.0, "request"), sig("perhaps", 3.0, -1.0, "tentative"),
    sig("maybe", 2.0, -1.0, "tentative"),
    // Care down: commands, bluntness, accusatory questions.
    sig("you need to", -3.0, 8.0, "demands"), sig("you must", -3.0, 8.0, "demands"), sig("you have to", -3.0, 8.0, "demands"),
    sig("you should have", -3.0, 8.0, "second-guesses"), sig("you'd better", -3.0, 8.0, "demands"),
    sig("you better", -3.0, 8.0, "demands"), sig("why did you", -3.0, 6.0, "accusatory question"),
    sig("why would you", -3.0, 6.0, "accusatory question"), sig("why didn't you", -3.0, 6.0, "accusatory question"),
    sig("why are you", -3.0, 6.0, "accusatory question"), sig("why do you", -3.0, 5.0, "accusatory question"),
    sig("why is", -2.0, 5.0, "questions"), sig("why not", -2.0, 5.0, "questions"), sig("why", -2.0, 4.0, "questions"),
    sig("how come", -3.0, 4.0, "accusatory question"), sig("actually", -2.0, 2.0, "contradicts"),
    sig("in fact", -3.0, 2.0, "contradicts"), sig("obviously", -3.0, 2.0, "condescending"), sig("clearly", -2.0, 1.0, "condescending"),
    sig("stop", -3.0, 6.0, "demands"), sig("again", -2.0, 2.0, "repetition"), sig("already", -1.0, 1.0, "impatience"),
    sig("no", -1.0, 3.0, "refusal"), sig("nope", -3.0, 4.0, "refusal"), sig("wrong", -3.0, 8.0, "names a problem"),
    sig("bad", -3.0, 6.0, "names a problem"), sig("terrible", -3.0, 6.0, "names a problem"), sig("awful", -3.0, 6.0, "names a problem"),
    sig("horrible", -3.0, 6.0, "names a problem"), sig("useless", -3.0, 6.0, "names a problem"),
    sig("pointless", -3.0, 6.0, "names a problem"), sig("ridiculous", -3.0, 6.0, "names a problem"),
    sig("nonsense", -3.0, 6.0, "names a problem"), sig("ugly", -3.0, 6.0, "names a problem"), sig("mess", -3.0, 6.0, "names a problem"),
    sig("messy", -3.0, 6.0, "names a problem"), sig("sloppy", -3.0, 6.0, "names a problem"), sig("lazy", -3.0, 5.0, "names a problem"),
    sig("annoying", -3.0, 4.0, "names a problem"), sig("hate", -3.0, 4.0, "names a problem"), sig("stupid", -3.0, 5.0, "names a problem"),
    sig("dumb", -3.0, 5.0, "names a problem"), sig("silly", -3.0, 4.0, "names a problem"), sig("crazy", -3.0, 4.0, "names a problem"),
    sig("weird", -3.0, 4.0, "names a problem"), sig("fail", -2.0, 6.0, "names a problem"), sig("failed", -2.0, 5.0, "names a problem"),
    sig("fails", -2.0, 6.0, "names a problem"), sig("you people", -10.0, 4.0, "contempt"),
    sig("unacceptable", -3.0, 8.0, "names a problem"), sig("disappointed", -3.0, 7.0, "names a problem"),
    sig("disappointing", -3.0, 7.0, "names a problem"), sig("frustrating", -3.0, 6.0, "names a problem"),
    // Challenge: naming a problem, requests, next steps.
    sig("should", 0.0, 8.0, "request"), sig("shouldn't", 0.0, 8.0, "request"), sig("must", -1.0, 8.0, "request"),
    sig("need to", 0.0, 7.0, "request"), sig("needs to", 0.0, 7.0, "request"), sig("needs", 0.0, 4.0, "request"),
    sig("have to", 0.0, 5.0, "request"), sig("has to", 0.0, 5.0, "request"), sig("would be better", 0.0, 7.0, "request"),
    sig("would be good", 1.0, 7.0, "request"), sig("would be nice", 2.0, 7.0, "request"), sig("would be great", 2.0, 7.0, "request"),
    sig("would be helpful", 2.0, 7.0, "request"), sig("would help", 1.0, 6.0, "request"), sig("i suggest", 1.0, 8.0, "next step"),
    sig("i'd suggest", 1.0, 8.0, "next step"), sig("i would suggest", 1.0, 8.0, "next step"), sig("suggest", 0.0, 6.0, "next step"),
    sig("i recommend", 1.0, 8.0, "next step"), sig("recommend", 0.0, 6.0, "next step"), sig("consider", 0.0, 6.0, "next step"),
    sig("i'd like you to", 0.0, 8.0, "next step"), sig("i would like", 1.0, 6.0, "next step"), sig("i'd prefer", 1.0, 6.0, "next step"),
    sig("i would prefer", 1.0, 6.0, "next step"), sig("prefer", 0.0, 4.0, "next step"), sig("next time", 0.0, 8.0, "next step"),
    sig("going forward", 0.0, 8.0, "next step"), sig("from now on", -1.0, 8.0, "next step"), sig("make sure", 0.0, 7.0, "next step"),
    sig("remember to", 0.0, 6.0, "next step"), sig("don't forget", 0.0, 6.0, "next step"), sig("instead", 0.0, 6.0, "next step"),
    sig("rather than", 0.0, 5.0, "next step"), sig("try", 0.0, 4.0, "next step"), sig("let's discuss", 7.0, 8.0, "shared next step"),
    sig("i'm concerned", 0.0, 10.0, "names a concern"), sig("i am concerned", 0.0, 10.0, "names a concern"),
    sig("concerned", 0.0, 7.0, "names a concern"), sig("concern", 0.0, 6.0, "names a concern"), sig("concerns", 0.0, 6.0, "names a concern"),
    sig("worried", 0.0, 7.0, "names a concern"), sig("worry", 0.0, 4.0, "names a concern"), sig("problem", 0.0, 6.0, "names a problem"),
    sig("problems", 0.0, 6.0, "names a problem"), sig("issue", 0.0, 5.0, "names a problem"), sig("issues", 0.0, 5.0, "names a problem"),
    sig("bug", 0.0, 5.0, "names a problem"), sig("error", 0.0, 5.0, "names a problem"), sig("mistake", -1.0, 6.0, "names a problem"),
    sig("typo", 0.0, 7.0, "names a problem"), sig("typos", 0.0, 7.0, "names a problem"), sig("incorrect", 0.0, 8.0, "names a problem"),
    sig("not correct", 0.0, 8.0, "names a problem"), sig("missing", 0.0, 8.0, "names a problem"), sig("lack", 0.0, 8.0, "names a problem"),
    sig("lacks", 0.0, 8.0, "names a problem"), sig("lacking", 0.0, 8.0, "names a problem"), sig("insufficient", 0.0, 8.0, "names a problem"),
    sig("unclear", 0.0, 8.0, "names a problem"), sig("not clear", 0.0, 8.0, "names a problem"), sig("confusing", -1.0, 8.0, "names a problem"),
    sig("confused", 0.0, 6.0, "names a problem"), sig("limited", 0.0, 6.0, "names a problem"), sig("limitation", 0.0, 6.0, "names a problem"),
    sig("weak", -1.0, 7.0, "names a problem"), sig("weakness", 0.0, 7.0, "names a problem"), sig("unfortunately", 1.0, 7.0, "names a problem"),
    sig("however", 0.0, 5.0, "contrast"), sig("but", 0.0, 3.0, "contrast"), sig("although", 0.0, 3.0, "contrast"),
    sig("though", 0.0, 3.0, "contrast"), sig("not convinced", 0.0, 9.0, "names a concern"), sig("not sure", 0.0, 5.0, "questions"),
    sig("doesn't", 0.0, 5.0, "names a problem"), sig("does not", 0.0, 6.0, "names a problem"), sig("isn't", 0.0, 4.0, "names a problem"),
    sig("is not", 0.0, 4.0, "names a problem"), sig("aren't", 0.0, 4.0, "names a problem"), sig("are not", 0.0, 4.0, "names a problem"),
    sig("don't", 0.0, 4.0, "names a problem"), sig("didn't", 0.0, 4.0, "names a problem"), sig("can't", 0.0, 3.0, "names a problem"),
    sig("cannot", 0.0, 3.0, "names a problem"), sig("won't", 0.0, 4.0, "names a problem"), sig("not", 0.0, 5.0, "names a problem"),
    sig("only", 0.0, 3.0, "names a problem"), sig("too", 0.0, 4.0, "names a problem"), sig("too long", 0.0, 7.0, "names a problem"),
    sig("too many", 0.0, 7.0, "names a problem"), sig("too much", 0.0, 6.0, "names a problem"), sig("too slow", 0.0, 7.0, "names a problem"),
    sig("too late", 0.0, 6.0, "names a problem"), sig("too big", 0.0, 7.0, "names a problem"), sig("too short", 0.0, 6.0, "names a problem"), sig("hard to", 0.0, 7.0, "names a problem"),
    sig("difficult to", 0.0, 7.0, "names a problem"), sig("fails to", 0.0, 8.0, "names a problem"), sig("failed to", 0.0, 8.0, "names a problem"),
    sig("broken", -1.0, 7.0, "names a problem"), sig("breaks", 0.0, 6.0, "names a problem"), sig("wrongly", 0.0, 7.0, "names a problem"),
    sig("inconsistent", 0.0, 7.0, "names a problem"), sig("redundant", 0.0, 6.0, "names a problem"), sig("unnecessary", 0.0, 7.0, "names a problem"),
    sig("questionable", -2.0, 7.0, "names a problem"), sig("doubt", 0.0, 6.0, "names a concern"), sig("overclaim", 0.0, 7.0, "names a problem"),
    sig("misleading", -2.0, 8.0, "names a problem"), sig("unconvincing", -1.0, 9.0, "names a problem"), sig("vague", 0.0, 7.0, "names a problem"),
    sig("marginal", 0.0, 7.0, "names a problem"), sig("incremental", 0.0, 6.0, "names a problem"), sig("trivial", -1.0, 6.0, "names a problem"),
    sig("poorly", -2.0, 8.0, "names a problem"), sig("poor", -2.0, 7.0, "names a problem"), sig("slow", 0.0, 4.0, "names a problem"),
    sig("lose", 0.0, 5.0, "names an impact"), sig("lost", 0.0, 4.0, "names an impact"), sig("blocked", 0.0, 6.0, "names an impact"),
    sig("delayed", 0.0, 6.0, "names an impact"), sig("caused", 0.0, 5.0, "names an impact"), sig("impact", 0.0, 4.0, "names an impact"),
    sig("risk", 0.0, 5.0, "names a concern"), sig("dangerous", -1.0, 6.0, "names a concern"), sig("unsafe", 0.0, 6.0, "names a concern"),
    sig("more", 0.0, 2.0, "asks for more"), sig("better", 0.0, 3.0, "asks for more"), sig("further", 0.0, 3.0, "asks for more"),
    sig("additional", 0.0, 3.0, "asks for more"), sig("clarify", 0.0, 8.0, "request"), sig("explain", 0.0, 6.0, "request"),
    sig("elaborate", 0.0, 7.0, "request"), sig("justify", 0.0, 7.0, "request"), sig("discuss", 0.0, 4.0, "request"),
    sig("compare", 0.0, 5.0, "request"), sig("address", 0.0, 4.0, "request"), sig("revise", 0.0, 6.0, "request"),
    sig("nit", 0.0, 4.0, "names a problem"), sig("minor", 0.0, 3.0, "names a problem"),
    // Challenge down: describing, agreeing, summarising.
    sig("proposes", 0.0, -6.0, "describes the work"), sig("presents", 0.0, -5.0, "describes the work"),
    sig("propose", 0.0, -4.0, "describes the work"), sig("i propose", 0.0, 8.0, "next step"), sig("i would propose", 0.0, 8.0, "next step"),
    sig("i'd propose", 0.0, 8.0, "next step"), sig("shows", 0.0, -3.0, "describes the work"), sig("provides", 0.0, -3.0, "describes the work"),
    sig("allows", 0.0, -3.0, "describes the work"), sig("demonstrates", 0.0, -3.0, "describes the work"),
    sig("demonstrate", 0.0, -2.0, "describes the work"), sig("studies", 0.0, -2.0, "describes the work"),
    sig("strengths", 2.0, -7.0, "describes the work"), sig("pros", 0.0, -6.0, "describes the work"),
    sig("summary", 0.0, -5.0, "describes the work"), sig("in summary", 0.0, -5.0, "describes the work"),
    sig("idea", 0.0, -2.0, "describes the work"), sig("would", 0.0, 4.0, "request"), sig("how", 0.0, 3.0, "questions"),
    sig("what", 0.0, 2.0, "questions"), sig("whether", 0.0, 3.0, "questions"), sig("clearer", 0.0, 6.0, "asks for more"),
    sig("more clear", 0.0, 6.0, "asks for more"), sig("comparison", 0.0, 4.0, "asks for more"),
    sig("comparisons", 0.0, 5.0, "asks for more"), sig("details", 0.0, 4.0, "asks for more"), sig("explanation", 0.0, 4.0, "asks for more"),
    sig("page", 0.0, 3.0, "points at a spot"), sig("section", 0.0, 2.0, "points at a spot"), sig("figure", 0.0, 3.0, "points at a spot"),
    sig("fig", 0.0, 3.0, "points at a spot"), sig("table", 0.0, 2.0, "points at a spot"), sig("eq", 0.0, 3.0, "points at a spot"),
    sig("equation", 0.0, 3.0, "points at a spot"), sig("line", 0.0, 3.0, "points at a spot"), sig("paragraph", 0.0, 3.0, "points at a spot"),
    sig("appendix", 0.0, 2.0, "points at a spot"), sig("understand", 0.0, 3.0, "questions"), sig("sure", 0.0, 2.0, "questions"),
    sig("exactly", 0.0, 3.0, "questions"), sig("enough", 0.0, 3.0, "names a problem"), sig("even", 0.0, 2.0, "names a problem"),
    sig("could", 0.0, 3.0, "request"), sig("improve", 0.0, 5.0, "asks for more"), sig("improved", 0.0, 4.0, "asks for more"),
    sig("improvement", 0.0, 5.0, "asks for more"), sig("improvements", 0.0, 5.0, "asks for more"), sig("inaccurate", 0.0, 8.0, "names a problem"),
    sig("imprecise", 0.0, 8.0, "names a problem"), sig("omitted", 0.0, 6.0, "names a problem"), sig("omits", 0.0, 6.0, "names a problem"),
    sig("ignores", 0.0, 6.0, "names a problem"), sig("overlooked", 0.0, 6.0, "names a problem"), sig("i expect", 0.0, 5.0, "request"),
    sig("incomprehensible", -1.0, 8.0, "names a problem"), sig("disadvantage", 0.0, 5.0, "names a problem"),
    sig("drawback", 0.0, 7.0, "names a problem"), sig("drawbacks", 0.0, 7.0, "names a problem"), sig("yet", 0.0, 2.0, "contrast"),
    sig("instead of", 0.0, 5.0, "next step"), sig("mistakes", 0.0, 6.0, "names a problem"),
    sig("contradict", 0.0, 6.0, "names a problem"), sig("contradicts", 0.0, 6.0, "names a problem"), sig("ambiguous", 0.0, 7.0, "names a problem"),
    sig("hard", 0.0, 3.0, "names a problem"), sig("difficult", 0.0, 3.0, "names a problem"), sig("outdated", 0.0, 6.0, "names a problem"),
    sig("out of date", 0.0, 6.0, "names a problem"), sig("deprecated", 0.0, 4.0, "names a problem"), sig("leak", 0.0, 6.0, "names a problem"),
    sig("crash", 0.0, 6.0, "names a problem"), sig("crashes", 0.0, 6.0, "names a problem"), sig("race", 0.0, 4.0, "names a problem"),
    sig("unsure", 0.0, 5.0, "questions"), sig("unknown", 0.0, 3.0, "names a problem"), sig("restrictive", 0.0, 5.0, "names a problem"),
    sig("impractical", 0.0, 6.0, "names a problem"), sig("arbitrary", 0.0, 5.0, "names a problem"), sig("flaw", 0.0, 8.0, "names a problem"),
    sig("flawed", -1.0, 8.0, "names a problem"), sig("flaws", 0.0, 8.0, "names a problem"), sig("bias", 0.0, 4.0, "names a problem"),
    sig("less", 0.0, 3.0, "names a problem"), sig("overly", 0.0, 4.0, "names a problem"),
    sig("harder", 0.0, 5.0, "names a problem"), sig("fewer", 0.0, 2.0, "names a problem"), sig("criticism", 0.0, 7.0, "names a problem"),
    sig("meaningless", -1.0, 7.0, "names a problem"), sig("missed", 0.0, 5.0, "names a problem"), sig("needed", 0.0, 6.0, "request"),
    sig("violated", 0.0, 6.0, "names a problem"), sig("violates", 0.0, 6.0, "names a problem"), sig("haven't", 0.0, 4.0, "names a problem"),
    sig("hasn't", 0.0, 4.0, "names a problem"), sig("wasn't", 0.0, 4.0, "names a problem"), sig("weren't", 0.0, 4.0, "names a problem"),
    sig("couldn't", 0.0, 3.0, "names a problem"), sig("wouldn't", 0.0, 3.0, "names a problem"), sig("troublesome", 0.0, 6.0, "names a problem"),
    sig("problematic", 0.0, 7.0, "names a problem"), sig("limits", 0.0, 4.0, "names a problem"), sig("unable", 0.0, 6.0, "names a problem"),
    sig("suggestion", 0.0, 6.0, "next step"), sig("suggestions", 0.0, 5.0, "next step"), sig("basic", 0.0, 2.0, "names a problem"),
    sig("toy", 0.0, 3.0, "names a problem"), sig("far from", 0.0, 5.0, "names a problem"), sig("almost", 0.0, 1.0, "names a problem"),
    sig("a plus", 3.0, -4.0, "praise"), sig("strength", 2.0, -4.0, "praise"), sig("relevant", 1.0, -2.0, "praise"),
    sig("beneficial", 2.0, -3.0, "praise"), sig("outperforms", 1.0, -4.0, "praise"), sig("improvement over", 1.0, -3.0, "praise"),
    sig("accept", 1.0, -3.0, "approves"), sig("accepted", 1.0, -3.0, "approves"), sig("accepting", 1.0, -3.0, "approves"),
    sig("acceptance", 1.0, -3.0, "approves"), sig("approve", 1.0, -3.0, "approves"), sig("approved", 1.0, -3.0, "approves"),
    sig("why don't you", -5.0, 6.0, "accusatory question"), sig("i like", 4.0, -2.0, "praise"), sig("mind if", 5.0, 2.0, "polite request"),
    sig("i noticed", 2.0, 2.0, "owns the observation"), sig("i wonder if", 5.0, 3.0, "tentative"), sig("i was hoping", 5.0, 3.0, "polite request"),
    sig("would you be willing", 8.0, 5.0, "polite request"), sig("if possible", 4.0, 2.0, "polite request"),
    sig("when you have time", 6.0, 2.0, "polite request"), sig("when you get a chance", 6.0, 2.0, "polite request"),
    sig("convincing", 1.0, -3.0, "praise"), sig("written", 0.0, -2.0, "describes the work"),
    sig("introduces", 0.0, -4.0, "describes the work"), sig("describes", 0.0, -3.0, "describes the work"),
    sig("we propose", 0.0, -4.0, "describes the work"), sig("the authors propose", 0.0, -4.0, "describes the work"),
    sig("this paper", 0.0, -2.0, "describes the work"), sig("contributions", 0.0, -1.0, "describes the work"),
];


/// Profanity stems (matched after leetspeak/asterisk normalisation). A token is profane when it
/// equals one of these or starts with one of the `PROFANE_PREFIXES`.
pub const PROFANITY: &[&str] = &[
    "fuck", "fucks", "fucked", "fucking", "fuckin", "fucker", "fuckers", "fck", "fuk", "fukin", "fcking", "fking", "effing",
    "shit", "shits", "shitty", "shite", "bullshit", "horseshit", "crap", "craps", "crappy", "crapola", "damn", "damned", "dammit",
    "damnit", "goddamn", "goddammit", "goddamnit", "darn", "darned", "dang", "piss", "pissed", "pissing", "bloody", "bollocks",
    "bugger", "arse", "wtf", "wth", "stfu", "gtfo", "ffs", "jfc", "omfg", "frickin", "friggin", "frigging", "freaking",
    "fricking", "effin", "sucks", "sucked", "sucky", "cock", "cunt", "motherfucker", "asshat", "shitload", "shitty",
    "crapload", "craptastic", "shitshow", "clusterfuck", "fubar", "hell", "fart", "farts", "sucker", "suckers", "damm", "dammn", "bitched", "bitching", "bitchy", "balls", "anally", "porn", "arsed", "effing",
];

/// Prefixes that make a word profane wherever it appears (`fuckup`, `shitstorm`).
pub const PROFANE_PREFIXES: &[&str] = &["fuck", "shit", "bullshit", "motherf", "dumbass", "asshole", "crap"];


/// Trait adjectives: personality labels when said of a person ("you are abrasive").
pub const TRAIT_ADJ: &[&str] = &[
    "abrasive", "lazy", "emotional", "bossy", "aggressive", "arrogant", "rude", "careless", "sloppy", "incompetent", "difficult",
    "negative", "moody", "dramatic", "shrill", "pushy", "selfish", "stubborn", "defensive", "sensitive", "oversensitive",
    "timid", "passive", "disorganized", "disorganised", "unprofessional", "immature", "naive", "clueless", "hostile", "cold",
    "insecure", "nice", "sweet", "pleasant", "bubbly", "nervous", "scattered", "stupid", "dumb", "dense", "useless", "hopeless",
    "annoying", "condescending", "bitter", "toxic", "manipulative", "entitled", "obnoxious", "irritating", "abrupt", "harsh",
    "brash", "loud", "quiet", "shy", "awkward", "smart", "brilliant", "talented", "gifted", "intelligent", "unreliable",
    "lazy", "inflexible", "rigid", "closed-minded", "narrow-minded", "egotistical", "self-centered", "self-centred", "cocky",
    "sarcastic", "dismissive", "intimidating", "combative", "confrontational", "argumentative", "whiny", "needy", "clingy",
    "flaky", "sluggish", "slow", "weak", "soft", "hysterical", "irrational", "overbearing", "domineering", "controlling",
    "stupid", "idiotic", "moronic", "retarded", "pathetic", "worthless", "ignorant", "incapable", "inept", "unmotivated",
    "apathetic", "unambitious", "complacent", "unfocused", "distracted", "forgetful", "lazy", "mean", "nasty", "petty",
    "crazy", "insane", "nuts", "ridiculous", "impatient", "temperamental", "volatile", "high-maintenance", "bitchy",
    "cranky", "grumpy", "grouchy", "jealous", "vain", "fake", "dishonest", "untrustworthy", "sneaky", "cowardly",
];

/// Intensifiers that may sit between the copula and the label ("you are *really* lazy").
pub const INTENSIFIERS: &[&str] = &[
    "very", "so", "really", "too", "extremely", "quite", "pretty", "rather", "such", "always", "just", "being", "a", "an",
    "incredibly", "totally", "completely", "utterly", "super", "overly", "bit", "little", "kind", "sort", "of", "kinda",
    "sometimes", "often", "somewhat", "fairly", "truly", "genuinely", "seriously", "absolutely", "simply", "also", "still",
    "the", "most", "such", "total", "complete", "real", "fucking", "freaking", "damn", "bloody", "sooo", "soo", "way",
];

/// Imperative verbs that open a request ("Add a test for …").
pub const IMPERATIVES: &[&str] = &[
    "add", "remove", "use", "fix", "change", "rename", "move", "delete", "replace", "avoid", "make", "check", "clarify",
    "explain", "provide", "include", "update", "consider", "drop", "split", "refactor", "document", "describe", "discuss",
    "compare", "mention", "cite", "define", "put", "keep", "call", "pass", "return", "handle", "revert", "simplify", "extract",
    "merge", "squash", "rebase", "test", "verify", "ensure", "try", "run", "write", "specify", "state", "show", "report",
    "elaborate", "justify", "reword", "rephrase", "fold", "inline", "wrap", "limit", "set", "get", "log", "raise", "throw",
    "catch", "don't", "do", "stop", "start", "please", "let's", "note", "look", "think", "reconsider", "double-check", "align",
];

/// Words that describe an observable action (behaviour in SBI; an anchor for specificity).
pub const ACTION_VERBS: &[&str] = &[
    "said", "wrote", "interrupted", "shipped", "merged", "missed", "presented", "pushed", "committed", "deployed", "reviewed",
    "fixed", "added", "removed", "deleted", "changed", "skipped", "sent", "asked", "answered", "explained", "joined", "left",
    "arrived", "finished", "started", "delivered", "led", "ran", "raised", "replied", "responded", "refactored", "documented",
    "tested", "broke", "introduced", "reverted", "filed", "closed", "opened", "scheduled", "cancelled", "canceled", "forgot",
    "ignored", "talked", "spoke", "mentioned", "shared", "showed", "demoed", "paired", "mentored", "onboarded", "volunteered",
    "organized", "organised", "facilitated", "handled", "resolved", "escalated", "released", "rolled", "migrated", "wrote",
    "told", "called", "emailed", "posted", "commented", "approved", "rejected", "updated", "cut", "dropped", "took", "gave",
];

/// Words that anchor a time or place (situation in SBI).
pub const SITUATION_WORDS: &[&str] = &[
    "yesterday", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "meeting", "standup", "stand-up", "retro", "retrospective", "demo", "review", "1:1",
    "one-on-one", "sprint", "planning", "offsite", "workshop", "presentation", "call", "interview", "incident", "outage",
    "launch", "release", "deadline", "week", "month", "quarter", "q1", "q2", "q3", "q4", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "during", "when", "session",
    "all-hands", "kickoff", "postmortem", "post-mortem", "thread", "email", "slack", "channel", "doc", "pr", "ticket",
    "issue", "commit", "line", "lines", "function", "method", "class", "file", "module", "test", "tests", "section", "page",
    "figure", "table", "paragraph", "step", "example", "version", "build", "branch", "endpoint", "query", "script", "last",
    "earlier", "ago",
];

/// Words that name an impact (SBI).
pub const IMPACT_WORDS: &[&str] = &[
    "impact", "impacted", "affected", "effect", "result", "resulted", "caused", "causes", "led", "meant", "means", "blocked",
    "delayed", "lost", "confused", "frustrated", "cost", "costs", "slowed", "broke", "breaks", "risk", "risks", "harder",
    "easier", "helped", "helps", "saved", "enabled", "allowed", "prevented", "therefore", "consequently",
    "felt", "unblocked", "improved", "reduced", "increased", "customers", "users", "missed", "waited", "wasted", "late",
    "confusion", "rework", "churn", "overtime", "escalated", "outage", "complaints", "consequence", "consequences",
];

/// Markers that a judgment comes with its reason.
pub const REASON_WORDS: &[&str] = &[
    "because", "since", "as", "due", "so", "therefore", "otherwise", "instead", "should", "could", "would", "needs", "need",
    "must", "why", "if", "when", "unless", "since", "means", "e.g", "i.e", "for", "example", "expected", "expect", "rather",
    "use", "try", "please", "will", "breaks", "fails", "causes", "returns", "leads", "makes", "than", "but", "though",
];

/// Second- and third-person subjects that make a sentence about a person.
pub const PERSON_SUBJECTS: &[&str] = &["you", "you're", "youre", "u", "he", "he's", "she", "she's", "ur", "your", "yours", "yourself"];

/// Words that negate what follows within a short window.
pub const NEGATORS: &[&str] = &[
    "not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "nothing",
    "hardly", "barely", "neither", "nor", "without", "ain't", "cannot", "can't", "couldn't", "shouldn't", "nobody", "none",
    "haven't", "hasn't", "hadn't", "mustn't", "needn't", "non", "dont", "doesnt", "isnt", "didnt", "wont", "cant",
];

/// Insult nouns that insult wherever they appear.
pub const INSULT_STRONG: &[&str] = &[
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "cretin", "jerk", "jerks", "loser", "losers",
    "dumbass", "jackass", "asshole", "assholes", "arsehole", "bastard", "bastards", "dickhead", "prick", "twat",
    "buffoon", "retard", "retards", "douche", "douchebag", "scumbag", "halfwit", "nitwit", "dimwit", "numpty",
    "wanker", "tosser", "bitch", "shithead", "dipshit", "ignoramus", "idiocy", "stupidity", "morons'", "idiot's",
    "liar", "liars", "coward", "cowards", "nazi", "nazis", "chump",
];

/// Nouns that insult only when aimed at a person ("amateur" is fine in "amateur radio").
pub const INSULT_WEAK: &[&str] = &[
    "ass",
    "fool", "fools", "clown", "clowns", "noob", "n00b", "amateur", "amateurs", "liar", "liars", "coward", "troll",
    "monkey", "monkeys", "baby", "crybaby", "weirdo", "psycho", "lunatic", "maniac", "pig", "snowflake", "dick",
    "incompetent", "joke", "disgrace", "embarrassment", "failure", "idiot", "genius", "child", "kid", "dinosaur",
    "dumb", "stupid",
];

/// Words that sneer at the work (harsh even with a reason).
pub const SNEERING: &[&str] = &[
    "dumbest", "crappiest", "absurd", "absurdly", "idiocy", "insanity", "sucky", "atrocity",
    "rubbish", "stupid", "stupidly", "idiotic", "moronic", "ridiculous", "ridiculously", "absurd", "insane",
    "horrible", "horribly", "horrendous", "atrocious", "disgusting", "ugly", "uglier", "ugliest", "laughable",
    "hideous", "abomination", "monstrosity", "brainless", "braindead", "asinine", "stinks", "stinky", "yuck", "yucky",
    "ugh", "eww", "ew", "bleh", "blech", "dreadful", "abysmal", "amateurish", "lousy", "ludicrous", "bonkers",
    "crappy", "shitty", "hate", "hated", "hating", "evil", "anal", "smelly", "awful", "crazy", "fugly", "barf",
    "suckage", "junk", "hates", "stupidest", "dumbness", "disgrace", "shameful", "shameless", "obnoxious",
    "obnoxiously", "ignorant", "goofy", "wacky", "poop", "idiotically", "moronically", "craziness", "stupidity",
];

/// Verdict words: harsh when they stand alone without a reason.
pub const VERDICTS: &[&str] = &[
    "wrong", "bad", "broken", "terrible", "awful", "mess", "disaster", "joke", "unacceptable", "unreadable",
    "incompetent", "sloppy", "garbage", "nonsense", "inadequate", "poor", "horrible", "pathetic", "worthless",
    "incorrect", "nuts", "rubbish", "crap", "trash", "embarrassing", "fail", "failure",
];

/// Word-class bits: every word's classes are found with one hash lookup per token.
pub mod class {
    pub const INSULT_STRONG: u32 = 1 << 0;
    pub const INSULT_WEAK: u32 = 1 << 1;
    pub const SNEER: u32 = 1 << 2;
    pub const VERDICT: u32 = 1 << 3;
    pub const TRAIT: u32 = 1 << 4;
    pub const INTENSIFIER: u32 = 1 << 5;
    pub const PROFANE: u32 = 1 << 6;
    pub const IMPERATIVE: u32 = 1 << 7;
    pub const ACTION: u32 = 1 << 8;
    pub const SITUATION: u32 = 1 << 9;
    pub const IMPACT: u32 = 1 << 10;
    pub const REASON: u32 = 1 << 11;
    pub const PERSON: u32 = 1 << 12;
    pub const NEGATOR: u32 = 1 << 13;
    pub const BECAUSE: u32 = 1 << 14;
    pub const THANKS_OR_FIX: u32 = 1 << 15;
    pub const DEMAND: u32 = 1 << 16;
    pub const SMUG: u32 = 1 << 17;
    /// Set by `scan`, not from a word list:
    pub const DISGUISED: u32 = 1 << 24;
    pub const PROFANE_PREFIX: u32 = 1 << 25;
    pub const CAPS: u32 = 1 << 26;
    pub const BANGS: u32 = 1 << 27;
    pub const JUST: u32 = 1 << 28;
}

/// Every word class in one map: word → class bits.
pub fn word_flags() -> &'static FastMap<&'static str, u32> {
    static MAP: OnceLock<FastMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FastMap<&'static str, u32> = FastMap::default();
        let tables: [(&[&'static str], u32); 18] = [
            (&["obviously", "clearly", "simply", "trivially", "surely"], class::SMUG),
            (&["needs", "need", "should"], class::DEMAND),
            (&["because", "since", "as", "e.g", "i.e", "example", "when"], class::BECAUSE),
            (&["thanks", "thank", "works", "worked", "fixed"], class::THANKS_OR_FIX),
            (INSULT_STRONG, class::INSULT_STRONG),
            (INSULT_WEAK, class::INSULT_WEAK),
            (SNEERING, class::SNEER),
            (VERDICTS, class::VERDICT),
            (TRAIT_ADJ, class::TRAIT),
            (INTENSIFIERS, class::INTENSIFIER),
            (PROFANITY, class::PROFANE),
            (IMPERATIVES, class::IMPERATIVE),
            (ACTION_VERBS, class::ACTION),
            (SITUATION_WORDS, class::SITUATION),
            (IMPACT_WORDS, class::IMPACT),
            (REASON_WORDS, class::REASON),
            (PERSON_SUBJECTS, class::PERSON),
            (NEGATORS, class::NEGATOR),
        ];
        for (list, bit) in tables {
            for w in list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    })
}

/// Class bits of a lowercased word (0 if none).
#[inline]
pub fn flags_of(w: &str) -> u32 {
    word_flags().get(w).copied().unwrap_or(0)
}

/// A compiled phrase table: first token → (rest of tokens, entry).
pub struct PhraseIndex {
    map: FastMap<&'static str, Vec<(Vec<&'static str>, &'static Entry)>>,
}

/// Everything the engine knows about one word: its class bits and the phrases it starts.
pub struct WordInfo {
    pub flags: u32,
    pub phrases: Vec<(Vec<&'static str>, &'static Entry)>,
}

/// One map for both word classes and phrase heads, so each token costs one hash lookup.
pub fn words() -> &'static FastMap<&'static str, WordInfo> {
    static MAP: OnceLock<FastMap<&'static str, WordInfo>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FastMap<&'static str, WordInfo> = FastMap::default();
        for (w, f) in word_flags() {
            m.entry(*w).or_insert_with(|| WordInfo { flags: 0, phrases: Vec::new() }).flags |= *f;
        }
        for (w, p) in &phrases().map {
            m.entry(*w).or_insert_with(|| WordInfo { flags: 0, phrases: Vec::new() }).phrases = p.clone();
        }
        m
    })
}

/// First four bytes of `PROFANE_PREFIXES`, as little-endian words, for a cheap pre-filter.
const PREFIX4: [u32; 7] = [
    u32::from_le_bytes(*b"fuck"),
    u32::from_le_bytes(*b"shit"),
    u32::from_le_bytes(*b"bull"),
    u32::from_le_bytes(*b"moth"),
    u32::from_le_bytes(*b"dumb"),
    u32::from_le_bytes(*b"assh"),
    u32::from_le_bytes(*b"crap"),
];

/// Word-class bits of every token and every phrase occurrence, in one pass.
#[allow(clippy::needless_range_loop)] // `i` is also the phrase start
pub fn scan(doc: &Doc) -> (Vec<u32>, Vec<Match>) {
    let n = doc.tokens.len();
    let mut flags = vec![0u32; n];
    let mut out = Vec::new();
    let map = words();
    for i in 0..n {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word {
            if t.kind == TokenKind::Punct && t.end - t.start >= 3 && doc.lower(i).matches('!').count() >= 3 {
                flags[i] = class::BANGS;
            }
            continue;
        }
        let w = doc.lower(i);
        let mut extra = 0;
        if t.disguised {
            extra |= class::DISGUISED;
        }
        if t.caps && !t.ident {
            extra |= class::CAPS;
        }
        if w.len() > 4 && PREFIX4.contains(&u32::from_le_bytes([w.as_bytes()[0], w.as_bytes()[1], w.as_bytes()[2], w.as_bytes()[3]])) {
            extra |= class::PROFANE_PREFIX;
        }
        if w == "just" {
            extra |= class::JUST;
        }
        let Some(info) = map.get(w) else {
            flags[i] = extra;
            continue;
        };
        flags[i] = info.flags | extra;
        'cand: for (rest, entry) in &info.phrases {
            let end = i + 1 + rest.len();
            if end > n {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                let j = i + 1 + k;
                if doc.tokens[j].sentence != t.sentence || doc.lower(j) != *w {
                    continue 'cand;
                }
            }
            out.push(Match { start: i, end, entry });
        }
    }
    (flags, out)
}

/// One phrase occurrence: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub entry: &'static Entry,
}

impl PhraseIndex {
    fn build(tables: &[&'static [Entry]]) -> Self {
        let mut map: FastMap<&'static str, Vec<(Vec<&'static str>, &'static Entry)>> = FastMap::default();
        for table in tables {
            for entry in table.iter() {
                let mut words = entry.phrase.split(' ').filter(|w| !w.is_empty());
                let Some(first) = words.next() else { continue };
                map.entry(first).or_default().push((words.collect(), entry));
            }
        }
        // Longest phrases first so callers can prefer the longest match at a position.
        for v in map.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        PhraseIndex { map }
    }

    /// Every occurrence of every phrase, in token order (longest first at one position).
    pub fn find_all(&self, doc: &Doc) -> Vec<Match> {
        let mut out = Vec::new();
        let n = doc.tokens.len();
        for i in 0..n {
            let t = &doc.tokens[i];
            if t.kind == TokenKind::Code || t.kind == TokenKind::Url {
                continue;
            }
            let Some(cands) = self.map.get(doc.lower(i)) else { continue };
            'cand: for (rest, entry) in cands {
                let end = i + 1 + rest.len();
                if end > n {
                    continue;
                }
                for (k, w) in rest.iter().enumerate() {
                    let j = i + 1 + k;
                    // Phrases never cross sentences.
                    if doc.tokens[j].sentence != t.sentence || doc.lower(j) != *w {
                        continue 'cand;
                    }
                }
                out.push(Match { start: i, end, entry });
            }
        }
        out
    }
}

/// All phrase tables, compiled once.
pub fn phrases() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        PhraseIndex::build(&[
            VAGUE_PRAISE, VAGUE_CRITICISM, SOFTENERS, WEASELS, INSINCERE, CONTEMPT, SARCASM, FIXED, LABEL_NOUNS,
            PROFANE_PHRASES, ABSOLUTES, SIGNALS,
        ])
    })
}

macro_rules! word_class {
    ($name:ident, $bit:expr) => {
        /// Membership test for one word class.
        pub fn $name() -> WordClass {
            WordClass($bit)
        }
    };
}

/// A word class: a bit in `word_flags`.
pub struct WordClass(u32);
impl WordClass {
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        flags_of(w) & self.0 != 0
    }
}

word_class!(profanity, class::PROFANE);
word_class!(trait_adj, class::TRAIT);
word_class!(intensifiers, class::INTENSIFIER);
word_class!(imperatives, class::IMPERATIVE);
word_class!(action_verbs, class::ACTION);
word_class!(situation_words, class::SITUATION);
word_class!(impact_words, class::IMPACT);
word_class!(reason_words, class::REASON);
word_class!(person_subjects, class::PERSON);
word_class!(negators, class::NEGATOR);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::tokenize;

    #[test]
    fn every_phrase_is_tokenizable_as_written() {
        // A phrase only matches if the tokenizer splits it the same way.
        let mut bad = Vec::new();
        for table in [VAGUE_PRAISE, VAGUE_CRITICISM, SOFTENERS, WEASELS, INSINCERE, CONTEMPT, SARCASM, FIXED, LABEL_NOUNS, PROFANE_PHRASES, ABSOLUTES, SIGNALS] {
            for entry in table {
                let d = tokenize(entry.phrase);
                let toks: Vec<&str> = (0..d.tokens.len()).map(|i| d.lower(i)).collect();
                let want: Vec<&str> = entry.phrase.split(' ').collect();
                if toks != want {
                    bad.push(entry.phrase);
                }
            }
        }
        assert!(bad.is_empty(), "phrases that do not tokenize as written: {bad:?}");
    }

    #[test]
    fn finds_multiword_phrases() {
        let d = tokenize("Great work, keep it up!");
        let m = phrases().find_all(&d);
        assert!(m.iter().any(|m| m.entry.phrase == "keep it up"));
        assert!(m.iter().any(|m| m.entry.phrase == "great work"));
    }
}
