import torch

torch.manual_seed(0)

xs = torch.randn(20, 3)
ys = xs @ torch.tensor([2.0, -1.0, 0.5])
w = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(5):
    opt.zero_grad()
    loss = ((xs @ w - ys) ** 2).mean()
    loss.backward()
    opt.step()
