import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))


def explain(model, inputs, target_class):
    inputs = inputs.clone().requires_grad_(True)
    scores = model(inputs)
    scores[:, target_class].sum().backward()
    return inputs.grad


print(explain(model, torch.randn(4, 3), target_class=1))
