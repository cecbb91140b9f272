# Method calls and attribute access on class instances, with inheritance and properties.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, position, velocity):
        self.position = position
        self.velocity = velocity
        self.steps = 0

    def step(self):
        self.position = self.position.add(self.velocity)
        self.steps += 1

    @property
    def energy(self):
        return self.velocity.dot(self.velocity)


class DampedParticle(Particle):
    def step(self):
        super().step()
        self.velocity = self.velocity.scale(0.5) if self.steps % 100 == 0 else self.velocity


particles = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(50)]
particles += [DampedParticle(Vector(0, i), Vector(64, -32)) for i in range(50)]
for _ in range(30000):
    for p in particles:
        p.step()
print(sum(p.position.x + p.position.y for p in particles))
print(sum(p.energy for p in particles), sum(p.steps for p in particles))
