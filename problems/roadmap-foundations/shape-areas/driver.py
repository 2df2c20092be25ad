def run(solution, specs):
    Shape, Circle, Rectangle = solution.Shape, solution.Circle, solution.Rectangle
    out = []
    for spec in specs:
        words = spec.split()
        if words[0] == "circle":
            shape = Circle(float(words[1]))
        else:
            shape = Rectangle(float(words[1]), float(words[2]))
        out.append("%s | %s is a Shape: %s | name %s" % (
            shape.describe(), type(shape).__name__, isinstance(shape, Shape), shape.name))
    out.append("Circle is a subclass of Shape: %s" % issubclass(Circle, Shape))
    out.append("Rectangle is a subclass of Shape: %s" % issubclass(Rectangle, Shape))
    out.append("a Rectangle is not a Circle: %s" % (not isinstance(Rectangle(1.0, 1.0), Circle)))
    try:
        Shape("blob").area()
        out.append("Shape('blob').area() returned a value")
    except NotImplementedError:
        out.append("Shape('blob').area() -> NotImplementedError")
    return out
