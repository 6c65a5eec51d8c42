import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
        self.criterion = nn.CrossEntropyLoss()

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for xb, yb in batches:
            logits = self.model(xb)
            loss = self.criterion(logits, yb)
            loss.backward()  # expect: AGL003
            self.optimizer.step()
            total += loss.item()
        return total / len(batches)


torch.manual_seed(0)
trainer = Trainer(nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3)))
data = [(torch.randn(5, 6), torch.randint(0, 3, (5,))) for _ in range(3)]
print(trainer.train_epoch(data))
