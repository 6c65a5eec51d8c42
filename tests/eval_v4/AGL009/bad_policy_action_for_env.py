"""Continuous-control rollout: the action goes to a numpy 'environment'."""
import numpy as np
import torch
from torch import nn


class ToyEnv:
    def __init__(self) -> None:
        self.state = np.zeros(3, dtype=np.float32)

    def step(self, action: np.ndarray) -> np.ndarray:
        self.state = np.clip(self.state + 0.1 * action, -1, 1)
        return self.state


torch.manual_seed(4)
policy = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 3), nn.Tanh())
env = ToyEnv()
obs = torch.from_numpy(env.state)
action = policy(obs).numpy()  # expect: AGL009
env.step(action)
