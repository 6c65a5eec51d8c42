import torch
from torch import nn


def train_step(model, optimizer, batch):
    inputs, labels = batch
    model.zero_grad()
    loss = nn.functional.binary_cross_entropy_with_logits(model(inputs), labels)
    loss.backward()
    optimizer.step()
    return loss.item()


torch.manual_seed(0)
model = nn.Linear(8, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(6, 8), torch.rand(6, 1).round()) for _ in range(4)]
print([train_step(model, optimizer, b) for b in batches])
