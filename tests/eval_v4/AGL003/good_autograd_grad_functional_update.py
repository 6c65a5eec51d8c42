"""Updates from torch.autograd.grad never touch .grad, so nothing accumulates."""
import torch

torch.manual_seed(14)
x = torch.randn(30, 3)
y = (x[:, 0] > 0).float()
w = torch.zeros(3, requires_grad=True)
for _t in range(4):
    loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w, y)
    (g,) = torch.autograd.grad(loss, w)
    with torch.no_grad():
        w -= 0.5 * g
print(w)
