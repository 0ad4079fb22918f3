//! Studierekenaar in the browser: a thin Yew front end on `studierekenaar-core`.
//! - [`state`]: the form as typed and its pure reducer (tested on the host);
//! - [`components`]: inputs and the explained outcome;
//! - [`persist`]: the shareable link and the browser storage;
//! - [`i18n`]: the app's own words in Dutch, French and English, and the language chosen;
//! - [`app`]: the page that wires them together.

pub mod app;
pub mod components;
pub mod crash;
pub mod embed;
pub mod i18n;
pub mod persist;
pub mod state;
pub mod text;

pub use app::App;
