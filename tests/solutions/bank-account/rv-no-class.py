from types import SimpleNamespace


def BankAccount(owner: str, balance: int = 0) -> SimpleNamespace:
    if balance < 0:
        raise ValueError("a new account cannot start below zero")
    account = SimpleNamespace(owner=owner, balance=balance)

    def deposit(amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit a positive amount")
        account.balance += amount

    def withdraw(amount: int) -> None:
        if amount <= 0 or amount > account.balance:
            raise ValueError("bad amount")
        account.balance -= amount

    account.deposit = deposit
    account.withdraw = withdraw
    return account
