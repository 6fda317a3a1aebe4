//! Word classes: every list of words the engine shares (trait adjectives, intensifiers,
//! negators, person subjects, action, situation and impact words, …) and their class bits, so
//! that each token's classes cost one hash lookup. Rules and scoring test membership with
//! `cx.is(i, class::X)`; no rule keeps a copy of a list.

/// A list of words or phrases kept as one string, the items separated by `|`: a `&[&str]` costs
/// the page eight bytes of pointer and length per item. Read like a slice (`contains`, `iter`).
#[derive(Clone, Copy)]
pub struct List(pub &'static str);

impl List {
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        Items(Some(self.0))
    }

    /// One pass over the bytes, comparing only items of `w`'s length (lists are short and
    /// their items a few bytes: cheaper than a search per separator). Most lookups miss, and
    /// the list's signature (`signature`) rejects most misses without the pass.
    /// Out of line: it has dozens of call sites (inlining it made the page no smaller).
    #[inline(never)]
    pub fn contains(self, w: &&str) -> bool {
        let (hay, needle) = (self.0.as_bytes(), w.as_bytes());
        // Natively only: the page does without the signatures (their table and its code cost
        // 0.19 KB gzip) and makes the plain pass, a few microseconds more per analysis.
        #[cfg(not(target_arch = "wasm32"))]
        if signature(self.0) & item_bits(needle) != item_bits(needle) {
            return false;
        }
        let mut start = 0;
        for (i, &b) in hay.iter().enumerate() {
            if b == b'|' {
                if i - start == needle.len() && &hay[start..i] == needle {
                    return true;
                }
                start = i + 1;
            }
        }
        &hay[start..] == needle
    }

    /// In a list of `key:value` items, the value of `key`.
    /// One pass over the bytes, like `contains`: a `key` of the right length before a `:`.
    pub fn lookup(self, key: &str) -> Option<&'static str> {
        let (hay, needle) = (self.0.as_bytes(), key.as_bytes());
        let mut start = 0;
        for (i, &b) in hay.iter().enumerate() {
            if b == b':' && i - start == needle.len() && &hay[start..i] == needle {
                return self.0[i + 1..].split('|').next();
            }
            if b == b'|' {
                start = i + 1;
            }
        }
        None
    }
}

/// A word's three bits in a list signature: its length (up to 15), its first byte (by its low
/// five bits, so each letter has its own) and its last byte (by its low four bits).
#[cfg(not(target_arch = "wasm32"))]
fn item_bits(w: &[u8]) -> u64 {
    let first = w.first().map_or(0, |&b| b & 31);
    let last = w.last().map_or(0, |&b| b & 15);
    1 << w.len().min(15) | 1 << (16 + first) | 1 << (48 + last)
}

