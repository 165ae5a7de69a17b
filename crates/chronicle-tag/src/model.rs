//! The model file: a deflated container holding the kind (`pos` or `ner`), the class names,
//! the word clusters and the perceptron weights, so that one file is a complete tagger.

use std::path::Path;

use crate::clusters::Clusters;
use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::perceptron::Model;

const MAGIC: &str = "chronicle-tag/1";

/// The parts of a model file.
pub struct ModelFile {
    /// `pos` or `ner`.
    pub kind: String,
    /// Class names in id order.
    pub classes: Vec<String>,
    /// Word clusters used by the features.
    pub clusters: Clusters,
    /// The weights.
    pub model: Model,
}

impl ModelFile {
    /// Serialize and compress.
    pub fn to_bytes(&self) -> Vec<u8> {
        ModelFile::encode(&self.kind, &self.classes, &self.clusters, &self.model)
    }

    /// Serialize and compress the parts of a model file.
    pub fn encode(kind: &str, classes: &[String], clusters: &Clusters, model: &Model) -> Vec<u8> {
        let mut w = Writer::new();
        w.str(MAGIC);
        w.str(kind);
        w.varint(classes.len() as u64);
        for c in classes {
            w.str(c);
        }
        clusters.write(&mut w);
        model.write(&mut w);
        w.into_compressed()
    }

    /// Decompress and parse; `expect_kind` guards against loading a POS model as NER.
    pub fn from_bytes(bytes: &[u8], expect_kind: &str) -> Result<ModelFile> {
        let raw = Reader::decompress(bytes)?;
        let mut r = Reader::new(&raw);
        if r.str().ok() != Some(MAGIC) {
            return Err(Error::Model("not a chronicle tagger model".into()));
        }
        let kind = r.str()?.to_string();
        if kind != expect_kind {
            return Err(Error::Model(format!(
                "expected a {expect_kind} model, found a {kind} model"
            )));
        }
        let n = r.varint()? as usize;
        let classes = (0..n.min(255))
            .map(|_| r.str().map(str::to_string))
            .collect::<Result<Vec<_>>>()?;
        let clusters = Clusters::read(&mut r)?;
        let model = Model::read(&mut r)?;
        if model.n_classes() != classes.len() {
            return Err(Error::Model(
                "class count does not match the weights".into(),
            ));
        }
        Ok(ModelFile {
            kind,
            classes,
            clusters,
            model,
        })
    }

    /// Write to `path`.
    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|e| Error::io(path, e))
    }

    /// Read from `path`.
    pub fn load(path: &Path, expect_kind: &str) -> Result<ModelFile> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        ModelFile::from_bytes(&bytes, expect_kind)
    }
}
