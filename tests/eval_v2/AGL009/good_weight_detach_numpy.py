import torch
import torch.nn as nn

torch.manual_seed(0)

enc = nn.Linear(16, 4)
filters = enc.weight.detach().numpy()
state = {k: v.numpy() for k, v in enc.state_dict().items()}
print(filters.shape, sorted(state))
