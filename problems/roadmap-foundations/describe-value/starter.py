# Describe a value and its type (describe-value)
# Judge it with: judge submit describe-value.py


def describe(value: object) -> str:
    raise NotImplementedError("your solution here")
