def letter_grade(score: int) -> str:
    bands = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]
    return [letter for limit, letter in bands if score >= limit][0]
