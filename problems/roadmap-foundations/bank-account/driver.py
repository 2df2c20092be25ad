def run(solution, owner, start, operations, amounts):
    BankAccount = solution.BankAccount
    out = []
    try:
        account = BankAccount(owner) if start == 0 else BankAccount(owner, start)
    except ValueError:
        return ["open %s with %d -> ValueError" % (owner, start)]
    out.append("open %s -> %d" % (account.owner, account.balance))
    for operation, amount in zip(operations, amounts):
        try:
            if operation == "deposit":
                result = account.deposit(amount)
            else:
                result = account.withdraw(amount)
            if result is not None:
                out.append("%s %d returned %r, expected None" % (operation, amount, result))
            out.append("%s %d -> %d" % (operation, amount, account.balance))
        except ValueError:
            out.append("%s %d -> ValueError, balance still %d" % (operation, amount, account.balance))
    other = BankAccount("Someone else")
    out.append("a new account starts at %d" % other.balance)
    out.append("%s ends with %d" % (account.owner, account.balance))
    return out
