import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(6, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()
batches = [(torch.randn(5, 6), torch.randint(0, 2, (5,))) for _ in range(3)]

for epoch in range(2):
    model.train()
    opt.zero_grad()
    running = 0.0
    for xb, yb in batches:
        loss = loss_fn(model(xb), yb)
        loss.backward()  # expect: AGL003
        opt.step()
        running += loss.item()
    print(epoch, running / len(batches))
