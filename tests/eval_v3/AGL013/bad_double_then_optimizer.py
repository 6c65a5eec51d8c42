import torch

torch.manual_seed(0)
x = torch.randn(50, 3, dtype=torch.float64)
y = x @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
w = torch.randn(3, requires_grad=True).double()  # expect: AGL013
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    ((x @ w - y) ** 2).mean().backward()
    opt.step()
