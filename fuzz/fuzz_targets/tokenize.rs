//! cargo-fuzz target: `chronicle_fuzz::tokenize`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    chronicle_fuzz::check("tokenize", data);
});
