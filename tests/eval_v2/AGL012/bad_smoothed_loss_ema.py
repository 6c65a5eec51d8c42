import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.01)
smoothed = None

for step in range(4):
    opt.zero_grad()
    loss = model(torch.randn(8, 4)).pow(2).mean()
    loss.backward()
    opt.step()
    smoothed = loss if smoothed is None else 0.9 * smoothed + 0.1 * loss  # expect: AGL012
    print(step, float(smoothed))
