import torch

x = torch.randn(3)
w = torch.as_tensor(x).requires_grad_()
print(w.is_leaf)
