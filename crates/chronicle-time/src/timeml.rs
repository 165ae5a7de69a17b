//! TimeML reading and scoring.
