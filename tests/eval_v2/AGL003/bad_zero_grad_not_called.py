import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
data = torch.randn(20, 3)
target = data @ torch.tensor([[1.0], [-2.0], [0.5]])

for _epoch in range(3):
    optimizer.zero_grad  # noqa: B018
    loss = nn.functional.mse_loss(model(data), target)
    loss.backward()  # expect: AGL003
    optimizer.step()
