import torch

torch.manual_seed(0)
vocab, dim, pad = 10, 4, 0
table = torch.randn(vocab, dim, requires_grad=True)
table[pad] = 0.0  # expect: AGL008
tokens = torch.tensor([[1, 2, 0], [3, 0, 0]])
pooled = table[tokens].sum(1)
pooled.pow(2).mean().backward()
