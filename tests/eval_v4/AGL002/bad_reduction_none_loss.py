"""Per-sample losses kept for hard-example mining, then backpropagated as is."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
criterion = nn.CrossEntropyLoss(reduction="none")
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 4), torch.randint(0, 3, (8,))
opt.zero_grad()
per_sample = criterion(model(x), y)
hard = per_sample.topk(4).values
hard.backward()  # expect: AGL002
opt.step()
