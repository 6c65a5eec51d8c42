import torch

torch.manual_seed(0)

X = torch.randn(16, 3)
y = X @ torch.tensor([0.5, -1.0, 2.0])
w = torch.empty(3).uniform_(-0.1, 0.1).requires_grad_()
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    ((X @ w - y) ** 2).mean().backward()
    opt.step()
