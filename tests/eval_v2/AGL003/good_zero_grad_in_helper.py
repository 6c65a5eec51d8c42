import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


def reset_gradients():
    opt.zero_grad(set_to_none=True)


for _ in range(3):
    reset_gradients()
    loss = model(torch.randn(6, 3)).pow(2).mean()
    loss.backward()
    opt.step()
