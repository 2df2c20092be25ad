class Employee:
    def __init__(self, name: str, salary: int) -> None:
        self.name = name
        self.salary = salary

    def pay(self) -> int:
        return self.salary // 12

    def describe(self) -> str:
        return f"{self.name} is paid {self.salary // 12} a month"


class Manager(Employee):
    def __init__(self, name: str, salary: int, bonus: int) -> None:
        super().__init__(name, salary)
        self.bonus = bonus

    def pay(self) -> int:
        return super().pay() + self.bonus

    def describe(self) -> str:
        return super().describe() + f" (bonus {self.bonus})"


class Intern(Employee):
    def pay(self) -> int:
        return super().pay() // 2
