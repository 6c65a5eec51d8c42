import torch

torch.manual_seed(0)
coeffs = torch.randn(3, requires_grad=True).type(torch.float64)  # expect: AGL013
t = torch.linspace(0, 1, 20, dtype=torch.float64)
target = torch.sin(t)
opt = torch.optim.Adam([coeffs], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    pred = coeffs[0] + coeffs[1] * t + coeffs[2] * t ** 2
    (pred - target).pow(2).mean().backward()
    opt.step()
