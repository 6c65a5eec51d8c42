import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
detector = nn.Linear(5, 1)
x, y = torch.randn(12, 5), torch.randint(0, 2, (12,))
probs = torch.sigmoid(detector(x)).squeeze(1)
order = np.argsort(-probs.detach().numpy())
print(np.cumsum(y.numpy()[order])[-1])
