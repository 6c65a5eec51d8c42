import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(10, 4)
criterion = nn.CrossEntropyLoss(reduction="none")
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
sample_weight = torch.tensor([1.0, 2.0, 1.0, 0.5, 1.0, 1.0])

for _ in range(2):
    optimizer.zero_grad()
    loss = criterion(model(torch.randn(6, 10)), torch.randint(0, 4, (6,)))
    loss = (loss * sample_weight).sum() / sample_weight.sum()
    loss.backward()
    optimizer.step()
