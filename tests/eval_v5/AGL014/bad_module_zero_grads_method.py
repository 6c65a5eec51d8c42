import torch
import torch.nn as nn


class Trainer:
    def __init__(self):
        self.model = nn.Linear(3, 3)

    def reset(self):
        self.model.zero_grads()  # expect: AGL014


torch.manual_seed(10)
Trainer().reset()
