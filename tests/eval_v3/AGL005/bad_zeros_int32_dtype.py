import torch

torch.manual_seed(0)
features = torch.randn(8, 3)
bias = torch.zeros(3, dtype=torch.int32, requires_grad=True)  # expect: AGL005
out = features + bias
print(out.mean())
