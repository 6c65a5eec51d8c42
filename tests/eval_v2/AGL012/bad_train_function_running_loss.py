import torch
import torch.nn as nn


def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    running_loss = 0.0
    for step, (x, y) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        running_loss += loss  # expect: AGL012
        if step % 2 == 1:
            print(f"step {step}: {running_loss / (step + 1)}")
    return running_loss / len(loader)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 3))
loader = [(torch.randn(4, 6), torch.randint(0, 3, (4,))) for _ in range(4)]
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(train_one_epoch(model, loader, opt, nn.CrossEntropyLoss()))
