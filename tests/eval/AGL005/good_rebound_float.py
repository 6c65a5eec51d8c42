import torch

x = torch.tensor([1, 2])
x = x.float()
x.requires_grad = True
print(x)
