//! Event detection and coding (PLOVER, ACLED), actors, toll and modality.
#![deny(missing_docs)]
