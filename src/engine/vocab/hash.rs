//! FxHash-style word hasher and the maps built on it (static tables, so no DoS concern).
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style word hasher: eight bytes per step. The tables are static, so no DoS concern.
#[derive(Default)]
pub struct WordHasher(u64);
impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes per step, then four, then one: no copy of the tail (a variable-length
        // copy into a buffer was a memcpy call per lookup).
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut rest = bytes;
        while let Some((head, tail)) = rest.split_first_chunk::<8>() {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(*head)).wrapping_mul(K);
            rest = tail;
        }
        if let Some((head, tail)) = rest.split_first_chunk::<4>() {
            h = (h.rotate_left(5) ^ u32::from_le_bytes(*head) as u64).wrapping_mul(K);
            rest = tail;
        }
        for &b in rest {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
