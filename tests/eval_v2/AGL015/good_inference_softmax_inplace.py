import torch
import torch.nn as nn

torch.manual_seed(0)

scorer = nn.Linear(8, 1)
tokens = torch.randn(2, 5, 8)
padding = torch.tensor([[False, False, False, True, True], [False, False, False, False, True]])
with torch.no_grad():
    weights = torch.softmax(scorer(tokens).squeeze(-1), dim=-1)
    weights.masked_fill_(padding, 0.0)
    weights /= weights.sum(-1, keepdim=True)
print(weights.sum(-1))
