//! Token-level mutation of Python programs for the mutation test
//! (`tests/mutation.rs`): a rough tokenizer, a seeded PRNG and the
//! mutation operators. Deterministic: the same seed gives the same mutant.

/// SplitMix64: small, fast, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_F42D_4C95_7F2D)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Kind {
    Name,
    Number,
    Str,
    Op,
    /// A line break with the next line's indentation.
    Newline,
}

#[derive(Clone, Debug)]
pub struct Tok {
    pub kind: Kind,
    pub text: String,
}

const OPS: [&str; 47] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "**", "//", "<<", ">>", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{",
    "}", ",", ":", ".", ";", "=",
];

/// Split `src` into tokens. Comments and blank lines are dropped; a string
/// (with its prefix, triple quotes and escapes) is one token; anything not
/// recognised becomes a one-character operator token.
pub fn tokenize(src: &str) -> Vec<Tok> {
    let b: Vec<char> = src.chars().collect();
    let mut out: Vec<Tok> = Vec::new();
    let mut i = 0;
    let push = |out: &mut Vec<Tok>, kind, text: String| out.push(Tok { kind, text });
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            let mut j = i + 1;
            while j < b.len() && (b[j] == ' ' || b[j] == '\t') {
                j += 1;
            }
            let text: String = b[i..j].iter().collect();
            // Blank lines collapse into the next line break.
            if out.last().map(|t| t.kind == Kind::Newline).unwrap_or(true) {
                if let Some(t) = out.last_mut().filter(|t| t.kind == Kind::Newline) {
                    t.text = text;
                }
            } else {
                push(&mut out, Kind::Newline, text);
            }
            i = j;
        } else if c == '#' {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '\\' && b.get(i + 1) == Some(&'\n') {
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < b.len() && (b[j].is_alphanumeric() || b[j] == '_') {
                j += 1;
            }
            let word: String = b[i..j].iter().collect();
            let is_prefix = word.len() <= 3 && word.chars().all(|c| "rRbBfFuU".contains(c));
            if is_prefix && j < b.len() && (b[j] == '\'' || b[j] == '"') {
                let end = string_end(&b, j);
                push(&mut out, Kind::Str, b[i..end].iter().collect());
                i = end;
            } else {
                push(&mut out, Kind::Name, word);
                i = j;
            }
        } else if c.is_ascii_digit() || (c == '.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == '.' || b[j] == '_' || ((b[j] == '+' || b[j] == '-') && matches!(b[j - 1], 'e' | 'E') && !b[i..j].iter().any(|c| matches!(c, 'x' | 'X')))) {
                j += 1;
            }
            push(&mut out, Kind::Number, b[i..j].iter().collect());
            i = j;
        } else if c == '\'' || c == '"' {
            let end = string_end(&b, i);
            push(&mut out, Kind::Str, b[i..end].iter().collect());
            i = end;
        } else {
            let rest: String = b[i..(i + 3).min(b.len())].iter().collect();
            let op = OPS.iter().find(|o| rest.starts_with(**o)).map(|o| o.to_string()).unwrap_or_else(|| c.to_string());
            i += op.chars().count();
            push(&mut out, Kind::Op, op);
        }
    }
    out
}

/// Index just past the string literal whose quote starts at `q`.
fn string_end(b: &[char], q: usize) -> usize {
    let quote = b[q];
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    let mut i = q + if triple { 3 } else { 1 };
    while i < b.len() {
        if b[i] == '\\' {
            i += 2;
            continue;
        }
        if triple {
            if b[i] == quote && b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        } else if b[i] == quote || b[i] == '\n' {
            return i + 1;
        }
        i += 1;
    }
    b.len()
}

/// Render tokens as source: one space between tokens on a line.
pub fn render(toks: &[Tok]) -> String {
    let mut s = String::new();
    let mut line_start = true;
    for t in toks {
        if t.kind == Kind::Newline {
            s.push_str(&t.text);
            line_start = true;
            continue;
        }
        if !line_start {
            s.push(' ');
        }
        s.push_str(&t.text);
        line_start = false;
    }
    s.push('\n');
    s
}

/// Tokens worth inserting anywhere: keywords, literals of extreme or odd
/// values, operators and brackets, statement starters.
const SPECIAL: &[&str] = &[
    "0", "-1", "1", "10**9", "10**100", "2**63", "-2**63", "1e308", "-0.0", "None", "True", "''", "'x'", "b''", "[]", "{}",
    "()", "...", "(1,)", "[0]*5", "float('nan')", "float('inf')", "lambda: 0", "yield", "yield from", "await", "async", "*",
    "**", "lambda", "not", "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", ";", "del", "global", "nonlocal", "return",
    "break", "continue", "pass", "raise", "with", "class", "def", "for", "in", "is", "if", "else", "elif", "try", "except",
    "except*", "finally", "while", "match", "case", "_", "@", "->", ":=", "self", "super()", "__class__", "type", "object",
    "print", "len", "iter", "next", "range", "str", "int", "list", "dict", "tuple", "set", "frozenset", "bytes", "repr", "hash",
    "getattr", "setattr", "isinstance", "sorted", "reversed", "zip", "map", "filter", "sum", "min", "max", "divmod", "pow",
    "round", "abs", "chr", "ord", "format", "vars", "dir", "id", "f'{x}'", "f'{x!r:>{w}}'", "'%s'", "-", "+", "~", "%",
    "//", "<<", ">>", "and", "or", "if x else", "as", "from", "import", "assert", "\n", "\n    ", "\n        ",
    "__dict__", "__init__", "__getattr__", "__iter__", "__next__", "__eq__", "__hash__", "__del__", "exec", "eval", "compile",
];

