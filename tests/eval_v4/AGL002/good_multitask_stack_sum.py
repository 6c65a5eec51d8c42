"""Multi-task losses stacked for logging and summed for one backward()."""
import torch
from torch import nn

torch.manual_seed(7)
trunk = nn.Linear(5, 8)
heads = nn.ModuleDict({"cls": nn.Linear(8, 3), "reg": nn.Linear(8, 1)})
x = torch.randn(4, 5)
h = torch.relu(trunk(x))
losses = torch.stack([
    nn.functional.cross_entropy(heads["cls"](h), torch.randint(0, 3, (4,))),
    nn.functional.mse_loss(heads["reg"](h), torch.randn(4, 1)),
])
print(losses.tolist())
losses.sum().backward()
