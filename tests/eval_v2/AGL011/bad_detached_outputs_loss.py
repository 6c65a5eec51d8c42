import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def train_step(model, opt, x, y):
    logits = model(x).detach()
    loss = F.cross_entropy(logits, y, label_smoothing=0.1)
    opt.zero_grad()
    loss.backward()  # expect: AGL011
    opt.step()
    return loss.item()


net = nn.Linear(7, 3)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
print(train_step(net, opt, torch.randn(5, 7), torch.randint(0, 3, (5,))))
