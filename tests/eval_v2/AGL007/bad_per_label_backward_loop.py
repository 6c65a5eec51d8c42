import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
label_weights = [1.0, 2.0, 0.5]

x = torch.randn(5, 6)
y = (torch.rand(5, 3) > 0.5).float()
optimizer.zero_grad()
logits = model(x)
for c, weight in enumerate(label_weights):
    loss_c = weight * F.binary_cross_entropy_with_logits(logits[:, c], y[:, c])
    loss_c.backward()  # expect: AGL007
optimizer.step()
