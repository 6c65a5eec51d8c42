import torch

torch.manual_seed(74)
order = torch.randperm(6, requires_grad=True)  # expect: AGL005
