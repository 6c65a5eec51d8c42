import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 2))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
accum_steps = 2
micro_batches = [(torch.randn(4, 6), torch.randint(0, 2, (4,))) for _ in range(6)]
opt.zero_grad()
for i, (xb, yb) in enumerate(micro_batches):
    loss = nn.functional.cross_entropy(model(xb), yb) / accum_steps
    loss.backward()
    if (i + 1) % accum_steps == 0:
        opt.step()
        opt.zero_grad()
