import torch
from torch import nn


def train_epoch(model, batches, opt):
    epoch_loss = 0.0
    for xb, yb in batches:
        opt.zero_grad()
        loss = nn.functional.l1_loss(model(xb), yb)
        loss.backward()
        opt.step()
        epoch_loss += loss  # expect: AGL012
    return epoch_loss / len(batches)


m = nn.Linear(2, 2)
data = [(torch.randn(4, 2), torch.randn(4, 2)) for _ in range(3)]
print(train_epoch(m, data, torch.optim.SGD(m.parameters(), lr=0.1)))
