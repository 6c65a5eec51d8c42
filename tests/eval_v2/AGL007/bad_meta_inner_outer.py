import torch

torch.manual_seed(0)

w = torch.randn(3, 1, requires_grad=True)
x_tr, y_tr = torch.randn(6, 3), torch.randn(6, 1)
x_val, y_val = torch.randn(6, 3), torch.randn(6, 1)

inner_loss = ((torch.tanh(x_tr @ w) - y_tr) ** 2).mean()
(g,) = torch.autograd.grad(inner_loss, w)
w_fast = w - 0.1 * g
outer_loss = ((torch.tanh(x_val @ w_fast) - y_val) ** 2).mean()
outer_loss.backward()
inner_loss.backward()  # expect: AGL007
