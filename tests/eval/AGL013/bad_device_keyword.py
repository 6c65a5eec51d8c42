import torch

theta = torch.rand(3, requires_grad=True).to(device="cuda")  # expect: AGL013
