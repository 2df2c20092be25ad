# Column totals of a CSV file (csv-column-totals)
# Judge it with: judge submit csv-column-totals.py
from typing import List


def column_totals(path: str) -> List[int]:
    raise NotImplementedError("your solution here")
