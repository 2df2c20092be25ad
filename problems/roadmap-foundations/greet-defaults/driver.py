def run(solution, name, greeting, punctuation):
    greet = solution.greet
    return [
        greet(name),
        greet(name, greeting),
        greet(name, punctuation=punctuation),
        greet(name, greeting=greeting, punctuation=punctuation),
        greet(punctuation=punctuation, name=name),
    ]
