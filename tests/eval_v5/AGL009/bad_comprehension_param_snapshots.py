import torch
import torch.nn as nn

torch.manual_seed(88)
model = nn.Linear(3, 2)
snapshots = [
    p.numpy()  # expect: AGL009
    for p in model.parameters()
]
