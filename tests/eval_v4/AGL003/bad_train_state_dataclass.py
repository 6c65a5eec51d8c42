"""Training state kept in a dataclass; train_step() forgets the reset."""
from dataclasses import dataclass, field

import torch
from torch import nn


@dataclass
class TrainState:
    model: nn.Module
    optimizer: torch.optim.Optimizer
    losses: list = field(default_factory=list)


def train_step(state: TrainState, x, y) -> None:
    loss = nn.functional.l1_loss(state.model(x), y)
    loss.backward()  # expect: AGL003
    state.optimizer.step()
    state.losses.append(loss.item())


torch.manual_seed(10)
net = nn.Linear(2, 2)
state = TrainState(net, torch.optim.SGD(net.parameters(), lr=0.1))
for _ in range(3):
    train_step(state, torch.randn(4, 2), torch.randn(4, 2))
print(state.losses)
