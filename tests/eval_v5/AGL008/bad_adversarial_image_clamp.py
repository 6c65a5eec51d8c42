import torch
import torch.nn as nn

torch.manual_seed(85)
model = nn.Sequential(nn.Flatten(), nn.Linear(12, 2))
image = torch.rand(1, 3, 2, 2, requires_grad=True)
loss = model(image)[0, 1]
loss.backward()
image.clamp_(0.0, 1.0)  # expect: AGL008
