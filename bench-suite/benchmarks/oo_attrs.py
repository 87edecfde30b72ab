"""oo_attrs: attribute-heavy object-oriented code.

A small bank simulation: accounts in a class hierarchy with instance,
class and inherited attributes, properties with setters, attribute updates
through self in methods, objects that reference other objects
(customer -> branch -> bank), polymorphic method dispatch and
getattr/setattr/hasattr with constant names.  SIZE is the number of
transactions; balances are integers (cents) so the result is exact.
"""

NAME = "oo_attrs"
SIZES = {"smoke": 5000, "default": 250000}


class Bank:
    fee_rate = 2

    def __init__(self, name):
        self.name = name
        self.branches = []
        self.fees = 0
        self.transactions = 0


class Branch:
    def __init__(self, bank, city):
        self.bank = bank
        self.city = city
        self.accounts = []
        self.turnover = 0
        bank.branches.append(self)


class Customer:
    def __init__(self, name, branch):
        self.name = name
        self.branch = branch
        self.vip = False


class Account:
    kind = "basic"
    limit = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = 0
        self.frozen = False
        owner.branch.accounts.append(self)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < -self.limit:
            raise ValueError("overdrawn")
        self._balance = value

    def fee(self, amount):
        return amount * self.owner.branch.bank.fee_rate // 1000

    def deposit(self, amount):
        self.balance = self.balance + amount
        self.history += 1
        self.owner.branch.turnover += amount
        return self.balance

    def withdraw(self, amount):
        fee = self.fee(amount)
        if self.balance - amount - fee < -self.limit:
            return False
        self.balance = self.balance - amount - fee
        self.history += 1
        bank = self.owner.branch.bank
        bank.fees += fee
        self.owner.branch.turnover += amount
        return True

    def month_end(self):
        pass


class Savings(Account):
    kind = "savings"
    rate = 3

    def month_end(self):
        if self.balance > 0:
            self.deposit(self.balance * self.rate // 1000)


class Checking(Account):
    kind = "checking"
    limit = 50000

    def fee(self, amount):
        base = Account.fee(self, amount)
        return 0 if self.owner.vip else base + 1


class Premium(Savings):
    kind = "premium"
    rate = 5
    limit = 100000

    def fee(self, amount):
        return 0


def build(seed):
    bank = Bank("Taipan Savings & Loan")
    branches = [Branch(bank, city) for city in ("Hull", "Leeds", "York", "Bath")]
    accounts = []
    state = seed
    for i in range(200):
        state = state * 48271 % 2147483647
        owner = Customer("customer%d" % i, branches[state % len(branches)])
        owner.vip = state % 7 == 0
        cls = (Account, Savings, Checking, Premium)[(state >> 4) % 4]
        accounts.append(cls(owner, 10000 + state % 90000))
    return bank, accounts, state


def run(size):
    bank, accounts, state = build(99)
    refused = 0
    for t in range(size):
        state = state * 48271 % 2147483647
        account = accounts[state % len(accounts)]
        amount = (state >> 8) % 20000
        if (state >> 3) & 1:
            account.deposit(amount)
        elif not account.withdraw(amount):
            refused += 1
        bank.transactions += 1
        if t % 5000 == 4999:
            for a in accounts:
                a.month_end()
        if hasattr(account, "rate") and getattr(account, "frozen") is False:
            setattr(account, "history", account.history + 0)
    total = sum(a.balance for a in accounts)
    by_kind = {}
    for a in accounts:
        by_kind[a.kind] = by_kind.get(a.kind, 0) + a.history
    turnover = [b.turnover for b in bank.branches]
    return total, bank.fees, refused, bank.transactions, sorted(by_kind.items()), turnover


# (total balance, fees, refused, transactions, history by kind, branch
# turnover), computed with CPython.
EXPECTED = {
    5000: (13052375, 35474, 122, 5000,
           [("basic", 1181), ("checking", 1239), ("premium", 1024), ("savings", 1527)],
           [13232942, 11424510, 11135810, 12871446]),
    250000: (60426067, 1825991, 3969, 250000,
             [("basic", 61632), ("checking", 60400), ("premium", 51028), ("savings", 77603)],
             [634224931, 586198296, 578016191, 651630487]),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "bank state %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
