//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), separated by spaces: one string rather than a table of
/// slices keeps the page small.
pub const VADER_POSITIVE: &str = "\
aas aayf absolved absolving acceptabilities acceptably acceptance acceptances acceptant \
accepting accomplish accomplished accomplishes active admirability admirable \
admirableness admirably admirals admiralties admiration admirations admire admired \
admirer admirers admires admiring admiringly adorability adorable adorableness adorably \
adoration adorations adore adored adorer adorers adores adoring adoringly advantageous \
advantageously advantageousness advantages advantaging adventuresome adventuring \
adventurism adventuristic adventurousness affection affectional affectionally \
affectionate affectionately affectioned affections agog agreeability agreeable \
agreeableness agreeably agreement alive alol amaze amazed amazedly amazement amazements \
amazes amazing ambitious ambw aml amor amorist amoroso amorous amorously amorousness \
amuse amused amusedly amusement amusements amuses amusing amusingness amusive aok \
apologise apologizes applaud applauded applauding applause appreciate appreciated \
appreciates appreciating appreciation appreciations appreciative appreciatively \
appreciativeness appreciator appreciators appreciatory approval approved approves ardent \
asset assured assuredly assuring astonished astound astounded astounding astoundingly \
astounds attract attracted attracting attraction attractions attractive attractively \
attractiveness attractivenesses attracts award awardable awarded awardee awarding awards \
awesome beatific beaut beauteous beauteously beauteousness beauties beautification \
beautifications beautified beautifier beautifiers beautifies beautiful beautifuler \
beautifulest beautifully beautifulness beautify beautifying beauts beauty beloved \
beneficence beneficences beneficent beneficently beneficial beneficially beneficialness \
beneficiaries beneficiary benefit benefits benefitted benefitting benevolence \
benevolences benevolent benignant best better bff bless blessed blesseder blessedest \
blessedly blessedness blesser blessers blesses blessing blessings bliss blissful \
blockbuster bold boldest boldly boldness bonus bonuses boost boosted brave braved bravely \
braver braveries bravery braves bravest breathtaking bright brighten brightened \
brightening brightens brighter brightest brightly brightness brilliance brilliances \
brilliancies brilliancy brilliant brilliantines brilliantly brilliants bwahahah calmed \
calmer calmest calming calmness calmnesses capable captivated cared carefree carefulness \
cares caring celebrate celebrated celebrates celebrating champ champion championing \
champions championship championships champs charitable charitableness charitablenesses \
charities charity charm charmed charmer charmers charming charminger charmingest \
charmingly charms cheer cheered cheerer cheerers cheerful cheerfuller cheerfullest \
cheerfully cheerfulness cheerier cheeriest cheerily cheeriness cheering cheerlead \
cheerled cheerly cheers cheery cherish cherishable cherished cherisher cherishers \
cherishes cherishing chuckle classy clever cleverer cleverest cleverly cleverness \
comedian comedic comedically comediennes comedies comedy comfort comfortable comfortably \
comforted comforter comforting comfortingly comforts commend commended commitment \
compassion compassionate compassionated compassionately compassionates compassionating \
compliment complimentarily complimentary complimented complimenting compliments \
confidence confident confidently congrats congratulate congratulation congratulations \
considerate contentedly contentment convinced convincing convincingly courage courageous \
courageously courageousness courteous courtesy coziness creations creative creatively \
creativeness creativities creativity credit creditability creditable creditably credited \
credits creditworthiness creditworthy cuteness cutenesses cuter cutes cutesier cutesiest \
cutest cutesy cutey cuteys cutie cutiepie cuties daring daringly darling darlingly \
darlingness darlings dauntless dearer dearest dearie dearly dearness dears deary \
dedicated definitely delectable delectably delicious deliciously deliciousness delight \
delighted delightedly delightedness delighter delighters delightful delightfully \
delightfulness delighting delights delightsome desire determination devoted devotedly \
devotedness devotee devotement devotes devoting devotion devotionally devotions dignified \
dignifies dignify dignifying dignitary dignity divination divinatory divine divinely \
divinest divinities divinity divinize dreams dynamic dynamically dynamism dynamistic \
eager eagerly eagerness eagers earnest ease easeful easement easier easiest easiness \
easygoingness ecstacy ecstasies ecstasy ecstatic ecstatically ecstatics effective \
effectively efficiencies efficiency efficient efficiently elated elation elegance \
elegances elegancies elegancy elegant elegantly empathetic enchanted encourage encouraged \
encouragement encouragements encourager encouragers encourages encouraging encouragingly \
energetic energetically energise energised energises energising energization \
energizations energize energized energizer energizers energizes energizing engaged \
engagement engagingly enjoy enjoyable enjoyableness enjoyably enjoyed enjoyer enjoyers \
enjoying enjoyment enjoyments enjoys enlighten enlightened enlightening enlightens \
enrapture ensure enterprising entertained entertainer entertaining entertainingly \
entertainment entertainments entertains enthuse enthused enthuses enthusiasm enthusiasms \
enthusiast enthusiastic enthusiastically enthusing esteemed ethical euphoria euphoric \
excel excelled excellence excellences excellencies excellency excellent excellently \
excelling excels excitabilities excitable excitant excitation excitations excite \
excitedly excitement excitements exciter excites exciting excitingly exhilarated \
exhilarates exhilarating exonerate exonerated exonerates exuberant exultant fab fabulous \
fabulousness faith faithful faithfully faithfulness faiths fame fantastic fantastical \
fantasticalities fantasticality fantasticate fascinate fascinated fascinates fascinating \
fascination faultless faultlessly fav fave favor favorable favorableness favorably \
favored favoring favorite favorited favorites favour favoured favourer favourers favours \
fearless festival festivals festive festively festiveness festivities festivity fiesta \
fiestas fit flattered flawless flirtation foaf focused fond fondly fondness foolproof \
forgivable forgivably forgiven forgiver forgives forgiving forgivingness fortunate \
freebie freebies freed freedwoman freehearted freeing freely freeman freemen freeness \
freenesses freest friend friended friending friendlier friendlies friendliest friendlily \
friendliness friendly friends friendship friendships ftw fulfill fulfilled funned funner \
funnest funnier funniest funnily funniness funninesses funning fwb gain gained gaining \
gallant gallantly gallantry generosities generosity generous generously generousness \
genial gentle gentlest gently gga gift giggle giggled giggliest giggling givers gla glad \
glamor glamorised glamorises glamorization glamorize glamorized glamorizer glamorizers \
glamorizes glamorizing glamorous glamorously glamour glamourous glamours glee gleeful \
gloried glories glorification glorified glorifier glorifiers glorifies glorify glorifying \
gloriole glorious gloriously gloriousness glory godsend good goodness gorgeous gorgeously \
gorgeousness gorgeousnesses grace graceful gracefuller gracefullest gracefully \
gracefulness graces gracile gracious graciously graciousness grand grander grandest \
grandeur grandeurs grant grateful gratefuller gratefully gratefulness gratification \
gratifications gratified gratifies gratifying gratifyingly gratitude gratz great greater \
greatest greeting greetings grin grinners grinning growth hagd hagn hahaha hahas hak \
hallelujah hand handsome handsomely handsomeness handsomer handsomest happier happiest \
happily happiness happy hardy harmonic harmonically harmonics harmonious harmoniously \
harmoniousness harmonise harmonization harmonize harmonized harmonizer harmonizers \
harmonizes harmony healthy heart heartfelt hearts heartwarming heavenlier heavenliest \
heavenliness heavenlinesses heavenly heavens helpful helpfully helpfulness helps hero \
heroes heroic heroical heroically heroics heroine heroines heroism heroisms heroize \
heroized heroizes heroizing hhoj hilarious holiday holidays honest honester honestest \
honesties honestly honesty honor honorability honorable honorableness honorably \
honoraries honorarily honored honoree honorees honorer honorifically honorifics honoring \
honors honour honourable honoured honourer honourers honouring honours hoped hopeful \
hopefully hopefulness hopes hoping huggable hugged hugger huggers hugging hugz humoring \
humoristic humorous humorously humorousness humors humour humouring humourous hurrah \
hurrahed hurrahing hurrahs hurrayed hurrays ideal idealised idealises idealism idealist \
idealistic idealistically idealities ideality idealization idealized idealizers idealizes \
ideally ilu iluaaf ily importance impress impressed impresses impressing impressionistic \
impressionistically impressive impressively impressiveness improvement improver incentive \
influential innocence innocency innovate innovates innovation innovative inspiration \
inspirational inspirationally inspirations inspirator inspiratory inspire inspired \
inspirer inspirers inspires inspiring inspiringly inspirit inspiriting inspiritingly \
integrity intellect intellective intellects intellectual intellectualism intellectualist \
intellectualities intellectuality intellectualization intellectualize intellectualizes \
intellectualness intellectuals intelligence intelligencer intelligencers intelligences \
intelligent intelligential intelligently intelligentsia intelligibility intelligibleness \
interested interestedly interesting interestingly interestingness invigorate invigorates \
invigorating invigoratingly invigoration invincible iyq jewel jewels jokester jollied \
jollier jollies jolliest jollification jollifications jollify jollily jolliness jollities \
jollity jolly jollying jovial joy joyance joyed joyful joyfuller joyfully joyfulness \
joying joyous joyously joyousness joys jubilant justice justified keen keenest kfy kinder \
kindly kindness kindnesses kissable kissably kissed kisser kissers kissing kissy kmuf \
kudos laugher laughers laughingly laughings laughs laughter laughters liberties liberty \
lifesaver lighthearted likeable liked likes liking livelier liveliest livelily liveliness \
livelong lively lmbao lmso lolz lovable lovelies lover loverly lovers loving lovingly \
lovingness loyal loyalist loyally loyalties loyalty lts luck lucked luckie luckier \
luckiest luckily lucks lucky lulz lya lyb lyl lylab lylas lylb magnific magnifical \
magnifically magnificence magnificences magnificent magnificently magnifico marvel \
marvelous marvels masterpiece masterpieces mature medal mercy merit meritorious \
meritoriousness merits merrier merriest merrily merriment merriments merriness merry \
merrymaker merrymakers merrymaking merrymakings merrythoughts miracle mirth mirthful \
mirthfully mml motivate motivated motivating muah mwah natural neat neatened neatest nice \
nicely niceness nicenesses nicer nicest niceties nifty noble nurtural nurturance \
nurturant nurtured nurturer nurtures nurturing okays opportune opportunely opportunities \
opportunity optimal optimality optimisation optimisations optimise optimised optimises \
optimising optimism optimisms optimist optimistically optimists optimization optimize \
optimized optimizer optimizers optimizes optimizing outstanding overjoyed palatable \
paradise pardoning parties partying passion passional passionate passionately \
passionateness passions peace peaceable peaceableness peaceably peaceful peacefuller \
peacefullest peacefully peacefulness peacekeeper peacekeepers peacekeeping peacekeepings \
peacemaker peacemakers peacemaking peaces peacetime peacetimes perfect perfected \
perfecter perfectest perfectibilities perfectibility perfectible perfecting perfection \
perfectionist perfections perfectively perfectivity perfectly perfectness perfects \
picturesque playful playfully pleasant pleasanter pleasantest pleasantly pleasantness \
pleasantnesses pleasantry pleaser pleases pleasurability pleasurable pleasurableness \
pleasurably pleasure pleasured pleasures pleasuring popular popularise popularities \
popularity popularized popularizer popularizing popularly positive positively \
positiveness positivenesses positiver positives positivest positivism positivisms \
positivist positivistic positivists positivities positivity powerful praise praised \
praiser praisers praises praiseworthily praiseworthiness praiseworthy praising praying \
precious preciously preciousness prettied prettier pretties prettiest privilege \
privileged privileges prize prized prizes prizewinner prizewinners prizewinning proactive \
profit profitable profitableness profitably profiting profits progress promised promisers \
promises promising promote promoted promoting prosperous proud prouder proudest proudful \
proudly ptl pukka radiant rapturous ready reassurance reassured reassures reassuring \
reassuringly recommend reinvigorate reinvigorated reinvigorates reinvigorating \
reinvigoration rejoice rejoiced rejoices rejoicing relax relaxation relaxed relaxedly \
relaxedness relaxer relaxes relaxin relaxing relief relieve relieved reliever relieves \
relieving relishing remarkable rescue rescued resolve resolving respect respectabilities \
respectability respectable respectably respected respecter respecters respectful \
respectfully respectfulness respecting respective responsive restful revered revives \
reward rewardable rewarded rewarder rewarders rewarding rewardingly rewards richened \
richer riches richest richly richness richnesses roflcopter roflmao romance romanced \
romancers romancing romantic romantically romanticise romanticised romanticising \
romanticism romanticisms romanticist romanticization romanticizations romanticize \
romanticizes romantics rotfl rotflmao rotflmfao rotflol rotgl rotglmao safeguard \
safeguarded safeness safer safest safeties satisfaction satisfactions satisfactorily \
satisfactoriness satisfactory satisfiable satisfied satisfies satisfy satisfying \
satisfyingly scrumptious scrumptiously secured securer securest securitizes sentimentally \
serene sete sexy sfete sgtm sharing sincere sincerely sincereness sincerer sincerest \
sincerities slaw smart smarten smartened smartening smartens smarter smartest smarties \
smartly smartness smartnesses smarts smiler smiley smileys smilingly sociable \
sociableness sociably soothe sophisticated soulmate sparkle special splendent splendid \
splendidly splendidness splendiferous splendiferously splendiferousness splendor \
splendorous splendors splendour splendours splendrous sprightly stimulating strength \
strengthened strengthener strengthening strengthens strengths stressless stresslessness \
strongest strongish stunning suave succeed succeeded succeeding succeeds success \
successes successful successfully successfulness sunnier sunniest sunny sunshine sunshiny \
super superb superior superiorly supporters supportiveness supreme supremely supremeness \
supremer supremest supremo surefooted surefootedly surefootedness surely sureness \
surprisal survived survivor swak sweethearts sweetie sweeties sweetly sweetness sweets \
sympathetic sympathy talent talented talents tenderhearted tenderheartedly \
tenderheartednesses tenderly tenderness terrific terrifically tgif thanked thankful \
thankfuller thankfullest thankfully thankfulness thoughtful thoughtfully thoughtfulness \
thrill thrilled thrilling thrillingly thrills tia tops tranquiler tranquilest \
tranquilities tranquility tranquillity tranquilness treasurable treasured treasures \
treasuring treat triumph triumphal triumphalisms triumphant triumphantly triumphed \
triumphing triumphs trueness truer truest trustability trustable trusted truster trustful \
trustfully trustfulness trustiest trustily trustiness trusting trustingly trustingness \
trusts trustworthily trustworthiness trustworthy trusty truthful truthfully truthfulness \
truths tyvm unified united untarnished urw useful usefully validate valuable valuableness \
valuables valuably valued values vbg vbs vibrant vigoroso vindicated vindicates vip \
virtue virtues virtuosa virtuosas virtuosic virtuosity virtuoso virtuosos virtuous \
virtuously virtuousness visionary vitalising vitalization vitalize vitalized vivacious \
vwd vwp warmest warmhearted warmheartedness warmly warmness wealth wealthier wealthiest \
wealthily wealthiness wealthy welcome welcomely welcomeness welcomers welcomes welcoming \
wellborn welldoer welldoers welling wellness wellspring winnable winned winner winners \
winning winningly winnings wins wisdom wise wised wiseliest wisely wiseness wisest won \
wonderful wonderfully wonderfulness woohoo woot worshiped worshipfulness worshipped \
worshipping worthy wowed wowing wows wtg xlnt xoxo xoxozzz xqzt yeees yummy yvw ywia";

