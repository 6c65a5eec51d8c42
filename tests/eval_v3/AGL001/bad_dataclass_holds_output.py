from dataclasses import dataclass

import torch as th
from torch import nn


@dataclass
class StepRecord:
    loss: float
    output: th.Tensor


th.manual_seed(0)
model = nn.Linear(3, 2)
x, y = th.randn(4, 3), th.randn(4, 2)
out = model(x)
loss = nn.functional.mse_loss(out, y)
loss.backward()
record = StepRecord(loss.item(), out)
out_grad = record.output.grad  # expect: AGL001
print(record.loss, out_grad)
