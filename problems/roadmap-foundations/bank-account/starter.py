# A BankAccount class (bank-account)
# Judge it with: judge submit bank-account.py


class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        raise NotImplementedError("your solution here")

    def deposit(self, amount: int) -> None:
        raise NotImplementedError("your solution here")

    def withdraw(self, amount: int) -> None:
        raise NotImplementedError("your solution here")
