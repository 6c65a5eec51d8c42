import torch

x = torch.randn(4)
w = torch.tensor(x.tolist(), requires_grad=True)
print(w)
