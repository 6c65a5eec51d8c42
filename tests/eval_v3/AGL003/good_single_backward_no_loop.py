import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 5), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
optimizer.step()
print("one fine-tuning step done", loss.item())
