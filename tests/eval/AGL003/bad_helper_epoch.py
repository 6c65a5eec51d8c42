import torch
from torch import nn, optim


def train_one_epoch(model, loader, opt, loss_fn):
    model.train()
    for inputs, targets in loader:
        outputs = model(inputs)
        loss = loss_fn(outputs, targets)
        loss.backward()  # expect: AGL003
        opt.step()


clf = nn.Linear(5, 3)
loader = [(torch.randn(4, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
train_one_epoch(clf, loader, optim.Adam(clf.parameters()), nn.CrossEntropyLoss())
