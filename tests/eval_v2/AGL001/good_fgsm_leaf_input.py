import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

MEAN = torch.tensor([0.5, 0.5, 0.5]).view(1, 3, 1, 1)
STD = torch.tensor([0.25, 0.25, 0.25]).view(1, 3, 1, 1)

net = nn.Sequential(
    nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 8 * 8, 10)
)
net.eval()


def fgsm(image, label, eps=0.03):
    image = image.clone().detach().requires_grad_(True)
    loss = F.cross_entropy(net((image - MEAN) / STD), label)
    loss.backward()
    adv = image + eps * image.grad.sign()
    return adv.clamp(0, 1).detach()


adv = fgsm(torch.rand(1, 3, 8, 8), torch.tensor([3]))
print(adv.shape)
