import numpy as np
import torch

torch.manual_seed(0)

codes = torch.randn(4, 2, requires_grad=True)
centers = torch.tensor([[1.0, 1.0], [-1.0, -1.0]])
dist = torch.cdist(codes, centers)
assign = dist.argmin(dim=1)
snapshot = codes.numpy()  # expect: AGL009
print(np.round(snapshot, 2), assign)
