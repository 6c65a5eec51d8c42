import numpy as np
import torch

torch.manual_seed(0)

labels = torch.randint(0, 3, (12,))
features = torch.randn(12, 4)
counts = np.bincount(labels.numpy(), minlength=3)
means = features.numpy().mean(axis=0)
print(counts, np.round(means, 2))
