import torch

torch.manual_seed(0)
prompt = torch.randn(4, 8, requires_grad=True).float()
optimizer = torch.optim.AdamW([prompt], lr=1e-3)
optimizer.zero_grad()
prompt.pow(2).sum().backward()
optimizer.step()
