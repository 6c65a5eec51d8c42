import torch

torch.manual_seed(0)

sizes = [(4, 8), (8, 2)]
weights = [torch.randn(*s, requires_grad=True).to(torch.float64) for s in sizes]  # expect: AGL013
x = torch.randn(5, 4, dtype=torch.float64)
opt = torch.optim.Adam(weights, lr=1e-3)
h = x
for w in weights:
    h = torch.tanh(h @ w)
h.sum().backward()
opt.step()
