import torch

x = torch.randn(3)
x = x.tolist()
w = torch.tensor(x, requires_grad=True)
print(w)
