"""Manual updates that drop the gradient with p.grad = None."""
import torch
from torch import nn

torch.manual_seed(6)
model = nn.Linear(4, 1)
for _ in range(4):
    loss = model(torch.randn(8, 4)).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.05 * p.grad
            p.grad = None
