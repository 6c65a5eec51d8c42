import torch
import torch.nn as nn

torch.manual_seed(87)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
first_layer = model[0].weight.numpy()  # expect: AGL009
