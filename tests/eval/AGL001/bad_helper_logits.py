import torch
import torch.nn.functional as F
from torch import nn


def logit_gradients(model, x, y):
    logits = model(x)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    return logits.grad  # expect: AGL001


net = nn.Linear(6, 3)
inputs = torch.randn(10, 6)
targets = torch.randint(0, 3, (10,))
print(logit_gradients(net, inputs, targets))
