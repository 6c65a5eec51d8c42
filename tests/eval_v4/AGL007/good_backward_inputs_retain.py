"""Per-group gradients with backward(inputs=...) and retain_graph on the first call."""
import torch
from torch import nn

torch.manual_seed(14)
body, head = nn.Linear(4, 4), nn.Linear(4, 1)
loss = head(torch.relu(body(torch.randn(3, 4)))).pow(2).mean()
loss.backward(inputs=list(head.parameters()), retain_graph=True)
head_norm = head.weight.grad.norm().item()
loss.backward(inputs=list(body.parameters()))
print(head_norm, body.weight.grad.norm().item())
