import torch

torch.manual_seed(0)
noise_scale = torch.randn(3, require_grad=True)  # expect: AGL014
