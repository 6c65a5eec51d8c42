import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cpu")
logits = torch.randn(20, 4, device=device)
labels = torch.randint(0, 4, (20,), device=device)
temperature = torch.ones(1, device=device, requires_grad=True)
opt = torch.optim.LBFGS([temperature], lr=0.01, max_iter=10)


def closure():
    opt.zero_grad()
    loss = nn.functional.cross_entropy(logits / temperature, labels)
    loss.backward()
    return loss


opt.step(closure)
