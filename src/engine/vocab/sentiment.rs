//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than once in five million words of English (Zipf frequency below 2.3 in the
//! `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand), less words our own lists already hold (`PRAISE_WORDS`, `CRITICISM_WORDS`: the
//! word classes are the union, so a word in both would only cost the page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0aas1bsolved1cceptance9es6ing3omplish9hed9hes2tive1dmirable8y6ls6tion5e6d6r7s6s5ing2orable7y5tion4e5\
d5s4ing2vantageous9s3enturing1ffection9ate9ately9s1greeable5ment1live1maze5d5ment5s4ing2l2or4ous2use\
5d5ment9s5s4ing1pologise7zes2plauded7ing6se3reciates9ing9ion9ive4oval6ed7s1rdent1ssured7ly5ing2tonis\
hed4und7ed7ing9gly1ttract7ed7ing8on9ns8ve9ely9eness7s1ward5ed5ing5s2esome0beaut5ies6fication7ul9ly7y\
5y2loved2neficial9ries9ry6t7s7ted8ing4volence9t2st2tter1ff1less5ed6s5ing8s2iss5ful2ockbuster1old4est\
4ly4ness2nus5es2ost5ed1rave5d5ly5r6y5s6t2eathtaking2ighten8ed8ing8s7r7st6ly6ness3lliance8t9ly0calmed\
5r4ing4ness2ptivated2red4free4s3ing1elebrate9d9s8ing1hamp5ion8ing8s9hip9hips5s3ritable6ies6y4m5ed6r5\
ing8ly5s2eer5ed5ful8ly8ness5ing5s5y3rish7ed8s7ing2uckle1lassy2ever6er7st6ly6ness1omedian6c6es5y3fort\
7able9ly7ed8r7ing7s3mitment3passion9nate4liment9tary9ted9ting9ts2nfidence8tly3grats7ulate9ation9atio\
ns3siderate3tentment3vinced7ing9gly2urage7ous9sly4teous6sy1reations6vely7ity3dit6able6ed6s6worthines\
s1uteness4r4st5y3ie5s0daring3ling7s2untless1earer5st4ie4ly4s2finitely2lectable3icious9ly9ness4ght7fu\
l9lly7ing7s2sire2termination2voted6e6s5ing6on8s1ignified6y5tary6y2vination5e6ly5ity1reams1ynamic7all\
y6sm0eagerly5ness2rnest2se4ment3ier5st1cstasy5tic1ffectively3iciencies9y8tly1lated4ion2egance6t7ly1m\
pathetic1nchanted3ourage9d9ment9s8ing2ergetically5ised6ze8d8r7ing2gagement2joy5able5ed5ing5ment5s2li\
ghten9ed9ing2sure2terprising5tained9er9ing9ment9ments9s3hused6iasm9t9tically1steemed1thical1uphoria7\
c1xcel5lence9y8t9ly6ing3itable6tion5e6dly6ment6s5ing2hilarated9ing2onerate9d2uberant0fab3ulous2ith5f\
ul8ly8ness5s2me2ntastic9al2scinate9d9s8ing9on2ultless2v3e3or5able8y5ed5ing6te8s4ur6ed6s1earless2stiv\
al8s6e6ities8y1iesta2t1lattered2irtation1ocused2nd4ly4ness2olproof2rgivable6en7s6ing3tunate1reebie7s\
4d4ing4ly4man5en2iend6lier9s9st8ness6s7hip9ps1tw1ulfill7ed2nnier6st5ly1wb0gain4ed4ing2llant7ly7ry1en\
erosity6us8ly3ial3tle5y1ift2ggle6d5ing2vers1la3d3mor6ous5ur2ee4ful2ories5fication7ed8s6y7ing5ous8ly4\
y1odsend2od4ness2rgeous8ly1race5ful8ly5s4ious8ly3nd5er6st6ur4t3tefully4ification7ed6ying5tude4z2eat5\
er6st3eting8s2in4ning2owth0hahaha2k2llelujah2nd4some8ly2ppier6st5ly5ness2rdy3monic8s7ous9sly7zation8\
e9d6y1ealthy3rt5felt5s5warming3venly6s2lpfully4s2ro4es4ic6ally6s5ne7s5sm1ilarious1oliday7s2nestly6y3\
or5able8y5ed6e7s5ing5s4ur6able6ed6ing6s2ped4ful7ly4s3ing1ugged5r4ing2morous8ly4ur2rrah0ideal5ised7m7\
t8ic6zed5ly1ly1mportance3ress7ed8s7ing8onistic8vely4ovement1ncentive2fluential2nocence4vate7ion2spir\
ation9onal9ons6e7d7s6ing2tegrity4llect9ual9ualism9uals6igence9ncer9nces9nt9ntly9ntsia4rested8ing9ngl\
y2vigorate9ing4ncible0jewel5s1olly2vial2y3ful6ly3ous6ly3s1ubilant2stice5fied0kinder4ly4ness2ssed5r4i\
ng4y0laughs5ter1iberties6y2fesaver2ghthearted2keable4d4s3ing2velier5y1olz2vable3elies4r5s3ing6ly2yal\
ist5ly5ties6y1ts1uck4ed4ier6st5ly4y2lz0magnificence9nt9ntly2rvel6ous6s2sterpiece9ces2ture1edal2rcy3i\
t5orious5s3rier5ly5ment4y1iracle3th1otivate7ing1wah0natural1eat1icely4ness4r4st4ties2fty1oble1urture\
d7s6ing0opportune8ities9ty2timal5isation7e8d7ing7m7t8ically8s6zation7e8d7ing1verjoyed0palatable2radi\
se3doning3ties4ying2ssion7ately7s1eace5able8y5ful8ly5keeper9ers9ing5maker9rs8ing5time2rfect7ed7ing8o\
n9nist7ly1icturesque1layful7ly2easantly5er6s5urable7es7ing1opularity8zed9ing7ly2sitively8s7ism8ty2we\
rful1raise6d6s6worthy5ing3ying2ecious3ttier7st2ivilege9d9s3ze5d5s2ofit6able9y6ing6s3gress3mised7s6in\
g4ote7d6ing3sperous3uder6st5ly0radiant2pturous1eady3ssurance7ed8s7ing2commend2invigorate9ated2joice7\
d7s6ing2lax5ation5ed6s5ing3ief5ve7d7r7s6ing4shing2scue6d3olve6ing3pect7ability9le7ed7fully7ing8ve4on\
sive3tful2vered3ives2ward6ed6ing6s1icher5s6t4ly4ness1omance6ing5tic8ally8ism9ze8s0safeguard9ed4r4st4\
ties2tisfaction9orily9ory6ies6y7ing1crumptious1ecured2rene2xy1haring1incere7ly7st1law1marter6st5ies5\
ly5s2iley1ociable2othe2phisticated2ulmate1parkle2ecial2lendid8ly6or7ur2rightly1timulating2rength8ene\
d9ning9ns8s3ongest2unning1uave2cceed7ed7ing7s5ss7es7ful9lly2nny3shine2per5ior3porters3reme7ly6o2rely\
3vived6or1weethearts5ie5ly5ness5s1ympathetic7y0talent6s1enderly6ness1hanked5ful8ly8ness2oughtfully9l\
ness2rill6ed6ing6s1ia1ops1ranquility8lity2easured8s4t2iumph7al8nt9tly7ed7s2uer4st3sted5ing5s5worthin\
ess5y3thful8ly8ness5s0unified3ted1seful6ly0validate3uables4ed5s1ibrant2ndicated2p2rtue6s5osity7o6us2\
sionary2vacious0warmest4ly1ealth6ier8st6y2lcome7s6ing3ling4ness4spring1innable4er6s4ing7s3s2sdom3e4l\
y4st1on3derful9ly2ohoo3t2rshiped7ped8ing3thy2wed3s0xoxo0yummy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed7ing7ment2ducted6ion9s2hor5red7nt2use5d5r6s5s4ing5ve1ccident2he4d3ing2rimonious1dmonished\
2versarial6e6ity1fflicted1ggravate9d9s4essiveness2hast2itate7d6ing6ors2onising5zed6ing4y1larmingly1m\
oral1nger5ed5ing5s3rier5ly4y3uish7ed2imosity2noy5ances5ed5ing5s2tagonism9t9tic9ts8ze9ing1pocalyptic2\
palled6ing9ly3rehension1rgued5s4ing4ment8s2rested6s3ogance7tly1shamed2s3assination9tions4ult7ed7ing7\
s3holes1ttack6ed7r8s6ing6s1version2oidance1wful0bad3ly2mboozled2n3ish3krupt3ned2stard7s2ttle6field6g\
round6s1eaten4ing2little8d2reaved2tray6al6ed6ing6s1itch5ed6s5y3ter6ly6ness1lamed5s4ing2ind2oody1omb2\
thering2ycotted7ing1rainwashing2utal6ity7zed6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer2sualty2t\
astrophe9hic1ensor1hagrin3os3stise8d7ing2eat5ed6r7s5ing5s2oke5d5s4ing1lueless1ocksucker2erced2llapse\
4ision2mplain8ed8s8ts2ndemn7ation7ed7s3flicting8s4rontations3spiracy3tagion4empt8ible8uous2rpse2ward\
6ly1rap4py3zily5ness2ied4s3me4inal8s3sis3ticise9d8ing8m7ze9d8ing2ude3el5est5ly5ty3shed6s5ing2y3ing1u\
nt4s2rse1ynical5ism0damage6d6s5ing3nation4ed4it2nger6ous9ly6s2rkest1earth2bt2cay5ed5ing5s3eit6ful5ve\
7d7s4ption2feat6ed6ing7st4cted6ing7ons7ve6or6s3icit2gradation6e7d7s6ing2humanizing2jected2moralized2\
nied5r5s3ounces2press7ant9ts7ed8s7ing9gly8on9ns8ve4ivation6e7d7s6ing2spairing4erately8ion4ised7s6ing\
4ondent3troy7ed8r9s7ing7s5uct8ion9ve2tain6ed3ention2vastate9d8ing9ngly9on3il5ed5ish5s1ick4head2pshit\
2re3tiest4y2sabling4dvantage9aged9ageous9ages4gree8able8ment9ents4ppoint9tingly9tment9tments9ts4ster\
8s6rous3comfort5ntented5rd5urage9ed9ement9es9ing4redited3dain3grace8d4ust7ed7ing9gly7s3heartened9nin\
g4onest3illusioned9onment3like7d7s3mal5y6ed3order5iented3parage8ing4leased4ute6ing3qualified3regarde\
d5spect9ted4uption3satisfaction9ied3torted4raction6ught5ess8ed8ing5ust8ed8ful4urb7ance7ed7ing9gly7s1\
oa2om4ed4sday2uche6bag2wncast1rained2ead5ed5ful8ly5ing2own5ed5s1ubious2ll4ed5r2mb4ass4er5st4founded3\
p4ed4s4y2pe4d1ysfunction0eerie1mbarrassed9es9ing9ingly9ment2ergency2ptiness1nemies4y2rage6d2slave7d1\
rroneous1viction3l4s1xasperated2cruciating9ingly2hausted7ing8on2pel5ling5s3loited7ing0fag3got6s2il4i\
ng7s4ure7s2ke4s3ing2llen3sified6y2rce2scist2tal5ities7y5ly2ult5s1ear4ed4ful7ly4ing4s5ome2lonies5y2ud\
ing1fs1iasco2ght5ing5s2red1lu3nked1oe3s2ol4ed4ing5shly7ness4s2rbidden7ing3ced3eclosures1rantic3ud5s6\
ter9s5ulent2eak5ing6sh5y2iendless3ght6ened8ing9ngly8s6ful9ly2ustrate9d9s8ing9ngly9on9ons1ubar2ck4ed5\
r6s4face4s2ming2neral7s2rious7ly3y2tile0gloom2um1oddam6ned2ssiping1rave5ly2eed5ily2ief4vance9s5e6d6s\
5ing5ous8ly3m4e4y2oss5est3uch6y1uilty2llible0hacked2rass6ed7s6ing6ment3m4ed4ing4s3sh5er6st2te4d4ful4\
r5s4s3ing3red2unt5ed2voc1eartbreak9ker9kers9king7oken5less2llish3pless8ness2roin1omesickness2oligan8\
ism2peless8ly8ness2rrendous4ible7y5d5fic8ally7ed6ying4or6s2stile6ities8y1umiliate8ion9ons2rt4ful4ing\
4s1ypocritical2steria7cs0idiot5ic1gnoramus6nce5e5ing1ll3egal3iteracy3ness7es1mbecile2moral2patience8\
tly3olite3risoned1nability3dequacies9y2capable6citated3ensed3ompetence4nsiderate5venience2dignant7ti\
on2fected4rior3ringement3uriate9d9s8ing2hibit7ion2jured5y4stice2sane5ity3ecure7ities9y4nsitivity3inc\
ere4pid3ult6ed6ing6s2terrogated6uption9ions3imidated9ing9ion1rate2rationality9lly3esponsible3itable6\
nt8s6te8d8s7ing8on1solation0jackass7es2ded2iled1ealous7ly2opardy1oyless0kia2llers4ings4s0lame4nt6abl\
e7tions6ing6s4st2zier5st3y1iar4s2belous2ed3s2vid1oathe6d5ing2neliest6ness5y4some2se4r5s3ing3ses2use4\
y2wery4st3life1udicrous2natic7s1ying0mad3dening3ly3ness2niac6ally4pulated9ing2sochism8t9ic1eaningles\
s2lancholy2nace2ss1indless2sbehave8ing3chief3er5able8y5ies5y3informed3leading3representation3taken3u\
nderstand9tanding1ock4ing4s2fo2lest6ation6ed7r8s6ing2och2ron5ic2therfucker9king2urn5ers5ful5ing5s1ur\
der6ed7r8s6ing6ous6s0nag3ged4ing2stier6s7t4y1egative7ity3lect7ful7ing1fc1igger1me1onsense2torious0ob\
literate9ed2noxious2scene3tacle8s1ffender8s6ing6s5ses6ive9ly1ppressed7ive1utcry3rage7d7ous7s1verload\
4reacted4weight0pain4ed4ful7ly4s2nic5ked6ing6y5s2thetic8ally1enalty2ril3jury3petrator3secute8ing3ver\
se8ly6t7ed7s2ssimism8t9ic2trified1hobia6s1iss4ed4ing2ta3iful4less1oison6ed6ing9s6ous6s2llute7d7rs2or\
er5st2verty2werless1rejudice9d9s8ial2ison6er8s2oblematic3miscuity3secute9d8ion3testing3voke1uke4d3in\
g2nish6able6ed7r7s6ing6ment9ts4tive0quaking0racism5t6s2ge4d4s3ing2ncid2pe4d4r4s3ing4st6s2sh1ecession\
3kless2ek4ed4ing2fusing2gret6ful9ly6s6table9ly7ed7ing2jection9s2morseless2pressing8on3ulse7d2sented6\
ful6ment9ts3trict8ed8ing2tard6ed2venge1idicule8d8s7ing7ous2gged2ot4s1ob3ber3s2tten1ude4ly4ness4st2in\
4ed4ous4s0sabotage2d3dened6ing6s5r5st3ly3ness2vage6ly6ry6s1cam4s3ndal7ous7s3pegoat3re5d4ing4y2old3rn\
2ream6ing4wed2umbag1edition7us3uced2lfish7ness2vere6d6ly1hame5d5ful8ly5s3ttered2it4head8s4s4tiest6ng\
5y2ock5ing5s2ylock1ick4en6ed6ing6s2n3ful3ister3s1lam3very2eeplessness2uggish3t4s4ty1martass2ear2othe\
r7s2uggle7d7r6ing1nafu2ob4bery5y2ub4bed4s1ob3bed4ing3s2mber2re3row6ful6s1pam4mers5ing2ite5ful1tab4be\
d4s3mpede3nk3rve6d5ing2eal5er5ing5s3nch2ingy4k5er5ing5y2olen2rained4ngled3ess6es6ful6ing6or8s3icken4\
kes2unk3pid6er7st6ity6ly1uck4ed5r6ed6s4s4y2ffer6ed7r8s6ing6s2icidal6e2lking3len2spended4icion9s8us9s\
ly2x1windle6ing0talentless2ntrum7s2rd1emper2nsions2rrible7y5fied8s6y7ing4or6ism8t9s7ze9d8ing6s1hief4\
very6s2oughtless2reat6en8ed8ing8s6s1icked2red1orture7d7r7s6ing6ous2talitarian9ianism1ragedies6y4ic6a\
lly3pped3uma6s6tic8sed8zed9ing3vesty2eason7ous3mbling2ouble7d7maker9kers7s8ome6ing1umor2rmoil1wat0ug\
h2lier5st4ness3y1nappreciated3ttractive2comfortable9ably4ntrollable9lably5vinced2dermined8ing4servin\
g5irable2ease5iness5y3mployment3thical2fair3ortunate3riendly3ulfilled2grateful2happily7ness6y3ealthy\
2intelligent4volved2just2kind2loved2pleasant3rotected2satisfied4vory3ecured3table3uccessful9fully4pp\
orted2welcome3orthy1pset5s5ting2tight1seless7ly7ness0vain1exing1icious3timhood6ization8ed2le3lain7ou\
s7s7y2olate7d7s6ing7on9s6or8s4ence6t7ly2rulent2triolic1ulture0wanker2rring3s2ste5d4ing1eaken5r5st4ly\
4ness2ep4ing2irdo2pt1hine5s2ore5s1icked6ly6ness2dowed2tch1oe3ful6ly3s2rries3se5n6ed6ing6s4t3thless1r\
eck2onged1tf2h0yucky0zealot";

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
            (vader_positive(), 993, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 1339, ["awful", "hopeless", "abandon"]),
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
