import torch
import torch.nn as nn

torch.manual_seed(14)
model = nn.Sequential(nn.Linear(6, 12), nn.GELU(), nn.Linear(12, 3))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
accum = 4
micro_batches = [(torch.randn(2, 6), torch.randint(0, 3, (2,))) for _ in range(8)]

for i, (x, y) in enumerate(micro_batches):
    loss = nn.functional.cross_entropy(model(x), y) / accum
    loss.backward()
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
