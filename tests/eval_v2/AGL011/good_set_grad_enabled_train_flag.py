import torch
import torch.nn as nn

torch.manual_seed(0)


def run_epoch(model, opt, batches, train):
    model.train(train)
    total = 0.0
    for x, y in batches:
        with torch.set_grad_enabled(train):
            loss = nn.functional.mse_loss(model(x), y)
        if train:
            opt.zero_grad()
            loss.backward()
            opt.step()
        total += loss.item()
    return total


model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(2)]
print(run_epoch(model, opt, batches, train=True), run_epoch(model, opt, batches, train=False))
