//! Part-of-speech tag sets, interned: a token stores a one-byte id, not a string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! tagset {
    ($(#[$m:meta])* $name:ident, $list:ident, [$($tag:expr),* $(,)?]) => {
        /// Every tag of the set, in id order.
        pub const $list: &[&str] = &[$($tag),*];

        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u8);

        impl $name {
            /// The tag with this name, if it is in the set.
            pub fn parse(s: &str) -> Option<$name> {
                $list.iter().position(|t| *t == s).map(|i| $name(i as u8))
            }
            /// The tag with this id, if it is in range.
            pub fn from_id(id: u8) -> Option<$name> {
                ((id as usize) < $list.len()).then_some($name(id))
            }
            /// The tag's id (index into the list).
            pub fn id(self) -> u8 {
                self.0
            }
            /// The tag's name.
            pub fn as_str(self) -> &'static str {
                $list[self.0 as usize]
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let s = String::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!("unknown tag {s:?}; expected one of {:?}", $list))
                })
            }
        }
    };
}

tagset!(
    /// A Universal Dependencies POS tag (UPOS).
    Upos,
    UPOS_TAGS,
    [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ]
);

tagset!(
    /// A Penn Treebank POS tag (XPOS), including the extra tags of UD English-EWT.
    Xpos,
    XPOS_TAGS,
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
        "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
        "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "``", "''",
        "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP", "ADD", "AFX", "GW", "XX", "_",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_by_name_and_id() {
        let t = Xpos::parse("PRP$").unwrap();
        assert_eq!(t.as_str(), "PRP$");
        assert_eq!(Xpos::from_id(t.id()), Some(t));
        assert_eq!(Upos::parse("PROPN").unwrap().to_string(), "PROPN");
        assert_eq!(Upos::parse("propn"), None);
    }
}
