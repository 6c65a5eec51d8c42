import torch

w = torch.randn(3, requires_grad=True)
target = torch.tensor([1.0, 2.0, 3.0])
opt = torch.optim.LBFGS([w], lr=0.5, max_iter=5)


def closure():
    opt.zero_grad()
    loss = (w - target).pow(2).sum()
    loss.backward()
    return loss


for _ in range(3):
    opt.step(closure)
print(w)
