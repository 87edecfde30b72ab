//! Constructors of the itertools classes, with CPython's argument checks
//! (some classes use Argument Clinic, some `PyArg_ParseTuple`, and their
//! messages differ), plus the reprs of `count` and `repeat`.

use super::{new_tool, snapshot};
use crate::builtins::args::{expect_count, Arity, Sig};
use crate::builtins::bytes_args::ssize_arg;
use crate::builtins::split_args;
use crate::modules::{add_classmethod, cls_arg};
use crate::object::seq::TupleObj;
use crate::object::tools::{Combi, CombiKind, Tool};
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let mt = &vm.mt;
    let (count, repeat, chain) = (mt.count, mt.repeat, mt.chain);
    let news: [(Gc<TypeObj>, crate::object::function::NativeFn); 18] = [
        (mt.count, count_new),
        (mt.cycle, cycle_new),
        (mt.repeat, repeat_new),
        (mt.accumulate, accumulate_new),
        (mt.chain, chain_new),
        (mt.compress, compress_new),
        (mt.dropwhile, |vm, a, k| pred_new(vm, a, k, vm.mt.dropwhile, "dropwhile")),
        (mt.takewhile, |vm, a, k| pred_new(vm, a, k, vm.mt.takewhile, "takewhile")),
        (mt.filterfalse, |vm, a, k| pred_new(vm, a, k, vm.mt.filterfalse, "filterfalse")),
        (mt.starmap, |vm, a, k| pred_new(vm, a, k, vm.mt.starmap, "starmap")),
        (mt.groupby, groupby_new),
        (mt.islice, islice_new),
        (mt.pairwise, pairwise_new),
        (mt.zip_longest, zip_longest_new),
        (mt.product, product_new),
        (mt.combinations, |vm, a, k| combinations_new(vm, a, k, CombiKind::Combinations)),
        (mt.cwr, |vm, a, k| combinations_new(vm, a, k, CombiKind::WithReplacement)),
        (mt.permutations, permutations_new),
    ];
    for (ty, f) in news {
        vm.add_method(ty, "__new__", f);
    }
    vm.add_method_a(count, "__repr__", Arity::NoArgs, count_repr);
    vm.add_method_a(repeat, "__repr__", Arity::NoArgs, repeat_repr);
    vm.add_method_a(repeat, "__length_hint__", Arity::NoArgs, |vm, a, _| match snapshot(a[0]) {
        Some(Tool::Repeat { left: Some(n), .. }) => Ok(vm.new_int(n as i64)),
        _ => Err(vm.type_error("len() of unsized object")),
    });
    add_classmethod(vm, chain, "from_iterable", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        if !k.is_empty() {
            return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
        }
        if pos.len() != 2 {
            let n = pos.len().saturating_sub(1);
            return Err(vm.type_error(&format!("chain.from_iterable() takes exactly one argument ({n} given)")));
        }
        let cls = cls_arg(vm, pos)?;
        let source = vm.get_iter(pos[1])?;
        Ok(new_tool(vm, cls, Tool::Chain { source, active: Value::NULL }))
    });
    crate::modules::add_class_getitem(vm, chain);
}

/// CPython's `_PyArg_NoKeywords` for the class itself (subclasses may take keywords).
fn no_kw(vm: &mut Vm, cls: Gc<TypeObj>, owner: Gc<TypeObj>, k: &[Value], name: &str) -> PyResult<()> {
    if cls == owner && !k.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `PyNumber_Check`: ints, floats, complex numbers and objects with
/// `__index__`, `__int__`, `__float__` or `__complex__`.
fn is_number(vm: &mut Vm, v: Value) -> bool {
    if vm.as_num(v).is_some() || v.layout() == Some(crate::object::Layout::Complex) {
        return true;
    }
    let t = vm.type_of(v);
    ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| {
        let k = vm.intern(n);
        t.lookup(k).is_some()
    })
}

fn count_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "count", params: &["start", "step"], posonly: 0, required: 0, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [start, step] = SIG.parse(vm, &pos[1..], k, kw)?;
    if start.is_some_and(|v| !is_number(vm, v)) || step.is_some_and(|v| !is_number(vm, v)) {
        return Err(vm.type_error("a number is required"));
    }
    let step = step.unwrap_or(Value::from_small_int(1));
    let mut cur = start.unwrap_or(Value::from_small_int(0));
    // CPython's fast mode counts in a C integer when the step is 1: a
    // `True` start then counts as 1.
    if vm.is_int_like(step) && vm.as_i64(step) == Some(1) && vm.is_int_like(cur) {
        if let Some(i) = vm.as_i64(cur) {
            cur = vm.new_int(i);
        }
    }
    Ok(new_tool(vm, cls, Tool::Count { cur, step }))
}

