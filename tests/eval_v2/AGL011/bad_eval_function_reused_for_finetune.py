import torch
import torch.nn as nn

torch.manual_seed(0)


def run_model(model, batch, train=False):
    model.train(train)
    with torch.set_grad_enabled(False):
        return model(batch)


model = nn.Sequential(nn.Linear(5, 5), nn.ReLU(), nn.Linear(5, 1))
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
out = run_model(model, torch.randn(4, 5), train=True)
loss = out.abs().mean()
loss.backward()  # expect: AGL011
opt.step()
