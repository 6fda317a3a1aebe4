//! Profiling aid: analyse the seed document N times (`cargo run --release --example
//! profile_seed -- PATH N`), for callgrind or perf.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("path to a text file");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(path).expect("readable file");
    let mut findings = 0;
    for _ in 0..n {
        findings += frankly::engine::analyze(&text).findings.len();
    }
    println!("{findings}");
}
