//! The JSON that Frankly reads and writes (stored drafts, draft export files, workshop sets),
//! without serde: serde_json and the derived `Deserialize` impls were about 35 KB (gzip) of the
//! page. It behaves as `serde_json` 1.0 (its default features) did for these formats: the same
//! bytes out (`to_string` and `to_string_pretty`), the same values in, and the same error
//! messages, which the page shows (`tests/json_serde.rs` compares the two on many inputs).
use std::fmt::Write as _;

#[cfg(not(target_arch = "wasm32"))]
pub mod float;

/// A JSON value. An object's keys are kept sorted (and each once, the last one read winning), so
/// a struct's fields are read in key order, as serde_json's `Value` map did.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Arr(Vec<Value>),
    Obj(Map),
}

/// An object: (key, value) pairs. Parsed objects are sorted by key; built ones keep the order
/// they were built in (the order they are written in).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(pub Vec<(String, Value)>);

impl Map {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key` (keeping the keys sorted); the value it had, if any.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.get(key),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::U64(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// How serde described a value it did not expect ("a string", "sequence", …).
    fn unexpected(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::U64(n) => format!("integer `{n}`"),
            Value::I64(n) => format!("integer `{n}`"),
            Value::F64(f) => format!("floating point `{}`", float(*f)),
            Value::Str(s) => format!("string {}", quoted(s)),
            Value::Arr(_) => "sequence".into(),
            Value::Obj(_) => "map".into(),
        }
    }
}

/// A string value (for building values to write).
pub fn s(text: &str) -> Value {
    Value::Str(text.to_string())
}

/// An object from (key, value) pairs, written in this order.
pub fn obj(fields: Vec<(&str, Value)>) -> Value {
    Value::Obj(Map(fields
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()))
}

// ----- writing -------------------------------------------------------------------------------

/// Compact JSON, as `serde_json::to_string`.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, None);
    out
}

/// JSON indented by two spaces, as `serde_json::to_string_pretty`.
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, Some(0));
    out
}

fn write(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::U64(n) => {
            let _ = write!(out, "{n}");
        }
        Value::I64(n) => {
            let _ = write!(out, "{n}");
        }
        Value::F64(f) => out.push_str(&float(*f)),
        Value::Str(s) => write_str(out, s),
        Value::Arr(items) => write_list(out, b"[]", indent, items.len(), |out, i, ind| {
            write(out, &items[i], ind)
        }),
        Value::Obj(map) => write_list(out, b"{}", indent, map.0.len(), |out, i, ind| {
            let (k, v) = &map.0[i];
            write_str(out, k);
            out.push_str(if ind.is_some() { ": " } else { ":" });
            write(out, v, ind)
        }),
    }
}

fn write_list(
    out: &mut String,
    brackets: &[u8; 2],
    indent: Option<usize>,
    len: usize,
    mut item: impl FnMut(&mut String, usize, Option<usize>),
) {
    out.push(brackets[0] as char);
    let inner = indent.map(|n| n + 1);
    for i in 0..len {
        if i > 0 {
            out.push(',');
        }
        if let Some(n) = inner {
            newline(out, n);
        }
        item(out, i, inner);
    }
    if let (Some(n), true) = (indent, len > 0) {
        newline(out, n);
    }
    out.push(brackets[1] as char);
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let b = c as u8;
                out.push_str("\\u00");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A float as serde_json writes it (zmij): the shortest digits that read back, with ".0" or an
/// exponent ("1e+20", "1.5e-7"); `null` when not finite.
pub fn float(f: f64) -> String {
    if !f.is_finite() {
        return "null".into();
    }
    // In the page the browser prints it: the same shortest digits that read back (only ".0" on
    // a whole number and the exponent's form are serde_json's), without this crate's Dragon4.
    #[cfg(target_arch = "wasm32")]
    {
        let s = String::from(
            js_sys::Number::from(f)
                .to_string_with_radix(10)
                .unwrap_or_default(),
        );
        if s.contains(['.', 'e']) {
            s
        } else {
            s + ".0"
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    float_digits(f)
}

/// serde_json's form of a finite float, from its shortest digits (Dragon4, `float`).
#[cfg(not(target_arch = "wasm32"))]
fn float_digits(f: f64) -> String {
    let (digits, exp) = float::shortest(f.abs());
    let digits = String::from_utf8(digits).unwrap_or_default();
    let len = digits.len() as i32;
    let kk = exp + 1;
    let body = if (len..=16).contains(&kk) {
        format!("{digits}{}.0", "0".repeat((kk - len) as usize))
    } else if 0 < kk && kk <= 16 {
        format!("{}.{}", &digits[..kk as usize], &digits[kk as usize..])
    } else if -5 < kk && kk <= 0 {
        format!("0.{}{digits}", "0".repeat((-kk) as usize))
    } else {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let plus = if kk > 0 { "+" } else { "" };
        format!("{first}{dot}{rest}e{plus}{}", kk - 1)
    };
    let sign = if f.is_sign_negative() { "-" } else { "" };
    format!("{sign}{body}")
}

// ----- reading -------------------------------------------------------------------------------

/// Parses JSON text. The error reads as serde_json's ("expected value at line 1 column 1").
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
        depth: 128,
    };
    let value = p.value()?;
    match p.ws() {
        Some(_) => Err(p.peek_error("trailing characters")),
        None => Ok(value),
    }
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    depth: u8,
}

const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_OBJECT: &str = "EOF while parsing an object";
const INVALID_NUMBER: &str = "invalid number";
const OUT_OF_RANGE: &str = "number out of range";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const END_OF_HEX: &str = "unexpected end of hex escape";

impl Parser<'_> {
    fn at(&self, i: usize, msg: &str) -> String {
        let start = self.s[..i]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = 1 + self.s[..start].iter().filter(|&&b| b == b'\n').count();
        format!("{msg} at line {line} column {}", i - start)
    }

    /// An error at the byte just read (serde_json's `error`).
    fn error(&self, msg: &str) -> String {
        self.at(self.i, msg)
    }

    /// An error at the byte about to be read (serde_json's `peek_error`).
    fn peek_error(&self, msg: &str) -> String {
        self.at(self.s.len().min(self.i + 1), msg)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Value, String> {
        let Some(c) = self.ws() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        match c {
            b'n' | b't' | b'f' => {
                self.i += 1;
                let (rest, value): (&[u8], _) = match c {
                    b'n' => (b"ull", Value::Null),
                    b't' => (b"rue", Value::Bool(true)),
                    _ => (b"alse", Value::Bool(false)),
                };
                for &want in rest {
                    match self.next() {
                        None => return Err(self.error(EOF_VALUE)),
                        Some(got) if got != want => return Err(self.error("expected ident")),
                        Some(_) => {}
                    }
                }
                Ok(value)
            }
            b'-' => {
                self.i += 1;
                self.integer(false)
            }
            b'0'..=b'9' => self.integer(true),
            b'"' => {
                self.i += 1;
                self.string().map(Value::Str)
            }
            b'[' | b'{' => {
                self.depth -= 1;
                if self.depth == 0 {
                    return Err(self.peek_error("recursion limit exceeded"));
                }
                self.i += 1;
                let value = if c == b'[' {
                    self.list()
                } else {
                    self.object()
                };
                self.depth += 1;
                // `list` and `object` return only at their closing bracket.
                let value = value?;
                self.i += 1;
                Ok(value)
            }
            _ => Err(self.peek_error("expected value")),
        }
    }

    fn list(&mut self) -> Result<Value, String> {
        let mut items = Vec::new();
        loop {
            match self.ws() {
                None => return Err(self.peek_error("EOF while parsing a list")),
                Some(b']') => break,
                Some(_) if items.is_empty() => {}
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b']') => return Err(self.peek_error("trailing comma")),
                        Some(_) => {}
                        None => return Err(self.peek_error(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.peek_error("expected `,` or `]`")),
            }
            items.push(self.value()?);
        }
        Ok(Value::Arr(items))
    }

    fn object(&mut self) -> Result<Value, String> {
        let mut map = Map::default();
        let mut first = true;
        loop {
            match self.ws() {
                None => return Err(self.peek_error(EOF_OBJECT)),
                Some(b'}') => break,
                Some(b'"') if first => {}
                Some(_) if first => return Err(self.peek_error("key must be a string")),
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.peek_error("trailing comma")),
                        Some(_) => return Err(self.peek_error("key must be a string")),
                        None => return Err(self.peek_error(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.peek_error("expected `,` or `}`")),
            }
            first = false;
            self.i += 1;
            let key = self.string()?;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_error("expected `:`")),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = self.value()?;
            map.insert(key, value);
        }
        Ok(Value::Obj(map))
    }

    /// The rest of a string whose opening quote was read.
    fn string(&mut self) -> Result<String, String> {
        let mut out = String::new();
        let mut start = self.i;
        loop {
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            let Some(c) = self.peek() else {
                return Err(self.error(EOF_STRING));
            };
            // Every stop is an ASCII byte, so these are char boundaries.
            out.push_str(&self.text[start..self.i]);
            self.i += 1;
            match c {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                _ => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
            start = self.i;
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let Some(c) = self.next() else {
            return Err(self.error(EOF_STRING));
        };
        out.push(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = self.hex()?;
                if (0xDC00..=0xDFFF).contains(&n) {
                    return Err(self.error(LONE_SURROGATE));
                }
                let code = if (0xD800..=0xDBFF).contains(&n) {
                    for want in [b'\\', b'u'] {
                        let Some(got) = self.peek() else {
                            return Err(self.error(EOF_STRING));
                        };
                        self.i += 1;
                        if got != want {
                            return Err(self.error(END_OF_HEX));
                        }
                    }
                    let n2 = self.hex()?;
                    if !(0xDC00..=0xDFFF).contains(&n2) {
                        return Err(self.error(LONE_SURROGATE));
                    }
                    (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000
                } else {
                    n
                };
                char::from_u32(code).unwrap_or('\u{fffd}')
            }
            _ => return Err(self.error("invalid escape")),
        });
        Ok(())
    }

    fn hex(&mut self) -> Result<u32, String> {
        let Some(digits) = self.s.get(self.i..self.i + 4) else {
            self.i = self.s.len();
            return Err(self.error(EOF_STRING));
        };
        self.i += 4;
        let mut n = 0;
        for &d in digits {
            let Some(v) = (d as char).to_digit(16) else {
                return Err(self.error("invalid escape"));
            };
            n = n * 16 + v;
        }
        Ok(n)
    }

    /// A number after its optional minus sign (serde_json's `parse_integer`).
    fn integer(&mut self, positive: bool) -> Result<Value, String> {
        let Some(c) = self.next() else {
            return Err(self.error(EOF_VALUE));
        };
        match c {
            b'0' => match self.peek_or_null() {
                b'0'..=b'9' => Err(self.peek_error(INVALID_NUMBER)),
                _ => self.number(positive, 0),
            },
            b'1'..=b'9' => {
                let mut significand = u64::from(c - b'0');
                while let c @ b'0'..=b'9' = self.peek_or_null() {
                    let digit = u64::from(c - b'0');
                    match significand
                        .checked_mul(10)
                        .and_then(|s| s.checked_add(digit))
                    {
                        Some(next) => {
                            self.i += 1;
                            significand = next;
                        }
                        None => {
                            // Too long for a u64: a float of the leading digits.
                            let mut exponent = 0;
                            while let b'0'..=b'9' = self.peek_or_null() {
                                self.i += 1;
                                exponent += 1;
                            }
                            return self
                                .fraction_and_exponent(positive, significand, exponent)
                                .map(Value::F64);
                        }
                    }
                }
                self.number(positive, significand)
            }
            _ => Err(self.error(INVALID_NUMBER)),
        }
    }

    fn number(&mut self, positive: bool, significand: u64) -> Result<Value, String> {
        Ok(match self.peek_or_null() {
            b'.' | b'e' | b'E' => {
                Value::F64(self.fraction_and_exponent(positive, significand, 0)?)
            }
            _ if positive => Value::U64(significand),
            _ => {
                let neg = (significand as i64).wrapping_neg();
                if neg >= 0 {
                    Value::F64(-(significand as f64))
                } else {
                    Value::I64(neg)
                }
            }
        })
    }

    /// An optional `.digits`, then an optional exponent (serde_json's `parse_decimal` and
    /// `parse_exponent`, without its `float_roundtrip` feature).
    fn fraction_and_exponent(
        &mut self,
        positive: bool,
        mut significand: u64,
        mut exponent: i32,
    ) -> Result<f64, String> {
        if self.peek_or_null() == b'.' {
            self.i += 1;
            let mut digits = 0;
            let mut overflowed = false;
            while let c @ b'0'..=b'9' = self.peek_or_null() {
                self.i += 1;
                digits += 1;
                if overflowed {
                    continue;
                }
                match significand
                    .checked_mul(10)
                    .and_then(|s| s.checked_add(u64::from(c - b'0')))
                {
                    Some(next) => {
                        significand = next;
                        exponent -= 1;
                    }
                    None => overflowed = true,
                }
            }
            if digits == 0 {
                return Err(match self.peek() {
                    Some(_) => self.peek_error(INVALID_NUMBER),
                    None => self.peek_error(EOF_VALUE),
                });
            }
        }
        if let b'e' | b'E' = self.peek_or_null() {
            self.i += 1;
            let positive_exp = match self.peek_or_null() {
                b'+' => {
                    self.i += 1;
                    true
                }
                b'-' => {
                    self.i += 1;
                    false
                }
                _ => true,
            };
            let mut exp = match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
                Some(_) => return Err(self.error(INVALID_NUMBER)),
            };
            while let c @ b'0'..=b'9' = self.peek_or_null() {
                self.i += 1;
                match exp
                    .checked_mul(10)
                    .and_then(|e| e.checked_add(i32::from(c - b'0')))
                {
                    Some(next) => exp = next,
                    None => {
                        if significand != 0 && positive_exp {
                            return Err(self.error(OUT_OF_RANGE));
                        }
                        while let b'0'..=b'9' = self.peek_or_null() {
                            self.i += 1;
                        }
                        return Ok(if positive { 0.0 } else { -0.0 });
                    }
                }
            }
            exponent = if positive_exp {
                exponent.saturating_add(exp)
            } else {
                exponent.saturating_sub(exp)
            };
        }
        let mut f = significand as f64;
        loop {
            let abs = exponent.unsigned_abs();
            if abs <= 308 {
                let pow = pow10(abs);
                if exponent >= 0 {
                    f *= pow;
                    if f.is_infinite() {
                        return Err(self.error(OUT_OF_RANGE));
                    }
                } else {
                    f /= pow;
                }
                break;
            }
            if f == 0.0 {
                break;
            }
            if exponent >= 0 {
                return Err(self.error(OUT_OF_RANGE));
            }
            f /= 1e308;
            exponent += 308;
        }
        Ok(if positive { f } else { -f })
    }
}

/// 10^n as an f64, correctly rounded (serde_json's `POW10`).
fn pow10(n: u32) -> f64 {
    POW10[n as usize]
}

#[rustfmt::skip]
const POW10: [f64; 309] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32,
    1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48,
    1e49, 1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61, 1e62, 1e63, 1e64,
    1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80,
    1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89, 1e90, 1e91, 1e92, 1e93, 1e94, 1e95, 1e96,
    1e97, 1e98, 1e99, 1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109, 1e110,
    1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119, 1e120, 1e121, 1e122, 1e123,
    1e124, 1e125, 1e126, 1e127, 1e128, 1e129, 1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136,
    1e137, 1e138, 1e139, 1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149,
    1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159, 1e160, 1e161, 1e162,
    1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169, 1e170, 1e171, 1e172, 1e173, 1e174, 1e175,
    1e176, 1e177, 1e178, 1e179, 1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188,
    1e189, 1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199, 1e200, 1e201,
    1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209, 1e210, 1e211, 1e212, 1e213, 1e214,
    1e215, 1e216, 1e217, 1e218, 1e219, 1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227,
    1e228, 1e229, 1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239, 1e240,
    1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249, 1e250, 1e251, 1e252, 1e253,
    1e254, 1e255, 1e256, 1e257, 1e258, 1e259, 1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266,
    1e267, 1e268, 1e269, 1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279,
    1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289, 1e290, 1e291, 1e292,
    1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304, 1e305,
    1e306, 1e307, 1e308,
];

// ----- reading values into types, with serde's messages ----------------------------------------

/// A struct the way serde's derive reads one from a JSON value: an object (unknown keys refused,
/// `optional` fields may be missing) or a list of its fields in order. `field` gets each field's
/// index and value, in the order serde read them.
pub fn read_struct(
    value: Value,
    name: &str,
    fields: &[&str],
    optional: &[&str],
    mut field: impl FnMut(usize, Value) -> Result<(), String>,
) -> Result<(), String> {
    match value {
        Value::Obj(map) => {
            let mut seen = vec![false; fields.len()];
            for (key, v) in map.0 {
                let Some(i) = fields.iter().position(|f| *f == key) else {
                    return Err(format!(
                        "unknown field `{key}`, expected {}",
                        one_of(fields)
                    ));
                };
                seen[i] = true;
                field(i, v)?;
            }
            for (i, name) in fields.iter().enumerate() {
                if !seen[i] && !optional.contains(name) {
                    return Err(format!("missing field `{name}`"));
                }
            }
            Ok(())
        }
        Value::Arr(items) => {
            let len = items.len();
            let mut items = items.into_iter();
            for (i, f) in fields.iter().enumerate() {
                match items.next() {
                    Some(v) => field(i, v)?,
                    None if optional.contains(f) => {}
                    None => {
                        return Err(format!(
                            "invalid length {i}, expected struct {name} with {} elements",
                            fields.len()
                        ))
                    }
                }
            }
            if items.len() > 0 {
                return Err(format!(
                    "invalid length {len}, expected fewer elements in array"
                ));
            }
            Ok(())
        }
        other => Err(invalid_type(&other, &format!("struct {name}"))),
    }
}

/// The index in `variants` of a unit variant (a string, or an object `{"variant": null}`).
pub fn read_variant(value: Value, variants: &[&str]) -> Result<usize, String> {
    let (name, inner) = match value {
        Value::Str(s) => (s, None),
        Value::Obj(map) => {
            let mut entries = map.0.into_iter();
            match (entries.next(), entries.next()) {
                (Some((k, v)), None) => (k, Some(v)),
                _ => return Err("invalid value: map, expected map with a single key".into()),
            }
        }
        other => return Err(invalid_type(&other, "string or map")),
    };
    let Some(i) = variants.iter().position(|v| *v == name) else {
        return Err(format!(
            "unknown variant `{name}`, expected {}",
            one_of(variants)
        ));
    };
    match inner {
        None | Some(Value::Null) => Ok(i),
        Some(other) => Err(invalid_type(&other, "unit")),
    }
}

pub fn read_string(value: Value) -> Result<String, String> {
    match value {
        Value::Str(s) => Ok(s),
        other => Err(invalid_type(&other, "a string")),
    }
}

/// `null` or a string.
pub fn read_opt_string(value: Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        other => read_string(other).map(Some),
    }
}

pub fn read_u64(value: Value) -> Result<u64, String> {
    read_uint(value, "u64", u64::MAX)
}

pub fn read_u32(value: Value) -> Result<u32, String> {
    read_uint(value, "u32", u64::from(u32::MAX)).map(|n| n as u32)
}

fn read_uint(value: Value, what: &str, max: u64) -> Result<u64, String> {
    match value {
        Value::U64(n) if n <= max => Ok(n),
        Value::U64(n) => Err(format!("invalid value: integer `{n}`, expected {what}")),
        Value::I64(n) => Err(format!("invalid value: integer `{n}`, expected {what}")),
        other => Err(invalid_type(&other, what)),
    }
}

/// A list, each element read by `item`.
pub fn read_list<T>(
    value: Value,
    item: impl FnMut(Value) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    match value {
        Value::Arr(items) => items.into_iter().map(item).collect(),
        other => Err(invalid_type(&other, "a sequence")),
    }
}

fn invalid_type(value: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", value.unexpected())
}

fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

/// `s` in double quotes, escaped as Rust's `{:?}` escapes ASCII (the page is built without
/// `Debug` formatting, and `str::escape_debug` would bring back the Unicode tables: 1.3 KB):
/// `"a\"b\n"`, control characters as `\u{8}`.
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    /// The page's messages quote a value as `{:?}` would natively (with `Debug` formatting).
    #[test]
    fn quoted_matches_debug_formatting() {
        for s in [
            "plain",
            "é/\u{8}\u{c}\n\r\t\"\\",
            "draft-1 'x'",
            "",
            "tab\u{7f}end",
        ] {
            assert_eq!(super::quoted(s), format!("{s:?}"));
        }
    }
}
