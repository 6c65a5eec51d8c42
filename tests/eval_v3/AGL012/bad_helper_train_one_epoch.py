import torch
from torch import nn


def train_one_epoch(model, opt, loader, criterion):
    model.train()
    epoch_loss = 0.0
    for x, y in loader:
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
        epoch_loss += loss  # expect: AGL012
    return epoch_loss / len(loader)


torch.manual_seed(0)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loader = [(torch.randn(3, 4), torch.randint(0, 2, (3,))) for _ in range(3)]
print(train_one_epoch(model, opt, loader, nn.CrossEntropyLoss()))
