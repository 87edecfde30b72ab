"""pystone: Dhrystone-style integer, record and string-comparison loops.

The classic synthetic mix of the Dhrystone benchmark: a chain of small
procedures (here proc_0 .. proc_8 and func_1 .. func_3) that copy and
modify records, compare characters and strings, index one- and
two-dimensional arrays and branch on enumerations, all through module
globals.  SIZE is the number of loop passes; the final global state is
fully determined (for example array_2[8][7] == SIZE + 10).
"""

NAME = "pystone"
SIZES = {"smoke": 5000, "default": 300000}

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, next_record=None, discriminant=0, enum_value=0,
                 int_value=0, string_value=""):
        self.next_record = next_record
        self.discriminant = discriminant
        self.enum_value = enum_value
        self.int_value = int_value
        self.string_value = string_value

    def copy(self):
        return Record(self.next_record, self.discriminant, self.enum_value,
                      self.int_value, self.string_value)


int_glob = 0
bool_glob = False
char_1_glob = "\0"
char_2_glob = "\0"
array_1_glob = [0] * 51
array_2_glob = [[0] * 51 for _ in range(51)]
ptr_glob = None
ptr_glob_next = None


def reset():
    global int_glob, bool_glob, char_1_glob, char_2_glob
    global array_1_glob, array_2_glob, ptr_glob, ptr_glob_next
    int_glob = 0
    bool_glob = False
    char_1_glob = "\0"
    char_2_glob = "\0"
    array_1_glob = [0] * 51
    array_2_glob = [[0] * 51 for _ in range(51)]
    ptr_glob = None
    ptr_glob_next = None


def proc_0(loops):
    global int_glob, bool_glob, char_1_glob, char_2_glob, ptr_glob, ptr_glob_next
    ptr_glob_next = Record()
    ptr_glob = Record(ptr_glob_next, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string_1_loc = "DHRYSTONE PROGRAM, 1'ST STRING"
    array_2_glob[8][7] = 10
    int_1_loc = int_2_loc = int_3_loc = 0
    enum_loc = IDENT_1
    for _ in range(loops):
        proc_5()
        proc_4()
        int_1_loc = 2
        int_2_loc = 3
        string_2_loc = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func_2(string_1_loc, string_2_loc)
        while int_1_loc < int_2_loc:
            int_3_loc = 5 * int_1_loc - int_2_loc
            int_3_loc = proc_7(int_1_loc, int_2_loc)
            int_1_loc += 1
        proc_8(array_1_glob, array_2_glob, int_1_loc, int_3_loc)
        ptr_glob = proc_1(ptr_glob)
        char_index = "A"
        while char_index <= char_2_glob:
            if enum_loc == func_1(char_index, "C"):
                enum_loc = proc_6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_3_loc = int_2_loc * int_1_loc
        int_2_loc = int_3_loc // int_1_loc
        int_2_loc = 7 * (int_3_loc - int_2_loc) - int_1_loc
        int_1_loc = proc_2(int_1_loc)
    return int_1_loc, int_2_loc, int_3_loc, enum_loc


def proc_1(record):
    record.next_record = next_record = ptr_glob.copy()
    record.int_value = 5
    next_record.int_value = record.int_value
    next_record.next_record = record.next_record
    next_record.next_record = proc_3(next_record.next_record)
    if next_record.discriminant == IDENT_1:
        next_record.int_value = 6
        next_record.enum_value = proc_6(record.enum_value)
        next_record.next_record = ptr_glob.next_record
        next_record.int_value = proc_7(next_record.int_value, 10)
    else:
        record = next_record.copy()
    next_record.next_record = None
    return record


def proc_2(int_par):
    int_loc = int_par + 10
    enum_loc = None
    while True:
        if char_1_glob == "A":
            int_loc -= 1
            int_par = int_loc - int_glob
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            return int_par


def proc_3(record):
    global int_glob
    if ptr_glob is not None:
        record = ptr_glob.next_record
    else:
        int_glob = 100
    ptr_glob.int_value = proc_7(10, int_glob)
    return record


def proc_4():
    global char_2_glob
    bool_loc = char_1_glob == "A"
    bool_loc = bool_loc or bool_glob
    char_2_glob = "B"


def proc_5():
    global char_1_glob, bool_glob
    char_1_glob = "A"
    bool_glob = False


def proc_6(enum_par):
    enum_loc = enum_par
    if not func_3(enum_par):
        enum_loc = IDENT_4
    if enum_par == IDENT_1:
        enum_loc = IDENT_1
    elif enum_par == IDENT_2:
        enum_loc = IDENT_1 if int_glob > 100 else IDENT_4
    elif enum_par == IDENT_3:
        enum_loc = IDENT_2
    elif enum_par == IDENT_5:
        enum_loc = IDENT_3
    return enum_loc


def proc_7(int_1, int_2):
    return int_2 + int_1 + 2


def proc_8(array_1, array_2, int_1, int_2):
    global int_glob
    int_loc = int_1 + 5
    array_1[int_loc] = int_2
    array_1[int_loc + 1] = array_1[int_loc]
    array_1[int_loc + 30] = int_loc
    for index in range(int_loc, int_loc + 2):
        array_2[int_loc][index] = int_loc
    array_2[int_loc][int_loc - 1] += 1
    array_2[int_loc + 20][int_loc] = array_1[int_loc]
    int_glob = 5


def func_1(char_1, char_2):
    if char_1 != char_2:
        return IDENT_1
    return IDENT_2


def func_2(string_1, string_2):
    int_loc = 1
    char_loc = "\0"
    while int_loc <= 1:
        if func_1(string_1[int_loc], string_2[int_loc + 1]) == IDENT_1:
            char_loc = "A"
            int_loc += 1
    if "W" <= char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if string_1 > string_2:
        int_loc += 7
        return True
    return False


def func_3(enum_par):
    return enum_par == IDENT_3


def run(size):
    reset()
    locals_ = proc_0(size)
    return (locals_, int_glob, bool_glob, char_1_glob, char_2_glob,
            array_1_glob[8], array_2_glob[8][7],
            ptr_glob.discriminant, ptr_glob.enum_value, ptr_glob.int_value,
            ptr_glob.string_value, ptr_glob_next.int_value)


# Final locals and globals (array_2[8][7] checked separately), from CPython.
EXPECTED_STATE = ((7, 39, 9, 2), 5, True, "A", "B", 7, None, 1, 3, 17,
                  "DHRYSTONE PROGRAM, SOME STRING", 0)


def check(size, result):
    state = list(result)
    if state[6] != size + 10:
        return "array_2[8][7] is %r, expected %d" % (state[6], size + 10)
    state[6] = None
    if tuple(state) != EXPECTED_STATE:
        return "final state %r, expected %r" % (tuple(state), EXPECTED_STATE)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
