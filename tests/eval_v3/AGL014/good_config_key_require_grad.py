import torch
from torch import nn

config = {"layers": [8, 8], "require_grad": {"backbone": False, "head": True}}
torch.manual_seed(0)
backbone = nn.Linear(8, 8)
head = nn.Linear(8, 2)
for module, name in ((backbone, "backbone"), (head, "head")):
    module.requires_grad_(config["require_grad"][name])
print([p.requires_grad for p in backbone.parameters()], head.weight.requires_grad)
