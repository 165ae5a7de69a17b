//! The web UI: plain HTML, CSS and JavaScript embedded in the binary (no build step, no
//! network: the map draws bundled Natural Earth outlines and chronicle's own country table).

/// `index.html`.
pub const INDEX_HTML: &str = include_str!("../ui/index.html");
/// `app.js`.
pub const APP_JS: &str = include_str!("../ui/app.js");
/// `world.js`: country outlines (Natural Earth 1:110m via the npm package world-atlas; see
/// `ui/tools/build-world.py`).
pub const WORLD_JS: &str = include_str!("../ui/world.js");
/// `style.css`.
pub const STYLE_CSS: &str = include_str!("../ui/style.css");
/// The OpenAPI description of the API.
pub const OPENAPI_JSON: &str = include_str!("../../../docs/openapi.json");
