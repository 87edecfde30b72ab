//! str methods: repr and ascii, against python3.11 output.

use super::str_cases::*;
use crate::text::str_methods::*;

#[test]
fn str_repr_matches_python() {
    check!(str_repr(""), "''");
    check!(ascii_repr(""), "''");
    check!(str_repr("a"), "'a'");
    check!(ascii_repr("a"), "'a'");
    check!(str_repr("it's"), "\"it's\"");
    check!(ascii_repr("it's"), "\"it's\"");
    check!(str_repr("say \"hi\""), "'say \"hi\"'");
    check!(ascii_repr("say \"hi\""), "'say \"hi\"'");
    check!(str_repr("both ' and \""), "'both \\' and \"'");
    check!(ascii_repr("both ' and \""), "'both \\' and \"'");
    check!(str_repr("back\\slash"), "'back\\\\slash'");
    check!(ascii_repr("back\\slash"), "'back\\\\slash'");
    check!(str_repr("\u{a}\u{d}\u{9}"), "'\\n\\r\\t'");
    check!(ascii_repr("\u{a}\u{d}\u{9}"), "'\\n\\r\\t'");
    check!(str_repr("\u{0}\u{7}\u{1f}\u{7f}"), "'\\x00\\x07\\x1f\\x7f'");
    check!(ascii_repr("\u{0}\u{7}\u{1f}\u{7f}"), "'\\x00\\x07\\x1f\\x7f'");
    check!(str_repr("\u{e9}\u{65e5}\u{672c}"), "'\u{e9}\u{65e5}\u{672c}'");
    check!(ascii_repr("\u{e9}\u{65e5}\u{672c}"), "'\\xe9\\u65e5\\u672c'");
    check!(str_repr("\u{85}\u{a0}\u{ad}"), "'\\x85\\xa0\\xad'");
    check!(ascii_repr("\u{85}\u{a0}\u{ad}"), "'\\x85\\xa0\\xad'");
    check!(str_repr("\u{200b}\u{2028}"), "'\\u200b\\u2028'");
    check!(ascii_repr("\u{200b}\u{2028}"), "'\\u200b\\u2028'");
    check!(str_repr("\u{1f600}"), "'\u{1f600}'");
    check!(ascii_repr("\u{1f600}"), "'\\U0001f600'");
    check!(str_repr("\u{e0001}"), "'\\U000e0001'");
    check!(ascii_repr("\u{e0001}"), "'\\U000e0001'");
    check!(str_repr("\u{e000}"), "'\\ue000'");
    check!(ascii_repr("\u{e000}"), "'\\ue000'");
    check!(str_repr("\u{378}"), "'\\u0378'");
    check!(ascii_repr("\u{378}"), "'\\u0378'");
    check!(str_repr("\u{d7ff}"), "'\\ud7ff'");
    check!(ascii_repr("\u{d7ff}"), "'\\ud7ff'");
    check!(str_repr("\u{feff}"), "'\\ufeff'");
    check!(ascii_repr("\u{feff}"), "'\\ufeff'");
    check!(str_repr("\u{e9}\u{10ffff}"), "'\u{e9}\\U0010ffff'");
    check!(ascii_repr("\u{e9}\u{10ffff}"), "'\\xe9\\U0010ffff'");
    super::assert_no_failures();
}
