import torch
from torch import nn


def fit(model, loader, epochs=2, lr=0.1):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    for _ in range(epochs):
        for xb, yb in loader:
            optimizer.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
        scheduler.step()
    return model


torch.manual_seed(0)
loader = [(torch.randn(4, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
fit(nn.Linear(5, 3), loader)
