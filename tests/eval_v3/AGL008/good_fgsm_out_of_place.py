import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
images, labels = torch.rand(2, 1, 4, 4), torch.tensor([0, 2])
x_adv = images.clone().requires_grad_(True)
nn.functional.cross_entropy(classifier(x_adv), labels).backward()
x_adv = (x_adv + 0.03 * x_adv.grad.sign()).clamp(0, 1).detach()
print(classifier(x_adv).argmax(1))
