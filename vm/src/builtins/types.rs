//! Creating the builtin classes (bootstrap of `type`, `object`, `dict`).

use crate::object::attrs::InstanceObj;
use crate::object::dict::DictObj;
use crate::object::exception::ExceptionObj;
use crate::object::function::FunctionObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::vm::{alloc_raw, Types};
use std::cell::Cell;
use std::mem::offset_of;
use taipan_gc::Heap;

fn raw_type(heap: &mut Heap, meta: Option<Gc<TypeObj>>, dict_t: Option<Gc<TypeObj>>, name: &str, layout: Layout) -> Gc<TypeObj> {
    // During bootstrap `type`/`dict` do not exist yet; a self-reference is
    // patched right after (no collection can run before that).
    let dict = alloc_raw(heap, DictObj::new(placeholder_header(dict_t)));
    let t = alloc_raw(
        heap,
        TypeObj {
            header: placeholder_header(meta),
            name: VCell::new(name.to_string()),
            qualname: VCell::new(name.to_string()),
            layout,
            attrs_offset: Cell::new(0),
            flags: Cell::new(tflags::BASETYPE),
            bases: VCell::new(Vec::new()),
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
    t
}

fn placeholder_header(c: Option<Gc<TypeObj>>) -> ObjHeader {
    match c {
        Some(c) => ObjHeader::new(c),
        None => ObjHeader::new(TypeObj::bootstrap_placeholder()),
    }
}

fn set_base(t: Gc<TypeObj>, base: Option<Gc<TypeObj>>) {
    let mut mro = vec![t];
    if let Some(b) = base {
        t.bases.with_mut(|v| v.push(b));
        b.mro.with(|m| mro.extend(m.iter().copied()));
        b.subclasses.with_mut(|v| v.push(t));
        if t.attrs_offset.get() == 0 {
            t.attrs_offset.set(b.attrs_offset.get());
        }
    }
    t.mro.with_mut(|m| *m = mro);
}

/// Build every builtin class.
pub fn bootstrap(heap: &mut Heap) -> Box<Types> {
    let type_ = raw_type(heap, None, None, "type", Layout::Type);
    let object = raw_type(heap, Some(type_), None, "object", Layout::Object);
    let dict = raw_type(heap, Some(type_), None, "dict", Layout::Dict);
    type_.header.set_class(type_);
    for t in [type_, object, dict] {
        t.dict.header.set_class(dict);
    }
    set_base(object, None);
    set_base(type_, Some(object));
    set_base(dict, Some(object));

    let mut mk = |name: &str, base: Gc<TypeObj>, layout: Layout| {
        let t = raw_type(heap, Some(type_), Some(dict), name, layout);
        set_base(t, Some(base));
        t
    };
    let int = mk("int", object, Layout::Int);
    let bool_ = mk("bool", int, Layout::Int);
    bool_.flags.set(0);
    let float = mk("float", object, Layout::Float);
    let complex = mk("complex", object, Layout::Complex);
    let str_ = mk("str", object, Layout::Str);
    let bytes = mk("bytes", object, Layout::Bytes);
    let bytearray = mk("bytearray", object, Layout::Bytes);
    let list = mk("list", object, Layout::List);
    let tuple = mk("tuple", object, Layout::Tuple);
    let set = mk("set", object, Layout::Set);
    let frozenset = mk("frozenset", object, Layout::Set);
    let none = mk("NoneType", object, Layout::Object);
    let notimpl = mk("NotImplementedType", object, Layout::Object);
    let ellipsis = mk("ellipsis", object, Layout::Object);
    let function = mk("function", object, Layout::Function);
    function.attrs_offset.set(offset_of!(FunctionObj, attrs));
    let builtin_function = mk("builtin_function_or_method", object, Layout::BuiltinFunction);
    let method = mk("method", object, Layout::BoundMethod);
    let code = mk("code", object, Layout::Code);
    let cell = mk("cell", object, Layout::Cell);
    let module = mk("module", object, Layout::Module);
    let range = mk("range", object, Layout::Range);
    let slice = mk("slice", object, Layout::Slice);
    let property = mk("property", object, Layout::Property);
    let classmethod = mk("classmethod", object, Layout::ClassMethod);
    let staticmethod = mk("staticmethod", object, Layout::StaticMethod);
    let super_ = mk("super", object, Layout::Super);
    let generator = mk("generator", object, Layout::Generator);
    let coroutine = mk("coroutine", object, Layout::Coroutine);
    let async_generator = mk("async_generator", object, Layout::Coroutine);
    let coroutine_wrapper = mk("coroutine_wrapper", object, Layout::AwaitOp);
    let async_generator_asend = mk("async_generator_asend", object, Layout::AwaitOp);
    let async_generator_athrow = mk("async_generator_athrow", object, Layout::AwaitOp);
    let anext_awaitable = mk("anext_awaitable", object, Layout::AwaitOp);
    let frame = mk("frame", object, Layout::Frame);
    // Attribute descriptors of builtin types; property-shaped (Layout::Property).
    let getset_descriptor = mk("getset_descriptor", object, Layout::Property);
    let member_descriptor = mk("member_descriptor", object, Layout::Property);
    let traceback = mk("traceback", object, Layout::Traceback);
    let shape = mk("shape", object, Layout::Shape);
    let it = |mk: &mut dyn FnMut(&str, Gc<TypeObj>, Layout) -> Gc<TypeObj>, n: &str| mk(n, object, Layout::Iterator);
    let list_iterator = it(&mut mk, "list_iterator");
    let tuple_iterator = it(&mut mk, "tuple_iterator");
    let str_iterator = it(&mut mk, "str_ascii_iterator");
    let range_iterator = it(&mut mk, "range_iterator");
    let dict_keyiterator = it(&mut mk, "dict_keyiterator");
    let dict_valueiterator = it(&mut mk, "dict_valueiterator");
    let dict_itemiterator = it(&mut mk, "dict_itemiterator");
    let set_iterator = it(&mut mk, "set_iterator");
    let enumerate = it(&mut mk, "enumerate");
    let zip = it(&mut mk, "zip");
    let map = it(&mut mk, "map");
    let filter = it(&mut mk, "filter");
    let reversed = it(&mut mk, "reversed");
    let callable_iterator = it(&mut mk, "callable_iterator");
    let seq_iterator = it(&mut mk, "iterator");
    let dict_keys = mk("dict_keys", object, Layout::DictView);
    let dict_values = mk("dict_values", object, Layout::DictView);
    let dict_items = mk("dict_items", object, Layout::DictView);
    let mappingproxy = mk("mappingproxy", object, Layout::DictView);
    for t in [coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow, anext_awaitable, frame] {
        t.flags.set(0);
    }
    for t in [none, notimpl, ellipsis, function, builtin_function, method, code, cell, range, slice, generator,
              traceback, shape, list_iterator, tuple_iterator, str_iterator, range_iterator, dict_keyiterator,
              dict_valueiterator, dict_itemiterator, set_iterator, callable_iterator, seq_iterator, dict_keys,
              dict_values, dict_items, mappingproxy] {
        t.flags.set(0);
    }
    for t in [list, tuple, range] {
        t.flags.set(t.flags.get() | tflags::SEQUENCE);
    }
    for t in [dict, mappingproxy] {
        t.flags.set(t.flags.get() | tflags::MAPPING);
    }
    for t in [bool_, bytearray, bytes, dict, float, frozenset, int, list, set, str_, tuple] {
        t.flags.set(t.flags.get() | tflags::MATCH_SELF);
    }

    let base_exception = mk("BaseException", object, Layout::Exception);
    base_exception.attrs_offset.set(offset_of!(ExceptionObj, attrs));
    base_exception.flags.set(tflags::BASETYPE | tflags::HAS_ATTRS);
    let exc = |mk: &mut dyn FnMut(&str, Gc<TypeObj>, Layout) -> Gc<TypeObj>, n: &str, b: Gc<TypeObj>| {
        let t = mk(n, b, Layout::Exception);
        t.flags.set(tflags::BASETYPE | tflags::HAS_ATTRS);
        t
    };
    let system_exit = exc(&mut mk, "SystemExit", base_exception);
    let keyboard_interrupt = exc(&mut mk, "KeyboardInterrupt", base_exception);
    let generator_exit = exc(&mut mk, "GeneratorExit", base_exception);
    let exception = exc(&mut mk, "Exception", base_exception);
    let stop_iteration = exc(&mut mk, "StopIteration", exception);
    let stop_async_iteration = exc(&mut mk, "StopAsyncIteration", exception);
    let arithmetic_error = exc(&mut mk, "ArithmeticError", exception);
    let overflow_error = exc(&mut mk, "OverflowError", arithmetic_error);
    let zero_division_error = exc(&mut mk, "ZeroDivisionError", arithmetic_error);
    let assertion_error = exc(&mut mk, "AssertionError", exception);
    let attribute_error = exc(&mut mk, "AttributeError", exception);
    let buffer_error = exc(&mut mk, "BufferError", exception);
    let eof_error = exc(&mut mk, "EOFError", exception);
    let import_error = exc(&mut mk, "ImportError", exception);
    let module_not_found_error = exc(&mut mk, "ModuleNotFoundError", import_error);
    let lookup_error = exc(&mut mk, "LookupError", exception);
    let index_error = exc(&mut mk, "IndexError", lookup_error);
    let key_error = exc(&mut mk, "KeyError", lookup_error);
    let memory_error = exc(&mut mk, "MemoryError", exception);
    let name_error = exc(&mut mk, "NameError", exception);
    let unbound_local_error = exc(&mut mk, "UnboundLocalError", name_error);
    let os_error = exc(&mut mk, "OSError", exception);
    let file_not_found_error = exc(&mut mk, "FileNotFoundError", os_error);
    let runtime_error = exc(&mut mk, "RuntimeError", exception);
    let not_implemented_error = exc(&mut mk, "NotImplementedError", runtime_error);
    let recursion_error = exc(&mut mk, "RecursionError", runtime_error);
    let syntax_error = exc(&mut mk, "SyntaxError", exception);
    let indentation_error = exc(&mut mk, "IndentationError", syntax_error);
    let tab_error = exc(&mut mk, "TabError", indentation_error);
    let type_error = exc(&mut mk, "TypeError", exception);
    let value_error = exc(&mut mk, "ValueError", exception);
    let unicode_error = exc(&mut mk, "UnicodeError", value_error);
    let unicode_decode_error = exc(&mut mk, "UnicodeDecodeError", unicode_error);
    let unicode_encode_error = exc(&mut mk, "UnicodeEncodeError", unicode_error);
    let warning = exc(&mut mk, "Warning", exception);
    let user_warning = exc(&mut mk, "UserWarning", warning);
    let deprecation_warning = exc(&mut mk, "DeprecationWarning", warning);
    let runtime_warning = exc(&mut mk, "RuntimeWarning", warning);
    let reference_error = exc(&mut mk, "ReferenceError", exception);

    // Weak references. Proxies dispatch their operators through the dunder
    // methods in their namespace, like heap types (modules/weakproxy.rs).
    let weakref = mk("ReferenceType", object, Layout::WeakRef);
    let weakproxy = mk("ProxyType", object, Layout::WeakProxy);
    let weakcallableproxy = mk("CallableProxyType", object, Layout::WeakProxy);
    for t in [weakproxy, weakcallableproxy] {
        t.flags.set(tflags::HEAPTYPE);
    }

    // `_io` (behaviour in modules/io/). Every io object has an attribute
    // store right after its header, like a plain instance.
    let io_base = mk("_IOBase", object, Layout::Object);
    let raw_io_base = mk("_RawIOBase", io_base, Layout::Object);
    let buffered_io_base = mk("_BufferedIOBase", io_base, Layout::Object);
    let text_io_base = mk("_TextIOBase", io_base, Layout::Object);
    let file_io = mk("FileIO", raw_io_base, Layout::FileIO);
    let buffered_reader = mk("BufferedReader", buffered_io_base, Layout::Buffered);
    let buffered_writer = mk("BufferedWriter", buffered_io_base, Layout::Buffered);
    let buffered_random = mk("BufferedRandom", buffered_io_base, Layout::Buffered);
    let buffered_rwpair = mk("BufferedRWPair", buffered_io_base, Layout::Buffered);
    let bytes_io = mk("BytesIO", buffered_io_base, Layout::BytesIO);
    let string_io = mk("StringIO", text_io_base, Layout::StringIO);
    let text_io_wrapper = mk("TextIOWrapper", text_io_base, Layout::TextIO);
    use crate::object::io::*;
    for (t, off) in [
        (io_base, instance_attrs_offset()), (raw_io_base, instance_attrs_offset()),
        (buffered_io_base, instance_attrs_offset()), (text_io_base, instance_attrs_offset()),
        (file_io, offset_of!(FileIOObj, attrs)), (buffered_reader, offset_of!(BufferedObj, attrs)),
        (buffered_writer, offset_of!(BufferedObj, attrs)), (buffered_random, offset_of!(BufferedObj, attrs)),
        (buffered_rwpair, offset_of!(BufferedObj, attrs)), (bytes_io, offset_of!(BytesIOObj, attrs)),
        (string_io, offset_of!(StringIOObj, attrs)), (text_io_wrapper, offset_of!(TextIOObj, attrs)),
    ] {
        t.attrs_offset.set(off);
        t.flags.set(tflags::BASETYPE | tflags::HAS_ATTRS);
    }

    Box::new(Types {
        object, type_, int, bool_, float, complex, str_, bytes, bytearray, list, tuple, dict, set, frozenset,
        none, notimpl, ellipsis, function, builtin_function, method, code, cell, module, range, slice,
        property, classmethod, staticmethod, super_, generator, traceback, shape, list_iterator,
        tuple_iterator, str_iterator, range_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
        set_iterator, enumerate, zip, map, filter, reversed, callable_iterator, seq_iterator, dict_keys,
        dict_values, dict_items, mappingproxy, base_exception, exception, type_error, value_error, key_error,
        index_error, lookup_error, attribute_error, name_error, unbound_local_error, zero_division_error,
        arithmetic_error, overflow_error, stop_iteration, runtime_error, recursion_error,
        not_implemented_error, assertion_error, syntax_error, indentation_error, tab_error, system_exit,
        keyboard_interrupt, generator_exit, memory_error, import_error, module_not_found_error, os_error,
        eof_error, unicode_error, unicode_decode_error, unicode_encode_error, stop_async_iteration,
        file_not_found_error, buffer_error, warning, user_warning, deprecation_warning, runtime_warning,
        coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow,
        anext_awaitable, frame, getset_descriptor, member_descriptor,
        weakref, weakproxy, weakcallableproxy, reference_error,
        io_base, raw_io_base, buffered_io_base, text_io_base, file_io, buffered_reader, buffered_writer,
        buffered_random, buffered_rwpair, bytes_io, string_io, text_io_wrapper,
    })
}

/// Offset of the attribute store in plain instances.
pub fn instance_attrs_offset() -> usize {
    offset_of!(InstanceObj, attrs)
}

/// Offset of the attribute store in `WithAttrs<T>`.
pub fn with_attrs_offset<T>() -> usize {
    offset_of!(crate::object::attrs::WithAttrs<T>, attrs)
}
