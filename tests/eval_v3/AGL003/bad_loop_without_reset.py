import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
criterion = nn.MSELoss()
x, y = torch.randn(32, 4), torch.randn(32, 1)

for epoch in range(4):
    pred = model(x)
    loss = criterion(pred, y)
    loss.backward()  # expect: AGL003
    optimizer.step()
    print(f"epoch {epoch}: {loss.item():.4f}")
