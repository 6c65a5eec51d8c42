class Path:
    def __init__(self, steps):
        self.steps = steps

    def backwards(self):
        return Path(list(reversed(self.steps)))


print(Path([1, 2, 3]).backwards().steps)
