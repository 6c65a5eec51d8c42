import torch

x = torch.linspace(0, 1, 4)
x.require_grad_()  # expect: AGL014
