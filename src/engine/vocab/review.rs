//! Review-comment vocabulary for the Conventional Comments layer (`engine::conventional`): what
//! a code-review comment *does*, as word classes and short grammatical cues. Plain lists, not
//! class bits, so adding a word changes no other rule. Phrases are lowercased words separated by
//! one space; the classifier matches them as contiguous words. Our own lists.

use super::words::List;

/// The labels of the Conventional Comments spec (https://conventionalcomments.org), in the
/// spec's order.
pub const LABELS: List = List("praise|nitpick|suggestion|issue|todo|question|thought|chore|note");

/// Labels writers use that are not in the spec, and the spec label each one means. `blocker`
/// and `bug` also mean the comment is blocking (see `ALIAS_BLOCKING`). `alias:label` items.
pub const LABEL_ALIASES: List = List(
    "\
nit:nitpick|nits:nitpick|typo:nitpick|minor:nitpick|style:nitpick|quibble:nitpick|\
polish:suggestion|optional:suggestion|suggest:suggestion|idea:suggestion|proposal:suggestion|\
tip:suggestion|blocker:issue|blocking:issue|bug:issue|problem:issue|fix:issue|fixme:todo|\
followup:todo|follow-up:todo|q:question|ask:question|fyi:note|nb:note|info:note|aside:note|\
context:note|ps:note|kudos:praise|nice:praise|thanks:praise|lgtm:praise|musing:thought|\
housekeeping:chore|cleanup:chore",
);

/// Aliases that say the comment blocks the merge.
pub const ALIAS_BLOCKING: List = List("blocker|blocking|bug");

/// Decorations of the spec (custom decorations are allowed and kept as typed).
pub const DECORATIONS: List = List("blocking|non-blocking|if-minor");

/// A defect: the code does something wrong (a crash, a security hole, a failure, a wrong
/// result). Stated outside a question, it makes a comment an issue.
pub const DEFECT_WORDS: List = List(
    "\
bug|bugs|buggy|panic|panics|panicking|crash|crashes|crashed|crashing|breaks|broke|broken|\
breaking|leak|leaks|leaking|leaked|injection|injectable|vulnerable|vulnerability|exploit|\
exploitable|xss|csrf|race|deadlock|deadlocks|overflow|overflows|underflow|corrupt|corrupts|\
corrupted|corruption|fail|fails|failing|failed|failure|wrong|incorrect|incorrectly|unsafe|\
insecure|segfault|segfaults|regression|regresses|hangs|freezes|throws|unhandled|unbounded|\
off-by-one|infinite|dangling|undefined|nondeterministic|flaky",
);

/// Nouns that turn a defect word into a name ("a regression test", "the failure path",
/// "crash reports"): no defect is reported.
pub const DEFECT_NAMED: List = List(
    "\
test|tests|testing|case|cases|path|paths|handling|handler|handlers|mode|scenario|scenarios|rate|\
count|report|reports|reporting|message|messages|suite",
);

/// Losing the user's data or state.
pub const LOSS_WORDS: List = List(
    "\
lose|loses|losing|lost|drops|dropped|wipes|wiped|overwrites|overwritten|truncates|truncated|\
discards|discarded|swallows|swallowed|ignored",
);

/// Secrets, which must never be shown (`EXPOSE_WORDS` near one is a security issue). Words or
/// phrases.
pub const SECRET_WORDS: List = List(
    "\
password|passwords|token|tokens|secret|secrets|credential|credentials|pii|ssn|passphrase|cookie|\
cookies|api key|api keys|private key|access key|secret key|signing key|api_key",
);

/// Showing something: with a secret, a security issue.
pub const EXPOSE_WORDS: List = List(
    "\
logged|logs|log|logging|printed|prints|exposed|exposes|leaks|plain|plaintext|committed|\
hard-coded|hardcoded|echoed|visible",
);

/// Words that make a request mandatory.
pub const MUST_WORDS: List = List("must|mandatory|required|blocking|blocker");

