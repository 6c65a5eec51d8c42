import torch

torch.manual_seed(8)
sizes = [(3, 4), (4, 2)]
weights = [torch.randn(*s, dtype=torch.float64, requires_grad=True) for s in sizes]
opt = torch.optim.SGD(weights, lr=0.01)
opt.zero_grad()
(torch.randn(1, 3, dtype=torch.float64) @ weights[0] @ weights[1]).sum().backward()
opt.step()
