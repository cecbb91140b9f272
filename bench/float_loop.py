# Floating-point loops: a Mandelbrot set rendered to a checksum, and a small n-body-style integration.
def mandelbrot(width, height, max_iter):
    inside = 0
    total_iter = 0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total_iter += i
            if i == max_iter:
                inside += 1
    return inside, total_iter


def orbit(steps):
    # Two bodies around a fixed centre, explicit Euler; positions are summarised with a rounded value.
    bodies = [[1.0, 0.0, 0.0, 1.0], [0.0, 2.0, -0.7, 0.0]]
    dt = 0.001
    for _ in range(steps):
        for b in bodies:
            x, y = b[0], b[1]
            r2 = x * x + y * y
            inv = 1.0 / (r2 * r2 ** 0.5)
            b[2] -= x * inv * dt
            b[3] -= y * inv * dt
            b[0] += b[2] * dt
            b[1] += b[3] * dt
    return round(sum(b[0] + b[1] for b in bodies), 6)


print(mandelbrot(500, 300, 300))
print(orbit(500000))
