//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than about once in 80,000 words of English (Zipf frequency below 4.1 in
//! the `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand, "admirals", "foreclosures", and events and things such as "riots", "recession")
//! but for 702 rarer ones that judge someone or their work ("belittled", "impolite",
//! "courteous", "sluggish", "frustrating"; cut by `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0acceptance6ing3omplish9hed9hes2tive1dmirable8y6tion5e6d5ing2orable4e2vantageous9s1ffection1greeable\
5ment1live1mazed4ing2using1pologise2plauded6se3reciates9ing9ion9ive4oval6ed7s1ssured5ing2tounding1tt\
ract7ed7ion8ve1ward5ed5s2esome0beautiful9ly5y2loved2neficial6t7s4volence9t2st2tter1less5ed5ing1old4l\
y4ness2nus2ost1rave5ly5r6y2ightest3lliance8t9ly0calmness2red4s3ing1elebrate9d8ing1hampion8ing8s9hip3\
rity4m5ing2eer5ed5ful8ly5s3rished1lassy2ever6ly6ness1omedy3fort7able9ly3mitment3passion9nate4liment9\
tary9ted9ts2nfidence8tly3grats7ulate9ations3siderate3vinced7ing9gly2urage7ous4teous6sy1reatively7ity\
3dit6s0daring1efinitely2licious4ght7ful9lly7s2sire2termination2voted6s5ion1ignified5ty2vine1reams1yn\
amic6sm0eagerly5ness2rnest2se3ier5st1ffectively3iciencies9y8tly1legance6t7ly1mpathetic1ncourage9d9me\
nt9s8ing2ergetically5ized2gagement2joy5able5ed5ing5s2sure2terprising5taining9ment3husiasm9t9tically1\
steemed1thical1xcel5lence8t9ly6ing3ite6ment5ing0fabulous2ith5ful8ly8ness2me2ntastic2scinating2ultles\
s2vor5able8y5ite4ur1earless2stival1it1ocused2olproof2rgiving3tunate1riend6lier9st8ness6s7hip1ulfill7\
ed0gain4ed4ing1enerosity6us8ly3ial3tle5y1ift1lad2orious4y1odsend2od4ness2rgeous1race5ful8ly4ious8ly3\
nd4t3titude2eat5er6st2owth0hand4some2ppier5ly5ness2rmonious6y1ealthy3rt5felt5s2lpfully4s2ro4es4ic1il\
arious1oliday7s2nestly6y3or5able8y5ed4ur2ped4ful7ly4s3ing1umorous0ideal5ly1mportance3ress7ed8s7ively\
4ovement1ncentive2fluential2novate7ion2spiration9onal6e7d7s6ing2tegrity4llect9ual6igence9nt9ntly4res\
ted8ing2vincible0jovial2y1ustice5fied0kinder4ly4ness0laughter1iberty2fesaver2ghthearted2keable4d4s3i\
ng2vely1ovable3er5s3ing2yalty1uck4y0magnificent2rvel6ous2sterpiece2ture1edal2rcy3it5orious5s1iracle1\
otivate7ing0natural1eat1icely4r4st2fty1oble1urtured6ing0opportunities9ty2timal5ism7t6ze8d0paradise3t\
ies2ssion7ately1eace5ful2rfect7ed7ing8on9nist7ly1layful2easantly5es1opularity2sitively8s7ity2werful1\
raise6d6s5ing2ecious2ivilege3ze5d2ofit6s3gress3mised7s6ing4ote7d6ing3udly0ready3ssuring2commend2lax3\
ief2scue3olve3pect7able7ed7fully7ing8ve4onsive2vered2ward6ed6ing6s1ichly1omance5tic0satisfaction9ori\
ly9ory6ies6y7ing1ecured2xy1haring1incere7ly1marter6st5ly1ociable2phisticated1pecial2lendid1timulatin\
g2rength8ened9ning9ns8s3ongest2unning1ucceed7ed7ing7s5ss7es7ful9lly2nshine2per5ior3porters3reme7ly2r\
ely3vived1ympathetic7y0talent6s1hanked5ful8ly2oughtfully9lness2rilled6ing1reat2iumph7ant2usted5ing5s\
5worthiness5y3thful8ly0united1seful0validate3ued5s1irtue6s5oso6us2sionary0warmly1ealth6y2lcome7s6ing\
1inner6s4ing3s2sdom3e4ly4st1on3derful9ly2rthy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandoned2horrent2use5d4ive1ccident1dversarial6ity1ggressiveness2itated1nger5ed3rily4y2imosity2noy5\
ed5ing5s2tagonism9t9tic1ppalled6ing1rgued5s4ing4ment8s2rested3ogance7tly1shamed2s3ault3holes1ttack6e\
d6ing6s1version2oidance1wful0bad3ly2n3ned2stard7s2ttle6s1eaten4ing2little8d2tray6ed6s1itch5es5y3ter6\
ly6ness1lamed5s4ing2ind2oody1omb2thering1rutal6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer2tastro\
phic1haos3stising2eat5ed6rs5ing5s1lueless1oerced2llapse2mplain8ed8s8ts2ndemn7ation7ed7s3flicts3spira\
cy3tempt8uous2ward6ly1rap4py3ziness2ied3me4inal8s3sis3ticise9d8m7ze9d8ing2ude3el5ly2y3ing1unt4s2rse1\
ynical5ism0damage6d6s5ing3ned4it2nger6ous1earth2bt2ceit6ful5ve7d2feat6ed6ist4ctive6s2grade6ing2nied2\
pressed7ion2sperately4ised3troy7ed7ing5uction9ve2vil1ick4head2pshit2rty2sagree8able8ment9ents4ppoint\
9tingly9tment9tments9ts4ster6rous3courage9es9ing4redited3dain3grace8d4ust7ed7ing3heartening4onest3li\
ke7d7s3mal3order3paraging4leased4ute3qualified3regarded5spect9ted3satisfaction9ied3traction5ess5ust4\
urb7ing1ouche6bag1readful1ubious2ll2mb4ass4er5st4founded1ysfunction0embarrassed9ing9ingly9ment2ergen\
cy1nemies4y2raged1rroneous1vil1xasperated2hausted0fail4ing7s4ure7s2ke3ing2llen2rce2tal2ult5s1ear4s1i\
asco2ght5ing5s2red1ool4ed4ing5shly7ness4s2rced1rantic3ud5s2eak5ing2ustrate9d8ing9on9ons1uck4ed5r6s4s\
2ming2neral2rious7ly2tile0goddamned2ssiping1rave2ievance2oss3uchy1uilty2llible0harass6ing6ment3m4ing\
4s3sh5er6st2te4d4ful4r5s4s3ing3red1eartless2llish3pless1opeless8ly2rrendous4ible7y5d4or2stile6ities8\
y1umiliate8ion2rt4ful4ing4s1ypocritical0idiot5ic1gnorance5e5ing1ll3egal3ness1mbecile2patience8tly3ol\
ite1nability3dequacy2capable3ensed3ompetence4nsiderate5venience2dignant2fected4rior3uriate9s8ing2hib\
it2jured5y2sane3ecure7ities4nsitivity3incere3ult6ed6ing6s2terruption9ions3imidated9ing9ion1rate2resp\
onsible3itable6te8d8s7ing8on0jackass7es2ded1ealous0kills0lame2zier5st3y1iar4s2ed3s2vid1oathe2nely2se\
4r5s3ing3ses2usy2west3life1udicrous2natic7s1ying0mad3dening3ness2nipulating1eaningless2ss1indless2sb\
ehaving3chief3erable8y3informed3leading3taken3understand9tanding1ock4ing4s2ron5ic2therfucker9king1ur\
der6ed0nag3ged4ing2sty1egative7ity3lect7ful7ing1onsense0obnoxious2scene1ffending6s5sive9ly1utrage7ou\
s1verreacted0pain4ful2nic5ked2thetic1enalty2rverse2ssimist9ic1iss4ed4ing2tiful1overty1rejudiced2ison\
6er8s2oblematic3voke1unish6ed6ment0racism5t6s2ge2pe1eckless2fusing2gret6table9ly2jection2sentful6men\
t3tricted2tard6ed2venge1idicule8d8s7ous1ob2tten1ude4ly4ness4st2in4ed0sabotage2d3ly2vage6ly1cam4s3nda\
l3pegoat3red4y2old3rn2ream6ing4wed2umbag1elfish7ness2vere6ly1hame5d5ful2it4head8s4s4ting5y2ock5ing1i\
ck4ening2n1lavery2uggish3t1martass1nob4by2ub4s1pam4ming2ite5ful1teal5ing2ingy2olen2rained3ess6ing3ik\
es2upid6er7st6ity6ly1uck4ed5r6s4s2ffer6ed6ing2icide2lking3len2spended4icion8us0talentless2ntrum7s1em\
per2rrible7y4or6ism8t9s1houghtless2reat6en8ed8ing6s1icked2red1orture1ragedy3pped3uma3vesty2ouble7mak\
er9kers7some6ing1wat0ugh2lier5st4ness3y1ncomfortable2dermined8ing4sirable2employment3thical2fair3ort\
unate3riendly2grateful2happy2intelligent4volved2just2kind2pleasant2satisfied3table3uccessful9fully4p\
ported2welcome3orthy1pset5s5ting2tight1seless7ly7ness0vain1icious2le2olated6ion9s4ence6t0wanker2rs2s\
te5d4ing1eaken5r5st4ly4ness2irdo1hine5s2ore1icked2tch1oefully2rries3se5n6ed6ing4t3thless1tf";

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
            (vader_positive(), 505, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 669, ["awful", "hopeless", "abused"]),
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
