"""A defensive .float() on a float32 leaf returns the leaf itself."""
import torch

torch.manual_seed(2)
coeffs = torch.zeros(3, requires_grad=True).float()
t = torch.linspace(0, 1, 20)
opt = torch.optim.Adam([coeffs], lr=0.1)
opt.zero_grad()
((coeffs[0] + coeffs[1] * t + coeffs[2] * t ** 2 - t.sin()) ** 2).mean().backward()
opt.step()
print(coeffs.is_leaf)
