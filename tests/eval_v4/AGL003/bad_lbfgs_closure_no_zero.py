"""L-BFGS closure that backpropagates without clearing old gradients."""
import torch

torch.manual_seed(5)
t = torch.linspace(0, 1, 30)
target = 3.0 * t ** 2 - t
coef = torch.zeros(3, requires_grad=True)
opt = torch.optim.LBFGS([coef], lr=0.5, max_iter=5)


def closure():
    pred = coef[0] + coef[1] * t + coef[2] * t ** 2
    loss = ((pred - target) ** 2).mean()
    loss.backward()  # expect: AGL003
    return loss


for _ in range(2):
    opt.step(closure)
print(coef.detach())
