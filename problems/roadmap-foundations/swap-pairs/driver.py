def run(solution, names, scores):
    pairs = []
    for i in range(len(names)):
        pairs.append((names[i], scores[i]))
    before = list(pairs)
    result = solution.swap_pairs(pairs)
    out = []
    for item in result:
        out.append(repr(item))
    out.append("result is a list: " + str(type(result) is list))
    out.append("input unchanged: " + str(pairs == before))
    return out
