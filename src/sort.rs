//! Stable sorting through one shared sort routine, to keep the web app small.
//!
//! `slice::sort_by` and `sort_by_key` compile the whole of the standard library's stable sort
//! (driftsort, a few KB of wasm) again for every element type and comparator: the app had twenty
//! copies of it, about 86 KB of code before wasm-opt. These functions sort a list of positions
//! instead, with the comparator behind `dyn`, so the sort itself is compiled once; what each call
//! site adds is a small closure and the loop that moves the elements into place.
//!
//! The results are those of `slice::sort_by` (stable: equal elements keep their order) in the
//! same O(n log n); each comparison costs one indirect call more. Use these in the engine, the
//! state and the UI logic, even for `sort_unstable`: its own copy is 3 KB of wasm too.
use std::cmp::Ordering;

/// Sort `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sort `v` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The one stable sort in the app: positions, compared through `cmp`.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Rearrange `v` so that `v[i]` is what was at `v[order[i]]`, in place: each cycle of the
/// permutation is walked once, with swaps (`order` is used up as the record of what is done).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Many ties, so stability shows; several lengths, so every path of `permute` runs.
        let mut seed = 7u32;
        for len in [0usize, 1, 2, 3, 10, 31, 200] {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
            // Descending by key, ties broken by odd positions first (any comparator will do).
            let cmp =
                |a: &(u32, usize), b: &(u32, usize)| b.0.cmp(&a.0).then((b.1 % 2).cmp(&(a.1 % 2)));
            sort_by(&mut ours, cmp);
            std.sort_by(cmp);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_values() {
        let mut v = vec!["c".to_string(), "a".to_string(), "b".to_string()];
        sort_by_key(&mut v, |s| s.clone());
        assert_eq!(v, ["a", "b", "c"]);
    }
}
