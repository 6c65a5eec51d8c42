import torch

torch.manual_seed(0)
W = torch.randn(5, 5, requires_grad=True)
data = torch.randn(12, 5)
for it in range(2):
    loss = (data @ W).pow(2).mean()
    loss.backward()
    W.mul_(1 - 1e-2)  # expect: AGL008
    W.grad = None
    print(it, loss.item())
