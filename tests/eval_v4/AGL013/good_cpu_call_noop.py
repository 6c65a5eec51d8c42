"""A trailing .cpu() on a CPU leaf keeps the leaf."""
import torch

torch.manual_seed(10)
bias = torch.tensor([0.1, -0.2, 0.3], requires_grad=True).cpu()
opt = torch.optim.SGD([bias], lr=0.1)
opt.zero_grad()
(bias ** 2).sum().backward()
opt.step()
print(bias.is_leaf)
