import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Sequential(nn.Sigmoid(), nn.ReLU(inplace=True)),  # expect: AGL015
    nn.Linear(8, 1),
)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
optimizer.zero_grad()
loss = model(torch.randn(5, 4)).pow(2).mean()
loss.backward()
optimizer.step()
