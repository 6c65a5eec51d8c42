import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(4)
rng = np.random.default_rng(4)
policy = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))
state = torch.randn(4)
probs = torch.softmax(policy(state), dim=-1)
action = rng.choice(3, p=probs.numpy())  # expect: AGL009
