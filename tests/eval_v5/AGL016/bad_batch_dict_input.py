import torch
import torch.nn as nn

torch.manual_seed(109)
batch = {"x": torch.randn(3, 4), "y": torch.randint(0, 2, (3,))}
model = nn.Linear(4, 2)
x = torch.tensor(batch["x"], requires_grad=True)  # expect: AGL016
nn.functional.cross_entropy(model(x), batch["y"]).backward()
