import torch

torch.manual_seed(0)
features = torch.randn(8, 3, dtype=torch.float64)
bias = torch.zeros(3, dtype=torch.float64, requires_grad=True)
out = (features + bias).pow(2).mean()
out.backward()
print(bias.grad)
