#!/usr/bin/env python3
"""Re-cut VADER's front-coded word lists in src/engine/vocab/sentiment.rs by word frequency.

    pip install wordfreq && python3 scripts/vader-cut.py 4.7

Keeps the words English uses at least as often as the given Zipf frequency (2.5: once in about
three million words), and the words in KEEP, which judge a person or their work in feedback
however rare they are, less the words in DROP (events and things, however common). Rewrites
the two lists in place; the test in sentiment.rs checks their word counts. Not part of the build: wordfreq only chooses, none of its data is kept.
"""
import re
import sys

from wordfreq import zipf_frequency

PATH = "src/engine/vocab/sentiment.rs"
KEEP = set("""arrogantly belittled chastising defeatist disappointingly neglectful lazier laziest
lowlife rudest stupider talentless unintelligent uninvolved uselessly uselessness jackasses
shitheads ridicules nagged snubs infuriate infuriates impolite insincere insensitivity
contemptuous smartass grouchy snobby troublemakers pessimist overreacted misbehaving sulking
thoughtfulness trustworthiness helpfully excelling cleverness faultless excellently
satisfactorily friendlier friendliest energetically honorably genial jovial lighthearted dynamism
perfectionist impresses foolproof lifesaver godsend wisest braver calmness benevolence adversarial
aggressiveness antagonism belittle burdensome disagreeable disparaging dipshit douchebag imbecile
impatiently inadequacy irate moronic rudely scold shithead sullen troublemaker uptight whines
harshest incensed indignant irritates gossiping disappoints discourages disheartening
embarrassingly regrettably maddening savagely uglier dumbfounded accomplishes devotes championing
admirably boldness cheerfully delightfully eagerness elegantly empathetic energized
enterprising faithfulness friendliness graciously impressively intelligently likeable meritorious
sociable smartly thoughtfully trusty
virtuoso supremely optimist perfecting antagonistic bitchy cheaters cruelly deceitful disrespected
foolishly foolishness frauds frustrate harsher impatience inconsiderate infuriating irritable
irritate jaded lunatics misinformed offends offensively prejudiced resentful rudeness snob snub
spiteful stingy stupidly tantrums thoughtless ugliest ugliness unkind unsatisfied
wanker woefully worsen failings dearth disregarded displeased exasperated fuming livid regrettable
goddamned damnit ticked travesty mocks humiliate betrays abhorrent hellish
agreeable appreciative applauded appreciating boldly bravely cleverly complimented
convincingly courteous creatively dignified efficiencies enthusiastically esteemed faithfully
favorably generously gracefully harmonious innovate lovable nifty nurturing nurtured richly
strengthens truthfully virtuous warmly assuring excite pleases animosity bitterly
condemns criticise cynicism deceit degrade despised dickhead disappointments discouraging
discredited disgraced dislikes dismal dumber erroneous frustrations furiously grievance gullible
harass harms hater hopelessly horrid insecurities interruptions loathe mindless miserably
misunderstand motherfucking nag nagging neglecting pessimistic pitiful ridiculed scapegoat scorn
selfishness shamed sluggish spamming stupidest suckers tantrum twat unfriendly unsuccessfully
unwelcome unworthy weakly whine worsened worsening perverse angered appalled aversion bummer
burdened coerced craziness
admiring appreciates approves benevolent brilliance cheered cherished complimentary confidently
considerate delights elegance graceful heartfelt kinder motivating passionately perfected
pleasantly positives positivity prized reassuring revered triumphant truthful visionary
optimized invincible advantageous adversity agitated angrily annoys antagonist betray
cheats cowardly cunts deceive deceived degrading disagreements disdain disliked dissatisfaction
dissatisfied distrust douche dumbest enraged faking farce fiasco fooling frantic fuckers futile
harassing harming heartless horrendous hostilities hurtful hypocritical idiotic incompetence
inhibit intimidated intimidation irritation jackass lousy ludicrous lunatic mischief obnoxious
offending panicked racists retard ridicule scams scumbag shitting sickening troublesome undermined
undermining undesirable unethical ungrateful unjust upsets weirdo interruption disqualified burdens
admirable admiration astounding bravery brightest brilliantly compassionate congratulate
courageous eagerly enthusiast fearless forgiving gracious inspires intellect marvelous nicest
playful praises respectfully satisfactory smartest stimulating succeeds virtues welcomes
wonderfully annoy appalling arrogance blames bitterness brutally catastrophic clueless complains
condemnation crappy criticizing cynical defective dishonest disgusted dubious dumbass dysfunction
hateful haters horribly humiliation insulted insults intimidating irritated liars manipulating
mocking negativity obscene pissing provoke shameful sucker troubling upsetting weaken weakest
discourage disturb avoidance strained stressing
admired adore amusing apologise applause cheerful classy comfortably compliments daring delightful
devotion earnest efficiently encouragement encourages excel favorable fulfill fulfilled generosity
heroic honorable hopeful humorous ideally inspirational masterpiece motivate nicer optimism
positively praising proudly respectable respecting responsive rewarded rewarding sincere sincerely
splendid strengthened strengthening strengths succeeding successes sympathetic thanked thankfully
welcoming wisely lively thrilling abusive bastard bastards assholes betrayed blaming
bothering bullied bully condemn contempt coward criticised criticize cunt damned defects destructive
disappoint disagreement disgrace disgust dislike disrespect distraction dreadful embarrassment faults
fools fooled fucker hating helpless hopeless hostility incapable inconvenience inferior insecure
insulting irresponsible irritating losers meaningless misunderstanding mock moron motherfucker
neglect outrage outrageous problematic reckless resentment retarded rotten sabotage shits slut
stupidity sucked temper unpleasant unstable unsuccessful vain vicious vile weaker whore worthless
bitches disastrous
accomplish admire adorable affection amazed assured beautifully beneficial blessing charming cheer
compassion compliment congrats convincing creativity delight dignity easiest elegant enjoyable
enjoys enthusiasm ethical excellence fabulous fortunate gently glorious gratitude happier honesty
impress influential inspire inspiring kindly kindness liking magnificent merit
neat nicely optimal perfection praised satisfying smarter sophisticated sympathy talents
thankful thrilled triumph valued virtue abused annoyed argues ashamed blamed bullying cheat cheated
complained condemned criticized crude curse desperately disagree
disappointment distress disturbing dull embarrassed failures freak freaking frustrated
frustrating frustration fucks furious harassment hatred hostile ignorance ignoring inability insult
lame liar loser madness miserable misleading mistaken punish punished refusing rejection savage
scam screwed shitty spite suspicion suspicious terribly threaten unhappy
wicked
accomplished advantages appreciation beloved bold brave cared caring charm cheers clever
courage courtesy determination devoted dynamic ease efficiency encouraged encouraging engagement
entertaining excitement faithful fascinating generous gentle goodness harmony heroes hilarious
honored honour impressed innovation integrity intellectual intelligent laughter loyalty
mature noble praise promising respected reward satisfaction succeed succeeded trusted
wisdom worthy argued arguing arguments attacking bitter brutal burden cheating complain
complaints cruel disgusting embarrassing failing fool fraud harsh hated hates hurting hurts
idiot jealous lazy lied nasty nonsense painful pathetic piss pissed regret rude ruin
ruined sadly selfish shocking sucks threatened threatening ugh uncomfortable unfair
unfortunate useless wasted wasting weakness wtf strongest
attractive brilliant cares comfortable commitment confidence congratulations convinced
effectively encourage enjoyed enjoying exciting favor focused gained grace happiness hero
ideal improvement inspiration inspired joy loving
passion perfectly recommend sharing successfully superior supreme surely talent wise
abuse anger angry annoying argument awful badly bullshit crap criticism depression
dirty dumb fail fake fault fucked gross guilty harm horrible ignore insane lowest
lying mess offensive racist ridiculous scared shame suck suffer suffered suffering ugly
upset""".split())


