import torch as T

theta = T.rand(3, requires_grad=True)
opt = T.optim.SGD([theta], lr=0.5)
for _ in range(3):
    opt.zero_grad()
    loss = (theta - T.tensor([1.0, -1.0, 0.5])).pow(2).sum()
    loss.backward()
    opt.step()
    with T.no_grad():
        theta.clamp_(min=0.0)
