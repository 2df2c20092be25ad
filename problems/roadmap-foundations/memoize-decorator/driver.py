def run(solution, args, fib_n):
    computed = []

    @solution.memoize
    def square(n):
        """Return n squared."""
        computed.append(n)
        return n * n

    out = ["results: " + repr([square(a) for a in args])]
    out.append("computed for: " + repr(computed))

    bodies = [0]

    @solution.memoize
    def fib(n):
        bodies[0] += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    out.append("fib(%d) = %d" % (fib_n, fib(fib_n)))
    out.append("fib bodies run: %d" % bodies[0])
    out.append("fib(%d) again = %d, bodies run: %d" % (fib_n, fib(fib_n), bodies[0]))
    out.append("names kept: %s, %s" % (square.__name__, fib.__name__))
    out.append("docstring kept: " + repr(square.__doc__))
    return out
