//! `str % args`: the interpreter side of `text::percent_format` (argument
//! fetching and conversion; parsing and padding live in `text::percent`).

use crate::object::seq::TupleObj;
use crate::object::Layout;
use crate::text::percent::{conversion_type_error, ArgRef, PercentArgs, PercentValue};
use crate::text::wtf8::Standins;
use crate::text::TextError;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

enum PctErr {
    Py(PyErr),
    Text(TextError),
}

impl From<TextError> for PctErr {
    fn from(e: TextError) -> Self {
        PctErr::Text(e)
    }
}

impl From<PyErr> for PctErr {
    fn from(e: PyErr) -> Self {
        PctErr::Py(e)
    }
}

struct Args<'a> {
    vm: &'a mut Vm,
    whole: Value,
    items: Option<Vec<Value>>,
    mapping: bool,
    /// `bytes % args` (see `PercentArgs::bytes_mode`).
    bytes: bool,
    /// Stand-ins for lone surrogates when the format or an argument holds
    /// some (`text::wtf8::Standins`): inserted text is hidden with them and
    /// the result revealed.
    sw: Option<Standins>,
}

/// Bytes as the Latin-1 text `percent_format` works on in bytes mode.
fn latin1(d: &[u8]) -> String {
    d.iter().map(|&b| b as char).collect()
}

impl Args<'_> {
    /// Inserted str text as `percent_format` takes it; text that cannot be
    /// hidden exactly raises instead of changing.
    fn text(&mut self, r: Value) -> Result<String, PctErr> {
        let b = Vm::wtf8_of(r).unwrap_or_default();
        let plain = Vm::str_of(r);
        match (self.sw, plain) {
            (None, Some(s)) => Ok(s.to_string()),
            (Some(sw), _) if !sw.collides(b) => Ok(sw.hide(b)),
            _ => Err(super::str_surrogates::not_supported(self.vm, "'%' formatting of this text").into()),
        }
    }
    fn fetch(&mut self, arg: &ArgRef<'_>) -> Result<Value, PctErr> {
        Ok(match arg {
            ArgRef::Item(i) => self.items.as_ref().and_then(|v| v.get(*i).copied()).unwrap_or(Value::NONE),
            ArgRef::Whole => self.whole,
            ArgRef::Key(k) => {
                let key = if self.bytes {
                    let d: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                    self.vm.new_bytes_of(d, false)
                } else {
                    self.vm.new_str(k)
                };
                self.vm.getitem(self.whole, key)?
            }
        })
    }
}

impl PercentArgs for Args<'_> {
    type Error = PctErr;

    fn reserve(&mut self, chars: usize) -> Result<(), PctErr> {
        self.vm.check_alloc(chars).map_err(PctErr::Py)
    }

    fn tuple_len(&self) -> Option<usize> {
        self.items.as_ref().map(|v| v.len())
    }

    fn is_mapping(&self) -> bool {
        self.mapping
    }

    fn convert(&mut self, arg: &ArgRef<'_>, conv: char) -> Result<PercentValue, PctErr> {
        let v = self.fetch(arg)?;
        if self.bytes {
            if let Some(r) = self.convert_bytes(v, conv)? {
                return Ok(r);
            }
        }
        let vm = &mut *self.vm;
        match conv {
            's' => {
                let r = vm.to_str(v)?;
                Ok(PercentValue::Str(self.text(r)?))
            }
            'r' => {
                let r = vm.repr(v)?;
                Ok(PercentValue::Str(self.text(r)?))
            }
            'a' => {
                let r = vm.repr_string(v)?;
                Ok(PercentValue::Str(super::format::ascii_escape(&r)))
            }
            'c' if Vm::wtf8_of(v).is_some() => Ok(PercentValue::Str(self.text(v)?)),
            _ => {
                if let Some(f) = v.as_f64() {
                    if matches!(conv, 'o' | 'x' | 'X' | 'c') {
                        let n = vm.type_name(v);
                        return Err(conversion_type_error(conv, &n).into());
                    }
                    return Ok(PercentValue::Float(f));
                }
                if let Some(b) = vm.as_bigint(v) {
                    return Ok(if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                        PercentValue::Float(vm.big_to_f64(&b)?)
                    } else {
                        if matches!(conv, 'd' | 'i' | 'u') {
                            vm.check_int_str_digits(&b)?;
                        }
                        PercentValue::Int(b)
                    });
                }
                let hook = match conv {
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => "__float__",
                    'o' | 'x' | 'X' | 'c' => "__index__",
                    _ => "__int__",
                };
                let t = vm.type_of(v);
                let hook = vm.intern(hook);
                if let Some(f) = vm.lookup_special(t, hook) {
                    let r = vm.call(f, &[v], &[])?;
                    if let Some(x) = r.as_f64() {
                        return Ok(PercentValue::Float(x));
                    }
                    if let Some(b) = vm.as_bigint(r) {
                        return Ok(PercentValue::Int(b));
                    }
                }
                let n = t.name();
                Err(conversion_type_error(conv, &n).into())
            }
        }
    }

    fn bytes_mode(&self) -> bool {
        self.bytes
    }

    fn star(&mut self, arg: &ArgRef<'_>) -> Result<i64, PctErr> {
        let v = self.fetch(arg)?;
        if v.as_f64().is_some() || self.vm.as_bigint(v).is_none() {
            return Err(TextError::type_err("* wants int".to_string()).into());
        }
        match self.vm.as_i64(v) {
            Some(i) => Ok(i),
            None => Err(TextError::overflow("Python int too large to convert to C ssize_t".to_string()).into()),
        }
    }
}

