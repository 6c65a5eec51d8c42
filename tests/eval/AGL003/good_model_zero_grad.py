import torch
from torch import nn


def train_one_epoch(model, loader, opt, loss_fn):
    for inputs, targets in loader:
        model.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        opt.step()


clf = nn.Linear(5, 3)
loader = [(torch.randn(4, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
train_one_epoch(clf, loader, torch.optim.Adam(clf.parameters()), nn.CrossEntropyLoss())
