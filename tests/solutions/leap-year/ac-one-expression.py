year: int = int(input())
leap: bool = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
word: str = "" if leap else "not "
print(f"{year} is {word}a leap year")
