import torch

torch.manual_seed(0)

vocab, dim = 16, 4
table = torch.randn(vocab, dim, requires_grad=True).half()  # expect: AGL013
opt = torch.optim.Adam([table], lr=1e-3)
ids = torch.tensor([1, 5, 7])
loss = table[ids].float().pow(2).sum()
opt.zero_grad()
loss.backward()
opt.step()
