def run(solution, names, grades):
    Student = solution.Student
    students = [Student(grade=g, name=n) for n, g in zip(names, grades)]
    out = [repr(s) for s in students]
    out.append("sorted: " + repr([s.name for s in sorted(students)]))
    out.append("passed: " + repr([s.name for s in students if s.passed()]))
    if students:
        first = students[0]
        out.append("equal to a copy: " + str(first == Student(grade=first.grade, name=first.name)))
        out.append("top: " + repr(max(students)))
        first.clubs.append("chess")
        newcomer = Student(grade=0, name="Newcomer")
        out.append("after joining: %r, newcomer's clubs: %r" % (first.clubs, newcomer.clubs))
        out.append("positional: " + repr(Student(first.grade, first.name, ["choir"])))
    return out
