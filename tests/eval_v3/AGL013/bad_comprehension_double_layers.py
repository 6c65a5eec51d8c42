import torch

torch.manual_seed(0)
sizes = [(3, 6), (6, 6), (6, 1)]
weights = [torch.randn(a, b, requires_grad=True).double() for a, b in sizes]  # expect: AGL013
opt = torch.optim.Adam(weights, lr=1e-2)


def mlp(x):
    for i, w in enumerate(weights):
        x = x @ w
        if i < len(weights) - 1:
            x = torch.relu(x)
    return x


x = torch.randn(10, 3, dtype=torch.float64)
opt.zero_grad()
mlp(x).pow(2).mean().backward()
opt.step()
