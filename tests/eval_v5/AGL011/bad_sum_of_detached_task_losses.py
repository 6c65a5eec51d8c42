import torch
import torch.nn as nn

torch.manual_seed(10)
heads = nn.ModuleList([nn.Linear(4, 1) for _ in range(3)])
x = torch.randn(5, 4)
task_losses = [h(x).pow(2).mean().detach() for h in heads]
total = sum(task_losses)
total.backward()  # expect: AGL011
