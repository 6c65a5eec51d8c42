import torch

torch.manual_seed(12)
device = "cpu"
prompt = torch.randn(3, 4, requires_grad=True).to(device)
opt = torch.optim.Adam([prompt], lr=1e-3)
opt.zero_grad()
prompt.pow(2).mean().backward()
opt.step()
