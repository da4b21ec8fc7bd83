//! What every benchmark's `main` needs: its numeric arguments, a runtime, and figures from
//! timings. Benchmarks print figures; they assert nothing about time.

use std::time::Duration;

/// The whole-number arguments a benchmark was given (`cargo bench … -- 500 5000`), in order;
/// anything else (cargo's own `--bench`) is skipped.
pub fn number_args() -> Vec<usize> {
    std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect()
}

/// A multi-threaded Tokio runtime with I/O and timers, for a benchmark's `main`.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime")
}

/// `d` in milliseconds.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The `p` quantile (0.0 to 1.0) of `times`: the one at rank `round((n - 1) × p)` in order, so
/// 0.5 is the median and 1.0 the longest.
pub fn percentile(times: &[Duration], p: f64) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index]
}
