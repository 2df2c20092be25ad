from types import SimpleNamespace


def TallyCounter(start: int) -> SimpleNamespace:
    state = SimpleNamespace(count=start)

    def increment() -> int:
        state.count += 1
        return int(state.count)

    def add(n: int) -> int:
        state.count = max(0, state.count + n)
        return int(state.count)

    def reset() -> None:
        state.count = start

    def get() -> int:
        return int(state.count)

    return SimpleNamespace(increment=increment, add=add, reset=reset, get=get)
