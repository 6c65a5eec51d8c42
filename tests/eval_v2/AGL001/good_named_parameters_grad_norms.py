import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.GELU(), nn.Linear(8, 2))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

for step in range(3):
    opt.zero_grad(set_to_none=True)
    out = model(torch.randn(16, 4))
    loss = out.pow(2).mean()
    loss.backward()
    norms = {
        name: p.grad.norm().item()
        for name, p in model.named_parameters()
        if p.grad is not None
    }
    total = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    print(step, round(total.item(), 4), len(norms))
