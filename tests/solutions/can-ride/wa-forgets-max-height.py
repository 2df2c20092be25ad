def can_ride(age: int, height_cm: int, with_adult: bool) -> bool:
    return height_cm >= 120 and (age >= 12 or with_adult)
