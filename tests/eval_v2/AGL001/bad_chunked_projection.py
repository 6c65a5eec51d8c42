import torch
import torch.nn as nn

torch.manual_seed(0)

proj = nn.Linear(6, 12)
x = torch.randn(3, 6)
gate, value = proj(x).chunk(2, dim=-1)
y = torch.sigmoid(gate) * value
y.mean().backward()


def report(tensors):
    for name, t in tensors.items():
        print(name, tuple(t.shape), t.requires_grad)


report({"gate": gate, "value": value})
gate_grad_norm = 0.0 if gate.grad is None else gate.grad.norm().item()  # expect: AGL001
print(gate_grad_norm)
