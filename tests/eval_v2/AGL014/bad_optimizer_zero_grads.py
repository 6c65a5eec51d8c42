import torch
import torch.nn as nn

torch.manual_seed(0)


def train(model, batches, lr=0.01):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grads()  # expect: AGL014
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()


train(nn.Linear(3, 1), [(torch.randn(4, 3), torch.randn(4, 1))])
