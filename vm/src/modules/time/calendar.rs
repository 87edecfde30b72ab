//! Broken-down time (the C `struct tm`) and its text forms: proleptic
//! Gregorian day arithmetic, `strftime` with glibc's directives in the C
//! locale, and `asctime`.

/// A broken-down time with C's conventions (`mon` 0-11, `wday` 0 = Sunday,
/// `yday` 0-365), except that `year` is the full year.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    /// Time zone abbreviation (`%Z`), when known.
    pub zone: Option<String>,
    /// Seconds east of UTC (`%z`).
    pub gmtoff: i64,
}

pub const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
pub const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (`m` 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `(year, month 1-12, day)` of a day number from `days_from_civil`.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The broken-down form of `t` seconds since the epoch shifted by `off`.
pub fn tm_from_secs(t: i64, off: i64) -> Tm {
    let local = t.saturating_add(off);
    let days = local.div_euclid(86400);
    let rem = local.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m - 1,
        mday: d,
        hour: rem / 3600,
        min: rem / 60 % 60,
        sec: rem % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1),
        isdst: 0,
        zone: None,
        gmtoff: off,
    }
}

/// Seconds since the epoch of the (possibly out-of-range, as `mktime`
/// accepts) fields of `tm` read as UTC.
pub fn secs_from_fields(tm: &Tm) -> i64 {
    let y = tm.year + tm.mon.div_euclid(12);
    let m = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday_mon = (tm.wday + 6) % 7; // Monday = 0
    let mut year = tm.year;
    // Day number of this year's week-1 Monday relative to yday.
    let week1_start = |yday: i64, wd: i64| {
        let jan1_wd = (wd - yday).rem_euclid(7);
        if jan1_wd <= 3 { -jan1_wd } else { 7 - jan1_wd }
    };
    let mut start = week1_start(tm.yday, wday_mon);
    if tm.yday < start {
        year -= 1;
        let len = if is_leap(year) { 366 } else { 365 };
        start = week1_start(tm.yday + len, wday_mon) - len;
    } else {
        let len = if is_leap(year) { 366 } else { 365 };
        let next = week1_start(tm.yday - len, wday_mon) + len;
        if tm.yday >= next {
            year += 1;
            start = next;
        }
    }
    (year, (tm.yday - start) / 7 + 1)
}

/// `asctime`: "Thu Feb 29 13:05:09 2024".
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &DAY_NAMES[tm.wday.rem_euclid(7) as usize][..3],
        &MONTH_NAMES[tm.mon.rem_euclid(12) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// Padding of a numeric field: the directive's default or a flag's.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Zero,
    Space,
    None,
}

/// A number with the directive's default width and padding, or the
/// format's explicit width (`%5Y`) and flag (`%-d`: none, `%-5d`: spaces).
fn num(out: &mut String, v: i64, spec: (Option<usize>, Option<Pad>), width: usize, default: Pad) {
    let (explicit, flag) = spec;
    let (pad, w) = match flag {
        Some(Pad::None) => (if explicit.is_some() { Pad::Space } else { Pad::None }, explicit.unwrap_or(0)),
        f => (f.unwrap_or(default), explicit.unwrap_or(width)),
    };
    let s = v.unsigned_abs().to_string();
    if v < 0 {
        out.push('-');
    }
    let w = w.saturating_sub(usize::from(v < 0));
    if pad != Pad::None && s.len() < w {
        let c = if pad == Pad::Zero { '0' } else { ' ' };
        out.extend(std::iter::repeat_n(c, w - s.len()));
    }
    out.push_str(&s);
}

/// `time.strftime`: like CPython, a result that does not fit the largest
/// buffer it tries (1024 bytes, doubled until 256 times the format's
/// length) is empty.
pub fn strftime_limited(fmt: &str, tm: &Tm, tzname: &dyn Fn(bool) -> String, mktime: &dyn Fn(&Tm) -> i64) -> String {
    let mut limit = 1024usize;
    while limit < fmt.len().saturating_mul(256) {
        limit = limit.saturating_mul(2);
    }
    let out = strftime(fmt, tm, tzname, mktime, limit);
    if out.len() >= limit {
        String::new()
    } else {
        out
    }
}

