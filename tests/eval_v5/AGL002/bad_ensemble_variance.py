import torch
import torch.nn as nn

torch.manual_seed(64)
models = [nn.Linear(3, 1) for _ in range(4)]
x = torch.randn(5, 3)
preds = torch.stack([m(x) for m in models])
disagreement = preds.var(dim=0)
disagreement.backward()  # expect: AGL002
