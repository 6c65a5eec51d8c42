"""torch.tensor() on a numpy array copies data that has no graph."""
import numpy as np
import torch

torch.manual_seed(1)
rng = np.random.default_rng(1)
init = rng.normal(size=(3, 3)).astype(np.float32)
w = torch.tensor(init, requires_grad=True)
(w @ torch.randn(3)).pow(2).sum().backward()
print(w.grad.shape)
