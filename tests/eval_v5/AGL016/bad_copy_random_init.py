import torch

torch.manual_seed(0)
init = torch.randn(3)
w = torch.tensor(init, requires_grad=True)  # expect: AGL016
w.pow(2).sum().backward()
