"""A Trainer whose fit() runs inside the context its evaluate() uses."""
import torch
from torch import nn


class Trainer:
    def __init__(self) -> None:
        self.model = nn.Linear(3, 2)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)

    def step(self, x, y) -> None:
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()  # expect: AGL011
        self.opt.step()

    def fit(self, batches) -> None:
        with torch.inference_mode():
            for x, y in batches:
                self.step(x, y)


torch.manual_seed(13)
Trainer().fit([(torch.randn(4, 3), torch.randint(0, 2, (4,)))])
