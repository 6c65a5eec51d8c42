import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Linear(4, 4)
prompt = torch.randn(3, 4, requires_grad=True).to("cuda")  # expect: AGL013
