import torch

torch.manual_seed(13)
device = torch.device("cpu")
log_temp = torch.zeros(1, device=device, requires_grad=True)
opt = torch.optim.SGD([log_temp], lr=0.1)
opt.zero_grad()
log_temp.exp().sum().backward()
opt.step()
