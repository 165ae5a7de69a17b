//! One module per command family. Each `run`-like function returns the process exit code.

pub mod eval;
pub mod events;
pub mod extract;
pub mod places;
pub mod quotes;
pub mod read;
pub mod store;
pub mod tag;
pub mod text;
pub mod time;
