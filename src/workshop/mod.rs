//! Workshops and coaching as plain data and logic (no browser code, tested natively):
//! exercise sets with the answers a trainer expects (`sets`), sharing a set as a file or a link
//! without a server (`share`), and the coaching toolkit (`toolkit`: the seven questions and the
//! conversation templates).
pub mod round;
pub mod sets;
pub mod share;
pub mod toolkit;
