import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
images = torch.rand(2, 1, 4, 4)
labels = torch.tensor([0, 2])
eps = 0.03

x_adv = images.clone().requires_grad_(True)
loss = nn.functional.cross_entropy(classifier(x_adv), labels)
loss.backward()
x_adv += eps * x_adv.grad.sign()  # expect: AGL008
print(classifier(x_adv).argmax(1))
