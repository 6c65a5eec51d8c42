import torch
import torch.nn as nn

torch.manual_seed(0)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def fit(self, batches):
        for inputs, targets in batches:
            out = self.model(inputs)
            loss = nn.functional.smooth_l1_loss(out, targets)
            loss.backward()  # expect: AGL003
            self.optimizer.step()
        return loss.item()


trainer = Trainer(nn.Linear(5, 2))
batches = [(torch.randn(8, 5), torch.randn(8, 2)) for _ in range(3)]
print(trainer.fit(batches))
