//! The embedded SQLite store: schema, migrations, ingest, queries, exports.
#![deny(missing_docs)]
