import copy
import json


def run(solution, data):
    # data is the nested list written as JSON text, e.g. "[1, [2, [3]], 4]".
    nested = json.loads(data)
    untouched = copy.deepcopy(nested)
    result = list(solution.flatten(nested))
    if nested != untouched:
        # Changing the caller's list is a mistake: report it as a wrong answer.
        result.append(-999999)
    return result
