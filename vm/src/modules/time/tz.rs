//! The local time zone: TZif files (`TZ=Area/City`, `TZ=/path`, or
//! /etc/localtime) and POSIX TZ rules (`TZ=EST5EDT,M3.2.0,M11.1.0`, and
//! the footer of TZif version 2+ files for times past the transition
//! table). A zone that cannot be read is UTC.

use super::calendar::{days_from_civil, is_leap};

#[derive(Clone, Debug)]
pub struct LocalType {
    /// Seconds east of UTC.
    pub off: i64,
    pub dst: bool,
    pub abbr: String,
}

#[derive(Clone, Debug)]
enum RuleDate {
    /// `Jn`: day 1-365, February 29 never counted.
    Julian(i64),
    /// `n`: day 0-365.
    Zero(i64),
    /// `Mm.w.d`: weekday d of week w (5 = last) of month m.
    Month(i64, i64, i64),
}

#[derive(Clone, Debug)]
struct Rule {
    std: LocalType,
    dst: Option<(LocalType, RuleDate, i64, RuleDate, i64)>,
}

#[derive(Clone, Debug, Default)]
pub struct Zone {
    transitions: Vec<i64>,
    index: Vec<usize>,
    types: Vec<LocalType>,
    rule: Option<Rule>,
}

fn utc() -> LocalType {
    LocalType { off: 0, dst: false, abbr: "UTC".to_string() }
}

impl Zone {
    /// The zone named by `TZ`, else /etc/localtime, else UTC.
    pub fn load() -> Zone {
        let tz = std::env::var("TZ").ok();
        let zone = match tz.as_deref() {
            None => std::fs::read("/etc/localtime").ok().and_then(|d| parse_tzif(&d)),
            Some("") => None,
            Some(tz) => {
                let tz = tz.strip_prefix(':').unwrap_or(tz);
                let file = if tz.starts_with('/') {
                    Some(std::path::PathBuf::from(tz))
                } else if !tz.contains("..") {
                    let dir = std::env::var("TZDIR").unwrap_or_else(|_| "/usr/share/zoneinfo".to_string());
                    Some(std::path::Path::new(&dir).join(tz))
                } else {
                    None
                };
                file.and_then(|f| std::fs::read(f).ok()).and_then(|d| parse_tzif(&d)).or_else(|| {
                    // glibc keeps the name of an unparsable rule, at offset 0.
                    let rule = parse_rule(tz).or_else(|| {
                        let abbr = name(tz.as_bytes(), &mut 0).unwrap_or_default();
                        Some(Rule { std: LocalType { off: 0, dst: false, abbr }, dst: None })
                    });
                    rule.map(|r| Zone { rule: Some(r), ..Zone::default() })
                })
            }
        };
        zone.unwrap_or_else(|| Zone { rule: Some(Rule { std: utc(), dst: None }), ..Zone::default() })
    }

    /// The local time type in effect at `t` seconds since the epoch.
    pub fn at(&self, t: i64) -> LocalType {
        let beyond = self.transitions.last().is_none_or(|&last| t >= last);
        if beyond {
            if let Some(r) = &self.rule {
                return r.at(t);
            }
        }
        let i = self.transitions.partition_point(|&x| x <= t);
        if i == 0 {
            // Before the first transition: the first standard-time type.
            return self.types.iter().find(|x| !x.dst).or(self.types.first()).cloned().unwrap_or_else(utc);
        }
        self.index.get(i - 1).and_then(|&k| self.types.get(k)).cloned().unwrap_or_else(utc)
    }

    /// Every UTC offset the zone uses (for `mktime`'s search).
    pub fn offsets(&self) -> Vec<LocalType> {
        let mut v: Vec<LocalType> = self.types.clone();
        if let Some(r) = &self.rule {
            v.push(r.std.clone());
            if let Some(d) = &r.dst {
                v.push(d.0.clone());
            }
        }
        if v.is_empty() {
            v.push(utc());
        }
        v
    }
}

