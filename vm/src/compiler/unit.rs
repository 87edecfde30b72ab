//! Per-code-object builder: emits code units with inline caches, resolves
//! labels, records exception-handler regions, and finally computes the
//! exception table and the maximum stack depth by flow analysis.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::code::{CompiledCode, Const, ExceptionEntry, Location};
use crate::bytecode::opcodes::{encode, Op, MAX_ARG};

/// A forward/backward jump target inside one code unit.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

/// One exception-handler region (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH).
#[derive(Clone, Debug)]
pub struct Handler {
    pub target: Label,
    /// Code-unit index where the region was opened; the handler's stack depth
    /// is the stack depth before the instruction at this index, plus `adjust`.
    pub setup_pos: usize,
    pub adjust: i32,
    pub lasti: bool,
}

/// Key for constant de-duplication (floats by bit pattern, code never shared).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    Big(String),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Wtf8(Rc<[u8]>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::Big(b.to_string()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Wtf8(b) => ConstKey::Wtf8(b.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Const::Code(_) => return None,
    })
}

/// The code being built for one scope.
pub struct CodeBuilder {
    pub code: Vec<u32>,
    pub locations: Vec<Location>,
    /// Start index of each instruction (cache units excluded).
    pub instr_starts: Vec<usize>,
    /// Handler id covering each instruction (parallel to `instr_starts`).
    instr_handler: Vec<Option<usize>>,
    pub consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    pub names: Vec<Rc<str>>,
    name_map: HashMap<Rc<str>, u32>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, Label)>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<usize>,
    pub cur_loc: Location,
    /// Set when an argument did not fit in 24 bits.
    pub overflow: bool,
    /// Position where a label was last bound (to know whether code end is a target).
    last_label_pos: Option<usize>,
}

impl CodeBuilder {
    pub fn new() -> Self {
        CodeBuilder {
            code: Vec::new(),
            locations: Vec::new(),
            instr_starts: Vec::new(),
            instr_handler: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            cur_loc: Location::default(),
            overflow: false,
            last_label_pos: None,
        }
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let arg = if arg > MAX_ARG {
            self.overflow = true;
            0
        } else {
            arg
        };
        self.instr_starts.push(self.code.len());
        self.instr_handler.push(self.handler_stack.last().copied());
        self.code.push(encode(op, arg));
        self.locations.push(self.cur_loc);
        for _ in 0..op.cache_units() {
            self.code.push(0);
            self.locations.push(self.cur_loc);
        }
    }

