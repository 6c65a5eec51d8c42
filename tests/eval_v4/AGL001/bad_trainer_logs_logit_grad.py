"""A small trainer that logs the gradient reaching the logits."""
import torch
from torch import nn


class Trainer:
    def __init__(self, model: nn.Module) -> None:
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.logit_grad_norms = []

    def step(self, x, y):
        self.opt.zero_grad()
        logits = self.model(x)
        loss = nn.functional.cross_entropy(logits, y)
        loss.backward()
        g = logits.grad  # expect: AGL001
        self.logit_grad_norms.append(None if g is None else g.norm().item())
        self.opt.step()
        return loss.item()


torch.manual_seed(4)
trainer = Trainer(nn.Linear(5, 3))
print(trainer.step(torch.randn(8, 5), torch.randint(0, 3, (8,))))