impl Rule {
    fn at(&self, t: i64) -> LocalType {
        let Some((dst, d1, t1, d2, t2)) = &self.dst else { return self.std.clone() };
        let year = super::calendar::civil_from_days((t + self.std.off).div_euclid(86400)).0;
        let start = rule_day(d1, year) * 86400 + t1 - self.std.off;
        let end = rule_day(d2, year) * 86400 + t2 - dst.off;
        let in_dst = if start < end { t >= start && t < end } else { !(t >= end && t < start) };
        if in_dst { dst.clone() } else { self.std.clone() }
    }
}

/// Day number (since the epoch) of a rule date in `year`. Like glibc,
/// years before 1970 count their days from 1970-01-01 (so such rules put
/// the change in 1970).
fn rule_day(d: &RuleDate, year: i64) -> i64 {
    let jan1 = if year > 1970 { days_from_civil(year, 1, 1) } else { 0 };
    match *d {
        RuleDate::Julian(n) => jan1 + n - 1 + i64::from(is_leap(year) && n >= 60),
        RuleDate::Zero(n) => jan1 + n,
        RuleDate::Month(m, w, wd) => {
            let first = days_from_civil(year, m, 1);
            let first_wd = (first + 4).rem_euclid(7);
            let mut day = first + (wd - first_wd).rem_euclid(7) + (w - 1) * 7;
            let next_month = if m == 12 { days_from_civil(year + 1, 1, 1) } else { days_from_civil(year, m + 1, 1) };
            while day >= next_month {
                day -= 7;
            }
            jan1 + day - days_from_civil(year, 1, 1)
        }
    }
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let r = self.s.get(self.i..self.i.checked_add(n)?)?;
        self.i += n;
        Some(r)
    }
    fn be(&mut self, n: usize) -> Option<i64> {
        let b = self.take(n)?;
        let mut v: i64 = if b.first()? & 0x80 != 0 { -1 } else { 0 };
        for &x in b {
            v = (v << 8) | x as i64;
        }
        Some(v)
    }
}

/// Parse a TZif file (version 1 data, or the 64-bit data and the POSIX
/// rule footer of version 2+).
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    let mut r = Reader { s: data, i: 0 };
    let (zone, version) = parse_block(&mut r, 4)?;
    if version < b'2' {
        return Some(zone);
    }
    let (mut zone, _) = parse_block(&mut r, 8)?;
    let rest = r.s.get(r.i..)?;
    let text = std::str::from_utf8(rest).ok()?;
    zone.rule = text.trim_matches('\n').lines().next().and_then(parse_rule);
    Some(zone)
}

fn parse_block(r: &mut Reader, time_size: usize) -> Option<(Zone, u8)> {
    if r.take(4)? != b"TZif" {
        return None;
    }
    let version = r.take(1)?[0];
    r.take(15)?;
    let mut counts = [0usize; 6];
    for c in counts.iter_mut() {
        *c = usize::try_from(r.be(4)?).ok()?;
    }
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts;
    let mut transitions = Vec::with_capacity(timecnt.min(4096));
    for _ in 0..timecnt {
        transitions.push(r.be(time_size)?);
    }
    let index: Vec<usize> = r.take(timecnt)?.iter().map(|&b| b as usize).collect();
    let mut raw = Vec::new();
    for _ in 0..typecnt {
        let off = r.be(4)?;
        let dst = r.take(1)?[0] != 0;
        let abbr_i = r.take(1)?[0] as usize;
        raw.push((off, dst, abbr_i));
    }
    let chars = r.take(charcnt)?;
    let types = raw
        .into_iter()
        .map(|(off, dst, i)| {
            let s = chars.get(i..).unwrap_or(&[]);
            let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
            LocalType { off, dst, abbr: String::from_utf8_lossy(&s[..end]).into_owned() }
        })
        .collect();
    r.take(leap.checked_mul(time_size + 4)?)?;
    r.take(isstd)?;
    r.take(isut)?;
    Some((Zone { transitions, index, types, rule: None }, version))
}