/// Atoms that replace a name or literal (mostly keeping the syntax valid).
const ATOMS: &[&str] = &[
    "0", "-1", "1", "2", "10**9", "10**100", "2**63", "-2**63", "2**64", "1e308", "-0.0", "0.5", "None", "True", "False", "''",
    "'x'", "'\\u1234'", "b''", "b'x'", "[]", "{}", "()", "...", "(1,)", "[0]*5", "{1: 2}", "{0}", "float('nan')",
    "float('inf')", "(lambda *a, **k: 0)", "(x for x in [])", "[x for x in 'ab']", "range(10**12)", "range(-5)", "'x'*100",
    "list", "dict", "str", "int", "object", "type", "self", "__class__", "NotImplemented", "Exception", "iter([])", "1j",
    "slice(None)", "frozenset()", "bytearray(3)", "memoryview(b'ab')", "super()", "(yield)", "len", "print", "id", "hash",
    "repr", "setattr", "getattr", "isinstance", "issubclass", "vars", "dir", "globals()", "locals()", "sorted", "reversed",
];
const BINOPS: &[&str] = &["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not", "and", "or"];

/// Programs of the corpus as token lists, plus every distinct token (the
/// pool replacements are drawn from).
pub struct Mutator {
    pub programs: Vec<(String, Vec<Tok>)>,
    pub pool: Vec<Tok>,
}

impl Mutator {
    pub fn new(programs: Vec<(String, String)>) -> Mutator {
        let programs: Vec<(String, Vec<Tok>)> = programs.into_iter().map(|(n, s)| (n, tokenize(&s))).collect();
        let mut seen = std::collections::HashSet::new();
        let mut pool = Vec::new();
        for (_, toks) in &programs {
            for t in toks {
                if t.kind != Kind::Newline && t.text.len() < 40 && seen.insert(t.text.clone()) {
                    pool.push(t.clone());
                }
            }
        }
        Mutator { programs, pool }
    }

    fn special(&self, r: &mut Rng) -> Tok {
        let s = SPECIAL[r.below(SPECIAL.len())];
        let kind = if s.starts_with('\n') { Kind::Newline } else { Kind::Op };
        Tok { kind, text: s.to_string() }
    }

    fn any_token(&self, r: &mut Rng) -> Tok {
        if r.chance(50) {
            self.special(r)
        } else {
            self.pool[r.below(self.pool.len())].clone()
        }
    }

    /// Mutant number `n` of the run seeded with `seed`: (program name, source).
    pub fn mutant(&self, seed: u64, n: u64) -> (String, String) {
        let mut r = Rng::new(seed.wrapping_mul(0x1000_0000_01B3) ^ n.wrapping_mul(0x9E37_79B9));
        let (name, base) = &self.programs[r.below(self.programs.len())];
        let mut t = base.clone();
        let count = 1 + r.below(3);
        for _ in 0..count {
            self.mutate_once(&mut t, &mut r);
        }
        (name.clone(), render(&t))
    }

    fn mutate_once(&self, t: &mut Vec<Tok>, r: &mut Rng) {
        if t.is_empty() {
            t.push(self.any_token(r));
            return;
        }
        let i = r.below(t.len());
        if r.chance(55) {
            // Replace a token by one of its own kind: the syntax mostly stays
            // valid, so the program runs into the compiler's and the
            // interpreter's odd corners instead of a SyntaxError.
            let same: Vec<usize> = (0..t.len()).filter(|&k| t[k].kind != Kind::Newline).collect();
            if same.is_empty() {
                return;
            }
            let k = same[r.below(same.len())];
            let kind = t[k].kind;
            let text = match kind {
                Kind::Op if BINOPS.contains(&t[k].text.as_str()) => BINOPS[r.below(BINOPS.len())].to_string(),
                Kind::Op => return,
                _ if r.chance(50) => ATOMS[r.below(ATOMS.len())].to_string(),
                _ => loop {
                    let c = &self.pool[r.below(self.pool.len())];
                    if c.kind == kind || (kind != Kind::Name && matches!(c.kind, Kind::Number | Kind::Str)) {
                        break c.text.clone();
                    }
                },
            };
            t[k] = Tok { kind, text };
            return;
        }
        match r.below(100) {
            0..=17 => {
                t.remove(i);
            }
            18..=27 => {
                let d = t[i].clone();
                t.insert(i, d);
            }
            28..=37 => {
                let j = r.below(t.len());
                t.swap(i, j);
            }
            38..=62 => t[i] = self.any_token(r),
            63..=87 => {
                let x = self.any_token(r);
                t.insert(i, x);
            }
            88..=94 => {
                // Copy a span of up to 12 tokens elsewhere.
                let len = 1 + r.below(12).min(t.len() - i - 1);
                let span: Vec<Tok> = t[i..i + len].to_vec();
                let at = r.below(t.len() + 1);
                t.splice(at..at, span);
            }
            _ => {
                // Repeat a short span many times: deep nesting, long chains.
                let len = 1 + r.below(3).min(t.len() - i - 1);
                let span: Vec<Tok> = t[i..i + len].to_vec();
                let times = [10, 100, 1000, 5000][r.below(4)];
                let rep: Vec<Tok> = (0..times).flat_map(|_| span.iter().cloned()).collect();
                t.splice(i..i, rep);
            }
        }
    }
}