fn count_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(Tool::Count { cur, step }) = snapshot(a[0]) else { return Err(vm.type_error("count expected")) };
    let name = short_name(vm, a[0]);
    let c = vm.repr_string(cur)?;
    if vm.is_int_like(step) && vm.as_i64(step) == Some(1) {
        return Ok(vm.new_string(format!("{name}({c})")));
    }
    let s = vm.repr_string(step)?;
    Ok(vm.new_string(format!("{name}({c}, {s})")))
}

/// `_PyType_Name`: the class name after the last dot.
fn short_name(vm: &Vm, v: Value) -> String {
    let n = vm.type_name(v);
    n.rsplit('.').next().unwrap_or(&n).to_string()
}

fn cycle_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    no_kw(vm, cls, vm.mt.cycle, k, "cycle")?;
    expect_count(vm, "cycle", pos.len() - 1, 1, 1)?;
    let it = vm.get_iter(pos[1])?;
    let saved = vm.new_list(vec![]);
    Ok(new_tool(vm, cls, Tool::Cycle { it, saved, idx: 0 }))
}

fn repeat_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "repeat", params: &["object", "times"], posonly: 0, required: 1, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [obj, times] = SIG.parse(vm, &pos[1..], k, kw)?;
    let left = match times {
        Some(t) => Some(ssize_arg(vm, t)?.max(0) as usize),
        None => None,
    };
    Ok(new_tool(vm, cls, Tool::Repeat { obj: obj.unwrap_or(Value::NONE), left }))
}

fn repeat_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(Tool::Repeat { obj, left }) = snapshot(a[0]) else { return Err(vm.type_error("repeat expected")) };
    let name = short_name(vm, a[0]);
    let o = vm.repr_string(obj)?;
    Ok(vm.new_string(match left {
        Some(n) => format!("{name}({o}, {n})"),
        None => format!("{name}({o})"),
    }))
}

fn accumulate_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "accumulate", params: &["iterable", "func"], posonly: 0, required: 1, kwonly: &["initial"] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [iterable, func, initial] = SIG.parse(vm, &pos[1..], k, kw)?;
    let it = vm.get_iter(iterable.unwrap_or(Value::NONE))?;
    let func = func.filter(|f| !f.is_none()).unwrap_or(Value::NULL);
    let initial = initial.filter(|f| !f.is_none()).unwrap_or(Value::NULL);
    Ok(new_tool(vm, cls, Tool::Accumulate { it, func, total: Value::NULL, initial }))
}

fn chain_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    no_kw(vm, cls, vm.mt.chain, k, "chain")?;
    let args = vm.new_tuple(pos[1..].to_vec());
    let source = vm.get_iter(args)?;
    Ok(new_tool(vm, cls, Tool::Chain { source, active: Value::NULL }))
}

fn compress_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "compress", params: &["data", "selectors"], posonly: 0, required: 2, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [data, sel] = SIG.parse(vm, &pos[1..], k, kw)?;
    let data = vm.get_iter(data.unwrap_or(Value::NONE))?;
    let selectors = vm.get_iter(sel.unwrap_or(Value::NONE))?;
    Ok(new_tool(vm, cls, Tool::Compress { data, selectors }))
}

/// dropwhile / takewhile / filterfalse / starmap: `(function, iterable, /)`.
fn pred_new(vm: &mut Vm, a: &[Value], k: &[Value], owner: Gc<TypeObj>, name: &str) -> PyResult {
    let (pos, _) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    no_kw(vm, cls, owner, k, name)?;
    expect_count(vm, name, pos.len() - 1, 2, 2)?;
    let (pred, it) = (pos[1], vm.get_iter(pos[2])?);
    let tool = match name {
        "dropwhile" => Tool::DropWhile { pred, it, dropped: false },
        "takewhile" => Tool::TakeWhile { pred, it, stopped: false },
        "filterfalse" => Tool::FilterFalse { pred, it },
        _ => Tool::StarMap { func: pred, it },
    };
    Ok(new_tool(vm, cls, tool))
}

fn groupby_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "groupby", params: &["iterable", "key"], posonly: 0, required: 1, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [iterable, key] = SIG.parse(vm, &pos[1..], k, kw)?;
    let it = vm.get_iter(iterable.unwrap_or(Value::NONE))?;
    let n = Value::NULL;
    let keyfunc = key.unwrap_or(Value::NONE);
    Ok(new_tool(vm, cls, Tool::GroupBy { it, keyfunc, tgtkey: n, currkey: n, currvalue: n, grouper: n }))
}

/// An islice index: None, or an int in `0..=sys.maxsize` (else -1, which
/// the caller reports, as CPython's cleared `PyNumber_AsSsize_t` error).
fn islice_index(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match crate::builtins::bytes_args::index_i64(vm, v) {
        Ok(Ok(i)) => Ok(Some(i)),
        _ => Ok(Some(-1)),
    }
}

