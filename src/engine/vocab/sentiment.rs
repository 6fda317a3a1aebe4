//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than about once in half a million words of English (Zipf frequency below 3.3
//! in the `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand, "admirals", "foreclosures") but for 277 rarer ones that judge someone or their work
//! ("belittled", "impolite", "courteous", "sluggish"; cut by `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0acceptance6ing3omplish9hed9hes2tive1dmirable8y6tion5e6d5ing2orable4e5d2vantageous9s1ffection9ate1gr\
eeable5ment1live1mazed4ing2used5ment4ing1pologise2plauded6se3reciates9ing9ion9ive4oval6ed7s1ssured5i\
ng2tounding1ttract7ed7ing8on9ns8ve7s1ward5ed5ing5s2esome0beauties6ful9ly5y2loved2neficial9ries9ry6t7\
s4volence9t2st2tter1less5ed5ing8s2iss2ockbuster1old4ly4ness2nus5es2ost5ed1rave5ly5r6y5s2eathtaking2i\
ghter7st6ly6ness3lliance8t9ly0calming4ness2red4s3ing1elebrate9d9s8ing1hamp5ion8ing8s9hip9hips5s3rita\
ble6ies6y4m5ing5s2eer5ed5ful8ly5ing5s3rish7ed2uckle1lassy2ever6ly6ness1omedian6c6es5y3fort7able9ly7i\
ng7s3mitment3passion9nate4liment9tary9ted9ts2nfidence8tly3grats7ulate9ations3siderate3vinced7ing9gly\
2urage7ous4teous6sy1reations6vely7ity3dit6ed6s1utest3ie0daring3ling1earest4ly2finitely2licious4ght7f\
ul9lly7s2sire2termination2voted6s5ion1ignified5ty2vine5ity1reams1ynamic6sm0eagerly5ness2rnest2se3ier\
5st1cstasy5tic1ffectively3iciencies9y8tly1legance6t7ly1mpathetic1nchanted3ourage9d9ment9s8ing2ergeti\
cally5ized2gagement2joy5able5ed5ing5ment5s2lightened2sure2terprising5tained9er9ing9ment3husiasm9t9ti\
cally1steemed1thical1xcel5lence9y8t9ly6ing3ite6ment5ing0fab3ulous2ith5ful8ly8ness2me2ntastic2scinate\
d8ing9on2ultless2vor5able8y5ed5ite8s4ur6ed6s1earless2stival8s6e6ities1iesta2t1ocused2nd2olproof2rgiv\
en6ing3tunate1reed4ing4ly4man2iend6lier9st8ness6s7hip9ps1ulfill7ed2nnier6st0gain4ed4ing1enerosity6us\
8ly3ial3tle5y1ift2ggle1lad3morous5ur2ee2orious4y1odsend2od4ness2rgeous1race5ful8ly4ious8ly3nd4t3titu\
de2eat5er6st3eting8s2in2owth0hahaha2llelujah2nd4some2ppier6st5ly5ness2rdy3monic7ous6y1ealthy3rt5felt\
5s3venly6s2lpfully4s2ro4es4ic5ne1ilarious1oliday7s2nestly6y3or5able8y5ed5ing5s4ur6able6ed6s2ped4ful7\
ly4s3ing1ugged4ing2morous4ur0ideal5ly1mportance3ress7ed8s7ively4ovement1ncentive2fluential2nocence4v\
ate7ion2spiration9onal6e7d7s6ing2tegrity4llect9ual9uals6igence9nt9ntly4rested8ing9ngly2vincible0jewe\
l5s1olly2vial2y3ful3ous3s1ustice5fied0kinder4ly4ness2ssed4ing0laughs5ter1iberties6y2fesaver2ghtheart\
ed2keable4d4s3ing2vely1ovable3er5s3ing2yalty1uck4ily4y0magnificent2rvel6ous2sterpiece2ture1edal2rcy3\
it5orious5s3ry1iracle1otivate7ing0natural1eat1icely4r4st2fty1oble1urtured6ing0opportunities9ty2timal\
5ism7t6zation7e8d0paradise3ties4ying2ssion7ately7s1eace5ful8ly2rfect7ed7ing8on9nist7ly1icturesque1la\
yful2easantly5es5ures1opularity2sitively8s7ity2werful1raise6d6s5ing3ying2ecious3ttier2ivilege9d9s3ze\
5d5s2ofit6able6s3gress3mised7s6ing4ote7d6ing3sperous3udly0radiant1eady3ssuring2commend2joice2lax5ati\
on5ed5ing3ief5ve7d2scue6d3olve6ing3pect7able7ed7fully7ing8ve4onsive2vered2ward6ed6ing6s1icher5s6t4ly\
1omance5tic0safeguard4r4st2tisfaction9orily9ory6ies6y7ing1ecured2xy1haring1incere7ly1marter6st5ly2il\
ey1ociable2phisticated1parkle2ecial2lendid1timulating2rength8ened9ning9ns8s3ongest2unning1ucceed7ed7\
ing7s5ss7es7ful9lly2nny3shine2per5ior3porters3reme7ly2rely3vived6or1weetie5ness5s1ympathetic7y0talen\
t6s1hanked5ful8ly2oughtfully9lness2rill6ed6ing1ops1reasures4t2iumph7ant2usted5ing5s5worthiness5y3thf\
ul8ly5s0unified3ted1seful0validate3ued5s1ibrant2p2rtue6s5oso6us2sionary0warmly1ealth6y2lcome7s6ing3l\
ness1inner6s4ing3s2sdom3e4ly4st1on3derful9ly2rthy0yummy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed7ing7ment2ducted6ion2horrent2use5d5s4ing5ve1ccident2he1dversarial6e6ity1ggravated4essiven\
ess2itated2ony1nger5ed3rily4y3uish2imosity2noy5ed5ing5s2tagonism9t9tic1pocalyptic2palled6ing1rgued5s\
4ing4ment8s2rested6s3ogance7tly1shamed2s3assination4ult7ed7ing7s3holes1ttack6ed7r8s6ing6s1version2oi\
dance1wful0bad3ly2n3krupt3ned2stard7s2ttle6field6s1eaten4ing2little8d2tray6al6ed6s1itch5es5y3ter6ly6\
ness1lamed5s4ing2ind2oody1omb2thering1rutal6ity6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer2sualt\
y2tastrophe9hic1ensor1haos3stising2eat5ed6rs5ing5s2oke5d4ing1lueless1oerced2llapse4ision2mplain8ed8s\
8ts2ndemn7ation7ed7s3flicting8s3spiracy3tempt8uous2rpse2ward6ly1rap4py3ziness2ied4s3me4inal8s3sis3ti\
cise9d8m7ze9d8ing2ude3el5ly5ty3shed5ing2y3ing1unt4s2rse1ynical5ism0damage6d6s5ing3ned4it2nger6ous9ly\
6s2rkest1earth2bt2cay3eit6ful5ve7d4ption2feat6ed6ing7st4ctive6s3icit2gradation6e7d6ing2nied5s2presse\
d7ing8on8ve4ivation6ed2sperately8ion4ised3troy7ed8r7ing7s5uction9ve2tained3ention2vastated8ing9on3il\
5s1ick4head2pshit2re3ty2sadvantage9aged9ages4gree8able8ment9ents4ppoint9tingly9tment9tments9ts4ster8\
s6rous3comfort5rd5urage9ed9es9ing4redited3dain3grace8d4ust7ed7ing3heartening4onest3like7d7s3mal3orde\
r3paraging4leased4ute3qualified3regarded5spect9ted4uption3satisfaction9ied3torted4raction5ess8ed5ust\
4urb7ance7ed7ing1oom4ed2uche6bag1rained2ead5ed5ful2own5ed1ubious2ll2mb4ass4er5st4founded3p4ed4s1ysfu\
nction0eerie1mbarrassed9ing9ingly9ment2ergency1nemies4y2raged2slaved1rroneous1viction3l4s1xasperated\
2hausted7ing8on2ploited7ing0fag3got2il4ing7s4ure7s2ke3ing2llen2rce2scist2tal5ities5ly2ult5s1ear4ed4f\
ul4ing4s2lony1fs1iasco2ght5ing5s2red1lu1oe3s2ol4ed4ing5shly7ness4s2rbidden3ced1rantic3ud5s5ulent2eak\
5ing5y2ight6ened8ing2ustrate9d8ing9on9ons1uck4ed5r6s4s2ming2neral7s2rious7ly3y2tile0gloom1oddamned2s\
siping1rave2eed2ief4vance9s5e5ing3m2oss3uchy1uilty2llible0hacked2rass6ed6ing6ment3m4ed4ing4s3sh5er6s\
t2te4d4ful4r5s4s3ing3red2unt5ed2voc1eartbreak9king7oken5less2llish3pless2roin1opeless8ly2rrendous4ib\
le7y5d5fic7ed6ying4or6s2stile6ities8y1umiliate8ion2rt4ful4ing4s1ypocritical2steria0idiot5ic1gnorance\
5e5ing1ll3egal3ness7es1mbecile2moral2patience8tly3olite3risoned1nability3dequacy2capable3ensed3ompet\
ence4nsiderate5venience2dignant2fected4rior3ringement3uriate9s8ing2hibit7ion2jured5y4stice2sane5ity3\
ecure7ities9y4nsitivity3incere3ult6ed6ing6s2terruption9ions3imidated9ing9ion1rate2responsible3itable\
6te8d8s7ing8on1solation0jackass7es2ded2iled1ealous2opardy0kia2llers4ings4s0lame2zier5st3y1iar4s2ed3s\
2vid1oathe2neliness5y2se4r5s3ing3ses2usy2west3life1udicrous2natic7s1ying0mad3dening3ness2nipulated9i\
ng1eaningless2lancholy2nace2ss1indless2sbehaving3chief3erable8y5y3informed3leading3taken3understand9\
tanding1ock4ing4s2ron5ic2therfucker9king2urn5ing1urder6ed7r8s6ing6ous6s0nag3ged4ing2sty1egative7ity3\
lect7ful7ing1fc1igger1onsense2torious0obnoxious2scene3tacle8s1ffender8s6ing6s5ses6ive9ly1ppressed7iv\
e1utrage7d7ous1verload4reacted4weight0pain4ful7ly4s2nic5ked2thetic1enalty2ril3jury3petrator3verse6t2\
ssimist9ic1iss4ed4ing2tiful1oison6ed6ing6ous2lluted2orer5st2verty2werless1rejudice9d2ison6er8s2oblem\
atic3secute9d8ion3testing3voke1unish6able6ed6ing6ment9ts4tive0racism5t6s2ge3ing2pe4d4s3ing4st6s2sh1e\
cession3kless2fusing2gret6s6table9ly7ed2jection2pression2sentful6ment3trict8ed8ing2tard6ed2venge1idi\
cule8d8s7ous2gged2ot4s1ob3ber2tten1ude4ly4ness4st2in4ed4s0sabotage2d3ly3ness2vage6ly6s1cam4s3ndal7s3\
pegoat3re5d4y2old3rn2ream6ing4wed2umbag1elfish7ness2vere6d6ly1hame5d5ful3ttered2it4head8s4s4ting5y2o\
ck5ing5s1ick4ening2n3ful3ister3s1lam3very2uggish3t1martass2ear2uggling1nob4by2ub4s1obbing2re3row1pam\
4ming2ite5ful1tab4bed3rve6d5ing2eal5ing5s2ingy4k2olen2rained3ess6es6ful6ing3icken4kes2upid6er7st6ity\
6ly1uck4ed5r6s4s2ffer6ed6ing6s2icidal6e2lking3len2spended4icion9s8us0talentless2ntrum7s1emper2nsions\
2rrible7y5fied6ying4or6ism8t9s1hief4ves2oughtless2reat6en8ed8ing8s6s1icked2red1orture7d1ragedy4ic3pp\
ed3uma6tic3vesty2eason2ouble7d7maker9kers7s8ome6ing1umor2rmoil1wat0ugh2lier5st4ness3y1nattractive2co\
mfortable2dermined8ing4sirable2easy3mployment3thical2fair3ortunate3riendly2grateful2happy3ealthy2int\
elligent4volved2just2kind2pleasant2satisfied3table3uccessful9fully4pported2welcome3orthy1pset5s5ting\
2tight1seless7ly7ness0vain1icious2le3lain7s2olate7d7s6ing7on9s4ence6t7ly0wanker2rs2ste5d4ing1eaken5r\
5st4ly4ness2ep4ing2irdo1hine5s2ore5s1icked2tch1oe3fully3s2rries3se5n6ed6ing4t3thless1reck1tf";

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
            (vader_positive(), 660, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 941, ["awful", "hopeless", "abandon"]),
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
