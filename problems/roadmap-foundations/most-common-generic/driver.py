import typing


def _generic_signature(function):
    # True when the hints read like (items: List[T]) -> Optional[T] for a TypeVar T
    try:
        hints = typing.get_type_hints(function)
        returned = typing.get_args(hints.pop("return"))
        type_vars = [arg for arg in returned if isinstance(arg, typing.TypeVar)]
        if len(returned) != 2 or type(None) not in returned or len(type_vars) != 1:
            return False
        params = list(hints.values())
        return len(params) == 1 and typing.get_args(params[0]) == (type_vars[0],)
    except Exception:
        return False


def run(solution, numbers, words):
    most_common = solution.most_common
    return [
        "numbers: " + repr(most_common(list(numbers))),
        "words: " + repr(most_common(list(words))),
        "empty: " + repr(most_common([])),
        "generic signature: " + str(_generic_signature(most_common)),
    ]
