"""Old-style .type(torch.DoubleTensor) applied after requires_grad."""
import torch

torch.manual_seed(7)
bias = torch.tensor([0.1, -0.2, 0.3], requires_grad=True).type(torch.DoubleTensor)  # expect: AGL013
opt = torch.optim.SGD([bias], lr=0.1)
