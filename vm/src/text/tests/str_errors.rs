//! str method errors and index helpers.

use crate::text::str_methods::*;

#[test]
fn str_errors_and_helpers() {
    assert_eq!(split("a", Some(""), -1).unwrap_err().msg, "empty separator");
    assert_eq!(rsplit("a", Some(""), -1).unwrap_err().msg, "empty separator");
    assert_eq!(partition("a", "").unwrap_err().msg, "empty separator");
    assert_eq!(rpartition("a", "").unwrap_err().msg, "empty separator");
    assert_eq!(index("abc", "x", None, None).unwrap_err().msg, "substring not found");
    assert_eq!(rindex("abc", "b", None, None).unwrap(), 1);
    assert_eq!(char_index_to_byte("日本語", 1), 3);
    assert_eq!(char_index_to_byte("日本語", 9), 9);
    assert_eq!(char_index_to_byte("abc", 2), 2);
    assert_eq!(byte_to_char_index("日本語", 6), 2);
    assert_eq!(char_len("日本語"), 3);
    assert_eq!(decimal_value('\u{1d7d8}'), Some(0));
    assert_eq!(decimal_value('²'), None);
}
