import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
train = [(torch.randn(4, 6), torch.randint(0, 2, (4,))) for _ in range(2)]
val = [(torch.randn(4, 6), torch.randint(0, 2, (4,))) for _ in range(2)]

for inputs, labels in train:
    optimizer.zero_grad()
    loss = criterion(model(inputs), labels)
    loss.backward()
    optimizer.step()

with torch.no_grad():
    val_loss = sum(criterion(model(x), y) for x, y in val) / len(val)
print(val_loss.item())
