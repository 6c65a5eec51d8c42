import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

collected = []


def save_activation(module, inputs, output):
    collected.append(output.cpu().numpy())  # expect: AGL009


model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
model[1].register_forward_hook(save_activation)
model(torch.randn(3, 4))
print(np.stack(collected).shape)
