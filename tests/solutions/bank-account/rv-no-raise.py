class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        if balance < 0:
            int("a new account cannot start below zero")  # int() raises ValueError for us
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            int("deposit a positive amount")
        self.balance += amount

    def withdraw(self, amount: int) -> None:
        if amount <= 0 or amount > self.balance:
            int("bad amount")
        self.balance -= amount
