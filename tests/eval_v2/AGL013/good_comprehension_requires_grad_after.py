import torch

torch.manual_seed(0)

sizes = [(4, 8), (8, 2)]
weights = [torch.randn(*s).to(torch.float64).requires_grad_() for s in sizes]
opt = torch.optim.Adam(weights, lr=1e-3)
h = torch.randn(5, 4, dtype=torch.float64)
for w in weights:
    h = torch.tanh(h @ w)
h.sum().backward()
opt.step()
