//! The gazetteer: every town of 1,000+ inhabitants, first-level regions and continents from
//! GeoNames (`data/gazetteer.tsv.gz`, built by `scripts/build-gazetteer`), chronicle's
//! hand-written sites and regions (`data/sites.tsv`) and the countries of [`crate::countries()`],
//! all in memory with one index from normalized name to candidate features.
//!
//! [`gazetteer()`] loads the built-in data once, lazily. [`Gazetteer::from_parts`] builds one
//! from text in the same formats (tests, user data).

use rustc_hash::FxHashMap as HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde::Serialize;

use crate::countries::Countries;
use crate::error::{Error, Result};
use crate::normalize::normalize;

const GAZETTEER_GZ: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");
const SITES_TSV: &str = include_str!("../data/sites.tsv");
const ADMIN1_TSV: &str = include_str!("../data/admin1.tsv");
const US_COUNTIES_TSV: &str = include_str!("../data/us_counties.tsv");

/// What kind of feature a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A country (id `country:XX`).
    Country,
    /// A first-level administrative area (state, province, governorate).
    Admin1,
    /// A city, town or village (or a section of one).
    City,
    /// A continent.
    Continent,
    /// A named site: a square, a zone, a building, a base (id `site:...`).
    Site,
    /// A district of a city.
    District,
    /// A region that is not an administrative unit (Donbas, the Sahel, the Middle East).
    Region,
    /// A sea, gulf, strait, river or lake.
    Water,
}

impl Kind {
    /// The `kind` string written into [`chronicle_doc::Place`].
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::City => "city",
            Kind::Continent => "continent",
            Kind::Site => "site",
            Kind::District => "district",
            Kind::Region => "region",
            Kind::Water => "water",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "admin1" => Kind::Admin1,
            "city" => Kind::City,
            "continent" => Kind::Continent,
            "site" => Kind::Site,
            "district" => Kind::District,
            "region" => Kind::Region,
            "water" => Kind::Water,
            _ => return None,
        })
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Feature {
    /// Stable id: `geonames:98182`, `country:IQ`, `site:green-zone-baghdad`.
    pub id: String,
    /// Feature kind.
    pub kind: Kind,
    /// Preferred name.
    pub name: String,
    /// ISO 3166-1 alpha-2 code, empty for continents and seas.
    pub country: String,
    /// GeoNames admin1 code within the country (`07`, `TX`), empty when unknown.
    pub admin1: String,
    /// Population (0 when unknown).
    pub population: u64,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// GeoNames feature code (`PPLC` capital, `PPLA` admin1 seat, `PPLX` section, `ADM1`).
    pub fcode: String,
}

impl Feature {
    /// True for a national capital.
    pub fn is_capital(&self) -> bool {
        self.fcode == "PPLC"
    }

    /// True for the seat of a first-level area (or a capital).
    pub fn is_admin_seat(&self) -> bool {
        self.fcode == "PPLA" || self.fcode == "PPLC"
    }
}

/// All places in memory with a name index.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    features: Vec<Feature>,
    /// Name key -> feature ids, those whose preferred name (or alias) it is first, and how
    /// many those are.
    index: HashMap<String, (Vec<u32>, u32)>,
    admin1: HashMap<(String, String), u32>,
    abbreviations: HashMap<String, u32>,
    max_words: usize,
    /// County name key ("queen anne's", "st louis") -> the counties of that name.
    counties: HashMap<String, Vec<County>>,
}

/// A second-level area (a US county, parish or borough) with a representative point.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: String,
    /// Admin1 code of its state (the GeoNames code: `IN`, `MD`).
    pub admin1: String,
    /// Its name without the word "County" ("Queen Anne's").
    pub name: String,
    /// Latitude of its representative point.
    pub lat: f64,
    /// Longitude of its representative point.
    pub lon: f64,
}

