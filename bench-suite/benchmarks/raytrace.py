"""raytrace: a small recursive ray tracer.

Spheres and a checkered floor, two point lights, Lambert and Phong shading,
shadow rays and mirror reflections up to depth 3, rendered into a
SIZE x SIZE image with a pinhole camera.  Vectors are small immutable
objects with operator overloading.  The result is the summed colour of the
image plus a few sample pixels, compared with CPython's values.
"""

NAME = "raytrace"
SIZES = {"smoke": 24, "default": 130}

EPSILON = 1e-7


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        if isinstance(other, Color):
            return Color(self.r * other.r, self.g * other.g, self.b * other.b)
        return Color(self.r * other, self.g * other, self.b * other)

    def clamped(self):
        return Color(min(1.0, max(0.0, self.r)), min(1.0, max(0.0, self.g)),
                     min(1.0, max(0.0, self.b)))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflection=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, color, other, **kwargs):
        Material.__init__(self, color, **kwargs)
        self.other = other

    def color_at(self, point):
        if (int(point.x // 1.0) + int(point.z // 1.0)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Checkered(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), reflection=0.2)),
            Sphere(Vector(0.0, 1.0, 0.0), 1.0, Material(Color(0.8, 0.2, 0.2), reflection=0.3)),
            Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.8, 0.3), shininess=50)),
            Sphere(Vector(1.9, 0.5, 1.6), 0.5, Material(Color(0.3, 0.3, 0.9), reflection=0.5)),
            Sphere(Vector(0.8, 2.4, -1.5), 0.6, Material(Color(0.9, 0.8, 0.1), specular=0.6)),
        ]
        self.lights = [Light(Vector(-5.0, 8.0, 6.0), Color(0.8, 0.8, 0.8)),
                       Light(Vector(6.0, 4.0, 4.0), Color(0.4, 0.35, 0.3))]
        self.ambient = Color(0.08, 0.08, 0.1)
        self.background = Color(0.25, 0.35, 0.6)

    def nearest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            return self.background
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        lift = point + normal * 1e-4
        for light in self.lights:
            if self.in_shadow(lift, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base * light.color * (lambert * material.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    color = color + light.color * (material.specular * spec ** material.shininess)
        if material.reflection > 0 and depth < 3:
            reflected = Ray(lift, ray.direction.reflect(normal))
            color = color + self.trace(reflected, depth + 1) * material.reflection
        return color


class Camera:
    def __init__(self, eye, look_at, up, fov_scale):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.scale = fov_scale

    def ray(self, x, y, width, height):
        u = (2.0 * (x + 0.5) / width - 1.0) * self.scale
        v = (1.0 - 2.0 * (y + 0.5) / height) * self.scale
        return Ray(self.eye, self.forward + self.right * u + self.up * v)


def render(size):
    scene = Scene()
    camera = Camera(Vector(0.0, 1.8, 5.0), Vector(0.0, 0.9, 0.0), Vector(0.0, 1.0, 0.0), 0.75)
    image = []
    for y in range(size):
        row = []
        for x in range(size):
            row.append(scene.trace(camera.ray(x, y, size, size)).clamped())
        image.append(row)
    return image


def run(size):
    image = render(size)
    r = g = b = 0.0
    for row in image:
        for c in row:
            r += c.r
            g += c.g
            b += c.b
    samples = []
    for y, x in ((size // 2, size // 2), (size - 1, 0), (size // 3, 2 * size // 3)):
        c = image[y][x]
        samples.append((c.r, c.g, c.b))
    return (r, g, b), samples


EXPECTED = {
    24: ((185.45691066816008, 205.6636385997774, 267.7339560721011),
         [(0.4335457827388851, 0.14151891989583712, 0.15593388010777315),
          (0.13922909197842936, 0.15734640872854422, 0.20746372547865916),
          (0.25, 0.35, 0.6)]),
    130: ((5426.530722984509, 6025.866212606326, 7857.502529622206),
          [(0.4943675588305099, 0.15756391632198094, 0.17272111019239306),
           (0.14084197732864517, 0.15896017563290396, 0.20907837393716278),
           (0.25, 0.35, 0.6)]),
}


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    totals, samples = result
    want_totals, want_samples = EXPECTED[size]
    for got, want in zip(totals + tuple(v for s in samples for v in s),
                         want_totals + tuple(v for s in want_samples for v in s)):
        if not close(got, want):
            return "image colours %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
