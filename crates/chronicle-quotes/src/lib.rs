//! Direct, indirect and mixed quotes with cue, speaker, channel and addressee.
#![deny(missing_docs)]
