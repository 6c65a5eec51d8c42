import torch
from torch import nn


class Predictor:
    def __init__(self, model):
        self.model = model

    def predict(self, x):
        with torch.no_grad():
            return self.model(x)


class Trainer:
    def __init__(self, predictor):
        self.predictor = predictor
        self.opt = torch.optim.SGD(predictor.model.parameters(), lr=0.1)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.l1_loss(self.predictor.predict(x), y)
        loss.backward()  # expect: AGL011
        self.opt.step()


torch.manual_seed(0)
Trainer(Predictor(nn.Linear(3, 1))).step(torch.randn(4, 3), torch.randn(4, 1))
