//! Phrases that move the Radical Candor axes without being a finding: (care, challenge) deltas
//! in score points, and the label the matrix's "why here" shows.
use super::matcher::Tag;

/// Phrases that move the Radical Candor axes, those with the same effect on one line:
/// `phrase,phrase|care|challenge|label`, the (care, challenge) deltas in whole score points.
/// Text rather than a table of entries, which put 28 bytes of pointers and floats per phrase in
/// the page, and one line per effect rather than per phrase (0.3 KB less after gzip); `signals`
/// reads it.
const SIGNALS: &[&str] = &[
    // Care: gratitude, warmth, offers of help, asking for their view, acknowledging context.
    "\
thanks,thank you|10|0|thanks
thank,thx|8|0|thanks
ty|4|0|thanks
appreciate|10|0|appreciation
appreciated,grateful|9|0|appreciation
kudos|6|-2|appreciation
please|7|5|please
pls|4|5|please
plz|3|5|please
sorry,apologies,apologize,apologise|6|0|apologises
my bad,my mistake|4|0|owns a mistake
i want to help|12|2|offers help
happy to help,glad to help,how can i help|12|0|offers help
i can help|10|0|offers help
let me know if,feel free,help you|7|0|offers help
i'd be happy to,i would be happy to|9|0|offers help
happy to,i'm here|6|0|offers help
support you|8|0|offers support
pair on|6|3|offers support
let's|7|6|shared next step
lets,let us,could we|5|5|shared next step
together|5|0|together
we could|4|4|shared next step
we can|3|3|shared next step
what do you think,your thoughts|9|2|asks their view
how do you feel,what's your take|9|0|asks their view
do you think|6|2|asks their view
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
i understand|6|0|acknowledges context
i realize,i realise,i recognize,understandable|5|0|acknowledges context
i know,i see|3|0|acknowledges context
i hear you|7|0|acknowledges context
makes sense|4|-2|acknowledges context
good point|6|-2|acknowledges context
fair point|5|-2|acknowledges context
i agree|4|-2|agrees
hi,hello,dear|4|0|greeting
hey|2|0|greeting
welcome|6|0|welcome
cheers|4|0|warm sign-off
regards|3|0|warm sign-off
best wishes,good luck|5|0|warm sign-off
congrats,congratulations|7|-2|congratulates
hope,happy|3|0|goodwill
glad|4|0|goodwill
great,excellent,awesome,wonderful,fantastic,amazing,impressive,well done,impressed|5|-3|praise
nice,brilliant,beautiful,elegant|4|-3|praise
good,love,valuable|3|-2|praise
helpful|5|-1|praise
interesting|3|-1|praise
well written,clearly written|3|-5|praise
strong,solid|2|-2|praise
novel|1|-3|praise
thorough|3|-3|praise
lgtm,looks good|3|-4|approves
keep it up|6|-3|encouragement
don't worry|8|-8|waves the problem away
no worries|6|-4|waves the problem away
no problem|5|-4|waves the problem away
it's fine,not a big deal|3|-5|waves the problem away
someone else can|2|-6|waves the problem away
no need to|2|0|waves the problem away
i think|2|2|tentative
i believe,i feel,in my opinion,imo|2|0|tentative
imho|3|0|tentative
i wonder|4|3|tentative
i was wondering|5|3|tentative
by the way,btw|3|0|indirect
i'd like to|2|3|request
perhaps|3|-1|tentative
maybe|2|-1|tentative",
    // Care down: commands, bluntness, accusatory questions.
    "\
you need to,you must,you have to,you'd better,you better|-3|8|demands
you should have|-3|8|second-guesses
why did you,why would you,why didn't you,why are you|-3|6|accusatory question
why do you|-3|5|accusatory question
why is,why not|-2|5|questions
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
wrong,unacceptable|-3|8|names a problem
bad,terrible,awful,horrible,useless,pointless,ridiculous,nonsense,ugly,mess,messy,sloppy,frustrating|-3|6|names a problem
lazy,stupid,dumb|-3|5|names a problem
annoying,hate,silly,crazy,weird|-3|4|names a problem
fail,fails|-2|6|names a problem
failed|-2|5|names a problem
you people|-10|4|contempt
disappointed,disappointing|-3|7|names a problem",
    // Challenge: naming a problem, requests, next steps.
    "\
should,shouldn't|0|8|request
must|-1|8|request
need to,needs to,would be better|0|7|request
needs|0|4|request
have to,has to|0|5|request
would be good|1|7|request
would be nice,would be great,would be helpful|2|7|request
would help|1|6|request
i suggest,i'd suggest,i would suggest,i recommend|1|8|next step
suggest,recommend,consider,remember to,don't forget,instead|0|6|next step
i'd like you to,next time,as a next step,going forward|0|8|next step
i would like,i'd prefer,i would prefer|1|6|next step
prefer,try|0|4|next step
from now on|-1|8|next step
make sure|0|7|next step
rather than|0|5|next step
let's discuss|7|8|shared next step
i'm concerned,i am concerned|0|10|names a concern
concerned,worried|0|7|names a concern
concern,concerns|0|6|names a concern
worry|0|4|names a concern
problem,problems|0|6|names a problem
issue,issues,bug,error|0|5|names a problem
mistake|-1|6|names a problem
typo,typos|0|7|names a problem
incorrect,not correct,missing|0|8|names a problem",
    // Deficit verbs and nouns: the work falls short of something named.
    "\
misses,weaknesses,shortcoming,shortcomings,below average|0|7|names a problem
underperforms,underperform,underperforming,under - performing,unfair,overstated|0|6|names a problem
unlikely|0|3|names a concern",
    // Requests phrased as encouragement or curiosity.
    "\
encourage,encouraged to,explain,revise|0|6|request
curious|0|4|asks a question
lack,lacks,lacking,insufficient,unclear,not clear,fails to,failed to|0|8|names a problem
confusing|-1|8|names a problem
confused,limited,limitation,does not,too much,too late,too short,breaks,redundant,incremental|0|6|names a problem
weak,broken|-1|7|names a problem
weakness,too long,too many,too slow,too big,hard to,difficult to,wrongly,inconsistent,unnecessary,overclaim,vague,marginal|0|7|names a problem
unfortunately|1|7|names a problem
however|0|5|contrast
but,although,though|0|3|contrast
not convinced|0|9|names a concern
not sure|0|5|questions
not only|0|0|contrast
doesn't,not|0|5|names a problem
isn't,is not,aren't,are not,don't,didn't,won't,too,slow,nit|0|4|names a problem
can't,cannot,only,minor|0|3|names a problem
questionable,poor|-2|7|names a problem
doubt,unsafe|0|6|names a concern
misleading,poorly|-2|8|names a problem
unconvincing|-1|9|names a problem
trivial|-1|6|names a problem
lose,caused|0|5|names an impact
lost,impact|0|4|names an impact
blocked,delayed|0|6|names an impact
risk|0|5|names a concern
dangerous|-1|6|names a concern
more|0|2|asks for more
better,further,additional|0|3|asks for more
clarify|0|8|request
elaborate,justify|0|7|request
discuss,address|0|4|request
compare|0|5|request",
    // Challenge down: describing, agreeing, summarising.
    "\
proposes,pros|0|-6|describes the work
presents,summary,in summary|0|-5|describes the work
propose,introduces,we propose,the authors propose|0|-4|describes the work
i propose,i would propose,i'd propose|0|8|next step
shows,provides,allows,demonstrates,describes|0|-3|describes the work
demonstrate,studies,idea,written,this paper|0|-2|describes the work
strengths|2|-7|describes the work
would|0|4|request
how,whether,understand,exactly|0|3|questions
what,sure|0|2|questions
clearer,more clear|0|6|asks for more
comparison,details,explanation,improved|0|4|asks for more
comparisons,improve,improvement,improvements|0|5|asks for more
page,figure,fig,eq,equation,line,paragraph|0|3|points at a spot
section,table,appendix|0|2|points at a spot
enough,hard,difficult,unknown,less,couldn't,wouldn't,toy|0|3|names a problem
even,fewer,basic|0|2|names a problem
could|0|3|request
inaccurate,imprecise,flaw,flaws|0|8|names a problem
omitted,omits,ignores,overlooked,mistakes,contradict,contradicts,outdated,out of date,leak,crash,crashes,impractical,violated,violates,troublesome,unable|0|6|names a problem
i expect|0|5|request
incomprehensible,flawed|-1|8|names a problem
disadvantage,restrictive,arbitrary,harder,missed,far from|0|5|names a problem
drawback,drawbacks,ambiguous,criticism,problematic|0|7|names a problem
yet|0|2|contrast
instead of,suggestions|0|5|next step
deprecated,race,bias,overly,haven't,hasn't,wasn't,weren't,limits|0|4|names a problem
unsure|0|5|questions
meaningless|-1|7|names a problem
needed|0|6|request
suggestion|0|6|next step
almost|0|1|names a problem
a plus|3|-4|praise
strength|2|-4|praise
relevant|1|-2|praise
beneficial|2|-3|praise
outperforms|1|-4|praise
improvement over,convincing|1|-3|praise
accept,accepted,accepting,acceptance,approve,approved|1|-3|approves
why don't you|-5|6|accusatory question
i like|4|-2|praise
mind if|5|2|polite request
i noticed|2|2|owns the observation
i wonder if|5|3|tentative
i was hoping|5|3|polite request
would you be willing|8|5|polite request
if possible|4|2|polite request
might want to,may want to|4|5|polite request
when you have time,when you get a chance|6|2|polite request
contributions|0|-1|describes the work",
];

/// Every signal phrase and its tag, in the order listed.
pub fn signals() -> impl Iterator<Item = (&'static str, Tag)> {
    SIGNALS
        .iter()
        .flat_map(|group| group.lines())
        .filter_map(|line| {
            let mut field = line.split('|');
            let (phrases, care, challenge, label) =
                (field.next()?, field.next()?, field.next()?, field.next()?);
            let points = |s: &str| s.parse::<i8>().ok().map(f32::from);
            let tag = Tag::Signal(points(care)?, points(challenge)?, label);
            Some(phrases.split(',').map(move |p| (p, tag)))
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads() {
        let phrases: usize = SIGNALS
            .iter()
            .flat_map(|g| g.lines())
            .map(|l| l.split('|').next().unwrap_or("").split(',').count())
            .sum();
        assert_eq!(signals().count(), phrases);
        assert!(signals().all(|(p, _)| !p.is_empty() && p == p.trim()));
    }
}
