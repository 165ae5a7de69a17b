//! Countries, the gazetteer and the geocoder of place mentions.
#![deny(missing_docs)]
