import os


def run(solution, text, exists):
    # The sandbox's /tmp is private to this run.
    path = "/tmp/words.txt"
    if exists:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    elif os.path.exists(path):
        os.remove(path)
    return solution.count_words(path)
