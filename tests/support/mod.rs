//! Test support for tests/rewrite_corpus.rs: the corpus, the snapshot, and the checks that judge
//! rewrites (our own in `grammar`, Harper's in `harper`).
pub mod corpus;
pub mod grammar;
pub mod harper;
pub mod snapshot;
pub mod text;
