"""bfloat16 autocast on CPU; the output gradient is read for debugging."""
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(8, 4)
x = torch.randn(3, 8)
with torch.autocast("cpu", dtype=torch.bfloat16):
    out = model(x)
    loss = out.float().pow(2).mean()
loss.backward()
debug = {"out_grad": out.grad}  # expect: AGL001
print(debug)
