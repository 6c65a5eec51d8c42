import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 2))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
accum = 2
logged = 0.0
micro = [(torch.randn(4, 6), torch.randint(0, 2, (4,))) for _ in range(4)]
opt.zero_grad()
for i, (xb, yb) in enumerate(micro):
    loss = nn.functional.cross_entropy(model(xb), yb) / accum
    loss.backward()
    logged += loss  # expect: AGL012
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
        print("step loss", logged)
        logged = 0.0