/// The union of a list's `item_bits`, worked out once per list (per thread) and kept in a
/// table keyed by the list's address: a lookup a `List::contains` miss mostly stops at.
#[cfg(not(target_arch = "wasm32"))]
fn signature(list: &'static str) -> u64 {
    use std::cell::Cell;
    const SLOTS: usize = 16384;
    thread_local! {
        static TABLE: [Cell<(usize, usize, u64)>; SLOTS] =
            const { [const { Cell::new((0, 0, 0)) }; SLOTS] };
    }
    let key = (list.as_ptr() as usize, list.len());
    TABLE.with(|t| {
        // Fibonacci hashing: nearby addresses of the lists spread over the table. A list that
        // shares its slot with another evicts it on every call, so the table has room to spare
        // for a few hundred lists (at 4,096 slots, 188 signatures were worked out again per
        // analysis of the seed; at 16,384, none; 256 KB of zeroed memory in the page).
        // Two slots per list (the one it hashes to and its neighbour), so that two lists that
        // hash alike both stay: one slot each took a new word list in a per-sentence test to
        // evict one asked for every word (164 signatures worked out again per analysis).
        let h = ((key.0 ^ key.1 << 20) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50;
        let i = h as usize % SLOTS;
        for slot in [&t[i], &t[i ^ 1]] {
            let (ptr, len, sig) = slot.get();
            if (ptr, len) == key {
                return sig;
            }
        }
        let sig = signature_of(list);
        let slot = if t[i].get().0 == 0 { &t[i] } else { &t[i ^ 1] };
        slot.set((key.0, key.1, sig));
        sig
    })
}

/// A list's signature, worked out once per list (`signature` keeps it): out of line, so that
/// the lookup above stays small enough to be inlined into `List::contains`.
#[cfg(not(target_arch = "wasm32"))]
#[cold]
#[inline(never)]
fn signature_of(list: &str) -> u64 {
    list.split('|')
        .fold(0, |all, item| all | item_bits(item.as_bytes()))
}

/// The items of a `List`, split on `|` by a plain byte loop (what `str::split` does with a
/// search per item, which costs more than these few-byte items).
#[derive(Clone)]
struct Items(Option<&'static str>);

impl Iterator for Items {
    type Item = &'static str;

    // Out of line, like `List::contains`: one copy for every `iter()` call site.
    #[inline(never)]
    fn next(&mut self) -> Option<&'static str> {
        let rest = self.0?;
        match rest.bytes().position(|b| b == b'|') {
            Some(i) => {
                self.0 = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

/// "learner", "communicator", "perfectionist": a noun for someone by what they do, which a
/// label before it describes ("a slow learner"). By ending, less the adverbs and comparatives
/// that end the same way.
pub fn agent_noun(w: &str) -> bool {
    w.len() > 5
        && (w.ends_with("er") || w.ends_with("or") || w.ends_with("ist"))
        && !NOT_AGENT_NOUNS.contains(&w)
}

/// Words ending like agent nouns that are not ("whenever", "faster").
const NOT_AGENT_NOUNS: List = List(
    "whenever|however|whatever|wherever|whether|neither|rather|better|faster|harder|slower|\
longer|stronger|together|further|another|earlier|easier|bigger|smaller|louder",
);

/// What may follow a personal label for a behavior to take its place: a clause boundary or a
/// circumstance ("lazy, and …", "abrasive in meetings"), not the rest of a noun phrase.
pub const AFTER_LABEL: List = List(
    ",|;|:|—|-|(|and|but|or|so|because|in|at|during|on|with|around|toward|towards|when|while|\
whenever|sometimes|lately|recently|again|today|this|these|last|since|until|after|before",
);

/// Words that open a noun phrase without describing it.
pub const DETERMINERS: List = List("a|an|the|not|no|his|her|your|my|their|our|this|that|such");

/// Opinion and perception verbs the writer holds a view with ("I think", "I don't see").
pub const OPINION_VERBS: List =
    List("think|feel|believe|guess|suppose|thought|felt|find|see|understand|doubt|wonder");

/// What a writer says when they only react to something or announce a plan ("I agree", "I'm
/// sorry", "we love it", "I will look"): no deed of theirs to give an example of.
pub const REACTIONS: List = List(
    "think|feel|believe|guess|suppose|thought|find|see|understand|wonder|like|liked|love|agree|\
appreciate|hope|want|wanted|prefer|mean|meant|know|tell|told|sorry|glad|happy|afraid|\
sure|not|suggest|say|said|thinking|wondering|will|won't|disappointed|concerned|worried|frustrated|\
pleased|impressed|proud|surprised|upset|annoyed|unhappy|thrilled|grateful|thankful",
);

/// Words that make a hedged sentence more than a guessed fact: advice ("should", "might want
/// to"), the writer's own state or view ("it appears I'm blocked", "seems to me"), or a view
/// the sentiment lists do not rate ("seems odd", "probably fine", "rather obscure", "more
/// readable", "makes more sense").
pub const NOT_A_GUESS: List = List(
    "should|could|would|can|shall|must|ought|need|needs|please|want|belong|belongs|\
i|i'm|i've|me|my|we|we're|us|our|\
ok|okay|fine|odd|weird|strange|silly|goofy|obvious|too|way|right|wrong|correct|incorrect|\
overkill|unnecessary|redundant|enough|worth|more|less|rather|quite|pretty|very|really|sense|trick",
);

/// Verbs that report what someone said ("she told me", "he mentioned"): what follows is their
/// account, quoted, not the writer's verdict.
pub const REPORTING: List = List(
    "said|says|stated|states|told|tells|mentioned|explained|admitted|complained|shared|expressed|\
reported|wrote",
);

/// How someone feels, which only they know: a hedge before one ("seems happy") guesses at it.
pub const FEELINGS: List = List(
    "happy|unhappy|content|contented|satisfied|dissatisfied|comfortable|uncomfortable|motivated|\
unmotivated|demotivated|engaged|disengaged|interested|uninterested|disinterested|bored|\
frustrated|overwhelmed|stressed|anxious|nervous|worried|confident|insecure|eager|keen|excited|\
enthusiastic|passionate|invested|disappointed|upset|tired|exhausted|burned|burnt|unsure|\
reluctant|hesitant|afraid|scared|fulfilled|unfulfilled|valued|undervalued|appreciated|lonely|\
isolated|checked|restless|discouraged|encouraged|energized|energised|drained",
);

/// Verbs of liking and wanting: "seems to enjoy", "appears to care".
pub const FEELING_VERBS: List = List(
    "enjoy|enjoys|like|likes|love|loves|want|wants|care|cares|prefer|prefers|dislike|dislikes|\
hate|hates|mind|minds|resent|resents|feel|feels",
);

/// What a person can lack that only they feel: "seems to lack interest".
pub const FEELING_NOUNS: List = List(
    "interest|motivation|drive|enthusiasm|confidence|passion|energy|desire|ambition|commitment",
);

/// Between a hedge and the feeling it guesses at: "seems to be quite happy", "is probably not".
pub const FEELING_SKIP: List = List(
    "to|be|being|is|was|are|were|'s|not|very|quite|really|rather|fairly|pretty|somewhat|more|less|\
so|too|genuinely|truly|a|bit|little|much|fully|entirely|generally|mostly",
);

/// Words of an editor's note in brackets ("[comment removed]", "[snip]").
pub const EDITED: List = List("removed|redacted|snip|snipped|edited|deleted|omitted|hidden");

/// Words an editor inserts in brackets into someone's sentence ("we [also] need", "it is
/// [not] safe"): part of the sentence, not a fact left to fill in.
pub const INSERTED: List = List(
    "also|not|and|or|but|the|a|an|to|is|are|was|were|be|it|that|this|only|still|just|even|very|\
of|in|on|for|with|has|have|had|then|now|so|too|more|less|all|any|some|no|yet|again|really",
);

/// Bracketed words that tag a form, a title or a quote, not a fact to fill in ("[Required]").
pub const BRACKET_TAGS: List = List(
    "sic|citation needed|x|ok|done|wip|edit|nit|required|optional|deprecated|draft|todo|fixme|\
bug|feature|breaking|question",
);

/// Profanity stems (matched after leetspeak/asterisk normalisation). A token is profane when it
/// equals one of these or starts with one of the `PROFANE_PREFIXES`.
pub const PROFANITY: &str = "\
fuck unfuck unfucked unfucking fucks fucked fucking fuckin fucker fuckers fck fuk fukin fcking fking effing shit shits \
shitty shite bullshit horseshit pisses crap craps crappy crapola damn damned dammit damnit goddamn \
goddammit goddamnit darn darned dang piss pissed pissing bloody bollocks bugger arse wtf wth \
stfu gtfo ffs jfc omfg frickin friggin frigging freaking fricking effin sucks sucked sucky \
cock cunt motherfucker asshat shitload crapload craptastic shitshow clusterfuck fubar \
hell fart farts sucker suckers damm dammn bitched bitching bitchy balls anally porn arsed \
assed";

/// Prefixes that make a word profane wherever it appears (`fuckup`, `shitstorm`).
pub const PROFANE_PREFIXES: List = List("fuck|shit|bullshit|motherf|dumbass|asshole|crap");

/// Trait adjectives: personality labels when said of a person ("you are abrasive").
pub const TRAIT_ADJ: &str = "\
abrasive obtuse lazy emotional bossy aggressive arrogant rude careless sloppy incompetent \
difficult negative moody dramatic shrill pushy selfish stubborn defensive sensitive \
oversensitive timid passive disorganized disorganised unprofessional immature naive clueless \
hostile cold insecure nice sweet pleasant bubbly nervous scattered stupid dumb dense useless \
hopeless annoying condescending bitter toxic manipulative entitled obnoxious irritating abrupt \
harsh brash loud quiet shy awkward smart brilliant talented gifted intelligent unreliable \
inflexible rigid fickle egotistical cocky \
sarcastic dismissive intimidating combative confrontational argumentative whiny needy clingy \
flaky sluggish slow weak soft hysterical irrational overbearing domineering controlling \
idiotic moronic retarded pathetic worthless ignorant incapable inept unmotivated apathetic \
unambitious complacent unfocused distracted forgetful mean nasty petty crazy insane nuts \
ridiculous impatient temperamental volatile bitchy cranky grumpy grouchy \
jealous vain fake dishonest untrustworthy sneaky cowardly petulant childish disruptive uncooperative cooperative engaged committed accomplished \
aloof standoffish unapproachable \
skilled organized focused frustrated experienced qualified determined respected trusted";

/// Trait words that are praise as a label though no sentiment list rates them ("she is
/// qualified"), and mere verbs elsewhere ("qualified for the bonus").
pub const CREDIT_TRAITS: List = List("experienced|qualified|determined");

/// Intensifiers that may sit between the copula and the label ("you are *really* lazy").
pub const INTENSIFIERS: &str = "\
very so really too extremely quite pretty rather such always just being a an incredibly \
totally completely utterly super overly bit little kind sort of kinda sometimes often somewhat \
fairly truly genuinely seriously absolutely simply also still the most total complete \
real fucking freaking damn bloody sooo soo way";

/// Imperative verbs that open a request ("Add a test for …").
pub const IMPERATIVES: &str = "\
add remove use fix change rename move delete replace avoid make check clarify explain provide \
include update consider drop split refactor document describe discuss compare mention cite \
define put keep call pass return handle revert simplify extract merge squash rebase test \
verify ensure try run write specify state show report elaborate justify reword rephrase fold \
inline wrap limit set get log raise throw catch don't do stop start please let's note look \
think reconsider double-check align";

/// Words that describe an observable action (behaviour in SBI; an anchor for specificity).
pub const ACTION_VERBS: &str = "\
said wrote interrupted shipped merged missed presented pushed committed deployed reviewed \
fixed added removed deleted changed skipped sent asked answered explained joined left arrived \
finished started delivered led ran raised replied responded refactored documented tested broke \
introduced reverted filed closed opened scheduled cancelled canceled forgot ignored talked \
spoke mentioned shared showed demoed paired mentored onboarded volunteered organized organised \
facilitated handled resolved escalated released rolled migrated told called emailed \
posted commented approved rejected updated cut dropped took gave";

/// Words that anchor a time or place (situation in SBI).
pub const SITUATION_WORDS: &str = "\
yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday \
morning afternoon evening meeting standup stand-up retro retrospective demo review 1:1 \
one-on-one sprint planning offsite workshop presentation call interview incident outage launch \
release deadline week month quarter q1 q2 q3 q4 january february march april june july august \
september october november december during when session all-hands kickoff postmortem \
post-mortem thread email slack channel doc pr ticket issue commit line lines function method \
class file module test tests section page figure table paragraph step example version build \
branch endpoint query script last earlier ago";

/// Words that name an impact (SBI).
pub const IMPACT_WORDS: &str = "\
impact impacted affected effect result resulted caused causes led meant means blocked delayed \
lost confused frustrated cost costs slowed broke breaks risk risks harder easier helped helps \
saved enabled allowed prevented therefore consequently felt unblocked improved reduced \
increased customers users missed waited wasted late confusion rework churn overtime escalated \
outage complaints consequence consequences";

/// Markers that a judgment comes with its reason.
pub const REASON_WORDS: &str = "\
because since as due so therefore otherwise instead should could would needs need must why if \
when unless means e.g i.e for example expected expect rather use try please will breaks \
fails causes returns leads makes than but though";

/// What an empty review comment consists of: a hesitation, a bare "why", an unexplained
/// oddity, or a change verb with nothing to change. The words of the last line count only when
/// negated ("not sure", "don't like").
pub const EMPTY_ASK_WORDS: &str = "\
hmm hm hmmm hmmmm meh huh why strange odd weird off confusing confused unclear overkill rework \
refactor redo rethink revisit reconsider improve improved simplify simplified clean cleanup \
fix polish tidy cleaned reworked refactored redone again necessary needed \
sure convinced understand like get agree follow";

/// Words with no content of their own: what's left of a comment once its point is removed.
pub const FILLER_WORDS: &str = "\
this that it these those here there is are was be been seems seem looks look feels i i'm me my \
you we can could would should please pls the a an to do does don't doesn't not no really very \
so quite bit little part thing stuff change code for about of done just maybe still too kind \
sort all at am one some way another take make whole now on in up i'd much totally entirely \
somehow bits things piece section lot more even what with why how going actually honestly hmm \
well ok okay isn't aren't can't cannot won't you're it's that's let's need needs approach \
right correct solution idea logic best place other better cleaner";

/// Code and review elements named in plain words: a comment that names one points somewhere.
pub const TECH_NOUNS: &str = "\
variable variables loop loops null nil none error errors exception exceptions parameter \
parameters param params argument arguments arg args type types string strings list array map \
dict field fields column columns row rows index cache lock mutex thread threads log logs \
logging config configuration api request response header headers buffer pointer memory leak \
regex import imports dependency dependencies constant constants flag flags docstring readme \
typo value values default path crash panic timeout callback struct enum interface object \
instance variable's return signature schema migration database db sql json yaml xml http url \
cli ui css html script compiler warning warnings assert assertion mock fixture helper wrapper \
handler constructor getter setter iterator closure lambda queue stack heap socket port server \
client package library binary boolean bool int integer float char byte bytes offset length \
size overflow deadlock race encoding utf-8 unicode locale timezone permission permissions \
token key keys hash branch condition conditional statement expression operator scope namespace \
global locals local recursion allocation copy clone reference ref async await promise future \
input output stdout stderr file files directory folder endpoint payload attribute property \
properties prop props selector doc docs documentation comment comments coverage benchmark \
latency performance complexity edge";

/// Verbs that propose a concrete change (a review comment that says what to do).
pub const CHANGE_VERBS: &str = "\
rename renaming extract extracting move moving split splitting use using add adding remove \
removing replace replacing inline inlining swap drop dropping reuse reusing cache caching \
batch return returning prefer store pass passing wrap wrapping guard validate check checking \
assert escape sort filter merge flatten simplify reorder bump pin upgrade downgrade import \
export log catch throw raise initialize initialise declare delete deleting revert hoist \
memoize lock close free release rewrite document";

/// Second- and third-person subjects that make a sentence about a person.
pub const PERSON_SUBJECTS: &str = "you you're youre u he he's she she's ur your yours yourself";

/// Words that negate what follows within a short window.
pub const NEGATORS: &str = "\
not no never isn't wasn't aren't weren't don't doesn't didn't won't wouldn't nothing hardly \
barely neither nor without ain't cannot can't couldn't shouldn't nobody none haven't hasn't \
hadn't mustn't needn't non dont doesnt isnt didnt wont cant rarely seldom";

/// Insult nouns that insult wherever they appear.
pub const INSULT_STRONG: &str = "\
idiot idiots moron morons imbecile imbeciles cretin jerk jerks loser losers dumbass jackass \
asshole assholes arsehole bastard bastards dickhead prick twat buffoon retard retards douche \
douchebag scumbag halfwit nitwit dimwit numpty wanker tosser bitch shithead dipshit ignoramus \
idiocy stupidity morons' idiot's liar liars coward cowards nazi nazis chump dunce doofus";

/// Nouns that insult only when aimed at a person ("amateur" is fine in "amateur radio").
pub const INSULT_WEAK: &str = "\
einstein sherlock ass fool fools clown clowns noob n00b novice newbie amateur amateurs liar liars coward \
troll monkey monkeys baby crybaby weirdo psycho lunatic maniac pig snowflake dick incompetent \
joke disgrace embarrassment failure idiot genius child kid dinosaur dumb stupid children kids \
babies toddlers shill shills lackey lackeys stooge stooges sycophant sycophants bootlicker bootlickers";

/// Words that sneer at the work (harsh even with a reason).
pub const SNEERING: &str = "\
laughably dumbest crappiest absurd absurdly idiocy insanity sucky atrocity rubbish stupid \
stupidly idiotic moronic ridiculous ridiculously insane horrible horribly horrendous \
atrocious disgusting ugly uglier ugliest laughable hideous abomination monstrosity brainless \
braindead asinine stinks stinky yuck yucky ugh eww ew bleh blech dreadful abysmal amateurish \
lousy ludicrous bonkers crappy shitty hate hated hating evil anal smelly awful crazy fugly \
barf suckage junk hates stupidest dumbness disgrace shameful shameless obnoxious obnoxiously \
ignorant goofy wacky poop idiotically moronically craziness stupidity dishonesty vitriol \
childish shoddy braindamage braindamaged brain-damaged";

/// Verdict words: harsh when they stand alone without a reason.
pub const VERDICTS: &str = "\
wrong bad broken terrible awful mess disaster joke unacceptable unreadable incompetent sloppy \
garbage nonsense inadequate poor horrible pathetic worthless nuts rubbish crap trash \
embarrassing fail failure dumb pointless nightmare fiasco travesty trainwreck \
shambles screwup disappointing";

/// Words that open a heated pattern (checked by `condescension`, `sarcasm`, `personal-label`).
pub const HEAT_WORDS: &str = "\
stop get go buzz congrats congratulations kudos bravo nice great good well thanks thank waste \
wasting wasted learn keep worst times twice time come read calm chill";

/// A stated reason or contrast ("because", "otherwise", "instead").
pub const WHY_WORDS: &str = "\
because since otherwise therefore so due unless instead rather which whereas thus hence";

/// Smug adverbs ("obviously", "clearly").
pub const SMUG_WORDS: &str = "obviously clearly simply trivially surely";

/// Words that introduce an example or a cause.
pub const BECAUSE_WORDS: &str = "because since as e.g i.e example when";

/// Thanks, or a report that something works now.
pub const THANKS_OR_FIX_WORDS: &str = "thanks thank works worked fixed";

/// Workplace praise VADER lacks or rates weakly: how reviews commend a person or their work.
pub const PRAISE_WORDS: &str = "\
reliable dependable diligent hardworking conscientious dedicated committed proactive thorough \
meticulous organized organised punctual resourceful knowledgeable competent capable skilled \
skillful talented smart sharp bright exceptional outstanding stellar superb solid strong \
consistent professional personable approachable positive enthusiastic motivated driven \
ambitious collaborative cooperative supportive helpful patient humble respectful trustworthy \
honest creative innovative analytical efficient productive effective valuable invaluable \
indispensable exemplary impressive remarkable phenomenal terrific nice pleasant pleasure asset \
star rockstar versatile adaptable flexible resilient calm composed confident articulate \
insightful thoughtful attentive engaged energetic passionate loyal steady kind friendly fine \
excels excelled exceeds exceeded shines thrives top-notch notch happy satisfied decent \
reasonable acceptable adept popular diligently timely spot-on applaud commend commended \
commendable impeccable tremendous outperform outperforms outperformed flawless pleased \
delighted proud thank thanks appreciate appreciated grateful kudos insight early willing eager \
keen quickly rapidly gifted sweet bubbly";

/// Workplace criticism VADER lacks or rates weakly (it rates "emotional" positive). A strength
/// that is "absent" or "non-existent" (the tokenizer splits off "existent") is criticised.
pub const CRITICISM_WORDS: &str = "\
abrasive emotional bossy shrill sloppy shoddy subpar mediocre unreliable careless disorganized \
disorganised unprofessional disruptive difficult defensive arrogant inconsistent \
underperforming underperforms unmotivated disengaged passive aggressive inattentive \
inefficient incompetent ineffective unhelpful uncooperative abysmal poor poorly weak lacking \
unwilling unable overwhelmed worrisome argumentative confrontational condescending dismissive \
moody temperamental volatile indecisive unfocused distracted forgetful messy chaotic rigid \
stubborn inflexible complacent struggles struggled struggling disappointing disappointed \
unacceptable inadequate insufficient lacks lacked fails failed neglects neglected slow late \
behind struggle rushed mistakes mistake termination risk below lack little underachieving \
underwhelming lackluster lacklustre unsatisfactory average mediocrity ordinary adequate \
unremarkable unexceptional misses missed missing omits omitted ignores ignored overlooks \
overlooked overstates overstated unclear confusing unconvincing weaknesses shortcomings flaws \
flawed errors incorrect wrong problems problem concerned worried concern concerns worry \
substandard lagging lags lagged difficulty difficulties underperform underperformed \
underdelivered liability hindrance questionable doubtful debatable iffy shaky spotty patchy uneven \
erratic sporadic absent nonexistent existent aloof standoffish unapproachable";

/// Nouns for a kind of worker or colleague: "is a hard worker", "is a team player".
pub const WORKER_NOUNS: List = List(
    "\
worker|performer|player|asset|employee|colleague|teammate|leader|person|individual|addition|\
contributor|professional|self-starter|starter|go-getter|hire|member|communicator|thinker|learner|\
listener|collaborator|mentor|manager|engineer|developer|designer|analyst|rockstar|star|natural|\
talent|genius|role|model|example|pleasure|joy|delight|liability|problem|disappointment|burden|\
getter|teamplayer|rock|gem|backbone|hero|workhorse|powerhouse|overachiever|underachiever|\
underperformer|achiever",
);

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
    /// A code or review element named in plain words ("loop", "null", "column"): specificity.
    pub const TECH: u32 = 1 << 18;
    /// A concrete change verb ("rename", "extract", "swap"): specificity.
    pub const CHANGE: u32 = 1 << 19;
    /// A stated reason or contrast ("because", "otherwise", "instead"): specificity.
    pub const WHY: u32 = 1 << 20;
    /// Opens a heated pattern checked in `phrase_rules::heat` ("stop", "congrats", "waste").
    pub const HEAT: u32 = 1 << 21;
    /// The content of an empty review ask ("rework", "hmm", "why", "odd"): `vague::bare_ask`.
    pub const EMPTY_ASK: u32 = 1 << 22;
    /// Words that carry no content of their own ("this", "can", "please", "really").
    pub const FILLER: u32 = 1 << 23;
    /// Set by `scan`, not from a word list:
    pub const DISGUISED: u32 = 1 << 24;
    pub const PROFANE_PREFIX: u32 = 1 << 25;
    pub const CAPS: u32 = 1 << 26;
    pub const BANGS: u32 = 1 << 27;
    pub const JUST: u32 = 1 << 28;
    /// A positive evaluation ("reliable", "excellent"): VADER's positive words and ours.
    pub const POSITIVE: u32 = 1 << 29;
    /// A negative evaluation ("sloppy", "disappointing"): VADER's negative words and ours.
    pub const NEGATIVE: u32 = 1 << 30;
    /// A noun for a kind of worker or colleague ("performer", "team player", "asset").
    pub const WORKER: u32 = 1 << 31;
}

/// A month's name, lowercased; not "may", which is more often the verb.
pub fn month_name(w: &str) -> bool {
    crate::engine::vocab::words::List(
        "january|february|march|april|june|july|august|september|october|november|december",
    )
    .contains(&w)
}

/// Every word of every class with its class bit, word by word (`matcher` keeps them in its one
/// word map; `flags_of` reads them back), and an estimate of how many there are.
pub(crate) fn class_words(mut add: impl FnMut(&'static str, u32)) -> usize {
    // Each list is one string of words separated by spaces: a table of slices would cost the
    // page eight bytes a word.
    let lists: [(&'static str, u32); 29] = [
        (super::sentiment::vader_positive(), class::POSITIVE),
        (super::sentiment::vader_negative(), class::NEGATIVE),
        (EMPTY_ASK_WORDS, class::EMPTY_ASK),
        (FILLER_WORDS, class::FILLER),
        (HEAT_WORDS, class::HEAT),
        (TECH_NOUNS, class::TECH),
        (CHANGE_VERBS, class::CHANGE),
        (WHY_WORDS, class::WHY),
        (SMUG_WORDS, class::SMUG),
        ("needs need should", class::DEMAND),
        (BECAUSE_WORDS, class::BECAUSE),
        (THANKS_OR_FIX_WORDS, class::THANKS_OR_FIX),
        (INSULT_STRONG, class::INSULT_STRONG),
        (INSULT_WEAK, class::INSULT_WEAK),
        (SNEERING, class::SNEER),
        // A sneer judges ("your attitude stinks"): it counts against, as VADER's words do.
        (SNEERING, class::NEGATIVE),
        (VERDICTS, class::VERDICT),
        (TRAIT_ADJ, class::TRAIT),
        (PRAISE_WORDS, class::POSITIVE),
        (CRITICISM_WORDS, class::NEGATIVE),
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
    let mut n = 0;
    for (list, bit) in lists {
        for w in list.split_ascii_whitespace() {
            add(w, bit);
            n += 1;
        }
    }
    // A `List`, not a class string: the rewrites (`suggest::person`) walk it too.
    for w in WORKER_NOUNS.iter() {
        add(w, class::WORKER);
        n += 1;
    }
    n
}

/// VADER's positive words that name no praise in feedback: "the task at hand", "room for
/// improvement", "you are welcome to", "hopefully" (`matcher` clears their `POSITIVE` bit).
pub(crate) const NOT_PRAISE: &str =
    "hand improvement improvements growth active values resolve hopefully luck welcome";

/// A word class: a bit in `flags_of`.
pub struct WordClass(u32);
impl WordClass {
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        super::matcher::flags_of(w) & self.0 != 0
    }
}

/// Profanity stems.
pub fn profanity() -> WordClass {
    WordClass(class::PROFANE)
}

/// Intensifiers ("really", "so", "very").
pub fn intensifiers() -> WordClass {
    WordClass(class::INTENSIFIER)
}

// ---------------------------------------------------------------------------------------------
// Rewrite vocabulary: the lists `suggest/` reads to build a rewrite. They are plain lists, not
// class bits, so that adding one changes no analysis.

/// Conventional Comments labels (and their usual cousins) that can open a review comment
/// ("nit:", "issue (blocking):"): the sentence body starts after them.
pub const REVIEW_LABELS: List = List(
    "\
nit|nitpick|suggestion|issue|question|praise|thought|chore|note|todo|typo|polish|quibble|minor|\
optional",
);

/// Words that make a draft read as a code-review comment.
/// Words of software besides `CODE_REVIEW_WORDS` ("the tests", "this release", "the repo").
pub const TECH_WORDS: List = List(
    "test|tests|build|release|version|docs|config|install|npm|github|repo|kernel|driver|upstream|\
readme|plugin|debug|syntax|maintainers|docker|linux|library|argument|parameter|struct|enum|import|\
json|sql|binary|rebase|revert|fork|typo|runtime|crash|stacktrace|dependency|hacky|dir|directory|\
func|funcs|bash|shell|cli|sdk|css|html|javascript|python|java|ruby|php|nodejs|yarn|pip|cargo|\
gradle|maven|webpack|android|ios|macos|ubuntu|debian|flatpak|installer|commits|repository|changelog|\
env|regression|segfault|traceback|stderr|stdout|localhost|sudo|git|cmake|makefile|repos|prs|ide|\
vscode|plugins|dependencies|deps|lib|libs|dll|executable|macro|namespace|async|callback|mutex|\
socket|http|https|tcp|ssl|dns|proxy|vm|container|kubernetes|whoami|code|docstring|mock|mocks|param|\
params|args|kwargs|attribute|attributes|ebuild|noop|unittest|assert|getter|setter|constructor|\
pointer|array|dict|tuple|iterator|boolean|bool|int|float|typedef|refactoring|feature|features|file|\
files|string|strings|server|pid|hack|whitespace|colon|download|command|methods|object",
);

pub const CODE_REVIEW_WORDS: List = List(
    "\
pr|lgtm|nit|refactor|merge|commit|diff|codebase|function|method|variable|compile|linter|loop|\
parser|bug|api|query|deploy|branch|class|module|script|compiler|patch|schema|endpoint|regex|null|\
exception|ci",
);

/// Words of a setting away from an office (a court or pitch, a shop floor, a ward, a
/// classroom, children, a paper under review): a review with one of them gets no office
/// examples ("the March launch review") in its placeholders (`Cx::bare_examples`).
pub const ELSEWHERE_WORDS: List = List(
    "\
coach|season|league|opponent|opponents|opposing|defender|defenders|rebounds|\
scoring|scorer|athlete|tournament|playoffs|roster|innings|shift|shifts|patients|nurses|guests|\
diners|shoppers|classroom|pupils|students|ward|kitchen|warehouse|authors|manuscript|paper|\
children|kids",
);

/// Words of work with people, singular: a draft with one of them is set at work ("the team",
/// "deadlines"), and its rewrites' placeholders keep their examples (`Cx::bare_examples`).
pub const WORK_WORDS: List = List(
    "team|colleague|manager|employee|customer|client|deadline|meeting|quarter|goal|expectation|\
skill|sprint|launch|budget|hire|hiring|sales|training|presentation|initiative|attitude|vendor|\
contract|forecast|milestone|estimate|deck|billing|escalation|peer",
);

/// Nouns that make a topic about code ("your code", "this function").
pub const CODE_TOPIC_NOUNS: List = List(
    "\
code|function|method|class|module|test|tests|query|script|api|loop|parser|schema|implementation|\
pr|patch|commit|build|codebase|service|endpoint",
);

/// Pronouns of the person a sentence is about, with the subject a rewrite uses for them
/// (first match in the sentence wins), as `pronoun:subject` items.
pub const SUBJECT_PRONOUNS: List = List(
    "\
you:you|you're:you|youre:you|your:you|u:you|ur:you|you've:you|you'd:you|yourself:you|she:she|\
she's:she|her:she|he:he|he's:he|his:he|him:he|they:they|they're:they|their:they",
);

/// Words a sentence about the writer opens with ("I skipped …", "our release …").
pub const FIRST_PERSON_OPENERS: List = List("i|i'm|im|i've|i'd|my|we|we're|our");

/// Words that put the writer in the sentence ("I'm such a moron"): a self-directed put-down.
pub const SELF_WORDS: List = List("i'm|i|im|me|myself");

/// Determiners that open a topic noun phrase ("this parser", "your report").
pub const TOPIC_DETERMINERS: List = List("this|that|the|your|these|those|our|his|her|their|a|an");

/// Abbreviations that introduce an example, never a topic ("e.g", "i.e", "etc").
pub const EXAMPLE_ABBREVIATIONS: List = List("e.g|i.e|etc");

/// Words that never make a topic ("the mess", "this garbage", "the whole thing", "the fact"),
/// nor a private matter in place of the work ("his family issues"), nor the reader called by
/// name ("my friend", "guys").
pub const JUNK_TOPIC_WORDS: List = List(
    "\
garbage|trash|junk|rubbish|crap|shit|mess|nonsense|joke|disaster|idiot|idiocy|stupidity|bs|hell|\
heck|thing|things|stuff|one|way|time|lot|bit|kind|sort|sense|level|same|whole|only|first|best|\
worst|most|fact|truth|point|reason|matter|rest|problem|issue|words|head|mind|kinda|sorta|family|\
health|life|year|month|week|quarter|morning|afternoon|evening|today|tomorrow|yesterday|friend|\
mate|buddy|pal|dude|bro|guys|folks|horse|lecture|lecturing|rant|ranting|whining|attitude|drama|\
ego|tantrum",
);

/// Function words, auxiliaries, pronouns and filler verbs that end a topic noun phrase
/// ("this parser *is* …", "the report *keeps* …").
pub const TOPIC_STOP_WORDS: List = List(
    "\
is|are|was|were|be|been|being|am|isn't|aren't|wasn't|weren't|has|have|had|hasn't|haven't|does|do|\
did|doesn't|don't|didn't|will|won't|would|wouldn't|can|can't|could|couldn't|should|shouldn't|\
must|may|might|needs|need|looks|look|seems|seem|makes|make|and|or|but|of|in|on|at|to|for|with|\
from|by|about|as|than|that|which|who|if|so|because|it|it's|this|there|here|just|really|very|so's|\
again|still|always|never|totally|completely|absolutely|utterly|pretty|quite|too|not|no|you|i|we|\
they|he|she|a|an|the|your|my|our|their|his|her|its|keeps|like|when|where|breaks|fails|sucks|\
stinks|went|goes|got|gets|belongs|reads|feels|sounds|inside|outside|into|onto|within|without|\
under|after|before|between|through|across|behind|during|via|against|around|among|toward|towards|\
upon|someone|somebody|anyone|anybody|everyone|everybody",
);

/// Words too charged to carry into a rewrite (besides anything starting with "fuck"/"shit" or
/// masked with `*`, see `HARSH_WORD_PREFIXES`).
pub const HARSH_WORDS: List = List(
    "\
stupid|dumb|idiotic|moronic|ugly|awful|terrible|horrible|pathetic|ridiculous|lame|crappy|\
freaking|damn|damned|bloody|goddamn|lousy|sloppy|useless|worthless|pointless|\
insane|crazy|absurd|disgusting|gross|nasty|wrong|bad|broken|incompetent|lazy|silly|brainless|\
asinine|amateurish|hacky|wonky",
);

/// Prefixes that make any word too charged to carry into a rewrite.
pub const HARSH_WORD_PREFIXES: List = List("fuck|shit");

/// Positive labels for a person ("smart", "a team player"): praise of the person, not the work.
pub const POSITIVE_LABELS: List = List(
    "\
smart|brilliant|talented|gifted|intelligent|nice|sweet|pleasant|bubbly|kind|genius|rockstar|\
rock star|ninja|natural|hard worker|team player|great|amazing|awesome|helpful|friendly|reliable|\
perfectionist|people person",
);

/// Nouns that go with a label ("a nice *person*", "a lazy *developer*").
pub const PERSON_NOUNS: List = List(
    "\
person|guy|girl|human|colleague|one|man|woman|engineer|developer|manager",
);

/// Nouns for the person a review is about ("the employee", "this engineer", "our intern").
pub const ROLE_NOUNS: List = List(
    "\
employee|worker|individual|associate|candidate|person|member|hire|trainee|intern|engineer|\
developer|manager|analyst|designer|supervisor|colleague|teammate",
);

/// Nouns that end a fixed-mindset type phrase ("not a systems *person*", "not a *natural*").
pub const PERSON_TYPE_NOUNS: List = List("person|type|guy|girl|natural");

/// Prepositions that open a situation ("*in* meetings with design").
pub const SITUATION_PREPOSITIONS: List = List("in|during|at|on");

/// Words that end a situation phrase: a conjunction, a relative word or "you".
pub const SITUATION_BREAKS: List = List(
    "\
and|but|or|so|because|when|where|while|which|who|you|since",
);

/// Words that start another clause ("… *because* …", "… *although* …").
pub const CLAUSE_CONJUNCTIONS: List = List("and|but|or|so|because|while|which|although|though");

/// Auxiliaries and contracted subjects before "never" ("you're never", "it has never").
pub const AUXILIARIES: List = List(
    "\
is|are|was|were|am|has|have|had|will|would|can|could|should|do|does|did|'s|'re|i'm|you're|he's|\
she's|it's|we're|they're|you've|i've|you'll|he'll|she'll|i'll|must",
);

/// Degree words in front of a weasel adjective ("the *most* important").
pub const DEGREE_WORDS: List = List("most|more|very|so|less|really|quite");

/// Short words that are words, not acronyms, when written in capitals ("DO NOT MERGE").
pub const COMMON_SHORT_WORDS: List = List(
    "\
do|not|the|is|it|to|and|you|a|of|in|on|at|be|we|my|me|no|so|or|for|are|was|can|why|how|who|all|\
get|got|put|use|now|fix|let|did|has|had|any|its|our|but|off|out|own|see|too|ask|run|try|way|yet|\
this|that|stop|ever|again|if|an|up|he|she|him|her|his|one|two|new|old|bad|big|set|add|why's|\
don't|won't|can't|isn't|day|im|ive|dont|cant|wont|pls|plz|omg|hey|yes|man|guy|sir|die|\
go|as|by|bug|end|top|few|lot|far|may|per|via|due|win|hit|cut|key|job|low|pay|say|sad|six|ten|won|ago|\
log|row|tab|bit|fun|hot|men|lie|ran|met|sat|led|saw|buy|sit|eat",
);

/// Swear words and adverbs that only intensify ("this *fucking* loop"): removing them keeps the
/// meaning (so do masked "-ing" words like "f***ing").
pub const SWEAR_INTENSIFIERS: List = List(
    "\
fucking|fuckin|fcking|fking|effing|effin|freaking|frickin|fricking|friggin|frigging|bloody|damn|\
damned|damm|goddamn|goddamned|darn|darned|dang|damnit|dammit|goddammit|goddamnit|horribly|terribly|\
ridiculously|stupidly|awfully|insanely",
);

/// Words or phrases that open a sentence as an outburst ("Ugh,", "WTF.", "Oh great,").
pub const INTERJECTIONS: List = List(
    "\
wtf|wth|ffs|omfg|jfc|damn|dammit|damnit|goddammit|yuck|yucky|ugh|eww|ew|bleh|blech|barf|meh|\
holy shit|holy moly|oh great|oh, great|oh wonderful|oh, wonderful|oh joy|great, just great|\
just great|surprise, surprise|big surprise|what a surprise|slow clap|who knew|i'm shocked|\
yeah right|yeah, right|hell no|heck no|seriously?|seriously|are you kidding|are you serious|\
give me a break|for god's sake|for heaven's sake|for crying out loud|shit|crap|fuck|f*ck|sh*t|\
hell|hell yes|hell yeah",
);

/// Curses that take an "it" ("Damn it.", "Screw it,"): the "it" goes with them.
pub const CURSES_WITH_IT: List = List("damn|darn|dang|crap|shit|fuck|f*ck|screw");

/// Openers that belong to the outburst after them ("*Oh* crap", "*Holy* hell").
pub const OUTBURST_OPENERS: List = List("oh|ah|aw|holy|well|man|dude|so|but|ok|okay");

/// Sneering adjectives that can give way to the actual problem ("this is *ugly*").
pub const SNEER_ADJECTIVES: List = List(
    "\
ugly|uglier|ugliest|stupid|terrible|horrible|awful|crappy|shitty|lame|ridiculous|silly|dumb|\
gross|nasty|insane|crazy|absurd|pathetic|hideous|atrocious|disgusting|dreadful|lousy|amateurish|\
idiotic|moronic|ignorant|laughable|asinine|abysmal|horrendous|ludicrous|brainless|braindead|\
smelly|stinky",
);

/// Nouns for the work that sneer ("this crap", "that garbage").
pub const SNEER_NOUNS: List = List(
    "\
crap|garbage|junk|trash|shit|nonsense|rubbish|bs|bullshit|mess|abomination|monstrosity|braindamage",
);

/// Degree words in front of a sneering adjective ("*really* ugly"): they go with it.
pub const SNEER_DEGREE_WORDS: List = List(
    "\
really|so|very|pretty|super|totally|just|quite|rather|kinda|bit",
);

/// Words before a sneering noun that make it point at the work ("*this* crap", "*all* that junk").
pub const SNEER_NOUN_POINTERS: List = List("this|that|the|such|some|all|of|these|those");

/// Prepositions that belong to the placeholder after them ("*in* [meeting]").
pub const PLACEHOLDER_PREPOSITIONS: List = List("in|at|on|during|for|with|from|by|to|about");

/// Quantifiers that stand in for a number ("*many* reviewers", "*some* time").
pub const VAGUE_QUANTIFIERS: List = List("some|many|several|various|most");

/// Puffery: adjectives that claim importance without saying why ("a *notable* change").
pub const PUFFERY_ADJECTIVES: List = List(
    "\
important|significant|notable|famous|popular|successful|influential|renowned|prominent|acclaimed",
);

/// Disclaimers that open a backhanded remark and can simply go ("no offense", "just saying").
pub const DISCLAIMERS: List = List(
    "\
no offense|no offence|with all due respect|with respect|don't take this the wrong way|\
don't take this personally|i'm not trying to be rude|not to be rude|no disrespect|\
not to be that guy|i'm just being honest|i'm only being honest|just saying|just sayin|for once",
);

/// Pointed reminders that the writer already said it ("per my last email").
pub const ALREADY_SAID: List = List(
    "\
per my last email|per my previous email|as per my last|as i said before|as i already said|\
as i've said|as i have said|as previously stated|as i mentioned before|as i already mentioned|\
as already mentioned",
);

/// What "as per my last …" refers to ("email", "message").
pub const MESSAGE_NOUNS: List = List("email|message|comment|mail|note");

/// Stems of vague criticism about how code or writing reads ("messy", "hard to follow").
/// Matched as substrings of the flagged phrase, so none may hide inside a common word
/// ("read" in "already", "mess" in "message").
pub const CODE_CRITICISM_STEMS: List = List(
    "\
clean|simpl|clear|readab|to read|follow|understand|complicated|complex|messy|a mess|sloppy|\
confusing|engineered|polish|tighter|neater",
);

/// Stems of vague criticism about the quality of the work ("not good enough", "needs
/// improvement"). Matched as substrings of the flagged phrase.
pub const QUALITY_CRITICISM_STEMS: List = List(
    "\
improv|work|better|great|par|expectations|quality|standard|there yet|mark|expected|\
need|meh|right|off|good|faster|stronger|more",
);

/// Stems that make vague criticism about behaviour even when it names quality ("be more
/// proactive", "raise the bar"). Matched as substrings of the flagged phrase.
pub const BEHAVIOUR_CRITICISM_STEMS: List = List(
    "\
proactive|ownership|leader|step|game|professional|careful|detail|engaged|visible|strategic|\
bigger|bar|consistent",
);

#[cfg(test)]
mod tests {
    use super::List;

    #[test]
    fn list_reads_like_split_on_bars() {
        for s in [
            "",
            "a",
            "a|bb",
            "|a||bb|",
            "nit|nitpick|issue (blocking)",
            "é|ü|",
        ] {
            let list = List(s);
            let split: Vec<&str> = s.split('|').collect();
            assert_eq!(list.iter().collect::<Vec<_>>(), split, "{s:?}");
            for w in [
                "",
                "a",
                "b",
                "bb",
                "nit",
                "nitpick",
                "issue (blocking)",
                "ü",
                "x",
            ] {
                assert_eq!(
                    list.contains(&w),
                    split.contains(&w),
                    "{s:?} contains {w:?}"
                );
            }
        }
    }
}
