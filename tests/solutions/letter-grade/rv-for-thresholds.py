def letter_grade(score: int) -> str:
    for limit, letter in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= limit:
            return letter
    return "F"
