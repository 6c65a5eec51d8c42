import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU())
features.requires_grad_(False)
content = torch.rand(1, 3, 8, 8)
img = content.clone().requires_grad_(True)
opt = torch.optim.LBFGS([img], max_iter=2)


def closure():
    img.clamp_(0, 1)  # expect: AGL008
    opt.zero_grad()
    loss = (features(img) - features(content)).pow(2).mean()
    loss.backward()
    return loss


opt.step(closure)
