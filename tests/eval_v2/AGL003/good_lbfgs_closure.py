import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
X = torch.randn(30, 3)
y = X @ torch.tensor([[0.5], [-1.0], [2.0]]) + 0.3
optimizer = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=5)


def closure():
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    return loss


for _ in range(3):
    loss = optimizer.step(closure)
print(loss.item())
