import torch

torch.manual_seed(7)
tokens = torch.randint(0, 6, (40,))
counts = torch.bincount(tokens, minlength=6)
counts.requires_grad_()  # expect: AGL005
freq = counts / counts.sum()
