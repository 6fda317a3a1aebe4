fn main() {
    let t = std::env::args().nth(1).unwrap();
    let doc = frankly::engine::tokenize(&t);
    let cx = frankly::engine::context::Cx::new(&doc, frankly::engine::Mode::PerformanceReview);
    for (i, v) in cx.views.iter().enumerate() {
        println!("{i} {:?} {:?}", v, cx.facts[i]);
    }
    for f in frankly::engine::analyze(&t).findings {
        println!("{} {:?}", f.rule, &t[f.start..f.end]);
    }
}
