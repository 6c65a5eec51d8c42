"""An init tensor is drawn, then copied into a leaf with torch.tensor()."""
import torch

torch.manual_seed(5)
init = torch.randn(3, 3) * 0.1
w = torch.tensor(init, requires_grad=True)  # expect: AGL016
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
(w @ torch.randn(3)).pow(2).sum().backward()
opt.step()
