import torch

torch.manual_seed(0)
W = torch.randn(5, 5, requires_grad=True)
opt = torch.optim.SGD([W], lr=0.1, weight_decay=1e-2)
data = torch.randn(12, 5)
for _ in range(2):
    opt.zero_grad()
    (data @ W).pow(2).mean().backward()
    opt.step()