impl Gazetteer {
    /// Build from the three sources: the GeoNames table (the uncompressed text of
    /// `gazetteer.tsv.gz`), the sites table and the countries.
    pub fn from_parts(
        geonames_tsv: &str,
        sites_tsv: &str,
        countries: &Countries,
    ) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let n_lines = geonames_tsv.bytes().filter(|&b| b == b'\n').count();
        g.features.reserve(n_lines + countries.len());
        for c in countries.all() {
            let i = g.push(Feature {
                id: c.place_id(),
                kind: Kind::Country,
                name: c.name.clone(),
                country: c.alpha2.clone(),
                admin1: String::new(),
                population: 0,
                lat: c.lat,
                lon: c.lon,
                fcode: "PCLI".into(),
            });
            g.add_name(&c.name, i, true);
            for a in &c.aliases {
                g.add_name(a, i, true);
            }
        }
        for (n, line) in geonames_tsv.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            g.add_geonames_line(line).map_err(|message| Error::Parse {
                file: "gazetteer.tsv".into(),
                line: n + 1,
                message,
            })?;
        }
        for (n, line) in sites_tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            g.add_site_line(line).map_err(|message| Error::Parse {
                file: "sites.tsv".into(),
                line: n + 1,
                message,
            })?;
        }
        Ok(g)
    }

    /// Add admin1 points and aliases (`US<TAB>KY<TAB>37.5<TAB>-85.25<TAB>Ky.|Kentucky`, see
    /// `data/admin1.tsv`). Aliases with a dot and at most six characters ("Ky.", "B.C.")
    /// match only as written, so that "Mo." never matches "mo".
    pub fn add_admin1_table(&mut self, text: &str) -> Result<()> {
        for (n, f) in table_rows(text) {
            let err = parse_error("admin1.tsv", n);
            if f.len() < 4 {
                return Err(err(format!(
                    "expected 4 or 5 tab-separated fields (country admin1 lat lon aliases), found {}",
                    f.len()
                )));
            }
            let Some(&i) = self.admin1.get(&(f[0].to_owned(), f[1].to_owned())) else {
                return Err(err(format!(
                    "no admin1 area {}.{} in the gazetteer",
                    f[0], f[1]
                )));
            };
            if !f[2].is_empty() || !f[3].is_empty() {
                let lat: f64 = f[2]
                    .parse()
                    .map_err(|_| err(format!("latitude {:?} is not a number", f[2])))?;
                let lon: f64 = f[3]
                    .parse()
                    .map_err(|_| err(format!("longitude {:?} is not a number", f[3])))?;
                let feature = &mut self.features[i as usize];
                feature.lat = lat;
                feature.lon = lon;
            }
            for a in f
                .get(4)
                .unwrap_or(&"")
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
            {
                if a.contains('.') && a.chars().count() <= 6 {
                    self.abbreviations.insert(a.to_owned(), i);
                } else {
                    self.add_name(a, i, true);
                }
            }
        }
        Ok(())
    }

    /// Add second-level areas of `country` from a table of `admin1<TAB>name<TAB>lat<TAB>lon`
    /// lines (see `data/us_counties.tsv`).
    pub fn add_county_table(&mut self, country: &str, text: &str) -> Result<()> {
        for (n, f) in table_rows(text) {
            let err = parse_error("us_counties.tsv", n);
            let [admin1, name, lat, lon] = f[..] else {
                return Err(err(format!(
                    "expected 4 tab-separated fields (admin1 name lat lon), found {}",
                    f.len()
                )));
            };
            let lat: f64 = lat
                .parse()
                .map_err(|_| err(format!("latitude {lat:?} is not a number")))?;
            let lon: f64 = lon
                .parse()
                .map_err(|_| err(format!("longitude {lon:?} is not a number")))?;
            self.counties
                .entry(county_key(name))
                .or_default()
                .push(County {
                    country: country.to_owned(),
                    admin1: admin1.to_owned(),
                    name: name.to_owned(),
                    lat,
                    lon,
                });
        }
        Ok(())
    }

    /// The counties named `head` (the name without "County"/"Parish", any spelling: "Saint
    /// Louis" finds "St. Louis").
    pub fn counties(&self, head: &str) -> &[County] {
        self.counties
            .get(&county_key(head))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The admin1 area written with this exact abbreviation ("Ky.", "B.C."), if any.
    pub fn abbreviation(&self, text: &str) -> Option<u32> {
        self.abbreviations.get(text).copied()
    }

    /// Build from a gzip-compressed GeoNames table.
    pub fn from_gz(
        geonames_gz: &[u8],
        sites_tsv: &str,
        countries: &Countries,
    ) -> Result<Gazetteer> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(geonames_gz)
            .read_to_string(&mut text)
            .map_err(|source| Error::Io {
                path: "gazetteer.tsv.gz".into(),
                source,
            })?;
        Gazetteer::from_parts(&text, sites_tsv, countries)
    }

    fn push(&mut self, f: Feature) -> u32 {
        let i = self.features.len() as u32;
        if f.kind == Kind::Admin1 {
            self.admin1.insert((f.country.clone(), f.admin1.clone()), i);
        }
        self.features.push(f);
        i
    }

    fn add_name(&mut self, name: &str, i: u32, primary: bool) {
        let key = normalize(name);
        if key.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(key.split(' ').count());
        let (ids, n_primary) = self.index.entry(key).or_default();
        match ids.iter().position(|&x| x == i) {
            Some(pos) if primary && pos >= *n_primary as usize => {
                ids.remove(pos);
                ids.insert(*n_primary as usize, i);
                *n_primary += 1;
            }
            Some(_) => {}
            None if primary => {
                ids.insert(*n_primary as usize, i);
                *n_primary += 1;
            }
            None => ids.push(i),
        }
    }

    fn add_geonames_line(&mut self, line: &str) -> std::result::Result<(), String> {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 9 {
            return Err(format!(
                "expected 10 tab-separated fields, found {}",
                f.len()
            ));
        }
        let kind = Kind::parse(f[1]).ok_or_else(|| format!("unknown kind {:?}", f[1]))?;
        let num = |s: &str, what: &str| -> std::result::Result<f64, String> {
            s.parse::<f64>()
                .map_err(|_| format!("{what} {s:?} is not a number"))
        };
        let feature = Feature {
            id: f[0].to_owned(),
            kind,
            name: f[2].to_owned(),
            country: f[3].to_owned(),
            admin1: f[4].to_owned(),
            population: f[5].parse().unwrap_or(0),
            lat: num(f[6], "latitude")?,
            lon: num(f[7], "longitude")?,
            fcode: f[8].to_owned(),
        };
        let name = feature.name.clone();
        let i = self.push(feature);
        self.add_name(&name, i, true);
        if let Some(alts) = f.get(9) {
            for a in alts.split('|').filter(|a| !a.is_empty()) {
                self.add_name(a, i, false);
            }
        }
        Ok(())
    }

    fn add_site_line(&mut self, line: &str) -> std::result::Result<(), String> {
        // id kind name country admin1 lat lon aliases
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() < 7 {
            return Err(format!(
                "expected at least 7 tab-separated fields (id kind name country admin1 lat lon aliases), found {}",
                f.len()
            ));
        }
        let kind = Kind::parse(f[1]).ok_or_else(|| format!("unknown kind {:?}", f[1]))?;
        let lat: f64 = f[5]
            .parse()
            .map_err(|_| format!("latitude {:?} is not a number", f[5]))?;
        let lon: f64 = f[6]
            .parse()
            .map_err(|_| format!("longitude {:?} is not a number", f[6]))?;
        let i = self.push(Feature {
            id: f[0].to_owned(),
            kind,
            name: f[2].to_owned(),
            country: f[3].to_owned(),
            admin1: f[4].to_owned(),
            population: 0,
            lat,
            lon,
            fcode: String::new(),
        });
        self.add_name(f[2], i, true);
        if let Some(aliases) = f.get(7) {
            for a in aliases.split('|').filter(|a| !a.trim().is_empty()) {
                self.add_name(a, i, true);
            }
        }
        Ok(())
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// The feature at index `i` (as returned by the lookups).
    pub fn feature(&self, i: u32) -> &Feature {
        &self.features[i as usize]
    }

    /// The feature with this id (`geonames:98182`, `country:IQ`). A linear scan: for
    /// occasional look-ups, not for loops.
    pub fn by_id(&self, id: &str) -> Option<&Feature> {
        self.features.iter().find(|f| f.id == id)
    }

    /// Candidates whose name or any alternate name is `name` (normalized first).
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.lookup_key(&normalize(name))
    }

    /// Candidates for an already [`normalize`]d key.
    pub fn lookup_key(&self, key: &str) -> &[u32] {
        self.index
            .get(key)
            .map(|(ids, _)| ids.as_slice())
            .unwrap_or(&[])
    }

    /// Candidates whose preferred name (or a country alias, a site alias) is `key`.
    pub fn lookup_primary_key(&self, key: &str) -> &[u32] {
        self.index
            .get(key)
            .map(|(ids, n)| &ids[..*n as usize])
            .unwrap_or(&[])
    }

    /// The first-level area of a country with this GeoNames admin1 code.
    pub fn admin1(&self, country: &str, code: &str) -> Option<&Feature> {
        self.admin1
            .get(&(country.to_owned(), code.to_owned()))
            .map(|&i| &self.features[i as usize])
    }

    /// The longest name in words (bounds the span matcher).
    pub fn max_words(&self) -> usize {
        self.max_words
    }
}

