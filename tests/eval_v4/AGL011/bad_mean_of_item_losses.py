"""Per-task losses collected as floats, then averaged into a new tensor."""
import torch
from torch import nn

torch.manual_seed(7)
model = nn.Linear(3, 1)
task_losses = []
for _ in range(3):
    x, y = torch.randn(4, 3), torch.randn(4, 1)
    task_losses.append(nn.functional.mse_loss(model(x), y).item())
meta_loss = torch.tensor(task_losses).mean()
meta_loss.backward()  # expect: AGL011
