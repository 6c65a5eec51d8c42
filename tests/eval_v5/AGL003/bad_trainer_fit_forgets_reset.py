import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

    def fit(self, loader, epochs=2):
        for _ in range(epochs):
            for x, y in loader:
                loss = nn.functional.smooth_l1_loss(self.model(x), y)
                loss.backward()  # expect: AGL003
                self.opt.step()


torch.manual_seed(4)
loader = [(torch.randn(4, 6), torch.randn(4, 1)) for _ in range(3)]
Trainer(nn.Linear(6, 1)).fit(loader)
