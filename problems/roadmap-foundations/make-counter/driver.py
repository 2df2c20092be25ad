def run(solution, start, calls):
    first = solution.make_counter(start)
    out = ["first: " + repr([first() for _ in range(calls)])]
    second = solution.make_counter(start)
    out.append("second, new counter: " + str(second()) + ", " + str(second()))
    out.append("first again: " + str(first()))
    default = solution.make_counter()
    out.append("default start: " + str(default()))
    return out
