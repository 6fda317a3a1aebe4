//! Byte offsets (Rust, the engine) ↔ UTF-16 code units (JS, `selectionStart`).
//!
//! The engine speaks in byte offsets; the textarea in UTF-16 code units. Conversions happen only
//! at that boundary. Both directions are total: out-of-range input is clamped, and an offset that
//! falls inside a character snaps to that character's start.

/// The UTF-16 offset of byte offset `byte` in `text`.
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let byte = floor_char_boundary(text, byte);
    text[..byte].chars().map(char::len_utf16).sum()
}

/// The byte offset of UTF-16 offset `unit` in `text`.
pub fn utf16_to_byte(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= unit {
            return i;
        }
        units += c.len_utf16();
        if units > unit {
            // Inside a surrogate pair: snap to the character's start.
            return i;
        }
    }
    text.len()
}

/// The largest char boundary `<= i` (clamped to the text).
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let mut i = i;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
