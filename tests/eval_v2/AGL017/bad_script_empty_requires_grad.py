import torch

torch.manual_seed(0)

X = torch.randn(16, 3)
y = X @ torch.tensor([0.5, -1.0, 2.0])
w = torch.empty(3, requires_grad=True)  # expect: AGL017
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    opt.step()
