import torch
import torch.nn.functional as F

torch.manual_seed(0)

log_temp = torch.empty(()).fill_(0.07).log().requires_grad_()
a = F.normalize(torch.randn(4, 6), dim=-1)
b = F.normalize(torch.randn(4, 6), dim=-1)
loss = F.cross_entropy(a @ b.t() / log_temp.exp(), torch.arange(4))
loss.backward()
print(log_temp.grad)
