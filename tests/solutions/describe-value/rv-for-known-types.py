def describe(value: object) -> str:
    name = "?"
    for kind in [int, float, str, bool, list, tuple, dict, type(None)]:
        if type(value) is kind:
            name = kind.__name__
    return repr(value) + " is " + name
