import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(20, 4)
labels = torch.randint(0, 4, (20,))
temperature = torch.ones(1, requires_grad=True).cuda()  # expect: AGL013
opt = torch.optim.LBFGS([temperature], lr=0.01, max_iter=10)


def closure():
    opt.zero_grad()
    loss = nn.functional.cross_entropy(logits / temperature, labels)
    loss.backward()
    return loss


opt.step(closure)
