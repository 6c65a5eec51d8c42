import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 3)
checkpoint = {"weight": torch.eye(3), "bias": torch.zeros(3)}


def load_weights(module, state):
    with torch.no_grad():
        for name, param in module.named_parameters():
            param.copy_(state[name])


load_weights(model, checkpoint)
model(torch.randn(2, 3)).sum().backward()
