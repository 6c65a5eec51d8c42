import torch

emb = torch.randn(10, 4, requires_grad=True)
masked = emb.clone()
masked[0] = 0.0
masked.sum().backward()
print(emb.grad[0])
