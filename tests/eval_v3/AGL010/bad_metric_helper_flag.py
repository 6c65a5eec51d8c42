import torch
from torch import nn


def accuracy(logits, labels):
    logits.requires_grad = False  # expect: AGL010
    return (logits.argmax(-1) == labels).float().mean().item()


torch.manual_seed(0)
model = nn.Linear(5, 3)
x, y = torch.randn(9, 5), torch.randint(0, 3, (9,))
out = model(x)
loss = nn.functional.cross_entropy(out, y)
print(accuracy(out, y))
loss.backward()
