"""Trainer.evaluate() runs under torch.no_grad(), so outputs convert directly."""
import numpy as np
import torch
from torch import nn


class Trainer:
    def __init__(self) -> None:
        self.model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 1))

    @torch.no_grad()
    def evaluate(self, batches) -> float:
        self.model.eval()
        errors = []
        for x, y in batches:
            pred = self.model(x).numpy()
            errors.append(np.abs(pred - y.numpy()).mean())
        return float(np.mean(errors))


torch.manual_seed(7)
print(Trainer().evaluate([(torch.randn(4, 5), torch.randn(4, 1)) for _ in range(2)]))
