import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3))


@torch.no_grad()
def attack(model, x, y, eps=0.1):
    with torch.enable_grad():
        x_adv = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(model(x_adv), y)
        loss.backward()
    return (x + eps * x_adv.grad.sign()).clamp(-3, 3)


adv = attack(model, torch.randn(2, 4), torch.tensor([0, 2]))
print(adv.shape)
