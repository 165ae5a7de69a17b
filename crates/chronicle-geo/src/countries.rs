//! The country table: every ISO 3166-1 country with codes, names, aliases, demonyms, capital
//! and a representative point, from chronicle's own `data/countries.tsv`.
//!
//! [`countries()`] returns the built-in table, parsed once on first use. [`Countries::parse`]
//! reads a table in the same format (users may keep their own file with extra aliases and
//! merge it with [`Countries::extend_from`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::normalize::normalize;

/// The built-in table (see the header of the file for its format).
const COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");

/// One country or territory.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code (`IQ`).
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 code (`IRQ`).
    pub alpha3: String,
    /// ISO 3166-1 numeric code (368), when it has one.
    pub numeric: Option<u16>,
    /// Common English short name (`Iraq`).
    pub name: String,
    /// Capital city (`Baghdad`), empty when none.
    pub capital: String,
    /// Other names and abbreviations (`Republic of Iraq`).
    pub aliases: Vec<String>,
    /// Adjectives and names of the people (`Iraqi`, `Iraqis`).
    pub demonyms: Vec<String>,
    /// Latitude of a representative point, in degrees.
    pub lat: f64,
    /// Longitude of a representative point, in degrees.
    pub lon: f64,
}

impl Country {
    /// The place id of the country: `country:IQ`.
    pub fn place_id(&self) -> String {
        format!("country:{}", self.alpha2)
    }
}

/// How a name matched a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountryMatch {
    /// The ISO code (alpha-2 or alpha-3).
    Code,
    /// The name or one of its aliases.
    Name,
    /// A demonym or adjective.
    Demonym,
}

/// The country table with its indexes. Lookups are case-insensitive and accent-insensitive
/// ([`normalize`]); dots are ignored, so `U.S.` finds the same country as `US`.
#[derive(Clone, Debug, Default)]
pub struct Countries {
    list: Vec<Country>,
    by_alpha2: HashMap<String, usize>,
    by_alpha3: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    by_demonym: HashMap<String, usize>,
}

impl Countries {
    /// Parse a table in the `countries.tsv` format. `file` names the source in errors.
    ///
    /// Lines starting with `#` and blank lines are skipped. Later rows with the same alpha-2
    /// code replace earlier ones; a name claimed by two countries stays with the first.
    pub fn parse(text: &str, file: &str) -> Result<Countries> {
        let mut table = Countries::default();
        table.extend_from(text, file)?;
        Ok(table)
    }

