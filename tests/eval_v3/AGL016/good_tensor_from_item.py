import torch

torch.manual_seed(0)
data = torch.randn(30)
mu = torch.tensor(data.mean().item(), requires_grad=True)
nll = ((data - mu) ** 2).mean()
nll.backward()
print(mu.grad)
