import numpy as np
import torch
import torch.nn as nn


class Trainer:
    def __init__(self):
        self.model = nn.Linear(5, 2)

    def evaluate(self, x, y):
        probs = self.model(x).softmax(-1)[:, 1]
        scores = probs.numpy()  # expect: AGL009
        return float(np.mean((scores > 0.5) == y))


torch.manual_seed(5)
print(Trainer().evaluate(torch.randn(6, 5), np.array([0, 1, 0, 1, 1, 0])))
