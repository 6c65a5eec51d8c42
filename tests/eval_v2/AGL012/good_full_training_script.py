"""Train a small classifier: data, model, train/eval loops, checkpoint in a temp dir."""

import tempfile
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset


@dataclass
class Config:
    epochs: int = 2
    batch_size: int = 8
    lr: float = 1e-2
    weight_decay: float = 1e-4
    max_grad_norm: float = 1.0


class Net(nn.Module):
    def __init__(self, d_in=10, d_hidden=32, n_cls=3):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(d_in, d_hidden), nn.BatchNorm1d(d_hidden), nn.ReLU(inplace=True),
            nn.Dropout(0.1), nn.Linear(d_hidden, d_hidden), nn.ReLU(inplace=True),
        )
        self.head = nn.Linear(d_hidden, n_cls)

    def forward(self, x):
        return self.head(self.body(x))


def train_epoch(model, loader, opt, sched, cfg):
    model.train()
    total, n = 0.0, 0
    for x, y in loader:
        opt.zero_grad(set_to_none=True)
        logits = model(x)
        loss = F.cross_entropy(logits, y, label_smoothing=0.05)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
        opt.step()
        sched.step()
        total += loss.item() * x.size(0)
        n += x.size(0)
    return total / n


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    correct, loss_sum, n = 0, 0.0, 0
    for x, y in loader:
        logits = model(x)
        loss_sum += F.cross_entropy(logits, y, reduction="sum").item()
        correct += (logits.argmax(-1) == y).sum().item()
        n += y.numel()
    return loss_sum / n, correct / n


def main():
    torch.manual_seed(0)
    cfg = Config()
    X = torch.randn(64, 10)
    y = (X[:, 0] > 0).long() + (X[:, 1] > 1).long()
    train = DataLoader(TensorDataset(X[:48], y[:48]), batch_size=cfg.batch_size, shuffle=True)
    val = DataLoader(TensorDataset(X[48:], y[48:]), batch_size=16)
    model = Net()
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=cfg.lr, total_steps=cfg.epochs * len(train)
    )
    best = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for epoch in range(cfg.epochs):
            train_loss = train_epoch(model, train, opt, sched, cfg)
            val_loss, acc = evaluate(model, val)
            if val_loss < best:
                best = val_loss
                torch.save(model.state_dict(), Path(tmp) / "best.pt")
            print(f"epoch {epoch} train {train_loss:.3f} val {val_loss:.3f} acc {acc:.2f}")
        model.load_state_dict(torch.load(Path(tmp) / "best.pt"))


if __name__ == "__main__":
    main()
