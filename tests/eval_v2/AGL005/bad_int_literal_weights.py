import torch

torch.manual_seed(0)

xs = torch.randn(20, 3)
true_w = torch.tensor([2.0, -1.0, 0.5])
ys = xs @ true_w

w = torch.tensor([1, 1, 1], requires_grad=True)  # expect: AGL005
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(5):
    opt.zero_grad()
    loss = ((xs @ w - ys) ** 2).mean()
    loss.backward()
    opt.step()
