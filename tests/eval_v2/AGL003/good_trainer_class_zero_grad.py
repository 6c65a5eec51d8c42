import torch
import torch.nn as nn

torch.manual_seed(0)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def training_step(self, inputs, targets):
        self.optimizer.zero_grad(set_to_none=True)
        loss = nn.functional.smooth_l1_loss(self.model(inputs), targets)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self, batches):
        return [self.training_step(x, y) for x, y in batches]


trainer = Trainer(nn.Linear(5, 2))
print(trainer.fit([(torch.randn(8, 5), torch.randn(8, 2)) for _ in range(3)]))
