import torch
import torch.nn as nn

torch.manual_seed(0)

conv = nn.Conv2d(3, 4, 3, padding=1)
head = nn.Linear(4, 2)
fmap = conv(torch.rand(1, 3, 6, 6))
if not fmap.retains_grad:
    fmap.retain_grad()
logits = head(fmap.mean(dim=(2, 3)))
logits[0, 1].backward()
print(fmap.grad.shape, fmap.grad_fn is not None)
