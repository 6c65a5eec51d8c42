import torch

torch.manual_seed(103)
gain = torch.ones(3, requires_grads=True)  # expect: AGL014
