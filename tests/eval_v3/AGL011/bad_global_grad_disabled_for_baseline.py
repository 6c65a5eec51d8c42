import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x_val, y_val = torch.randn(6, 4), torch.randint(0, 2, (6,))
torch.set_grad_enabled(False)
baseline = nn.functional.cross_entropy(model(x_val), y_val).item()
print("baseline val loss", baseline)

opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 4), torch.randint(0, 2, (8,))
opt.zero_grad()
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()  # expect: AGL011
opt.step()
