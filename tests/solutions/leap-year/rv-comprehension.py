year: int = int(input())
hits = [year % d == 0 for d in (4, 100, 400)]
if hits[2] or (hits[0] and not hits[1]):
    print(f"{year} is a leap year")
else:
    print(f"{year} is not a leap year")
