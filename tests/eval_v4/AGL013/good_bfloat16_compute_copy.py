"""Master weights in float32, a bfloat16 copy used only in the forward."""
import torch

torch.manual_seed(7)
master = torch.randn(8, 4, requires_grad=True)
opt = torch.optim.SGD([master], lr=1e-2)
x = torch.randn(3, 8, dtype=torch.bfloat16)
opt.zero_grad()
out = x @ master.to(torch.bfloat16)
out.float().pow(2).mean().backward()
opt.step()
print(master.grad.dtype)
