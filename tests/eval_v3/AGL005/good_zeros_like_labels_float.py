import torch
from torch import nn

torch.manual_seed(0)
logits = nn.Linear(4, 3)(torch.randn(5, 4))
labels = torch.randint(0, 3, (5,))
offsets = torch.zeros_like(labels, dtype=torch.float32, requires_grad=True)
loss = nn.functional.cross_entropy(logits + offsets[:, None], labels)
loss.backward()
print(offsets.grad)
