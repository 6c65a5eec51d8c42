import torch
import torch.nn as nn

torch.manual_seed(0)

value_net = nn.Linear(3, 1)
states = torch.randn(5, 3)
values = value_net(states).squeeze(-1)
bootstrapped = torch.tensor([v.item() * 0.9 + 1.0 for v in values])
value_loss = (bootstrapped - bootstrapped.mean()).pow(2).mean()
value_loss.backward()  # expect: AGL011
