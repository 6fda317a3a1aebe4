//! Debugging aid: prints the sentence layer's view of each sentence of a file.
use frankly::engine::context::Cx;
use frankly::engine::{tokenize, Mode};

fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).expect("read");
    let doc = tokenize(&text);
    let cx = Cx::new(&doc, Mode::PerformanceReview);
    for (si, s) in doc.sentences.iter().enumerate() {
        let v = cx.views[si];
        let f = cx.facts[si];
        let t: String = text[s.start..s.end].chars().take(70).collect();
        println!(
            "{t:70} who={:?} +{} -{} req={} spec={} lab={:?} conc={:.2} anch={} person={} because={}",
            v.who, v.praise as u8, v.criticism as u8, v.request as u8, v.specific as u8,
            v.label.map(|l| l.positive), f.concrete, f.anchor as u8, f.person as u8, f.because as u8
        );
    }
}
