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
5ment1live1mazed4ing2using1pologise2plauded6se3reciates9ing9ion9ive4oval6ed7s1ssured5ing2tounding1tt\
ract7ed7ion9ns8ve1ward5ed5s2esome0beautiful9ly5y2loved2neficial6t7s4volence9t2st2tter1less5ed5ing1ol\
d4ly4ness2nus2ost1rave5ly5r6y2ightest3lliance8t9ly0calmness2red4s3ing1elebrate9d8ing1hamp5ion8ing8s9\
hip9hips3ritable6y4m5ing2eer5ed5ful8ly5s3rished1lassy2ever6ly6ness1omedian5y3fort7able9ly3mitment3pa\
ssion9nate4liment9tary9ted9ts2nfidence8tly3grats7ulate9ations3siderate3vinced7ing9gly2urage7ous4teou\
s6sy1reatively7ity3dit6s0daring3ling1efinitely2licious4ght7ful9lly7s2sire2termination2voted6s5ion1ig\
nified5ty2vine1reams1ynamic6sm0eagerly5ness2rnest2se3ier5st1ffectively3iciencies9y8tly1legance6t7ly1\
mpathetic1ncourage9d9ment9s8ing2ergetically5ized2gagement2joy5able5ed5ing5s2sure2terprising5taining9\
ment3husiasm9t9tically1steemed1thical1xcel5lence8t9ly6ing3ite6ment5ing0fabulous2ith5ful8ly8ness2me2n\
tastic2scinating2ultless2vor5able8y5ite8s4ur1earless2stival1it1ocused2olproof2rgiving3tunate1reely2i\
end6lier9st8ness6s7hip1ulfill7ed0gain4ed4ing1enerosity6us8ly3ial3tle5y1ift1lad2orious4y1odsend2od4ne\
ss2rgeous1race5ful8ly4ious8ly3nd4t3titude2eat5er6st2owth0hand4some2ppier5ly5ness2rmonious6y1ealthy3r\
t5felt5s2lpfully4s2ro4es4ic1ilarious1oliday7s2nestly6y3or5able8y5ed4ur2ped4ful7ly4s3ing1umorous0idea\
l5ly1mportance3ress7ed8s7ively4ovement1ncentive2fluential2novate7ion2spiration9onal6e7d7s6ing2tegrit\
y4llect9ual6igence9nt9ntly4rested8ing2vincible0jovial2y1ustice5fied0kinder4ly4ness2ssed4ing0laughs5t\
er1iberty2fesaver2ghthearted2keable4d4s3ing2vely1ovable3er5s3ing2yalty1uck4ily4y0magnificent2rvel6ou\
s2sterpiece2ture1edal2rcy3it5orious5s1iracle1otivate7ing0natural1eat1icely4r4st2fty1oble1urtured6ing\
0opportunities9ty2timal5ism7t6ze8d0paradise3ties2ssion7ately1eace5ful2rfect7ed7ing8on9nist7ly1layful\
2easantly5es1opularity2sitively8s7ity2werful1raise6d6s5ing3ying2ecious2ivilege3ze5d5s2ofit6able6s3gr\
ess3mised7s6ing4ote7d6ing3udly0ready3ssuring2commend2lax5ed5ing3ief5ved2scue6d3olve3pect7able7ed7ful\
ly7ing8ve4onsive2vered2ward6ed6ing6s1ichly1omance5tic0safer2tisfaction9orily9ory6ies6y7ing1ecured2xy\
1haring1incere7ly1marter6st5ly1ociable2phisticated1pecial2lendid1timulating2rength8ened9ning9ns8s3on\
gest2unning1ucceed7ed7ing7s5ss7es7ful9lly2nny3shine2per5ior3porters3reme7ly2rely3vived6or1ympathetic\
7y0talent6s1hanked5ful8ly2oughtfully9lness2rilled6ing1ops1reat2iumph7ant2usted5ing5s5worthiness5y3th\
ful8ly0united1seful0validate3ued5s1irtue6s5oso6us2sionary0warmly1ealth6y2lcome7s6ing1inner6s4ing3s2s\
dom3e4ly4st1on3derful9ly2rthy";

