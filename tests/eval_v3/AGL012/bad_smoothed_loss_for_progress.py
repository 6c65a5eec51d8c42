import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
smoothed = None
for step in range(4):
    x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    smoothed = loss if smoothed is None else 0.9 * smoothed + 0.1 * loss  # expect: AGL012
    print(f"step {step} smoothed loss {smoothed:.4f}")
