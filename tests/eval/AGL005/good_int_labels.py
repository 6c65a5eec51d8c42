import torch
import torch.nn.functional as F

logits = torch.randn(3, 2, requires_grad=True)
labels = torch.tensor([0, 1, 1])
F.cross_entropy(logits, labels).backward()
print(logits.grad)
