import torch

torch.manual_seed(3)
gate = torch.randn(6, requires_grad=True)
torch.relu_(gate)  # expect: AGL008