    pub fn emit_usize(&mut self, op: Op, arg: usize) {
        let a = if arg > MAX_ARG as usize {
            self.overflow = true;
            0
        } else {
            arg as u32
        };
        self.emit(op, a);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.code.len());
        self.last_label_pos = Some(self.code.len());
    }

    pub fn is_bound(&self, l: Label) -> bool {
        self.labels[l.0].is_some()
    }

    /// Emit a jump-type instruction to `l`.
    pub fn emit_jump(&mut self, op: Op, l: Label) {
        let pos = self.code.len();
        self.emit(op, 0);
        self.fixups.push((pos, l));
    }

    /// Unconditional jump: `JumpBackward` when the label is already bound.
    pub fn jump_to(&mut self, l: Label) {
        if self.is_bound(l) {
            self.emit_jump(Op::JumpBackward, l);
        } else {
            self.emit_jump(Op::Jump, l);
        }
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        match const_key(&c) {
            Some(k) => {
                if let Some(&i) = self.const_map.get(&k) {
                    return i;
                }
                let i = self.consts.len() as u32;
                self.consts.push(c);
                self.const_map.insert(k, i);
                i
            }
            None => {
                self.consts.push(c);
                (self.consts.len() - 1) as u32
            }
        }
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    pub fn add_name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_map.get(n) {
            return i;
        }
        let rc: Rc<str> = Rc::from(n);
        let i = self.names.len() as u32;
        self.names.push(rc.clone());
        self.name_map.insert(rc, i);
        i
    }

    pub fn emit_name(&mut self, op: Op, n: &str) {
        let i = self.add_name(n);
        self.emit(op, i);
    }

    /// Open an exception-handler region; returns its id.
    pub fn push_handler(&mut self, target: Label, lasti: bool, adjust: i32) -> usize {
        let id = self.handlers.len();
        self.handlers.push(Handler { target, setup_pos: self.code.len(), adjust, lasti });
        self.handler_stack.push(id);
        id
    }

    /// Does the last instruction end control flow with no label bound after it?
    pub fn ends_with_terminator(&self) -> bool {
        if self.last_label_pos == Some(self.code.len()) {
            return false;
        }
        match self.instr_starts.last() {
            Some(&p) => {
                let op = Op::from_u8((self.code[p] & 0xff) as u8);
                matches!(
                    op,
                    Some(Op::ReturnValue | Op::RaiseVarargs | Op::Reraise | Op::Jump | Op::JumpBackward)
                )
            }
            None => false,
        }
    }

    /// Resolve labels, compute the exception table and stack size.
    pub fn finish(mut self, mut out: CompiledCode) -> Result<CompiledCode, String> {
        for &(pos, l) in &self.fixups {
            let target = self.labels[l.0].ok_or_else(|| "internal error: unbound label".to_string())?;
            if target > MAX_ARG as usize {
                return Err("too many instructions".into());
            }
            let op = self.code[pos] & 0xff;
            self.code[pos] = op | ((target as u32) << 8);
        }
        if self.overflow {
            return Err("too many arguments".into());
        }
        let (stacksize, handler_depths) = self.analyze_stack()?;
        // Exception table: coalesce consecutive instructions with the same handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut cur: Option<(usize, usize)> = None; // (handler id, start)
        let n = self.instr_starts.len();
        for i in 0..=n {
            let h = if i < n { self.instr_handler[i] } else { None };
            let pos = if i < n { self.instr_starts[i] } else { self.code.len() };
            match (cur, h) {
                (Some((ch, _)), Some(nh)) if ch == nh => {}
                _ => {
                    if let Some((ch, start)) = cur.take() {
                        let hd = &self.handlers[ch];
                        let target = self.labels[hd.target.0].unwrap_or(0);
                        table.push(ExceptionEntry {
                            start: start as u32,
                            end: pos as u32,
                            target: target as u32,
                            depth: handler_depths[ch].max(0) as u32,
                            lasti: hd.lasti,
                        });
                    }
                    if let Some(nh) = h {
                        cur = Some((nh, pos));
                    }
                }
            }
        }
        out.code = self.code;
        out.locations = self.locations;
        out.consts = self.consts;
        out.names = self.names;
        out.stacksize = stacksize;
        out.exception_table = table;
        Ok(out)
    }

    /// Flow analysis. Returns (max depth, depth of each handler).
    fn analyze_stack(&self) -> Result<(u32, Vec<i32>), String> {
        let n = self.instr_starts.len();
        let mut index_of: HashMap<usize, usize> = HashMap::with_capacity(n);
        for (i, &p) in self.instr_starts.iter().enumerate() {
            index_of.insert(p, i);
        }
        let mut depth: Vec<Option<i32>> = vec![None; n];
        let mut handler_depth: Vec<Option<i32>> = vec![None; self.handlers.len()];
        let mut max = 0i32;
        let mut work: Vec<usize> = Vec::new();
        let push = |idx: usize, d: i32, depth: &mut Vec<Option<i32>>, work: &mut Vec<usize>| -> Result<(), String> {
            match depth[idx] {
                None => {
                    depth[idx] = Some(d);
                    work.push(idx);
                    Ok(())
                }
                Some(old) if old == d => Ok(()),
                Some(old) => {
                    if d > old {
                        depth[idx] = Some(d);
                        work.push(idx);
                    }
                    Ok(())
                }
            }
        };
        if n > 0 {
            push(0, 0, &mut depth, &mut work)?;
        }
        let setup_index = |pos: usize| index_of.get(&pos).copied();
        loop {
            while let Some(i) = work.pop() {
                let d = depth[i].unwrap();
                let pos = self.instr_starts[i];
                let unit = self.code[pos];
                let op = Op::from_u8((unit & 0xff) as u8).ok_or("bad opcode")?;
                let arg = unit >> 8;
                if let Some(h) = self.instr_handler[i] {
                    let hd = &self.handlers[h];
                    if handler_depth[h].is_none() {
                        if let Some(si) = setup_index(hd.setup_pos) {
                            if let Some(sd) = depth[si] {
                                handler_depth[h] = Some(sd + hd.adjust);
                            }
                        }
                    }
                    if let Some(hdp) = handler_depth[h] {
                        let t = self.labels[hd.target.0].ok_or("unbound handler")?;
                        let ti = *index_of.get(&t).ok_or("handler target not an instruction")?;
                        let td = hdp + 1 + hd.lasti as i32;
                        max = max.max(td);
                        push(ti, td, &mut depth, &mut work)?;
                    }
                }
                let after = d + op.stack_effect(arg);
                if after < 0 {
                    return Err(format!("internal error: stack underflow at {} ({})", pos, op.name()));
                }
                max = max.max(after).max(d);
                if op.is_jump() {
                    let taken = match op {
                        Op::Jump | Op::JumpBackward | Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => d,
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => d - 1,
                        Op::ForIter => d - 1,
                        Op::Send => d - 1,
                        _ => after,
                    };
                    let ti = *index_of.get(&(arg as usize)).ok_or("jump target not an instruction")?;
                    push(ti, taken, &mut depth, &mut work)?;
                }
                let falls = !matches!(
                    op,
                    Op::Jump | Op::JumpBackward | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
                );
                let after = match op {
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => d - 1,
                    _ => after,
                };
                if falls && i + 1 < n {
                    push(i + 1, after, &mut depth, &mut work)?;
                }
            }
            // Handlers whose setup depth became known late: re-seed their regions.
            let mut again = false;
            for (i, h) in self.instr_handler.iter().enumerate() {
                if let (Some(h), Some(_)) = (h, depth[i]) {
                    if handler_depth[*h].is_none() {
                        let hd = &self.handlers[*h];
                        if let Some(si) = setup_index(hd.setup_pos) {
                            if depth[si].is_some() {
                                work.push(i);
                                again = true;
                            }
                        }
                    }
                }
            }
            if !again {
                break;
            }
        }
        Ok((max.max(0) as u32, handler_depth.into_iter().map(|d| d.unwrap_or(0)).collect()))
    }
}
