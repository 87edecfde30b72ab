//! Table tests for `percent`: every expected value below is the result (or
//! exception) of python3.11 `fmt % args`. A tiny `PercentArgs` stands in
//! for the interpreter.

use crate::text::percent::*;
use crate::text::str_methods::{ascii_repr, str_repr};
use crate::text::{float_repr, TextError, TextErrorKind};
use num_bigint::BigInt;
use std::sync::atomic::{AtomicUsize, Ordering};

const V: TextErrorKind = TextErrorKind::ValueError;
const T: TextErrorKind = TextErrorKind::TypeError;
const O: TextErrorKind = TextErrorKind::OverflowError;

type Want = Result<&'static str, (TextErrorKind, &'static str)>;

/// A Python value as the test interpreter sees it.
#[derive(Clone)]
enum A {
    I(i64),
    B(&'static str),
    F(f64),
    S(&'static str),
    /// A list: only its type name matters here.
    L,
}

struct Args {
    items: Vec<A>,
    tuple: bool,
    keys: Option<Vec<(&'static str, A)>>,
}

fn tup(items: Vec<A>) -> Args {
    Args { items, tuple: true, keys: None }
}
fn one(a: A) -> Args {
    let is_list = matches!(a, A::L);
    Args { items: vec![a], tuple: false, keys: if is_list { Some(vec![]) } else { None } }
}
fn map(keys: Vec<(&'static str, A)>) -> Args {
    Args { items: vec![], tuple: false, keys: Some(keys) }
}

impl Args {
    fn get(&self, arg: &ArgRef<'_>) -> A {
        match arg {
            ArgRef::Item(i) => self.items[*i].clone(),
            ArgRef::Whole => self.items.first().cloned().unwrap_or(A::S("<mapping>")),
            ArgRef::Key(k) => {
                let keys = self.keys.as_ref().unwrap();
                keys.iter().find(|(n, _)| n == k).expect("KeyError").1.clone()
            }
        }
    }
}

fn type_name(a: &A) -> &'static str {
    match a {
        A::I(_) | A::B(_) => "int",
        A::F(_) => "float",
        A::S(_) => "str",
        A::L => "list",
    }
}

impl PercentArgs for Args {
    type Error = TextError;
    fn tuple_len(&self) -> Option<usize> {
        self.tuple.then_some(self.items.len())
    }
    fn is_mapping(&self) -> bool {
        self.keys.is_some()
    }
    fn convert(&mut self, arg: &ArgRef<'_>, conv: char) -> Result<PercentValue, TextError> {
        let a = self.get(arg);
        let text = |a: &A| match a {
            A::I(i) => i.to_string(),
            A::B(b) => b.to_string(),
            A::F(f) => float_repr(*f),
            A::S(s) => s.to_string(),
            A::L => "[1]".to_string(),
        };
        Ok(match (conv, &a) {
            ('s', _) => PercentValue::Str(text(&a)),
            ('r', A::S(s)) => PercentValue::Str(str_repr(s)),
            ('a', A::S(s)) => PercentValue::Str(ascii_repr(s)),
            ('r' | 'a', _) => PercentValue::Str(text(&a)),
            (_, A::I(i)) => PercentValue::Int(BigInt::from(*i)),
            (_, A::B(b)) => PercentValue::Int(b.parse().unwrap()),
            ('d' | 'i' | 'u' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(f)) => PercentValue::Float(*f),
            ('c', A::S(s)) => PercentValue::Str(s.to_string()),
            _ => return Err(conversion_type_error(conv, type_name(&a))),
        })
    }
    fn star(&mut self, arg: &ArgRef<'_>) -> Result<i64, TextError> {
        match self.get(arg) {
            A::I(i) => Ok(i),
            _ => Err(TextError::type_err("* wants int")),
        }
    }
}

static FAILURES: AtomicUsize = AtomicUsize::new(0);

fn pct(fmt: &str, mut args: Args, want: Want) {
    let got = percent_format(fmt, &mut args);
    let ok = match (&got, &want) {
        (Ok(g), Ok(w)) => g == w,
        (Err(e), Err((k, m))) => e.msg == *m && e.kind == *k,
        _ => false,
    };
    if !ok {
        eprintln!("{fmt:?} % ...: got {got:?}, want {want:?}");
        FAILURES.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn percent_matches_python() {
    pct("%d", one(A::S("x")), Err((T, "%d format: a real number is required, not str")));
    pct("%i", one(A::L), Err((T, "%i format: a real number is required, not list")));
    pct("%u", one(A::S("x")), Err((T, "%u format: a real number is required, not str")));
    pct("%x", one(A::F(1.5_f64)), Err((T, "%x format: an integer is required, not float")));
    pct("%o", one(A::S("x")), Err((T, "%o format: an integer is required, not str")));
    pct("%e", one(A::S("x")), Err((T, "must be real number, not str")));
    pct("%g", one(A::L), Err((T, "must be real number, not list")));
    pct("%c", one(A::S("ab")), Err((T, "%c requires int or char")));
    pct("%c", one(A::F(1.5_f64)), Err((T, "%c requires int or char")));
    pct("%c", one(A::I(-1)), Err((O, "%c arg not in range(0x110000)")));
    pct("%c", one(A::I(1114112)), Err((O, "%c arg not in range(0x110000)")));
    pct("%c", one(A::S("\u{e9}")), Ok("\u{e9}"));
    pct("%c", one(A::I(65)), Ok("A"));
    pct("%z", one(A::I(1)), Err((V, "unsupported format character 'z' (0x7a) at index 1")));
    pct("abc %", one(A::I(1)), Err((V, "incomplete format")));
    pct("%", tup(vec![]), Err((V, "incomplete format")));
    pct("%(a)s", one(A::I(1)), Err((T, "format requires a mapping")));
    pct("%(a)s", tup(vec![A::I(1)]), Err((T, "format requires a mapping")));
    pct("%s %s", tup(vec![A::I(1)]), Err((T, "not enough arguments for format string")));
    pct("%s", tup(vec![A::I(1), A::I(2)]), Err((T, "not all arguments converted during string formatting")));
    pct("hello", one(A::I(5)), Err((T, "not all arguments converted during string formatting")));
    pct("hello", map(vec![]), Ok("hello"));
    pct("hello", one(A::L), Ok("hello"));
    pct("hello", tup(vec![]), Ok("hello"));
    pct("hello", one(A::S("x")), Err((T, "not all arguments converted during string formatting")));
    pct("%s", one(A::S("x")), Ok("x"));
    pct("%(a)s %s", map(vec![("a", A::I(1))]), Err((T, "not enough arguments for format string")));
    pct("%*d", tup(vec![A::S("x"), A::I(1)]), Err((T, "* wants int")));
    pct("%.*f", tup(vec![A::F(2.0_f64), A::I(1)]), Err((T, "* wants int")));
    pct("%*d", tup(vec![A::I(5), A::I(1)]), Ok("    1"));
    pct("%-*d", tup(vec![A::I(5), A::I(1)]), Ok("1    "));
    pct("%*d", tup(vec![A::I(-5), A::I(1)]), Ok("1    "));
    pct("%.*f", tup(vec![A::I(-2), A::F(1.0_f64)]), Ok("1"));
    pct("%d", one(A::F(1.9_f64)), Ok("1"));
    pct("%d", one(A::F(-1.9_f64)), Ok("-1"));
    pct("%d", one(A::F(f64::NAN)), Err((V, "cannot convert float NaN to integer")));
    pct("%d", one(A::F(f64::INFINITY)), Err((O, "cannot convert float infinity to integer")));
    pct("%x", one(A::I(-255)), Ok("-ff"));
    pct("%#x", one(A::I(-255)), Ok("-0xff"));
    pct("%#o", one(A::I(8)), Ok("0o10"));
    pct("%#X", one(A::I(255)), Ok("0XFF"));
    pct("%+d", one(A::I(5)), Ok("+5"));
    pct("% d", one(A::I(5)), Ok(" 5"));
    pct("%05d", one(A::I(-42)), Ok("-0042"));
    pct("%-05d", one(A::I(-42)), Ok("-42  "));
    pct("%+05.1f", one(A::F(-0.0_f64)), Ok("-00.0"));
    pct("%.3d", one(A::I(5)), Ok("005"));
    pct("%.3x", one(A::I(5)), Ok("005"));
    pct("%#.3x", one(A::I(5)), Ok("0x005"));
    pct("%#5.3x", one(A::I(5)), Ok("0x005"));
    pct("%05.3d", one(A::I(-5)), Ok("-0005"));
    pct("%.0e", one(A::F(12345.0_f64)), Ok("1e+04"));
    pct("%#.0f", one(A::F(2.0_f64)), Ok("2."));
    pct("%10.3s", one(A::S("abcdef")), Ok("       abc"));
    pct("%-10r", one(A::S("ab")), Ok("'ab'      "));
    pct("%a", one(A::S("\u{e9}")), Ok("'\\xe9'"));
    pct("%5%", tup(vec![]), Err((T, "not enough arguments for format string")));
    pct("%%", tup(vec![]), Ok("%"));
    pct("%.2%", tup(vec![]), Err((T, "not enough arguments for format string")));
    pct("%s%%", one(A::I(1)), Ok("1%"));
    pct("%(a)s %(b)d", map(vec![("a", A::S("x")), ("b", A::I(2))]), Ok("x 2"));
    pct("%(a", map(vec![("a", A::I(1))]), Err((V, "incomplete format key")));
    pct("%(a)", map(vec![("a", A::I(1))]), Err((V, "incomplete format")));
    pct("%(a)z", map(vec![("a", A::I(1))]), Err((V, "unsupported format character 'z' (0x7a) at index 4")));
    pct("%((a))s", map(vec![("(a)", A::I(1))]), Ok("1"));
    pct("%l", one(A::I(1)), Err((V, "incomplete format")));
    pct("%ld", one(A::I(1)), Ok("1"));
    pct("%hd", one(A::I(1)), Ok("1"));
    pct("%5.2g", one(A::F(1234.5_f64)), Ok("1.2e+03"));
    pct("%#g", one(A::F(1.0_f64)), Ok("1.00000"));
    pct("%G", one(A::F(1e-10_f64)), Ok("1E-10"));
    pct("%F", one(A::F(f64::INFINITY)), Ok("INF"));
    pct("%E", one(A::F(f64::NAN)), Ok("NAN"));
    pct("%08.2f", one(A::F(f64::NEG_INFINITY)), Ok("-0000inf"));
    pct("%-8s|", one(A::S("ab")), Ok("ab      |"));
    pct("%r", one(A::S("it's")), Ok("\"it's\""));
    pct("%3c", one(A::I(65)), Ok("  A"));
    pct("%-3c", one(A::S("x")), Ok("x  "));
    pct("%i", one(A::B("1180591620717411303424")), Ok("1180591620717411303424"));
    pct("%x", one(A::B("1180591620717411303424")), Ok("400000000000000000"));
    pct("%10", one(A::I(1)), Err((V, "incomplete format")));
    pct("%.", one(A::I(1)), Err((V, "incomplete format")));
    pct("%*", tup(vec![A::I(1)]), Err((V, "incomplete format")));
    pct("%#o", one(A::I(0)), Ok("0o0"));
    pct("%#x", one(A::I(0)), Ok("0x0"));
    pct("% x", one(A::I(5)), Ok(" 5"));
    pct("%+x", one(A::I(5)), Ok("+5"));
    pct("%+o", one(A::I(-5)), Ok("-5"));
    pct("%d %d", one(A::I(1)), Err((T, "not enough arguments for format string")));
    pct("%\u{e9}", one(A::I(1)), Err((V, "unsupported format character '?' (0xe9) at index 1")));
    pct("%\u{0}", one(A::I(1)), Err((V, "unsupported format character '?' (0x0) at index 1")));
    pct("%\u{1f}", one(A::I(1)), Err((V, "unsupported format character '\u{1f}' (0x1f) at index 1")));
    pct("%\u{7f}", one(A::I(1)), Err((V, "unsupported format character '?' (0x7f) at index 1")));
    pct("%2$s", one(A::I(1)), Err((V, "unsupported format character '$' (0x24) at index 2")));
    pct("%0*d", tup(vec![A::I(5), A::I(3)]), Ok("00003"));
    pct("%-0*d", tup(vec![A::I(5), A::I(3)]), Ok("3    "));
    pct("%.*s", tup(vec![A::I(2), A::S("abcd")]), Ok("ab"));
    pct("%*.*f", tup(vec![A::I(8), A::I(2), A::F(1.23456_f64)]), Ok("    1.23"));
    pct("%.0f", one(A::F(0.5_f64)), Ok("0"));
    pct("%.1f", one(A::F(0.25_f64)), Ok("0.2"));
    pct("%5%", tup(vec![A::I(1)]), Err((V, "unsupported format character '%' (0x25) at index 2")));
    pct("%z", tup(vec![]), Err((T, "not enough arguments for format string")));
    pct("%(a)*d", map(vec![("a", A::I(1))]), Err((T, "not enough arguments for format string")));
    pct("%(a).*f", map(vec![("a", A::F(1.0_f64))]), Err((T, "* wants int")));
    pct("%s", tup(vec![]), Err((T, "not enough arguments for format string")));
    pct("x%()sy", map(vec![("", A::I(2))]), Ok("x2y"));
    pct("%s %%", tup(vec![A::I(1)]), Ok("1 %"));
    pct("%*s", tup(vec![A::I(1)]), Err((T, "not enough arguments for format string")));
    pct("%c", tup(vec![A::I(1), A::I(2)]), Err((T, "not all arguments converted during string formatting")));
    pct("%.2c", one(A::I(65)), Ok("A"));
    pct("%05c", one(A::I(65)), Ok("    A"));
    pct("%05s", one(A::S("ab")), Ok("   ab"));
    pct("%#s", one(A::S("x")), Ok("x"));
    pct("%+s", one(A::S("x")), Ok("x"));
    pct("%#c", one(A::I(65)), Ok("A"));
    pct("%#d", one(A::I(5)), Ok("5"));
    pct("%.3u", one(A::I(-7)), Ok("-007"));
    pct("%99999999999999999999d", one(A::I(1)), Err((V, "width too big")));
    pct("%.99999999999999999999d", one(A::I(1)), Err((V, "precision too big")));
    pct("%.2147483648f", one(A::F(1.0_f64)), Err((V, "precision too big")));
    pct("%s=%r \u{e9} %a", tup(vec![A::S("h\u{e9}llo"), A::S("it's"), A::S("\u{65e5}\u{672c}")]), Ok("h\u{e9}llo=\"it's\" \u{e9} '\\u65e5\\u672c'"));
    pct("%x %X %o", tup(vec![A::I(3054), A::I(3054), A::I(8)]), Ok("bee BEE 10"));
    pct("%e|%E|%f|%g|%G", tup(vec![A::F(1e-07_f64), A::F(12345.6789_f64), A::F(2.5_f64), A::F(1e+16_f64), A::F(1e-05_f64)]), Ok("1.000000e-07|1.234568E+04|2.500000|1e+16|1E-05"));
    pct("%(x)s%(y)s", map(vec![("x", A::S("a")), ("y", A::S("b"))]), Ok("ab"));
    pct("%(x)s%(x)r", map(vec![("x", A::S("a"))]), Ok("a'a'"));
    pct("%s", one(A::F(1.0_f64)), Ok("1.0"));
    pct("%r", one(A::F(1e+16_f64)), Ok("1e+16"));
    pct("%d", one(A::B("9223372036854775808")), Ok("9223372036854775808"));
    pct("%.1000d", one(A::I(0)), Ok("0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"));
    pct("%5.1s", one(A::S("\u{65e5}\u{672c}")), Ok("    \u{65e5}"));
    pct("%f", one(A::B("1180591620717411303424")), Ok("1180591620717411303424.000000"));
    pct("%e", one(A::B("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), Err((O, "int too large to convert to float")));
    pct("%u", one(A::I(-3)), Ok("-3"));
    pct("%d", one(A::F(-0.5_f64)), Ok("0"));
    pct("%c", one(A::I(1114111)), Ok("\u{10ffff}"));
    pct("%c", one(A::I(0)), Ok("\u{0}"));
    assert_eq!(FAILURES.load(Ordering::Relaxed), 0);
}
