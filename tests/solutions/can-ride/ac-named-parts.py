def can_ride(age: int, height_cm: int, with_adult: bool) -> bool:
    tall_enough: bool = height_cm >= 120 and height_cm <= 200
    allowed_age: bool = age >= 12 or with_adult
    return tall_enough and allowed_age
