//! Country rows for the knowledge base: ISO codes, names, aliases and demonyms.
//!
//! The rows come from chronicle-geo's country table ([`chronicle_geo::countries`]), one source
//! of truth for the gazetteer and the KB.

/// One country as the KB needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryRow {
    /// ISO 3166-1 alpha-2.
    pub alpha2: String,
    /// ISO 3166-1 alpha-3.
    pub alpha3: String,
    /// Common English short name.
    pub name: String,
    /// Capital city.
    pub capital: String,
    /// Other names ("US", "Britain").
    pub aliases: Vec<String>,
    /// Demonyms ("Iraqi", "Iraqis").
    pub demonyms: Vec<String>,
}

/// Every country known to chronicle-geo.
pub fn countries() -> Vec<CountryRow> {
    chronicle_geo::countries()
        .all()
        .iter()
        .map(|c| CountryRow {
            alpha2: c.alpha2.clone(),
            alpha3: c.alpha3.clone(),
            name: c.name.clone(),
            capital: c.capital.clone(),
            aliases: c.aliases.clone(),
            demonyms: c.demonyms.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iraq_has_codes_and_demonym() {
        let all = countries();
        assert!(all.len() > 200);
        let iq = all.iter().find(|c| c.alpha3 == "IRQ").unwrap();
        assert_eq!(iq.alpha2, "IQ");
        assert_eq!(iq.capital, "Baghdad");
        assert!(iq.demonyms.iter().any(|d| d == "Iraqi"));
    }
}
