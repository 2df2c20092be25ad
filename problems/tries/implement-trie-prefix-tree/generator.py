import random
import string
from typing import Any, Dict, List

LETTERS = string.ascii_lowercase


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choices(LETTERS, k=rng.randint(low, high)))


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """params: calls (method calls after the constructor); mode:
    0: the first half inserts random words of 6..12 letters, the second half asks startsWith
       (70%, random 3..6-letter prefixes, nearly all absent) and search (30%, half stored words);
    1: the same inserts, then every query is about the most recently inserted words (startsWith
       of one of their prefixes, search of the word itself or of a prefix of it);
    2: long words: `calls` / 3 words of 2000 letters sharing a 1900-letter stem, each inserted,
       then searched for and asked about with prefixes cut at random lengths."""
    rng = random.Random(seed)
    calls = params["calls"]
    mode = params.get("mode", 0)
    operations: List[str] = ["Trie"]
    arguments: List[List[str]] = [[]]

    def call(operation: str, text: str) -> None:
        operations.append(operation)
        arguments.append([text])

    if mode == 2:
        stem = _word(rng, 1900, 1900)
        words = [stem + _word(rng, 100, 100) for _ in range(max(1, calls // 3))]
        for word in words:
            call("insert", word)
        while len(operations) <= calls:
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.3:
                call("search", word)
            elif roll < 0.5:
                call("search", word[: rng.randint(1, 1999)])
            elif roll < 0.8:
                call("startsWith", word[: rng.randint(1, 2000)])
            else:
                cut = rng.randint(1, 1999)
                call("startsWith", word[:cut] + rng.choice(LETTERS.replace(word[cut], "")))
        return {"operations": operations, "arguments": arguments}

    inserts = calls // 2
    words = [_word(rng, 6, 12) for _ in range(inserts)]
    for word in words:
        call("insert", word)
    recent = words[-max(1, inserts // 10):]
    while len(operations) <= calls:
        roll = rng.random()
        if mode == 1:
            word = rng.choice(recent)
            if roll < 0.6:
                call("startsWith", word[: rng.randint(4, len(word))])
            elif roll < 0.8:
                call("search", word)
            else:
                call("search", word[: rng.randint(4, len(word) - 1)])
        elif roll < 0.7:
            call("startsWith", _word(rng, 3, 6))
        elif roll < 0.85:
            call("search", _word(rng, 6, 12))
        else:
            call("search", rng.choice(words))
    return {"operations": operations, "arguments": arguments}
