import math

import torch

freqs = torch.tensor([math.exp(-i / 4) for i in range(4)], requires_grad=True)
print(freqs)
