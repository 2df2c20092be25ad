# Payroll: overriding methods and calling super() (employee-payroll)
# Judge it with: judge submit employee-payroll.py


class Employee:
    def __init__(self, name: str, salary: int) -> None:
        raise NotImplementedError("your solution here")

    def pay(self) -> int:
        raise NotImplementedError("your solution here")

    def describe(self) -> str:
        raise NotImplementedError("your solution here")


class Manager(Employee):
    def __init__(self, name: str, salary: int, bonus: int) -> None:
        raise NotImplementedError("your solution here")

    def pay(self) -> int:
        raise NotImplementedError("your solution here")

    def describe(self) -> str:
        raise NotImplementedError("your solution here")


class Intern(Employee):
    def pay(self) -> int:
        raise NotImplementedError("your solution here")
