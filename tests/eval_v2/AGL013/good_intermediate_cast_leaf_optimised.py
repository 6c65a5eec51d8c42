import torch

torch.manual_seed(0)

theta = torch.randn(3, requires_grad=True)
opt = torch.optim.SGD([theta], lr=0.05, momentum=0.9)
for _ in range(2):
    opt.zero_grad()
    theta64 = theta.double()
    loss = (theta64 ** 2).sum()
    loss.backward()
    opt.step()
print(theta.grad)
