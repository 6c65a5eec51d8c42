import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)
encoder = nn.Linear(12, 6)
a = F.normalize(encoder(torch.randn(8, 12)), dim=1)
b = F.normalize(encoder(torch.randn(8, 12)), dim=1)
logits = a @ b.T / 0.1
nll = -F.log_softmax(logits, dim=1).diagonal()
nll.backward()  # expect: AGL002
