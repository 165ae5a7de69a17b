//! cargo-fuzz target: `chronicle_fuzz::read_html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    chronicle_fuzz::check("read_html", data);
});
