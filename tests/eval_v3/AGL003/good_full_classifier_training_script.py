"""A complete small training script: train, validate, checkpoint, reload."""

import os
import tempfile

import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, d_in, d_hidden, n_classes, p_drop=0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(d_in, d_hidden),
            nn.ReLU(inplace=True),
            nn.Dropout(p_drop),
            nn.Linear(d_hidden, n_classes),
        )

    def forward(self, x):
        return self.net(x)


def make_loader(n_batches, batch_size, d_in, n_classes):
    return [(torch.randn(batch_size, d_in), torch.randint(0, n_classes, (batch_size,)))
            for _ in range(n_batches)]


def train_epoch(model, loader, optimizer, criterion):
    model.train()
    total, seen = 0.0, 0
    for xb, yb in loader:
        optimizer.zero_grad(set_to_none=True)
        loss = criterion(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        optimizer.step()
        total += loss.item() * xb.size(0)
        seen += xb.size(0)
    return total / seen


@torch.no_grad()
def evaluate(model, loader, criterion):
    model.eval()
    total, correct, seen = 0.0, 0, 0
    for xb, yb in loader:
        logits = model(xb)
        total += criterion(logits, yb).item() * xb.size(0)
        correct += (logits.argmax(1) == yb).sum().item()
        seen += xb.size(0)
    return total / seen, correct / seen


torch.manual_seed(0)
model = MLP(8, 16, 3)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=3)
train_loader = make_loader(4, 8, 8, 3)
val_loader = make_loader(2, 8, 8, 3)
for epoch in range(3):
    train_loss = train_epoch(model, train_loader, optimizer, criterion)
    val_loss, val_acc = evaluate(model, val_loader, criterion)
    scheduler.step()
    print(f"epoch {epoch}: train {train_loss:.3f} val {val_loss:.3f} acc {val_acc:.2f}")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "ckpt.pt")
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    restored = MLP(8, 16, 3)
    restored.load_state_dict(torch.load(path)["model"])
print(evaluate(restored, val_loader, criterion))
