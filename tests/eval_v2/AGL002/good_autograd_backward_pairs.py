import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Linear(3, 2)
x = torch.randn(4, 3)
out_a = net(x)
out_b = torch.tanh(net(x * 2))
torch.autograd.backward([out_a, out_b], [torch.ones_like(out_a), torch.full_like(out_b, 0.5)])
print(net.weight.grad.shape)
