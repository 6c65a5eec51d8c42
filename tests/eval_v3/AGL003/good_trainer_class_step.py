import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
        self.criterion = nn.CrossEntropyLoss()

    def step(self, xb, yb):
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.criterion(self.model(xb), yb)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def train_epoch(self, batches):
        return sum(self.step(xb, yb) for xb, yb in batches) / len(batches)


torch.manual_seed(0)
trainer = Trainer(nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3)))
data = [(torch.randn(5, 6), torch.randint(0, 3, (5,))) for _ in range(3)]
print(trainer.train_epoch(data))
