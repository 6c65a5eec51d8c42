import numpy as np
import torch

torch.manual_seed(0)
w = torch.randn(20, requires_grad=True)
hist, _ = np.histogram(w.numpy(force=True), bins=5)
print(hist)
