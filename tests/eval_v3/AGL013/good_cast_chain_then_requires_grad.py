import torch

torch.manual_seed(0)
n_experts = 3
gates = [torch.randn(4).to(torch.float64).requires_grad_() for _ in range(n_experts)]
opt = torch.optim.SGD(gates, lr=0.1)
x = torch.randn(2, 4, dtype=torch.float64)
opt.zero_grad()
sum(torch.sigmoid(x @ g) for g in gates).sum().backward()
opt.step()
