import torch

torch.manual_seed(0)
theta = torch.randn(3, dtype=torch.float64, requires_grad=True)
x = torch.randn(20, 3, dtype=torch.float64)
loss = torch.logsumexp(x @ theta, dim=0)
loss.backward()
print("theta grad:", theta.grad.tolist())
