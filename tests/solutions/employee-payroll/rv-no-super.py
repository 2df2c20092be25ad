class Employee:
    def __init__(self, name: str, salary: int) -> None:
        self.name = name
        self.salary = salary

    def pay(self) -> int:
        return self.salary // 12

    def describe(self) -> str:
        return f"{self.name} is paid {self.pay()} a month"


class Manager(Employee):
    def __init__(self, name: str, salary: int, bonus: int) -> None:
        Employee.__init__(self, name, salary)
        self.bonus = bonus

    def pay(self) -> int:
        return Employee.pay(self) + self.bonus

    def describe(self) -> str:
        return Employee.describe(self) + f" (bonus {self.bonus})"


class Intern(Employee):
    def pay(self) -> int:
        return Employee.pay(self) // 2
