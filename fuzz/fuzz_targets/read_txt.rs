//! cargo-fuzz target: `chronicle_fuzz::read_txt`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    chronicle_fuzz::check("read_txt", data);
});
