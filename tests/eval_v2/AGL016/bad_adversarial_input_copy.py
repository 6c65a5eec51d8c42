import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

model = nn.Sequential(nn.Flatten(), nn.Linear(12, 3))


def pgd(model, images, labels, eps=0.03, alpha=0.01, steps=2):
    x_adv = torch.tensor(images, requires_grad=True)  # expect: AGL016
    for _ in range(steps):
        loss = F.cross_entropy(model(x_adv), labels)
        (grad,) = torch.autograd.grad(loss, x_adv)
        with torch.no_grad():
            x_adv += alpha * grad.sign()
            x_adv.copy_(torch.min(torch.max(x_adv, images - eps), images + eps))
    return x_adv.detach()


adv = pgd(model, torch.rand(2, 3, 2, 2), torch.tensor([0, 2]))
print(adv.shape)
