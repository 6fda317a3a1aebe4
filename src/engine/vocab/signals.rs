//! Phrases that move the Radical Candor axes without being a finding: (care, challenge) deltas
//! in score points, and the label the matrix's "why here" shows.
use super::matcher::Tag;

/// Phrases that move the Radical Candor axes, one per line: `phrase|care|challenge|label`, the
/// (care, challenge) deltas in whole score points. Text rather than a table of entries, which
/// put 28 bytes of pointers and floats per phrase in the page; `signals` reads it.
const SIGNALS: &[&str] = &[
    // Care: gratitude, warmth, offers of help, asking for their view, acknowledging context.
    "\
thanks|10|0|thanks
thank you|10|0|thanks
thank|8|0|thanks
thx|8|0|thanks
ty|4|0|thanks
appreciate|10|0|appreciation
appreciated|9|0|appreciation
grateful|9|0|appreciation
kudos|6|-2|appreciation
please|7|5|please
pls|4|5|please
plz|3|5|please
sorry|6|0|apologises
apologies|6|0|apologises
apologize|6|0|apologises
apologise|6|0|apologises
my bad|4|0|owns a mistake
my mistake|4|0|owns a mistake
i want to help|12|2|offers help
happy to help|12|0|offers help
glad to help|12|0|offers help
i can help|10|0|offers help
how can i help|12|0|offers help
let me know if|7|0|offers help
i'd be happy to|9|0|offers help
i would be happy to|9|0|offers help
happy to|6|0|offers help
feel free|7|0|offers help
i'm here|6|0|offers help
support you|8|0|offers support
help you|7|0|offers help
pair on|6|3|offers support
let's|7|6|shared next step
lets|5|5|shared next step
let us|5|5|shared next step
together|5|0|together
we could|4|4|shared next step
we can|3|3|shared next step
what do you think|9|2|asks their view
your thoughts|9|2|asks their view
how do you feel|9|0|asks their view
do you think|6|2|asks their view
what's your take|9|0|asks their view
your view|6|0|asks their view
your perspective|7|0|asks their view
wdyt|7|2|asks their view
would you mind|7|4|polite request
do you mind|5|4|polite request
would it be possible|7|5|polite request
if you could|5|5|polite request
could you|5|7|polite request
would you|5|6|polite request
can you|3|6|request
will you|2|5|request
could we|5|5|shared next step
i understand|6|0|acknowledges context
i realize|5|0|acknowledges context
i realise|5|0|acknowledges context
i know|3|0|acknowledges context
i see|3|0|acknowledges context
i recognize|5|0|acknowledges context
i hear you|7|0|acknowledges context
understandable|5|0|acknowledges context
makes sense|4|-2|acknowledges context
good point|6|-2|acknowledges context
fair point|5|-2|acknowledges context
i agree|4|-2|agrees
hi|4|0|greeting
hello|4|0|greeting
hey|2|0|greeting
dear|4|0|greeting
welcome|6|0|welcome
cheers|4|0|warm sign-off
regards|3|0|warm sign-off
best wishes|5|0|warm sign-off
good luck|5|0|warm sign-off
congrats|7|-2|congratulates
congratulations|7|-2|congratulates
hope|3|0|goodwill
glad|4|0|goodwill
happy|3|0|goodwill
great|5|-3|praise
nice|4|-3|praise
good|3|-2|praise
excellent|5|-3|praise
awesome|5|-3|praise
wonderful|5|-3|praise
fantastic|5|-3|praise
amazing|5|-3|praise
brilliant|4|-3|praise
helpful|5|-1|praise
impressive|5|-3|praise
well done|5|-3|praise
love|3|-2|praise
interesting|3|-1|praise
well written|3|-5|praise
clearly written|3|-5|praise
strong|2|-2|praise
novel|1|-3|praise
thorough|3|-3|praise
solid|2|-2|praise
valuable|3|-2|praise
impressed|5|-3|praise
beautiful|4|-3|praise
elegant|4|-3|praise
lgtm|3|-4|approves
looks good|3|-4|approves
keep it up|6|-3|encouragement
don't worry|8|-8|waves the problem away
no worries|6|-4|waves the problem away
no problem|5|-4|waves the problem away
it's fine|3|-5|waves the problem away
someone else can|2|-6|waves the problem away
no need to|2|0|waves the problem away
not a big deal|3|-5|waves the problem away
i think|2|2|tentative
i believe|2|0|tentative
i feel|2|0|tentative
in my opinion|2|0|tentative
imho|3|0|tentative
imo|2|0|tentative
i wonder|4|3|tentative
i was wondering|5|3|tentative
by the way|3|0|indirect
btw|3|0|indirect
i'd like to|2|3|request
perhaps|3|-1|tentative
maybe|2|-1|tentative",
    // Care down: commands, bluntness, accusatory questions.
    "\
you need to|-3|8|demands
you must|-3|8|demands
you have to|-3|8|demands
you should have|-3|8|second-guesses
you'd better|-3|8|demands
you better|-3|8|demands
why did you|-3|6|accusatory question
why would you|-3|6|accusatory question
why didn't you|-3|6|accusatory question
why are you|-3|6|accusatory question
why do you|-3|5|accusatory question
why is|-2|5|questions
why not|-2|5|questions
why|-2|4|questions
how come|-3|4|accusatory question
actually|-2|2|contradicts
in fact|-3|2|contradicts
obviously|-3|2|condescending
clearly|-2|1|condescending
stop|-3|6|demands
again|-2|2|repetition
already|-1|1|impatience
no|-1|3|refusal
nope|-3|4|refusal
wrong|-3|8|names a problem
bad|-3|6|names a problem
terrible|-3|6|names a problem
awful|-3|6|names a problem
horrible|-3|6|names a problem
useless|-3|6|names a problem
pointless|-3|6|names a problem
ridiculous|-3|6|names a problem
nonsense|-3|6|names a problem
ugly|-3|6|names a problem
mess|-3|6|names a problem
messy|-3|6|names a problem
sloppy|-3|6|names a problem
lazy|-3|5|names a problem
annoying|-3|4|names a problem
hate|-3|4|names a problem
stupid|-3|5|names a problem
dumb|-3|5|names a problem
silly|-3|4|names a problem
crazy|-3|4|names a problem
weird|-3|4|names a problem
fail|-2|6|names a problem
failed|-2|5|names a problem
fails|-2|6|names a problem
you people|-10|4|contempt
unacceptable|-3|8|names a problem
disappointed|-3|7|names a problem
disappointing|-3|7|names a problem
frustrating|-3|6|names a problem",
    // Challenge: naming a problem, requests, next steps.
    "\
should|0|8|request
shouldn't|0|8|request
must|-1|8|request
need to|0|7|request
needs to|0|7|request
needs|0|4|request
have to|0|5|request
has to|0|5|request
would be better|0|7|request
would be good|1|7|request
would be nice|2|7|request
would be great|2|7|request
would be helpful|2|7|request
would help|1|6|request
i suggest|1|8|next step
i'd suggest|1|8|next step
i would suggest|1|8|next step
suggest|0|6|next step
i recommend|1|8|next step
recommend|0|6|next step
consider|0|6|next step
i'd like you to|0|8|next step
i would like|1|6|next step
i'd prefer|1|6|next step
i would prefer|1|6|next step
prefer|0|4|next step
next time|0|8|next step
as a next step|0|8|next step
going forward|0|8|next step
from now on|-1|8|next step
make sure|0|7|next step
remember to|0|6|next step
don't forget|0|6|next step
instead|0|6|next step
rather than|0|5|next step
try|0|4|next step
let's discuss|7|8|shared next step
i'm concerned|0|10|names a concern
i am concerned|0|10|names a concern
concerned|0|7|names a concern
concern|0|6|names a concern
concerns|0|6|names a concern
worried|0|7|names a concern
worry|0|4|names a concern
problem|0|6|names a problem
problems|0|6|names a problem
issue|0|5|names a problem
issues|0|5|names a problem
bug|0|5|names a problem
error|0|5|names a problem
mistake|-1|6|names a problem
typo|0|7|names a problem
typos|0|7|names a problem
incorrect|0|8|names a problem
not correct|0|8|names a problem
missing|0|8|names a problem",
    // Deficit verbs and nouns: the work falls short of something named.
    "\
misses|0|7|names a problem
weaknesses|0|7|names a problem
shortcoming|0|7|names a problem
shortcomings|0|7|names a problem
underperforms|0|6|names a problem
underperform|0|6|names a problem
underperforming|0|6|names a problem
under - performing|0|6|names a problem
unfair|0|6|names a problem
overstated|0|6|names a problem
below average|0|7|names a problem
unlikely|0|3|names a concern",
    // Requests phrased as encouragement or curiosity.
    "\
encourage|0|6|request
encouraged to|0|6|request
curious|0|4|asks a question
lack|0|8|names a problem
lacks|0|8|names a problem
lacking|0|8|names a problem
insufficient|0|8|names a problem
unclear|0|8|names a problem
not clear|0|8|names a problem
confusing|-1|8|names a problem
confused|0|6|names a problem
limited|0|6|names a problem
limitation|0|6|names a problem
weak|-1|7|names a problem
weakness|0|7|names a problem
unfortunately|1|7|names a problem
however|0|5|contrast
but|0|3|contrast
although|0|3|contrast
though|0|3|contrast
not convinced|0|9|names a concern
not sure|0|5|questions
doesn't|0|5|names a problem
does not|0|6|names a problem
isn't|0|4|names a problem
is not|0|4|names a problem
aren't|0|4|names a problem
are not|0|4|names a problem
don't|0|4|names a problem
didn't|0|4|names a problem
can't|0|3|names a problem
cannot|0|3|names a problem
won't|0|4|names a problem
not|0|5|names a problem
only|0|3|names a problem
too|0|4|names a problem
too long|0|7|names a problem
too many|0|7|names a problem
too much|0|6|names a problem
too slow|0|7|names a problem
too late|0|6|names a problem
too big|0|7|names a problem
too short|0|6|names a problem
hard to|0|7|names a problem
difficult to|0|7|names a problem
fails to|0|8|names a problem
failed to|0|8|names a problem
broken|-1|7|names a problem
breaks|0|6|names a problem
wrongly|0|7|names a problem
inconsistent|0|7|names a problem
redundant|0|6|names a problem
unnecessary|0|7|names a problem
questionable|-2|7|names a problem
doubt|0|6|names a concern
overclaim|0|7|names a problem
misleading|-2|8|names a problem
unconvincing|-1|9|names a problem
vague|0|7|names a problem
marginal|0|7|names a problem
incremental|0|6|names a problem
trivial|-1|6|names a problem
poorly|-2|8|names a problem
poor|-2|7|names a problem
slow|0|4|names a problem
lose|0|5|names an impact
lost|0|4|names an impact
blocked|0|6|names an impact
delayed|0|6|names an impact
caused|0|5|names an impact
impact|0|4|names an impact
risk|0|5|names a concern
dangerous|-1|6|names a concern
unsafe|0|6|names a concern
more|0|2|asks for more
better|0|3|asks for more
further|0|3|asks for more
additional|0|3|asks for more
clarify|0|8|request
explain|0|6|request
elaborate|0|7|request
justify|0|7|request
discuss|0|4|request
compare|0|5|request
address|0|4|request
revise|0|6|request
nit|0|4|names a problem
minor|0|3|names a problem",
    // Challenge down: describing, agreeing, summarising.
    "\
proposes|0|-6|describes the work
presents|0|-5|describes the work
propose|0|-4|describes the work
i propose|0|8|next step
i would propose|0|8|next step
i'd propose|0|8|next step
shows|0|-3|describes the work
provides|0|-3|describes the work
allows|0|-3|describes the work
demonstrates|0|-3|describes the work
demonstrate|0|-2|describes the work
studies|0|-2|describes the work
strengths|2|-7|describes the work
pros|0|-6|describes the work
summary|0|-5|describes the work
in summary|0|-5|describes the work
idea|0|-2|describes the work
would|0|4|request
how|0|3|questions
what|0|2|questions
whether|0|3|questions
clearer|0|6|asks for more
more clear|0|6|asks for more
comparison|0|4|asks for more
comparisons|0|5|asks for more
details|0|4|asks for more
explanation|0|4|asks for more
page|0|3|points at a spot
section|0|2|points at a spot
figure|0|3|points at a spot
fig|0|3|points at a spot
table|0|2|points at a spot
eq|0|3|points at a spot
equation|0|3|points at a spot
line|0|3|points at a spot
paragraph|0|3|points at a spot
appendix|0|2|points at a spot
understand|0|3|questions
sure|0|2|questions
exactly|0|3|questions
enough|0|3|names a problem
even|0|2|names a problem
could|0|3|request
improve|0|5|asks for more
improved|0|4|asks for more
improvement|0|5|asks for more
improvements|0|5|asks for more
inaccurate|0|8|names a problem
imprecise|0|8|names a problem
omitted|0|6|names a problem
omits|0|6|names a problem
ignores|0|6|names a problem
overlooked|0|6|names a problem
i expect|0|5|request
incomprehensible|-1|8|names a problem
disadvantage|0|5|names a problem
drawback|0|7|names a problem
drawbacks|0|7|names a problem
yet|0|2|contrast
instead of|0|5|next step
mistakes|0|6|names a problem
contradict|0|6|names a problem
contradicts|0|6|names a problem
ambiguous|0|7|names a problem
hard|0|3|names a problem
difficult|0|3|names a problem
outdated|0|6|names a problem
out of date|0|6|names a problem
deprecated|0|4|names a problem
leak|0|6|names a problem
crash|0|6|names a problem
crashes|0|6|names a problem
race|0|4|names a problem
unsure|0|5|questions
unknown|0|3|names a problem
restrictive|0|5|names a problem
impractical|0|6|names a problem
arbitrary|0|5|names a problem
flaw|0|8|names a problem
flawed|-1|8|names a problem
flaws|0|8|names a problem
bias|0|4|names a problem
less|0|3|names a problem
overly|0|4|names a problem
harder|0|5|names a problem
fewer|0|2|names a problem
criticism|0|7|names a problem
meaningless|-1|7|names a problem
missed|0|5|names a problem
needed|0|6|request
violated|0|6|names a problem
violates|0|6|names a problem
haven't|0|4|names a problem
hasn't|0|4|names a problem
wasn't|0|4|names a problem
weren't|0|4|names a problem
couldn't|0|3|names a problem
wouldn't|0|3|names a problem
troublesome|0|6|names a problem
problematic|0|7|names a problem
limits|0|4|names a problem
unable|0|6|names a problem
suggestion|0|6|next step
suggestions|0|5|next step
basic|0|2|names a problem
toy|0|3|names a problem
far from|0|5|names a problem
almost|0|1|names a problem
a plus|3|-4|praise
strength|2|-4|praise
relevant|1|-2|praise
beneficial|2|-3|praise
outperforms|1|-4|praise
improvement over|1|-3|praise
accept|1|-3|approves
accepted|1|-3|approves
accepting|1|-3|approves
acceptance|1|-3|approves
approve|1|-3|approves
approved|1|-3|approves
why don't you|-5|6|accusatory question
i like|4|-2|praise
mind if|5|2|polite request
i noticed|2|2|owns the observation
i wonder if|5|3|tentative
i was hoping|5|3|polite request
would you be willing|8|5|polite request
if possible|4|2|polite request
when you have time|6|2|polite request
when you get a chance|6|2|polite request
convincing|1|-3|praise
written|0|-2|describes the work
introduces|0|-4|describes the work
describes|0|-3|describes the work
we propose|0|-4|describes the work
the authors propose|0|-4|describes the work
this paper|0|-2|describes the work
contributions|0|-1|describes the work",
];

/// Every signal phrase and its tag, in the order listed.
pub fn signals() -> impl Iterator<Item = (&'static str, Tag)> {
    SIGNALS
        .iter()
        .flat_map(|group| group.lines())
        .filter_map(|line| {
            let mut field = line.split('|');
            let (phrase, care, challenge, label) =
                (field.next()?, field.next()?, field.next()?, field.next()?);
            let points = |s: &str| s.parse::<i8>().ok().map(f32::from);
            Some((
                phrase,
                Tag::Signal(points(care)?, points(challenge)?, label),
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads() {
        let lines = SIGNALS.iter().flat_map(|g| g.lines()).count();
        assert_eq!(signals().count(), lines);
        assert!(signals().all(|(p, _)| !p.is_empty() && p == p.trim()));
    }
}
