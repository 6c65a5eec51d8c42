import torch

emb = torch.randn(100, 16, requires_grad=True).to("cpu")
bias = torch.zeros(16, requires_grad=True).cpu()
opt = torch.optim.Adam([emb, bias])
print(len(opt.param_groups[0]["params"]))
