# _ast: the AST node classes of Python 3.11's abstract grammar, built from
# the table below ("base: Node(type name, ...) | ..."; `?` optional,
# `*` sequence). Optional fields and attributes default to None as class
# attributes, as in CPython. `compile(..., PyCF_ONLY_AST)` (and so
# `ast.parse`) is not implemented yet.

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt @ = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
expr @ = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)
    | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension : comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler @ = ExceptHandler(expr? type, identifier? name, stmt* body)
arguments : arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg @ : arg(identifier arg, expr? annotation, string? type_comment)
keyword @ : keyword(identifier? arg, expr value)
alias @ : alias(identifier name, identifier? asname)
withitem : withitem(expr context_expr, expr? optional_vars)
match_case : match_case(pattern pattern, expr? guard, stmt* body)
pattern @ = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
type_ignore = TypeIgnore(int lineno, string tag)
"""


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), getattr(self, "__dict__", None)


AST.__module__ = "ast"
_ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _fields_of(sig):
    fields, optional = [], []
    for part in sig.split(","):
        part = part.strip()
        if not part:
            continue
        typ, name = part.split()
        fields.append(name)
        if typ.endswith("?"):
            optional.append(name)
    return tuple(fields), optional


def _make(name, base, fields, optional, attrs):
    ns = {"_fields": fields, "__match_args__": fields, "__module__": "ast"}
    if attrs is not None:
        ns["_attributes"] = attrs
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build():
    text = _GRAMMAR.replace("\n    |", " |")
    for line in text.strip().splitlines():
        if " : " in line:
            head, body = line.split(" : ", 1)
            product = True
        else:
            head, body = line.split(" = ", 1)
            product = False
        head = head.split()
        name, has_attrs = head[0], "@" in head
        attrs = _ATTRS if has_attrs else ()
        if product:
            cname, sig = body.strip().split("(", 1)
            fields, optional = _fields_of(sig.rstrip(")"))
            if has_attrs:
                optional = optional + ["end_lineno", "end_col_offset"]
            _make(cname, AST, fields, optional, attrs)
            continue
        base = _make(name, AST, (), ["end_lineno", "end_col_offset"] if has_attrs else [], attrs)
        for alt in body.split("|"):
            alt = alt.strip()
            if "(" in alt:
                cname, sig = alt.split("(", 1)
                fields, optional = _fields_of(sig.rstrip(")"))
            else:
                cname, fields, optional = alt, (), []
            _make(cname.strip(), base, fields, optional, None)


_build()
del _build, _make, _fields_of, _GRAMMAR
