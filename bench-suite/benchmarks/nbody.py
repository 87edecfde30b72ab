"""nbody: double-precision N-body simulation of the Jovian planets.

The sun and the four gas giants (Jupiter, Saturn, Uranus, Neptune) with
their published orbital elements, advanced with a symplectic Euler step of
0.01 days.  SIZE is the number of steps; the result is the system's total
energy before and after, which is compared with values computed by CPython.
"""

NAME = "nbody"
SIZES = {"smoke": 2000, "default": 100000}

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    # [x, y, z, vx, vy, vz, mass]; velocities in AU/year converted to AU/day.
    planets = [
        # sun
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
        # jupiter
        [4.84143144246472090e+00, -1.16032004402742839e+00,
         -1.03622044471123109e-01, 1.66007664274403694e-03,
         7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04],
        # saturn
        [8.34336671824457987e+00, 4.12479856412430479e+00,
         -4.03523417114321381e-01, -2.76742510726862411e-03,
         4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04],
        # uranus
        [1.28943695621391310e+01, -1.51111514016986312e+01,
         -2.23307578892655734e-01, 2.96460137564761618e-03,
         2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05],
        # neptune
        [1.53796971148509165e+01, -2.59193146099879641e+01,
         1.79258772950371181e-01, 2.68067772490389322e-03,
         1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05],
    ]
    bodies = []
    for x, y, z, vx, vy, vz, mass in planets:
        if mass != 1.0:
            vx *= DAYS_PER_YEAR
            vy *= DAYS_PER_YEAR
            vz *= DAYS_PER_YEAR
        bodies.append([[x, y, z], [vx, vy, vz], mass * SOLAR_MASS])
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for (_, v, mass) in bodies:
        px -= v[0] * mass
        py -= v[1] * mass
        pz -= v[2] * mass
    sun_velocity = bodies[0][1]
    sun_mass = bodies[0][2]
    sun_velocity[0] = px / sun_mass
    sun_velocity[1] = py / sun_mass
    sun_velocity[2] = pz / sun_mass


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def energy(bodies, pairs):
    e = 0.0
    for ((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (_, (vx, vy, vz), mass) in bodies:
        e += mass * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for ((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            distance2 = dx * dx + dy * dy + dz * dz
            mag = dt / (distance2 * distance2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for (r, (vx, vy, vz), _) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def run(size):
    bodies = make_system()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, size)
    after = energy(bodies, pairs)
    return before, after


# Energies computed with CPython 3.11 for each size.
EXPECTED = {
    1000: (-0.1690751638285245, -0.1690876052346062),
    2000: (-0.1690751638285245, -0.16907160686959147),
    100000: (-0.1690751638285245, -0.16907985939167436),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    for got, want, label in zip(result, EXPECTED[size], ("initial", "final")):
        if not abs(got - want) <= 1e-12 * abs(want):
            return "%s energy %r, expected %r" % (label, got, want)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
