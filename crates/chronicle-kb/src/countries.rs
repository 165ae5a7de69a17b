//! Country rows for the knowledge base: ISO codes, names, aliases and demonyms.
//!
//! The rows come from chronicle-geo's country table (one source of truth for the gazetteer
//! and the KB).

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

const GEO_COUNTRIES: &str = include_str!("../../chronicle-geo/data/countries.tsv");

fn list(cell: &str) -> Vec<String> {
    cell.split(['|', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every country known to chronicle-geo.
pub fn countries() -> Vec<CountryRow> {
    let mut out = Vec::new();
    for line in GEO_COUNTRIES.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            continue;
        }
        out.push(CountryRow {
            alpha2: f[0].to_string(),
            alpha3: f[1].to_string(),
            name: f[3].to_string(),
            capital: f[4].to_string(),
            aliases: f.get(7).map(|c| list(c)).unwrap_or_default(),
            demonyms: f.get(8).map(|c| list(c)).unwrap_or_default(),
        });
    }
    out
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
