from datetime import date

year: int = int(input())
if date(year, 12, 31).timetuple().tm_yday == 366:
    print(f"{year} is a leap year")
else:
    print(f"{year} is not a leap year")
