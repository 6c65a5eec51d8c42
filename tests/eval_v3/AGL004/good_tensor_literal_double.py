import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

points = torch.tensor([-1.5, -0.2, 0.3, 2.0], dtype=torch.double, requires_grad=True)
print("softplus:", gradcheck(F.softplus, (points,)))
