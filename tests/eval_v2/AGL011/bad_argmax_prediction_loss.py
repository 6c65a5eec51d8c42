import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(6, 4)
ordinal_target = torch.randint(0, 5, (6,)).float()

logits = model(x)
predicted_level = logits.argmax(dim=-1).float()
loss = F.l1_loss(predicted_level, ordinal_target)
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
