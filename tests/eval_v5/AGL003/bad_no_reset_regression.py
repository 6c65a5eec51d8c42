import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x = torch.randn(20, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])

for _ in range(5):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
