import torch
import torch.nn as nn

torch.manual_seed(5)
device = torch.device("cuda")
encoder = nn.Linear(10, 4)
log_temp = torch.zeros(1, requires_grad=True).to(device)  # expect: AGL013
