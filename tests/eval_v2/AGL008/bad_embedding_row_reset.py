import torch

torch.manual_seed(0)

num_tokens, dim = 10, 4
emb = torch.randn(num_tokens, dim, requires_grad=True)
pad_id = 0
emb[pad_id] = 0.0  # expect: AGL008
ids = torch.tensor([1, 0, 3])
emb[ids].sum().backward()