impl Args<'_> {
    /// The conversions that differ for `bytes % args`; `None` for numbers.
    fn convert_bytes(&mut self, v: Value, conv: char) -> Result<Option<PercentValue>, PctErr> {
        let vm = &mut *self.vm;
        Ok(Some(match conv {
            's' | 'b' => {
                if let Some(d) = super::bytes_args::bytes_like(v) {
                    return Ok(Some(PercentValue::Str(latin1(&d))));
                }
                let t = vm.type_of(v);
                let name = vm.intern("__bytes__");
                if let Some(f) = vm.lookup_special(t, name) {
                    let r = vm.call(f, &[v], &[])?;
                    if let (Some(d), true) = (super::bytes_args::bytes_like(r), vm.is_instance(r, vm.t.bytes)) {
                        return Ok(Some(PercentValue::Str(latin1(&d))));
                    }
                    let n = vm.type_name(r);
                    return Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {n})")).into());
                }
                let n = t.name();
                return Err(vm.type_error(&format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{n}'")).into());
            }
            'r' | 'a' => {
                let r = vm.repr_string(v)?;
                PercentValue::Str(super::format::ascii_escape(&r))
            }
            'c' => match super::bytes_args::bytes_like(v) {
                Some(d) if d.len() == 1 => PercentValue::Str(latin1(&d)),
                _ if v.as_f64().is_none() && vm.as_bigint(v).is_some() => PercentValue::Int(vm.as_bigint(v).unwrap_or_default()),
                _ => return Err(TextError::type_err("%c requires an integer in range(256) or a single byte").into()),
            },
            _ => return Ok(None),
        }))
    }
}

impl Vm {
    /// `fmt % args` for a bytes or bytearray `fmt`.
    pub fn bytes_percent(&mut self, fmt: Value, args: Value) -> PyResult {
        let text = super::bytes_args::with_data(fmt, latin1);
        let items = args.downcast::<TupleObj>().map(|t| t.items.to_vec());
        let t = self.type_of(args);
        let mapping = items.is_none() && !matches!(t.layout, Layout::Str | Layout::Bytes) && (t.layout == Layout::Dict || t.lookup(self.n.__getitem__).is_some());
        let mut a = Args { vm: self, whole: args, items, mapping, bytes: true, sw: None };
        match crate::text::percent_format(&text, &mut a) {
            Ok(s) => {
                let d: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
                Ok(super::bytes_args::new_like(self, fmt, d))
            }
            Err(PctErr::Py(e)) => Err(e),
            Err(PctErr::Text(e)) => Err(super::format::text_err(self, e)),
        }
    }

    /// `fmt % args` for a str `fmt`.
    pub fn str_percent(&mut self, fmt: Value, args: Value) -> PyResult {
        let items = args.downcast::<TupleObj>().map(|t| t.items.to_vec());
        let fmt_text = Vm::wtf8_of(fmt).unwrap_or_default();
        let involved = items.as_deref().unwrap_or(std::slice::from_ref(&args));
        let sw = if Vm::str_of(fmt).is_none() || involved.iter().any(|v| super::str_surrogates::is_surrogate_str(*v)) {
            let texts = std::iter::once(fmt_text).chain(involved.iter().filter_map(|v| Vm::wtf8_of(*v)));
            match Standins::choose(texts) {
                Some(sw) => Some(sw),
                None => return Err(super::str_surrogates::not_supported(self, "'%' formatting of this text")),
            }
        } else {
            None
        };
        let text: std::borrow::Cow<str> = match (Vm::str_of(fmt), sw) {
            (Some(s), _) => s.into(),
            (None, Some(sw)) => sw.hide(fmt_text).into(),
            (None, None) => "".into(),
        };
        let t = self.type_of(args);
        let mapping = items.is_none() && t.layout != Layout::Str && (t.layout == Layout::Dict || t.lookup(self.n.__getitem__).is_some());
        let mut a = Args { vm: self, whole: args, items, mapping, bytes: false, sw };
        match crate::text::percent_format(&text, &mut a) {
            Ok(s) => match sw {
                Some(sw) => Ok(self.new_wtf8(sw.reveal(&s))),
                None => Ok(self.new_string(s)),
            },
            Err(PctErr::Py(e)) => Err(e),
            Err(PctErr::Text(e)) => Err(super::format::text_err(self, e)),
        }
    }
}
