year: int = int(input())
leap = False
for divisor, answer in [(4, True), (100, False), (400, True)]:
    if year % divisor == 0:
        leap = answer
if leap:
    print(f"{year} is a leap year")
else:
    print(f"{year} is not a leap year")
