//! The HTTP JSON API and the analysts' web UI.
#![deny(missing_docs)]
