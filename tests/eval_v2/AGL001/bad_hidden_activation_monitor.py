import torch
import torch.nn as nn

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self, d_in=8, d_hidden=16, d_out=3):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_out)
        self.hidden = None

    def forward(self, x):
        self.hidden = torch.tanh(self.fc1(x))
        return self.fc2(self.hidden)


def train_step(model, opt, x, y):
    opt.zero_grad()
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()
    act_grad = model.hidden.grad  # expect: AGL001
    opt.step()
    return loss.item(), act_grad


model = MLP()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(5, 8)
y = torch.randint(0, 3, (5,))
loss, g = train_step(model, opt, x, y)
print(f"loss={loss:.3f} hidden grad available: {g is not None}")
