"""Rollout action computed under inference_mode for a numpy environment."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(4)
policy = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 3), nn.Tanh())
state = np.zeros(3, dtype=np.float32)
for _ in range(3):
    with torch.inference_mode():
        action = policy(torch.from_numpy(state)).numpy()
    state = np.clip(state + 0.1 * action, -1, 1)
print(state)
