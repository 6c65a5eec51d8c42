import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
X = torch.randn(20, 3)
y = X @ torch.tensor([[1.0], [2.0], [-1.0]])
optimizer = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=4)
loss = nn.functional.mse_loss(model(X), y)


def closure():
    optimizer.zero_grad()
    loss.backward()  # expect: AGL007
    return loss


optimizer.step(closure)
