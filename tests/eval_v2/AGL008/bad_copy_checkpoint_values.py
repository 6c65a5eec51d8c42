import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 3)
checkpoint = {"weight": torch.eye(3), "bias": torch.zeros(3)}


def load_weights(module, state):
    for name, param in module.named_parameters():
        param.copy_(state[name])  # expect: AGL008


load_weights(model, checkpoint)
