def run(solution, fresh, shared):
    add_score = solution.add_score
    out = []
    # Calls without a list: each one must start from a new, empty list.
    for score in fresh:
        out.append("alone %d -> %s" % (score, add_score(score)))
    # Calls with the caller's list: append to that very list and return it.
    box = []
    for score in shared:
        got = add_score(score, box)
        out.append("shared %d -> %s, same list: %s" % (score, got, got is box))
    other = [100]
    got = add_score(scores=other, score=1)
    out.append("by keyword -> %s, same list: %s" % (got, got is other))
    # Nothing left over from the calls above.
    out.append("alone again -> %s" % (add_score(0),))
    return out