/// Negative words (valence ≤ −1.5), separated by spaces.
pub const VADER_NEGATIVE: &str = "\
abandon abandoned abandoner abandoners abandoning abandonment abandonments abducted \
abduction abductions abhor abhorred abhorrent abhors abuse abused abuser abusers abuses \
abusing abusive abusively abusiveness abusivenesses accident ache ached aching \
acrimonious admonished adversarial adverse adversities adversity affectionless afflicted \
afu aggravate aggravated aggravates aggressiveness aghast agitate agitated agitatedly \
agitating agitators agonise agonised agonises agonising agonize agonized agonizes \
agonizing agonizingly agony alarmingly amoral amorality amort anger angered angering \
angerly angers angrier angriest angrily angriness angry anguish anguished anguishes \
anguishing animosity annoy annoyances annoyed annoyer annoyers annoying annoys antagonism \
antagonist antagonistic antagonistically antagonists antagonize antagonizing apocalyptic \
appall appalled appalling appallingly appalls apprehension argued arguer argues arguing \
argument argumentative argumentatively argumentive arguments arrested arrests arrogance \
arrogances arrogant arrogantly ashamed ashamedly ass assassination assassinations assault \
assaulted assaulting assaultive assaults assfucking assholes atab attack attacked \
attacker attackers attacking attacks aversion aversive avoidance avoider awful bad badly \
bamboozle bamboozled bamboozles ban banish bankrupt bankster banned bastard bastardies \
bastardise bastardised bastardises bastardising bastardization bastardizations bastardize \
bastardized bastardizes bastardizing bastardly bastards bastardy battle battlefield \
battleground battles beaten beating belittle belittled bereave bereaved bereaves betray \
betrayal betrayed betraying betrays bfd bfe bitch bitched bitcheries bitchery bitches \
bitchier bitchiest bitchily bitchiness bitchy bitter bittered bitterer bitterest \
bitterish bitterly bitterness blamable blamably blamed blameful blamefully blamer blamers \
blames blameworthiness blameworthy blaming blind bloody bomb botheration bothering \
boycotted boycotting brainwashing brutal brutalise brutalised brutalises brutalising \
brutalities brutality brutalization brutalizations brutalize brutalized brutalizes \
brutalizing brutally bsod btd bullied bullshit bully bullying bummer burden burdened \
burdeners burdens burdensome cancer careless carelessnesses casualty catastrophe \
catastrophic censor chagrin chaos chaotic charmless chastise chastised chastises \
chastising cheat cheated cheater cheaters cheating cheats cheerless cheerlessness choke \
choked chokes choking chucklehead clueless cocksucker cocksuckers coerced collapse \
collision comfortless compassionless complain complained complainer complainingly \
complains complaints condemn condemnation condemned condemns conflicting conflictive \
conflicts confrontational confrontations confusedness conspiracy contagion contagions \
contempt contemptibilities contemptible contemptibleness contemptuous contemptuously \
contradictious contradictors corpse coward cowardly crap crappy crazily craziness \
crestfallen cried cries crime criminal criminals crisis criticise criticised criticising \
criticism criticize criticized criticizer criticizers criticizing crude crudeness \
crudenesses cruder crudest cruel crueler cruelest crueller cruellest cruelly cruelness \
cruelties cruelty crushed crushes crushing cry crying cunt cunts curse cwot cynical \
cynicism cynicisms damage damaged damager damagers damages damaging damagingly damnable \
damnableness damnably damnation damnatory damned damnified damnifies damnify damnifying \
damningly damnit damns danger dangered dangering dangerous dangerously dangerousness \
dangers darkest dearth debt decay decayed decayer decayers decaying decays deceit \
deceitful deceive deceived deceives deception defeat defeated defeating defeatist \
defeatists defeature defeatures defected defecting defections defective defectively \
defectiveness defectives defector defects deficit degradation degradations degradative \
degrade degraded degrader degraders degrades degrading degradingly dehumanize dehumanized \
dehumanizes dehumanizing deject dejected dejecting dejects demoralized denied denier \
denies denounces depress depressant depressants depressed depresses depressible \
depressing depressingly depression depressions depressive depressively depressives \
depressor depressors deprival deprivation deprivations deprive deprived depriver deprives \
depriving deriding despaired despairing despairingly despairs desperately desperateness \
desperation desperations despised despisement despisements despiser despisers despises \
despising despondent destroy destroyed destroyer destroyers destroying destroys destruct \
destructed destructibility destructible destructing destruction destructionist \
destructionists destructions destructive destructively destructiveness destructivity \
destructs detain detained detention devastate devastated devastates devastating \
devastatingly devastation devastations devastative devastator devastators devil deviled \
deviling devilish devilishly devilishness devilkin devilled devilling devilment devilries \
devilry devils deviltries deviltry dick dickhead difficult difficultly dipshit dire \
direful dirtiest dirty disabling disadvantage disadvantaged disadvantageous \
disadvantageously disadvantageousness disadvantages disagree disagreeable \
disagreeableness disagreeablenesses disagreeably disagreement disagreements disappoint \
disappointed disappointedly disappointing disappointingly disappointment disappointments \
disappoints disaster disasters disastrous discomfort discomfortable discomforted \
discomforting disconsolate disconsolation discontented discord discourage discouraged \
discouragement discouragements discourager discouragers discourages discouraging \
discouragingly discredited disdain disgrace disgraced disgust disgusted disgustedly \
disgustful disgusting disgustingly disgusts dishearten disheartened disheartening \
dishearteningly disheartenment disheartenments disheartens dishonest disillusioned \
disillusionment disillusionments disillusions dislike disliked dislikes dismal dismay \
dismayed dismaying dismayingly dismays disorder disoriented disparage disparages \
disparaging displeased dispute disputing disqualified disregarded disrespect disrespected \
disruption dissatisfaction dissatisfactions dissatisfactory dissatisfied dissatisfies \
dissatisfy dissatisfying distorted distractible distraction distractive distraught \
distress distressed distresses distressful distressfully distressfulness distressing \
distressingly distrust distrusted distrustful distrustfully distrustfulness distrusting \
disturb disturbance disturbed disturbers disturbing disturbingly disturbs doa dolorous \
doom doomed doomful dooming doomsayers doomsaying doomsayings doomsday doomsdayer \
doomsdays doomster doomsters doubtable doubter douche douchebag downcast downhearted \
drained dread dreaded dreadful dreadfully dreadfulness dreadfuls dreading drown drowned \
drowns dubious dull dullard dullards dulled duller dullest dullnesses dullsville dumb \
dumbass dumber dumbest dumbfounded dumbhead dumbheads dumbness dumbs dump dumped dumpiest \
dumpish dumps dumpy dupe duped dysfunction eerie effin egotist egotistically egotists \
embarrassable embarrassed embarrasses embarrassing embarrassingly embarrassment \
embarrassments emergency emptiest emptiness emptinesses enemies enemy enrage enraged \
enrages enraging enslave enslaved enslaves erroneous eviction evil evildoer evildoers \
evildoing evildoings eviler evilest eviller evillest evilly evilness evils exasperated \
excruciate excruciating excruciatingly excruciation excruciations exhausted exhausting \
exhaustion expel expelling expels exploited exploiting fag faggot faggots fail failed \
failing failings fails failure failures faithlessness fake fakes faking fallen falsified \
falsify farce fascist fatal fatalisms fatalities fatality fatally fatiguingly fault \
faultfinders faultfinding faultier faultiest faultily faultiness faults fcol fear feared \
fearful fearfuller fearfullest fearfully fearfulness fearing fears fearsome felonies \
felony feuded feuding ffs fiasco fight fighting fightings fights fired fkm flawed flu \
flunked flunker flunkers flunkey flunking flunks flunky foe foeman foes foetid foetor \
foetors fool fooled fooleries foolery foolhardier foolhardiness fooling foolisher \
foolishly foolishness foolishnesses fools forbidden forbidder forbidders forbidding \
forbiddingly forced foreclosures foughten frantic fraud frauds fraudster fraudsters \
fraudulence fraudulent freak freakiest freaking freakish freakout freakouts freaky \
freebooter freeload freeloaded freezingly friendless fright frightened frightening \
frighteningly frightens frightful frightfully frightfulness frighting frustrate \
frustrated frustrates frustrating frustratingly frustration frustrations fubar fuck \
fucked fucker fuckers fuckface fuckhead fucks fucktard fuked fuking fumed fuming funeral \
funerals furious furiously fury futile glamourless gloom gloomed gloomful gloomier \
gloomiest gloominess glooming glum goddam goddammed goddamned goddamns goddams gossiping \
gossipping grave gravely graveness gravesides greed greedier greediest greedily \
greediness greenwash grief grievance grievances grieve grieved griever grieves grieving \
grievous grievously grievousness grim grimaced grimaces grime grimier griminess grimmer \
grimy gross grossest grossness grouch grouchier grouchiest grouchiness grouching grouchy \
guiltier guiltiest guiltiness guilty gullibility gullible hacked harass harassed harasser \
harassers harasses harassing harassment harassments harm harmed harmfully harmfulness \
harming harms harsh harsher harshest hate hated hateful hatefully hatefulness hater \
haters hates hating hatred haunt haunted havoc heartbreak heartbreaker heartbreakers \
heartbreaking heartbreakingly heartbreaks heartbroken heartless heartlessly heartlessness \
heavyhearted hellish helpless helplessness helplessnesses heroin heroinism hesitatingly \
hindrance homesickness homesicknesses hooligan hooliganism hopeless hopelessly \
hopelessness horrendous horrendously horrible horribleness horribles horribly horrid \
horridness horridnesses horrific horrifically horrified horrifies horrify horrifying \
horrifyingly horror horrors hostile hostilely hostilities hostility humiliate \
humiliatingly humiliation humiliations hurt hurter hurters hurtful hurtfully hurtfulness \
hurting hurts hypocritical hysteria hysterics idealess idealless idiot idiotic ignorami \
ignoramus ignoramuses ignorance ignorantly ignore ignoring ill illegal illiteracy illness \
illnesses imbecile immoral immoralism immoralist immoralists immorally impatience \
impatiently impolite impolitely impoliteness impolitenesses imprisoned inability \
inadequacies inadequacy inadequate inadequateness inadequatenesses incapable \
incapacitated incensed incompetence incompetent inconsiderate inconvenience indignant \
indignation ineffectuality infected inferior inferiorities inferiorly infringement \
infuriate infuriated infuriates infuriating inhibit inhibition injured injury injustice \
insane insanity insecure insecureness insecurities insecurity insensitivity insincere \
insincerely insipid insult insulted insulter insulters insulting insultingly insults \
interrogated interruption interruptions intimidated intimidating intimidation intimidator \
intimidators irate irrationalism irrationalist irrationalists irrationalities \
irrationality irrationally irresponsible irritabilities irritable irritableness irritably \
irritant irritants irritate irritated irritates irritating irritatingly irritation \
irritations irritative isolation jackass jackasses jaded jailed jealous jealousies \
jealously jealousness jeopardy joyless joylessly joylessness kia killers killingly \
killings killjoy killjoys kills lackadaisical lags lame lamebrain lamebrained lamely \
lament lamentable lamentably lamentations lamenting laments lamest lazier laziest lazy \
liar liars libelous lied lies livid loathe loathed loathes loathing loneliest loneliness \
lonelinesses lonely lonesome lonesomeness lose loser losers losing losses louse lousier \
lousiest lousiness lousy lowballed lowbred lowbrow lowery lowest lowlier lowliest lowlife \
lowlifes lowlight lowlives ludicrous ludicrousness lugubrious lunatic lunatics lying mad \
maddening maddest madly madness maniac maniacally manipulated manipulating masochism \
masochist masochistic masochistically meaningless melancholiac melancholias melancholy \
menace menaced mess messy mindless misbehave misbehaved misbehaves misbehaving mischief \
miser miserable miserableness miserably miseries miserliness misers misery misinformed \
misleading misreporting misrepresentation mistaken mistaker mistakers mistakes \
misunderstand misunderstanding mock mockeries mocking mocks mofo molest molestation \
molestations molested molester molesters molesting molests mooch moocher moochers \
mooching moodiest moody mope moron moronic motherfucker motherfucking mourn mourner \
mourners mournful mournfuller mournfully mournfulness mourning mourningly mourns murder \
murdered murderee murderees murderer murderers murderess murderesses murdering murderous \
murderously murderousness murders nag nagana nagged nagger naggers naggiest nagging naggy \
nastier nasties nastiest nastily nastinesses nasty negative negativity neglect neglected \
neglecter neglecters neglectful neglectfully neglectfulness neglecting neglects \
neurotically nfc nfw nigger nitl nme nonsense notorious numbskull numbskulls obliterate \
obliterated obnoxious obnoxiously obnoxiousness obscene obsessional obstacle obstacles \
offender offenders offending offends offenses offensive offensively offensiveness \
oppressed oppressive optionless outcry outrage outraged outrageous outrages outraging \
overload overreacted overreacts overweight pain pained painful painfuller painfully \
painfulness paining pains panic panicked panicking panicky panics paranoias paranoids \
passionless pathetic pathetically penalty peril perjury perpetrator persecute persecuting \
perverse perversely perverseness perversity perversive pervert perverted perverter \
perverts pessimism pessimisms pessimist pessimistic pessimistically petrifaction \
petrified petrifies petrify petrifying phobia phobias piss pissant pissants pissed pisser \
pissing pita pitiful pitifuller pitiless pitilessly pleasureless poison poisoned poisoner \
poisoners poisoning poisonings poisonous poisonously poisons pollute polluted polluter \
polluters pollutes poor poorer poorest poverty powerless prblm prblms prejudice \
prejudiced prejudices prejudicial prejudicially prejudicialness prejudicing pricklier \
prison prisoner prisoners problem problematic problematical problematically problems \
profitless promiscuity promiscuously prosecute prosecuted prosecutes prosecution \
protesting provoke puke puked pukes puking punish punishabilities punishability \
punishable punished punisher punishers punishes punishing punishment punishments punitive \
quaking racism racist racists rage raged rageful rages raging rancid rancidity rancidly \
rancidness rancidnesses rape raped raper rapers rapes raping rapist rapists rash rebeldom \
rebelliously recession reckless reek reeked reeker reekers reeking refusing regret \
regretful regretfully regretfulness regrets regrettable regrettably regretted regretter \
regretters regretting rejectee rejectees rejecter rejecters rejectingly rejection \
rejections rejective rejector reluctancy remorseless remorselessly remorselessness \
repressible repressing repression repressions repressively repressors repulse repulsed \
resented resentful resentfulness resentment resentments restrict restricted restricting \
retard retarded revenge revengeful revengefulness revenger revengers revenges ridicule \
ridiculed ridiculer ridiculers ridicules ridiculing ridiculous ridiculousnesses rigged \
riot riots riskiest riskinesses rob robber robing robs rotten rude rudely rudeness ruder \
rudesby rudest ruin ruinable ruinate ruinated ruinates ruinating ruination ruinations \
ruined ruiner ruing ruinous ruinously ruins sabotage sad sadden saddened saddening \
saddens sadder saddest sadly sadness savage savaged savagely savageness savageries \
savagery savages scam scams scandal scandalous scandals scapegoat scare scared \
scaremonger scaremongers scarer scarey scaring scary scold scorn scornful scream \
screamers screaming screwed screwiest screwup scumbag sedition seditious seduced selfish \
selfishness selfishnesses severe severed severely severer severest shame shamed \
shamefaced shamefacedly shamefacedness shameful shamefully shamefulness shamefulnesses \
shamelessnesses shames shattered shit shithead shitheads shits shitted shittier shittiest \
shitting shitty shock shocking shocks shylock shylocking shyster sick sicken sickened \
sickener sickeners sickening sickeningly sickens sin sinful sinister sins slam slavery \
sleeplessness sluggish slut sluts sluttier sluttiest sluttish sluttishly sluttishness \
sluttishnesses slutty smartass smartasses smear smother smothers smuggest smuggle \
smuggled smuggler smuggles smuggling smugnesses snafu snob snobbery snobbily \
snobbishnesses snobby snub snubbed snubs sob sobbed sobbing sobs somber sore sorrow \
sorrowed sorrower sorrowful sorrowfully sorrowfulness sorrowing sorrows spam spammer \
spammers spamming spite spited spiteful spitefully spitefulness spitefulnesses stab \
stabbed stabs stampede stank starve starved starves starving steal stealable stealer \
stealers stealing stealings steals stench stenches stenchful stenchy stingy stink \
stinkard stinker stinkier stinkiest stinking stinko stinkpot stinky stolen strained \
strangled stress stresses stressful stressfully stressing stressor stressors stricken \
strikes struggles struggling stubborn stubborner stubbornnesses stunk stupid stupider \
stupidest stupidities stupidity stupidly stupidness stupidnesses stupids suck sucked \
sucker suckered suckering suckers sucks sucky suffer suffered sufferer sufferers \
suffering suffers suicidal suicide sulking sullen suspended suspicion suspicions \
suspicious suspiciously sux swindle swindles swindling talentless tantrum tantrums tard \
temper tenseness tenser tensioner tensions terrible terribleness terriblenesses terribly \
terrified terrifies terrify terrifying terror terrorise terrorised terrorises terrorising \
terrorism terrorisms terrorist terroristic terrorists terrorization terrorize terrorized \
terrorizes terrorizing terrors thief thieve thieveries thievery thieves thoughtless \
threat threaten threatened threateners threatening threateningly threatens threating \
threats ticked tired torture tortured torturer torturers tortures torturing torturous \
torturously totalitarian totalitarianism tragedies tragedy tragic tragical tragically \
tragics trapped trauma traumas traumata traumatic traumatically traumatise traumatised \
traumatises traumatising traumatism traumatization traumatizations traumatize traumatized \
traumatizing travesty treason treasonous trembling trouble troubled troublemaker \
troublemakers troublemaking troublers troubles troublesome troublesomely troublesomeness \
troubling troublous troublously trustless tumor turmoil twat ugh uglier uglies ugliest \
uglification uglified uglifies uglify uglifying uglily ugliness uglinesses ugly \
unacceptable unappreciated unattractive uncomfortable uncomfortably uncontrollability \
uncontrollable uncontrollably unconvinced undermined undermining undeserving undesirable \
unease uneasiest uneasiness uneasinesses uneasy unemployment unethical unfair unfocused \
unfortunate unfortunates unfriendly unfulfilled ungrateful ungratefully ungratefulness \
unhappier unhappiest unhappily unhappiness unhappinesses unhappy unhealthy unintelligent \
uninvolved uninvolving unjust unkind unlovable unloved unlovelier unloveliest \
unloveliness unlovely unloving unpleasant unprofessional unprotected unsatisfied unsavory \
unsecured unstable unsuccessful unsuccessfully unsupported unwelcome unworthy upset \
upsets upsetter upsetters upsetting uptight useless uselessly uselessness vain vexation \
vexing vicious viciousness victimhood victimised victimising victimization victimizations \
victimize victimized victimizer victimizers victimizes victimizing vile villain \
villainess villainesses villainies villainous villainously villainousness villains \
villainy violate violated violater violaters violates violating violation violations \
violative violator violators violence violent violently virulent vitriolic vulture wanker \
warfares warmonger warmongering warmongers warred warring wars waste wasted wasting weak \
weaken weakener weaker weakest weakhearted weaklier weakliest weakly weakness weaknesses \
weep weeper weepier weepies weepiest weeping weepings weirdo wept whine whines whore \
whored whoredom whoredoms whorehouses whoremaster whoremasters whoremonger whoremongers \
whores whoreson whoresons wicked wickeder wickedest wickedly wickedness wickednesses \
widowed wimpish wiseass wiseasses witch woe woebegone woeful woefully woefulness woes \
worriedly worrier worriers worries worriment worriments worrisome worrisomely \
worrisomeness worrit worry worrywart worrywarts worse worsen worsened worsening worsens \
worser worst worthless wrathful wreck wrong wronged wtf wth yucky zealot";
