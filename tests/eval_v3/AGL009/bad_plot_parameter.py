import numpy as np
import torch

torch.manual_seed(0)
w = torch.randn(20, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
hist, edges = np.histogram(w.numpy(), bins=5)  # expect: AGL009
print(hist)