/// `strftime(format, tm)` in the C locale; `mktime` gives `%s`. Stops
/// early once the text reaches `limit` bytes.
fn strftime(fmt: &str, tm: &Tm, tzname: &dyn Fn(bool) -> String, mktime: &dyn Fn(&Tm) -> i64, limit: usize) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() && out.len() < limit {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let start = i - 1;
        let mut flag = None;
        let mut upper = false;
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flag = Some(Pad::None),
                '_' => flag = Some(Pad::Space),
                '0' => flag = Some(Pad::Zero),
                '^' | '#' => upper = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = Some(width.unwrap_or(0usize).saturating_mul(10).saturating_add(d as usize).min(limit));
            i += 1;
        }
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        let Some(&d) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let spec = (width, flag);
        let mut piece = String::new();
        let text = |s: &str| if upper { s.to_uppercase() } else { s.to_string() };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let rec = |f: &str| strftime(f, tm, tzname, mktime, limit);
        match d {
            'a' => piece = text(&DAY_NAMES[tm.wday.rem_euclid(7) as usize][..3]),
            'A' => piece = text(DAY_NAMES[tm.wday.rem_euclid(7) as usize]),
            'b' | 'h' => piece = text(&MONTH_NAMES[tm.mon.rem_euclid(12) as usize][..3]),
            'B' => piece = text(MONTH_NAMES[tm.mon.rem_euclid(12) as usize]),
            'c' => piece = text(&rec("%a %b %e %H:%M:%S %Y")),
            'C' => num(&mut piece, tm.year.div_euclid(100), spec, 1, Pad::Zero),
            'd' => num(&mut piece, tm.mday, spec, 2, Pad::Zero),
            'D' | 'x' => piece = rec("%m/%d/%y"),
            'e' => num(&mut piece, tm.mday, spec, 2, Pad::Space),
            'F' => piece = rec("%Y-%m-%d"),
            'G' => num(&mut piece, iso_week(tm).0, spec, 1, Pad::Zero),
            'g' => num(&mut piece, iso_week(tm).0.rem_euclid(100), spec, 2, Pad::Zero),
            'H' => num(&mut piece, tm.hour, spec, 2, Pad::Zero),
            'I' => num(&mut piece, hour12, spec, 2, Pad::Zero),
            'j' => num(&mut piece, tm.yday + 1, spec, 3, Pad::Zero),
            'k' => num(&mut piece, tm.hour, spec, 2, Pad::Space),
            'l' => num(&mut piece, hour12, spec, 2, Pad::Space),
            'm' => num(&mut piece, tm.mon + 1, spec, 2, Pad::Zero),
            'M' => num(&mut piece, tm.min, spec, 2, Pad::Zero),
            'n' => piece.push('\n'),
            't' => piece.push('\t'),
            'p' => piece = (if tm.hour >= 12 { "PM" } else { "AM" }).to_string(),
            'P' => piece = (if tm.hour >= 12 { "pm" } else { "am" }).to_string(),
            'r' => piece = rec("%I:%M:%S %p"),
            'R' => piece = rec("%H:%M"),
            's' => num(&mut piece, mktime(tm), spec, 1, Pad::Zero),
            'S' => num(&mut piece, tm.sec, spec, 2, Pad::Zero),
            'T' | 'X' => piece = rec("%H:%M:%S"),
            'u' => num(&mut piece, if tm.wday == 0 { 7 } else { tm.wday }, spec, 1, Pad::Zero),
            'U' => num(&mut piece, (tm.yday + 7 - tm.wday) / 7, spec, 2, Pad::Zero),
            'V' => num(&mut piece, iso_week(tm).1, spec, 2, Pad::Zero),
            'w' => num(&mut piece, tm.wday, spec, 1, Pad::Zero),
            'W' => num(&mut piece, (tm.yday + 7 - (tm.wday + 6) % 7) / 7, spec, 2, Pad::Zero),
            'y' => num(&mut piece, tm.year.rem_euclid(100), spec, 2, Pad::Zero),
            'Y' => num(&mut piece, tm.year, spec, 1, Pad::Zero),
            'z' => {
                if tm.isdst >= 0 {
                    let off = tm.gmtoff;
                    piece.push(if off < 0 { '-' } else { '+' });
                    let m = off.abs() / 60;
                    num(&mut piece, m / 60 * 100 + m % 60, spec, 4, Pad::Zero);
                }
            }
            'Z' => {
                let z = match &tm.zone {
                    Some(z) => z.clone(),
                    None if tm.isdst >= 0 => tzname(tm.isdst != 0),
                    None => String::new(),
                };
                piece = text(&z);
            }
            '%' => piece.push('%'),
            _ => piece.extend(&chars[start..i]),
        }
        if let (Some(wd), true) = (width, piece.chars().count() < width.unwrap_or(0)) {
            if !matches!(d, 'C' | 'd' | 'e' | 'G' | 'g' | 'H' | 'I' | 'j' | 'k' | 'l' | 'm' | 'M' | 's' | 'S' | 'u' | 'U' | 'V' | 'w' | 'W' | 'y' | 'Y' | 'z') {
                let fill = if flag == Some(Pad::Zero) { '0' } else { ' ' };
                out.extend(std::iter::repeat_n(fill, wd - piece.chars().count()));
            }
        }
        out.push_str(&piece);
    }
    out
}
