import torch
from torch import nn

torch.manual_seed(0)
pretrained = {"weight": torch.randn(2, 4), "bias": torch.zeros(2)}
model = nn.Linear(4, 2)
with torch.no_grad():
    model.weight.copy_(pretrained["weight"])
    model.bias.copy_(pretrained["bias"])
nn.functional.cross_entropy(model(torch.randn(3, 4)), torch.tensor([0, 1, 1])).backward()
