def can_ride(age: int, height_cm: int, with_adult: bool) -> bool:
    return all([check for check in [120 <= height_cm <= 200, age >= 12 or with_adult]])
