cal = __import__("calendar")
year: int = int(input())
if cal.isleap(year):
    print(f"{year} is a leap year")
else:
    print(f"{year} is not a leap year")
