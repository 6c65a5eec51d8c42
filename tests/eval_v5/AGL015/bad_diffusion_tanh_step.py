import torch
import torch.nn as nn

torch.manual_seed(9)
net = nn.Linear(4, 4)
noise = torch.randn(2, 4)
x = torch.tanh(net(torch.randn(2, 4)))
x -= 0.1 * noise  # expect: AGL015
x.pow(2).mean().backward()
