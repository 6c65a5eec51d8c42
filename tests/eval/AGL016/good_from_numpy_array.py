import numpy as np
import torch

arr = np.linspace(0.0, 1.0, 5)
t = torch.tensor(arr, requires_grad=True)
print(t.dtype)
