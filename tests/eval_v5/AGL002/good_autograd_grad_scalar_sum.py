import torch

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
xq = torch.randn(5, 3)
yq = torch.randn(5, 1)
query_losses = ((xq @ w) - yq).pow(2).squeeze(1)
(meta_grad,) = torch.autograd.grad(query_losses.mean(), w)
print(meta_grad.shape)
