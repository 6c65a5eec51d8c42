import torch

torch.manual_seed(8)
horizon = torch.full((3,), 7, requires_grad=True)  # expect: AGL005
discount = 0.9 ** horizon
