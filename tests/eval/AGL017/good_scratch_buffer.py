import torch

x = torch.randn(4)
buf = torch.empty(4)
buf[:] = x * 2
print(buf)