/// Parse a POSIX TZ rule: `std offset [dst [offset] [,start[/time],end[/time]]]`.
fn parse_rule(s: &str) -> Option<Rule> {
    let b = s.as_bytes();
    let mut i = 0;
    let std_name = name(b, &mut i)?;
    let std_off = -offset(b, &mut i)?;
    let std = LocalType { off: std_off, dst: false, abbr: std_name };
    if i >= b.len() {
        return Some(Rule { std, dst: None });
    }
    let dst_name = name(b, &mut i)?;
    let dst_off = if i < b.len() && b[i] != b',' { -offset(b, &mut i)? } else { std_off + 3600 };
    let dst = LocalType { off: dst_off, dst: true, abbr: dst_name };
    // Without dates, the US rules POSIX names as the default.
    let (d1, t1, d2, t2) = if i >= b.len() {
        (RuleDate::Month(3, 2, 0), 7200, RuleDate::Month(11, 1, 0), 7200)
    } else {
        if b[i] != b',' {
            return None;
        }
        i += 1;
        let (d1, t1) = date(b, &mut i)?;
        if b.get(i) != Some(&b',') {
            return None;
        }
        i += 1;
        let (d2, t2) = date(b, &mut i)?;
        (d1, t1, d2, t2)
    };
    Some(Rule { std, dst: Some((dst, d1, t1, d2, t2)) })
}

fn name(b: &[u8], i: &mut usize) -> Option<String> {
    let start = *i;
    if b.get(*i) == Some(&b'<') {
        let end = b[start..].iter().position(|&c| c == b'>')? + start;
        *i = end + 1;
        return Some(String::from_utf8_lossy(&b[start + 1..end]).into_owned());
    }
    while *i < b.len() && b[*i].is_ascii_alphabetic() {
        *i += 1;
    }
    (*i - start >= 3).then(|| String::from_utf8_lossy(&b[start..*i]).into_owned())
}

fn number(b: &[u8], i: &mut usize) -> Option<i64> {
    let start = *i;
    while *i < b.len() && b[*i].is_ascii_digit() {
        *i += 1;
    }
    let n: i64 = std::str::from_utf8(&b[start..*i]).ok()?.parse().ok()?;
    (n <= 1_000_000).then_some(n)
}

/// `[+-]hh[:mm[:ss]]` in seconds (the POSIX sign: positive is west).
fn offset(b: &[u8], i: &mut usize) -> Option<i64> {
    let sign = match b.get(*i) {
        Some(b'-') => {
            *i += 1;
            -1
        }
        Some(b'+') => {
            *i += 1;
            1
        }
        _ => 1,
    };
    let mut secs = number(b, i)? * 3600;
    for mult in [60, 1] {
        if b.get(*i) == Some(&b':') {
            *i += 1;
            secs += number(b, i)? * mult;
        }
    }
    Some(sign * secs)
}

fn date(b: &[u8], i: &mut usize) -> Option<(RuleDate, i64)> {
    let d = match b.get(*i)? {
        b'J' => {
            *i += 1;
            RuleDate::Julian(number(b, i)?)
        }
        b'M' => {
            *i += 1;
            let m = number(b, i)?;
            (b.get(*i) == Some(&b'.')).then_some(())?;
            *i += 1;
            let w = number(b, i)?;
            (b.get(*i) == Some(&b'.')).then_some(())?;
            *i += 1;
            let d = number(b, i)?;
            if !(1..=12).contains(&m) || !(1..=5).contains(&w) || d > 6 {
                return None;
            }
            RuleDate::Month(m, w, d)
        }
        _ => RuleDate::Zero(number(b, i)?),
    };
    let t = if b.get(*i) == Some(&b'/') {
        *i += 1;
        offset(b, i)?
    } else {
        7200
    };
    Some((d, t))
}
