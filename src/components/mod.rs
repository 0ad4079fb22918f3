pub mod dual;
pub mod form;
pub mod language;
pub mod leave;
pub mod recap;
pub mod result;
pub mod saved;
pub mod share;
