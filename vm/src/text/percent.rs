pub enum PercentValue {}
pub trait PercentArgs {}
pub fn percent_format() {}