# Common words (above any threshold) that name an event, a thing or luck, not a judgement of
# someone or their work, and "kindly", a politeness marker ("kindly review the patch"); a chance
# or an aim ("an opportunity to cache this", "to optimize for reads", "to ensure", "interested
# in"), the verb "merits" ("this merits a log line"), names and things ("the United States", "a
# friend", "values", "peace"), lead-ins ("honestly", "hopefully") and a system's words
# ("permission denied", "unsupported", "an access violation", "the event fired", "satisfies the
# trait bound", "validate the input", "accepting connections", "super slow", "a dangerous cast",
# "damaged files", "destroy the pool", "a severe bug", "lose data", "a stress test"): left out
# whatever the threshold; so are words that name a thing in code or a paper more often than they
# judge anyone ("the function's arguments", "adversarial examples", "test mocks", "dynamic
# typing", "the reward signal", "an optimal policy", "a special case", "a dirty flag", "a
# sophisticated model", "a superior bound"). ("definitely" and
# "surely" stay: reviews praise with them, "she definitely has what the role needs".)
DROP = set("""kindly agreement alive beauty festival gain gift grand healthy
justice luck lucky parties profit winner winning wins faith accident battle cancer crime
criminal emergency enemy fighting forced injury murder prison violence merits
opportunity opportunities optimize hand heart friend friends united values won ensure desire
liberty peace interested resolve importance justified incentive honestly hopefully wealthy
unsupported denied violated violation violations restricted attack fired exhausted super
satisfies satisfy trusts trusting validate accepting active fight dangerous damage damaged
damaging destroy destroyed destroying fear shock ill comfort relief pain stress severe severely
lose losing spam argument arguments adversarial mocks dynamic reward optimal optimized special
dirty sophisticated superior""".split())


def decode(coded):
    words, word = [], None
    for ch in coded:
        if ch.isdigit():
            if word is not None:
                words.append(word)
            word = (words[-1] if words else "")[: int(ch)]
        else:
            word += ch
    words.append(word)
    return words


def encode(words):
    out, prev = [], ""
    for w in words:
        n = 0
        while n < min(len(prev), len(w), 9) and prev[n] == w[n]:
            n += 1
        out.append(str(n) + w[n:])
        prev = w
    return "".join(out)


def main():
    threshold = float(sys.argv[1])
    src = open(PATH).read()
    for name in ("VADER_POSITIVE_CODED", "VADER_NEGATIVE_CODED"):
        pattern = r'const ' + name + r': &str = "\\\n(.*?)";'
        coded = re.search(pattern, src, re.S).group(1).replace("\\\n", "")
        words = decode(coded)
        assert encode(words) == coded, name
        kept = [
            w
            for w in words
            if w not in DROP and (w in KEEP or zipf_frequency(w, "en") >= threshold)
        ]
        e = encode(kept)
        body = "\\\n".join(e[i : i + 100] for i in range(0, len(e), 100))
        src = re.sub(pattern, lambda _: f'const {name}: &str = "\\\n{body}";', src, flags=re.S)
        print(f"{name}: {len(words)} -> {len(kept)} words")
    open(PATH, "w").write(src)


main()
