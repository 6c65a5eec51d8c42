import torch
import torch.nn as nn

torch.manual_seed(0)

captured = {}


def save_grad(name):
    def hook(grad):
        captured[name] = grad.detach()
    return hook


proj = nn.Linear(6, 12)
x = torch.randn(3, 6)
gate, value = proj(x).chunk(2, dim=-1)
gate.register_hook(save_grad("gate"))
y = torch.sigmoid(gate) * value
y.mean().backward()
print({k: v.norm().item() for k, v in captured.items()})
print(proj.weight.grad.shape)
