import numpy as np
import torch

torch.manual_seed(0)
labels = torch.randint(0, 4, (20,))
features = torch.randn(20, 3)
counts = np.bincount(labels.numpy(), minlength=4)
means = features.numpy().mean(axis=0)
print(counts, means)
