//! The web UI: plain HTML, CSS and JavaScript embedded in the binary (no build step, no
//! network: the map is drawn from chronicle's own country table).

/// `index.html`.
pub const INDEX_HTML: &str = include_str!("../ui/index.html");
/// `app.js`.
pub const APP_JS: &str = include_str!("../ui/app.js");
/// `style.css`.
pub const STYLE_CSS: &str = include_str!("../ui/style.css");
/// The OpenAPI description of the API.
pub const OPENAPI_JSON: &str = include_str!("../../../docs/openapi.json");
