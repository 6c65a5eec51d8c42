import torch
import torch.nn.functional as F

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
xq = torch.randn(5, 3)
yq = torch.randn(5, 1)
query_losses = F.mse_loss(xq @ w, yq, reduction="none").squeeze(1)
(meta_grad,) = torch.autograd.grad(query_losses, w)  # expect: AGL002
print(meta_grad.shape)
