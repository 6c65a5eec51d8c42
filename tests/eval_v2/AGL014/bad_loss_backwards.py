import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(5, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
inputs, labels = torch.randn(4, 5), torch.randint(0, 2, (4,))

optimizer.zero_grad()
loss = criterion(model(inputs), labels)
loss.backwards()  # expect: AGL014
optimizer.step()
