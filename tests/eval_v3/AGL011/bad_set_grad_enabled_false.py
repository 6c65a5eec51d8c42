import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
phase = "val"
x, y = torch.randn(5, 4), torch.randint(0, 3, (5,))
with torch.set_grad_enabled(phase == "train"):
    out = model(x)
    loss = nn.functional.cross_entropy(out, y)
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
