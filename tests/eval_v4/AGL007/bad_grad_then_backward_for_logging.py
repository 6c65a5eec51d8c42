"""Inner-loop gradient taken with autograd.grad, then backward() 'to fill .grad for logging'."""
import torch

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(6, 3), torch.randn(6, 1)
inner_loss = ((xs @ w - ys) ** 2).mean()
(g,) = torch.autograd.grad(inner_loss, w)
adapted = w.detach() - 0.1 * g
inner_loss.backward()  # expect: AGL007
print(w.grad.norm(), adapted.shape)
