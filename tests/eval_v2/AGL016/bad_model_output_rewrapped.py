import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(5, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.MSELoss()
x, y = torch.randn(6, 5), torch.randn(6, 1)

optimizer.zero_grad()
pred = model(x)
pred = torch.tensor(pred, requires_grad=True)  # expect: AGL016
loss = criterion(pred, y)
loss.backward()
optimizer.step()
print(model.weight.grad)
