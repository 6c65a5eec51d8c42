import torch

torch.manual_seed(0)
coeffs = torch.randn(3, dtype=torch.float64, requires_grad=True)
t = torch.linspace(0, 1, 20, dtype=torch.float64)
opt = torch.optim.Adam([coeffs], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    pred = coeffs[0] + coeffs[1] * t + coeffs[2] * t ** 2
    (pred - torch.sin(t)).pow(2).mean().backward()
    opt.step()
print(coeffs.grad)
