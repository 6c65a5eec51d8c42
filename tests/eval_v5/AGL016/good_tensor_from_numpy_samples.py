import numpy as np
import torch

torch.manual_seed(11)
rng = np.random.default_rng(11)
samples = rng.normal(size=4).astype(np.float32)
w = torch.tensor(samples, requires_grad=True)
w.exp().sum().backward()