    /// Add or replace rows from another table in the same format.
    pub fn extend_from(&mut self, text: &str, file: &str) -> Result<()> {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let country = parse_line(line).map_err(|message| Error::Parse {
                file: file.to_owned(),
                line: i + 1,
                message,
            })?;
            self.insert(country);
        }
        Ok(())
    }

    fn insert(&mut self, country: Country) {
        let idx = match self.by_alpha2.get(&country.alpha2) {
            Some(&i) => {
                self.list[i] = country;
                i
            }
            None => {
                self.list.push(country);
                self.list.len() - 1
            }
        };
        let c = &self.list[idx];
        self.by_alpha2.insert(c.alpha2.clone(), idx);
        if !c.alpha3.is_empty() {
            self.by_alpha3.insert(c.alpha3.clone(), idx);
        }
        for name in std::iter::once(&c.name).chain(&c.aliases) {
            let key = normalize(name);
            if !key.is_empty() {
                self.by_name.entry(key).or_insert(idx);
            }
        }
        for name in &c.demonyms {
            let key = normalize(name);
            if !key.is_empty() {
                self.by_demonym.entry(key).or_insert(idx);
            }
        }
    }

    /// Every country, in table order.
    pub fn all(&self) -> &[Country] {
        &self.list
    }

    /// Number of countries.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The country with this ISO alpha-2 code (case-insensitive).
    pub fn by_alpha2(&self, code: &str) -> Option<&Country> {
        self.by_alpha2
            .get(&code.trim().to_ascii_uppercase())
            .map(|&i| &self.list[i])
    }

    /// The country with this ISO alpha-3 code (case-insensitive).
    pub fn by_alpha3(&self, code: &str) -> Option<&Country> {
        self.by_alpha3
            .get(&code.trim().to_ascii_uppercase())
            .map(|&i| &self.list[i])
    }

    /// The country with this alpha-2 or alpha-3 code.
    pub fn by_code(&self, code: &str) -> Option<&Country> {
        match code.trim().len() {
            2 => self.by_alpha2(code),
            3 => self.by_alpha3(code),
            _ => None,
        }
    }

    /// The country with this name or alias (`Iraq`, `U.S.`, `Britain`), case-insensitive.
    pub fn by_name(&self, name: &str) -> Option<&Country> {
        self.by_name.get(&normalize(name)).map(|&i| &self.list[i])
    }

    /// The country of this demonym or adjective (`Iraqi`, `Saudi`, `British`).
    pub fn by_demonym(&self, demonym: &str) -> Option<&Country> {
        self.by_demonym
            .get(&normalize(demonym))
            .map(|&i| &self.list[i])
    }

    /// Any of the above: a name or alias first, then a demonym, then an ISO code.
    pub fn lookup(&self, s: &str) -> Option<(&Country, CountryMatch)> {
        let key = normalize(s);
        if let Some(&i) = self.by_name.get(&key) {
            return Some((&self.list[i], CountryMatch::Name));
        }
        if let Some(&i) = self.by_demonym.get(&key) {
            return Some((&self.list[i], CountryMatch::Demonym));
        }
        self.by_code(s).map(|c| (c, CountryMatch::Code))
    }

    /// The country whose name or alias is `key`, a key already [`normalize`]d.
    pub fn by_name_key(&self, key: &str) -> Option<&Country> {
        self.by_name.get(key).map(|&i| &self.list[i])
    }

    /// The country whose demonym is `key`, a key already [`normalize`]d.
    pub fn by_demonym_key(&self, key: &str) -> Option<&Country> {
        self.by_demonym.get(key).map(|&i| &self.list[i])
    }

    /// Every normalized name/alias key with its country (for building matchers).
    pub fn name_keys(&self) -> impl Iterator<Item = (&str, &Country)> {
        self.by_name
            .iter()
            .map(|(k, &i)| (k.as_str(), &self.list[i]))
    }

    /// Every normalized demonym key with its country.
    pub fn demonym_keys(&self) -> impl Iterator<Item = (&str, &Country)> {
        self.by_demonym
            .iter()
            .map(|(k, &i)| (k.as_str(), &self.list[i]))
    }
}

fn split_list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_line(line: &str) -> std::result::Result<Country, String> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 7 {
        return Err(format!(
            "expected at least 7 tab-separated fields (alpha2 alpha3 numeric name capital lat lon), found {}",
            f.len()
        ));
    }
    let alpha2 = f[0].trim().to_ascii_uppercase();
    if alpha2.len() != 2 || !alpha2.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("alpha2 code {:?} is not two letters", f[0]));
    }
    let alpha3 = f[1].trim().to_ascii_uppercase();
    if !alpha3.is_empty() && alpha3.len() != 3 {
        return Err(format!("alpha3 code {:?} is not three letters", f[1]));
    }
    let numeric = match f[2].trim() {
        "" => None,
        n => Some(
            n.parse::<u16>()
                .map_err(|_| format!("numeric code {n:?} is not a number"))?,
        ),
    };
    let name = f[3].trim().to_owned();
    if name.is_empty() {
        return Err("name is empty".into());
    }
    let coord = |s: &str, what: &str, max: f64| -> std::result::Result<f64, String> {
        let v: f64 = s
            .trim()
            .parse()
            .map_err(|_| format!("{what} {s:?} is not a number"))?;
        if v.abs() > max {
            return Err(format!("{what} {v} is out of range"));
        }
        Ok(v)
    };
    Ok(Country {
        alpha2,
        alpha3,
        numeric,
        name,
        capital: f[4].trim().to_owned(),
        lat: coord(f[5], "latitude", 90.0)?,
        lon: coord(f[6], "longitude", 180.0)?,
        aliases: f.get(7).map(|s| split_list(s)).unwrap_or_default(),
        demonyms: f.get(8).map(|s| split_list(s)).unwrap_or_default(),
    })
}

