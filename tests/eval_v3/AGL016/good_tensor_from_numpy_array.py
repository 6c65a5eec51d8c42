import numpy as np
import torch

rng = np.random.default_rng(0)
arr = rng.standard_normal((4, 2)).astype(np.float32)
x = torch.tensor(arr, requires_grad=True)
x.pow(2).sum().backward()
print(x.grad.shape)
