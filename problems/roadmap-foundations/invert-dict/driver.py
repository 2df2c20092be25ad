def run(solution, keys, values):
    mapping = dict(zip(keys, values))
    before = dict(mapping)
    inverted = solution.invert_dict(mapping)
    out = ["type: " + type(inverted).__name__, "size: " + str(len(inverted))]
    for value in sorted(inverted):
        out.append(repr(value) + " -> " + repr(inverted[value]))
    out.append("original unchanged: " + str(mapping == before and list(mapping) == list(before)))
    return out
