//! Evaluative words and their polarity, from the VADER sentiment lexicon (C.J. Hutto and Eric
//! Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
//! Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, MIT licence, Copyright (c) 2016 C.J. Hutto).
//! Generated: single words of three or more letters with a mean valence of at least 1.5 either
//! way, less words that are not evaluations in feedback ("like", "please", "help", "care", …),
//! less words rarer than about once in 20,000 words of English (Zipf frequency below 4.7 in
//! the `wordfreq` package, used only to choose: rare inflections such as "adorableness", chat
//! shorthand, "admirals", "foreclosures", and events and things such as "riots", "holiday")
//! but for 899 rarer ones that judge someone or their work ("belittled", "impolite",
//! "courteous", "sluggish", "frustrating"; cut by `scripts/vader-cut.py`), less words our own lists already hold (`PRAISE_WORDS`,
//! `CRITICISM_WORDS`: the word classes are the union, so a word in both would only cost the
//! page its bytes).
//! The valence itself is not kept: a word is positive or negative. VADER lacks many workplace
//! words ("reliable", "sloppy", "abrasive") and rates "emotional" positive, so `words.rs` adds
//! its own evaluative lists on top (`PRAISE_WORDS`, `CRITICISM_WORDS`).

/// Positive words (valence ≥ 1.5), front-coded (see `decode`).
const VADER_POSITIVE_CODED: &str = "\
0accomplish9hed9hes1dmirable8y6tion5e6d5ing2orable4e2vantageous9s1ffection1greeable1mazed4ing2using1\
pologise2plauded6se3reciates9ing9ion9ive4oves1ssured5ing2tounding1ttractive1ward5s2esome0beautiful9l\
y2loved2neficial6t7s4volence9t2st2tter1lessing1old4ly4ness1rave5ly5r6y2ightest3lliance8t9ly0calmness\
2red4s3ing1hampioning3rm5ing2eer5ed5ful8ly5s3rished1lassy2ever6ly6ness1omfortable9ly3mitment3passion\
9nate4liment9tary9ted9ts2nfidence8tly3grats7ulate9ations3siderate3vinced7ing9gly2urage7ous4teous6sy1\
reatively7ity3dit0daring1efinitely2light7ful9lly7s2termination2voted6s5ion1ignified5ty1ynamism0eager\
ly5ness2rnest2se3ier5st1ffectively3iciencies9y8tly1legance6t7ly1mpathetic1ncourage9d9ment9s8ing2erge\
tically5ized2gagement2joy5able5ed5ing5s2terprising5taining3husiasm9t9tically1steemed1thical1xcel5len\
ce8t9ly6ing3ite6ment5ing0fabulous2ithful8ly8ness2ntastic2scinating2ultless2vor5able8y5ite1earless1it\
1ocused2olproof2rgiving3tunate1riendlier9st8ness1ulfill7ed0gained1enerosity6us8ly3ial3tle5y1lad2orio\
us1odsend2od4ness1race5ful8ly4ious8ly3titude2eat5er6st2owth0happier5ness2rmonious6y1eartfelt2lpfully\
4s2ro4es4ic1ilarious1onesty3orable8y5ed4ur2peful1umorous0ideal5ly1mpress7ed8s7ively4ovement1nfluenti\
al2novate7ion2spiration9onal6e7d7s6ing2tegrity4llect9ual6igence9nt9ntly4resting2vincible0jovial2y0ki\
nder4ness0laughter1ifesaver2ghthearted2keable4d4s3ing2vely1ovable3ing2yalty0magnificent2rvelous2ster\
piece2ture1erit5orious1otivate7ing0natural1eat1icely4r4st2fty1oble1urtured6ing0optimism7t0passion7at\
ely1erfect7ed7ing8on9nist7ly1layful2easantly5es1ositively8s7ity2werful1raise6d6s5ing2ized2ogress3mis\
ing3udly0ready3ssuring2commend2spect7able7ed7fully7ing4onsive2vered2warded6ing1ichly0satisfaction9or\
ily9ory6ying1haring1incere7ly1marter6st5ly1ociable1plendid1timulating2rength8ened9ning9ns8s3ongest1u\
cceed7ed7ing7s5ss7es7ful9lly2preme7ly2rely1ympathetic7y0talent6s1hanked5ful8ly2oughtfully9lness2rill\
ed6ing1reat2iumph7ant2usted5worthiness5y3thful8ly0useful0valued1irtue6s5oso6us2sionary0warmly1elcome\
7s6ing1isdom3e4ly4st1onderful9ly2rthy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abhorrent2use5d4ive1dversity1ggressiveness2itated1nger5ed3rily4y2imosity2noy5ed5ing5s2tagonism9t9ti\
c1ppalled6ing1rgued5s4ing2rogance7tly1shamed2s3holes1ttacking1version2oidance1wful0bad3ly2stard7s1el\
ittle8d2tray6ed6s1itch5es5y3ter6ly6ness1lamed5s4ing1othering1rutal6ly1ullied4shit4y5ing2mmer2rden6ed\
6s7ome0catastrophic1hastising2eat5ed6rs5ing5s1lueless1oerced2mplain8ed8s8ts2ndemn7ation7ed7s3tempt8u\
ous2ward6ly1rap4py3ziness2iticise9d8m7ze9d8ing2ude3el5ly1unt4s2rse1ynical5ism0damned4it1earth2ceit6f\
ul5ve7d2featist4ctive6s2grade6ing2pression2sperately4ised3tructive1ick4head2pshit2sagree8able8ment9e\
nts4ppoint9tingly9tment9tments9ts4strous3courage9es9ing4redited3dain3grace8d4ust7ed7ing3heartening4o\
nest3like7d7s3mal3paraging4leased3qualified3regarded5spect9ted3satisfaction9ied3traction5ess5ust4urb\
7ing1ouche6bag1readful1ubious2ll2mb4ass4er5st4founded1ysfunction0embarrassed9ing9ingly9ment1nraged1r\
roneous1vil1xasperated0fail4ing7s4ure7s2ke3ing2rce2ult5s1iasco1ool4ed4ing5shly7ness4s1rantic3ud5s2ea\
k5ing2ustrate9d8ing9on9ons1uck4ed5r6s4s2ming2rious7ly2tile0goddamned2ssiping1rievance2oss3uchy1uilty\
2llible0harass6ing6ment3m4ing4s3sh5er6st2te4d4ful4r5s4s3ing3red1eartless2llish3pless1opeless8ly2rren\
dous4ible7y5d2stile6ities8y1umiliate8ion2rt4ful4ing4s1ypocritical0idiot5ic1gnorance5e5ing1mbecile2pa\
tience8tly3olite1nability3dequacy2capable3ensed3ompetence4nsiderate5venience2dignant2ferior3uriate9s\
8ing2hibit2sane3ecure7ities4nsitivity3incere3ult6ed6ing6s2terruption9ions3imidated9ing9ion1rate2resp\
onsible3itable6te8d8s7ing8on0jackass7es2ded1ealous0lame2zier5st3y1iar4s2ed3s2vid1oathe2ser5s2usy2wes\
t3life1udicrous2natic7s1ying0mad3dening3ness2nipulating1eaningless2ss1indless2sbehaving3chief3erable\
8y3informed3leading3taken3understand9tanding1ock4ing2ron5ic2therfucker9king0nag3ged4ing2sty1egative7\
ity3lect7ful7ing1onsense0obnoxious2scene1ffending6s5sive9ly1utrage7ous1verreacted0painful2nicked2the\
tic1erverse2ssimist9ic1iss4ed4ing2tiful1rejudiced2oblematic3voke1unish6ed0racist6s1eckless2fusing2gr\
et6table9ly2jection2sentful6ment2tard6ed1idicule8d8s7ous1otten1ude4ly4ness4st2in4ed0sabotage2d3ly2va\
ge6ly1cam4s3pegoat3red2old3rn2rewed2umbag1elfish7ness1hame5d5ful2it4head8s4s4ting5y2ocking1ick4ening\
1luggish3t1martass1nob4by2ub4s1pamming2ite5ful1tingy2rained3essing2upid6er7st6ity6ly1uck4ed5r6s4s2ff\
er6ed6ing2lking3len2spicion8us0talentless2ntrum7s1emper2rrible7y1houghtless2reaten8ed8ing1icked2red1\
ravesty2ouble7maker9kers7some6ing1wat0ugh2lier5st4ness3y1ncomfortable2dermined8ing4sirable2ethical2f\
air3ortunate3riendly2grateful2happy2intelligent4volved2just2kind2pleasant2satisfied3table3uccessful9\
fully2welcome3orthy1pset5s5ting2tight1seless7ly7ness0vain1icious2le0wanker2ste5d4ing1eaken5r5st4ly4n\
ess2irdo1hine5s2ore1icked1oefully2rse5n6ed6ing4t3thless1tf";

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
            (vader_positive(), 375, ["wonderful", "generous", "admire"]),
            (vader_negative(), 537, ["awful", "hopeless", "abused"]),
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
