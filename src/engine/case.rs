//! Unicode case conversion, as Rust's `to_lowercase` and `to_uppercase` do it. ASCII is
//! converted here; anything beyond it, in the browser, by JavaScript's `toLowerCase` and
//! `toUpperCase` (the same Unicode default case conversion, final sigma included), so the page
//! carries no copy of Rust's case tables (about 9 KB gzip). Natively it is Rust's own. One
//! `to_lowercase` or `to_uppercase` call in code the app builds brings the tables back.

/// Lowercasing and uppercasing for strings.
pub trait Case {
    /// Lowercased, as `str::to_lowercase`.
    fn lowercase(&self) -> String;
}

impl Case for str {
    fn lowercase(&self) -> String {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else {
            imp::lower(self)
        }
    }
}

/// Appends `c` lowercased to `out`, as `char::to_lowercase`.
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.push_str(&imp::lower(c.encode_utf8(&mut [0; 4])));
    }
}

/// Appends `c` uppercased to `out`, as `char::to_uppercase`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.push_str(&imp::upper(c.encode_utf8(&mut [0; 4])));
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::JsString;

    pub fn lower(s: &str) -> String {
        JsString::from(s).to_lower_case().into()
    }

    pub fn upper(s: &str) -> String {
        JsString::from(s).to_upper_case().into()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn lower(s: &str) -> String {
        s.to_lowercase()
    }

    pub fn upper(s: &str) -> String {
        s.to_uppercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_std_does() {
        for s in [
            "Hello",
            "ÉCOLE",
            "ΟΔΟΣ",
            "İstanbul",
            "Straße",
            "ǅungla",
            "naïve",
        ] {
            assert_eq!(s.lowercase(), s.to_lowercase(), "{s}");
            for c in s.chars() {
                let (mut lower, mut upper) = (String::new(), String::new());
                push_lower(c, &mut lower);
                push_upper(c, &mut upper);
                assert_eq!(lower, c.to_lowercase().collect::<String>(), "{c}");
                assert_eq!(upper, c.to_uppercase().collect::<String>(), "{c}");
            }
        }
    }
}
