"""deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson, Maloney, Borning).

Constraints with a strength hierarchy (required .. weakest) connect
variables; adding or removing a constraint incrementally re-plans which
constraint determines each variable, and a plan is extracted from the edit
constraints and executed.  The two classic workloads: a chain of SIZE
equality constraints driven from one end, and SIZE scale/offset projections
edited from both sides.  Checked by the invariants each workload must hold.
"""

NAME = "deltablue"
SIZES = {"smoke": 100, "default": 12000}


class Strength:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def next_weaker(self):
        return STRENGTHS[self.value + 1]

    def __repr__(self):
        return self.name


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL,
             WEAK_DEFAULT, WEAKEST]


def stronger(s1, s2):
    return s1.value < s2.value


def weaker(s1, s2):
    return s1.value > s2.value


def weakest_of(s1, s2):
    return s1 if s1.value > s2.value else s2


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Try to satisfy; return the constraint this one overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.my_output = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and stronger(self.strength, out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self.my_output is not None:
            self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its value (unless something stronger wins)."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable that the user changes from outside."""

    def is_input(self):
        return True

    def execute(self):
        pass


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            if v2.mark != mark and stronger(self.strength, v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
            return
        if v2.mark == mark:
            if v1.mark != mark and stronger(self.strength, v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
            return
        if weaker(v1.walk_strength, v2.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in both directions."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class Plan:
    def __init__(self):
        self.constraints = []

    def add(self, constraint):
        self.constraints.append(constraint)

    def execute(self):
        for constraint in self.constraints:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            constraint = todo.pop(0)
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.add(constraint)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, variable, todo):
        determining = variable.determined_by
        for c in variable.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)


def chain_test(n):
    """A chain v0 = v1 = ... = vn; editing v0 must move vn along."""
    planner = Planner()
    previous = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if previous is not None:
            EqualityConstraint(planner, previous, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        previous = v
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    seen = []
    for i in range(100):
        first.value = i
        plan.execute()
        seen.append(last.value)
    edit.destroy()
    return seen


def projection_test(n):
    """n pairs dst_i = src_i * scale + offset, edited from each side."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)

    def change(variable, value):
        edit = EditConstraint(planner, variable, PREFERRED)
        plan = planner.extract_plan_from_constraints([edit])
        for _ in range(10):
            variable.value = value
            plan.execute()
        edit.destroy()

    change(src, 17)
    after_src = dst.value
    change(dst, 1050)
    after_dst = src.value
    change(scale, 5)
    after_scale = [d.value for d in dests]
    change(offset, 2000)
    after_offset = [d.value for d in dests]
    return after_src, after_dst, after_scale, after_offset


def run(size):
    chain = chain_test(size)
    projection = projection_test(size)
    return chain, projection


def check(size, result):
    chain, (after_src, after_dst, after_scale, after_offset) = result
    if chain != list(range(100)):
        return "chain test: last variable followed %r" % (chain[:10],)
    if after_src != 1170:
        return "projection 1: dst = %r, expected 1170" % (after_src,)
    if after_dst != 5:
        return "projection 2: src = %r, expected 5" % (after_dst,)
    # the last pair's source was edited to 5, the others keep src_i = i
    want = [i * 5 + 1000 for i in range(size - 1)] + [5 * 5 + 1000]
    if after_scale != want:
        return "projection 3: scale change gave wrong destinations"
    want = [i * 5 + 2000 for i in range(size - 1)] + [5 * 5 + 2000]
    if after_offset != want:
        return "projection 4: offset change gave wrong destinations"
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
