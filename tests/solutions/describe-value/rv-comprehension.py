def describe(value: object) -> str:
    names = [kind.__name__ for kind in [type(value)]]
    return repr(value) + " is " + names[0]
