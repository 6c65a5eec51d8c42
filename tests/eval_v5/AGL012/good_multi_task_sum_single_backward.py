import torch

torch.manual_seed(12)
w = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05)
for _ in range(3):
    meta_loss = 0.0
    for _task in range(4):
        xs = torch.randn(6, 3)
        ys = xs @ torch.randn(3)
        meta_loss += (xs @ w - ys).pow(2).mean()
    opt.zero_grad()
    meta_loss.backward()
    opt.step()