/// Negative words (valence ≤ −1.5), front-coded (see `decode`).
const VADER_NEGATIVE_CODED: &str = "\
0abandon7ed2horrent2use5d4ive1ccident1dversarial6ity1ggressiveness2itated1nger5ed3rily4y2imosity2noy\
5ed5ing5s2tagonism9t9tic1ppalled6ing1rgued5s4ing4ment8s2rested3ogance7tly1shamed2s3ault3holes1ttack6\
ed6ing6s1version2oidance1wful0bad3ly2n3ned2stard7s2ttle6field6s1eaten4ing2little8d2tray6ed6s1itch5es\
5y3ter6ly6ness1lamed5s4ing2ind2oody1omb2thering1rutal6ly1ullied4shit4y5ing2mmer2rden6ed6s7ome0cancer\
2tastrophic1haos3stising2eat5ed6rs5ing5s1lueless1oerced2llapse4ision2mplain8ed8s8ts2ndemn7ation7ed7s\
3flicts3spiracy3tempt8uous2ward6ly1rap4py3ziness2ied4s3me4inal8s3sis3ticise9d8m7ze9d8ing2ude3el5ly3s\
hed2y3ing1unt4s2rse1ynical5ism0damage6d6s5ing3ned4it2nger6ous1earth2bt2ceit6ful5ve7d2feat6ed6ist4cti\
ve6s3icit2grade6ing2nied2pressed7ion2sperately4ised3troy7ed7ing5uction9ve2tention2vil1ick4head2pshit\
2rty2sagree8able8ment9ents4ppoint9tingly9tment9tments9ts4ster6rous3courage9es9ing4redited3dain3grace\
8d4ust7ed7ing3heartening4onest3like7d7s3mal3order3paraging4leased4ute3qualified3regarded5spect9ted3s\
atisfaction9ied3traction5ess5ust4urb7ing1ouche6bag1readful1ubious2ll2mb4ass4er5st4founded3p4ed1ysfun\
ction0embarrassed9ing9ingly9ment2ergency1nemies4y2raged1rroneous1vil1xasperated2hausted0fail4ing7s4u\
re7s2ke3ing2llen2rce2tal2ult5s1ear4ed4s1iasco2ght5ing5s2red1lu1ool4ed4ing5shly7ness4s2rbidden3ced1ra\
ntic3ud5s2eak5ing2ustrate9d8ing9on9ons1uck4ed5r6s4s2ming2neral2rious7ly3y2tile0goddamned2ssiping1rav\
e2ief4vance2oss3uchy1uilty2llible0harass6ing6ment3m4ing4s3sh5er6st2te4d4ful4r5s4s3ing3red1eartless2l\
lish3pless2roin1opeless8ly2rrendous4ible7y5d4or2stile6ities8y1umiliate8ion2rt4ful4ing4s1ypocritical0\
idiot5ic1gnorance5e5ing1ll3egal3ness1mbecile2patience8tly3olite1nability3dequacy2capable3ensed3ompet\
ence4nsiderate5venience2dignant2fected4rior3uriate9s8ing2hibit2jured5y2sane3ecure7ities4nsitivity3in\
cere3ult6ed6ing6s2terruption9ions3imidated9ing9ion1rate2responsible3itable6te8d8s7ing8on1solation0ja\
ckass7es2ded1ealous0killers4s0lame2zier5st3y1iar4s2ed3s2vid1oathe2nely2se4r5s3ing3ses2usy2west3life1\
udicrous2natic7s1ying0mad3dening3ness2nipulating1eaningless2ss1indless2sbehaving3chief3erable8y3info\
rmed3leading3taken3understand9tanding1ock4ing4s2ron5ic2therfucker9king1urder6ed6s0nag3ged4ing2sty1eg\
ative7ity3lect7ful7ing1onsense0obnoxious2scene1ffending6s5sive9ly1utrage7ous1verreacted0pain4ful2nic\
5ked2thetic1enalty2rverse2ssimist9ic1iss4ed4ing2tiful1oison2verty1rejudiced2ison6er8s2oblematic3secu\
tion3voke1unish6ed6ment0racism5t6s2ge2pe4d1eckless2fusing2gret6table9ly2jection2sentful6ment3tricted\
2tard6ed2venge1idicule8d8s7ous2ot1ob2tten1ude4ly4ness4st2in4ed4s0sabotage2d3ly2vage6ly1cam4s3ndal3pe\
goat3re5d4y2old3rn2ream6ing4wed2umbag1elfish7ness2vere6ly1hame5d5ful2it4head8s4s4ting5y2ock5ing1ick4\
ening2n3s1lam3very2uggish3t1martass1nob4by2ub4s1ore1pam4ming2ite5ful1tabbed2eal5ing2ingy2olen2rained\
3ess6ing3ikes2upid6er7st6ity6ly1uck4ed5r6s4s2ffer6ed6ing2icide2lking3len2spended4icion8us0talentless\
2ntrum7s1emper2rrible7y5fied6ying4or6ism8t9s1houghtless2reat6en8ed8ing6s1icked2red1orture1ragedy4ic3\
pped3uma3vesty2ouble7d7maker9kers7s8ome6ing1umor1wat0ugh2lier5st4ness3y1ncomfortable2dermined8ing4si\
rable2employment3thical2fair3ortunate3riendly2grateful2happy2intelligent4volved2just2kind2pleasant2s\
atisfied3table3uccessful9fully4pported2welcome3orthy1pset5s5ting2tight1seless7ly7ness0vain1icious2le\
2olated6ion9s4ence6t0wanker2rs2ste5d4ing1eaken5r5st4ly4ness2irdo1hine5s2ore1icked2tch1oefully2rries3\
se5n6ed6ing4t3thless1reck1tf";

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
            (vader_positive(), 528, ["wonderful", "wealthy", "admire"]),
            (vader_negative(), 704, ["awful", "hopeless", "abandon"]),
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
