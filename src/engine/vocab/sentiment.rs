//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than once in two million words of English (Zipf frequency below 2.7 in the
//! `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand) but for 41 rare ones that judge someone ("belittled", "impolite"; cut by
//! `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0aas1cceptance6ing3omplish9hed9hes2tive1dmirable8y6ls6tion5e6d6r7s6s5ing2orable5tion4e5d5s4ing2vanta\
geous9s1ffection9ate9ately9s1greeable5ment1live1maze5d5ment5s4ing2l2or4ous2use5d5ment4ing1pologise7z\
es2plauded7ing6se3reciates9ing9ion9ive4oval6ed7s1rdent1ssured7ly5ing2tonished4unded7ing1ttract7ed7in\
g8on9ns8ve9eness7s1ward5ed5ing5s2esome0beauties6ful9ly5y2loved2neficial9ries9ry6t7s7ted8ing4volence9\
t2st2tter1ff1less5ed5ing8s2iss5ful2ockbuster1old4ly4ness2nus5es2ost5ed1rave5ly5r6y5s6t2eathtaking2ig\
hten8ed8ing7r7st6ly6ness3lliance8t9ly0calmed5r4ing4ness2ptivated2red4free4s3ing1elebrate9d9s8ing1ham\
p5ion8ing8s9hip9hips5s3ritable6ies6y4m5ed6r5ing5s2eer5ed5ful8ly5ing5s5y3rish7ed2uckle1lassy2ever6ly6\
ness1omedian6c6es5y3fort7able9ly7ed8r7ing7s3mitment3passion9nate4liment9tary9ted9ting9ts2nfidence8tl\
y3grats7ulate9ation9ations3siderate3tentment3vinced7ing9gly2urage7ous4teous6sy1reations6vely7ity3dit\
6ed6s1uteness4r4st3ie0daring3ling7s1earest4ly2finitely2lectable3icious9ly4ght7ful9lly7s2sire2termina\
tion2voted6e6s5ing6on1ignified5ty2vination5e6ly5ity1reams1ynamic7ally6sm0eagerly5ness2rnest2se4ment3\
ier5st1cstasy5tic1ffectively3iciencies9y8tly1lated4ion2egance6t7ly1mpathetic1nchanted3ourage9d9ment9\
s8ing2ergetically5ize8d2gagement2joy5able5ed5ing5ment5s2lighten9ed9ing2sure2terprising5tained9er9ing\
9ment9ments9s3husiasm9t9tically1steemed1thical1uphoria7c1xcel5lence9y8t9ly6ing3itable6tion5e6dly6men\
t6s5ing2hilarating2onerated2uberant0fab3ulous2ith5ful8ly8ness5s2me2ntastic9al2scinated8ing9on2ultles\
s2v3e3or5able8y5ed5ing6te8s4ur6ed6s1earless2stival8s6e6ities1iesta2t1lattered2irtation1ocused2nd4ly4\
ness2olproof2rgiven7s6ing3tunate1reebie7s4d4ing4ly4man2iend6lier9s9st8ness6s7hip9ps1tw1ulfill7ed2nni\
er6st5ly0gain4ed4ing2llant7ry1enerosity6us8ly3ial3tle5y1ift2ggle6d5ing2vers1lad3morous5ur2ee2ories5f\
ied6y7ing5ous8ly4y1odsend2od4ness2rgeous1race5ful8ly5s4ious8ly3nd5er6st6ur4t3tefully4ification6ying5\
tude2eat5er6st3eting8s2in4ning2owth0hahaha2llelujah2nd4some8ly2ppier6st5ly5ness2rdy3monic8s7ous6y1ea\
lthy3rt5felt5s5warming3venly6s2lpfully4s2ro4es4ic6s5ne7s5sm1ilarious1oliday7s2nestly6y3or5able8y5ed5\
ing5s4ur6able6ed6ing6s2ped4ful7ly4s3ing1ugged4ing2morous4ur2rrah0ideal5ism7t8ic6zed5ly1mportance3res\
s7ed8s7ing8vely4ovement1ncentive2fluential2nocence4vate7ion2spiration9onal9ons6e7d7s6ing2tegrity4lle\
ct9ual9uals6igence9nt9ntly9ntsia4rested8ing9ngly2vigorating4ncible0jewel5s1olly2vial2y3ful6ly3ous3s1\
ustice5fied0kinder4ly4ness2ssed5r4ing0laughs5ter1iberties6y2fesaver2ghthearted2keable4d4s3ing2vely1o\
vable3er5s3ing6ly2yalist5ties6y1ts1uck4iest5ly4y0magnificence9nt9ntly2rvel6ous6s2sterpiece9ces2ture1\
edal2rcy3it5orious5s3rily4y1iracle1otivate7ing0natural1eat1icely4r4st2fty1oble1urtured6ing0opportune\
8ities9ty2timal5isation7m7t6zation7e8d7ing1verjoyed0palatable2radise3ties4ying2ssion7ately7s1eace5fu\
l8ly5keepers9ing5time2rfect7ed7ing8on9nist7ly1icturesque1layful7ly2easantly5es5urable7es1opularity8z\
ed7ly2sitively8s7ity2werful1raise6d6s5ing3ying2ecious3ttier7st2ivilege9d9s3ze5d5s2ofit6able6ing6s3gr\
ess3mised7s6ing4ote7d6ing3sperous3udest5ly0radiant1eady3ssurance7ed7ing2commend2joice6ing2lax5ation5\
ed6s5ing3ief5ve7d7r7s6ing2scue6d3olve6ing3pect7ability9le7ed7fully7ing8ve4onsive3tful2vered3ives2war\
d6ed6ing6s1icher5s6t4ly4ness1omance5tic8ally8ism8s0safeguard4r4st4ties2tisfaction9orily9ory6ies6y7in\
g1ecured2rene2xy1haring1incere7ly1marter6st5ly5s2iley1ociable2othe2phisticated2ulmate1parkle2ecial2l\
endid6or7ur1timulating2rength8ened9ning9ns8s3ongest2unning1uave2cceed7ed7ing7s5ss7es7ful9lly2nny3shi\
ne2per5ior3porters3reme7ly2rely3vived6or1weethearts5ie5ly5ness5s1ympathetic7y0talent6s1enderly6ness1\
hanked5ful8ly2oughtfully9lness2rill6ed6ing6s1ia1ops1ranquility8lity2easured8s4t2iumph7ant7ed7s2uer4s\
t3sted5ing5s5worthiness5y3thful8ly5s0unified3ted1seful0validate3uables4ed5s1ibrant2ndicated2p2rtue6s\
5oso6us2sionary0warmest4ly1ealth6ier8st6y2lcome7s6ing3ling4ness1inner6s4ing7s3s2sdom3e4ly4st1on3derf\
ul9ly2ohoo2rshiped7ped8ing3thy0yummy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed7ing7ment2ducted6ion2horrent2use5d5r6s5s4ing5ve1ccident2he3ing1dversarial6e6ity1fflicted1\
ggravate9d4essiveness2itated2onizing4y1nger5ed5s3rier5ly4y3uish2imosity2noy5ed5ing5s2tagonism9t9tic9\
ts1pocalyptic2palled6ing3rehension1rgued5s4ing4ment8s2rested6s3ogance7tly1shamed2s3assination9tions4\
ult7ed7ing7s3holes1ttack6ed7r8s6ing6s1version2oidance1wful0bad3ly2n3ish3krupt3ned2stard7s2ttle6field\
6ground6s1eaten4ing2little8d2reaved2tray6al6ed6ing6s1itch5es5y3ter6ly6ness1lamed5s4ing2ind2oody1omb2\
thering2ycotted7ing1rainwashing2utal6ity6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer2sualty2tastr\
ophe9hic1ensor1hagrin3os3stising2eat5ed6r7s5ing5s2oke5d5s4ing1lueless1oerced2llapse4ision2mplain8ed8\
s8ts2ndemn7ation7ed7s3flicting8s4rontations3spiracy3tagion4empt8uous2rpse2ward6ly1rap4py3ziness2ied4\
s3me4inal8s3sis3ticise9d8ing8m7ze9d8ing2ude3el5ly5ty3shed6s5ing2y3ing1unt4s2rse1ynical5ism0damage6d6\
s5ing3nation4ed4it2nger6ous9ly6s2rkest1earth2bt2cay5ed5ing3eit6ful5ve7d4ption2feat6ed6ing7st4cted6iv\
e6s3icit2gradation6e7d7s6ing2jected2nied5r5s3ounces2press7ants7ed7ing8on9ns8ve4ivation6e7d6ing2spera\
tely8ion4ised7s3troy7ed8r9s7ing7s5uct8ion9ve2tain6ed3ention2vastated8ing9on3il5ish5s1ick4head2pshit2\
re3tiest4y2sabling4dvantage9aged9ages4gree8able8ment9ents4ppoint9tingly9tment9tments9ts4ster8s6rous3\
comfort5rd5urage9ed9es9ing4redited3dain3grace8d4ust7ed7ing3heartened9ning4onest3illusioned9onment3li\
ke7d7s3mal5y6ed3order5iented3paraging4leased4ute6ing3qualified3regarded5spect9ted4uption3satisfactio\
n9ied3torted4raction6ught5ess8ed8ing5ust4urb7ance7ed7ing7s1oa2om4ed4sday2uche6bag1rained2ead5ed5ful8\
ly5ing2own5ed5s1ubious2ll2mb4ass4er5st4founded3p4ed4s2pe4d1ysfunction0eerie1mbarrassed9ing9ingly9men\
t2ergency2ptiness1nemies4y2raged2slave7d1rroneous1viction3l4s1xasperated2cruciating2hausted7ing8on2p\
el5ling3loited7ing0fag3got6s2il4ing7s4ure7s2ke4s3ing2llen3sified2rce2scist2tal5ities7y5ly2ult5s1ear4\
ed4ful4ing4s5ome2lonies5y2uding1fs1iasco2ght5ing5s2red1lu1oe3s2ol4ed4ing5shly7ness4s2rbidden7ing3ced\
3eclosures1rantic3ud5s5ulent2eak5ing5y2ight6ened8ing6ful2ustrate9d8ing9on9ons1uck4ed5r6s4s2ming2nera\
l7s2rious7ly3y2tile0gloom1oddamned2ssiping1rave5ly2eed2ief4vance9s5e5ing5ous3m4e4y2oss3uchy1uilty2ll\
ible0hacked2rass6ed6ing6ment3m4ed4ing4s3sh5er6st2te4d4ful4r5s4s3ing3red2unt5ed2voc1eartbreak9king7ok\
en5less2llish3pless8ness2roin1opeless8ly8ness2rrendous4ible7y5d5fic7ed6ying4or6s2stile6ities8y1umili\
ate8ion2rt4ful4ing4s1ypocritical2steria0idiot5ic1gnorance5e5ing1ll3egal3iteracy3ness7es1mbecile2mora\
l2patience8tly3olite3risoned1nability3dequacy2capable6citated3ensed3ompetence4nsiderate5venience2dig\
nant7tion2fected4rior3ringement3uriate9d9s8ing2hibit7ion2jured5y4stice2sane5ity3ecure7ities9y4nsitiv\
ity3incere3ult6ed6ing6s2terrogated6uption9ions3imidated9ing9ion1rate2responsible3itable6nt6te8d8s7in\
g8on1solation0jackass7es2ded2iled1ealous2opardy0kia2llers4ings4s0lame4nt6ing6s2zier5st3y1iar4s2ed3s2\
vid1oathe6d5ing2neliness5y4some2se4r5s3ing3ses2usy2west3life1udicrous2natic7s1ying0mad3dening3ly3nes\
s2niac4pulated9ing1eaningless2lancholy2nace2ss1indless2sbehaving3chief3erable8y5y3informed3leading3r\
epresentation3taken3understand9tanding1ock4ing4s2lest6ation6ed7r6ing2ron5ic2therfucker9king2urn5ers5\
ful5ing5s1urder6ed7r8s6ing6ous6s0nag3ged4ing2sty1egative7ity3lect7ful7ing1fc1igger1onsense2torious0o\
bliterate9ed2noxious2scene3tacle8s1ffender8s6ing6s5ses6ive9ly1ppressed7ive1utcry3rage7d7ous1verload4\
reacted4weight0pain4ed4ful7ly4s2nic5ked6ing5s2thetic1enalty2ril3jury3petrator3secute3verse6t7ed7s2ss\
imism8t9ic2trified1hobia1iss4ed4ing2ta3iful1oison6ed6ing6ous6s2llute7d2orer5st2verty2werless1rejudic\
e9d9s8ial2ison6er8s2oblematic3miscuity3secute9d8ion3testing3voke1uke4d3ing2nish6able6ed7r7s6ing6ment\
9ts4tive0racism5t6s2ge4d4s3ing2ncid2pe4d4s3ing4st6s2sh1ecession3kless2ek2fusing2gret6s6table9ly7ed7i\
ng2jection9s2pression3ulsed2sented6ful6ment3trict8ed8ing2tard6ed2venge1idicule8d8s7ous2gged2ot4s1ob3\
ber3s2tten1ude4ly4ness4st2in4ed4s0sabotage2d3dened5r5st3ly3ness2vage6ly6ry6s1cam4s3ndal7ous7s3pegoat\
3re5d4ing4y2old3rn2ream6ing4wed2umbag1edition3uced2lfish7ness2vere6d6ly1hame5d5ful3ttered2it4head8s4\
s4ting5y2ock5ing5s1ick4ened6ing2n3ful3ister3s1lam3very2uggish3t4s4ty1martass2ear2other2uggle7d7r6ing\
1nob4by2ub4bed4s1ob3bed4ing3s2mber2re3row6ful6s1pam4ming2ite5ful1tab4bed4s3mpede3nk3rve6d5ing2eal5in\
g5s3nch2ingy4k5ing5y2olen2rained4ngled3ess6es6ful6ing6ors3icken4kes2upid6er7st6ity6ly1uck4ed5r6s4s2f\
fer6ed7r8s6ing6s2icidal6e2lking3len2spended4icion9s8us9sly0talentless2ntrum7s1emper2nsions2rrible7y5\
fied8s6y7ing4or6ism8t9s7ze9d8ing6s1hief4ves2oughtless2reat6en8ed8ing8s6s1icked2red1orture7d7s6ing2ta\
litarian9ianism1ragedies6y4ic6ally3pped3uma6s6tic8zed3vesty2eason3mbling2ouble7d7maker9kers7s8ome6in\
g1umor2rmoil1wat0ugh2lier5st4ness3y1nattractive2comfortable9ably4ntrollable9lably2dermined8ing4sirab\
le2ease5y3mployment3thical2fair3ortunate3riendly3ulfilled2grateful2happiness6y3ealthy2intelligent4vo\
lved2just2kind2loved2pleasant3rotected2satisfied4vory3ecured3table3uccessful9fully4pported2welcome3o\
rthy1pset5s5ting2tight1seless7ly7ness0vain1icious3timization8ed2le3lain7ous7s2olate7d7s6ing7on9s6ors\
4ence6t7ly2rulent1ulture0wanker2rring3s2ste5d4ing1eaken5r5st4ly4ness2ep4ing2irdo2pt1hine5s2ore5s1ick\
ed6ness2dowed2tch1oe3fully3s2rries3se5n6ed6ing4t3thless1reck2onged1tf2h";

