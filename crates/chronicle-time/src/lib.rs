//! Temporal expressions: detection and TIMEX3 normalization; the document date.
#![deny(missing_docs)]
