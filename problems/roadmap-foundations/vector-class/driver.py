def run(solution, a, b):
    Vector = solution.Vector
    va = Vector(a)
    vb = Vector(b)
    out = ["a = " + repr(va), "b = " + repr(vb)]
    out.append("len(a) = " + str(len(va)))
    out.append("list(a) = " + repr(list(va)))
    out.append("sum(a) = " + str(sum(va)))
    try:
        total = va + vb
        out.append("a + b = " + repr(total))
        out.append("a unchanged = " + repr(va))
    except ValueError:
        out.append("a + b = ValueError")
    out.append("a == b: " + str(va == vb))
    out.append("a == copy of a: " + str(va == Vector(list(a))))
    out.append("a == list a: " + str(va == list(a)))
    return out
