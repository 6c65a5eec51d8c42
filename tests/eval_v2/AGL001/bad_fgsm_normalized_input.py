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
    image = torch.rand(1, 3, 8, 8, requires_grad=True) if image is None else image
    x = (image - MEAN) / STD
    loss = F.cross_entropy(net(x), label)
    loss.backward()
    perturbation = x.grad  # expect: AGL001
    return perturbation


label = torch.tensor([3])
img = torch.rand(1, 3, 8, 8, requires_grad=True)
delta = fgsm(img, label)
print("perturbation is None:", delta is None)
