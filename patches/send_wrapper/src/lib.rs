//! `SendWrapper<T>`: a value that is `Send` and `Sync` because it is only ever touched on the
//! thread that made it. Same API as the `send_wrapper` crate 0.6 (`new`, `valid`, `take`,
//! `Deref`, `DerefMut`, `Clone`, `Debug`, and `Future`/`Stream` with the `futures` feature).
//!
//! On wasm32 without atomics the program has one thread, so the wrapper is a plain box around
//! the value and `valid` is always true. On every other target it records the creating
//! thread and panics when another thread reads, takes or drops the value.
use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

#[cfg(feature = "futures")]
mod futures;

/// Which thread made a wrapper; nothing to record where only one thread exists.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[derive(Clone, Copy, PartialEq)]
struct Origin;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
fn here() -> Origin {
    Origin
}

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
type Origin = std::thread::ThreadId;

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
fn here() -> Origin {
    std::thread::current().id()
}

/// A value that may be moved between threads but only used and dropped on its own.
pub struct SendWrapper<T> {
    data: ManuallyDrop<T>,
    origin: Origin,
}

// SAFETY: every access to `data` (deref, take, drop, poll) first checks that it happens on the
// thread that created the wrapper, and panics otherwise.
unsafe impl<T> Send for SendWrapper<T> {}
// SAFETY: as above; shared references reach `data` only through the checked `Deref`.
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `data`, remembering the current thread.
    pub fn new(data: T) -> SendWrapper<T> {
        SendWrapper {
            data: ManuallyDrop::new(data),
            origin: here(),
        }
    }

    /// Whether the value may be used on the current thread.
    pub fn valid(&self) -> bool {
        self.origin == here()
    }

    #[track_caller]
    fn check(&self) {
        if !self.valid() {
            panic!("a SendWrapper's value was used on a thread other than its own");
        }
    }

    /// Takes the value out. Panics on another thread.
    #[track_caller]
    pub fn take(self) -> T {
        self.check();
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never used or dropped again, so the value is moved out once.
        unsafe { ManuallyDrop::take(&mut this.data) }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    #[track_caller]
    fn deref(&self) -> &T {
        self.check();
        &self.data
    }
}

impl<T> DerefMut for SendWrapper<T> {
    #[track_caller]
    fn deref_mut(&mut self) -> &mut T {
        self.check();
        &mut self.data
    }
}

impl<T> Drop for SendWrapper<T> {
    /// Drops the value on its own thread. On another thread it panics, or leaks the value
    /// when the thread is already panicking (a second panic would abort).
    #[track_caller]
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() || self.valid() {
            // SAFETY: `data` is dropped here once and never touched again.
            unsafe { ManuallyDrop::drop(&mut self.data) };
        } else if !std::thread::panicking() {
            panic!("a SendWrapper's value was dropped on a thread other than its own");
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper")
            .field("data", self.deref())
            .finish()
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    /// Clones the value into a wrapper owned by the current thread. Panics on another thread.
    #[track_caller]
    fn clone(&self) -> Self {
        Self::new(self.deref().clone())
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;

    #[test]
    fn the_value_is_reachable_and_dropped_on_its_own_thread() {
        let shared = Rc::new(5);
        let wrapped = SendWrapper::new(Rc::clone(&shared));
        assert!(wrapped.valid());
        assert_eq!(**wrapped, 5);
        assert_eq!(Rc::strong_count(&shared), 2);
        drop(wrapped);
        assert_eq!(Rc::strong_count(&shared), 1);
    }

    #[test]
    fn take_moves_the_value_out_without_dropping_it() {
        let shared = Rc::new(1);
        let taken = SendWrapper::new(Rc::clone(&shared)).take();
        assert_eq!(Rc::strong_count(&shared), 2);
        drop(taken);
        assert_eq!(Rc::strong_count(&shared), 1);
    }

    #[test]
    fn another_thread_may_not_read_the_value() {
        let wrapped = SendWrapper::new(vec![1, 2, 3]);
        let result = std::thread::spawn(move || {
            let invalid = !wrapped.valid();
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| wrapped.len()));
            std::mem::forget(wrapped);
            (invalid, read.is_err())
        })
        .join()
        .unwrap();
        assert_eq!(result, (true, true));
    }
}
