import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
batches = [(torch.randn(4, 6), torch.randint(0, 2, (4,))) for _ in range(2)]

for inputs, labels in batches:
    optimizer.zero_grad()
    with torch.no_grad():
        outputs = model(inputs)
    loss = criterion(outputs, labels)
    loss.backward()  # expect: AGL011
    optimizer.step()
