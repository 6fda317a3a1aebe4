//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than once in three million words of English (Zipf frequency below 2.5 in the
//! `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand) but for 23 rare ones that judge someone ("belittled", "neglectful"; cut by
//! `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0aas1bsolved1cceptance6ing3omplish9hed9hes2tive1dmirable8y6ls6tion5e6d6r7s6s5ing2orable5tion4e5d5s4i\
ng2vantageous9s3enturing1ffection9ate9ately9s1greeable5ment1live1maze5d5ment5s4ing2l2or4ous2use5d5me\
nt9s5s4ing1pologise7zes2plauded7ing6se3reciates9ing9ion9ive4oval6ed7s1rdent1ssured7ly5ing2tonished4u\
nded7ing1ttract7ed7ing8on9ns8ve9eness7s1ward5ed5ing5s2esome0beaut5ies6fication7ul9ly7y5y2loved2nefic\
ial9ries9ry6t7s7ted8ing4volence9t2st2tter1ff1less5ed6s5ing8s2iss5ful2ockbuster1old4est4ly4ness2nus5e\
s2ost5ed1rave5d5ly5r6y5s6t2eathtaking2ighten8ed8ing8s7r7st6ly6ness3lliance8t9ly0calmed5r4ing4ness2pt\
ivated2red4free4s3ing1elebrate9d9s8ing1hamp5ion8ing8s9hip9hips5s3ritable6ies6y4m5ed6r5ing8ly5s2eer5e\
d5ful8ly5ing5s5y3rish7ed2uckle1lassy2ever6ly6ness1omedian6c6es5y3fort7able9ly7ed8r7ing7s3mitment3pas\
sion9nate4liment9tary9ted9ting9ts2nfidence8tly3grats7ulate9ation9ations3siderate3tentment3vinced7ing\
9gly2urage7ous9sly4teous6sy1reations6vely7ity3dit6able6ed6s1uteness4r4st5y3ie0daring3ling7s2untless1\
earest4ly2finitely2lectable3icious9ly4ght7ful9lly7s2sire2termination2voted6e6s5ing6on8s1ignified5ty2\
vination5e6ly5ity1reams1ynamic7ally6sm0eagerly5ness2rnest2se4ment3ier5st1cstasy5tic1ffectively3icien\
cies9y8tly1lated4ion2egance6t7ly1mpathetic1nchanted3ourage9d9ment9s8ing2ergetically5ize8d7ing2gageme\
nt2joy5able5ed5ing5ment5s2lighten9ed9ing2sure2terprising5tained9er9ing9ment9ments9s3hused6iasm9t9tic\
ally1steemed1thical1uphoria7c1xcel5lence9y8t9ly6ing3itable6tion5e6dly6ment6s5ing2hilarating2onerate9\
d2uberant0fab3ulous2ith5ful8ly8ness5s2me2ntastic9al2scinate9d9s8ing9on2ultless2v3e3or5able8y5ed5ing6\
te8s4ur6ed6s1earless2stival8s6e6ities8y1iesta2t1lattered2irtation1ocused2nd4ly4ness2olproof2rgiven7s\
6ing3tunate1reebie7s4d4ing4ly4man2iend6lier9s9st8ness6s7hip9ps1tw1ulfill7ed2nnier6st5ly0gain4ed4ing2\
llant7ry1enerosity6us8ly3ial3tle5y1ift2ggle6d5ing2vers1la3d3morous5ur2ee2ories5fication7ed6y7ing5ous\
8ly4y1odsend2od4ness2rgeous1race5ful8ly5s4ious8ly3nd5er6st6ur4t3tefully4ification7ed6ying5tude2eat5e\
r6st3eting8s2in4ning2owth0hahaha2k2llelujah2nd4some8ly2ppier6st5ly5ness2rdy3monic8s7ous9sly7ze9d6y1e\
althy3rt5felt5s5warming3venly6s2lpfully4s2ro4es4ic6ally6s5ne7s5sm1ilarious1oliday7s2nestly6y3or5able\
8y5ed6es5ing5s4ur6able6ed6ing6s2ped4ful7ly4s3ing1ugged4ing2morous8ly4ur2rrah0ideal5ism7t8ic6zed5ly1m\
portance3ress7ed8s7ing8vely4ovement1ncentive2fluential2nocence4vate7ion2spiration9onal9ons6e7d7s6ing\
2tegrity4llect9ual9ualism9uals6igence9nt9ntly9ntsia4rested8ing9ngly2vigorating4ncible0jewel5s1olly2v\
ial2y3ful6ly3ous3s1ubilant2stice5fied0kinder4ly4ness2ssed5r4ing0laughs5ter1iberties6y2fesaver2ghthea\
rted2keable4d4s3ing2vely1olz2vable3er5s3ing6ly2yalist5ties6y1ts1uck4ed4ier6st5ly4y0magnificence9nt9n\
tly2rvel6ous6s2sterpiece9ces2ture1edal2rcy3it5orious5s3rier5ly5ment4y1iracle3th1otivate7ing1wah0natu\
ral1eat1icely4r4st4ties2fty1oble1urtured6ing0opportune8ities9ty2timal5isation7e8d7m7t6zation7e8d7ing\
1verjoyed0palatable2radise3ties4ying2ssion7ately7s1eace5ful8ly5keeper9ers9ing5maker5time2rfect7ed7in\
g8on9nist7ly1icturesque1layful7ly2easantly5er6s5urable7es1opularity8zed7ly2sitively8s7ity2werful1rai\
se6d6s5ing3ying2ecious3ttier7st2ivilege9d9s3ze5d5s2ofit6able9y6ing6s3gress3mised7s6ing4ote7d6ing3spe\
rous3uder6st5ly0radiant1eady3ssurance7ed8s7ing2commend2joice7d7s6ing2lax5ation5ed6s5ing3ief5ve7d7r7s\
6ing4shing2scue6d3olve6ing3pect7ability9le7ed7fully7ing8ve4onsive3tful2vered3ives2ward6ed6ing6s1iche\
r5s6t4ly4ness1omance6ing5tic8ally8ism8s0safeguard9ed4r4st4ties2tisfaction9orily9ory6ies6y7ing1crumpt\
ious1ecured2rene2xy1haring1incere7ly7st1law1marter6st5ly5s2iley1ociable2othe2phisticated2ulmate1park\
le2ecial2lendid8ly6or7ur1timulating2rength8ened9ning9ns8s3ongest2unning1uave2cceed7ed7ing7s5ss7es7fu\
l9lly2nny3shine2per5ior3porters3reme7ly2rely3vived6or1weethearts5ie5ly5ness5s1ympathetic7y0talent6s1\
enderly6ness1hanked5ful8ly2oughtfully9lness2rill6ed6ing6s1ia1ops1ranquility8lity2easured8s4t2iumph7a\
l8nt9tly7ed7s2uer4st3sted5ing5s5worthiness5y3thful8ly8ness5s0unified3ted1seful6ly0validate3uables4ed\
5s1ibrant2ndicated2p2rtue6s5osity7o6us2sionary2vacious0warmest4ly1ealth6ier8st6y2lcome7s6ing3ling4ne\
ss1innable4er6s4ing7s3s2sdom3e4ly4st1on3derful9ly2ohoo3t2rshiped7ped8ing3thy2wed3s0xoxo0yummy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed7ing7ment2ducted6ion9s2hor5rent2use5d5r6s5s4ing5ve1ccident2he3ing2rimonious1dmonished2ver\
sarial6e6ity1fflicted1ggravate9d4essiveness2hast2itate7d6ing6ors2onizing4y1larmingly1moral1nger5ed5i\
ng5s3rier5ly4y3uish7ed2imosity2noy5ed5ing5s2tagonism9t9tic9ts8ze1pocalyptic2palled6ing3rehension1rgu\
ed5s4ing4ment8s2rested6s3ogance7tly1shamed2s3assination9tions4ult7ed7ing7s3holes1ttack6ed7r8s6ing6s1\
version2oidance1wful0bad3ly2n3ish3krupt3ned2stard7s2ttle6field6ground6s1eaten4ing2little8d2reaved2tr\
ay6al6ed6ing6s1itch5es5y3ter6ly6ness1lamed5s4ing2ind2oody1omb2thering2ycotted7ing1rainwashing2utal6i\
ty6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer2sualty2tastrophe9hic1ensor1hagrin3os3stise8d7ing2e\
at5ed6r7s5ing5s2oke5d5s4ing1lueless1oerced2llapse4ision2mplain8ed8s8ts2ndemn7ation7ed7s3flicting8s4r\
ontations3spiracy3tagion4empt8ible8uous2rpse2ward6ly1rap4py3ziness2ied4s3me4inal8s3sis3ticise9d8ing8\
m7ze9d8ing2ude3el5ly5ty3shed6s5ing2y3ing1unt4s2rse1ynical5ism0damage6d6s5ing3nation4ed4it2nger6ous9l\
y6s2rkest1earth2bt2cay5ed5ing5s3eit6ful5ve7d4ption2feat6ed6ing7st4cted6ive6or6s3icit2gradation6e7d7s\
6ing2humanizing2jected2moralized2nied5r5s3ounces2press7ant9ts7ed8s7ing8on9ns8ve4ivation6e7d7s6ing2sp\
airing4erately8ion4ised7s4ondent3troy7ed8r9s7ing7s5uct8ion9ve2tain6ed3ention2vastate9d8ing9on3il5ish\
5s1ick4head2pshit2re3tiest4y2sabling4dvantage9aged9ages4gree8able8ment9ents4ppoint9tingly9tment9tmen\
ts9ts4ster8s6rous3comfort5rd5urage9ed9ement9es9ing4redited3dain3grace8d4ust7ed7ing9gly7s3heartened9n\
ing4onest3illusioned9onment3like7d7s3mal5y6ed3order5iented3parage8ing4leased4ute6ing3qualified3regar\
ded5spect9ted4uption3satisfaction9ied3torted4raction6ught5ess8ed8ing5ust8ful4urb7ance7ed7ing9gly7s1o\
a2om4ed4sday2uche6bag1rained2ead5ed5ful8ly5ing2own5ed5s1ubious2ll4ed2mb4ass4er5st4founded3p4ed4s2pe4\
d1ysfunction0eerie1mbarrassed9ing9ingly9ment2ergency2ptiness1nemies4y2raged2slave7d1rroneous1viction\
3l4s1xasperated2cruciating2hausted7ing8on2pel5ling3loited7ing0fag3got6s2il4ing7s4ure7s2ke4s3ing2llen\
3sified6y2rce2scist2tal5ities7y5ly2ult5s1ear4ed4ful4ing4s5ome2lonies5y2uding1fs1iasco2ght5ing5s2red1\
lu1oe3s2ol4ed4ing5shly7ness4s2rbidden7ing3ced3eclosures1rantic3ud5s6ters5ulent2eak5ing6sh5y2ight6ene\
d8ing9ngly8s6ful2ustrate9d9s8ing9ngly9on9ons1uck4ed5r6s4s2ming2neral7s2rious7ly3y2tile0gloom2um1odda\
m6ned2ssiping1rave5ly2eed2ief4vance9s5e6d6s5ing5ous3m4e4y2oss3uchy1uilty2llible0hacked2rass6ed6ing6m\
ent3m4ed4ing4s3sh5er6st2te4d4ful4r5s4s3ing3red2unt5ed2voc1eartbreak9ker9king7oken5less2llish3pless8n\
ess2roin1ooligan2peless8ly8ness2rrendous4ible7y5d5fic7ed6ying4or6s2stile6ities8y1umiliate8ion2rt4ful\
4ing4s1ypocritical2steria7cs0idiot5ic1gnorance5e5ing1ll3egal3iteracy3ness7es1mbecile2moral2patience8\
tly3olite3risoned1nability3dequacies9y2capable6citated3ensed3ompetence4nsiderate5venience2dignant7ti\
on2fected4rior3ringement3uriate9d9s8ing2hibit7ion2jured5y4stice2sane5ity3ecure7ities9y4nsitivity3inc\
ere4pid3ult6ed6ing6s2terrogated6uption9ions3imidated9ing9ion1rate2rationality9lly3esponsible3itable6\
nt6te8d8s7ing8on1solation0jackass7es2ded2iled1ealous7ly2opardy0kia2llers4ings4s0lame4nt6ing6s2zier5s\
t3y1iar4s2ed3s2vid1oathe6d5ing2neliest6ness5y4some2se4r5s3ing3ses2use4y2wery4st3life1udicrous2natic7\
s1ying0mad3dening3ly3ness2niac4pulated9ing2sochistic1eaningless2lancholy2nace2ss1indless2sbehave8ing\
3chief3er5able8y5ies5y3informed3leading3representation3taken3understand9tanding1ock4ing4s2fo2lest6at\
ion6ed7r6ing2ron5ic2therfucker9king2urn5ers5ful5ing5s1urder6ed7r8s6ing6ous6s0nag3ged4ing2stiest4y1eg\
ative7ity3lect7ful7ing1fc1igger1me1onsense2torious0obliterate9ed2noxious2scene3tacle8s1ffender8s6ing\
6s5ses6ive9ly1ppressed7ive1utcry3rage7d7ous1verload4reacted4weight0pain4ed4ful7ly4s2nic5ked6ing6y5s2\
thetic8ally1enalty2ril3jury3petrator3secute8ing3verse6t7ed7s2ssimism8t9ic2trified1hobia6s1iss4ed4ing\
2ta3iful1oison6ed6ing6ous6s2llute7d7rs2orer5st2verty2werless1rejudice9d9s8ial2ison6er8s2oblematic3mi\
scuity3secute9d8ion3testing3voke1uke4d3ing2nish6able6ed7r7s6ing6ment9ts4tive0racism5t6s2ge4d4s3ing2n\
cid2pe4d4s3ing4st6s2sh1ecession3kless2ek2fusing2gret6ful9ly6s6table9ly7ed7ing2jection9s2pressing8on3\
ulse7d2sented6ful6ment3trict8ed8ing2tard6ed2venge1idicule8d8s7ing7ous2gged2ot4s1ob3ber3s2tten1ude4ly\
4ness4st2in4ed4ous4s0sabotage2d3dened6s5r5st3ly3ness2vage6ly6ry6s1cam4s3ndal7ous7s3pegoat3re5d4ing4y\
2old3rn2ream6ing4wed2umbag1edition7us3uced2lfish7ness2vere6d6ly1hame5d5ful8ly5s3ttered2it4head8s4s4t\
iest6ng5y2ock5ing5s1ick4ened6ing6s2n3ful3ister3s1lam3very2uggish3t4s4ty1martass2ear2other2uggle7d7r6\
ing1nafu2ob4bery5y2ub4bed4s1ob3bed4ing3s2mber2re3row6ful6s1pam4mers5ing2ite5ful1tab4bed4s3mpede3nk3r\
ve6d5ing2eal5er5ing5s3nch2ingy4k5ing5y2olen2rained4ngled3ess6es6ful6ing6ors3icken4kes2upid6er7st6ity\
6ly1uck4ed5r6s4s4y2ffer6ed7r8s6ing6s2icidal6e2lking3len2spended4icion9s8us9sly1windle0talentless2ntr\
um7s1emper2nsions2rrible7y5fied8s6y7ing4or6ism8t9s7ze9d8ing6s1hief4very6s2oughtless2reat6en8ed8ing8s\
6s1icked2red1orture7d7s6ing6ous2talitarian9ianism1ragedies6y4ic6ally3pped3uma6s6tic8sed8zed3vesty2ea\
son7ous3mbling2ouble7d7maker9kers7s8ome6ing1umor2rmoil1wat0ugh2lier5st4ness3y1nappreciated3ttractive\
2comfortable9ably4ntrollable9lably5vinced2dermined8ing4serving5irable2ease5iness5y3mployment3thical2\
fair3ortunate3riendly3ulfilled2grateful2happily7ness6y3ealthy2intelligent4volved2just2kind2loved2ple\
asant3rotected2satisfied4vory3ecured3table3uccessful9fully4pported2welcome3orthy1pset5s5ting2tight1s\
eless7ly7ness0vain1exing1icious3timization8ed2le3lain7ous7s7y2olate7d7s6ing7on9s6ors4ence6t7ly2rulen\
t2triolic1ulture0wanker2rring3s2ste5d4ing1eaken5r5st4ly4ness2ep4ing2irdo2pt1hine5s2ore5s1icked6ly6ne\
ss2dowed2tch1oe3ful6ly3s2rries3se5n6ed6ing6s4t3thless1reck2onged1tf2h0zealot";

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
            (vader_positive(), 924, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 1250, ["awful", "hopeless", "abandon"]),
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
