//! `str % args`: the interpreter side of `text::percent_format` (argument
//! fetching and conversion; parsing and padding live in `text::percent`).

use crate::object::seq::TupleObj;
use crate::object::Layout;
use crate::text::percent::{conversion_type_error, ArgRef, PercentArgs, PercentValue};
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
}

impl Args<'_> {
    fn fetch(&mut self, arg: &ArgRef<'_>) -> Result<Value, PctErr> {
        Ok(match arg {
            ArgRef::Item(i) => self.items.as_ref().and_then(|v| v.get(*i).copied()).unwrap_or(Value::NONE),
            ArgRef::Whole => self.whole,
            ArgRef::Key(k) => {
                let key = self.vm.new_str(k);
                self.vm.getitem(self.whole, key)?
            }
        })
    }
}

impl PercentArgs for Args<'_> {
    type Error = PctErr;

    fn tuple_len(&self) -> Option<usize> {
        self.items.as_ref().map(|v| v.len())
    }

    fn is_mapping(&self) -> bool {
        self.mapping
    }

    fn convert(&mut self, arg: &ArgRef<'_>, conv: char) -> Result<PercentValue, PctErr> {
        let v = self.fetch(arg)?;
        let vm = &mut *self.vm;
        match conv {
            's' => Ok(PercentValue::Str(vm.to_string(v)?)),
            'r' => Ok(PercentValue::Str(vm.repr_string(v)?)),
            'a' => {
                let r = vm.repr_string(v)?;
                Ok(PercentValue::Str(super::format::ascii_escape(&r)))
            }
            'c' if Vm::str_of(v).is_some() => Ok(PercentValue::Str(Vm::str_of(v).unwrap_or("").to_string())),
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

impl Vm {
    /// `fmt % args` for a str `fmt`.
    pub fn str_percent(&mut self, fmt: Value, args: Value) -> PyResult {
        let text = Vm::str_of(fmt).unwrap_or("");
        let items = args.downcast::<TupleObj>().map(|t| t.items.to_vec());
        let t = self.type_of(args);
        let mapping = items.is_none() && t.layout != Layout::Str && (t.layout == Layout::Dict || t.lookup(self.n.__getitem__).is_some());
        let mut a = Args { vm: self, whole: args, items, mapping };
        match crate::text::percent_format(text, &mut a) {
            Ok(s) => Ok(self.new_string(s)),
            Err(PctErr::Py(e)) => Err(e),
            Err(PctErr::Text(e)) => Err(super::format::text_err(self, e)),
        }
    }
}
