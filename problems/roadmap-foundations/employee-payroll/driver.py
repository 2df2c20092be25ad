def run(solution, staff):
    Employee, Manager, Intern = solution.Employee, solution.Manager, solution.Intern
    out = []
    people = []
    for line in staff:
        words = line.split()
        kind, name, salary = words[0], words[1], int(words[2])
        if kind == "manager":
            person = Manager(name, salary, int(words[3]))
        elif kind == "intern":
            person = Intern(name, salary)
        else:
            person = Employee(name, salary)
        people.append(person)
        out.append("%s | %s, Employee: %s, Manager: %s" % (
            person.describe(), type(person).__name__, isinstance(person, Employee), isinstance(person, Manager)))
    total = 0
    for person in people:
        total += person.pay()
    out.append("monthly payroll: %d" % total)
    out.append("Manager and Intern are Employees: %s" % (issubclass(Manager, Employee) and issubclass(Intern, Employee)))
    return out
