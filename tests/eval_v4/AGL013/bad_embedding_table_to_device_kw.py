"""Hand-made embedding table moved with to(device='cuda')."""
import torch

torch.manual_seed(9)
vocab, dim = 20, 4
table = torch.randn(vocab, dim, requires_grad=True).to(device="cuda")  # expect: AGL013
tokens = torch.randint(0, vocab, (2, 3))
