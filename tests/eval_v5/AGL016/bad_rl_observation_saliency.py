import torch
import torch.nn as nn

torch.manual_seed(8)
q_net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
obs = torch.randn(4)
obs_leaf = torch.tensor(obs, requires_grad=True)  # expect: AGL016
q_net(obs_leaf).max().backward()
