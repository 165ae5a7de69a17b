//! A tiny binary codec for model files: varints, zigzag integers, strings, deflate.

use std::io::{Read, Write};

use crate::error::{Error, Result};

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    /// An empty buffer.
    pub fn new() -> Writer {
        Writer::default()
    }
    /// One byte.
    pub fn u8(&mut self, b: u8) {
        self.buf.push(b);
    }
    /// An unsigned LEB128 varint.
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    /// A signed integer, zigzag-encoded.
    pub fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    /// A float, little-endian.
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// A length-prefixed string.
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
    /// The bytes, deflate-compressed.
    pub fn into_compressed(self) -> Vec<u8> {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(&self.buf).expect("writing to memory");
        e.finish().expect("writing to memory")
    }
}

/// Reads values back from a byte slice.
pub struct Reader<'a> {
    buf: &'a [u8],
    at: usize,
}

fn short() -> Error {
    Error::Model("file ends too early".into())
}

impl<'a> Reader<'a> {
    /// Read from `buf`.
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, at: 0 }
    }
    /// Inflate deflate-compressed bytes.
    pub fn decompress(bytes: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(bytes)
            .read_to_end(&mut out)
            .map_err(|e| Error::Model(format!("cannot inflate: {e}")))?;
        Ok(out)
    }
    /// One byte.
    pub fn u8(&mut self) -> Result<u8> {
        let b = *self.buf.get(self.at).ok_or_else(short)?;
        self.at += 1;
        Ok(b)
    }
    /// An unsigned varint.
    pub fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift > 63 {
                return Err(Error::Model("varint too long".into()));
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
        }
    }
    /// A zigzag-encoded signed integer.
    pub fn zigzag(&mut self) -> Result<i64> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    /// A float.
    pub fn f32(&mut self) -> Result<f32> {
        let b = self.buf.get(self.at..self.at + 4).ok_or_else(short)?;
        self.at += 4;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A length-prefixed string.
    pub fn str(&mut self) -> Result<&'a str> {
        let n = self.varint()? as usize;
        let b = self.buf.get(self.at..self.at + n).ok_or_else(short)?;
        self.at += n;
        std::str::from_utf8(b).map_err(|_| Error::Model("string is not UTF-8".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_deflate() {
        let mut w = Writer::new();
        w.varint(300);
        w.zigzag(-5);
        w.str("al-Kadhimi");
        w.f32(0.25);
        let bytes = Reader::decompress(&w.into_compressed()).unwrap();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.varint().unwrap(), 300);
        assert_eq!(r.zigzag().unwrap(), -5);
        assert_eq!(r.str().unwrap(), "al-Kadhimi");
        assert_eq!(r.f32().unwrap(), 0.25);
        assert!(r.u8().is_err());
    }
}
