//! A float's shortest decimal digits, without the standard library's float printing: that
//! machinery (Grisu, Dragon and their power-of-ten tables) was 8.6 KB (gzip) of the page, which
//! printed a float only to quote it in an import error.
//!
//! Steele & White's Dragon4, on small big integers: the digits of `f` one by one until the
//! number so far rounds back to `f`, then the last digit rounded the way Rust's `{:e}` rounds it
//! (`tests/json_serde.rs` compares the two on many floats).

/// An unsigned big integer, 32-bit limbs, least significant first.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        let mut b = Big(vec![n as u32, (n >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow(&mut self, base: u32, times: u32) {
        for _ in 0..times {
            self.mul_small(base);
        }
    }

    fn add(&self, other: &Big) -> Big {
        let mut out = Vec::with_capacity(self.0.len().max(other.0.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.0.len().max(other.0.len()) {
            let v =
                *self.0.get(i).unwrap_or(&0) as u64 + *other.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push(v as u32);
            carry = v >> 32;
        }
        out.push(carry as u32);
        let mut b = Big(out);
        b.trim();
        b
    }

    /// `self - other`, for `self >= other`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let v = self.0[i] as i64 - *other.0.get(i).unwrap_or(&0) as i64 - borrow;
            self.0[i] = v.rem_euclid(1 << 32) as u32;
            borrow = (v < 0) as i64;
        }
        self.trim();
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// The shortest digits that read back as the finite, non-negative `f`, and the exponent of the
/// first one: `(b"15", 0)` for 1.5, `(b"1", 23)` for 1e23, `(b"0", 0)` for zero.
pub fn shortest(f: f64) -> (Vec<u8>, i32) {
    if f == 0.0 {
        return (vec![b'0'], 0);
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = match exp_bits {
        0 => (frac, -1074),
        _ => (frac | 1 << 52, exp_bits - 1075),
    };
    // The gap to the next float below is half as wide at a power of two.
    let narrow_below = frac == 0 && exp_bits > 1;
    let inclusive = mant % 2 == 0;
    // f = r / s; the numbers within m_minus / s below and m_plus / s above read back as f.
    // Everything is scaled by 4 (2 at a narrow gap's side) to keep the half-gaps whole.
    let (mut r, mut s) = (Big::from_u64(mant << 2), Big::from_u64(1));
    let (mut m_minus, mut m_plus) = (
        Big::from_u64(if narrow_below { 1 } else { 2 }),
        Big::from_u64(2),
    );
    if exp >= 0 {
        for b in [&mut r, &mut m_minus, &mut m_plus] {
            b.mul_pow(2, exp as u32);
        }
    } else {
        s.mul_pow(2, (-exp) as u32);
    }
    s.mul_small(4);
    let high = |r: &Big, m_plus: &Big, s: &Big| {
        let c = r.add(m_plus).cmp(s);
        c.is_gt() || (inclusive && c.is_eq())
    };
    // k: the first power of ten above everything that reads back as f; then r / s < 1.
    let mut k = 0i32;
    while high(&r, &m_plus, &s) {
        s.mul_small(10);
        k += 1;
    }
    loop {
        let (mut r10, mut p10) = (r.clone(), m_plus.clone());
        r10.mul_small(10);
        p10.mul_small(10);
        if high(&r10, &p10, &s) {
            break;
        }
        r = r10;
        m_plus = p10;
        m_minus.mul_small(10);
        k -= 1;
    }
    let mut digits = Vec::new();
    loop {
        r.mul_small(10);
        m_minus.mul_small(10);
        m_plus.mul_small(10);
        let mut d = 0u8;
        while r.cmp(&s).is_ge() {
            r.sub(&s);
            d += 1;
        }
        let c = r.cmp(&m_minus);
        let low = c.is_lt() || (inclusive && c.is_eq());
        let up = high(&r, &m_plus, &s);
        if !low && !up {
            digits.push(b'0' + d);
            continue;
        }
        let mut twice = r.clone();
        twice.mul_small(2);
        if up && (!low || twice.cmp(&s).is_ge()) {
            d += 1;
        }
        digits.push(b'0' + d);
        break;
    }
    // A rounded-up 9 carries into the digits before it.
    while let Some(i) = digits.iter().rposition(|&d| d > b'9') {
        digits[i] = b'0';
        match i {
            0 => {
                digits.insert(0, b'1');
                k += 1;
            }
            _ => digits[i - 1] += 1,
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, k - 1)
}