fn islice_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    no_kw(vm, cls, vm.mt.islice, k, "islice")?;
    let args = &pos[1..];
    expect_count(vm, "islice", args.len(), 2, 4)?;
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let mut start = 0i64;
    let stop;
    if args.len() == 2 {
        stop = islice_index(vm, args[1])?;
        if stop == Some(-1) {
            return Err(vm.value_error(stop_msg));
        }
    } else {
        start = islice_index(vm, args[1])?.unwrap_or(0);
        stop = islice_index(vm, args[2])?;
        if stop == Some(-1) {
            return Err(vm.value_error(stop_msg));
        }
    }
    if start < 0 || stop.is_some_and(|s| s < -1) {
        return Err(vm.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    let step = match args.get(3) {
        Some(v) => islice_index(vm, *v)?.unwrap_or(1),
        None => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(args[0])?;
    let tool = Tool::ISlice { it, next: start as usize, stop: stop.map(|s| s as usize), step: step as usize, cnt: 0 };
    Ok(new_tool(vm, cls, tool))
}

fn pairwise_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    no_kw(vm, cls, vm.mt.pairwise, k, "pairwise")?;
    expect_count(vm, "pairwise", pos.len() - 1, 1, 1)?;
    let it = vm.get_iter(pos[1])?;
    Ok(new_tool(vm, cls, Tool::Pairwise { it, old: Value::NULL }))
}

fn zip_longest_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let mut fill = Value::NONE;
    if !k.is_empty() {
        if k.len() != 1 || Vm::str_of(k[0]) != Some("fillvalue") {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = kw[0];
    }
    let mut its = Vec::with_capacity(pos.len() - 1);
    for x in &pos[1..] {
        its.push(vm.get_iter(*x)?);
    }
    let active = its.len();
    let its = vm.new_list(its);
    Ok(new_tool(vm, cls, Tool::ZipLongest { its, active, fill }))
}

/// `tuple(iterable)` as a vector.
fn pool(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(t) = v.downcast::<TupleObj>() {
        return Ok(t.items.to_vec());
    }
    vm.collect_iter(v)
}

fn combi(vm: &mut Vm, cls: Gc<TypeObj>, kind: CombiKind, pools: Vec<Vec<Value>>, r: usize) -> Value {
    let c = Combi { kind, pools, r, indices: Vec::new(), cycles: Vec::new(), started: false, stopped: false };
    new_tool(vm, cls, Tool::Combinatoric(Box::new(c)))
}

fn product_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "product", params: &[], posonly: 0, required: 0, kwonly: &["repeat"] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [repeat] = SIG.parse(vm, &[], k, kw)?;
    let repeat = match repeat {
        Some(r) => ssize_arg(vm, r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let nargs = pos.len() - 1;
    if repeat > 0 && nargs > (isize::MAX as usize / 8) / repeat as usize {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let mut pools = Vec::with_capacity(nargs);
    for x in &pos[1..] {
        // Parked: `tuple()` of a later argument may run Python code.
        let items = pool(vm, *x)?;
        vm.extra_roots.extend_from_slice(&items);
        pools.push(items);
    }
    let mut all = Vec::with_capacity(nargs * repeat as usize);
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    let r = all.len();
    Ok(combi(vm, cls, CombiKind::Product, all, r))
}

fn combinations_new(vm: &mut Vm, a: &[Value], k: &[Value], kind: CombiKind) -> PyResult {
    static C: Sig = Sig { name: "combinations", params: &["iterable", "r"], posonly: 0, required: 2, kwonly: &[] };
    static W: Sig = Sig { name: "combinations_with_replacement", params: &["iterable", "r"], posonly: 0, required: 2, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let sig = if kind == CombiKind::Combinations { &C } else { &W };
    let [iterable, r] = sig.parse(vm, &pos[1..], k, kw)?;
    let r = ssize_arg(vm, r.unwrap_or(Value::NONE))?;
    let items = pool(vm, iterable.unwrap_or(Value::NONE))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(combi(vm, cls, kind, vec![items], r as usize))
}

fn permutations_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "permutations", params: &["iterable", "r"], posonly: 0, required: 1, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let [iterable, r] = SIG.parse(vm, &pos[1..], k, kw)?;
    let items = pool(vm, iterable.unwrap_or(Value::NONE))?;
    let r = match r.filter(|r| !r.is_none()) {
        None => items.len() as i64,
        Some(r) if vm.is_int_like(r) => ssize_arg(vm, r)?,
        Some(_) => return Err(vm.type_error("Expected int as r")),
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(combi(vm, cls, CombiKind::Permutations, vec![items], r as usize))
}