/// Positive words, separated by spaces (decoded once).
pub fn vader_positive() -> &'static str {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| decode(VADER_POSITIVE_CODED))
}

/// Negative words, separated by spaces (decoded once).
pub fn vader_negative() -> &'static str {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| decode(VADER_NEGATIVE_CODED))
}

/// Undo front coding. The lists are sorted, so a word mostly repeats the start of the one
/// before it: each word is stored as one digit, how many letters it shares with the previous
/// word (at most 9), and then the rest of it ("wealth", "wealthy" → `0wealth6y`). Gzip alone
/// leaves these lists 3.3 KB larger on the page.
fn decode(coded: &str) -> String {
    let mut out = String::with_capacity(coded.len() * 3);
    let mut prev_start = 0;
    for c in coded.chars() {
        match c.to_digit(10) {
            Some(shared) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                let start = out.len();
                let from = prev_start..prev_start + shared as usize;
                out.extend_from_within(from);
                prev_start = start;
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coded_lists_decode_to_sorted_distinct_words() {
        for (list, n, samples) in [
            (vader_positive(), 853, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 1149, ["awful", "hopeless", "abandon"]),
        ] {
            let words: Vec<&str> = list.split(' ').collect();
            assert_eq!(words.len(), n);
            assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
            assert!(words
                .iter()
                .all(|w| w.len() >= 3 && !w.contains(char::is_numeric)));
            for s in samples {
                assert!(words.contains(&s), "{s}");
            }
        }
        assert_eq!(decode("0wealth6y3"), "wealth wealthy wea");
    }

    #[test]
    fn our_own_evaluative_words_are_not_stored_twice() {
        use crate::engine::vocab::words::{CRITICISM_WORDS, PRAISE_WORDS};
        for (vader, ours) in [
            (vader_positive(), PRAISE_WORDS),
            (vader_negative(), CRITICISM_WORDS),
        ] {
            let vader: Vec<&str> = vader.split(' ').collect();
            let twice: Vec<&str> = ours
                .split_ascii_whitespace()
                .filter(|w| vader.contains(w))
                .collect();
            assert!(twice.is_empty(), "{twice:?}");
        }
    }
}