/// The built-in country table, parsed on first use (about 250 rows).
///
/// ```
/// let c = chronicle_geo::countries();
/// assert_eq!(c.by_alpha2("iq").unwrap().name, "Iraq");
/// assert_eq!(c.by_name("U.S.").unwrap().alpha3, "USA");
/// assert_eq!(c.by_demonym("Saudi").unwrap().capital, "Riyadh");
/// ```
pub fn countries() -> &'static Countries {
    static TABLE: OnceLock<Countries> = OnceLock::new();
    TABLE.get_or_init(|| {
        Countries::parse(COUNTRIES_TSV, "countries.tsv")
            .expect("the built-in countries.tsv parses (checked by tests)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_table_parses_and_covers_iso_3166() {
        let c = Countries::parse(COUNTRIES_TSV, "countries.tsv").unwrap();
        assert!(c.len() >= 249, "only {} countries", c.len());
        for country in c.all() {
            assert_eq!(country.alpha2.len(), 2);
            assert_eq!(country.alpha3.len(), 3, "{}", country.name);
            assert!(!(country.lat == 0.0 && country.lon == 0.0) || country.alpha2 == "AQ");
        }
    }

    #[test]
    fn codes_names_aliases_and_demonyms_resolve() {
        let c = countries();
        assert_eq!(c.by_alpha3("irq").unwrap().alpha2, "IQ");
        assert_eq!(c.by_code("GB").unwrap().alpha3, "GBR");
        for alias in ["US", "U.S.", "United States of America", "USA", "america"] {
            assert_eq!(c.by_name(alias).unwrap().alpha2, "US", "{alias}");
        }
        for alias in ["Britain", "UK", "U.K.", "united kingdom", "Great Britain"] {
            assert_eq!(c.by_name(alias).unwrap().alpha2, "GB", "{alias}");
        }
        assert_eq!(c.by_name("Ivory Coast").unwrap().alpha2, "CI");
        assert_eq!(c.by_name("Côte d’Ivoire").unwrap().alpha2, "CI");
        for (dem, code) in [
            ("Iraqi", "IQ"),
            ("Saudi", "SA"),
            ("American", "US"),
            ("British", "GB"),
            ("Iranian", "IR"),
            ("Palestinian", "PS"),
        ] {
            assert_eq!(c.by_demonym(dem).unwrap().alpha2, code, "{dem}");
        }
        assert_eq!(c.by_alpha2("IQ").unwrap().capital, "Baghdad");
        assert_eq!(c.by_alpha2("SA").unwrap().capital, "Riyadh");
        let (iq, how) = c.lookup("iraqi").unwrap();
        assert_eq!((iq.alpha2.as_str(), how), ("IQ", CountryMatch::Demonym));
        assert_eq!(c.by_name("Atlantis"), None);
        assert_eq!(c.by_alpha2("IQ").unwrap().place_id(), "country:IQ");
    }

    #[test]
    fn representative_points_are_inside_the_country_area() {
        let c = countries();
        let iq = c.by_alpha2("IQ").unwrap();
        assert!((29.0..38.0).contains(&iq.lat) && (38.0..49.0).contains(&iq.lon));
        let us = c.by_alpha2("US").unwrap();
        assert!((25.0..50.0).contains(&us.lat) && (-125.0..-65.0).contains(&us.lon));
    }

    #[test]
    fn user_rows_extend_and_replace() {
        let mut c = countries().clone();
        c.extend_from(
            "XZ\tXZZ\t\tFreedonia\tFredville\t1\t2\tFredonia\tFreedonian\n",
            "mine.tsv",
        )
        .unwrap();
        assert_eq!(c.by_demonym("freedonian").unwrap().capital, "Fredville");
        assert_eq!(c.by_name("Fredonia").unwrap().alpha2, "XZ");
    }

    #[test]
    fn bad_rows_are_errors_with_line_numbers() {
        let err = Countries::parse("# header\nIQ\tIRQ\n", "bad.tsv").unwrap_err();
        assert!(err.to_string().starts_with("bad.tsv:2:"), "{err}");
        let err =
            Countries::parse("IQ\tIRQ\t368\tIraq\tBaghdad\tnorth\t44\n", "bad.tsv").unwrap_err();
        assert!(err.to_string().contains("latitude"), "{err}");
    }
}
