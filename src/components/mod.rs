pub mod dual;
pub mod form;
pub mod leave;
pub mod result;
