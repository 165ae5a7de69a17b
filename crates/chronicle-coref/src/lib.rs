//! Coreference chains over names, pronouns and nominals.
#![deny(missing_docs)]
