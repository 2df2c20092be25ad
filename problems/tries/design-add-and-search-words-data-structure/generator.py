import random
import string
from typing import Any, Dict, List

LETTERS = string.ascii_lowercase


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """params: calls (method calls after the constructor); low, high: word lengths (letters);
    adds: how many of the calls are addWord (default half), all made first.
    Then searches: 40% a stored word with 0, 1 or 2 letters turned into dots, 40% a random
    word of a stored length with 0..2 dots (nearly always absent), 20% a stored word with one
    letter changed and one dot (absent unless another stored word matches)."""
    rng = random.Random(seed)
    calls = params["calls"]
    low = params.get("low", 10)
    high = params.get("high", 10)
    adds = params.get("adds", calls // 2)
    operations: List[str] = ["WordDictionary"]
    arguments: List[List[str]] = [[]]
    words = ["".join(rng.choices(LETTERS, k=rng.randint(low, high))) for _ in range(adds)]
    for word in words:
        operations.append("addWord")
        arguments.append([word])

    def with_dots(word: str, dots: int) -> str:
        letters = list(word)
        for i in rng.sample(range(len(letters)), min(dots, len(letters))):
            letters[i] = "."
        return "".join(letters)

    while len(operations) <= calls:
        roll = rng.random()
        if roll < 0.4:
            pattern = with_dots(rng.choice(words), rng.randint(0, 2))
        elif roll < 0.8:
            size = len(rng.choice(words))
            pattern = with_dots("".join(rng.choices(LETTERS, k=size)), rng.randint(0, 2))
        else:
            letters = list(rng.choice(words))
            i = rng.randrange(len(letters))
            letters[i] = rng.choice(LETTERS.replace(letters[i], ""))
            pattern = with_dots("".join(letters), 1)
        operations.append("search")
        arguments.append([pattern])
    return {"operations": operations, "arguments": arguments}
