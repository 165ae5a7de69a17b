//! Countries, the gazetteer and the geocoder of place mentions.
//!
//! - [`countries()`]: every ISO 3166-1 country with codes, names, aliases, demonyms, capital
//!   and a representative point (chronicle's own `data/countries.tsv`).
//! - [`gazetteer()`]: GeoNames towns of 1,000+ inhabitants, admin1 areas and continents, plus
//!   chronicle's hand-written sites, all in memory behind one name index.
//!
//! ```
//! let iraq = chronicle_geo::countries().by_name("Iraq").unwrap();
//! assert_eq!((iraq.alpha2.as_str(), iraq.alpha3.as_str()), ("IQ", "IRQ"));
//! assert_eq!(chronicle_geo::normalize("Côte d’Ivoire"), "cote d'ivoire");
//! ```
#![deny(missing_docs)]

pub mod countries;
pub mod error;
pub mod eval;
pub mod gazetteer;
pub mod geocode;
pub mod normalize;

pub use countries::{countries, Countries, Country, CountryMatch};
pub use error::{Error, Result};
pub use gazetteer::{gazetteer, Feature, Gazetteer, Kind};
pub use geocode::{GeocodeStage, Geocoder};
pub use normalize::normalize;
