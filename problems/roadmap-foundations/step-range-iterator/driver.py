from itertools import islice


def run(solution, start, stop, step):
    steps = solution.StepRange(start, stop, step)
    out = ["iter(r) is r: " + str(iter(steps) is steps)]
    # at most 1000 items, so an iterator that never stops still ends here
    items = list(islice(steps, 1000))
    out.append("items: " + repr(items))
    try:
        value = next(steps)
        out.append("next after the end: " + repr(value))
    except StopIteration:
        out.append("next after the end: StopIteration")
    out.append("loop again: " + repr(list(islice(steps, 1000))))
    return out
