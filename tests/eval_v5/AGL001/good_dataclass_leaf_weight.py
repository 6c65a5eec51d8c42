from dataclasses import dataclass

import torch


@dataclass
class LinearState:
    weight: torch.Tensor
    lr: float = 0.1


torch.manual_seed(6)
state = LinearState(torch.randn(5, 2, requires_grad=True))
x = torch.randn(3, 5)
(x @ state.weight).sum().backward()
update = state.weight.grad
print(update.shape)
