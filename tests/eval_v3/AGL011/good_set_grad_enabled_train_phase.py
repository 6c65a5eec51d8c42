import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for phase in ("train", "val"):
    x, y = torch.randn(5, 4), torch.randint(0, 3, (5,))
    with torch.set_grad_enabled(phase == "train"):
        loss = nn.functional.cross_entropy(model(x), y)
    if phase == "train":
        opt.zero_grad()
        loss.backward()
        opt.step()
