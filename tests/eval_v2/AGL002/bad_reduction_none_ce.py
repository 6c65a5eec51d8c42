import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(10, 4)
criterion = nn.CrossEntropyLoss(reduction="none")
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

batches = [(torch.randn(6, 10), torch.randint(0, 4, (6,))) for _ in range(2)]
for inputs, labels in batches:
    optimizer.zero_grad()
    logits = model(inputs)
    loss = criterion(logits, labels)
    loss.backward()  # expect: AGL002
    optimizer.step()