/// A proposal: the reviewer offers a change the author may take ("consider", "you could",
/// "what about …?", "have you considered …?").
pub const PROPOSAL_CUES: List = List(
    "\
consider|considering|you could|we could|you might|we might|could you|could we|can we|maybe|\
perhaps|what about|how about|have you considered|have you thought about|did you consider|why not|\
i'd suggest|i suggest|i would suggest|suggest|it would be|it'd be|would be nicer|would be better|\
would avoid|would keep|would make|would help|we should|you should|should we|should this|let's|\
instead of|might want|it might help|worth using",
);

/// Verbs a proposal-shaped question can ask for information with ("could you explain …?"): the
/// comment is a question, not a suggestion.
pub const ASK_VERBS: List = List("explain|clarify|tell|confirm|share|describe|elaborate|walk");

/// Where the consequence of not following a proposal starts ("…, otherwise the job fails").
pub const CONSEQUENCE_CUES: List = List("otherwise|or else|else|would|so|which");

/// Matters of naming, formatting and style: with no consequence stated, a nitpick.
pub const STYLE_WORDS: List = List(
    "\
name|names|naming|rename|renaming|renamed|whitespace|indentation|indent|indented|spacing|newline|\
newlines|typo|typos|spelling|misspelled|misspelt|formatting|formatted|style|camelcase|snake_case|\
kebab-case|casing|capitalization|capitalisation|capitalized|trailing|blank|wording|punctuation|\
semicolon|nesting|prefer|alphabetical|alphabetically|cosmetic|readability|nit",
);

/// A task to do before the change lands, or one to track afterwards.
pub const TODO_CUES: List = List(
    "\
todo|fixme|before merging|before we merge|before you merge|before merge|before landing|\
before this lands|before this merges|before release|before shipping|follow-up|followup|follow up|\
ticket",
);

/// Leftovers to remove before merging ("debugging", "commented-out"): with a removal verb, a
/// todo.
pub const LEFTOVER_WORDS: List = List(
    "\
debugging|commented-out|leftover|leftovers|stray|dead|unused|println|console.log|print",
);

/// Verbs that remove something.
pub const REMOVE_VERBS: List = List("remove|delete|drop|strip|clean|take");

/// Housekeeping around the change, not the code itself.
pub const CHORE_WORDS: List = List(
    "\
bump|bumped|changelog|rebase|rebasing|rebased|squash|squashed|conflicts|lockfile|re-run|rerun|\
retrigger|re-trigger|unrelated|release notes|sign-off|signoff|license header|merge conflict|\
ci is red|is red|version number",
);

/// Information with no action asked.
pub const NOTE_CUES: List = List(
    "\
fyi|note that|noting that|for context|side note|heads up|heads-up|for reference|for the record|\
just so you know|n.b|nb|btw|by the way|as an aside|to be clear|for what it's worth",
);

/// A blocking note about the merge itself, not the code: a dependency or a hold.
pub const HOLD_CUES: List = List(
    "\
don't merge|do not merge|hold off|depends on|blocked by|blocked on|waiting on|wait for|\
needs to land after",
);

/// An idea that needs no action now.
pub const THOUGHT_CUES: List = List(
    "\
i wonder|i'm wondering|wondering|just a thought|a thought|thinking out loud|food for thought|\
not for this pr|not in this pr|not for this change|out of scope|in the future|down the road|\
long term|longer term|someday|at some point|could become|worth revisiting|worth exploring|\
one day",
);

/// Praise in review shorthand, beside the sentence layer's evaluation words.
pub const PRAISE_WORDS: List = List(
    "\
lgtm|nice|great|love|thanks|thank|kudos|cleaner|clearer|neat|elegant|thorough|readable|tidy|good|\
awesome|excellent|clean|well done|looks good",
);

/// "While you're here", "if it's a quick change": a change worth making only if it is small.
pub const IF_MINOR_CUES: List = List(
    "\
while you're here|while you're in here|while you're at it|while you are here|if you're touching|\
if you're in there|if it's a quick|if it's quick|if it's easy|if it's small|if it's trivial|\
if it's cheap|if it's simple|if you have time|if minor",
);
