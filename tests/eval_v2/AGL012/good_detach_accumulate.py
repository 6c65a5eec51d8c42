import torch
import torch.nn as nn


def train_one_epoch(model, loader, optimizer, loss_fn):
    running_loss = torch.zeros(())
    for x, y in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        running_loss += loss.detach() * x.size(0)
    return running_loss / sum(x.size(0) for x, _ in loader)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 3))
loader = [(torch.randn(4, 6), torch.randint(0, 3, (4,))) for _ in range(4)]
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(train_one_epoch(model, loader, opt, nn.CrossEntropyLoss()))
