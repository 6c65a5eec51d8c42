import torch

x = torch.randn(3, 3)
print((x @ x.T).numpy())
