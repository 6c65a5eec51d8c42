import torch

torch.manual_seed(8)
horizon = torch.full((3,), 7.0, requires_grad=True)
discount = 0.9 ** horizon
discount.sum().backward()
