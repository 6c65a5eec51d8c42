import torch

theta = torch.rand(3, requires_grad=True)
opt = torch.optim.SGD([theta], lr=0.5)
for _ in range(3):
    opt.zero_grad()
    loss = (theta - torch.tensor([1.0, -1.0, 0.5])).pow(2).sum()
    loss.backward()
    opt.step()
    theta.clamp_(min=0.0)  # expect: AGL008
