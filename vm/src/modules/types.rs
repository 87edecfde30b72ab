//! The classes that native modules define, created with the interpreter
//! (so Rust code can name them, `vm.mt.chain`) and given their methods when
//! their module is first imported.
//!
//! Each class is named by CPython's `tp_name` ("itertools.chain"):
//! messages use the full name, `__name__` the last part, and the module
//! sets `__module__`.

use crate::object::dict::DictObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::vm::{alloc_raw, Types};
use std::cell::Cell;
use taipan_gc::{Heap, Tracer};

macro_rules! declare_mod_types {
    ($($field:ident: $name:literal, $layout:ident, $base:ident, $subclassable:literal;)*) => {
        /// Classes of the native modules.
        pub struct ModTypes { $(pub $field: Gc<TypeObj>,)* }
        impl ModTypes {
            pub fn trace(&self, t: &mut Tracer) { $(self.$field.trace(t);)* }
            /// Create every class (methods come with the module).
            pub fn bootstrap(heap: &mut Heap, t: &Types) -> Box<ModTypes> {
                Box::new(ModTypes { $($field: new_type(heap, t, $name, Layout::$layout, t.$base, $subclassable),)* })
            }
        }
    };
}

declare_mod_types! {
    // itertools
    count: "itertools.count", Iterator, object, true;
    cycle: "itertools.cycle", Iterator, object, true;
    repeat: "itertools.repeat", Iterator, object, true;
    accumulate: "itertools.accumulate", Iterator, object, true;
    chain: "itertools.chain", Iterator, object, true;
    compress: "itertools.compress", Iterator, object, true;
    dropwhile: "itertools.dropwhile", Iterator, object, true;
    takewhile: "itertools.takewhile", Iterator, object, true;
    filterfalse: "itertools.filterfalse", Iterator, object, true;
    starmap: "itertools.starmap", Iterator, object, true;
    groupby: "itertools.groupby", Iterator, object, true;
    grouper: "itertools._grouper", Iterator, object, false;
    islice: "itertools.islice", Iterator, object, true;
    pairwise: "itertools.pairwise", Iterator, object, true;
    tee: "itertools._tee", Iterator, object, false;
    tee_data: "itertools._tee_dataobject", Iterator, object, false;
    zip_longest: "itertools.zip_longest", Iterator, object, true;
    product: "itertools.product", Iterator, object, true;
    combinations: "itertools.combinations", Iterator, object, true;
    cwr: "itertools.combinations_with_replacement", Iterator, object, true;
    permutations: "itertools.permutations", Iterator, object, true;
    // _collections
    deque: "collections.deque", Deque, object, true;
    deque_iter: "_collections._deque_iterator", Iterator, object, false;
    deque_rev_iter: "_collections._deque_reverse_iterator", Iterator, object, false;
    defaultdict: "collections.defaultdict", Dict, dict, true;
    tuplegetter: "_collections._tuplegetter", Native, object, false;
    // _functools
    partial: "functools.partial", Native, object, true;
    key_wrapper: "functools.KeyWrapper", Native, object, false;
    // _operator
    itemgetter: "operator.itemgetter", Native, object, false;
    attrgetter: "operator.attrgetter", Native, object, false;
    methodcaller: "operator.methodcaller", Native, object, false;
    // _random
    random: "_random.Random", Native, object, true;
    // array
    array: "array.array", Native, object, true;
    array_iter: "array.arrayiterator", Native, object, false;
}

fn new_type(heap: &mut Heap, t: &Types, name: &str, layout: Layout, base: Gc<TypeObj>, subclassable: bool) -> Gc<TypeObj> {
    let dict = alloc_raw(heap, DictObj::new(ObjHeader::new(t.dict)));
    let short = name.rsplit('.').next().unwrap_or(name);
    // Pattern-matching flags are inherited (`defaultdict` is a mapping).
    let flags = tflags::EXTENSION | if subclassable { tflags::BASETYPE } else { 0 } | (base.flags.get() & tflags::MATCH_FLAGS);
    let ty = alloc_raw(
        heap,
        TypeObj {
            header: ObjHeader::new(t.type_),
            name: VCell::new(name.to_string()),
            qualname: VCell::new(short.to_string()),
            layout,
            attrs_offset: Cell::new(0),
            flags: Cell::new(flags),
            bases: VCell::new(vec![base]),
            mro: VCell::new(Vec::new()),
            dict,
            version: Cell::new(crate::object::typeobj::next_type_version()),
            subclasses: VCell::new(Vec::new()),
            slot_names: VCell::new(None),
            attr_cache: VCell::new(Default::default()),
            shadow_masks: Cell::new((0, 0, 0)),
            static_module: Cell::new(None),
        },
    );
    let mut mro = vec![ty];
    base.mro.with(|m| mro.extend(m.iter().copied()));
    ty.mro.with_mut(|m| *m = mro);
    base.subclasses.with_mut(|s| s.push(ty));
    ty
}
