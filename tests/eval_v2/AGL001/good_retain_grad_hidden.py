import torch
import torch.nn as nn

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 3)
        self.hidden = None

    def forward(self, x):
        h = torch.tanh(self.fc1(x))
        if self.training:
            h.retain_grad()
        self.hidden = h
        return self.fc2(h)


model = MLP()
logits = model(torch.randn(5, 8))
loss = nn.functional.cross_entropy(logits, torch.randint(0, 3, (5,)))
loss.backward()
print("hidden grad norm:", model.hidden.grad.norm().item())
