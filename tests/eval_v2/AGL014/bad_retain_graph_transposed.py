import torch
import torch.nn as nn

torch.manual_seed(0)

policy = nn.Linear(4, 2)
value = nn.Linear(2, 1)
s = torch.randn(3, 4)
h = torch.tanh(policy(s))
pi_loss = -torch.log_softmax(h, -1)[:, 0].mean()
v_loss = value(h).pow(2).mean()
pi_loss.backward(retain_grpah=True)  # expect: AGL014
v_loss.backward()
