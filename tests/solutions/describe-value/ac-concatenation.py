def describe(value: object) -> str:
    kind: type = type(value)
    return repr(value) + " is " + kind.__name__
