import torch
import torch.nn as nn

torch.manual_seed(104)
trunk = nn.Linear(4, 4)
z = torch.tanh(trunk(torch.randn(2, 4)))
aux = z.pow(2).mean()
aux.backward(retain_grpah=True)  # expect: AGL014