/// The data lines of a tab-separated table (blank lines and `#` comments skipped): the
/// 1-based line number and the trimmed fields.
fn table_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !(line.trim().is_empty() || line.starts_with('#')))
        .map(|(n, line)| (n + 1, line.split('\t').map(str::trim).collect()))
}

/// A parse error at `line` of `file`, from its message.
fn parse_error(file: &'static str, line: usize) -> impl Fn(String) -> Error {
    move |message| Error::Parse {
        file: file.into(),
        line,
        message,
    }
}

/// The lookup key of a county name: [`normalize`]d, with "saint" written "st".
fn county_key(name: &str) -> String {
    let key = normalize(name);
    match key.strip_prefix("saint ") {
        Some(rest) => format!("st {rest}"),
        None => key,
    }
}

/// The built-in gazetteer, loaded on first use (a few hundred milliseconds in release builds).
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut g = Gazetteer::from_gz(GAZETTEER_GZ, SITES_TSV, crate::countries())
            .expect("the built-in gazetteer parses (checked by tests)");
        g.add_admin1_table(ADMIN1_TSV)
            .expect("the built-in admin1 table parses (checked by tests)");
        g.add_county_table("US", US_COUNTIES_TSV)
            .expect("the built-in county table parses (checked by tests)");
        g
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINI: &str =
        "# id\tkind\tname\tcountry\tadmin1\tpopulation\tlat\tlon\tfeature\talternates\n\
geonames:1\tcity\tParis\tFR\t11\t2138551\t48.8534\t2.3488\tPPLC\tParigi|Paryz\n\
geonames:2\tcity\tParis\tUS\tTX\t24782\t33.6609\t-95.5555\tPPLA2\t\n\
geonames:3\tadmin1\tTexas\tUS\tTX\t0\t31.25\t-99.25\tADM1\tTejas\n";

    #[test]
    fn county_table_loads_and_finds_saint_spellings() {
        let mut g = Gazetteer::default();
        g.add_county_table(
            "US",
            "# comment\nMO\tSt. Louis\t38.64\t-90.45\nMN\tSt. Louis\t47.6\t-92.47\n",
        )
        .unwrap();
        let found: Vec<&str> = g
            .counties("Saint Louis")
            .iter()
            .map(|c| c.admin1.as_str())
            .collect();
        assert_eq!(found, ["MO", "MN"]);
        assert_eq!(g.counties("st. louis").len(), 2);
        assert!(g.counties("Lake").is_empty());
        let bad = g.add_county_table("US", "MO\tSt. Louis\tnorth\t-90.45\n");
        assert!(matches!(bad, Err(Error::Parse { line: 1, .. })), "{bad:?}");
        let short = g.add_county_table("US", "MO\tSt. Louis\n");
        assert!(
            matches!(short, Err(Error::Parse { line: 1, .. })),
            "{short:?}"
        );
        // The built-in table: every US state's counties, each inside the US.
        let builtin = gazetteer();
        let scott = builtin.counties("Scott");
        assert!(scott.len() >= 10, "{scott:?}");
        assert!(scott
            .iter()
            .all(|c| c.country == "US" && (18.0..72.0).contains(&c.lat)));
    }

    #[test]
    fn loads_names_alternates_admin1_and_sites() {
        let sites =
            "site:test-square\tsite\tTest Square\tFR\t11\t48.86\t2.35\tthe Square|Place du Test\n";
        let g = Gazetteer::from_parts(MINI, sites, crate::countries()).unwrap();
        let paris = g.lookup("paris");
        assert_eq!(paris.len(), 2);
        assert_eq!(g.lookup("Parigi"), &paris[..1]);
        assert!(g.lookup_primary_key("parigi").is_empty());
        assert_eq!(g.admin1("US", "TX").unwrap().name, "Texas");
        assert_eq!(
            g.feature(g.lookup("Place du Test")[0]).id,
            "site:test-square"
        );
        let iq = g.lookup("Iraq");
        assert_eq!(g.feature(iq[0]).kind, Kind::Country);
        assert_eq!(g.by_id("geonames:2").unwrap().country, "US");
        assert!(g.max_words() >= 3);
    }

    #[test]
    fn bad_lines_are_errors_not_panics() {
        let err =
            Gazetteer::from_parts("geonames:1\tcity\tX\n", "", crate::countries()).unwrap_err();
        assert!(err.to_string().contains("gazetteer.tsv:1"), "{err}");
        let err =
            Gazetteer::from_parts("", "site:x\tsite\tX\tFR\t\tnorth\t1\n", crate::countries())
                .unwrap_err();
        assert!(err.to_string().contains("latitude"), "{err}");
        assert!(Gazetteer::from_gz(b"not gzip", "", crate::countries()).is_err());
    }

    #[test]
    fn built_in_sites_parse() {
        let g = Gazetteer::from_parts("", SITES_TSV, crate::countries()).unwrap();
        let gz = g.feature(g.lookup("Green Zone")[0]);
        assert_eq!(
            (gz.id.as_str(), gz.country.as_str()),
            ("site:green-zone-baghdad", "IQ")
        );
        assert!(!g.lookup("Gaza Strip").is_empty());
    }

    /// Loads the real 170k-place table (about 1.5 s in a test build).
    #[test]
    fn built_in_gazetteer_loads_and_finds_known_places() {
        let g = gazetteer();
        assert!(g.len() > 150_000, "only {} places", g.len());
        let baghdad: Vec<&Feature> = g.lookup("Baghdad").iter().map(|&i| g.feature(i)).collect();
        assert!(baghdad
            .iter()
            .any(|f| f.id == "geonames:98182" && f.is_capital()));
        let ky = g.feature(g.abbreviation("Ky.").unwrap());
        assert_eq!(ky.name, "Kentucky");
        assert_eq!(g.abbreviation("Ky"), None);
        assert!(g
            .lookup("mo")
            .iter()
            .all(|&i| g.feature(i).name != "Missouri"));
        let tx = g.admin1("US", "TX").unwrap();
        assert_eq!(tx.name, "Texas");
        assert!((tx.lat - 31.0).abs() < 1.0 && (tx.lon + 99.0).abs() < 1.0);
        assert!(g
            .lookup("Baidoa")
            .iter()
            .any(|&i| g.feature(i).country == "SO"));
        assert!(g
            .lookup("Sao Paulo")
            .iter()
            .any(|&i| g.feature(i).country == "BR"));
    }
}
