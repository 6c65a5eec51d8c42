import torch

torch.manual_seed(0)

w = torch.randn(3, 2, requires_grad=True).float()
b = torch.zeros(2, requires_grad=True).cpu()
c = torch.ones(2, requires_grad=True).to("cpu")
d = torch.ones(2, requires_grad=True).to(torch.float32)
opt = torch.optim.SGD([w, b, c, d], lr=0.1)
loss = (torch.randn(4, 3) @ w + b * c * d).pow(2).mean()
loss.backward()
opt.step()
