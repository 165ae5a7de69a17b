//! The knowledge base of actors, roles and organisations, and the linker that ties entities to it.
#![deny(missing_docs)]
