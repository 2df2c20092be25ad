from calendar import isleap as check

year: int = int(input())
if check(year):
    print(f"{year} is a leap year")
else:
    print(f"{year} is not a leap year")
