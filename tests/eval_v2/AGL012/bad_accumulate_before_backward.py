import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(6, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
batches = [(torch.randn(3, 6), torch.randint(0, 2, (3,))) for _ in range(3)]
train_loss = 0.0

for inputs, targets in batches:
    loss = criterion(model(inputs), targets)
    train_loss += loss  # expect: AGL012
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(train_loss / len(batches))
