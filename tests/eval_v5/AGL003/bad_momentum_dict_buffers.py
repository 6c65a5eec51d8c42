import torch
import torch.nn as nn

torch.manual_seed(10)
model = nn.Linear(4, 1)
velocity = {name: torch.zeros_like(p) for name, p in model.named_parameters()}
x, y = torch.randn(12, 4), torch.randn(12, 1)

for _ in range(4):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL003
    with torch.no_grad():
        for name, p in model.named_parameters():
            velocity[name].mul_(0.9).add_(p.grad)
            p.sub_(0.05 * velocity[name])
