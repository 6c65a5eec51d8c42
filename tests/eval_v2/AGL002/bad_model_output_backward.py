import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
inputs = torch.randn(4, 3)


def explain(model, inputs):
    inputs = inputs.clone().requires_grad_(True)
    scores = model(inputs)
    scores.backward()  # expect: AGL002
    return inputs.grad


attributions = explain(model, inputs)
print(attributions)
