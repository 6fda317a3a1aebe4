//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than about once in 250,000 words of English (Zipf frequency below 3.6 in
//! the `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand, "admirals", "foreclosures") but for 450 rarer ones that judge someone or their work
//! ("belittled", "impolite", "courteous", "sluggish"; cut by `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0acceptance6ing3omplish9hed9hes2tive1dmirable8y6tion5e6d5ing2orable4e2vantageous9s1ffection1greeable\
5ment1live1mazed4ing2usement4ing1pologise2plauded6se3reciates9ing9ion9ive4oval6ed7s1ssured5ing2tound\
ing1ttract7ed7ing8on9ns8ve7s1ward5ed5s2esome0beautiful9ly5y2loved2neficial6t7s4volence9t2st2tter1les\
s5ed5ing8s2iss1old4ly4ness2nus5es2ost1rave5ly5r6y2eathtaking2ighter7st3lliance8t9ly0calmness2red4s3i\
ng1elebrate9d9s8ing1hamp5ion8ing8s9hip9hips5s3ritable6ies6y4m5ing2eer5ed5ful8ly5ing5s3rished1lassy2e\
ver6ly6ness1omedian5y3fort7able9ly7ing3mitment3passion9nate4liment9tary9ted9ts2nfidence8tly3grats7ul\
ate9ations3siderate3vinced7ing9gly2urage7ous4teous6sy1reatively7ity3dit6ed6s0daring3ling1efinitely2l\
icious4ght7ful9lly7s2sire2termination2voted6s5ion1ignified5ty2vine1reams1ynamic6sm0eagerly5ness2rnes\
t2se3ier5st1ffectively3iciencies9y8tly1legance6t7ly1mpathetic1ncourage9d9ment9s8ing2ergetically5ized\
2gagement2joy5able5ed5ing5ment5s2sure2terprising5tained9ing9ment3husiasm9t9tically1steemed1thical1xc\
el5lence8t9ly6ing3ite6ment5ing0fabulous2ith5ful8ly8ness2me2ntastic2scinated8ing2ultless2vor5able8y5e\
d5ite8s4ur1earless2stival8s1it1ocused2nd2olproof2rgiven6ing3tunate1reed4ly4man2iend6lier9st8ness6s7h\
ip9ps1ulfill7ed0gain4ed4ing1enerosity6us8ly3ial3tle5y1ift1lad2orious4y1odsend2od4ness2rgeous1race5fu\
l8ly4ious8ly3nd4t3titude2eat5er6st3eting8s2owth0hahaha2nd4some2ppier5ly5ness2rdy3monious6y1ealthy3rt\
5felt5s3venly6s2lpfully4s2ro4es4ic1ilarious1oliday7s2nestly6y3or5able8y5ed5s4ur6able6ed6s2ped4ful7ly\
4s3ing1umorous4ur0ideal5ly1mportance3ress7ed8s7ively4ovement1ncentive2fluential2nocence4vate7ion2spi\
ration9onal6e7d7s6ing2tegrity4llect9ual6igence9nt9ntly4rested8ing9ngly2vincible0jewel1ovial2y1ustice\
5fied0kinder4ly4ness2ssed4ing0laughs5ter1iberties6y2fesaver2ghthearted2keable4d4s3ing2vely1ovable3er\
5s3ing2yalty1uck4ily4y0magnificent2rvel6ous2sterpiece2ture1edal2rcy3it5orious5s3ry1iracle1otivate7in\
g0natural1eat1icely4r4st2fty1oble1urtured6ing0opportunities9ty2timal5ism7t6zation7e8d0paradise3ties2\
ssion7ately1eace5ful8ly2rfect7ed7ing8on9nist7ly1layful2easantly5es1opularity2sitively8s7ity2werful1r\
aise6d6s5ing3ying2ecious2ivilege9d9s3ze5d5s2ofit6able6s3gress3mised7s6ing4ote7d6ing3sperous3udly0rea\
dy3ssuring2commend2lax5ation5ed5ing3ief5ve7d2scue6d3olve3pect7able7ed7fully7ing8ve4onsive2vered2ward\
6ed6ing6s1icher5st4ly1omance5tic0safer2tisfaction9orily9ory6ies6y7ing1ecured2xy1haring1incere7ly1mar\
ter6st5ly1ociable2phisticated1pecial2lendid1timulating2rength8ened9ning9ns8s3ongest2unning1ucceed7ed\
7ing7s5ss7es7ful9lly2nny3shine2per5ior3porters3reme7ly2rely3vived6or1weets1ympathetic7y0talent6s1han\
ked5ful8ly2oughtfully9lness2rill6ed6ing1ops1reasures4t2iumph7ant2usted5ing5s5worthiness5y3thful8ly5s\
0unified3ted1seful0validate3ued5s1ibrant2p2rtue6s5oso6us2sionary0warmly1ealth6y2lcome7s6ing1inner6s4\
ing3s2sdom3e4ly4st1on3derful9ly2rthy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed2horrent2use5d5s4ing5ve1ccident1dversarial6e6ity1ggressiveness2itated2ony1nger5ed3rily4y2\
imosity2noy5ed5ing5s2tagonism9t9tic1ppalled6ing1rgued5s4ing4ment8s2rested6s3ogance7tly1shamed2s3assi\
nation4ult7ed3holes1ttack6ed6ing6s1version2oidance1wful0bad3ly2n3krupt3ned2stard7s2ttle6field6s1eate\
n4ing2little8d2tray6al6ed6s1itch5es5y3ter6ly6ness1lamed5s4ing2ind2oody1omb2thering1rutal6ity6ly1ulli\
ed4shit4y5ing2mmer2rden6ed6s7ome0cancer2sualty2tastrophic1haos3stising2eat5ed6rs5ing5s2oke1lueless1o\
erced2llapse4ision2mplain8ed8s8ts2ndemn7ation7ed7s3flicting8s3spiracy3tempt8uous2rpse2ward6ly1rap4py\
3ziness2ied4s3me4inal8s3sis3ticise9d8m7ze9d8ing2ude3el5ly5ty3shed5ing2y3ing1unt4s2rse1ynical5ism0dam\
age6d6s5ing3ned4it2nger6ous6s1earth2bt2cay3eit6ful5ve7d4ption2feat6ed6ing7st4ctive6s3icit2gradation6\
e6ing2nied5s2pressed7ing8on4ived2sperately4ised3troy7ed7ing7s5uction9ve2tained3ention2vastated8ing3i\
l5s1ick4head2pshit2re3ty2sadvantage4gree8able8ment9ents4ppoint9tingly9tment9tments9ts4ster8s6rous3co\
mfort5urage9ed9es9ing4redited3dain3grace8d4ust7ed7ing3heartening4onest3like7d7s3mal3order3paraging4l\
eased4ute3qualified3regarded5spect9ted4uption3satisfaction9ied3torted4raction5ess5ust4urb7ance7ed7in\
g1oom4ed2uche6bag1rained2ead5ful2own5ed1ubious2ll2mb4ass4er5st4founded3p4ed1ysfunction0embarrassed9i\
ng9ingly9ment2ergency1nemies4y2raged1rroneous1vil1xasperated2hausted7ing2ploited0fail4ing7s4ure7s2ke\
3ing2llen2rce2scist2tal2ult5s1ear4ed4s2lony1iasco2ght5ing5s2red1lu1ool4ed4ing5shly7ness4s2rbidden3ce\
d1rantic3ud5s5ulent2eak5ing2ightened8ing2ustrate9d8ing9on9ons1uck4ed5r6s4s2ming2neral2rious7ly3y2til\
e0goddamned2ssiping1rave2eed2ief4vance3m2oss3uchy1uilty2llible0hacked2rass6ing6ment3m4ing4s3sh5er6st\
2te4d4ful4r5s4s3ing3red2unted1eartless2llish3pless2roin1opeless8ly2rrendous4ible7y5d5fic4or2stile6it\
ies8y1umiliate8ion2rt4ful4ing4s1ypocritical0idiot5ic1gnorance5e5ing1ll3egal3ness7es1mbecile2patience\
8tly3olite3risoned1nability3dequacy2capable3ensed3ompetence4nsiderate5venience2dignant2fected4rior3r\
ingement3uriate9s8ing2hibit2jured5y4stice2sane5ity3ecure7ities4nsitivity3incere3ult6ed6ing6s2terrupt\
ion9ions3imidated9ing9ion1rate2responsible3itable6te8d8s7ing8on1solation0jackass7es2ded1ealous0kille\
rs4ings4s0lame2zier5st3y1iar4s2ed3s2vid1oathe2neliness5y2se4r5s3ing3ses2usy2west3life1udicrous2natic\
7s1ying0mad3dening3ness2nipulated9ing1eaningless2ss1indless2sbehaving3chief3erable8y5y3informed3lead\
ing3taken3understand9tanding1ock4ing4s2ron5ic2therfucker9king2urning1urder6ed7r6ing6s0nag3ged4ing2st\
y1egative7ity3lect7ful7ing1onsense2torious0obnoxious2scene3tacle8s1ffender8s6ing6s5sive9ly1utrage7ou\
s1verreacted4weight0pain4ful4s2nic5ked2thetic1enalty2rverse2ssimist9ic1iss4ed4ing2tiful1oison6ing2or\
er2verty1rejudice9d2ison6er8s2oblematic3secuted8ion3testing3voke1unish6ed6ment0racism5t6s2ge3ing2pe4\
d3ist2sh1ecession3kless2fusing2gret6s6table9ly2jection2sentful6ment3trict8ed2tard6ed2venge1idicule8d\
8s7ous2gged2ot4s1ob2tten1ude4ly4ness4st2in4ed4s0sabotage2d3ly3ness2vage6ly1cam4s3ndal3pegoat3re5d4y2\
old3rn2ream6ing4wed2umbag1elfish7ness2vere6ly1hame5d5ful3ttered2it4head8s4s4ting5y2ock5ing1ick4ening\
2n3ister3s1lam3very2uggish3t1martass1nob4by2ub4s1ore3row1pam4ming2ite5ful1tab4bed3rving2eal5ing5s2in\
gy2olen2rained3ess6es6ful6ing3ikes2upid6er7st6ity6ly1uck4ed5r6s4s2ffer6ed6ing6s2icidal6e2lking3len2s\
pended4icion8us0talentless2ntrum7s1emper2nsions2rrible7y5fied6ying4or6ism8t9s1hief4ves2oughtless2rea\
t6en8ed8ing8s6s1icked2red1orture7d1ragedy4ic3pped3uma6tic3vesty2eason2ouble7d7maker9kers7s8ome6ing1u\
mor1wat0ugh2lier5st4ness3y1ncomfortable2dermined8ing4sirable2employment3thical2fair3ortunate3riendly\
2grateful2happy3ealthy2intelligent4volved2just2kind2pleasant2satisfied3table3uccessful9fully4pported\
2welcome3orthy1pset5s5ting2tight1seless7ly7ness0vain1icious2le3lain7s2olate7d6ing7on9s4ence6t7ly0wan\
ker2rs2ste5d4ing1eaken5r5st4ly4ness2irdo1hine5s2ore1icked2tch1oefully2rries3se5n6ed6ing4t3thless1rec\
k1tf";

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
            (vader_positive(), 584, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 816, ["awful", "hopeless", "abandon"]),
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
