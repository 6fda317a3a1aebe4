//! The rewrite corpus: tests/rewrites/corpus.tsv (mode, person, text), our own drafts.
use frankly::engine::Mode;

pub const PERSONS: [&str; 3] = ["1st", "2nd", "3rd"];

#[derive(Clone, Debug)]
pub struct Draft {
    /// 1-based line in corpus.tsv.
    pub line: usize,
    pub mode: Mode,
    pub person: &'static str,
    pub text: String,
}

/// Parse corpus.tsv; panics with the line number on a malformed line.
pub fn load() -> Vec<Draft> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/rewrites/corpus.tsv");
    let src = std::fs::read_to_string(path).expect("read tests/rewrites/corpus.tsv");
    parse(&src)
}

pub fn parse(src: &str) -> Vec<Draft> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "corpus.tsv:{line_no}: want mode<TAB>person<TAB>text"
        );
        let mode = Mode::from_id(cols[0])
            .unwrap_or_else(|| panic!("corpus.tsv:{line_no}: unknown mode {:?}", cols[0]));
        let person = PERSONS
            .into_iter()
            .find(|p| *p == cols[1])
            .unwrap_or_else(|| panic!("corpus.tsv:{line_no}: person must be 1st, 2nd or 3rd"));
        let text = cols[2].replace("\\n", "\n");
        assert!(!text.trim().is_empty(), "corpus.tsv:{line_no}: empty text");
        out.push(Draft {
            line: line_no,
            mode,
            person,
            text,
        });
    }
    out
}
