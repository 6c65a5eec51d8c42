import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.CrossEntropyLoss()

for _step in range(3):
    optimizer.zero_grad  # noqa: B018
    inputs, labels = torch.randn(10, 4), torch.randint(0, 2, (10,))
    loss = criterion(model(inputs), labels)
    loss.backward()  # expect: AGL003
    optimizer.step()
