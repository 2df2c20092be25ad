def can_ride(age: int, height_cm: int, with_adult: bool) -> bool:
    return 120 <= height_cm <= 200 and age >= 12 or with_adult
