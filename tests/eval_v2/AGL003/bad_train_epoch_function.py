import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_


def train_epoch(model, loader, optimizer, scheduler, max_norm=1.0):
    model.train()
    total = 0.0
    for batch in loader:
        inputs, targets = batch["x"], batch["y"]
        logits = model(inputs)
        loss = nn.functional.cross_entropy(logits, targets)
        loss.backward()  # expect: AGL003
        clip_grad_norm_(model.parameters(), max_norm)
        optimizer.step()
        scheduler.step()
        total += loss.item()
    return total / len(loader)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.GELU(), nn.Linear(16, 4))
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
loader = [{"x": torch.randn(4, 8), "y": torch.randint(0, 4, (4,))} for _ in range(3)]
print(train_epoch(model, loader, optimizer, scheduler))
