import numpy as np
import torch

torch.manual_seed(0)

rng = np.random.default_rng(0)
init = rng.normal(size=(3, 2)).astype(np.float32)
w = torch.tensor(init, requires_grad=True)
(torch.randn(4, 3) @ w).sum().backward()
print(w.grad.shape)
