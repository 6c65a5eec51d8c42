import torch

torch.manual_seed(0)
sizes = [(3, 6), (6, 1)]
weights = [torch.randn(a, b).double().requires_grad_() for a, b in sizes]
opt = torch.optim.Adam(weights, lr=1e-2)
x = torch.randn(10, 3, dtype=torch.float64)
opt.zero_grad()
(torch.relu(x @ weights[0]) @ weights[1]).pow(2).mean().backward()
opt.step()
