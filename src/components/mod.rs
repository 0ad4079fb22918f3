pub mod form;
pub mod result;
