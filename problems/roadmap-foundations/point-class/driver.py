def run(solution, points):
    Point = solution.Point
    made = [Point(x, y) for x, y in points]
    out = [repr(p) for p in made]
    out.append("sorted: " + ", ".join(repr(p) for p in sorted(made)))
    out.append("equal first two: " + str(len(made) > 1 and made[0] == made[1]))
    out.append("equal to copy: " + str(made[0] == Point(points[0][0], points[0][1])))
    return out
