//! How long the worker waits after a failed sync: exponential backoff with full
//! jitter (a random wait between zero and a ceiling that doubles with each failure),
//! so a village's kiosks coming back after a power cut do not all call at once.

use std::time::Duration;

/// The first ceiling.
pub const BASE: Duration = Duration::from_secs(5);
/// The ceiling stops doubling here.
pub const CAP: Duration = Duration::from_secs(15 * 60);

/// Failures since the last success, and the waits they give. The random number comes
/// from the caller, so tests can choose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backoff {
    base: Duration,
    cap: Duration,
    failures: u32,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff::new(BASE, CAP)
    }
}

impl Backoff {
    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap,
            failures: 0,
        }
    }

    /// The longest wait the next failure can give: `base × 2^failures`, at most `cap`.
    pub fn ceiling(&self) -> Duration {
        let factor = 2u32.checked_pow(self.failures).unwrap_or(u32::MAX);
        self.base
            .checked_mul(factor)
            .unwrap_or(self.cap)
            .min(self.cap)
    }

    /// Counts a failure and returns the wait: `random()` (a number in `[0, 1)`) times the
    /// ceiling.
    pub fn fail(&mut self, random: impl FnOnce() -> f64) -> Duration {
        let unit = random();
        let unit = if unit.is_finite() {
            unit.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let wait = self.ceiling().mul_f64(unit);
        self.failures = self.failures.saturating_add(1);
        wait
    }

    /// A sync succeeded: the next failure starts again from `base`.
    pub fn reset(&mut self) {
        self.failures = 0;
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ceiling_doubles_from_five_seconds_to_fifteen_minutes() {
        let mut backoff = Backoff::default();
        let ceilings: Vec<u64> = (0..12)
            .map(|_| {
                let ceiling = backoff.ceiling().as_secs();
                backoff.fail(|| 0.5);
                ceiling
            })
            .collect();
        assert_eq!(
            ceilings,
            [5, 10, 20, 40, 80, 160, 320, 640, 900, 900, 900, 900]
        );
    }

    #[test]
    fn the_wait_is_the_random_share_of_the_ceiling() {
        let mut backoff = Backoff::default();
        assert_eq!(backoff.fail(|| 0.0), Duration::ZERO);
        assert_eq!(backoff.fail(|| 0.5), Duration::from_secs(5), "half of 10 s");
        assert_eq!(
            backoff.fail(|| 0.25),
            Duration::from_secs(5),
            "a quarter of 20 s"
        );
        let almost = backoff.fail(|| 0.999_999);
        assert!(almost < Duration::from_secs(40) && almost > Duration::from_secs(39));
    }

    #[test]
    fn a_bad_random_number_never_waits_past_the_ceiling() {
        for random in [1.5, -2.0, f64::NAN, f64::INFINITY] {
            let mut backoff = Backoff::default();
            let wait = backoff.fail(|| random);
            assert!(wait <= BASE, "{random}: {wait:?}");
        }
    }

    #[test]
    fn success_starts_again_from_the_base() {
        let mut backoff = Backoff::default();
        for _ in 0..6 {
            backoff.fail(|| 0.9);
        }
        assert_eq!(backoff.failures(), 6);
        backoff.reset();
        assert_eq!(backoff.ceiling(), BASE);
        assert!(backoff.fail(|| 0.999) < BASE);
    }

    #[test]
    fn thousands_of_failures_stay_at_the_cap() {
        let mut backoff = Backoff::default();
        for _ in 0..5000 {
            assert!(backoff.fail(fastrand::f64) <= CAP);
        }
        assert_eq!(backoff.ceiling(), CAP);
    }
}
